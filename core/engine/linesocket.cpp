// SPDX-License-Identifier: GPL-3.0-or-later
#include "linesocket.h"

#include "engine/scenario.h"
#include "measure/readiness.h"

#include <QJsonDocument>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rb {

namespace {

constexpr std::int64_t kSliceNs = 50'000'000; // longest single poll: cancel is seen within this

/// Polls `fd` for `events` until the deadline, in slices. 1: ready, 0: timeout, -1: cancelled, -2: error.
int pollUntil(int fd, short events, std::int64_t deadlineNs, const std::atomic<bool>* cancel)
{
    for (;;) {
        if (cancel && cancel->load()) {
            return -1;
        }
        const std::int64_t left = deadlineNs - monotonicNs();
        if (left <= 0) {
            return 0;
        }
        pollfd p { fd, events, 0 };
        const int r = ::poll(&p, 1, int(std::min(left, kSliceNs) / 1'000'000) + 1);
        if (r > 0) {
            return 1;
        }
        if (r < 0 && errno != EINTR) {
            return -2;
        }
    }
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

LineSocket::LineSocket(int fd)
    : m_fd(fd)
{
}

LineSocket::~LineSocket()
{
    close();
}

LineSocket::LineSocket(LineSocket&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_buffer(std::move(other.m_buffer))
{
}

LineSocket& LineSocket::operator=(LineSocket&& other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_buffer = std::move(other.m_buffer);
    }
    return *this;
}

void LineSocket::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_buffer.clear();
}

bool LineSocket::send(const QJsonObject& o, QString* error)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < line.size()) {
        const ssize_t n = ::send(m_fd, line.constData() + sent, size_t(line.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            *error = QStringLiteral("send failed: ") + errnoText();
            close();
            return false;
        }
        sent += n;
    }
    if (m_fd < 0) {
        *error = QStringLiteral("not connected");
        return false;
    }
    return true;
}

LineSocket::Got LineSocket::receive(
    QJsonObject* out, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
            if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
                *error =
                    QStringLiteral("expected a JSON object per line, got \"%1\"").arg(QString::fromUtf8(line.left(80)));
                return Got::Bad;
            }
            *out = doc.object();
            return Got::Message;
        }
        if (m_fd < 0) {
            *error = QStringLiteral("not connected");
            return Got::Closed;
        }
        const int p = pollUntil(m_fd, POLLIN, deadlineNs, cancel);
        if (p == 0) {
            *error = QStringLiteral("timed out");
            return Got::Timeout;
        }
        if (p == -1) {
            *error = QStringLiteral("cancelled");
            return Got::Cancelled;
        }
        char buf[4096];
        const ssize_t n = p == 1 ? ::recv(m_fd, buf, sizeof buf, 0) : -1;
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            *error = n == 0 ? QStringLiteral("the other side closed the connection")
                            : QStringLiteral("receive failed: ") + errnoText();
            close();
            return Got::Closed;
        }
        m_buffer.append(buf, n);
        if (m_buffer.size() > 1 << 20) {
            *error = QStringLiteral("a line longer than 1 MiB");
            close();
            return Got::Bad;
        }
    }
}

int listenTcp(quint16 port, QString* error)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    a.sin_port = htons(port);
    if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0
        || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 4) != 0) {
        *error = QStringLiteral("control port %1: cannot listen: %2").arg(port).arg(errnoText());
        if (fd >= 0) {
            ::close(fd);
        }
        return -1;
    }
    return fd;
}

LineSocket acceptUntil(int listenFd, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error)
{
    const int p = pollUntil(listenFd, POLLIN, deadlineNs, cancel);
    if (p != 1) {
        *error = p == 0 ? QStringLiteral("timed out") : p == -1 ? QStringLiteral("cancelled") : errnoText();
        return LineSocket();
    }
    const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("accept failed: ") + errnoText();
    }
    return LineSocket(fd);
}

namespace {

/// One non-blocking connect attempt to each address of host:port; the descriptor or -1 with *error.
int connectOnce(
    const QString& host, quint16 port, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    const int g = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &res);
    if (g != 0) {
        *error = QStringLiteral("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(g)));
        return -1;
    }
    int fd = -1;
    for (addrinfo* ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0) {
            continue;
        }
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS
            && pollUntil(fd, POLLOUT, std::min(deadlineNs, monotonicNs() + 2'000'000'000), cancel) == 1) {
            int soErr = 0;
            socklen_t len = sizeof soErr;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soErr, &len);
            errno = soErr;
            rc = soErr == 0 ? 0 : -1;
        } else if (rc != 0 && errno == EINPROGRESS) {
            errno = ETIMEDOUT;
        }
        if (rc != 0) {
            *error = QStringLiteral("connect to %1:%2: %3").arg(host).arg(port).arg(errnoText());
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(res);
    if (fd >= 0) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
    return fd;
}

} // namespace

LineSocket connectUntil(
    const QString& host, quint16 port, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error)
{
    for (;;) {
        const int fd = connectOnce(host, port, deadlineNs, cancel, error);
        if (fd >= 0) {
            return LineSocket(fd);
        }
        if (cancel && cancel->load()) {
            *error = QStringLiteral("cancelled");
            return LineSocket();
        }
        const std::int64_t left = deadlineNs - monotonicNs();
        if (left <= 0) {
            return LineSocket();
        }
        ::usleep(useconds_t(std::min<std::int64_t>(left, 200'000'000) / 1000));
    }
}

bool waitHttpReady(const QString& host, quint16 port, const QString& path, std::int64_t deadlineNs,
    const std::atomic<bool>* cancel, QString* error)
{
    ReadinessSpec spec;
    spec.kind = ReadinessSpec::Kind::Http;
    spec.host = host;
    spec.port = port;
    spec.path = path;
    spec.backoffCap = std::chrono::milliseconds(20); // another host: no need to ask 1000 times a second
    ReadinessProbe probe(spec);
    if (!probe.start(monotonicNs(), error)) {
        return false;
    }
    while (!probe.ready()) {
        if (cancel && cancel->load()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const std::int64_t now = monotonicNs();
        if (now >= deadlineNs) {
            *error = QStringLiteral("%1:%2 did not answer HTTP 200 on %3 in time (%4)")
                         .arg(host)
                         .arg(port)
                         .arg(path, probe.lastError());
            return false;
        }
        const std::int64_t wake = std::min({ probe.wakeNs(), deadlineNs, now + kSliceNs });
        pollfd p { probe.pollFd(), probe.pollEvents(), 0 };
        const int timeoutMs = int(std::max<std::int64_t>(0, wake - now) / 1'000'000) + 1;
        const int r = p.fd >= 0 ? ::poll(&p, 1, timeoutMs) : (::usleep(useconds_t(timeoutMs) * 1000), 0);
        probe.step(monotonicNs(), r > 0 ? p.revents : short(0));
    }
    return true;
}

} // namespace rb
