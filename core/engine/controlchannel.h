// SPDX-License-Identifier: GPL-3.0-or-later
// The control channel between `run --role sut` and `run --role loadgen` (docs/multi-host.md, "Control channel"):
// TCP on the SUT's control_port, one JSON object per line.
//   loadgen → SUT  {"hello": "<loadgen id>", "spec_sha256": "…", "runbench": "<version>"}
//   SUT → loadgen  {"error": "…"} and close, when the spec differs
//   SUT → loadgen  {"run": "<run id>", "port": N}        once the run's server is ready
//   loadgen → SUT  {"measuring": "<run id>"}             when its measured load starts (after the warm-up)
//   loadgen → SUT  {"done": "<run id>", "ok": bool, "error": "…"}  when its load finished
//   SUT → loadgen  {"end": true}                          after the last run
// Both classes block the calling thread (the engine's worker), never longer than their deadline, and stop within
// ~50 ms of `cancel`.
#pragma once

#include "engine/hostrole.h"
#include "engine/linesocket.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace rb {

class ControlServer;
class ControlClient;

/// What a run of a multi-host experiment gets from the engine (ScenarioContext::link()); null: everything local.
struct HostLink
{
    HostAssignment::Role role = HostAssignment::Role::Both;
    QString sutAddress; ///< Loadgen: where the load goes
    ControlServer* server = nullptr; ///< Sut
    ControlClient* client = nullptr; ///< Loadgen
    /// Loadgen: how long this run waits for the SUT's offer (the SUT's runs since the last load run may come first).
    std::chrono::milliseconds offerWait { 0 };
};

/// The SUT's side: listens on control_port, accepts one load generator at a time.
class ControlServer
{
public:
    ControlServer(int port, QString specSha256);
    ~ControlServer();
    ControlServer(const ControlServer&) = delete;
    ControlServer& operator=(const ControlServer&) = delete;

    /// Starts listening; false with the reason (port taken, no permission).
    bool listen(QString* error);
    /// One load run: waits for a load generator of the same spec (accepting, checking its hello), offers
    /// {"run", "port"}, waits for its {"done"}; `onMeasuring`, when given, is called (on this thread) when its
    /// {"measuring"} arrives. Empty when the load generator said ok, else why the run failed ("no load generator
    /// connected within 5 s", "the load generator reported: …", "… disconnected").
    QString serveRun(const QString& runId, quint16 port, std::int64_t deadlineNs, const std::atomic<bool>& cancel,
        const std::function<void()>& onMeasuring = {});
    /// The connected load generator's id ("" when none).
    QString loadgenId() const
    {
        return m_loadgenId;
    }
    /// Sends {"end": true} and closes.
    void end();

private:
    bool ensureLoadgen(std::int64_t deadlineNs, const std::atomic<bool>& cancel, QString* error);

    int m_port;
    QString m_specSha;
    int m_listenFd = -1;
    LineSocket m_peer;
    QString m_loadgenId;
    QString m_lastRefusal; ///< why the last load generator was turned away, for the runs that then time out
};

/// The load generator's side: connects to the SUT (retrying: the readiness barrier), says hello, waits for offers.
class ControlClient
{
public:
    /// `runIds`: this host's load runs in plan order (to tell an offer for a later run from a stale one).
    ControlClient(QString sutAddress, int port, QString specSha256, QString hostId, QStringList runIds);

    /// Waits for the SUT's offer of `runId`, connecting first when needed. The run's port, or 0 with why.
    quint16 awaitRun(const QString& runId, std::int64_t deadlineNs, const std::atomic<bool>& cancel, QString* error);
    /// Tells the SUT the measured load of `runId` starts now (the warm-up is over).
    void measuring(const QString& runId);
    /// Tells the SUT the load of `runId` finished.
    void done(const QString& runId, bool ok, const QString& error);

private:
    bool ensureConnected(std::int64_t deadlineNs, const std::atomic<bool>& cancel, QString* error);

    QString m_address;
    int m_port;
    QString m_specSha;
    QString m_hostId;
    QHash<QString, int> m_position; ///< run id → position among this host's load runs
    LineSocket m_sut;
    QString m_refused; ///< the SUT refused this experiment: every later run fails with this reason
    bool m_ended = false; ///< the SUT sent {"end": true}
    QString m_pendingRun; ///< an offer for a later run, received while waiting for an earlier one
    quint16 m_pendingPort = 0;
};

} // namespace rb
