// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experimentrunner.h"
#include "livefeed.h"
#include "samplebuffer.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace rb {

/// One finished run as the live plot needs it (pushed by the worker, drained by the GUI timer).
struct LivePoint
{
    int runIndex = 0;
    int configIndex = 0;
    double wallMs = 0;
    bool ok = false;
    bool warmup = false;
};

/// Runs experiments off the GUI thread. Lives on the GUI thread; its worker is a private
/// QThreadPool with one thread (fidelity: one run at a time). Live points go through a lock-free
/// ring buffer (liveBuffer()), not one signal per run; what load scenarios measure while they run (requests/s,
/// latency percentiles, the target's CPU and memory) through liveFeed(). Progress signals are throttled to ≤ 20/s.
class ExperimentController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Pausing, ///< pause asked; the running run finishes first
        Paused, ///< waiting before the next run
    };
    Q_ENUM(State)

    explicit ExperimentController(QObject* parent = nullptr);
    /// Cancels a running experiment and waits for its worker (the running process is killed first).
    ~ExperimentController() override;

    bool isRunning() const
    {
        return m_running;
    }
    State state() const
    {
        return m_state;
    }
    /// GUI thread only (the single consumer).
    SampleBuffer<LivePoint>& liveBuffer()
    {
        return *m_buffer;
    }
    /// GUI thread only (the single consumer of its buffers).
    LiveFeed& liveFeed()
    {
        return *m_feed;
    }

public Q_SLOTS:
    /// Starts `spec` writing to `outDir`. Ignored (returns false) while another experiment runs.
    bool start(const rb::ExperimentSpec& spec, const QString& outDir,
        std::shared_ptr<const rb::Installation> installation, bool resume = false);
    /// Kills the running process group and stops after it; what was measured is kept.
    void cancel();
    /// Stops before the next run. A run in progress (a cold start, a whole load level) finishes and is
    /// recorded first: pausing never cuts a measurement. State goes Pausing, then Paused.
    void pause();
    /// Goes on with the next run after pause().
    void resume();
    /// pause() while running, resume() while pausing or paused.
    void togglePause();

Q_SIGNALS:
    void started(const QString& dir, int totalRuns, const QList<rb::RunSpec>& configurations);
    /// position: 0-based index of the run starting; etaSeconds: estimated time left, negative while unknown.
    void progress(int position, int total, const QString& runId, double etaSeconds);
    void logMessage(const QString& message);
    /// A run was recorded (or failed): its id, its scenario's headline metric and value (NaN when none), its error.
    void runRecorded(const QString& runId, const QString& metric, double value, bool ok, const QString& error);
    void finished(const rb::ExperimentSummary& summary);
    void stateChanged(rb::ExperimentController::State state);

private:
    void setState(State state);

    QThreadPool m_pool;
    std::shared_ptr<SampleBuffer<LivePoint>> m_buffer;
    std::shared_ptr<LiveFeed> m_feed;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<bool>> m_pause;
    bool m_running = false;
    State m_state = State::Idle;
    QFuture<void> m_future;
};

} // namespace rb

Q_DECLARE_METATYPE(rb::ExperimentSummary)
