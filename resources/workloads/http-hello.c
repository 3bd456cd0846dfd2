// SPDX-License-Identifier: GPL-3.0-or-later
// http-hello [PORT]: a small HTTP/1.1 keep-alive server for cold-start-to-ready and load tests.
//   GET /       -> "hello\n"
//   GET /state  -> a counter incremented by every /state request ("1\n", "2\n", ...)
//   GET /heavy  -> fib(30) computed recursively per request ("832040\n")
// (the answers live in http-hello-route.h, shared with the http-handler build).
// The port comes from argv[1], else $PORT, else 8080. It prints "listening on 0.0.0.0:PORT" once
// the socket accepts connections (the readiness line). One thread, poll(), up to 1024 connections;
// pipelined requests are answered in order. SIGTERM ends it.
// Built for wasm32-wasi (__wasi__) it is the WASI-sockets server: the runtime hands it the listening
// socket (http-hello-wasi.h; one file per runtime ABI), everything else is the same code.
#include "http-hello-route.h"

#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __wasi__
#include "http-hello-wasi.h"
#else
#include <netinet/tcp.h>
#include <signal.h>
#endif

#define MAX_CONN 1024
#define BUF 8192

struct conn
{
    int fd;
    size_t len;
    char buf[BUF];
};

static struct conn conns[MAX_CONN];
static struct pollfd pfds[MAX_CONN + 1];

#ifndef __wasi__
// In a container the server is PID 1, and the kernel drops signals that PID 1 has no handler for:
// without this handler SIGTERM would never stop it.
static void on_term(int sig)
{
    (void)sig;
    _exit(0);
}

// Binds and listens on 0.0.0.0:port; -1 (and a message on stderr) when it cannot.
static int open_listener(int port)
{
    signal(SIGPIPE, SIG_IGN);
    signal(SIGTERM, on_term);
    signal(SIGINT, on_term);
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { 0 };
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(ls, (struct sockaddr*)&addr, sizeof addr) < 0 || listen(ls, 512) < 0) {
        fprintf(stderr, "http-hello: cannot listen on port %d: %s\n", port, strerror(errno));
        return -1;
    }
    return ls;
}

static int accept_connection(int ls)
{
    int fd = accept(ls, NULL, NULL);
    if (fd >= 0) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return fd;
}
#endif

static int send_all(int fd, const char* p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

// Answers one request whose head is buf[0..head_len). Returns 0 to keep the connection, -1 to close.
static int answer(int fd, const char* buf, size_t head_len)
{
    char path[256] = { 0 };
    char method[16] = { 0 };
    if (sscanf(buf, "%15s %255s", method, path) != 2) {
        send_all(fd, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 66);
        return -1;
    }
    int close_after = 0;
    for (size_t i = 0; i + 17 <= head_len; ++i) {
        if (strncasecmp(buf + i, "connection: close", 17) == 0) {
            close_after = 1;
        }
    }
    char body[HTTP_HELLO_BODY_MAX];
    const char* status = http_hello_route(path, strlen(path), body) == 200 ? "200 OK" : "404 Not Found";
    char resp[512];
    int n = snprintf(resp, sizeof resp, "HTTP/1.1 %s\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n%s\r\n%s",
        status, strlen(body), close_after ? "Connection: close\r\n" : "", body);
    if (send_all(fd, resp, (size_t)n) < 0) {
        return -1;
    }
    return close_after ? -1 : 0;
}

// Reads what arrived and answers every complete request head in the buffer.
static int serve(struct conn* c)
{
    ssize_t r = read(c->fd, c->buf + c->len, BUF - 1 - c->len);
    if (r <= 0) {
        return -1;
    }
    c->len += (size_t)r;
    c->buf[c->len] = '\0';
    for (;;) {
        char* end = strstr(c->buf, "\r\n\r\n");
        if (!end) {
            return c->len >= BUF - 1 ? -1 : 0; // a head larger than the buffer: give up on it
        }
        size_t head = (size_t)(end - c->buf) + 4; // requests without bodies (GET) only
        if (answer(c->fd, c->buf, head) < 0) {
            return -1;
        }
        memmove(c->buf, c->buf + head, c->len - head + 1);
        c->len -= head;
    }
}

int main(int argc, char** argv)
{
    const char* port_text = argc > 1 ? argv[1] : getenv("PORT");
    int port = port_text ? atoi(port_text) : 8080;
    if (port <= 0 || port > 65535) {
        fprintf(stderr, "http-hello: bad port '%s'\n", port_text ? port_text : "");
        return 2;
    }
    int ls = open_listener(port);
    if (ls < 0) {
        return 1;
    }
    printf("listening on 0.0.0.0:%d\n", port);
    fflush(stdout);
    for (int i = 0; i < MAX_CONN; ++i) {
        conns[i].fd = -1;
    }
    for (;;) {
        int n = 0;
        pfds[n++] = (struct pollfd) { ls, POLLIN, 0 };
        int map[MAX_CONN];
        for (int i = 0; i < MAX_CONN; ++i) {
            if (conns[i].fd >= 0) {
                map[n - 1] = i;
                pfds[n++] = (struct pollfd) { conns[i].fd, POLLIN, 0 };
            }
        }
        if (poll(pfds, (nfds_t)n, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            return 1;
        }
        if (pfds[0].revents & POLLIN) {
            int fd = accept_connection(ls);
            if (fd >= 0) {
                int slot = -1;
                for (int i = 0; i < MAX_CONN && slot < 0; ++i) {
                    if (conns[i].fd < 0) {
                        slot = i;
                    }
                }
                if (slot < 0) {
                    close(fd);
                } else {
                    conns[slot].fd = fd;
                    conns[slot].len = 0;
                }
            }
        }
        for (int k = 1; k < n; ++k) {
            if (pfds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
                struct conn* c = &conns[map[k - 1]];
                if (serve(c) < 0) {
                    close(c->fd);
                    c->fd = -1;
                }
            }
        }
    }
}
