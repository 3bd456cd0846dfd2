// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultmerge.h"

#include "stats/histogramspectrum.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace rb {

namespace {

/// One folder as merge sees it: which host ran it and in which role(s).
struct Part
{
    const ResultSet* rs = nullptr;
    QString hostId;
    QStringList roles;
    bool sut() const
    {
        return roles.contains(QStringLiteral("sut"));
    }
    bool loadgen() const
    {
        return roles.contains(QStringLiteral("loadgen"));
    }
    QString name() const
    {
        return QStringLiteral("%1 (host %2, %3)").arg(rs->dir, hostId, roles.join(QLatin1Char('+')));
    }
};

Part partOf(const ResultSet& rs)
{
    const QJsonObject host = rs.experiment.value(QStringLiteral("host")).toObject();
    Part p;
    p.rs = &rs;
    p.hostId = host.value(QStringLiteral("id")).toString();
    if (p.hostId.isEmpty()) { // a folder from before hosts existed: one machine did everything
        p.hostId = rs.experiment.value(QStringLiteral("environment"))
                       .toObject()
                       .value(QStringLiteral("hostname"))
                       .toString(QDir(rs.dir).dirName());
    }
    for (const QJsonValue& r : host.value(QStringLiteral("roles")).toArray()) {
        p.roles << r.toString();
    }
    if (p.roles.isEmpty()) {
        p.roles = QStringList { QStringLiteral("sut"), QStringLiteral("loadgen") };
    }
    return p;
}

QStringList differingKeys(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys;
    for (const QString& k : a.keys() + b.keys()) {
        if (a.value(k) != b.value(k) && !keys.contains(k)) {
            keys << k;
        }
    }
    return keys;
}

/// The merged run's latency metrics from its merged histogram (never averaged percentiles): p50 … p999 as
/// HdrHistogram reads them (bucket bound of the rank, capped by the exact maximum), mean weighted by count.
void recomputeLatency(RunRecord& rec, const QList<const RunRecord*>& parts)
{
    std::vector<stats::HistogramBin> bins;
    for (const LatencyBucket& b : rec.latency) {
        bins.push_back({ b.upToUs, b.count });
    }
    const stats::PercentileSpectrum s = stats::percentileSpectrum(bins);
    if (s.total == 0) {
        return;
    }
    double maxMs = -1;
    double weighted = 0;
    qint64 n = 0;
    for (const RunRecord* p : parts) {
        qint64 count = 0;
        for (const LatencyBucket& b : p->latency) {
            count += b.count;
        }
        if (count > 0) {
            maxMs = std::max(maxMs, p->value(QStringLiteral("latency_max_ms")));
            weighted += p->value(QStringLiteral("latency_mean_ms")) * double(count);
            n += count;
        }
    }
    const auto set = [&rec](const QString& metric, double v) {
        for (Measurement& m : rec.measurements) {
            if (m.metric == metric) {
                m.value = v;
                return;
            }
        }
        rec.measurements.append({ metric, v, QStringLiteral("ms") });
    };
    const std::pair<const char*, double> ps[] = { { "latency_p50_ms", 0.5 }, { "latency_p90_ms", 0.9 },
        { "latency_p99_ms", 0.99 }, { "latency_p999_ms", 0.999 } };
    for (const auto& [metric, q] : ps) {
        const double ms = stats::spectrumQuantile(s, q) / 1000.0;
        set(QString::fromLatin1(metric), maxMs >= 0 && std::isfinite(maxMs) ? std::min(ms, maxMs) : ms);
    }
    if (maxMs >= 0 && std::isfinite(maxMs)) {
        set(QStringLiteral("latency_max_ms"), maxMs);
    }
    if (n > 0 && std::isfinite(weighted)) {
        set(QStringLiteral("latency_mean_ms"), weighted / double(n));
    }
}

/// One run from its SUT part and its load generator part (either may be null, not both).
RunRecord combine(const RunRecord* sut, const RunRecord* lg)
{
    RunRecord rec = sut ? *sut : *lg;
    if (!sut || !lg) {
        return rec;
    }
    rec.ok = sut->ok && lg->ok;
    QStringList errors;
    if (!sut->error.isEmpty()) {
        errors << QStringLiteral("sut: ") + sut->error;
    }
    if (!lg->error.isEmpty() && !sut->error.contains(lg->error)) {
        errors << QStringLiteral("loadgen: ") + lg->error;
    }
    rec.error = errors.join(QStringLiteral("; "));
    QSet<QString> have;
    for (const Measurement& m : rec.measurements) {
        have.insert(m.metric);
    }
    for (const Measurement& m : lg->measurements) {
        if (!have.contains(m.metric)) { // the level (concurrency, rate) both record once
            rec.measurements.append(m);
        }
    }
    rec.series += lg->series;
    std::map<double, qint64> buckets;
    for (const RunRecord* p : { sut, lg }) {
        for (const LatencyBucket& b : p->latency) {
            buckets[b.upToUs] += b.count;
        }
    }
    rec.latency.clear();
    for (const auto& [upTo, count] : buckets) {
        rec.latency.append({ upTo, count });
    }
    recomputeLatency(rec, { sut, lg });
    return rec;
}

/// "run X: …" when the load generator's start lies outside the SUT's run on the wall clocks (10 ms slack).
QString startWindowProblem(const RunRecord& sut, const RunRecord& lg)
{
    if (!sut.startedUtc.isValid() || !lg.startedUtc.isValid()) {
        return {};
    }
    const double ready = sut.value(QStringLiteral("first_200_ms"));
    const double served = sut.value(QStringLiteral("served_ms"));
    if (!std::isfinite(ready) || !std::isfinite(served)) {
        return {};
    }
    const double delta = double(sut.startedUtc.msecsTo(lg.startedUtc));
    constexpr double slack = 10.0;
    if (delta >= -slack && delta <= ready + served + slack) {
        return {};
    }
    return QStringLiteral("run %1: the load generator started %2 ms after the SUT's start, outside the SUT's run "
                          "(0 to %3 ms)")
        .arg(sut.spec.runId)
        .arg(delta, 0, 'f', 0)
        .arg(ready + served, 0, 'f', 0);
}

} // namespace

QString clockDisagreement(
    const QJsonObject& a, const QString& aName, const QJsonObject& b, const QString& bName, double toleranceUs)
{
    QStringList why;
    for (const auto& [c, name] : { std::pair { &a, &aName }, std::pair { &b, &bName } }) {
        if (c->isEmpty()) {
            why << QStringLiteral("host %1 recorded no clock status").arg(*name);
        } else if (!c->value(QStringLiteral("synchronised")).toBool()) {
            why << QStringLiteral("host %1 is not NTP-synchronised").arg(*name);
        }
    }
    if (why.isEmpty()) {
        const auto bound = [](const QJsonObject& c) {
            return std::abs(c.value(QStringLiteral("offset_us")).toDouble())
                + c.value(QStringLiteral("max_error_us")).toDouble();
        };
        const double total = bound(a) + bound(b);
        if (total > toleranceUs) {
            why << QStringLiteral("%1 and %2 may disagree by up to %3 ms (offsets + maximum errors)")
                       .arg(aName, bName)
                       .arg(total / 1000.0, 0, 'f', 1);
        }
    }
    return why.join(QStringLiteral("; "));
}

QStringList clockWarnings(const QJsonObject& experiment)
{
    QStringList out;
    for (const QJsonValue& w : experiment.value(QStringLiteral("warnings")).toArray()) {
        if (w.toString().startsWith(QLatin1String(kClockWarningPrefix))) {
            out << w.toString();
        }
    }
    return out;
}

namespace {

/// Same spec and seed, each host once. Empty when the parts fit together, else the reason naming the folder.
QString checkParts(const QList<Part>& parts)
{
    const QJsonObject spec = parts.first().rs->experiment.value(QStringLiteral("spec")).toObject();
    if (spec.isEmpty()) {
        return parts.first().rs->dir + QStringLiteral(": experiment.json has no \"spec\" (not written by `run`)");
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QJsonObject other = parts[i].rs->experiment.value(QStringLiteral("spec")).toObject();
        if (other != spec) {
            return QStringLiteral("%1: a different experiment than %2 (spec fields that differ: %3)")
                .arg(parts[i].rs->dir, parts.first().rs->dir, differingKeys(spec, other).join(QStringLiteral(", ")));
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (parts[j].hostId == parts[i].hostId) {
                return QStringLiteral("%1: host \"%2\" is already merged from %3 (the same host twice)")
                    .arg(parts[i].rs->dir, parts[i].hostId, parts[j].rs->dir);
            }
        }
    }
    return {};
}

/// What each folder is missing (its status, the loader's warnings).
void partWarnings(const Part& p, QStringList* out)
{
    const QString status = p.rs->status();
    if (status != QLatin1String("complete")) {
        *out << QStringLiteral("%1: status \"%2\", %3 runs recorded").arg(p.name(), status).arg(p.rs->runs.size());
    }
    for (const QString& w : p.rs->warnings) {
        *out << QStringLiteral("%1: %2").arg(p.name(), w);
    }
}

void hostClockWarnings(const QList<Part>& parts, QStringList* out)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        for (qsizetype j = i + 1; j < parts.size(); ++j) {
            const auto clock = [](const Part& p) {
                return p.rs->experiment.value(QStringLiteral("fingerprint"))
                    .toObject()
                    .value(QStringLiteral("clock"))
                    .toObject();
            };
            const QString why = clockDisagreement(clock(parts[i]), parts[i].hostId, clock(parts[j]), parts[j].hostId);
            if (!why.isEmpty()) {
                *out << QStringLiteral("%1: %2; time series of different hosts may not line up")
                            .arg(QLatin1String(kClockWarningPrefix), why);
            }
        }
    }
}

QJsonObject mergedExperiment(const QList<Part>& parts, const QStringList& warnings, int runs)
{
    const Part* base = &parts.first();
    for (const Part& p : parts) {
        if (p.sut()) {
            base = &p;
            break;
        }
    }
    QJsonObject e = base->rs->experiment;
    e.remove(QStringLiteral("host"));
    QJsonArray hosts;
    QJsonArray folders;
    for (const Part& p : parts) {
        const QJsonObject host = p.rs->experiment.value(QStringLiteral("host")).toObject();
        hosts.append(QJsonObject { { QStringLiteral("id"), p.hostId },
            { QStringLiteral("roles"), QJsonArray::fromStringList(p.roles) },
            { QStringLiteral("address"), host.value(QStringLiteral("address")).toString(p.hostId) },
            { QStringLiteral("fingerprint"), p.rs->experiment.value(QStringLiteral("fingerprint")) },
            { QStringLiteral("folder"), QDir(p.rs->dir).absolutePath() } });
    }
    e.insert(QStringLiteral("hosts"), hosts);
    e.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    e.insert(QStringLiteral("merged_runs"), runs);
    return e;
}

} // namespace

MergedResults mergeHostResults(const QList<ResultSet>& sets)
{
    MergedResults out;
    if (sets.isEmpty()) {
        out.error = QStringLiteral("no folders to merge");
        return out;
    }
    QList<Part> parts;
    for (const ResultSet& rs : sets) {
        parts << partOf(rs);
    }
    out.error = checkParts(parts);
    if (!out.error.isEmpty()) {
        return out;
    }
    // run id → its SUT part and its load generator part ("both" folders give both at once).
    struct Pieces
    {
        const RunRecord* sut = nullptr;
        const RunRecord* lg = nullptr;
        const Part* sutFrom = nullptr;
        const Part* lgFrom = nullptr;
    };
    QHash<QString, Pieces> byId;
    QStringList order;
    for (const Part& p : parts) {
        partWarnings(p, &out.warnings);
        for (const RunRecord& r : p.rs->runs) {
            Pieces& pc = byId[r.spec.runId];
            if ((p.sut() && pc.sut) || (!p.sut() && pc.lg)) {
                const Part* first = p.sut() ? pc.sutFrom : pc.lgFrom;
                out.error = QStringLiteral("%1: run %2 is also in %3 (two hosts ran the same host factor: give each "
                                           "`run` its own --host-id)")
                                .arg(p.rs->dir, r.spec.runId, first->rs->dir);
                return out;
            }
            if (!pc.sut && !pc.lg) {
                order << r.spec.runId;
            }
            (p.sut() ? pc.sut : pc.lg) = &r;
            (p.sut() ? pc.sutFrom : pc.lgFrom) = &p;
        }
    }
    const bool anyLoadgen =
        std::any_of(parts.begin(), parts.end(), [](const Part& p) { return p.loadgen() && !p.sut(); });
    ResultSet merged;
    for (const QString& id : order) {
        const Pieces& pc = byId[id];
        if (pc.sut && !pc.lg && anyLoadgen && std::isfinite(pc.sut->value(QStringLiteral("served_ms")))) {
            out.warnings
                << QStringLiteral("run %1: the load generator's part is missing (latency and throughput)").arg(id);
        }
        if (pc.lg && !pc.sut) {
            out.warnings << QStringLiteral("run %1: the SUT's part is missing (cold start and resources)").arg(id);
        }
        if (pc.sut && pc.lg) {
            const QString w = startWindowProblem(*pc.sut, *pc.lg);
            if (!w.isEmpty()) {
                out.warnings << QStringLiteral("%1: %2").arg(QLatin1String(kClockWarningPrefix), w);
            }
        }
        merged.runs << combine(pc.sut, pc.lg);
    }
    std::stable_sort(merged.runs.begin(), merged.runs.end(),
        [](const RunRecord& a, const RunRecord& b) { return a.spec.index < b.spec.index; });
    hostClockWarnings(parts, &out.warnings);
    merged.experiment = mergedExperiment(parts, out.warnings, int(merged.runs.size()));
    out.set = std::move(merged);
    return out;
}

} // namespace rb
