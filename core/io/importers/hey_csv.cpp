// SPDX-License-Identifier: GPL-3.0-or-later
// hey -o csv (rakyll/hey requester/print.go): a header, then one row per request that got a response, times in
// seconds with 4 decimals. Requests that failed without a response (connection refused, timeouts) are not written.
#include "hey.h"
#include "importedrun.h"

#include <QFile>
#include <QFileInfo>

namespace rb {
namespace {

constexpr auto kHeader = "response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset";
/// Runbench's name for each column (all in ms except the status code).
constexpr const char* kMetrics[] = { "latency_ms", "dns_dialup_ms", "dns_ms", "request_write_ms", "response_delay_ms",
    "response_read_ms", "status", "offset_ms" };

class HeyCsv final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("hey-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith(QByteArray(kHeader))
                && (head.size() == qsizetype(qstrlen(kHeader)) || head.at(qstrlen(kHeader)) == '\n')
            ? 99
            : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<RunRecord> readRow(
    const QString& path, const QString& workload, int line, const QByteArray& row, int n, ImportError* error)
{
    const QList<QByteArray> cells = row.split(',');
    const QStringList columns = QString::fromLatin1(kHeader).split(QLatin1Char(','));
    if (cells.size() != columns.size()) {
        *error = { path, line, {},
            QStringLiteral("found %1 fields, expected %2 (%3)").arg(cells.size()).arg(columns.size()).arg(kHeader) };
        return std::nullopt;
    }
    RunRecord r = importing::makeRun(QStringLiteral("hey"), QStringLiteral("hey-csv"), workload, {}, n);
    for (int c = 0; c < columns.size(); ++c) {
        bool ok = false;
        const bool status = c == 6;
        const double v = status ? double(cells[c].toInt(&ok)) : cells[c].toDouble(&ok);
        if (!ok || v < 0) {
            *error = { path, line, columns[c],
                QStringLiteral("found \"%1\", expected %2")
                    .arg(QString::fromUtf8(cells[c].left(40)),
                        status ? QStringLiteral("an HTTP status code") : QStringLiteral("seconds (e.g. 0.0012)")) };
            return std::nullopt;
        }
        r.measurements << Measurement { QString::fromLatin1(kMetrics[c]), status ? v : v * 1000.0,
            status ? QString() : QStringLiteral("ms") };
        if (status) {
            // A response outside 2xx/3xx is a failed request: statistics leave it out, counts keep it.
            r.ok = v >= 200 && v < 400;
            r.exitCode = r.ok ? 0 : int(v);
            r.error = r.ok ? QString() : QStringLiteral("HTTP status %1").arg(int(v));
        }
    }
    return r;
}

std::optional<ResultSet> HeyCsv::import(const QString& path, ImportError* error) const
{
    const auto lines = importing::readCompleteLines(path, error);
    if (!lines) {
        return std::nullopt;
    }
    const QList<QByteArray>& raw = *lines;
    if (raw.isEmpty() || raw.first().trimmed() != kHeader) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected hey's \"%2\"")
                .arg(QString::fromUtf8(raw.value(0).left(80)), QLatin1String(kHeader)) };
        return std::nullopt;
    }
    if (raw.size() == 1) {
        *error = { path, 2, {},
            QStringLiteral("no requests: hey -o csv writes only requests that got a response (the text output's "
                           "\"Error distribution\" has the others)") };
        return std::nullopt;
    }
    // hey's output does not state the URL: the file's name stands for the workload.
    const QString workload = QFileInfo(path).completeBaseName();
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("hey"), {});
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const auto r = readRow(path, workload, int(i) + 1, raw[i].trimmed(), int(i), error);
        if (!r) {
            return std::nullopt;
        }
        importing::addRun(set, *r, int(i) + 1);
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeHeyCsvImporter()
{
    return std::make_unique<HeyCsv>();
}

} // namespace rb
