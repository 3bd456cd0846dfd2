// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness.h"

#include <QFileInfo>
#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rb {

namespace {

constexpr qsizetype kMaxResponse = 256 * 1024; // enough for a health page; larger bodies are not matched
constexpr qsizetype kMaxLine = 64 * 1024;

QString errnoText(const char* what, int e)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLocal8Bit(strerror(e));
}

std::optional<ReadinessSpec> parseHttp(const QString& url, QString* error)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("http") || u.host().isEmpty()) {
        *error = QStringLiteral("--ready http: expected an http:// URL with a host, got \"%1\"").arg(url);
        return std::nullopt;
    }
    ReadinessSpec s;
    s.kind = ReadinessSpec::Kind::Http;
    s.host = u.host();
    s.port = quint16(u.port(80));
    s.path = u.path(QUrl::FullyEncoded);
    if (u.hasQuery()) {
        s.path += QLatin1Char('?') + u.query(QUrl::FullyEncoded);
    }
    return s;
}

} // namespace

std::optional<ReadinessSpec> ReadinessSpec::parse(const QString& text, QString* error)
{
    ReadinessSpec s;
    if (text == QLatin1String("exit")) {
        return s;
    }
    if (text.startsWith(QLatin1String("http://"))) {
        return parseHttp(text, error);
    }
    if (text.startsWith(QLatin1String("http:"))) {
        return parseHttp(text.mid(5), error);
    }
    if (text.startsWith(QLatin1String("tcp:"))) {
        const QString rest = text.mid(4);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? rest.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535) {
            *error = QStringLiteral("--ready tcp: expected tcp:HOST:PORT, got \"%1\"").arg(text);
            return std::nullopt;
        }
        s.kind = Kind::Tcp;
        s.host = rest.left(colon);
        if (s.host.startsWith(QLatin1Char('[')) && s.host.endsWith(QLatin1Char(']'))) {
            s.host = s.host.mid(1, s.host.size() - 2);
        }
        s.port = quint16(port);
        return s;
    }
    if (text.startsWith(QLatin1String("line:")) && text.size() > 5) {
        s.kind = Kind::Line;
        s.linePattern = text.mid(5);
        const QRegularExpression re(s.linePattern);
        if (!re.isValid()) {
            *error = QStringLiteral("--ready line: invalid regular expression \"%1\": %2")
                         .arg(s.linePattern, re.errorString());
            return std::nullopt;
        }
        return s;
    }
    if (text.startsWith(QLatin1String("file:")) && text.size() > 5) {
        s.kind = Kind::File;
        s.path = text.mid(5);
        return s;
    }
    *error = QStringLiteral("--ready: expected tcp:HOST:PORT, http:URL, line:REGEX, file:PATH or exit, got \"%1\"")
                 .arg(text);
    return std::nullopt;
}

QString ReadinessSpec::describe() const
{
    switch (kind) {
    case Kind::Exit:
        return QStringLiteral("exit");
    case Kind::Tcp:
        return QStringLiteral("tcp %1:%2").arg(host).arg(port);
    case Kind::Http:
        return QStringLiteral("http %1:%2%3 → %4").arg(host).arg(port).arg(path).arg(expectStatus);
    case Kind::Line:
        return QStringLiteral("line /%1/").arg(linePattern);
    case Kind::File:
        return QStringLiteral("file %1").arg(path);
    }
    return {};
}

ReadinessProbe::ReadinessProbe(ReadinessSpec spec)
    : m_spec(std::move(spec))
{
}

ReadinessProbe::~ReadinessProbe()
{
    closeSocket();
}

void ReadinessProbe::closeSocket()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_fd = -1;
}

bool ReadinessProbe::start(std::int64_t nowNs, QString* error)
{
    m_backoffNs = std::chrono::nanoseconds(m_spec.backoffStart).count();
    switch (m_spec.kind) {
    case ReadinessSpec::Kind::Exit:
        *error = QStringLiteral("process exit is not probed: use runProcess");
        return false;
    case ReadinessSpec::Kind::Line:
        m_line = QRegularExpression(m_spec.linePattern);
        if (!m_line.isValid()) {
            *error = QStringLiteral("invalid regular expression: ") + m_line.errorString();
            return false;
        }
        m_line.optimize();
        m_state = State::Reading;
        return true;
    case ReadinessSpec::Kind::File: {
        const QFileInfo fi(m_spec.path);
        m_fileName = QFile::encodeName(fi.fileName());
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        // Watch first, then look: a file created in between is seen either way.
        if (m_fd < 0
            || inotify_add_watch(
                   m_fd, QFile::encodeName(fi.absolutePath()).constData(), IN_CREATE | IN_MOVED_TO | IN_ONLYDIR)
                < 0) {
            closeSocket();
            m_filePolling = true; // directory missing (yet) or no inotify: stat every backoffCap
        }
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(m_spec.path).constData(), &st) == 0) {
            *error = QStringLiteral("%1 already exists before the start").arg(m_spec.path);
            return false;
        }
        m_state = State::Reading;
        m_wakeNs = m_filePolling ? nowNs : INT64_MAX;
        return true;
    }
    case ReadinessSpec::Kind::Tcp:
    case ReadinessSpec::Kind::Http:
        break;
    }
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    const QByteArray port = QByteArray::number(m_spec.port);
    const int rc = getaddrinfo(m_spec.host.toUtf8().constData(), port.constData(), &hints, &res);
    if (rc != 0 || !res) {
        *error = QStringLiteral("cannot resolve %1: %2").arg(m_spec.host, QString::fromLocal8Bit(gai_strerror(rc)));
        return false;
    }
    std::memcpy(&m_addr, res->ai_addr, res->ai_addrlen);
    m_addrLen = res->ai_addrlen;
    freeaddrinfo(res);
    const QString target = m_spec.path.isEmpty() ? QStringLiteral("/") : m_spec.path;
    m_request = QByteArrayLiteral("GET ") + target.toUtf8() + QByteArrayLiteral(" HTTP/1.1\r\nHost: ")
        + m_spec.host.toUtf8() + ':' + port
        + QByteArrayLiteral("\r\nUser-Agent: runbench-probe\r\nConnection: close\r\n\r\n");
    if (!m_spec.bodyPattern.isEmpty()) {
        m_body = QRegularExpression(m_spec.bodyPattern);
        if (!m_body.isValid()) {
            *error = QStringLiteral("invalid body regular expression: ") + m_body.errorString();
            return false;
        }
    }
    m_state = State::Waiting;
    m_wakeNs = nowNs;
    return true;
}

int ReadinessProbe::pollFd() const
{
    return m_state == State::Done ? -1 : m_fd;
}

short ReadinessProbe::pollEvents() const
{
    return (m_state == State::Connecting || m_state == State::Sending) ? POLLOUT : POLLIN;
}

std::int64_t ReadinessProbe::wakeNs() const
{
    return m_state == State::Done ? INT64_MAX : m_wakeNs;
}

void ReadinessProbe::step(std::int64_t nowNs, short revents)
{
    if (m_state == State::Done) {
        return;
    }
    if (m_spec.kind == ReadinessSpec::Kind::File) {
        if (revents) {
            readInotify(nowNs);
        } else if (m_filePolling && nowNs >= m_wakeNs) {
            checkFile(nowNs);
            m_wakeNs = m_state == State::Done ? INT64_MAX : nowNs + std::chrono::nanoseconds(m_spec.backoffCap).count();
        }
        return;
    }
    if (m_spec.kind == ReadinessSpec::Kind::Line) {
        return;
    }
    if (m_state == State::Waiting && nowNs >= m_wakeNs) {
        attempt(nowNs);
        return;
    }
    if (m_state == State::Connecting && revents) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0) {
            fail(nowNs, errnoText("connect", err));
        } else {
            connected(nowNs);
        }
    } else if (m_state == State::Sending && revents) {
        sendRequest(nowNs);
    } else if (m_state == State::Reading && revents) {
        readResponse(nowNs);
    } else if (m_state != State::Waiting && nowNs >= m_attemptDeadlineNs) {
        fail(nowNs, QStringLiteral("no answer within %1 ms").arg(m_spec.attemptTimeout.count()));
    }
}

void ReadinessProbe::attempt(std::int64_t nowNs)
{
    ++m_attempts;
    m_fd = ::socket(m_addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        fail(nowNs, errnoText("socket", errno));
        return;
    }
    m_attemptDeadlineNs = nowNs + std::chrono::nanoseconds(m_spec.attemptTimeout).count();
    m_wakeNs = m_attemptDeadlineNs;
    if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&m_addr), m_addrLen) == 0) {
        connected(nowNs); // loopback usually completes (or is refused) synchronously
    } else if (errno == EINPROGRESS) {
        m_state = State::Connecting;
    } else {
        fail(nowNs, errnoText("connect", errno));
    }
}

void ReadinessProbe::connected(std::int64_t nowNs)
{
    if (m_spec.kind == ReadinessSpec::Kind::Tcp) {
        succeed(nowNs, QStringLiteral("tcp"));
        return;
    }
    if (m_phases.empty()) {
        m_phases.emplace_back(QStringLiteral("tcp"), nowNs);
    }
    m_sent = 0;
    m_response.clear();
    sendRequest(nowNs);
}

void ReadinessProbe::sendRequest(std::int64_t nowNs)
{
    const ssize_t n = ::send(m_fd, m_request.constData() + m_sent, size_t(m_request.size() - m_sent), MSG_NOSIGNAL);
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
        fail(nowNs, errnoText("send", errno));
        return;
    }
    m_sent += std::max<ssize_t>(n, 0);
    m_state = m_sent < m_request.size() ? State::Sending : State::Reading;
}

void ReadinessProbe::readResponse(std::int64_t nowNs)
{
    char buf[16384];
    const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
    if (n < 0) {
        if (errno != EAGAIN && errno != EINTR) {
            fail(nowNs, errnoText("recv", errno));
        }
        return;
    }
    m_response.append(buf, std::min<qsizetype>(n, kMaxResponse - m_response.size()));
    const qsizetype eol = m_response.indexOf("\r\n");
    if (eol < 0) {
        if (n == 0) {
            fail(nowNs, QStringLiteral("connection closed before a status line"));
        }
        return;
    }
    // "HTTP/1.1 200 OK": the status is the second token.
    const QList<QByteArray> statusLine = m_response.left(eol).split(' ');
    const int status = statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/") ? statusLine[1].toInt() : -1;
    if (status != m_spec.expectStatus) {
        fail(nowNs, status < 0 ? QStringLiteral("not an HTTP response") : QStringLiteral("HTTP %1").arg(status));
        return;
    }
    if (m_spec.bodyPattern.isEmpty()) {
        succeed(nowNs, QStringLiteral("http"));
        return;
    }
    // The body as received (chunk-size lines of a chunked body included: a substring or regex still matches).
    const qsizetype headerEnd = m_response.indexOf("\r\n\r\n");
    if (headerEnd >= 0 && m_body.match(QString::fromUtf8(m_response.mid(headerEnd + 4))).hasMatch()) {
        succeed(nowNs, QStringLiteral("http"));
    } else if (n == 0 || m_response.size() >= kMaxResponse) {
        fail(nowNs, QStringLiteral("HTTP %1, body does not match /%2/").arg(status).arg(m_spec.bodyPattern));
    }
}

void ReadinessProbe::fail(std::int64_t nowNs, const QString& why)
{
    closeSocket();
    m_lastError = why;
    m_state = State::Waiting;
    m_wakeNs = nowNs + m_backoffNs;
    m_backoffNs = std::min<std::int64_t>(m_backoffNs * 2, std::chrono::nanoseconds(m_spec.backoffCap).count());
}

void ReadinessProbe::succeed(std::int64_t nowNs, const QString& phase)
{
    if (m_spec.kind == ReadinessSpec::Kind::Tcp || m_spec.kind == ReadinessSpec::Kind::Http) {
        closeSocket();
    }
    m_phases.emplace_back(phase, nowNs);
    m_readyNs = nowNs;
    m_state = State::Done;
    m_wakeNs = INT64_MAX;
}

void ReadinessProbe::output(const char* data, qsizetype size, bool isStderr, std::int64_t nowNs)
{
    if (m_spec.kind != ReadinessSpec::Kind::Line || m_state == State::Done) {
        return;
    }
    QByteArray& partial = m_partial[isStderr ? 1 : 0];
    const char* end = data + size;
    while (data < end) {
        const char* nl = static_cast<const char*>(std::memchr(data, '\n', size_t(end - data)));
        const char* stop = nl ? nl : end;
        partial.append(data, std::min<qsizetype>(stop - data, kMaxLine - partial.size()));
        data = nl ? nl + 1 : end;
        if (!nl) {
            break;
        }
        if (partial.endsWith('\r')) {
            partial.chop(1);
        }
        const bool hit = m_line.match(QString::fromUtf8(partial)).hasMatch();
        partial.clear();
        if (hit) {
            succeed(nowNs, QStringLiteral("line"));
            return;
        }
    }
}

void ReadinessProbe::checkFile(std::int64_t nowNs)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_spec.path).constData(), &st) == 0) {
        closeSocket();
        succeed(nowNs, QStringLiteral("file"));
    }
}

void ReadinessProbe::readInotify(std::int64_t nowNs)
{
    alignas(inotify_event) char buf[4096];
    bool named = false;
    for (;;) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n <= 0) {
            break;
        }
        for (ssize_t off = 0; off < n;) {
            const auto* ev = reinterpret_cast<const inotify_event*>(buf + off);
            named = named || (ev->mask & IN_Q_OVERFLOW) || (ev->len > 0 && m_fileName == QByteArray(ev->name));
            off += ssize_t(sizeof(inotify_event) + ev->len);
        }
    }
    if (named) {
        checkFile(nowNs);
    }
}

} // namespace rb
