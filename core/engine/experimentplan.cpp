// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentplan.h"

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

} // namespace

ExperimentPlan::ExperimentPlan(const ExperimentSpec& spec)
    : m_spec(spec)
{
    for (const QString& rt : spec.runtimes) {
        for (const WorkloadRef& w : spec.workloads) {
            for (const ScenarioSpec& s : spec.scenarios) {
                RunSpec c;
                c.configIndex = int(m_configs.size());
                c.runtime = rt;
                c.workload = w;
                c.scenario = s;
                m_configs << c;
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
