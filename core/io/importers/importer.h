// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace rb {

/// Why a file could not be imported: the file, the line (0 when unknown) and the field at fault.
struct ImportError
{
    QString file;
    int line = 0;
    QString field; ///< e.g. "results[0].times[3]", "header", "Mean [ms]"
    QString message;
    /// "file:line: field: message" (":line" and "field: " left out when unknown).
    QString text() const;
};

/// Where a streamed import puts the runs it reads, one at a time (runbench-cli import of one large file).
class RunSink
{
public:
    virtual ~RunSink() = default;
    /// Called once, before the first run, with the experiment of the folder to write (its sources incomplete).
    virtual bool begin(const QJsonObject& experiment, QString* error) = 0;
    virtual bool run(const RunRecord& run, QString* error) = 0;
};

/// Reads the results of another benchmarking tool into a ResultSet (docs/import.md). Stateless: any thread.
///
/// Every importer fills `experiment["sources"]` with one entry per file (`file`, `format`, `tool`,
/// `tool_version` or null, `runs`: run id → line) and marks values that are summaries of runs it has not got
/// (a mean without its samples) with a metric suffix (`wall_ms_mean`, `wall_ms_stddev`, …), so statistics on
/// `wall_ms` never treat a mean as one observation.
class Importer
{
public:
    virtual ~Importer() = default;
    /// What `--format` calls it, e.g. "hyperfine-json".
    virtual QString name() const = 0;
    /// How sure (0–100) this importer is that it reads `path`, given the file's first bytes (up to 4 KiB).
    /// 0: not this format. Decided by content; the extension only breaks ties.
    /// A directory is offered too, with an empty `head`: importers of trees (a Criterion `target/criterion`
    /// folder, a folder of one-number-per-line files) claim the layout they read; the others return 0 for a
    /// directory. A directory no importer claims is imported file by file (ImporterRegistry::importTree).
    virtual int sniff(const QString& path, const QByteArray& head) const = 0;
    /// Reads the whole file. On failure returns nullopt and fills `error`.
    virtual std::optional<ResultSet> import(const QString& path, ImportError* error) const = 0;
    /// import() as every caller should use it: an error the importer could place only by its field (a JSON
    /// member: JSON parsers give no lines) gets the line where that member's key is in the file (or line 1).
    std::optional<ResultSet> read(const QString& path, ImportError* error) const;
    /// True when stream() reads in bounded memory (a number file of any size).
    virtual bool streams() const
    {
        return false;
    }
    /// Reads `path` run by run into `sink`. Returns the set without its runs: the experiment to write once all
    /// runs are in (sources complete) and the warnings. Default: import(), then each run in order.
    virtual std::optional<ResultSet> stream(const QString& path, RunSink& sink, ImportError* error) const;
};

} // namespace rb
