// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experimentspec.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace rb {

/// One planned run: a configuration (runtime × workload × scenario) and a repetition.
struct RunSpec
{
    int index = 0; ///< position in the plan's order (0-based)
    int configIndex = 0; ///< which configuration (runtime × workload × scenario), in spec order
    QString runId; ///< stable: "<runtime>/<workload label>/<scenario>/<r|w><n>"
    QString runtime;
    WorkloadRef workload;
    ScenarioSpec scenario;
    int repetition = 0; ///< 1-based; warm-ups count separately
    bool warmup = false;
    QString cacheDir; ///< the runtime cache folder for this run (set by the engine from the cache policy)

    /// "runtime/workload/scenario": the group a run belongs to.
    QString configKey() const;
};

/// One measured value of a run (a row of samples.csv).
struct Measurement
{
    QString metric; ///< e.g. "wall_ms"
    double value = 0;
    QString unit; ///< e.g. "ms", "KiB"
};

/// What happened in one run. Immutable once made; crosses threads by value.
struct RunRecord
{
    RunSpec spec;
    bool ok = false;
    QString error; ///< why not ok (empty when ok)
    int exitCode = -1;
    QDateTime startedUtc;
    QList<Measurement> measurements;

    /// The value of a metric, or NaN when the run has none.
    double value(const QString& metric) const;
};

} // namespace rb

Q_DECLARE_METATYPE(rb::RunRecord)
