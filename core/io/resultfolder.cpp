// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultfolder.h"

#include "csv.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMap>

namespace rb {

namespace resultformat {

QStringList runsColumns()
{
    return { QStringLiteral("run_id"), QStringLiteral("index"), QStringLiteral("config"), QStringLiteral("runtime"),
        QStringLiteral("workload"), QStringLiteral("scenario"), QStringLiteral("params"), QStringLiteral("repetition"),
        QStringLiteral("warmup"), QStringLiteral("started_utc"), QStringLiteral("ok"), QStringLiteral("exit_code"),
        QStringLiteral("error") };
}

QStringList timeseriesColumns()
{
    return { QStringLiteral("run_id"), QStringLiteral("t_ms"), QStringLiteral("series"), QStringLiteral("value") };
}

QStringList latencyColumns()
{
    return { QStringLiteral("run_id"), QStringLiteral("up_to_us"), QStringLiteral("count") };
}

QStringList seriesRow(const RunRecord& r, const SeriesPoint& p)
{
    return { r.spec.runId, QString::number(p.tMs, 'g', 12), p.series, QString::number(p.value, 'g', 17) };
}

QStringList latencyRow(const RunRecord& r, const LatencyBucket& b)
{
    return { r.spec.runId, QString::number(b.upToUs, 'g', 17), QString::number(b.count) };
}

QStringList samplesColumns()
{
    return { QStringLiteral("run_id"), QStringLiteral("runtime"), QStringLiteral("workload"),
        QStringLiteral("scenario"), QStringLiteral("params"), QStringLiteral("repetition"), QStringLiteral("warmup"),
        QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("ok"),
        QStringLiteral("error") };
}

static QString scenarioName(const RunSpec& s)
{
    return s.scenario.name.isEmpty() ? s.scenario.kind : s.scenario.name;
}

static QString paramsText(const RunSpec& s)
{
    return s.scenario.params.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(s.scenario.params).toJson(QJsonDocument::Compact));
}

QStringList runRow(const RunRecord& r)
{
    const RunSpec& s = r.spec;
    return { s.runId, QString::number(s.index), QString::number(s.configIndex), s.runtime, s.workload.label(),
        scenarioName(s), paramsText(s), QString::number(s.repetition),
        s.warmup ? QStringLiteral("1") : QStringLiteral("0"), r.startedUtc.toString(Qt::ISODateWithMs),
        r.ok ? QStringLiteral("1") : QStringLiteral("0"), QString::number(r.exitCode), r.error };
}

QStringList sampleRow(const RunRecord& r, const Measurement& m)
{
    const RunSpec& s = r.spec;
    return { s.runId, s.runtime, s.workload.label(), scenarioName(s), paramsText(s), QString::number(s.repetition),
        s.warmup ? QStringLiteral("1") : QStringLiteral("0"), m.metric, QString::number(m.value, 'g', 17), m.unit,
        r.ok ? QStringLiteral("1") : QStringLiteral("0"), r.error };
}

} // namespace resultformat

QString ResultSet::status() const
{
    return experiment.value(QStringLiteral("status")).toString(QStringLiteral("unknown"));
}

QList<RunSpec> ResultSet::configurations() const
{
    QMap<int, RunSpec> byIndex;
    for (const RunRecord& r : runs) {
        if (!byIndex.contains(r.spec.configIndex)) {
            byIndex.insert(r.spec.configIndex, r.spec);
        }
    }
    return byIndex.values();
}

namespace {

// Reads a CSV whose header must start with `columns`; calls `row` for each complete data row.
template <typename F>
bool readTable(const QString& path, const QStringList& columns, QStringList& warnings, QString* error, F&& rowFn)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = path + QStringLiteral(": cannot read: ") + f.errorString();
        }
        return false;
    }
    csv::Reader reader(&f);
    QStringList header;
    if (!reader.readRow(header) || header.mid(0, columns.size()) != columns) {
        if (error) {
            *error = path + QStringLiteral(":1: expected the header \"%1\"").arg(columns.join(QLatin1Char(',')));
        }
        return false;
    }
    QStringList row;
    while (reader.readRow(row)) {
        if (!reader.lastRowTerminated()) {
            warnings << QStringLiteral("%1:%2: last line is incomplete (the writer was interrupted); ignored")
                            .arg(path)
                            .arg(reader.line());
            break;
        }
        if (row.size() < columns.size()) {
            warnings << QStringLiteral("%1:%2: expected %3 fields, found %4; line ignored")
                            .arg(path)
                            .arg(reader.line())
                            .arg(columns.size())
                            .arg(row.size());
            continue;
        }
        rowFn(row);
    }
    return true;
}

WorkloadRef workloadFromLabel(const QString& label)
{
    const QStringList parts = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return WorkloadRef { parts.value(0), parts.mid(1) };
}

// timeseries.csv and latency.csv (RunRecord::series, ::latency) when the folder has them: scenarios without a
// timeline or histogram write neither. Rows of runs without a runs.csv row (cut by a crash) are ignored.
bool loadSideTables(ResultSet& rs, const QHash<QString, qsizetype>& byId, QString* error)
{
    const QString series = rs.dir + QLatin1Char('/') + QLatin1String(resultformat::kTimeseriesFile);
    if (QFile::exists(series)
        && !readTable(series, resultformat::timeseriesColumns(), rs.warnings, error, [&](const QStringList& c) {
               if (byId.contains(c[0])) {
                   rs.runs[byId.value(c[0])].series << SeriesPoint { c[1].toDouble(), c[2], c[3].toDouble() };
               }
           })) {
        return false;
    }
    const QString latency = rs.dir + QLatin1Char('/') + QLatin1String(resultformat::kLatencyFile);
    return !QFile::exists(latency)
        || readTable(latency, resultformat::latencyColumns(), rs.warnings, error, [&](const QStringList& c) {
               if (byId.contains(c[0])) {
                   rs.runs[byId.value(c[0])].latency << LatencyBucket { c[1].toDouble(), c[2].toLongLong() };
               }
           });
}

} // namespace

std::optional<ResultSet> loadResultFolder(const QString& dir, QString* error)
{
    ResultSet rs;
    rs.dir = dir;
    QFile ej(dir + QLatin1Char('/') + QLatin1String(resultformat::kExperimentFile));
    if (!ej.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = ej.fileName() + QStringLiteral(": cannot read: ") + ej.errorString()
                + QStringLiteral(" (not a Runbench results folder?)");
        }
        return std::nullopt;
    }
    QJsonParseError perr;
    rs.experiment = QJsonDocument::fromJson(ej.readAll(), &perr).object();
    if (perr.error != QJsonParseError::NoError
        || rs.experiment.value(QStringLiteral("format")).toString() != QLatin1String("runbench-results")) {
        if (error) {
            *error = ej.fileName() + QStringLiteral(": expected a JSON object with \"format\": \"runbench-results\"");
        }
        return std::nullopt;
    }
    QHash<QString, qsizetype> byId;
    const QString runsPath = dir + QLatin1Char('/') + QLatin1String(resultformat::kRunsFile);
    if (!QFile::exists(runsPath)) {
        rs.warnings << runsPath + QStringLiteral(": missing; no run finished");
        return rs;
    }
    const bool ok = readTable(runsPath, resultformat::runsColumns(), rs.warnings, error, [&](const QStringList& c) {
        RunRecord r;
        r.spec.runId = c[0];
        r.spec.index = c[1].toInt();
        r.spec.configIndex = c[2].toInt();
        r.spec.runtime = c[3];
        r.spec.workload = workloadFromLabel(c[4]);
        r.spec.scenario.kind = c[5]; // the scenario's name (its kind unless the spec named it)
        r.spec.scenario.name = c[5];
        r.spec.scenario.params = QJsonDocument::fromJson(c[6].toUtf8()).object();
        r.spec.repetition = c[7].toInt();
        r.spec.warmup = c[8] == QLatin1String("1");
        r.startedUtc = QDateTime::fromString(c[9], Qt::ISODateWithMs);
        r.ok = c[10] == QLatin1String("1");
        r.exitCode = c[11].toInt();
        r.error = c[12];
        if (byId.contains(r.spec.runId)) {
            rs.warnings
                << QStringLiteral("%1: run %2 recorded twice; the later one is kept").arg(runsPath, r.spec.runId);
            rs.runs[byId.value(r.spec.runId)] = r;
            return;
        }
        byId.insert(r.spec.runId, rs.runs.size());
        rs.runs << r;
    });
    if (!ok) {
        return std::nullopt;
    }
    const QString samplesPath = dir + QLatin1Char('/') + QLatin1String(resultformat::kSamplesFile);
    QHash<QString, QList<Measurement>> samples;
    if (!readTable(samplesPath, resultformat::samplesColumns(), rs.warnings, error, [&](const QStringList& c) {
            if (byId.contains(c[0])) { // samples of a run without a runs.csv row were cut by a crash
                samples[c[0]] << Measurement { c[7], c[8].toDouble(), c[9] };
            }
        })) {
        return std::nullopt;
    }
    for (RunRecord& r : rs.runs) {
        r.measurements = samples.value(r.spec.runId);
    }
    if (!loadSideTables(rs, byId, error)) {
        return std::nullopt;
    }
    return rs;
}

} // namespace rb
