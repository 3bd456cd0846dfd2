// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny blocking HTTP/1.1 server on 127.0.0.1 for the load generator's tests: one thread per connection,
// one behaviour per instance, requests counted server-side. Test code only.
#pragma once

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

class TestHttpServer
{
public:
    enum class Mode
    {
        Ok, ///< 200 with Content-Length, keep-alive
        Chunked, ///< 200 with a chunked body, written in two parts
        Close, ///< 200, "Connection: close", body delimited by EOF
        Status500, ///< 500 with Content-Length 0
        Silent, ///< reads requests, never answers
        Garbage, ///< answers with bytes that are not HTTP
        Head ///< answers as to HEAD: "Content-Length: 5" and no body
    };

    explicit TestHttpServer(Mode mode)
        : m_mode(mode)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(m_listen, 128) != 0) {
            return;
        }
        getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~TestHttpServer()
    {
        m_stop = true;
        if (m_acceptor.joinable()) {
            m_acceptor.join();
        }
        std::lock_guard lock(m_mutex);
        for (std::thread& t : m_threads) {
            t.join();
        }
        ::close(m_listen);
    }

    int port() const
    {
        return m_port;
    }
    long requests() const
    {
        return m_requests.load();
    }
    long connections() const
    {
        return m_connections.load();
    }
    /// The first 64 requests as received (request line, headers and body).
    std::vector<std::string> seen()
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then closed).
    static int deadPort()
    {
        TestHttpServer s(Mode::Silent);
        return s.port();
    }

private:
    bool waitReadable(int fd)
    {
        pollfd p { fd, POLLIN, 0 };
        while (!m_stop) {
            if (::poll(&p, 1, 20) > 0) {
                return true;
            }
        }
        return false;
    }

    void acceptLoop()
    {
        while (waitReadable(m_listen)) {
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                continue;
            }
            ++m_connections;
            const int one = 1; // no Nagle: the two parts of a chunked answer must not wait for a delayed ACK
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            std::lock_guard lock(m_mutex);
            m_threads.emplace_back([this, fd] { serve(fd); });
        }
    }

    /// Takes one complete request off the front of buf (headers + Content-Length body), or returns false.
    bool takeRequest(std::string& buf)
    {
        const std::size_t end = buf.find("\r\n\r\n");
        if (end == std::string::npos) {
            return false;
        }
        std::size_t bodyLen = 0;
        const std::size_t cl = buf.find("Content-Length: ");
        if (cl != std::string::npos && cl < end) {
            bodyLen = std::stoul(buf.substr(cl + 16));
        }
        if (buf.size() < end + 4 + bodyLen) {
            return false;
        }
        ++m_requests;
        {
            std::lock_guard lock(m_mutex);
            if (m_seen.size() < 64) {
                m_seen.push_back(buf.substr(0, end + 4 + bodyLen));
            }
        }
        buf.erase(0, end + 4 + bodyLen);
        return true;
    }

    void serve(int fd)
    {
        std::string buf;
        char chunk[4096];
        bool open = true;
        while (open && waitReadable(fd)) {
            const ssize_t n = ::read(fd, chunk, sizeof chunk);
            if (n <= 0) {
                break;
            }
            buf.append(chunk, std::size_t(n));
            while (open && takeRequest(buf)) {
                open = respond(fd);
            }
        }
        ::close(fd);
    }

    bool respond(int fd)
    {
        const auto put = [fd](const char* s) { return ::send(fd, s, std::strlen(s), MSG_NOSIGNAL) > 0; };
        switch (m_mode) {
        case Mode::Ok:
            return put("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
        case Mode::Chunked:
            put("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel");
            std::this_thread::sleep_for(std::chrono::microseconds(200)); // the client sees a partial body
            return put("lo\r\n6\r\n world\r\n0\r\n\r\n");
        case Mode::Close:
            put("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nbye, body ends at EOF");
            return false;
        case Mode::Status500:
            return put("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
        case Mode::Silent:
            return true;
        case Mode::Garbage:
            return put("this is not HTTP at all\r\n\r\n");
        case Mode::Head:
            return put("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
        }
        return false;
    }

    Mode m_mode;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::atomic<long> m_requests { 0 };
    std::atomic<long> m_connections { 0 };
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_threads;
    std::vector<std::string> m_seen;
};
