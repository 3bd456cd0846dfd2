// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace rb {

/// One parameter of a scenario kind, as a spec writes it.
struct ScenarioParamDef
{
    enum class Type
    {
        Int,
        Number,
        String,
        Bool,
        IntList, ///< a level list: each element becomes a configuration of its own
        NumberList ///< a level list of numbers
    };
    QString name;
    Type type = Type::Int;
    QJsonValue defaultValue;
    double min = 0; ///< for numbers and list elements
    double max = 1e9;
    QStringList choices; ///< for strings: the allowed values (empty: any)
    QString levelKey; ///< for lists: the key each level carries in a run's params ("rates" → "rate")
    const char* help = ""; ///< English, UTF-8; paramHelp() is what to show
};

/// What a multi-instance kind records once per instance (a point of its per-instance series in timeseries.csv,
/// streamed live as LiveInstance while the run goes on).
enum class InstanceMeasure
{
    None, ///< not a multi-instance kind
    WallMs, ///< launch → exit of each instance, ms (density: instance_wall_ms, cpu-scaling: copy_wall_ms)
    PssKb, ///< PSS of each instance's process tree, KiB (memory-scaling: instance_pss_kb)
};

/// A scenario kind: what it measures, what workloads it takes and its parameters.
struct ScenarioKindDef
{
    QString kind;
    const char* description = ""; ///< English, UTF-8; scenarioDescription() is what to show
    bool needsServer = false; ///< true: server workloads only (http-hello); false: workloads that exit
    QString headline; ///< the metric summaries and progress lines show for it ("wall_ms", "requests_per_s")
    QList<ScenarioParamDef> params;
    InstanceMeasure instanceMeasure = InstanceMeasure::None;
};

/// The seven kinds (docs/experiments.md).
const QList<ScenarioKindDef>& scenarioKinds();
const ScenarioKindDef* findScenarioKind(const QString& kind);

/// What the kind measures, and what a parameter means, in the application's language (kScenariosContext of
/// core/support/translation.h; English without a translator).
QString scenarioDescription(const ScenarioKindDef& def);
QString paramHelp(const ScenarioParamDef& def);

/// Checks a scenario's parameters against its kind and fills defaults. On error returns false with the
/// parameter name in *field and what was expected in *what (translated: TrSpecCheck).
bool normaliseScenarioParams(const ScenarioKindDef& def, QJsonObject& params, QString* field, QString* what);

/// The levels of a scenario: one object per configuration it expands to ({"concurrency": 4}, {"rate": 500});
/// a single empty object when it has no level lists.
QList<QJsonObject> scenarioLevels(const ScenarioKindDef& def, const QJsonObject& normalisedParams);

} // namespace rb
