// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentcontroller.h"

#include "eta.h"
#include "model/scenariokinds.h"
#include "resultwriter.h"
#include "scenario.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

ExperimentController::ExperimentController(QObject* parent)
    : QObject(parent)
    , m_buffer(std::make_shared<SampleBuffer<LivePoint>>(8192))
    , m_feed(std::make_shared<LiveFeed>())
    , m_pause(std::make_shared<std::atomic<bool>>(false))
{
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<rb::ExperimentSummary>();
    qRegisterMetaType<rb::RunRecord>();
}

ExperimentController::~ExperimentController()
{
    cancel();
    m_pool.waitForDone();
}

bool ExperimentController::start(
    const ExperimentSpec& spec, const QString& outDir, std::shared_ptr<const Installation> installation, bool resume)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_pause->store(false);
    m_feed->originNs = monotonicNs(); // no producer runs between experiments
    setState(State::Running);
    auto cancelFlag = m_cancel;
    auto pauseFlag = m_pause;
    auto buffer = m_buffer;
    auto feed = m_feed;
    QPointer<ExperimentController> self(this);
    auto post = [self](auto fn) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, fn] {
                if (self) {
                    fn(self.data());
                }
            },
            Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run(&m_pool, [=] {
        ExperimentPlan plan(
            spec, [installation](const WorkloadRef& w, const ScenarioSpec& s) { return installation->suits(w, s); });
        ExperimentRunner runner(plan, installation);
        ResultWriter writer;
        QString err;
        if (!writer.open(outDir, runner.describe(), resume, &err)) {
            ExperimentSummary s;
            s.status = QStringLiteral("error");
            s.error = err;
            post([s](ExperimentController* c) {
                c->m_running = false;
                c->setState(State::Idle);
                Q_EMIT c->finished(s);
            });
            return;
        }
        const QString dir = writer.dir();
        const int total = int(plan.runs().size());
        const QList<RunSpec> configs = plan.configurations();
        post([dir, total, configs](ExperimentController* c) { Q_EMIT c->started(dir, total, configs); });
        QElapsedTimer throttle;
        throttle.start();
        EtaEstimator eta(total - int(writer.completedRunIds().size()));
        ExperimentRunner::Observer obs;
        obs.runStarting = [&](const RunSpec& r, int pos, int tot) {
            if (throttle.elapsed() >= 50 || pos == 0 || pos + 1 == tot) {
                throttle.restart();
                const QString id = r.runId;
                const double left = eta.secondsLeft();
                post([pos, tot, id, left](ExperimentController* c) { Q_EMIT c->progress(pos, tot, id, left); });
            }
        };
        obs.runFinished = [&](const RunRecord& rec) {
            eta.runDone();
            buffer->push(LivePoint {
                rec.spec.index, rec.spec.configIndex, rec.value(QStringLiteral("wall_ms")), rec.ok, rec.spec.warmup });
            const ScenarioKindDef* kind = findScenarioKind(rec.spec.scenario.kind);
            const QString metric = kind ? kind->headline : QStringLiteral("wall_ms");
            const double value = rec.value(metric);
            post([id = rec.spec.runId, metric, value, ok = rec.ok, error = rec.error](
                     ExperimentController* c) { Q_EMIT c->runRecorded(id, metric, value, ok, error); });
        };
        obs.log = [&](const QString& m) { post([m](ExperimentController* c) { Q_EMIT c->logMessage(m); }); };
        obs.live = feed.get();
        obs.pause = pauseFlag.get();
        obs.pausedChanged = [&](bool paused) {
            post([paused](ExperimentController* c) {
                if (c->m_running) {
                    c->setState(paused ? State::Paused : State::Running);
                }
            });
        };
        ExperimentSummary sum = runner.run(writer, *cancelFlag, obs);
        writer.finish(sum.status, QJsonObject { { QStringLiteral("summary"), sum.toJson() } }, nullptr);
        post([sum](ExperimentController* c) {
            c->m_running = false;
            c->setState(State::Idle);
            Q_EMIT c->finished(sum);
        });
    });
    return true;
}

void ExperimentController::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void ExperimentController::pause()
{
    if (m_running && !m_pause->load()) {
        m_pause->store(true);
        if (m_state == State::Running) {
            setState(State::Pausing);
        }
    }
}

void ExperimentController::resume()
{
    if (m_pause->exchange(false) && m_running) {
        setState(State::Running); // the worker's "no longer paused" arrives later and changes nothing
    }
}

void ExperimentController::togglePause()
{
    m_state == State::Running ? pause() : resume();
}

void ExperimentController::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace rb
