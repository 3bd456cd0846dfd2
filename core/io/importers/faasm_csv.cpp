// SPDX-License-Identifier: GPL-3.0-or-later
// faasm runtime benchmark CSVs (faasm/faasm@3cc96890 tasks/bench_time.py, tasks/bench_mem.py): Python Decimal
// strings. Time: Runtime,Measure,Value,Iterations,ValuePerIteration. Memory: Runtime,Measure,Value,Workers,
// ValuePerWorker. The per-iteration / per-worker column is not read: it is recomputed from Value (docs/import.md).
#include "importedrun.h"
#include "io/csv.h"
#include "system.h"

#include <QFile>
#include <QHash>
#include <cmath>

namespace rb {
namespace {

enum class Kind
{
    Time,
    Memory
};

class FaasmCsv final : public Importer
{
public:
    explicit FaasmCsv(Kind kind)
        : m_kind(kind)
    {
    }
    QString name() const override
    {
        return m_kind == Kind::Time ? QStringLiteral("faasm-time-csv") : QStringLiteral("faasm-mem-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith(header().toUtf8()) ? 95 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;

private:
    QString header() const
    {
        return m_kind == Kind::Time ? QStringLiteral("Runtime,Measure,Value,Iterations,ValuePerIteration")
                                    : QStringLiteral("Runtime,Measure,Value,Workers,ValuePerWorker");
    }
    QStringList measures() const
    {
        return m_kind == Kind::Time ? QStringList { QStringLiteral("cpu_cycles"), QStringLiteral("elapsed_seconds") }
                                    : QStringList { QStringLiteral("VSS"), QStringLiteral("USS"), QStringLiteral("PSS"),
                                          QStringLiteral("RSS"), QStringLiteral("Shared"), QStringLiteral("Text"),
                                          QStringLiteral("Lib"), QStringLiteral("Data"), QStringLiteral("Dirty") };
    }
    /// The metrics of one row: value as written, n = iterations or workers.
    QList<Measurement> metrics(const QString& measure, double value, double n) const;
    Kind m_kind;
};

QList<Measurement> FaasmCsv::metrics(const QString& measure, double value, double n) const
{
    const QString ms = QStringLiteral("ms");
    if (m_kind == Kind::Memory) {
        // Sums over the process tree (for docker: dockerd, containerd and every shim and container)
        const QString base = measure.toLower() + QStringLiteral("_kb_");
        return { { QString(base + QStringLiteral("total")), value / 1024, QStringLiteral("KiB") },
            { QString(base + QStringLiteral("per_instance")), value / 1024 / n, QStringLiteral("KiB") } };
    }
    if (measure == QLatin1String("elapsed_seconds")) {
        return { { QStringLiteral("elapsed_ms"), value * 1000, ms },
            { QStringLiteral("wall_ms_per_iteration"), value * 1000 / n, ms } };
    }
    // faasm wrote cycles already divided by the iterations; its ValuePerIteration divides a second time
    return { { QStringLiteral("cycles"), value * n, QStringLiteral("count") },
        { QStringLiteral("cycles_per_iteration"), value, QStringLiteral("count") } };
}

std::optional<ResultSet> FaasmCsv::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    csv::Reader reader(&f);
    QStringList row;
    if (!reader.readRow(row) || row.join(QLatin1Char(',')) != header()) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected \"%2\"").arg(row.join(QLatin1Char(',')).left(120), header()) };
        return std::nullopt;
    }
    const QString count = m_kind == Kind::Time ? QStringLiteral("Iterations") : QStringLiteral("Workers");
    const QString factor = m_kind == Kind::Time ? QStringLiteral("iterations") : QStringLiteral("workers");
    const QString workload = m_kind == Kind::Time ? QStringLiteral("noop") : QStringLiteral("sleep");
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("faasm"), {});
    QList<RunRecord> runs;
    QList<int> lines;
    QHash<QString, int> indexOf; // runtime / n / repetition → index in runs
    QHash<QString, int> seen; // runtime / measure / n → rows so far
    while (reader.readRow(row)) {
        if (row.size() == 1 && row.first().isEmpty()) {
            continue;
        }
        if (row.size() != 5) {
            *error = { path, reader.line(), {}, QStringLiteral("found %1 fields, expected 5").arg(row.size()) };
            return std::nullopt;
        }
        if (row[0].trimmed().isEmpty()) {
            *error = { path, reader.line(), QStringLiteral("Runtime"),
                QStringLiteral("empty, expected a runtime name") };
            return std::nullopt;
        }
        if (!measures().contains(row[1])) {
            *error = { path, reader.line(), QStringLiteral("Measure"),
                QStringLiteral("found \"%1\", expected one of %2").arg(row[1].left(40), measures().join(u'|')) };
            return std::nullopt;
        }
        bool okV = false;
        bool okN = false;
        const double value = row[2].toDouble(&okV);
        const int n = row[3].toInt(&okN);
        if (!okV || !std::isfinite(value) || value < 0 || !okN || n <= 0) {
            const bool badValue = !okV || !std::isfinite(value) || value < 0;
            *error = { path, reader.line(), badValue ? QStringLiteral("Value") : count,
                QStringLiteral("found \"%1\", expected %2")
                    .arg(badValue ? row[2].left(40) : row[3].left(40),
                        badValue ? QStringLiteral("a number ≥ 0") : QStringLiteral("a whole number > 0")) };
            return std::nullopt;
        }
        const QString stem = row[0] + QLatin1Char('/') + QString::number(n);
        const int repetition = ++seen[stem + QLatin1Char('/') + row[1]];
        const QString key = stem + QLatin1Char('/') + QString::number(repetition);
        if (!indexOf.contains(key)) {
            indexOf.insert(key, int(runs.size()));
            runs << importing::makeRun(row[0], name(), workload, QJsonObject { { factor, n } }, repetition);
            lines << reader.line();
        }
        runs[indexOf.value(key)].measurements << metrics(row[1], value, n);
    }
    if (runs.isEmpty()) {
        *error = { path, reader.line() + 1, {}, QStringLiteral("no rows after the header") };
        return std::nullopt;
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        importing::addRun(set, runs[i], lines[i]);
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeFaasmTimeCsvImporter()
{
    return std::make_unique<FaasmCsv>(Kind::Time);
}

std::unique_ptr<Importer> makeFaasmMemCsvImporter()
{
    return std::make_unique<FaasmCsv>(Kind::Memory);
}

} // namespace rb
