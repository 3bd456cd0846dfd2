// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "numberfile.h"
#include "resultmerge.h"
#include "support/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace rb {

namespace {

/// Environment facts that make two machines different for a benchmark, with how a warning names them.
struct Fact
{
    const char* key;
    const char* what;
};

constexpr Fact kMachineFacts[] = {
    { "cpu_model", QT_TRANSLATE_NOOP("rb::Comparison", "CPU model") },
    { "logical_cpus", QT_TRANSLATE_NOOP("rb::Comparison", "number of logical CPUs") },
    { "mem_total_kib", QT_TRANSLATE_NOOP("rb::Comparison", "memory size") },
    { "arch", QT_TRANSLATE_NOOP("rb::Comparison", "architecture") },
    { "kernel", QT_TRANSLATE_NOOP("rb::Comparison", "kernel") },
    { "os", QT_TRANSLATE_NOOP("rb::Comparison", "operating system") },
    { "smt_active", QT_TRANSLATE_NOOP("rb::Comparison", "simultaneous multithreading") },
    { "cpu_governor", QT_TRANSLATE_NOOP("rb::Comparison", "CPU frequency governor") },
    { "intel_no_turbo", QT_TRANSLATE_NOOP("rb::Comparison", "turbo boost setting") },
    { "cgroup", QT_TRANSLATE_NOOP("rb::Comparison", "cgroup version") },
    { "hostname", QT_TRANSLATE_NOOP("rb::Comparison", "host name") },
};

QString factText(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 12);
}

/// The cache policy a set ran with: the spec's "cache", "cold" (the spec's default) when the spec has none,
/// empty when the set has no spec (an import).
QString cachePolicy(const ResultSet& rs)
{
    const QJsonObject spec = rs.experiment.value(QStringLiteral("spec")).toObject();
    if (spec.isEmpty()) {
        return {};
    }
    return spec.value(QStringLiteral("cache")).toString(QStringLiteral("cold"));
}

/// "CPU model: AMD EPYC (today) vs Intel Xeon (last-month)" for each fact whose known values differ.
void machineWarnings(const ResultSets& sets, const QStringList& labels, QStringList* out)
{
    for (const Fact& f : kMachineFacts) {
        const QString key = QString::fromLatin1(f.key);
        QStringList values;
        QSet<QString> distinct;
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const QJsonValue v = sets[i]->experiment.value(QStringLiteral("environment")).toObject().value(key);
            if (v.isNull() || v.isUndefined()) {
                continue;
            }
            distinct.insert(factText(v));
            values << QStringLiteral("%1 (%2)").arg(factText(v), labels[i]);
        }
        if (distinct.size() > 1) {
            //: %1: what differs (CPU model, kernel, …); %2: each value with its set, e.g. "6.1 (today) vs 5.10 (old)"
            *out << TrComparison::tr("Different machines: the %1 differs: %2.")
                        .arg(TrComparison::tr(f.what), values.join(QStringLiteral(" vs ")));
        }
    }
}

void cacheWarning(const ResultSets& sets, const QStringList& labels, QStringList* out)
{
    QStringList values;
    QSet<QString> distinct;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QString policy = cachePolicy(*sets[i]);
        if (!policy.isEmpty()) {
            distinct.insert(policy);
            values << QStringLiteral("%1 (%2)").arg(policy, labels[i]);
        }
    }
    if (distinct.size() > 1) {
        //: %1: each set's cache policy, e.g. "cold (today) vs warm (old)"
        *out << TrComparison::tr("Different cache policies: %1. Warm caches make start-up faster; these runs are not "
                                 "comparable.")
                    .arg(values.join(QStringLiteral(" vs ")));
    }
}

void versionWarnings(const ResultSets& sets, const QStringList& labels, QStringList* out)
{
    QStringList runtimes;
    for (const auto& rs : sets) {
        for (const QString& id : rs->experiment.value(QStringLiteral("runtimes")).toObject().keys()) {
            if (!runtimes.contains(id)) {
                runtimes << id;
            }
        }
    }
    for (const QString& id : runtimes) {
        QStringList values;
        QSet<QString> distinct;
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const QJsonObject rt =
                sets[i]->experiment.value(QStringLiteral("runtimes")).toObject().value(id).toObject();
            const QString version = rt.value(QStringLiteral("version")).toString();
            if (!version.isEmpty()) {
                distinct.insert(version);
                values << QStringLiteral("%1 (%2)").arg(version, labels[i]);
            }
        }
        if (distinct.size() > 1) {
            //: %1: runtime id; %2: each version with its set
            *out << TrComparison::tr("Runtime %1 ran in different versions: %2.")
                        .arg(id, values.join(QStringLiteral(" vs ")));
        }
    }
}

} // namespace

QStringList setLabels(const ResultSets& sets)
{
    QStringList labels;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QString base = sets[i]->dir.isEmpty() ? QStringLiteral("set %1").arg(i + 1)
                                                    : QFileInfo(QDir::cleanPath(sets[i]->dir)).fileName();
        QString label = base;
        for (int k = 2; labels.contains(label); ++k) {
            label = QStringLiteral("%1#%2").arg(base).arg(k);
        }
        labels << label;
    }
    return labels;
}

QStringList metricsOfSets(const ResultSets& sets)
{
    QStringList metrics;
    for (const auto& rs : sets) {
        for (const QString& m : metricsOf(*rs)) {
            if (!metrics.contains(m)) {
                metrics << m;
            }
        }
    }
    return metrics;
}

std::vector<stats::NamedSample> comparisonSamples(const ResultSets& sets, const QString& metric, QStringList* problems)
{
    const QStringList labels = setLabels(sets);
    std::vector<stats::NamedSample> all;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        for (stats::NamedSample& s : resultSamples(*sets[i], labels[i], metric, problems)) {
            if (sets.size() > 1) {
                s.name = QString(labels[i] + QStringLiteral(": ") + s.name);
            }
            all.push_back(std::move(s));
        }
    }
    return all;
}

QStringList comparabilityWarnings(const ResultSets& sets)
{
    QStringList out;
    const QStringList labels = setLabels(sets);
    for (qsizetype i = 0; i < sets.size(); ++i) { // a merged multi-host set's own clock warnings
        for (const QString& w : clockWarnings(sets[i]->experiment)) {
            out << (sets.size() > 1 ? QString(labels[i] + QStringLiteral(": ") + w) : w);
        }
    }
    if (sets.size() < 2) {
        return out;
    }
    machineWarnings(sets, labels, &out);
    cacheWarning(sets, labels, &out);
    versionWarnings(sets, labels, &out);
    return out;
}

std::vector<stats::Ecdf> drawableEcdfs(const std::vector<stats::NamedSample>& samples)
{
    std::vector<stats::Ecdf> out;
    out.reserve(samples.size());
    for (const stats::NamedSample& s : samples) {
        out.push_back(stats::reduceEcdf(stats::ecdf(s.values), kEcdfSteps));
    }
    return out;
}

std::shared_ptr<const ResultSet> combinedSet(const ResultSets& sets)
{
    if (sets.size() <= 1) {
        return sets.isEmpty() ? nullptr : sets.front();
    }
    auto combined = std::make_shared<ResultSet>();
    ResultSet& out = *combined;
    const QStringList labels = setLabels(sets);
    int offset = 0;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        int configs = 0;
        for (RunRecord r : sets[i]->runs) {
            configs = std::max(configs, r.spec.configIndex + 1);
            r.spec.configIndex += offset;
            r.spec.runtime = QString(labels[i] + QStringLiteral(": ") + r.spec.runtime);
            out.runs << std::move(r);
        }
        for (const QString& w : sets[i]->warnings) {
            out.warnings << QString(labels[i] + QStringLiteral(": ") + w);
        }
        offset += configs;
        out.experiment = sets[i]->experiment;
    }
    return combined;
}

Comparison buildComparison(const ResultSets& sets, const QString& metric, stats::ReportOptions options)
{
    Comparison c;
    c.metric = metric;
    c.samples = comparisonSamples(sets, metric, &c.problems);
    const bool known = std::any_of(
        c.samples.begin(), c.samples.end(), [&](const stats::NamedSample& s) { return s.name == options.baseline; });
    if (!known) {
        options.baseline.clear();
    }
    c.baseline = options.baseline;
    // Group names are [label: ]runtime/workload/scenario (stats::groupsFromResults()): combinedSet()'s runtimes.
    c.baselineRuntime = c.baseline.section(QLatin1Char('/'), 0, 0);
    c.report = stats::buildReport(c.samples, options);
    c.ecdfs = drawableEcdfs(c.samples);
    c.warnings = comparabilityWarnings(sets);
    return c;
}

} // namespace rb
