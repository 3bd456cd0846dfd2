// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <chrono>
#include <cstdint>
#include <optional>
#include <sys/socket.h>
#include <utility>
#include <vector>

namespace rb {

/// When a started process counts as ready (architecture.md, "Launch spec"). A value type: any thread.
struct ReadinessSpec
{
    enum class Kind
    {
        Exit, ///< the process exits with code 0 (what runProcess measures)
        Tcp, ///< a TCP connect to host:port is accepted (the service listens)
        Http, ///< an HTTP/1.1 GET of path on host:port answers expectStatus (and the body matches bodyPattern)
        Line, ///< a line of the process's stdout or stderr matches linePattern
        File ///< the file `path` appears
    };
    Kind kind = Kind::Exit;
    QString host; ///< Tcp, Http: a name or a numeric address
    quint16 port = 0; ///< Tcp, Http
    QString path; ///< Http: the request target ("/" when empty); File: the file to wait for
    int expectStatus = 200; ///< Http
    QString bodyPattern; ///< Http: optional regular expression the response body must match
    QString linePattern; ///< Line: regular expression matched against each complete line
    /// Tcp and Http: delay after a failed attempt, doubling from backoffStart up to backoffCap (no busy spin).
    std::chrono::microseconds backoffStart { 50 };
    std::chrono::microseconds backoffCap { 1000 };
    std::chrono::milliseconds attemptTimeout { 1000 }; ///< Tcp and Http: one connect/request at most this long

    /// Parses the CLI form: "tcp:HOST:PORT", "http:URL" (or a bare "http://…" URL), "line:REGEX",
    /// "file:PATH", "exit". On error returns nullopt and sets *error.
    static std::optional<ReadinessSpec> parse(const QString& text, QString* error);
    /// "tcp 127.0.0.1:8080", "http http://127.0.0.1:8080/ → 200", … for logs.
    QString describe() const;
};

/// One readiness probe, driven by a poll loop (runUntilReady in readyrun.h, or a test). Not thread-safe: one
/// thread creates it, polls its fd and calls step()/output() on it. All times are CLOCK_MONOTONIC ns.
///
/// Polling strategy: TCP and HTTP attempts are non-blocking connects whose failures are retried after a delay
/// doubling from 50 µs to 1 ms (so at most ~1000 attempts a second, each a few µs of CPU); a file is watched
/// with inotify on its directory (a 1 ms stat poll only when the directory cannot be watched); lines come
/// from the output pipes the launcher already reads. Nothing spins.
class ReadinessProbe
{
public:
    explicit ReadinessProbe(ReadinessSpec spec);
    ~ReadinessProbe();
    ReadinessProbe(const ReadinessProbe&) = delete;
    ReadinessProbe& operator=(const ReadinessProbe&) = delete;

    /// Arms the probe before the process starts: resolves the address, compiles the patterns, sets the inotify
    /// watch (a file already present is an error: it would say "ready" before the start). False + *error
    /// when it cannot work at all (bad pattern, unresolvable host, Exit kind).
    bool start(std::int64_t nowNs, QString* error);
    /// The descriptor to poll and its events (fd −1 when none).
    int pollFd() const;
    short pollEvents() const;
    /// When step() must be called even without an event (INT64_MAX when never).
    std::int64_t wakeNs() const;
    /// Advances the probe after a poll returned; revents are those of pollFd() (0 when it did not fire).
    void step(std::int64_t nowNs, short revents);
    /// New bytes the process wrote on stdout (isStderr false) or stderr; Line probes match complete lines.
    void output(const char* data, qsizetype size, bool isStderr, std::int64_t nowNs);

    bool ready() const
    {
        return m_readyNs != 0;
    }
    /// When the condition was observed (0 while not ready).
    std::int64_t readyNs() const
    {
        return m_readyNs;
    }
    /// Phases reached, in order: "tcp" (connect accepted), "http" (expected response), "line", "file".
    const std::vector<std::pair<QString, std::int64_t>>& phases() const
    {
        return m_phases;
    }
    int attempts() const
    {
        return m_attempts;
    }
    /// Why the last attempt failed ("connect: Connection refused", "HTTP 503", …); empty when none did.
    QString lastError() const
    {
        return m_lastError;
    }

private:
    enum class State
    {
        Idle,
        Waiting,
        Connecting,
        Sending,
        Reading,
        Done
    };
    void attempt(std::int64_t nowNs);
    void connected(std::int64_t nowNs);
    void sendRequest(std::int64_t nowNs);
    void readResponse(std::int64_t nowNs);
    void fail(std::int64_t nowNs, const QString& why);
    void succeed(std::int64_t nowNs, const QString& phase);
    void closeSocket();
    void checkFile(std::int64_t nowNs);
    void readInotify(std::int64_t nowNs);

    ReadinessSpec m_spec;
    State m_state = State::Idle;
    int m_fd = -1; ///< socket (Tcp, Http) or inotify (File)
    sockaddr_storage m_addr {};
    socklen_t m_addrLen = 0;
    std::int64_t m_wakeNs = INT64_MAX;
    std::int64_t m_attemptDeadlineNs = 0;
    std::int64_t m_backoffNs = 0;
    std::int64_t m_readyNs = 0;
    int m_attempts = 0;
    QString m_lastError;
    QByteArray m_request;
    qsizetype m_sent = 0;
    QByteArray m_response;
    QRegularExpression m_body;
    QRegularExpression m_line;
    QByteArray m_partial[2]; ///< Line: stdout and stderr bytes after the last newline
    QByteArray m_fileName; ///< File: base name watched in its directory
    bool m_filePolling = false; ///< File: no inotify watch, stat every backoffCap
    std::vector<std::pair<QString, std::int64_t>> m_phases;
};

} // namespace rb
