// SPDX-License-Identifier: GPL-3.0-or-later
// wrk text output (`wrk -t -c -d [--latency] URL`): summaries only, one run per file (docs/import.md).
// Units as wrk's src/units.c prints them: times us/ms/s/m/h, counts k/M/G/T/P (×1000), bytes K/M/G/T/P B (×1024).
#include "importedrun.h"
#include "wrk.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace rb {
namespace {

/// "84.26us" → 0.08426 (ms); nullopt for a number or unit wrk does not write.
std::optional<double> timeMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(us|ms|s|m|h)$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QString unit = m.captured(2);
    const double scale = unit == QLatin1String("m") ? 60000.0
        : unit == QLatin1String("h")                ? 3600000.0
                                                    : importing::msPerUnit(unit);
    return m.captured(1).toDouble() * scale;
}

/// "40.58k" → 40580; `base` 1000 for counts, 1024 for bytes (then `suffix` is "B").
std::optional<double> scaled(const QString& text, double base, const QString& suffix)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)([kKMGTP]?)$"));
    if (!text.endsWith(suffix)) {
        return std::nullopt;
    }
    const auto m = re.match(text.left(text.size() - suffix.size()));
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QString prefix = m.captured(2);
    if ((base == 1000.0 && prefix == QLatin1String("K")) || (base == 1024.0 && prefix == QLatin1String("k"))) {
        return std::nullopt;
    }
    const int power = int(QStringLiteral(" KMGTP").indexOf(prefix.toUpper()));
    return m.captured(1).toDouble() * std::pow(base, prefix.isEmpty() ? 0 : power);
}

class WrkText final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("wrk-text");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        static const QRegularExpression running(
            QStringLiteral("^Running \\S+ test @ \\S+"), QRegularExpression::MultilineOption);
        if (!running.match(QString::fromUtf8(head)).hasMatch()) {
            return 0;
        }
        return head.contains("Thread Stats") || head.contains("Requests/sec:") ? 95 : 80;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> WrkText::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = { path, 0, {}, QStringLiteral("cannot read: %1").arg(f.errorString()) };
        return std::nullopt;
    }
    QList<QByteArray> raw = f.readAll().split('\n');
    if (!raw.isEmpty() && raw.last().isEmpty()) {
        raw.removeLast();
    }

    static const QRegularExpression runningRe(QStringLiteral("^Running (\\S+) test @ (\\S+)$"));
    static const QRegularExpression threadsRe(QStringLiteral("^\\s*(\\d+) threads and (\\d+) connections$"));
    static const QRegularExpression rowRe(
        QStringLiteral("^\\s*(Latency|Req/Sec)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+([0-9.]+)%$"));
    static const QRegularExpression pctRe(QStringLiteral("^\\s*(50|75|90|99)%\\s+(\\S+)$"));
    static const QRegularExpression requestsRe(QStringLiteral("^\\s*(\\d+) requests in (\\S+), (\\S+) read$"));
    static const QRegularExpression non2xxRe(QStringLiteral("^\\s*Non-2xx or 3xx responses: (\\d+)$"));
    static const QRegularExpression socketRe(
        QStringLiteral("^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)$"));
    static const QRegularExpression rateRe(QStringLiteral("^(Requests/sec|Transfer/sec):\\s+(\\S+)$"));

    QString url;
    QJsonObject params;
    int runLine = 0;
    QList<Measurement> ms;
    QHash<QString, int> seen; // required line → line number
    int bad = 0;
    QString badField;
    QString badMessage;
    const auto fail = [&](int line, const QString& field, const QString& message) {
        if (!bad) {
            bad = line;
            badField = field;
            badMessage = message;
        }
    };
    const auto add = [&](const QString& metric, double value, const QString& unit) {
        ms << Measurement { metric, value, unit };
    };
    const auto addTime = [&](int line, const QString& field, const QString& text, const QString& metric) {
        const auto v = timeMs(text);
        if (!v) {
            fail(line, field, QStringLiteral("found \"%1\", expected a time (us, ms, s, m, h)").arg(text.left(40)));
            return;
        }
        add(metric, *v, QStringLiteral("ms"));
    };

    for (qsizetype i = 0; i < raw.size() && !bad; ++i) {
        const int line = int(i) + 1;
        const QString text = QString::fromUtf8(raw[i]).trimmed();
        const QString full = QString::fromUtf8(raw[i]);
        QRegularExpressionMatch m;
        if (text.startsWith(QLatin1String("Running "))) {
            m = runningRe.match(text);
            if (!m.hasMatch()) {
                fail(line, QStringLiteral("Running"),
                    QStringLiteral("found \"%1\", expected \"Running DURATION test @ URL\"").arg(text.left(80)));
                break;
            }
            params.insert(QStringLiteral("duration"), m.captured(1));
            url = m.captured(2);
            runLine = line;
            seen.insert(QStringLiteral("Running"), line);
        } else if (text.contains(QLatin1String(" threads and "))) {
            m = threadsRe.match(full);
            if (!m.hasMatch()) {
                fail(line, QStringLiteral("threads"),
                    QStringLiteral("found \"%1\", expected \"N threads and M connections\"").arg(text.left(80)));
                break;
            }
            params.insert(QStringLiteral("threads"), m.captured(1).toDouble());
            params.insert(QStringLiteral("connections"), m.captured(2).toDouble());
        } else if (text.startsWith(QLatin1String("Latency Distribution"))
            || text.startsWith(QLatin1String("Thread Stats"))) {
            continue;
        } else if (text.startsWith(QLatin1String("Latency")) || text.startsWith(QLatin1String("Req/Sec"))) {
            const QString field = text.section(QLatin1Char(' '), 0, 0);
            m = rowRe.match(full);
            if (!m.hasMatch()) {
                fail(line, field,
                    QStringLiteral("found \"%1\", expected \"%2 AVG STDEV MAX PCT%\"").arg(text.left(80), field));
                break;
            }
            seen.insert(field, line);
            if (field == QLatin1String("Latency")) {
                addTime(line, QStringLiteral("Latency Avg"), m.captured(2), QStringLiteral("latency_ms_mean"));
                addTime(line, QStringLiteral("Latency Stdev"), m.captured(3), QStringLiteral("latency_ms_stddev"));
                addTime(line, QStringLiteral("Latency Max"), m.captured(4), QStringLiteral("latency_ms_max"));
            } else {
                const char* names[] = { "Avg", "Stdev", "Max" };
                const char* metrics[] = { "thread_requests_per_s_mean", "thread_requests_per_s_stddev",
                    "thread_requests_per_s_max" };
                for (int c = 0; c < 3; ++c) {
                    const auto v = scaled(m.captured(2 + c), 1000.0, {});
                    if (!v) {
                        fail(line, QString(QStringLiteral("Req/Sec ") + QLatin1String(names[c])),
                            QStringLiteral("found \"%1\", expected a count (k, M, G suffixes)")
                                .arg(m.captured(2 + c).left(40)));
                        break;
                    }
                    add(QString::fromLatin1(metrics[c]), *v, QStringLiteral("1/s"));
                }
            }
        } else if (text.endsWith(QLatin1Char('%')) || (text.contains(QLatin1Char('%')) && text.front().isDigit())) {
            m = pctRe.match(full);
            if (!m.hasMatch()) {
                fail(line, QStringLiteral("Latency Distribution"),
                    QStringLiteral("found \"%1\", expected \"50|75|90|99% TIME\"").arg(text.left(80)));
                break;
            }
            addTime(line, QString(m.captured(1) + QStringLiteral("%")), m.captured(2),
                QString(QStringLiteral("latency_ms_p") + m.captured(1)));
        } else if (text.contains(QLatin1String(" requests in "))) {
            m = requestsRe.match(full);
            if (!m.hasMatch()) {
                fail(line, QStringLiteral("requests"),
                    QStringLiteral("found \"%1\", expected \"N requests in TIME, BYTES read\"").arg(text.left(80)));
                break;
            }
            seen.insert(QStringLiteral("requests"), line);
            add(QStringLiteral("requests"), m.captured(1).toDouble(), QString());
            addTime(line, QStringLiteral("requests in"), m.captured(2), QStringLiteral("duration_ms"));
            const auto bytes = scaled(m.captured(3), 1024.0, QStringLiteral("B"));
            if (!bytes) {
                fail(line, QStringLiteral("read"),
                    QStringLiteral("found \"%1\", expected bytes (B, KB, MB, GB)").arg(m.captured(3).left(40)));
                break;
            }
            add(QStringLiteral("read_bytes"), *bytes, QStringLiteral("B"));
        } else if (text.startsWith(QLatin1String("Non-2xx"))) {
            m = non2xxRe.match(full);
            if (!m.hasMatch()) {
                fail(line, QStringLiteral("Non-2xx or 3xx responses"),
                    QStringLiteral("found \"%1\", expected a count").arg(text.left(80)));
                break;
            }
            add(QStringLiteral("non_2xx_3xx"), m.captured(1).toDouble(), QString());
            seen.insert(QStringLiteral("Non-2xx"), line);
        } else if (text.startsWith(QLatin1String("Socket errors"))) {
            m = socketRe.match(full);
            if (!m.hasMatch()) {
                fail(line, QStringLiteral("Socket errors"),
                    QStringLiteral("found \"%1\", expected \"connect N, read N, write N, timeout N\"")
                        .arg(text.left(80)));
                break;
            }
            for (int c = 1; c <= 4; ++c) {
                const QString kind =
                    QStringLiteral("connect read write timeout").section(QLatin1Char(' '), c - 1, c - 1);
                add(QString(QStringLiteral("socket_errors_") + kind), m.captured(c).toDouble(), QString());
            }
            seen.insert(QStringLiteral("Socket errors"), line);
        } else if (text.startsWith(QLatin1String("Requests/sec")) || text.startsWith(QLatin1String("Transfer/sec"))) {
            const QString field = text.section(QLatin1Char(':'), 0, 0);
            m = rateRe.match(full);
            const auto v = !m.hasMatch()                 ? std::nullopt
                : field == QLatin1String("Requests/sec") ? scaled(m.captured(2), 1000.0, {})
                                                         : scaled(m.captured(2), 1024.0, QStringLiteral("B"));
            if (!v) {
                fail(line, field, QStringLiteral("found \"%1\", expected a number").arg(text.left(80)));
                break;
            }
            seen.insert(field, line);
            add(field == QLatin1String("Requests/sec") ? QStringLiteral("requests_per_s")
                                                       : QStringLiteral("transfer_bytes_per_s"),
                *v, field == QLatin1String("Requests/sec") ? QStringLiteral("1/s") : QStringLiteral("B/s"));
        }
        // Anything else (a Lua script's output) is not wrk's and is left alone.
    }
    if (bad) {
        *error = { path, bad, badField, badMessage };
        return std::nullopt;
    }
    for (const char* required : { "Running", "Latency", "Req/Sec", "requests", "Requests/sec", "Transfer/sec" }) {
        if (!seen.contains(QLatin1String(required))) {
            *error = { path, int(raw.size()) + 1, QString::fromLatin1(required),
                QStringLiteral("not found before the end of the file (cut file?); expected wrk's \"%1\" line")
                    .arg(QLatin1String(required)) };
            return std::nullopt;
        }
    }
    // wrk prints the error lines only when a count is not 0.
    if (!seen.contains(QStringLiteral("Non-2xx"))) {
        add(QStringLiteral("non_2xx_3xx"), 0, QString());
    }
    if (!seen.contains(QStringLiteral("Socket errors"))) {
        for (const char* kind : { "connect", "read", "write", "timeout" }) {
            add(QString(QStringLiteral("socket_errors_") + QLatin1String(kind)), 0, QString());
        }
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("wrk"), {});
    RunRecord r = importing::makeRun(QStringLiteral("wrk"), name(), url, params, 1);
    r.measurements = ms;
    importing::addRun(set, r, runLine);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeWrkTextImporter()
{
    return std::make_unique<WrkText>();
}

} // namespace rb
