// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationestimate.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace rb {

namespace {

double num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble();
}

// Starts needed for `n` instances at most `parallel` at once (waves).
double waves(double n, double parallel)
{
    return std::ceil(std::max(1.0, n) / std::max(1.0, parallel));
}

} // namespace

double estimateRunSeconds(const RunSpec& run)
{
    const QString& kind = run.scenario.kind;
    const QJsonObject& s = run.scenario.settings;
    const QJsonObject& level = run.scenario.params;
    if (kind == QLatin1String("warm-latency")) {
        // With only a request count, assume 1000 requests/s (or the configured rate).
        const double rate = num(s, "rate") > 0 ? num(s, "rate") : 1000.0;
        const double measured = num(s, "duration_s") > 0 ? num(s, "duration_s") : num(s, "requests") / rate;
        return kAssumedStartS + num(s, "warmup_requests") / rate + measured;
    }
    if (kind == QLatin1String("throughput-sweep")) {
        const double perLevel = num(s, "duration_s") + num(s, "warmup_s");
        const bool slo = level.value(QStringLiteral("slo_search")).toBool();
        return kAssumedStartS + perLevel * (slo ? std::max(1.0, num(s, "slo_steps")) : 1.0);
    }
    if (kind == QLatin1String("density")) {
        return kAssumedStartS * waves(num(s, "instances"), num(level, "max_parallel"));
    }
    if (kind == QLatin1String("memory-scaling")) {
        return kAssumedStartS * std::max(1.0, num(level, "instances")) + num(s, "settle_ms") / 1000.0;
    }
    // cold-start-exit, cold-start-ready, cpu-scaling (copies start at once: one wave)
    return kAssumedStartS;
}

DurationEstimate estimateDuration(const ExperimentPlan& plan)
{
    DurationEstimate e;
    const ExperimentSpec& spec = plan.spec();
    for (const RunSpec& r : plan.runs()) {
        ++e.runs;
        e.seconds += estimateRunSeconds(r) + spec.cooldownS;
        e.worstSeconds += std::max(spec.timeoutS, estimateRunSeconds(r)) + spec.cooldownS;
    }
    return e;
}

QString formatDuration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60) {
        return QStringLiteral("%1 s").arg(s);
    }
    if (s < 3600) {
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace rb
