// SPDX-License-Identifier: GPL-3.0-or-later
// hey's default text summary (rakyll/hey requester/print.go): tab-separated labels, seconds with 4 decimals.
#include "hey.h"
#include "importedrun.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace rb {
namespace {

/// Summary and Details labels → metric stems (the Details rows give average, fastest, slowest).
struct Label
{
    const char* label;
    const char* metric;
};
constexpr Label kSummary[] = { { "Total", "duration_ms" }, { "Slowest", "latency_ms_max" },
    { "Fastest", "latency_ms_min" }, { "Average", "latency_ms_mean" } };
constexpr Label kDetails[] = { { "DNS+dialup", "dns_dialup_ms" }, { "DNS-lookup", "dns_ms" },
    { "req write", "request_write_ms" }, { "resp wait", "response_delay_ms" }, { "resp read", "response_read_ms" } };

struct Reader
{
    QString path;
    QList<Measurement> ms;
    QStringList warnings;
    QHash<QString, int> seen;
    ImportError error;

    bool fail(int line, const QString& field, const QString& message)
    {
        error = { path, line, field, message };
        return false;
    }
    /// "0.0067" or " NaN" (hey's average of no responses: left out) → ms.
    bool addSecs(int line, const QString& field, const QString& text, const QString& metric)
    {
        if (text.trimmed() == QLatin1String("NaN")) {
            return true;
        }
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            return fail(line, field, QStringLiteral("found \"%1\", expected seconds (e.g. 0.0012)").arg(text.left(40)));
        }
        ms << Measurement { metric, v * 1000.0, QStringLiteral("ms") };
        return true;
    }
    bool readLine(int line, const QString& section, const QString& text);
    bool readValue(int line, const QString& section, const QString& label, const QString& value);
};

bool Reader::readValue(int line, const QString& section, const QString& label, const QString& value)
{
    static const QRegularExpression secsRe(QStringLiteral("^\\s*(\\S+) secs$"));
    static const QRegularExpression detailRe(QStringLiteral("^\\s*(\\S+) secs, (\\S+) secs, (\\S+) secs$"));
    static const QRegularExpression bytesRe(QStringLiteral("^(\\d+) bytes$"));
    seen.insert(label, line);
    if (section == QLatin1String("Summary")) {
        for (const Label& l : kSummary) {
            if (label == QLatin1String(l.label)) {
                const auto m = secsRe.match(value);
                return m.hasMatch() ? addSecs(line, label, m.captured(1), QString::fromLatin1(l.metric))
                                    : fail(line, label, QStringLiteral("found \"%1\", expected \"S secs\"").arg(value));
            }
        }
        bool ok = false;
        if (label == QLatin1String("Requests/sec")) {
            const double v = value.toDouble(&ok);
            ms << Measurement { QStringLiteral("requests_per_s"), v, QStringLiteral("1/s") };
        } else if (const auto m = bytesRe.match(value); m.hasMatch()) {
            ok = true;
            ms << Measurement { label == QLatin1String("Total data") ? QStringLiteral("total_data_bytes")
                                                                     : QStringLiteral("size_per_request_bytes"),
                m.captured(1).toDouble(), QStringLiteral("B") };
        }
        return ok ? true : fail(line, label, QStringLiteral("found \"%1\", expected a number").arg(value.left(40)));
    }
    for (const Label& l : kDetails) {
        if (label == QLatin1String(l.label)) {
            const auto m = detailRe.match(value);
            if (!m.hasMatch()) {
                return fail(line, label,
                    QStringLiteral("found \"%1\", expected \"AVG secs, FASTEST secs, SLOWEST secs\"").arg(value));
            }
            const QString stem = QString::fromLatin1(l.metric);
            return addSecs(line, label, m.captured(1), QString(stem + QStringLiteral("_mean")))
                && addSecs(line, label, m.captured(2), QString(stem + QStringLiteral("_min")))
                && addSecs(line, label, m.captured(3), QString(stem + QStringLiteral("_max")));
        }
    }
    return fail(line, label, QStringLiteral("not a line hey writes under \"%1\"").arg(section));
}

bool Reader::readLine(int line, const QString& section, const QString& text)
{
    static const QRegularExpression barRe(QStringLiteral("^[0-9]+\\.[0-9]+ \\[\\d+\\]\\t\\|"));
    static const QRegularExpression pctRe(QStringLiteral("^(\\d+)% in (\\S+) secs$"));
    static const QRegularExpression statusRe(QStringLiteral("^\\[(\\d+)\\]\\t(\\d+) responses$"));
    static const QRegularExpression errorRe(QStringLiteral("^\\[(\\d+)\\]\\t(.+)$"));
    if (section == QLatin1String("Summary") || section == QLatin1String("Details")) {
        const qsizetype tab = text.indexOf(QLatin1String(":\t"));
        if (tab < 0) {
            return fail(
                line, section, QStringLiteral("found \"%1\", expected \"LABEL:<tab>VALUE\"").arg(text.left(80)));
        }
        return readValue(line, section, text.left(tab), text.mid(tab + 2));
    }
    if (section == QLatin1String("Response time histogram")) {
        // Kept only as a check: its bounds are printed to 1 ms, too coarse for a latency histogram.
        return barRe.match(text).hasMatch()
            ? true
            : fail(line, section, QStringLiteral("found \"%1\", expected \"S.SSS [N]<tab>|■…\"").arg(text.left(80)));
    }
    if (section == QLatin1String("Latency distribution")) {
        const auto m = pctRe.match(text);
        if (!m.hasMatch()) {
            return fail(line, section, QStringLiteral("found \"%1\", expected \"NN% in S secs\"").arg(text.left(80)));
        }
        // "0% in 0.0000 secs": hey's placeholder for a percentile it has no data for.
        return m.captured(1) == QLatin1String("0")
            || addSecs(line, QString(m.captured(1) + QStringLiteral("%")), m.captured(2),
                QString(QStringLiteral("latency_ms_p") + m.captured(1)));
    }
    if (section == QLatin1String("Status code distribution")) {
        const auto m = statusRe.match(text);
        if (!m.hasMatch()) {
            return fail(line, section, QStringLiteral("found \"%1\", expected \"[CODE]<tab>N responses\"").arg(text));
        }
        ms << Measurement { QString(QStringLiteral("status_") + m.captured(1)), m.captured(2).toDouble(), {} };
        return true;
    }
    if (section == QLatin1String("Error distribution")) {
        const auto m = errorRe.match(text);
        if (!m.hasMatch()) {
            return fail(line, section, QStringLiteral("found \"%1\", expected \"[N]<tab>MESSAGE\"").arg(text.left(80)));
        }
        ms << Measurement { QStringLiteral("errors"), m.captured(1).toDouble(), {} };
        warnings << QStringLiteral("%1:%2: hey reported %3 × %4").arg(path).arg(line).arg(m.captured(1), m.captured(2));
        return true;
    }
    return fail(line, QStringLiteral("Summary"), QStringLiteral("found \"%1\" before hey's \"Summary:\"").arg(text));
}

/// Adds up the metrics hey prints once per status code or error, and states the zeros hey leaves out.
void totals(QList<Measurement>& ms)
{
    double responses = 0;
    double errors = 0;
    QList<Measurement> out;
    for (const Measurement& m : ms) {
        if (m.metric.startsWith(QLatin1String("status_"))) {
            responses += m.value;
        }
        if (m.metric == QLatin1String("errors")) {
            errors += m.value;
        } else {
            out << m;
        }
    }
    out << Measurement { QStringLiteral("responses"), responses, {} }
        << Measurement { QStringLiteral("errors"), errors, {} };
    ms = out;
}

class HeyText final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("hey-text");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        static const QRegularExpression re(QStringLiteral("^\\n?Summary:\\n  Total:\\t\\s*[0-9.]+ secs\\n"));
        return re.match(QString::fromUtf8(head)).hasMatch() ? 95 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> HeyText::import(const QString& path, ImportError* error) const
{
    const auto lines = importing::readCompleteLines(path, error);
    if (!lines) {
        return std::nullopt;
    }
    const QList<QByteArray>& raw = *lines;
    static const QStringList headings = { QStringLiteral("Summary"), QStringLiteral("Response time histogram"),
        QStringLiteral("Latency distribution"), QStringLiteral("Details (average, fastest, slowest)"),
        QStringLiteral("Status code distribution"), QStringLiteral("Error distribution") };
    Reader r { path, {}, {}, {}, {} };
    QString section;
    int summaryLine = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int line = int(i) + 1;
        const QString text = QString::fromUtf8(raw[i]).trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (text.endsWith(QLatin1Char(':')) && headings.contains(text.chopped(1))) {
            section = text.chopped(1).section(QLatin1String(" ("), 0, 0);
            r.seen.insert(section, line);
            summaryLine = summaryLine ? summaryLine : line;
            continue;
        }
        if (!r.readLine(line, section, text)) {
            *error = r.error;
            return std::nullopt;
        }
    }
    // hey always prints these (Status code distribution even when every request failed); a cut file lacks them.
    for (const char* required : { "Summary", "Total", "Requests/sec", "Status code distribution" }) {
        if (!r.seen.contains(QLatin1String(required))) {
            *error = { path, int(raw.size()) + 1, QString::fromLatin1(required),
                QStringLiteral("not found before the end of the file (cut file?); hey always prints it") };
            return std::nullopt;
        }
    }
    totals(r.ms);
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("hey"), {});
    // hey's summary does not state the URL: the file's name stands for the workload.
    RunRecord run = importing::makeRun(QStringLiteral("hey"), name(), QFileInfo(path).completeBaseName(), {}, 1);
    run.measurements = r.ms;
    importing::addRun(set, run, summaryLine);
    set.warnings << r.warnings;
    return set;
}

} // namespace

std::unique_ptr<Importer> makeHeyTextImporter()
{
    return std::make_unique<HeyText>();
}

} // namespace rb
