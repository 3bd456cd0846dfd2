// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlchannel.h"

#include "engine/scenario.h"
#include "runbench_config.h"

#include <QJsonObject>
#include <unistd.h>

namespace rb {

namespace {

QString seconds(std::int64_t ns)
{
    return QString::number(double(ns) / 1e9, 'g', 3);
}

} // namespace

ControlServer::ControlServer(int port, QString specSha256)
    : m_port(port)
    , m_specSha(std::move(specSha256))
{
}

ControlServer::~ControlServer()
{
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
    }
}

bool ControlServer::listen(QString* error)
{
    m_listenFd = listenTcp(quint16(m_port), error);
    return m_listenFd >= 0;
}

bool ControlServer::ensureLoadgen(std::int64_t deadlineNs, const std::atomic<bool>& cancel, QString* error)
{
    const std::int64_t start = monotonicNs();
    while (!m_peer.isOpen()) {
        if (m_listenFd < 0) {
            *error = QStringLiteral("the control port %1 is not listening").arg(m_port);
            return false;
        }
        QString why;
        LineSocket s = acceptUntil(m_listenFd, deadlineNs, &cancel, &why);
        if (!s.isOpen()) {
            *error = cancel.load() ? QStringLiteral("cancelled")
                                   : QStringLiteral("no load generator connected within %1 s (control port %2)")
                                         .arg(seconds(monotonicNs() - start))
                                         .arg(m_port);
            if (!m_lastRefusal.isEmpty()) {
                *error += QStringLiteral("; one was refused: ") + m_lastRefusal;
            }
            return false;
        }
        QJsonObject hello;
        if (s.receive(&hello, std::min(deadlineNs, monotonicNs() + 5'000'000'000), &cancel, &why)
                != LineSocket::Got::Message
            || !hello.contains(QStringLiteral("hello"))) {
            m_lastRefusal = QStringLiteral("no hello from the connection (%1)").arg(why);
            continue;
        }
        const QString sha = hello.value(QStringLiteral("spec_sha256")).toString();
        if (sha != m_specSha) {
            m_lastRefusal = QStringLiteral("load generator \"%1\" runs a different spec (spec_sha256 %2, this host %3)")
                                .arg(hello.value(QStringLiteral("hello")).toString(), sha.left(12), m_specSha.left(12));
            s.send(QJsonObject { { QStringLiteral("error"), m_lastRefusal } }, &why);
            continue;
        }
        m_loadgenId = hello.value(QStringLiteral("hello")).toString();
        m_peer = std::move(s);
    }
    return true;
}

QString ControlServer::serveRun(const QString& runId, quint16 port, std::int64_t deadlineNs,
    const std::atomic<bool>& cancel, const std::function<void()>& onMeasuring)
{
    QString error;
    if (!ensureLoadgen(deadlineNs, cancel, &error)) {
        return error;
    }
    if (!m_peer.send(QJsonObject { { QStringLiteral("run"), runId }, { QStringLiteral("port"), int(port) } }, &error)) {
        m_peer.close();
        return QStringLiteral("the load generator disconnected before the run: ") + error;
    }
    for (;;) {
        QJsonObject msg;
        switch (m_peer.receive(&msg, deadlineNs, &cancel, &error)) {
        case LineSocket::Got::Message:
            if (msg.value(QStringLiteral("measuring")).toString() == runId) {
                if (onMeasuring) {
                    onMeasuring();
                }
                continue;
            }
            if (msg.value(QStringLiteral("done")).toString() != runId) {
                continue; // a late answer about an earlier run
            }
            if (msg.value(QStringLiteral("ok")).toBool()) {
                return {};
            }
            return QStringLiteral("the load generator %1 reported: %2")
                .arg(m_loadgenId, msg.value(QStringLiteral("error")).toString(QStringLiteral("failed")));
        case LineSocket::Got::Timeout:
            return QStringLiteral("the load generator %1 did not report the end of its load in time").arg(m_loadgenId);
        case LineSocket::Got::Cancelled:
            return QStringLiteral("cancelled");
        case LineSocket::Got::Closed:
        case LineSocket::Got::Bad:
            m_peer.close();
            return QStringLiteral("the load generator %1 disconnected during the run: %2").arg(m_loadgenId, error);
        }
    }
}

void ControlServer::end()
{
    QString error;
    if (m_peer.isOpen()) {
        m_peer.send(QJsonObject { { QStringLiteral("end"), true } }, &error);
    }
    m_peer.close();
}

ControlClient::ControlClient(QString sutAddress, int port, QString specSha256, QString hostId, QStringList runIds)
    : m_address(std::move(sutAddress))
    , m_port(port)
    , m_specSha(std::move(specSha256))
    , m_hostId(std::move(hostId))
{
    for (int i = 0; i < runIds.size(); ++i) {
        m_position.insert(runIds[i], i);
    }
}

bool ControlClient::ensureConnected(std::int64_t deadlineNs, const std::atomic<bool>& cancel, QString* error)
{
    if (m_sut.isOpen()) {
        return true;
    }
    QString why;
    m_sut = connectUntil(m_address, quint16(m_port), deadlineNs, &cancel, &why);
    if (!m_sut.isOpen()) {
        *error = QStringLiteral("the SUT's control port %1:%2 did not answer in time (%3)")
                     .arg(m_address)
                     .arg(m_port)
                     .arg(why);
        return false;
    }
    const QJsonObject hello { { QStringLiteral("hello"), m_hostId }, { QStringLiteral("spec_sha256"), m_specSha },
        { QStringLiteral("runbench"), QStringLiteral(RUNBENCH_VERSION) } };
    if (!m_sut.send(hello, &why)) {
        *error = QStringLiteral("the SUT closed the control channel: ") + why;
        return false;
    }
    return true;
}

quint16 ControlClient::awaitRun(
    const QString& runId, std::int64_t deadlineNs, const std::atomic<bool>& cancel, QString* error)
{
    if (!m_refused.isEmpty()) {
        *error = m_refused;
        return 0;
    }
    const int want = m_position.value(runId, -1);
    if (m_pendingPort) {
        if (m_pendingRun == runId) {
            return std::exchange(m_pendingPort, 0);
        }
        if (m_position.value(m_pendingRun, -1) > want) {
            *error =
                QStringLiteral("the SUT went on to %1 without offering this run (see its results)").arg(m_pendingRun);
            return 0;
        }
        m_pendingPort = 0; // an offer for a run this host already gave up on
    }
    for (;;) {
        if (m_ended) {
            *error = QStringLiteral("the SUT ended the experiment without offering this run");
            return 0;
        }
        if (!ensureConnected(deadlineNs, cancel, error)) {
            return 0;
        }
        QJsonObject msg;
        QString why;
        const LineSocket::Got got = m_sut.receive(&msg, deadlineNs, &cancel, &why);
        if (got == LineSocket::Got::Timeout) {
            *error = QStringLiteral("the SUT did not offer this run in time");
            return 0;
        }
        if (got == LineSocket::Got::Cancelled) {
            *error = why;
            return 0;
        }
        if (got != LineSocket::Got::Message) {
            m_sut.close(); // reconnect: the SUT may have been restarted (--resume)
            if (monotonicNs() >= deadlineNs) {
                *error = QStringLiteral("the SUT closed the control channel: ") + why;
                return 0;
            }
            ::usleep(200'000);
            continue;
        }
        if (msg.contains(QStringLiteral("error"))) {
            m_refused =
                QStringLiteral("the SUT refused this load generator: ") + msg.value(QStringLiteral("error")).toString();
            m_sut.close();
            *error = m_refused;
            return 0;
        }
        if (msg.value(QStringLiteral("end")).toBool()) {
            m_ended = true;
            continue;
        }
        const QString offered = msg.value(QStringLiteral("run")).toString();
        const quint16 port = quint16(msg.value(QStringLiteral("port")).toInt());
        if (offered == runId && port) {
            return port;
        }
        const int at = m_position.value(offered, -1);
        if (at > want) { // the SUT skipped this run (its server did not start): keep the offer for its run
            m_pendingRun = offered;
            m_pendingPort = port;
            *error = QStringLiteral("the SUT went on to %1 without offering this run (see its results)").arg(offered);
            return 0;
        }
        done(offered, false, QStringLiteral("the load generator had given up on this run (it waited too long)"));
    }
}

void ControlClient::measuring(const QString& runId)
{
    QString why;
    if (m_sut.isOpen()) {
        m_sut.send(QJsonObject { { QStringLiteral("measuring"), runId } }, &why);
    }
}

void ControlClient::done(const QString& runId, bool ok, const QString& error)
{
    QString why;
    if (m_sut.isOpen()) {
        m_sut.send(QJsonObject { { QStringLiteral("done"), runId }, { QStringLiteral("ok"), ok },
                       { QStringLiteral("error"), error } },
            &why);
    }
}

} // namespace rb
