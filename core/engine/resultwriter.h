// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"
#include "model/runrecord.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <memory>

namespace rb {

/// Writes a results folder (format v1) append-only and crash-safe: each run's samples, then its
/// runs.csv row, are flushed and fdatasync'ed before the next run starts; experiment.json is
/// replaced atomically. Used from one thread (the experiment's worker).
class ResultWriter
{
public:
    ResultWriter() = default;
    ResultWriter(const ResultWriter&) = delete;
    ResultWriter& operator=(const ResultWriter&) = delete;
    ~ResultWriter();

    /// Creates `dir` (or, with `resume`, reopens it, keeping its committed runs and dropping any
    /// partial tail). `experiment` is written as experiment.json with "status": "running".
    bool open(const QString& dir, const QJsonObject& experiment, bool resume, QString* error);
    /// Run ids already recorded (resume skips them).
    const QSet<QString>& completedRunIds() const
    {
        return m_done;
    }
    bool append(const RunRecord& record, QString* error);
    /// Imports write many runs that already exist elsewhere: in bulk mode append() only buffers and keeps no
    /// run ids (completedRunIds() stays empty, so memory stays bounded), and finish() flushes and syncs every
    /// table once before it rewrites experiment.json. Default: off, each run synced (crash-safe).
    void setBulk(bool bulk)
    {
        m_bulk = bulk;
    }
    void log(const QString& line);
    /// Rewrites experiment.json with the final status ("complete", "cancelled", "partial") and `extra` keys.
    bool finish(const QString& status, const QJsonObject& extra, QString* error);
    /// Sets one key of experiment.json and rewrites it (atomically), e.g. the prepared artefacts.
    bool annotate(const QString& key, const QJsonValue& value, QString* error);
    QString dir() const
    {
        return m_dir;
    }

private:
    bool writeExperiment(QString* error);
    bool openTable(QFile& f, const QString& name, const QStringList& columns, QString* error);

    QString m_dir;
    QJsonObject m_experiment;
    QFile m_runs;
    QFile m_samples;
    QFile m_timeseries;
    QFile m_latency;
    QFile m_log;
    QSet<QString> m_done;
    bool m_bulk = false;
};

} // namespace rb
