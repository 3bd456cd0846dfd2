// SPDX-License-Identifier: GPL-3.0-or-later
// Blocking TCP with deadlines for the control channel (docs/multi-host.md): newline-delimited JSON objects over a
// POSIX socket, polled in short slices so that a cancel flag stops any wait within ~50 ms. No event loop: used on
// the engine's worker thread only.
#pragma once

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>

namespace rb {

/// One connected socket that sends and receives JSON objects, one per line. Owns its descriptor. One thread.
class LineSocket
{
public:
    enum class Got
    {
        Message,
        Timeout,
        Closed, ///< the peer closed the connection (or it broke)
        Cancelled,
        Bad ///< a line that is not a JSON object; *error says which
    };

    explicit LineSocket(int fd = -1);
    ~LineSocket();
    LineSocket(const LineSocket&) = delete;
    LineSocket& operator=(const LineSocket&) = delete;
    LineSocket(LineSocket&& other) noexcept;
    LineSocket& operator=(LineSocket&& other) noexcept;

    bool isOpen() const
    {
        return m_fd >= 0;
    }
    void close();
    /// Sends `o` as one compact JSON line. False with the reason when the connection is gone.
    bool send(const QJsonObject& o, QString* error);
    /// The next JSON object line, waiting until `deadlineNs` (CLOCK_MONOTONIC) or `cancel`.
    Got receive(QJsonObject* out, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error);

private:
    int m_fd = -1;
    QByteArray m_buffer;
};

/// A listening TCP socket on every address of this host (0.0.0.0:port, SO_REUSEADDR), or -1 with the reason.
int listenTcp(quint16 port, QString* error);
/// The next connection on `listenFd` before the deadline, or an unopened socket (*error says why: timeout, cancel).
LineSocket acceptUntil(int listenFd, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error);
/// Connects to host:port (a name or address), retrying every 200 ms until the deadline: the readiness barrier of
/// a load generator waiting for its SUT. Unopened with the last reason when it never answered.
LineSocket connectUntil(
    const QString& host, quint16 port, std::int64_t deadlineNs, const std::atomic<bool>* cancel, QString* error);

/// Waits until an HTTP GET of `path` on host:port answers 200 (core/measure's ReadinessProbe, no process), before
/// the deadline. False with the probe's last error.
bool waitHttpReady(const QString& host, quint16 port, const QString& path, std::int64_t deadlineNs,
    const std::atomic<bool>* cancel, QString* error);

} // namespace rb
