// SPDX-License-Identifier: GPL-3.0-or-later
// rb_testchild: a child process with scripted behaviour, for the process launcher tests.
//   exit N            exit with code N
//   signal S          kill itself with signal S
//   killgroup S       send signal S to its whole process group
//   sleep MS          sleep MS milliseconds, then exit 0
//   print N           write N bytes of the pattern (i % 251) to stdout, then exit 0
//   stderr TEXT       write TEXT to stderr, then exit 0
//   fork K MS         fork K children that sleep forever, print their pids (one per line), then sleep MS
//                     milliseconds (0: exit at once) and exit 0
//   touch M           allocate and touch M MiB, then exit 0
//   env NAME          print the value of the environment variable NAME
//   cwd               print the working directory
//   fds               print the open file descriptors above 2, one per line
//   noop              exit 0
//   cache             a runtime with a cache: in $RB_CACHE_DIR, "warm" when its marker file exists, else
//                     "cold" (and the marker is written); appends "<cold|warm> <dir>" to $RB_CACHE_LOG
//   serve MS PORT [STATUS [ignoreterm]]
//                     sleep MS ms, listen on 127.0.0.1:PORT, print "listening <CLOCK_MONOTONIC ns before listen()>",
//                     then answer every connection with HTTP STATUS (default 200) and body "ok\n"; ignoreterm:
//                     ignore SIGTERM
//   say MS FD TEXT    sleep MS ms, write the line TEXT on fd FD (1 or 2), then sleep forever
//   createfile MS PATH  sleep MS ms, create PATH, then sleep forever
//   tree K MIB        fork K children that each touch MIB MiB; touch MIB MiB too; print the children's pids (one
//                     per line) and then "ready" once every child has touched its memory; sleep forever
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static void sleepMs(long ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) { }
}

static int writeAll(int fd, const char* p, size_t n)
{
    while (n > 0) {
        const ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return 1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int printPattern(long n)
{
    char buf[65536];
    long done = 0;
    while (done < n) {
        const long chunk = n - done < (long)sizeof buf ? n - done : (long)sizeof buf;
        for (long i = 0; i < chunk; ++i) {
            buf[i] = (char)((done + i) % 251);
        }
        if (writeAll(1, buf, (size_t)chunk) != 0) {
            return 1;
        }
        done += chunk;
    }
    return 0;
}

static int forkChildren(long k, long ms)
{
    for (long i = 0; i < k; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            return 1;
        }
        if (pid == 0) {
            for (;;) {
                pause();
            }
        }
        printf("%d\n", (int)pid);
    }
    fflush(stdout);
    sleepMs(ms);
    return 0;
}

static int touch(long mib)
{
    const size_t n = (size_t)mib << 20;
    char* p = malloc(n);
    if (!p) {
        return 1;
    }
    for (size_t i = 0; i < n; i += 4096) {
        p[i] = (char)i;
    }
    return p[n / 2] == 42 ? 2 : 0;
}

static long long monotonicNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int serve(long ms, long port, long status, int ignoreTerm)
{
    if (ignoreTerm) {
        signal(SIGTERM, SIG_IGN);
    }
    signal(SIGPIPE, SIG_IGN);
    sleepMs(ms);
    /* A probe may see the socket listening and stop the server before it prints its timestamp: hold SIGTERM
     * back until the line is out, so that every run has one. */
    sigset_t term, old;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    sigprocmask(SIG_BLOCK, &term, &old);
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || bind(fd, (struct sockaddr*)&a, sizeof a) != 0) {
        perror("serve");
        return 1;
    }
    /* Read the clock before listen(): a probe can connect as soon as listen() is done in the kernel, before this
     * process runs again, so a time taken after it may lie after the probe's success. */
    const long long listenNs = monotonicNs();
    if (listen(fd, 64) != 0) {
        perror("serve");
        return 1;
    }
    printf("listening %lld\n", listenNs);
    fflush(stdout);
    sigprocmask(SIG_SETMASK, &old, NULL);
    char resp[256];
    const int len = snprintf(resp, sizeof resp, "HTTP/1.1 %ld X\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n",
        status ? status : 200);
    for (;;) {
        const int c = accept(fd, NULL, NULL);
        if (c < 0) {
            continue;
        }
        char req[4096];
        (void)!read(c, req, sizeof req);
        writeAll(c, resp, (size_t)len);
        close(c);
    }
}

static void forever(void)
{
    for (;;) {
        pause();
    }
}

static int tree(long k, long mib)
{
    int sync[2];
    if (pipe(sync) != 0) {
        return 1;
    }
    for (long i = 0; i < k; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            return 1;
        }
        if (pid == 0) {
            close(sync[0]);
            if (mib > 0 && touch(mib) != 0) {
                _exit(1);
            }
            /* touch() freed nothing: keep it resident */
            writeAll(sync[1], "x", 1);
            close(sync[1]);
            forever();
        }
        printf("%d\n", (int)pid);
    }
    close(sync[1]);
    char c;
    for (long i = 0; i < k; ++i) {
        while (read(sync[0], &c, 1) < 0 && errno == EINTR) { }
    }
    if (mib > 0) {
        touch(mib);
    }
    puts("ready");
    fflush(stdout);
    forever();
    return 0;
}

int main(int argc, char** argv)
{
    const char* mode = argc > 1 ? argv[1] : "noop";
    const long a = argc > 2 ? strtol(argv[2], NULL, 10) : 0;
    const long b = argc > 3 ? strtol(argv[3], NULL, 10) : 0;
    if (strcmp(mode, "exit") == 0) {
        return (int)a;
    }
    if (strcmp(mode, "signal") == 0) {
        kill(getpid(), (int)a);
        return 1;
    }
    if (strcmp(mode, "killgroup") == 0) {
        kill(0, (int)a);
        sleepMs(1000);
        return 1;
    }
    if (strcmp(mode, "fds") == 0) {
        for (int fd = 3; fd < 1024; ++fd) {
            if (fcntl(fd, F_GETFD) != -1) {
                printf("%d\n", fd);
            }
        }
        return 0;
    }
    if (strcmp(mode, "sleep") == 0) {
        sleepMs(a);
        return 0;
    }
    if (strcmp(mode, "print") == 0) {
        return printPattern(a);
    }
    if (strcmp(mode, "stderr") == 0) {
        return argc > 2 ? writeAll(2, argv[2], strlen(argv[2])) : 1;
    }
    if (strcmp(mode, "fork") == 0) {
        return forkChildren(a, b);
    }
    if (strcmp(mode, "touch") == 0) {
        return touch(a);
    }
    if (strcmp(mode, "env") == 0) {
        const char* v = argc > 2 ? getenv(argv[2]) : NULL;
        return v ? (puts(v) < 0) : 1;
    }
    if (strcmp(mode, "cwd") == 0) {
        char buf[PATH_MAX];
        return getcwd(buf, sizeof buf) ? (puts(buf) < 0) : 1;
    }
    if (strcmp(mode, "serve") == 0) {
        return serve(a, b, argc > 4 ? strtol(argv[4], NULL, 10) : 200, argc > 5 && strcmp(argv[5], "ignoreterm") == 0);
    }
    if (strcmp(mode, "say") == 0 && argc > 4) {
        sleepMs(a);
        dprintf((int)b, "%s\n", argv[4]);
        forever();
    }
    if (strcmp(mode, "createfile") == 0 && argc > 3) {
        sleepMs(a);
        const int fd = open(argv[3], O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0) {
            return 1;
        }
        close(fd);
        forever();
    }
    if (strcmp(mode, "tree") == 0) {
        return tree(a, b);
    }
    if (strcmp(mode, "cache") == 0) {
        const char* dir = getenv("RB_CACHE_DIR");
        const char* log = getenv("RB_CACHE_LOG");
        if (!dir || !log || !*dir) {
            return 3;
        }
        char marker[4096];
        snprintf(marker, sizeof marker, "%s/marker", dir);
        const int warm = access(marker, F_OK) == 0;
        if (!warm) {
            FILE* m = fopen(marker, "w");
            if (!m) {
                return 4;
            }
            fclose(m);
        }
        FILE* l = fopen(log, "a");
        if (!l) {
            return 5;
        }
        fprintf(l, "%s %s\n", warm ? "warm" : "cold", dir);
        fclose(l);
        return 0;
    }
    return strcmp(mode, "noop") == 0 ? 0 : 64;
}
