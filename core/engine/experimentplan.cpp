// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentplan.h"

#include "model/scenariokinds.h"

#include <QJsonObject>
#include <algorithm>
#include <random>

namespace rb {

namespace {

RunSpec makeRun(const RunSpec& config, int repetition, bool warmup)
{
    RunSpec r = config;
    r.repetition = repetition;
    r.warmup = warmup;
    r.runId = config.configKey() + (warmup ? QStringLiteral("/w") : QStringLiteral("/r")) + QString::number(repetition);
    return r;
}

// Every combination of the user factors' levels, first factor outermost: [{"fw": "on", "gov": "perf"}, …].
QList<QJsonObject> factorCombinations(const QList<UserFactor>& factors)
{
    QList<QJsonObject> combos { QJsonObject {} };
    for (const UserFactor& f : factors) {
        QList<QJsonObject> next;
        for (const QJsonObject& c : combos) {
            for (const UserFactorLevel& l : f.levels) {
                QJsonObject o = c;
                o.insert(f.name, l.name);
                next << o;
            }
        }
        combos = next;
    }
    return combos;
}

} // namespace

ExperimentPlan::ExperimentPlan(const ExperimentSpec& spec, const Compatibility& compatible, const QString& hostFactor)
    : m_spec(spec)
{
    QList<QJsonObject> combos = factorCombinations(spec.factors);
    if (!hostFactor.isEmpty()) {
        for (QJsonObject& c : combos) {
            c.insert(QStringLiteral("host"), hostFactor);
        }
    }
    for (const QString& rt : spec.runtimes) {
        for (const WorkloadRef& w : spec.workloads) {
            for (const ScenarioSpec& s : spec.scenarios) {
                if (compatible && !compatible(w, s)) {
                    const QString pair = w.label() + QStringLiteral(" × ") + s.name;
                    if (!m_excluded.contains(pair)) {
                        m_excluded << pair;
                    }
                    continue;
                }
                const ScenarioKindDef* def = findScenarioKind(s.kind);
                const QList<QJsonObject> levels = def ? scenarioLevels(*def, s.settings) : QList { QJsonObject {} };
                for (const QJsonObject& level : levels) {
                    for (const QJsonObject& combo : combos) {
                        RunSpec c;
                        c.configIndex = int(m_configs.size());
                        c.runtime = rt;
                        c.workload = w;
                        c.scenario = s;
                        c.scenario.params = level;
                        for (auto it = combo.begin(); it != combo.end(); ++it) {
                            c.scenario.params.insert(it.key(), it.value());
                        }
                        m_configs << c;
                    }
                }
            }
        }
    }

    if (spec.order == RunOrder::Sequential) {
        for (const RunSpec& c : m_configs) {
            for (int w = 1; w <= spec.warmup; ++w) {
                m_runs << makeRun(c, w, true);
            }
            for (int r = 1; r <= spec.repetitions; ++r) {
                m_runs << makeRun(c, r, false);
            }
        }
    } else {
        // mt19937_64 with a fixed seed gives the same sequence on every platform; std::shuffle's
        // use of it is implementation-defined, so shuffle with our own Fisher–Yates.
        std::mt19937_64 rng(spec.seed);
        auto round = [&](int rep, bool warm) {
            QList<RunSpec> rr;
            for (const RunSpec& c : m_configs) {
                rr << makeRun(c, rep, warm);
            }
            if (spec.order == RunOrder::Randomised) {
                for (qsizetype i = rr.size() - 1; i > 0; --i) {
                    const auto j = qsizetype(rng() % quint64(i + 1));
                    std::swap(rr[i], rr[j]);
                }
            }
            m_runs << rr;
        };
        for (int w = 1; w <= spec.warmup; ++w) {
            round(w, true);
        }
        for (int r = 1; r <= spec.repetitions; ++r) {
            round(r, false);
        }
    }
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        m_runs[i].index = int(i);
    }
}

int ExperimentPlan::measuredRunCount() const
{
    return int(std::count_if(m_runs.begin(), m_runs.end(), [](const RunSpec& r) { return !r.warmup; }));
}

} // namespace rb
