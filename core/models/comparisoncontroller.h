// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "io/comparison.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace rb {

/// Recomputes the comparison of the open sets when the sets, the metric or the baseline change. The work
/// (grouping, stats::buildReport, ECDF reduction, comparability check) runs through QtConcurrent; a generation
/// id drops results that a newer request made stale. The jobs run one at a time on the controller's own thread
/// pool (buildReport() needs the global pool for its loops). Lives on the GUI thread and owns its model.
class ComparisonController : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonController(QObject* parent = nullptr);
    ~ComparisonController() override;

    ComparisonModel* model() const
    {
        return m_model;
    }
    /// Metrics of the open sets (metricsOfSets()).
    QStringList metrics() const
    {
        return m_metrics;
    }
    std::shared_ptr<const Comparison> comparison() const
    {
        return m_model->comparison();
    }
    /// Bootstrap resamples of the ratio CI (ReportOptions); tests and benchmarks lower it.
    void setBootstrapResamples(int resamples)
    {
        m_options.bootstrapResamples = resamples;
    }

public Q_SLOTS:
    /// New sets: the metric is kept when they have it (else wall_ms, else their first), the baseline is dropped.
    void setSets(const rb::ResultSets& sets);
    void setMetric(const QString& metric);
    /// A group name of the current comparison, or empty: no baseline.
    void setBaseline(const QString& baseline);

Q_SIGNALS:
    /// The list of metrics changed (new sets); `current` is the one compared now.
    void metricsChanged(const QStringList& metrics, const QString& current);
    /// A new comparison is in the model: its groups (baseline candidates), warnings and problems.
    void comparisonReady(std::shared_ptr<const rb::Comparison> comparison);
    void busyChanged(bool busy);

private:
    void recompute();
    void finished();

    ComparisonModel* m_model;
    ResultSets m_sets;
    QStringList m_metrics;
    QString m_metric;
    stats::ReportOptions m_options;
    QThreadPool m_pool; ///< one job at a time; requests queue
    QFutureWatcher<std::shared_ptr<const Comparison>> m_watcher;
    quint64 m_generation = 0; ///< of the newest request; older results are dropped
    std::shared_ptr<std::atomic<quint64>> m_latest; ///< m_generation for the jobs: queued stale ones skip the work
};

} // namespace rb
