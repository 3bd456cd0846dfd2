// SPDX-License-Identifier: GPL-3.0-or-later
// rsx207 `measure_http_hello_scaling.sh` `<TS>_memory.csv`: run,concurrency,instance,timestamp_ms,rss_kb,cpu_pct, one
// row per instance every 0.5 s (ps -o rss=,%cpu= of the instance's PID). One run per (run, concurrency, instance),
// carrying its samples as the series rss_kb and ps_cpu_percent (docs/import.md).
#include "importedrun.h"
#include "io/csv.h"
#include "rsx207.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <climits>
#include <cmath>

namespace rb {
namespace {

const QStringList kColumns { QStringLiteral("run"), QStringLiteral("concurrency"), QStringLiteral("instance"),
    QStringLiteral("timestamp_ms"), QStringLiteral("rss_kb"), QStringLiteral("cpu_pct") };

/// Runtime from `results/raw/<rt>/…/<TS>_memory.csv`, else from the `runtime:` line of the sibling `<TS>_run.log`.
QString runtimeOf(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("results/raw/([^/]+)/[^/]+/[^/]*_memory\\.csv$"));
    const auto m = re.match(QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')));
    if (m.hasMatch()) {
        return m.captured(1);
    }
    const QFileInfo info(path);
    QFile log(info.dir().filePath(
        QString(info.fileName()).replace(QStringLiteral("_memory.csv"), QStringLiteral("_run.log"))));
    if (info.fileName().endsWith(QLatin1String("_memory.csv")) && log.open(QIODevice::ReadOnly)) {
        static const QRegularExpression rt(QStringLiteral("^runtime: (\\S+)$"), QRegularExpression::MultilineOption);
        const auto r = rt.match(QString::fromUtf8(log.read(4096)));
        if (r.hasMatch()) {
            return r.captured(1);
        }
    }
    return {};
}

struct Key
{
    int run, concurrency, instance;
    bool operator<(const Key& o) const
    {
        return std::tie(run, concurrency, instance) < std::tie(o.run, o.concurrency, o.instance);
    }
};

class Rsx207MemoryCsv final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("rsx207-memory-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith("run,concurrency,instance,timestamp_ms,rss_kb,cpu_pct") ? 95 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> Rsx207MemoryCsv::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    csv::Reader reader(&f);
    QStringList row;
    if (!reader.readRow(row) || row != kColumns) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected \"%2\"")
                .arg(row.join(QLatin1Char(',')).left(120), kColumns.join(QLatin1Char(','))) };
        return std::nullopt;
    }
    struct Sample
    {
        double t;
        std::optional<double> rss, cpu;
    };
    QMap<Key, QList<Sample>> runs;
    QMap<Key, int> firstLine;
    QMap<std::pair<int, int>, double> origin; // (run, concurrency) → first timestamp: instances share one clock
    while (reader.readRow(row)) {
        if (row.size() == 1 && row.first().isEmpty()) {
            continue;
        }
        if (!reader.lastRowTerminated()) {
            *error = { path, reader.line(), kColumns.value(row.size() - 1, kColumns.last()),
                QStringLiteral("the file ends in the middle of this row (no newline): a cut write; remove the row to "
                               "import the rest") };
            return std::nullopt;
        }
        if (row.size() != kColumns.size()) {
            *error = { path, reader.line(), {},
                QStringLiteral("found %1 fields, expected %2 (%3)")
                    .arg(row.size())
                    .arg(kColumns.size())
                    .arg(kColumns.join(QLatin1Char(','))) };
            return std::nullopt;
        }
        double v[6] = {};
        bool has[6] = {};
        for (int c = 0; c < 6; ++c) {
            bool ok = false;
            v[c] = row[c].toDouble(&ok);
            has[c] = ok && std::isfinite(v[c]);
            // ps prints nothing for a PID it cannot see (an exited process; Docker's PID inside the VM): missing.
            // run, concurrency and instance are counters: whole numbers an int holds.
            const bool counter = c < 3 && (!has[c] || v[c] != std::trunc(v[c]) || std::abs(v[c]) > INT_MAX);
            if ((!has[c] && !(c >= 4 && row[c].isEmpty())) || counter) {
                *error = { path, reader.line(), kColumns[c],
                    QStringLiteral("found \"%1\", expected %2")
                        .arg(row[c].left(40), c < 3 ? QStringLiteral("a whole number") : QStringLiteral("a number")) };
                return std::nullopt;
            }
        }
        const Key key { int(v[0]), int(v[1]), int(v[2]) };
        firstLine.insert(key, firstLine.value(key, reader.line()));
        const std::pair<int, int> group { key.run, key.concurrency };
        origin.insert(group, std::min(origin.value(group, v[3]), v[3]));
        runs[key] << Sample { v[3], has[4] ? std::optional(v[4]) : std::nullopt,
            has[5] ? std::optional(v[5]) : std::nullopt };
    }
    if (runs.isEmpty()) {
        *error = { path, reader.line() + 1, {}, QStringLiteral("no rows after the header") };
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("rsx207"), {});
    QString runtime = runtimeOf(path);
    if (runtime.isEmpty()) {
        runtime = QStringLiteral("unknown");
        set.warnings << QStringLiteral(
            "%1: runtime unknown (not under results/raw/<runtime>/ and no <TS>_run.log next to it)")
                            .arg(path);
    }
    static const QRegularExpression tsRe(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ)_"));
    const auto ts = tsRe.match(QFileInfo(path).fileName());
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        const Key& k = it.key();
        RunRecord r = importing::makeRun(runtime, name(), QStringLiteral("http-hello-scaling"),
            { { QStringLiteral("concurrency"), k.concurrency } }, k.run);
        r.spec.instance = k.instance;
        r.spec.runId += QStringLiteral(".i%1").arg(k.instance)
            + (ts.hasMatch() ? QString(QLatin1Char('@') + ts.captured(1)) : QString());
        const double t0 = origin.value({ k.run, k.concurrency });
        for (const Sample& s : it.value()) {
            if (s.rss) {
                r.series << SeriesPoint { s.t - t0, QStringLiteral("rss_kb"), *s.rss };
            }
            if (s.cpu) {
                r.series << SeriesPoint { s.t - t0, QStringLiteral("ps_cpu_percent"), *s.cpu };
            }
        }
        importing::addRun(set, r, firstLine.value(k));
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeRsx207MemoryCsvImporter()
{
    return std::make_unique<Rsx207MemoryCsv>();
}

} // namespace rb
