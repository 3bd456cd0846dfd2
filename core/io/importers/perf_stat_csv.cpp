// SPDX-License-Identifier: GPL-3.0-or-later
// `perf stat -x,` output: value,unit,event,[variance%,]run-time,percentage[,metric-value,metric-unit] per event,
// preceded by a timestamp with `-I ms`; "# started on …" comment lines (with `-o` / `--append`) start a run.
#include "importedrun.h"
#include "system.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace rb {
namespace {

const QString kNotCounted = QStringLiteral("<not counted>");
const QString kNotSupported = QStringLiteral("<not supported>");

bool isNumber(const QString& s)
{
    bool ok = false;
    s.toDouble(&ok);
    return ok;
}

/// "task-clock" → "task_clock", "cycles:u" → "cycles_u".
QString metricOf(const QString& event)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString m = event.toLower().replace(other, QStringLiteral("_"));
    while (m.endsWith(QLatin1Char('_'))) {
        m.chop(1);
    }
    while (m.startsWith(QLatin1Char('_'))) {
        m.remove(0, 1);
    }
    return m;
}

/// One event line, split and with the interval timestamp (if any) taken off.
struct EventLine
{
    double tS = -1; ///< interval end in s (`-I`), -1 otherwise
    QStringList f; ///< value, unit, event, [variance%,] run-time, …
    bool hasVariance() const
    {
        return f.size() > 3 && f[3].endsWith(QLatin1Char('%'));
    }
};

/// Splits a line; interval mode is told by a number in front of the value (the event is then the 4th field).
std::optional<EventLine> split(const QString& line)
{
    EventLine e;
    e.f = line.split(QLatin1Char(','));
    if (e.f.size() >= 6 && isNumber(e.f[0]) && !isNumber(e.f[3]) && !e.f[3].endsWith(QLatin1Char('%'))) {
        e.tS = e.f.takeFirst().toDouble();
    }
    if (e.f.size() < 5 || e.f[2].isEmpty()) {
        return std::nullopt;
    }
    return e;
}

class PerfStatCsv final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("perf-stat-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        for (const QByteArray& raw : head.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const auto e = split(line);
            const bool value = e && (isNumber(e->f[0]) || e->f[0] == kNotCounted || e->f[0] == kNotSupported);
            return value && isNumber(e->f[e->hasVariance() ? 4 : 3]) ? 85 : 0;
        }
        return 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

/// The run being read: events seen (a repeated one starts the next run unless in interval mode).
struct Current
{
    RunRecord run;
    int line = 0;
    QSet<QString> events;
    QHash<QString, int> sumIndex; ///< interval mode: metric → index in run.measurements of its sum
};

std::optional<ResultSet> PerfStatCsv::import(const QString& path, ImportError* error) const
{
    const QString workload = QFileInfo(path).completeBaseName();
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("perf"), {});
    std::optional<Current> cur;
    auto finish = [&] {
        if (cur && !cur->events.isEmpty()) {
            importing::addRun(set, cur->run, cur->line);
        }
        cur.reset();
    };
    int n = 0;
    const auto lines = importing::readCompleteLines(path, error);
    if (!lines) {
        return std::nullopt;
    }
    for (const QByteArray& raw : *lines) {
        ++n;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("# started on"))) {
            finish();
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const auto e = split(line);
        if (!e) {
            *error = { path, n, {},
                QStringLiteral("found \"%1\", expected value,unit,event,run-time,percentage,… (perf stat -x,)")
                    .arg(line.left(60)) };
            return std::nullopt;
        }
        const QString& event = e->f[2];
        const bool interval = e->tS >= 0;
        if (cur && !interval && cur->events.contains(event)) {
            finish(); // the same event again: the next run of a file of concatenated outputs
        }
        if (!cur) {
            cur = Current {};
            cur->line = n;
            cur->run = importing::makeRun(QStringLiteral("perf"), name(), workload, {}, int(set.runs.size()) + 1);
        }
        cur->events.insert(event);
        const QString& value = e->f[0];
        if (value == kNotCounted || value == kNotSupported) {
            set.warnings << QStringLiteral("%1:%2: %3: %4 (missing, not 0)").arg(path).arg(n).arg(event, value);
            continue;
        }
        bool ok = false;
        double v = value.toDouble(&ok);
        if (!ok) {
            *error = { path, n, QStringLiteral("value"),
                QStringLiteral("found \"%1\" (event \"%2\"), expected a number, <not counted> or <not supported>")
                    .arg(value.left(40), event.left(40)) };
            return std::nullopt;
        }
        const bool msec = e->f[1] == QLatin1String("msec");
        if (metricOf(event).isEmpty()) {
            *error = { path, n, QStringLiteral("event"),
                QStringLiteral("found \"%1\", expected an event name (cycles, task-clock, …)").arg(event.left(40)) };
            return std::nullopt;
        }
        const QString metric = metricOf(event) + (msec ? QStringLiteral("_ms") : QString());
        const QString unit = msec ? QStringLiteral("ms") : e->f[1].isEmpty() ? QStringLiteral("count") : e->f[1];
        if (interval) {
            cur->run.series << SeriesPoint { e->tS * 1000, metric, v };
            if (!cur->sumIndex.contains(metric)) {
                cur->sumIndex.insert(metric, int(cur->run.measurements.size()));
                cur->run.measurements << Measurement { metric, 0, unit };
            }
            cur->run.measurements[cur->sumIndex.value(metric)].value += v; // interval counts are deltas
        } else if (e->hasVariance()) {
            // -r N: the mean of N runs perf has not kept; the variance column is the relative standard error
            cur->run.measurements << Measurement { QString(metric + QStringLiteral("_mean")), v, unit };
            cur->run.measurements << Measurement { QString(metric + QStringLiteral("_mean_rel_stderr_pct")),
                e->f[3].chopped(1).toDouble(), QStringLiteral("%") };
        } else {
            cur->run.measurements << Measurement { metric, v, unit };
        }
    }
    finish();
    if (set.runs.isEmpty()) {
        *error = { path, qMax(n, 1), {}, QStringLiteral("no perf stat -x, event line found") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makePerfStatCsvImporter()
{
    return std::make_unique<PerfStatCsv>();
}

} // namespace rb
