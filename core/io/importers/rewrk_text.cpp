// SPDX-License-Identifier: GPL-3.0-or-later
// rewrk text output (lnx-search/rewrk 0.3.x src/bench.rs, src/results.rs): rounds of summaries, ANSI colours from the
// `colored` crate, times "{:.2}ms", bytes "{:.2} B|KB|MB|GB" (base 1024). The `--pct` table's rows are tail means
// (mean of the slowest (100 − P) % of requests), not percentiles: they are imported as latency_ms_tailmean_<P>.
#include "importedrun.h"
#include "rewrk.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace rb {
namespace {

struct Round
{
    int repetition = 0;
    int line = 0;
    QString url;
    QJsonObject params;
    QList<Measurement> ms;
    QSet<QString> seen;
    QJsonObject errors; // message → count
    int tableLine = 0;
    int tableRows = 0;
    bool noRequests = false;
};

/// "15 second(s)", "1 minute(s), 30 second(s)" → seconds (rewrk's humanize()); nullopt when it does not read.
std::optional<double> humanSeconds(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("^(\\d+) (day|hour|minute|second)\\(s\\)$"));
    double s = 0;
    for (const QString& p : text.split(QStringLiteral(", "))) {
        const auto m = part.match(p);
        if (!m.hasMatch()) {
            return std::nullopt;
        }
        const QString u = m.captured(2);
        s += m.captured(1).toDouble()
            * (u == QLatin1String("day")           ? 86400
                    : u == QLatin1String("hour")   ? 3600
                    : u == QLatin1String("minute") ? 60
                                                   : 1);
    }
    return s;
}

double bytesPerUnit(const QString& unit)
{
    return unit == QLatin1String("GB") ? 1024.0 * 1024 * 1024
        : unit == QLatin1String("MB")  ? 1024.0 * 1024
        : unit == QLatin1String("KB")  ? 1024.0
                                       : 1.0;
}

class RewrkText final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("rewrk-text");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        static const QRegularExpression bench(
            QStringLiteral("^Benchmarking (\\x1b\\[[0-9;]*m)*\\d+"), QRegularExpression::MultilineOption);
        const QString text = QString::fromUtf8(head);
        if (!bench.match(text).hasMatch()) {
            return 0;
        }
        return text.contains(QLatin1String("Beginning round")) || text.contains(QLatin1String("Latencies:")) ? 95 : 80;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

/// Checks that `r` has every block rewrk prints; the message names the first one missing.
bool complete(const Round& r, QString* missing)
{
    if (r.noRequests) {
        return true;
    }
    for (const char* field : { "Benchmarking", "Latencies", "Requests", "Transfer" }) {
        if (!r.seen.contains(QLatin1String(field))) {
            *missing = QLatin1String(field);
            return false;
        }
    }
    if (r.tableLine && r.tableRows < 6) {
        *missing = QStringLiteral("Percentile table (%1 of 6 rows)").arg(r.tableRows);
        return false;
    }
    return true;
}

std::optional<ResultSet> RewrkText::import(const QString& path, ImportError* error) const
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;]*m"));
    static const QRegularExpression roundRe(QStringLiteral("^Beginning round (\\d+)\\.\\.\\.$"));
    static const QRegularExpression benchRe(QStringLiteral("^Benchmarking (\\d+) connections @ (\\S+) for (.+)$"));
    static const QRegularExpression latRe(QStringLiteral("^([0-9.]+)ms\\s+([0-9.]+)ms\\s+([0-9.]+)ms\\s+([0-9.]+)ms$"));
    static const QRegularExpression reqRe(QStringLiteral("^Total:\\s*(\\d+)\\s+Req/Sec:\\s*([0-9.]+)$"));
    static const QRegularExpression xferRe(
        QStringLiteral("^Total:\\s*([0-9.]+) ?(B|KB|MB|GB)\\s+Transfer Rate:\\s*([0-9.]+) ?(B|KB|MB|GB)/Sec$"));
    static const QRegularExpression rowRe(
        QStringLiteral("^\\|\\s*(99\\.9|99|95|90|75|50)%\\s*\\|\\s*([0-9.]+)ms\\s*\\|$"));
    static const QRegularExpression errRe(QStringLiteral("^(\\d+) Errors: (.*)$"));

    const auto lines = importing::readCompleteLines(path, error);
    if (!lines) {
        return std::nullopt;
    }
    const QList<QByteArray>& raw = *lines;
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("rewrk"), {});
    QJsonObject errorsByRun;
    std::optional<Round> open;
    const auto close = [&](int atLine) {
        QString missing;
        if (!complete(*open, &missing)) {
            *error = { path, atLine, missing,
                QStringLiteral("round %1 (line %2) ends before rewrk's \"%3\" output (cut file?)")
                    .arg(open->repetition)
                    .arg(open->line)
                    .arg(missing) };
            return false;
        }
        RunRecord r = importing::makeRun(QStringLiteral("rewrk"), name(), open->url, open->params, open->repetition);
        r.measurements = open->ms;
        double errors = 0;
        for (auto it = open->errors.begin(); it != open->errors.end(); ++it) {
            errors += it.value().toDouble();
        }
        r.measurements << Measurement { QStringLiteral("errors"), errors, QString() };
        if (open->noRequests) {
            r.ok = false;
            r.error = QStringLiteral("rewrk: No requests completed successfully");
            r.measurements << Measurement { QStringLiteral("requests"), 0, QString() };
        }
        if (!open->errors.isEmpty()) {
            errorsByRun.insert(r.spec.runId, open->errors);
        }
        importing::addRun(set, r, open->line);
        open.reset();
        return true;
    };

    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int line = int(i) + 1;
        const QString text = QString::fromUtf8(raw[i]).remove(ansi).trimmed();
        const auto fail = [&](const QString& field, const QString& expected) {
            *error = { path, line, field, QStringLiteral("found \"%1\", expected %2").arg(text.left(80), expected) };
            return std::nullopt;
        };
        QRegularExpressionMatch m;
        if (text.startsWith(QLatin1String("Beginning round"))) {
            if (!(m = roundRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("Beginning round"), QStringLiteral("\"Beginning round N...\""));
            }
            if (open && !close(line)) {
                return std::nullopt;
            }
            open.emplace();
            open->repetition = m.captured(1).toInt();
            open->line = line;
        } else if (text.startsWith(QLatin1String("Benchmarking "))) {
            m = benchRe.match(text);
            const auto secs = m.hasMatch() ? humanSeconds(m.captured(3)) : std::nullopt;
            if (!secs) {
                return fail(QStringLiteral("Benchmarking"),
                    QStringLiteral("\"Benchmarking C connections @ URL for N second(s)\""));
            }
            if (!open || open->seen.contains(QStringLiteral("Benchmarking"))) {
                // A file without "Beginning round" lines (or a pasted excerpt): each block is the next round.
                if (open && !close(line)) {
                    return std::nullopt;
                }
                open.emplace();
                open->repetition = int(set.runs.size()) + 1;
                open->line = line;
            }
            open->url = m.captured(2);
            open->params.insert(QStringLiteral("connections"), m.captured(1).toDouble());
            open->params.insert(QStringLiteral("duration_s"), *secs);
            open->seen.insert(QStringLiteral("Benchmarking"));
        } else if (!open || text.isEmpty() || text == QLatin1String("Latencies:") || text == QLatin1String("Requests:")
            || text == QLatin1String("Transfer:") || text.startsWith(QLatin1String("+ -"))
            || text.contains(QLatin1String("Avg Latency")) || text.startsWith(QLatin1String("Avg "))) {
            continue; // headings and rules; anything before the first round is not rewrk's
        } else if (text == QLatin1String("No requests completed successfully")) {
            open->noRequests = true;
        } else if (text.front().isDigit() && text.contains(QLatin1String("ms"))) {
            if (!(m = latRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("Latencies"), QStringLiteral("\"AVGms STDEVms MINms MAXms\""));
            }
            const char* names[] = { "latency_ms_mean", "latency_ms_stddev", "latency_ms_min", "latency_ms_max" };
            for (int c = 0; c < 4; ++c) {
                open->ms << Measurement { QLatin1String(names[c]), m.captured(c + 1).toDouble(), QStringLiteral("ms") };
            }
            open->seen.insert(QStringLiteral("Latencies"));
        } else if (text.startsWith(QLatin1String("Total:")) && text.contains(QLatin1String("Req/Sec"))) {
            if (!(m = reqRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("Requests"), QStringLiteral("\"Total: N Req/Sec: X\""));
            }
            open->ms << Measurement { QStringLiteral("requests"), m.captured(1).toDouble(), QString() }
                     << Measurement { QStringLiteral("requests_per_s"), m.captured(2).toDouble(),
                            QStringLiteral("1/s") };
            open->seen.insert(QStringLiteral("Requests"));
        } else if (text.startsWith(QLatin1String("Total:"))) {
            if (!(m = xferRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("Transfer"), QStringLiteral("\"Total: X KB Transfer Rate: Y KB/Sec\""));
            }
            open->ms << Measurement { QStringLiteral("read_bytes"),
                m.captured(1).toDouble() * bytesPerUnit(m.captured(2)), QStringLiteral("B") }
                     << Measurement { QStringLiteral("transfer_bytes_per_s"),
                            m.captured(3).toDouble() * bytesPerUnit(m.captured(4)), QStringLiteral("B/s") };
            open->seen.insert(QStringLiteral("Transfer"));
        } else if (text.startsWith(QLatin1Char('|'))) {
            if (!(m = rowRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("Percentile table"), QStringLiteral("\"| P% | Xms |\" (P 99.9…50)"));
            }
            open->tableLine = open->tableLine ? open->tableLine : line;
            ++open->tableRows;
            open->ms << Measurement { QString(QStringLiteral("latency_ms_tailmean_")
                                          + QString(m.captured(1)).replace(QLatin1Char('.'), QLatin1Char('_'))),
                m.captured(2).toDouble(), QStringLiteral("ms") };
        } else if (text.contains(QLatin1String(" Errors: "))) {
            if (!(m = errRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("Errors"), QStringLiteral("\"N Errors: MESSAGE\""));
            }
            open->errors.insert(m.captured(2), open->errors.value(m.captured(2)).toDouble() + m.captured(1).toDouble());
        }
    }
    if (open && !close(int(raw.size()) + 1)) {
        return std::nullopt;
    }
    if (set.runs.isEmpty()) {
        *error = { path, int(raw.size()) + 1, QStringLiteral("Benchmarking"),
            QStringLiteral("no round found; expected rewrk's \"Benchmarking C connections @ URL for T\" line") };
        return std::nullopt;
    }
    importing::setSourceDetail(set, QStringLiteral("errors"), errorsByRun);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeRewrkTextImporter()
{
    return std::make_unique<RewrkText>();
}

} // namespace rb
