// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultwriter.h"

#include "io/csv.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <unistd.h>

namespace rb {

namespace {

bool syncFile(QFile& f)
{
    return f.flush() && ::fdatasync(f.handle()) == 0;
}

QString path(const QString& dir, const char* name)
{
    return dir + QLatin1Char('/') + QLatin1String(name);
}

// Keeps the header and the rows of committed runs (first column run_id) of a side table, dropping rows an
// interrupted run left: a resumed run writes its rows again. A missing file is fine.
bool keepCommittedRows(const QString& file, const QSet<QString>& committed)
{
    QFile in(file);
    if (!in.exists()) {
        return true;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        return false;
    }
    QSaveFile out(file);
    out.open(QIODevice::WriteOnly);
    csv::Reader reader(&in);
    QStringList row;
    bool header = true;
    while (reader.readRow(row) && reader.lastRowTerminated()) { // a last line cut by the crash is dropped
        if (header || committed.contains(row.value(0))) {
            out.write(csv::line(row).toUtf8());
        }
        header = false;
    }
    return out.commit();
}

} // namespace

ResultWriter::~ResultWriter() = default;

bool ResultWriter::openTable(QFile& f, const QString& name, const QStringList& columns, QString* error)
{
    f.setFileName(name);
    const bool fresh = !f.exists() || f.size() == 0;
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error) {
            *error = name + QStringLiteral(": cannot write: ") + f.errorString();
        }
        return false;
    }
    if (fresh) {
        f.write(csv::line(columns).toUtf8());
        syncFile(f);
    }
    return true;
}

bool ResultWriter::open(const QString& dir, const QJsonObject& experiment, bool resume, QString* error)
{
    m_dir = QDir(dir).absolutePath();
    m_experiment = experiment;
    if (!QDir().mkpath(m_dir)) {
        if (error) {
            *error = m_dir + QStringLiteral(": cannot create folder");
        }
        return false;
    }
    const QString runsPath = path(m_dir, resultformat::kRunsFile);
    if (resume && QFile::exists(path(m_dir, resultformat::kExperimentFile))) {
        // Keep what was committed, drop partial tails, and write both tables back canonically so that
        // appending after them cannot duplicate or orphan a run.
        QString loadError;
        const auto previous = loadResultFolder(m_dir, &loadError);
        if (!previous) {
            if (error) {
                *error = loadError;
            }
            return false;
        }
        m_experiment.insert(QStringLiteral("started_utc"), previous->experiment.value(QStringLiteral("started_utc")));
        QSaveFile runs(runsPath);
        QSaveFile samples(path(m_dir, resultformat::kSamplesFile));
        runs.open(QIODevice::WriteOnly);
        samples.open(QIODevice::WriteOnly);
        runs.write(csv::line(resultformat::runsColumns()).toUtf8());
        samples.write(csv::line(resultformat::samplesColumns()).toUtf8());
        for (const RunRecord& r : previous->runs) {
            runs.write(csv::line(resultformat::runRow(r)).toUtf8());
            for (const Measurement& m : r.measurements) {
                samples.write(csv::line(resultformat::sampleRow(r, m)).toUtf8());
            }
            m_done.insert(r.spec.runId);
        }
        if (!samples.commit() || !runs.commit()
            || !keepCommittedRows(path(m_dir, resultformat::kTimeseriesFile), m_done)
            || !keepCommittedRows(path(m_dir, resultformat::kLatencyFile), m_done)) {
            if (error) {
                *error = m_dir + QStringLiteral(": cannot rewrite the tables for --resume");
            }
            return false;
        }
    } else if (!resume && QFile::exists(runsPath)) {
        if (error) {
            *error =
                m_dir + QStringLiteral(": already holds results (use --resume to continue them, or another folder)");
        }
        return false;
    }
    m_experiment.insert(QStringLiteral("status"), QStringLiteral("running"));
    if (!writeExperiment(error)
        || !openTable(m_samples, path(m_dir, resultformat::kSamplesFile), resultformat::samplesColumns(), error)
        || !openTable(
            m_timeseries, path(m_dir, resultformat::kTimeseriesFile), resultformat::timeseriesColumns(), error)
        || !openTable(m_latency, path(m_dir, resultformat::kLatencyFile), resultformat::latencyColumns(), error)
        || !openTable(m_runs, runsPath, resultformat::runsColumns(), error)) {
        return false;
    }
    m_log.setFileName(path(m_dir, resultformat::kLogFile));
    m_log.open(QIODevice::WriteOnly | QIODevice::Append);
    return true;
}

bool ResultWriter::append(const RunRecord& r, QString* error)
{
    const auto commit = [this](QFile& f) { return m_bulk || syncFile(f); };
    QByteArray sampleBytes;
    for (const Measurement& m : r.measurements) {
        sampleBytes += csv::line(resultformat::sampleRow(r, m)).toUtf8();
    }
    QByteArray seriesBytes;
    for (const SeriesPoint& p : r.series) {
        seriesBytes += csv::line(resultformat::seriesRow(r, p)).toUtf8();
    }
    QByteArray latencyBytes;
    for (const LatencyBucket& b : r.latency) {
        latencyBytes += csv::line(resultformat::latencyRow(r, b)).toUtf8();
    }
    // Samples (and the side tables) first, then the run row that commits them: a crash in between leaves
    // orphan rows, which the reader ignores and --resume drops.
    if (m_samples.write(sampleBytes) != sampleBytes.size() || !commit(m_samples)
        || m_timeseries.write(seriesBytes) != seriesBytes.size() || !commit(m_timeseries)
        || m_latency.write(latencyBytes) != latencyBytes.size() || !commit(m_latency)
        || m_runs.write(csv::line(resultformat::runRow(r)).toUtf8()) < 0 || !commit(m_runs)) {
        if (error) {
            *error = m_dir + QStringLiteral(": write failed: ") + m_runs.errorString();
        }
        return false;
    }
    if (!m_bulk) {
        m_done.insert(r.spec.runId);
    }
    return true;
}

void ResultWriter::log(const QString& line)
{
    if (m_log.isOpen()) {
        m_log.write(
            (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + line + QLatin1Char('\n'))
                .toUtf8());
        m_log.flush();
    }
}

bool ResultWriter::finish(const QString& status, const QJsonObject& extra, QString* error)
{
    for (QFile* f : { &m_samples, &m_timeseries, &m_latency, &m_runs }) {
        if (f->isOpen() && !syncFile(*f)) {
            if (error) {
                *error = f->fileName() + QStringLiteral(": write failed: ") + f->errorString();
            }
            return false;
        }
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        m_experiment.insert(it.key(), it.value());
    }
    m_experiment.insert(QStringLiteral("status"), status);
    m_experiment.insert(QStringLiteral("finished_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return writeExperiment(error);
}

bool ResultWriter::annotate(const QString& key, const QJsonValue& value, QString* error)
{
    m_experiment.insert(key, value);
    return writeExperiment(error);
}

bool ResultWriter::writeExperiment(QString* error)
{
    QSaveFile f(path(m_dir, resultformat::kExperimentFile));
    if (!f.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = f.fileName() + QStringLiteral(": cannot write: ") + f.errorString();
        }
        return false;
    }
    f.write(QJsonDocument(m_experiment).toJson(QJsonDocument::Indented));
    return f.commit();
}

} // namespace rb
