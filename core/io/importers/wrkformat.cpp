// SPDX-License-Identifier: GPL-3.0-or-later
// Units as wrk's src/units.c prints them: times us/ms/s/m/h, counts k/M/G/T/P (×1000), bytes K/M/G/T/P B (×1024).
#include "wrkformat.h"

#include "importedrun.h"

#include <QRegularExpression>
#include <cmath>

namespace rb::wrkformat {

bool hasRunningLine(const QByteArray& head)
{
    static const QRegularExpression running(
        QStringLiteral("^Running \\S+ test @ \\S+"), QRegularExpression::MultilineOption);
    return running.match(QString::fromUtf8(head)).hasMatch();
}

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

void Summary::fail(int line, const QString& field, const QString& message)
{
    if (!badLine) {
        badLine = line;
        badField = field;
        badMessage = message;
    }
}

void Summary::add(const QString& metric, double value, const QString& unit)
{
    measurements << Measurement { metric, value, unit };
}

void Summary::addTime(int line, const QString& field, const QString& text, const QString& metric)
{
    const auto v = timeMs(text);
    if (!v) {
        fail(line, field, QStringLiteral("found \"%1\", expected a time (us, ms, s, m, h)").arg(text.left(40)));
        return;
    }
    add(metric, *v, QStringLiteral("ms"));
}

namespace {

bool readRow(Summary& s, int line, const QString& text, const QString& full)
{
    static const QRegularExpression rowRe(
        QStringLiteral("^\\s*(Latency|Req/Sec)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+([0-9.]+)%$"));
    const QString field = text.section(QLatin1Char(' '), 0, 0);
    const auto m = rowRe.match(full);
    if (!m.hasMatch()) {
        s.fail(
            line, field, QStringLiteral("found \"%1\", expected \"%2 AVG STDEV MAX PCT%\"").arg(text.left(80), field));
        return true;
    }
    s.seen.insert(field, line);
    if (field == QLatin1String("Latency")) {
        s.addTime(line, QStringLiteral("Latency Avg"), m.captured(2), QStringLiteral("latency_ms_mean"));
        s.addTime(line, QStringLiteral("Latency Stdev"), m.captured(3), QStringLiteral("latency_ms_stddev"));
        s.addTime(line, QStringLiteral("Latency Max"), m.captured(4), QStringLiteral("latency_ms_max"));
        return true;
    }
    const char* names[] = { "Avg", "Stdev", "Max" };
    const char* metrics[] = { "thread_requests_per_s_mean", "thread_requests_per_s_stddev",
        "thread_requests_per_s_max" };
    for (int c = 0; c < 3; ++c) {
        const auto v = scaled(m.captured(2 + c), 1000.0, {});
        if (!v) {
            s.fail(line, QString(QStringLiteral("Req/Sec ") + QLatin1String(names[c])),
                QStringLiteral("found \"%1\", expected a count (k, M, G suffixes)").arg(m.captured(2 + c).left(40)));
            return true;
        }
        s.add(QString::fromLatin1(metrics[c]), *v, QStringLiteral("1/s"));
    }
    return true;
}

bool readTotals(Summary& s, int line, const QString& text, const QString& full)
{
    static const QRegularExpression requestsRe(QStringLiteral("^\\s*(\\d+) requests in (\\S+), (\\S+) read$"));
    const auto m = requestsRe.match(full);
    if (!m.hasMatch()) {
        s.fail(line, QStringLiteral("requests"),
            QStringLiteral("found \"%1\", expected \"N requests in TIME, BYTES read\"").arg(text.left(80)));
        return true;
    }
    s.seen.insert(QStringLiteral("requests"), line);
    s.add(QStringLiteral("requests"), m.captured(1).toDouble(), QString());
    s.addTime(line, QStringLiteral("requests in"), m.captured(2), QStringLiteral("duration_ms"));
    const auto bytes = scaled(m.captured(3), 1024.0, QStringLiteral("B"));
    if (!bytes) {
        s.fail(line, QStringLiteral("read"),
            QStringLiteral("found \"%1\", expected bytes (B, KB, MB, GB)").arg(m.captured(3).left(40)));
        return true;
    }
    s.add(QStringLiteral("read_bytes"), *bytes, QStringLiteral("B"));
    return true;
}

bool readErrors(Summary& s, int line, const QString& text, const QString& full)
{
    static const QRegularExpression non2xxRe(QStringLiteral("^\\s*Non-2xx or 3xx responses: (\\d+)$"));
    static const QRegularExpression socketRe(
        QStringLiteral("^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)$"));
    if (text.startsWith(QLatin1String("Non-2xx"))) {
        const auto m = non2xxRe.match(full);
        if (!m.hasMatch()) {
            s.fail(line, QStringLiteral("Non-2xx or 3xx responses"),
                QStringLiteral("found \"%1\", expected a count").arg(text.left(80)));
            return true;
        }
        s.add(QStringLiteral("non_2xx_3xx"), m.captured(1).toDouble(), QString());
        s.seen.insert(QStringLiteral("Non-2xx"), line);
        return true;
    }
    const auto m = socketRe.match(full);
    if (!m.hasMatch()) {
        s.fail(line, QStringLiteral("Socket errors"),
            QStringLiteral("found \"%1\", expected \"connect N, read N, write N, timeout N\"").arg(text.left(80)));
        return true;
    }
    for (int c = 1; c <= 4; ++c) {
        const QString kind = QStringLiteral("connect read write timeout").section(QLatin1Char(' '), c - 1, c - 1);
        s.add(QString(QStringLiteral("socket_errors_") + kind), m.captured(c).toDouble(), QString());
    }
    s.seen.insert(QStringLiteral("Socket errors"), line);
    return true;
}

bool readRate(Summary& s, int line, const QString& text, const QString& full)
{
    static const QRegularExpression rateRe(QStringLiteral("^(Requests/sec|Transfer/sec):\\s+(\\S+)$"));
    const QString field = text.section(QLatin1Char(':'), 0, 0);
    const bool requests = field == QLatin1String("Requests/sec");
    const auto m = rateRe.match(full);
    const auto v = !m.hasMatch() ? std::nullopt
        : requests               ? scaled(m.captured(2), 1000.0, {})
                                 : scaled(m.captured(2), 1024.0, QStringLiteral("B"));
    if (!v) {
        s.fail(line, field, QStringLiteral("found \"%1\", expected a number").arg(text.left(80)));
        return true;
    }
    s.seen.insert(field, line);
    s.add(requests ? QStringLiteral("requests_per_s") : QStringLiteral("transfer_bytes_per_s"), *v,
        requests ? QStringLiteral("1/s") : QStringLiteral("B/s"));
    return true;
}

bool readHeader(Summary& s, int line, const QString& text, const QString& full)
{
    static const QRegularExpression runningRe(QStringLiteral("^Running (\\S+) test @ (\\S+)$"));
    static const QRegularExpression threadsRe(QStringLiteral("^\\s*(\\d+) threads and (\\d+) connections$"));
    if (text.startsWith(QLatin1String("Running "))) {
        const auto m = runningRe.match(text);
        if (!m.hasMatch()) {
            s.fail(line, QStringLiteral("Running"),
                QStringLiteral("found \"%1\", expected \"Running DURATION test @ URL\"").arg(text.left(80)));
            return true;
        }
        s.params.insert(QStringLiteral("duration"), m.captured(1));
        s.url = m.captured(2);
        s.runLine = line;
        s.seen.insert(QStringLiteral("Running"), line);
        return true;
    }
    const auto m = threadsRe.match(full);
    if (!m.hasMatch()) {
        s.fail(line, QStringLiteral("threads"),
            QStringLiteral("found \"%1\", expected \"N threads and M connections\"").arg(text.left(80)));
        return true;
    }
    s.params.insert(QStringLiteral("threads"), m.captured(1).toDouble());
    s.params.insert(QStringLiteral("connections"), m.captured(2).toDouble());
    return true;
}

} // namespace

bool Summary::read(int line, const QString& full)
{
    const QString text = full.trimmed();
    if (text.startsWith(QLatin1String("Running ")) || text.contains(QLatin1String(" threads and "))) {
        return readHeader(*this, line, text, full);
    }
    if (text.startsWith(QLatin1String("Thread Stats"))) {
        return true;
    }
    if (text.startsWith(QLatin1String("Latency Distribution"))) {
        return false;
    }
    if (text.startsWith(QLatin1String("Latency")) || text.startsWith(QLatin1String("Req/Sec"))) {
        return readRow(*this, line, text, full);
    }
    if (text.contains(QLatin1String(" requests in "))) {
        return readTotals(*this, line, text, full);
    }
    if (text.startsWith(QLatin1String("Non-2xx")) || text.startsWith(QLatin1String("Socket errors"))) {
        return readErrors(*this, line, text, full);
    }
    if (text.startsWith(QLatin1String("Requests/sec")) || text.startsWith(QLatin1String("Transfer/sec"))) {
        return readRate(*this, line, text, full);
    }
    return false;
}

bool Summary::finish(const QString& path, int lines, ImportError* error)
{
    if (badLine) {
        *error = { path, badLine, badField, badMessage };
        return false;
    }
    for (const char* required : { "Running", "Latency", "Req/Sec", "requests", "Requests/sec", "Transfer/sec" }) {
        if (!seen.contains(QLatin1String(required))) {
            *error = { path, lines + 1, QString::fromLatin1(required),
                QStringLiteral("not found before the end of the file (cut file?); expected wrk's \"%1\" line")
                    .arg(QLatin1String(required)) };
            return false;
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
    return true;
}

} // namespace rb::wrkformat
