// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncontroller.h"

#include <QThread>
#include <QtConcurrent>

namespace rb {

ComparisonController::ComparisonController(QObject* parent)
    : QObject(parent)
    , m_model(new ComparisonModel(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const Comparison>>::finished, this,
        &ComparisonController::finished);
}

ComparisonController::~ComparisonController()
{
    // Queued requests are dropped; the pool's destructor waits for the one running (it holds its own copies).
    m_watcher.disconnect(this);
    m_pool.clear();
}

void ComparisonController::setSets(const ResultSets& sets)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_sets = sets;
    m_metrics = metricsOfSets(sets);
    if (!m_metrics.contains(m_metric)) {
        m_metric = m_metrics.contains(QStringLiteral("wall_ms")) ? QStringLiteral("wall_ms")
            : m_metrics.isEmpty()                                ? QString()
                                                                 : m_metrics.first();
    }
    m_options.baseline.clear();
    Q_EMIT metricsChanged(m_metrics, m_metric);
    recompute();
}

void ComparisonController::setMetric(const QString& metric)
{
    if (metric == m_metric) {
        return;
    }
    m_metric = metric;
    recompute();
}

void ComparisonController::setBaseline(const QString& baseline)
{
    if (baseline == m_options.baseline) {
        return;
    }
    m_options.baseline = baseline;
    recompute();
}

void ComparisonController::recompute()
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    Q_EMIT busyChanged(true);
    // On a pool of our own: buildReport() runs its loops on the global pool and waits for them, which would
    // deadlock if this job held one of the global pool's (two) threads while another request held the other.
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [sets = m_sets, metric = m_metric, options = m_options, generation, latest = m_latest] {
            // A request that a newer one replaced while it waited in the queue is not computed at all.
            Comparison c = generation == latest->load() ? buildComparison(sets, metric, options) : Comparison {};
            c.generation = generation;
            return std::make_shared<const Comparison>(std::move(c));
        }));
}

void ComparisonController::finished()
{
    if (m_watcher.future().resultCount() == 0 || m_watcher.result()->generation != m_generation) {
        return; // a newer request is on its way
    }
    m_model->setComparison(m_watcher.result());
    Q_EMIT busyChanged(false);
    Q_EMIT comparisonReady(m_model->comparison());
}

} // namespace rb
