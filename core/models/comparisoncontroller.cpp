// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncontroller.h"

#include <QThread>
#include <QtConcurrent>

namespace rb {

ComparisonController::ComparisonController(QObject* parent)
    : QObject(parent)
    , m_model(new ComparisonModel(this))
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const Comparison>>::finished, this,
        &ComparisonController::finished);
}

ComparisonController::~ComparisonController()
{
    // The job holds its own copies of the sets; nothing to wait for but its result, which is dropped.
    m_watcher.disconnect(this);
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
    Q_EMIT busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run([sets = m_sets, metric = m_metric, options = m_options, generation] {
        Comparison c = buildComparison(sets, metric, options);
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
