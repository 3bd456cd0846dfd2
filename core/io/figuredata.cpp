// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuredata.h"

#include "stats/ci.h"
#include "stats/descriptive.h"
#include "stats/histogramspectrum.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace rb::figure {

namespace {

/// Measured, successful runs: what every figure draws (warm-ups and failures are left out, as in stats).
bool measured(const RunRecord& r)
{
    return r.ok && !r.spec.warmup;
}

/// runtime/workload/scenario name: a configuration without its level.
QString seriesKey(const RunSpec& s)
{
    return QStringList { s.runtime, s.workload.label(), s.scenario.name }.join(QLatin1Char('/'));
}

std::vector<stats::HistogramBin> bins(const QList<const RunRecord*>& runs)
{
    std::vector<stats::HistogramBin> out;
    for (const RunRecord* r : runs) {
        for (const LatencyBucket& b : r->latency) {
            out.push_back({ b.upToUs / 1000.0, b.count });
        }
    }
    return out;
}

/// Runs grouped by series (in first-appearance order), then by the numeric level `key` of their params.
using Levels = QMap<double, QList<const RunRecord*>>;
QList<QPair<QString, Levels>> byLevel(const ResultSet& results, const QString& key)
{
    QList<QPair<QString, Levels>> out;
    QHash<QString, qsizetype> index;
    for (const RunRecord& r : results.runs) {
        if (!measured(r) || !r.spec.scenario.params.contains(key)) {
            continue;
        }
        const QString k = seriesKey(r.spec);
        if (!index.contains(k)) {
            index.insert(k, out.size());
            out.append({ k, {} });
        }
        out[index.value(k)].second[r.spec.scenario.params.value(key).toDouble()] << &r;
    }
    return out;
}

std::vector<double> metricValues(const QList<const RunRecord*>& runs, const QString& metric)
{
    std::vector<double> v;
    for (const RunRecord* r : runs) {
        const double x = r->value(metric);
        if (std::isfinite(x)) {
            v.push_back(x);
        }
    }
    return v;
}

template <typename Series> void shorten(std::vector<Series>& series)
{
    QStringList names;
    for (const Series& s : series) {
        names << s.name;
    }
    names = shortNames(names);
    for (std::size_t i = 0; i < series.size(); ++i) {
        series[i].name = names[qsizetype(i)];
    }
}

} // namespace

/// "runtime/workload/scenario" → its three parts: the first and the last '/' separate them, so a workload label
/// with slashes (an imported URL, "http://host/path") stays whole. A name with one '/' splits in two.
QStringList nameParts(const QString& name)
{
    const qsizetype first = name.indexOf(QLatin1Char('/'));
    const qsizetype last = name.lastIndexOf(QLatin1Char('/'));
    if (first < 0) {
        return { name };
    }
    if (first == last) {
        return { name.left(first), name.mid(first + 1) };
    }
    return { name.left(first), name.mid(first + 1, last - first - 1), name.mid(last + 1) };
}

QStringList shortNames(const QStringList& names)
{
    QList<QStringList> parts;
    qsizetype width = 0;
    for (const QString& n : names) {
        parts << nameParts(n);
        width = std::max(width, parts.back().size());
    }
    QList<bool> keep(width, false);
    for (qsizetype c = 0; c < width; ++c) {
        for (const QStringList& p : parts) {
            keep[c] = keep[c] || p.value(c) != parts.front().value(c);
        }
    }
    if (!keep.contains(true)) {
        keep.fill(true);
    }
    QStringList out;
    for (const QStringList& p : parts) {
        QStringList kept;
        for (qsizetype c = 0; c < p.size(); ++c) {
            if (keep[c]) {
                kept << p[c];
            }
        }
        out << kept.join(QStringLiteral(" · "));
    }
    return out;
}

QString metricAxisTitle(const QString& metric)
{
    if (metric == QLatin1String("cpu_percent")) {
        return QStringLiteral("CPU (% of one core)");
    }
    static const QList<QPair<QString, QString>> kUnits { { QStringLiteral("_per_s"), QStringLiteral("1/s") },
        { QStringLiteral("_ms"), QStringLiteral("ms") }, { QStringLiteral("_kb"), QStringLiteral("KiB") },
        { QStringLiteral("_rps"), QStringLiteral("1/s") }, { QStringLiteral("_percent"), QStringLiteral("%") } };
    for (const auto& [suffix, unit] : kUnits) {
        if (metric.endsWith(suffix)) {
            return QStringLiteral("%1 (%2)").arg(metric.chopped(suffix.size()), unit);
        }
    }
    return metric;
}

SampleFigure sampleFigure(std::vector<stats::NamedSample> groups, const QString& metric)
{
    SampleFigure f { metricAxisTitle(metric), std::move(groups), {} };
    shorten(f.groups);
    return f;
}

void addShapes(SampleFigure& data, bool density)
{
    data.shapes.clear();
    for (const stats::NamedSample& g : data.groups) {
        SampleShape shape;
        shape.n = g.values.size();
        if (!g.values.empty()) {
            std::vector<double> sorted = g.values;
            std::sort(sorted.begin(), sorted.end());
            shape.lo = sorted.front();
            shape.hi = sorted.back();
            shape.box = stats::tukeyBox(sorted);
            if (density) {
                shape.density = stats::densityCurve(g.values);
            }
        }
        data.shapes.push_back(std::move(shape));
    }
}

std::vector<SpectrumSeries> latencySpectra(const ResultSet& results)
{
    QList<QPair<QString, QList<const RunRecord*>>> groups;
    QHash<QString, qsizetype> index;
    for (const RunRecord& r : results.runs) {
        if (!measured(r) || r.latency.isEmpty()) {
            continue;
        }
        const QString k = r.spec.configKey();
        if (!index.contains(k)) {
            index.insert(k, groups.size());
            groups.append({ k, {} });
        }
        groups[index.value(k)].second << &r;
    }
    std::vector<SpectrumSeries> out;
    for (const auto& [name, runs] : groups) {
        const std::vector<stats::HistogramBin> b = bins(runs);
        const stats::PercentileSpectrum s = stats::percentileSpectrum(b);
        out.push_back({ name, s.fraction, s.upTo, s.total });
    }
    shorten(out);
    return out;
}

std::vector<LevelSeries> throughputByConcurrency(const ResultSet& results)
{
    std::vector<LevelSeries> out;
    for (const auto& [name, levels] : byLevel(results, QStringLiteral("concurrency"))) {
        LevelSeries s { name, {} };
        for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
            const std::vector<double> v = metricValues(it.value(), QStringLiteral("requests_per_s"));
            if (v.empty()) {
                continue;
            }
            const double m = stats::mean(v);
            const auto ci = stats::meanCi(v);
            s.points.push_back({ it.key(), m, ci ? ci->first : m, ci ? ci->second : m, int(v.size()) });
        }
        if (!s.points.empty()) {
            out.push_back(std::move(s));
        }
    }
    shorten(out);
    return out;
}

LoadLatency latencyByLoad(const ResultSet& results)
{
    LoadLatency out;
    auto series = byLevel(results, QStringLiteral("rate"));
    if (series.isEmpty()) {
        out.byRate = false;
        series = byLevel(results, QStringLiteral("concurrency"));
    }
    for (const auto& [name, levels] : series) {
        LevelSeries p50 { name, {} };
        LevelSeries p99 { name, {} };
        for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
            const stats::PercentileSpectrum s = stats::percentileSpectrum(bins(it.value()));
            if (s.total == 0) {
                continue;
            }
            double x = it.key();
            if (!out.byRate) {
                x = stats::mean(metricValues(it.value(), QStringLiteral("requests_per_s")));
            }
            const int n = int(it.value().size());
            const double q50 = stats::spectrumQuantile(s, 0.50);
            const double q99 = stats::spectrumQuantile(s, 0.99);
            p50.points.push_back({ x, q50, q50, q50, n });
            p99.points.push_back({ x, q99, q99, q99, n });
        }
        if (!p50.points.empty()) {
            out.p50.push_back(std::move(p50));
            out.p99.push_back(std::move(p99));
        }
    }
    shorten(out.p50);
    shorten(out.p99);
    return out;
}

std::vector<TimelineSeries> timelines(const ResultSet& results, const QString& series)
{
    QHash<QString, const RunRecord*> first;
    QStringList order;
    for (const RunRecord& r : results.runs) {
        const bool has =
            std::any_of(r.series.begin(), r.series.end(), [&](const SeriesPoint& p) { return p.series == series; });
        if (!measured(r) || !has) {
            continue;
        }
        const QString k = r.spec.configKey();
        if (!first.contains(k)) {
            order << k;
        }
        if (!first.contains(k) || r.spec.repetition < first.value(k)->spec.repetition) {
            first.insert(k, &r);
        }
    }
    std::vector<TimelineSeries> out;
    for (const QString& k : order) {
        TimelineSeries t { k, {}, {} };
        for (const SeriesPoint& p : first.value(k)->series) {
            if (p.series == series) {
                t.tS.push_back(p.tMs / 1000.0);
                t.value.push_back(p.value);
            }
        }
        out.push_back(std::move(t));
    }
    shorten(out);
    return out;
}

QStringList timelineSeriesNames(const ResultSet& results)
{
    QStringList names;
    for (const RunRecord& r : results.runs) {
        for (const SeriesPoint& p : r.series) {
            if (!names.contains(p.series)) {
                names << p.series;
            }
        }
    }
    names.sort();
    return names;
}

} // namespace rb::figure
