// SPDX-License-Identifier: GPL-3.0-or-later
// Criterion.rs target/criterion (src/fs.rs, src/report.rs BenchmarkId, src/lib.rs SavedSample, src/estimate.rs):
// one folder per benchmark with new/{benchmark,sample,estimates,tukey}.json. The folder names are sanitised
// (make_filename_safe), so names come from benchmark.json's full_id. base/ (the previous run) and report/
// (HTML) are skipped; change/ (relative change against base/) is not a measurement and is skipped too.
#include "criterion.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb {
namespace {

/// Folders under `root` (or `root` itself) that hold new/benchmark.json, sorted.
QStringList benchmarkDirs(const QString& root)
{
    QStringList out;
    if (QFileInfo::exists(QString(root + QStringLiteral("/new/benchmark.json")))) {
        out << root;
        return out;
    }
    QDirIterator it(root, { QStringLiteral("benchmark.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        if (fi.dir().dirName() == QLatin1String("new") && !fi.filePath().contains(QLatin1String("/report/"))) {
            out << QFileInfo(fi.dir().path()).path();
        }
    }
    out.sort();
    return out;
}

class CriterionDir final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("criterion-dir");
    }
    int sniff(const QString& path, const QByteArray&) const override
    {
        if (!QFileInfo(path).isDir()) {
            return 0;
        }
        return QFileInfo::exists(QString(path + QStringLiteral("/new/benchmark.json"))) ? 95
            : benchmarkDirs(path).isEmpty()                                             ? 0
                                                                                        : 90;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<QJsonObject> readObject(const QString& file, ImportError* error)
{
    const auto json = importing::readJson(file, error);
    if (!json) {
        return std::nullopt;
    }
    if (!json->doc.isObject()) {
        *error = { file, 1, {}, QStringLiteral("expected a JSON object") };
        return std::nullopt;
    }
    return json->doc.object();
}

/// The estimates (ns per iteration) as summary metrics in ms: time_ms_<stat>, _ci_low, _ci_high, _se.
bool addEstimates(const QString& file, const QJsonObject& est, QList<Measurement>& ms, ImportError* error)
{
    const std::pair<const char*, const char*> stats[] = { { "mean", "mean" }, { "median", "median" },
        { "std_dev", "stddev" }, { "median_abs_dev", "mad" }, { "slope", "slope" } };
    for (const auto& [key, stat] : stats) {
        const QJsonValue v = est.value(QLatin1String(key));
        if (v.isNull() && QLatin1String(key) == QLatin1String("slope")) {
            continue; // null unless linear sampling
        }
        const QJsonObject e = v.toObject();
        const QJsonObject ci = e.value(QStringLiteral("confidence_interval")).toObject();
        const QJsonValue values[] = { e.value(QStringLiteral("point_estimate")),
            ci.value(QStringLiteral("lower_bound")), ci.value(QStringLiteral("upper_bound")),
            e.value(QStringLiteral("standard_error")) };
        const char* suffixes[] = { "", "_ci_low", "_ci_high", "_se" };
        const char* fields[] = { ".point_estimate", ".confidence_interval.lower_bound",
            ".confidence_interval.upper_bound", ".standard_error" };
        for (int k = 0; k < 4; ++k) {
            if (!values[k].isDouble()) {
                *error = { file, 1, QString(QLatin1String(key) + QLatin1String(fields[k])),
                    QStringLiteral("missing or not a number (ns)") };
                return false;
            }
            ms << Measurement { QString(QStringLiteral("time_ms_") + QLatin1String(stat) + QLatin1String(suffixes[k])),
                values[k].toDouble() * 1e-6, QStringLiteral("ms") };
        }
        if (QLatin1String(key) == QLatin1String("mean")) {
            ms << Measurement { QStringLiteral("ci_level"), ci.value(QStringLiteral("confidence_level")).toDouble(),
                QString() };
        }
    }
    return true;
}

bool readBenchmark(const QString& dir, ResultSet& set, ImportError* error)
{
    const QString base = QString(dir + QStringLiteral("/new/"));
    const auto bench = readObject(QString(base + QStringLiteral("benchmark.json")), error);
    const auto sample = bench ? readObject(QString(base + QStringLiteral("sample.json")), error) : std::nullopt;
    const auto est = sample ? readObject(QString(base + QStringLiteral("estimates.json")), error) : std::nullopt;
    if (!est) {
        return false;
    }
    const QString id = bench->value(QStringLiteral("full_id")).toString();
    if (id.isEmpty()) {
        *error = { QString(base + QStringLiteral("benchmark.json")), 1, QStringLiteral("full_id"),
            QStringLiteral("missing or not a string") };
        return false;
    }
    const QString sampleFile = QString(base + QStringLiteral("sample.json"));
    const QJsonArray iters = sample->value(QStringLiteral("iters")).toArray();
    const QJsonArray times = sample->value(QStringLiteral("times")).toArray();
    if (iters.isEmpty() || iters.size() != times.size()) {
        *error = { sampleFile, 1, QStringLiteral("iters"),
            QStringLiteral("expected iters[] and times[] of the same, non-zero length (found %1 and %2)")
                .arg(iters.size())
                .arg(times.size()) };
        return false;
    }
    QJsonObject params;
    for (const char* key : { "group_id", "function_id", "value_str" }) {
        const QJsonValue v = bench->value(QLatin1String(key));
        if (v.isString()) {
            params.insert(
                QString::fromLatin1(key).section(QLatin1Char('_'), 0, 0), importing::factorValue(v.toString()));
        }
    }
    // throughput: null or {"Bytes"|"BytesDecimal"|"Elements"|"Bits": n} per iteration.
    const QJsonObject tp = bench->value(QStringLiteral("throughput")).toObject();
    const QString tpKind = tp.isEmpty() ? QString() : tp.begin().key();
    const double tpPerIter = tp.isEmpty() ? 0 : tp.begin().value().toDouble();
    const QString tpMetric = tpKind.startsWith(QLatin1String("Bytes")) ? QStringLiteral("bytes_per_s")
        : tpKind == QLatin1String("Bits")                              ? QStringLiteral("bits_per_s")
                                                                       : QStringLiteral("elements_per_s");
    for (qsizetype i = 0; i < iters.size(); ++i) {
        const double n = iters.at(i).toDouble(-1);
        const double ns = times.at(i).toDouble(-1);
        if (!iters.at(i).isDouble() || !times.at(i).isDouble() || n <= 0 || ns < 0) {
            *error = { sampleFile, 1, QStringLiteral("iters[%1]/times[%1]").arg(i),
                QStringLiteral("expected an iteration count > 0 and a total time ≥ 0 ns") };
            return false;
        }
        RunRecord r =
            importing::makeRun(QStringLiteral("criterion"), QStringLiteral("criterion-dir"), id, params, int(i) + 1);
        const double ms = ns / n * 1e-6;
        r.measurements << Measurement { QStringLiteral("time_ms"), ms, QStringLiteral("ms") }
                       << Measurement { QStringLiteral("iterations"), n, QStringLiteral("count") };
        if (!tpKind.isEmpty() && ms > 0) {
            r.measurements << Measurement { tpMetric, tpPerIter / (ms / 1000.0), QStringLiteral("1/s") };
        }
        if (i == 0 && !addEstimates(QString(base + QStringLiteral("estimates.json")), *est, r.measurements, error)) {
            return false;
        }
        importing::addRun(set, r, 0);
    }
    return true;
}

std::optional<ResultSet> CriterionDir::import(const QString& path, ImportError* error) const
{
    const QStringList dirs = benchmarkDirs(path);
    if (dirs.isEmpty()) {
        *error = { path, 0, {},
            QStringLiteral("no <benchmark>/new/benchmark.json below; expected Criterion's target/criterion folder") };
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("criterion"), {});
    for (const QString& dir : dirs) {
        if (!readBenchmark(dir, set, error)) {
            return std::nullopt;
        }
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeCriterionDirImporter()
{
    return std::make_unique<CriterionDir>();
}

} // namespace rb
