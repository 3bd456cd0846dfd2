// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariokinds.h"

#include "support/translation.h"

#include <QJsonArray>

namespace rb {

namespace {

using T = ScenarioParamDef::Type;

ScenarioParamDef param(const char* name, T type, QJsonValue def, double min, double max, const char* help,
    const char* levelKey = "", QStringList choices = {})
{
    return ScenarioParamDef { QString::fromLatin1(name), type, std::move(def), min, max, std::move(choices),
        QString::fromLatin1(levelKey), help };
}

QList<ScenarioKindDef> makeKinds()
{
    const QJsonArray noList;
    return {
        { QStringLiteral("cold-start-exit"),
            QT_TRANSLATE_NOOP("rb::Scenarios",
                "Launch to exit of a workload that exits, output checked: wall, CPU, max RSS, faults."),
            false, QStringLiteral("wall_ms"), {} },
        { QStringLiteral("cold-start-ready"),
            QT_TRANSLATE_NOOP("rb::Scenarios",
                "Launch of a server to its first answer, in phases: spawn, listening (TCP accept), first "
                "200; `cold: full` also times the prepare step (image/bundle/AOT) as its own phase."),
            true, QStringLiteral("first_200_ms"),
            {
                param("path", T::String, QStringLiteral("/"), 0, 0,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "path of the first request")),
                param("cold", T::String, QStringLiteral("runtime"), 0, 0,
                    QT_TRANSLATE_NOOP("rb::Scenarios",
                        "runtime: artefacts prepared once and reused; full: every run prepares again (timed as "
                        "prepare_ms)"),
                    "", { QStringLiteral("runtime"), QStringLiteral("full") }),
            } },
        { QStringLiteral("warm-latency"),
            QT_TRANSLATE_NOOP("rb::Scenarios",
                "On one running instance, after warm-up requests, N requests or D seconds at concurrency c: "
                "HDR latencies, requests/s, errors."),
            true, QStringLiteral("latency_p50_ms"),
            {
                param("concurrency", T::Int, 4, 1, 10000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "connections kept busy (closed loop)")),
                param("duration_s", T::Number, 3.0, 0, 86400,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "how long to measure (0: use requests)")),
                param("requests", T::Int, 0, 0, 1e9,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "how many requests to measure (0: use duration_s)")),
                param("warmup_requests", T::Int, 200, 0, 1e9,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "requests sent and discarded first")),
                param("rate", T::Number, 0.0, 0, 1e7,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "requests/s (open loop, corrected latencies); 0: closed loop")),
                param("threads", T::Int, 1, 1, 256, QT_TRANSLATE_NOOP("rb::Scenarios", "load generator threads")),
                param("path", T::String, QStringLiteral("/"), 0, 0, QT_TRANSLATE_NOOP("rb::Scenarios", "request path")),
            } },
        { QStringLiteral("throughput-sweep"),
            QT_TRANSLATE_NOOP("rb::Scenarios",
                "Each concurrency level (closed loop) and each request rate (open loop) on a fresh instance: "
                "requests/s and latency percentiles per level; optional SLO search."),
            true, QStringLiteral("requests_per_s"),
            {
                param("concurrency", T::IntList, QJsonArray { 1, 2, 4, 8 }, 1, 10000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "closed-loop levels (connections)"), "concurrency"),
                param("rates", T::NumberList, noList, 1, 1e7,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "open-loop levels (requests/s)"), "rate"),
                param("connections", T::Int, 8, 1, 10000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "connections of the open-loop levels")),
                param("duration_s", T::Number, 3.0, 0.1, 86400,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "measured time per level")),
                param("warmup_s", T::Number, 0.5, 0, 3600,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "load before measuring, discarded")),
                param("threads", T::Int, 1, 1, 256, QT_TRANSLATE_NOOP("rb::Scenarios", "load generator threads")),
                param("path", T::String, QStringLiteral("/"), 0, 0, QT_TRANSLATE_NOOP("rb::Scenarios", "request path")),
                param("slo_p99_ms", T::Number, 0.0, 0, 1e6,
                    QT_TRANSLATE_NOOP("rb::Scenarios",
                        "> 0: add an SLO-search level finding the highest rate whose p99 stays under this bound")),
                param("slo_max_rate", T::Number, 20000.0, 1, 1e7,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "upper end of the SLO search (requests/s)")),
                param("slo_steps", T::Int, 6, 1, 30,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "bisection steps of the SLO search")),
            } },
        { QStringLiteral("density"),
            QT_TRANSLATE_NOOP("rb::Scenarios",
                "N instances of an exiting workload in total, at most M starting at once (runwasi's stress "
                "test): tasks/s and the cold-start distribution under concurrency."),
            false, QStringLiteral("tasks_per_s"),
            {
                param("instances", T::Int, 20, 1, 1e6, QT_TRANSLATE_NOOP("rb::Scenarios", "instances in total")),
                param("max_parallel", T::IntList, QJsonArray { 4 }, 1, 10000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "instances starting at once"), "max_parallel"),
            },
            InstanceMeasure::WallMs },
        { QStringLiteral("memory-scaling"),
            QT_TRANSLATE_NOOP("rb::Scenarios",
                "k instances of a server running at once: RSS/PSS/USS of all their processes (and the "
                "daemons' when asked) per instance; instances per GiB."),
            true, QStringLiteral("pss_kb_per_instance"),
            {
                param("instances", T::IntList, QJsonArray { 1, 2, 4 }, 1, 10000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "instances running at once"), "instances"),
                param("settle_ms", T::Int, 500, 0, 600000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "wait after all are ready before reading memory")),
                param("account_daemons", T::Bool, false, 0, 0,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "count the container daemons' processes too (Faasm's method)")),
            },
            InstanceMeasure::PssKb },
        { QStringLiteral("cpu-scaling"),
            QT_TRANSLATE_NOOP(
                "rb::Scenarios", "c parallel copies of a CPU workload: makespan, throughput and parallel efficiency."),
            false, QStringLiteral("throughput_per_s"),
            {
                param("copies", T::IntList, QJsonArray { 1, 2 }, 1, 10000,
                    QT_TRANSLATE_NOOP("rb::Scenarios", "copies started at once"), "copies"),
            },
            InstanceMeasure::WallMs },
    };
}

bool checkNumber(const ScenarioParamDef& d, const QJsonValue& v, bool integer)
{
    if (!v.isDouble()) {
        return false;
    }
    const double x = v.toDouble();
    return x >= d.min && x <= d.max && (!integer || x == double(qint64(x)));
}

QString rangeText(const ScenarioParamDef& d, bool integer)
{
    return (integer ? TrSpecCheck::tr("an integer from %1 to %2") : TrSpecCheck::tr("a number from %1 to %2"))
        .arg(d.min)
        .arg(d.max);
}

} // namespace

const QList<ScenarioKindDef>& scenarioKinds()
{
    static const QList<ScenarioKindDef> kinds = makeKinds();
    return kinds;
}

QString scenarioDescription(const ScenarioKindDef& def)
{
    return QCoreApplication::translate(kScenariosContext, def.description);
}

QString paramHelp(const ScenarioParamDef& def)
{
    return QCoreApplication::translate(kScenariosContext, def.help);
}

const ScenarioKindDef* findScenarioKind(const QString& kind)
{
    for (const ScenarioKindDef& k : scenarioKinds()) {
        if (k.kind == kind) {
            return &k;
        }
    }
    return nullptr;
}

bool normaliseScenarioParams(const ScenarioKindDef& def, QJsonObject& params, QString* field, QString* what)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        const bool known = std::any_of(
            def.params.begin(), def.params.end(), [&](const ScenarioParamDef& d) { return d.name == it.key(); });
        if (!known) {
            QStringList names;
            for (const ScenarioParamDef& d : def.params) {
                names << d.name;
            }
            *field = it.key();
            *what = names.isEmpty()
                ? TrSpecCheck::tr("unknown parameter (%1 takes none)").arg(def.kind)
                : TrSpecCheck::tr("unknown parameter (expected one of: %1)").arg(names.join(QStringLiteral(", ")));
            return false;
        }
    }
    for (const ScenarioParamDef& d : def.params) {
        if (!params.contains(d.name)) {
            params.insert(d.name, d.defaultValue);
            continue;
        }
        const QJsonValue v = params.value(d.name);
        *field = d.name;
        switch (d.type) {
        case T::Int:
        case T::Number:
            if (!checkNumber(d, v, d.type == T::Int)) {
                *what = TrSpecCheck::tr("expected %1").arg(rangeText(d, d.type == T::Int));
                return false;
            }
            break;
        case T::String:
            if (!v.isString() || (!d.choices.isEmpty() && !d.choices.contains(v.toString()))) {
                *what = d.choices.isEmpty()
                    ? TrSpecCheck::tr("expected a string")
                    : TrSpecCheck::tr("expected one of: %1").arg(d.choices.join(QStringLiteral(", ")));
                return false;
            }
            break;
        case T::Bool:
            if (!v.isBool()) {
                *what = TrSpecCheck::tr("expected true or false");
                return false;
            }
            break;
        case T::IntList:
        case T::NumberList: {
            const bool integer = d.type == T::IntList;
            QJsonArray a = v.isArray() ? v.toArray() : QJsonArray { v }; // a single value is a one-level list
            for (const QJsonValue& e : a) {
                if (!checkNumber(d, e, integer)) {
                    *what = TrSpecCheck::tr("expected %1 or an array of them").arg(rangeText(d, integer));
                    return false;
                }
            }
            params.insert(d.name, a);
            break;
        }
        }
    }
    // A throughput sweep needs at least one level.
    bool anyLevel = false;
    bool hasLists = false;
    for (const ScenarioParamDef& d : def.params) {
        if (!d.levelKey.isEmpty()) {
            hasLists = true;
            anyLevel = anyLevel || !params.value(d.name).toArray().isEmpty();
        }
    }
    if (hasLists && !anyLevel) {
        *field = def.params.first().name;
        *what = TrSpecCheck::tr("expected at least one level");
        return false;
    }
    if (def.kind == QLatin1String("warm-latency") && params.value(QStringLiteral("duration_s")).toDouble() <= 0
        && params.value(QStringLiteral("requests")).toInt() <= 0) {
        *field = QStringLiteral("duration_s");
        *what = TrSpecCheck::tr("expected duration_s > 0 or requests > 0");
        return false;
    }
    field->clear();
    return true;
}

QList<QJsonObject> scenarioLevels(const ScenarioKindDef& def, const QJsonObject& params)
{
    QList<QJsonObject> levels;
    for (const ScenarioParamDef& d : def.params) {
        if (d.levelKey.isEmpty()) {
            continue;
        }
        for (const QJsonValue& v : params.value(d.name).toArray()) {
            levels << QJsonObject { { d.levelKey, v } };
        }
    }
    if (def.kind == QLatin1String("throughput-sweep") && params.value(QStringLiteral("slo_p99_ms")).toDouble() > 0) {
        levels << QJsonObject { { QStringLiteral("slo_search"), true } };
    }
    if (levels.isEmpty()) {
        levels << QJsonObject {};
    }
    return levels;
}

} // namespace rb
