// SPDX-License-Identifier: GPL-3.0-or-later
// rewrk --json (lnx-search/rewrk src/results.rs display_json): one object per round, one line each:
// latency_avg/_max/_min/_std_deviation (ms), transfer_total (B), transfer_rate (B/s), requests_total, requests_avg
// (1/s). When a round completed no request, every value but requests_total (0) is null.
#include "importedrun.h"
#include "rewrk.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace rb {
namespace {

struct Field
{
    const char* key;
    const char* metric;
    const char* unit;
};

constexpr Field kFields[] = {
    { "latency_avg", "latency_ms_mean", "ms" },
    { "latency_std_deviation", "latency_ms_stddev", "ms" },
    { "latency_min", "latency_ms_min", "ms" },
    { "latency_max", "latency_ms_max", "ms" },
    { "requests_total", "requests", "" },
    { "requests_avg", "requests_per_s", "1/s" },
    { "transfer_total", "read_bytes", "B" },
    { "transfer_rate", "transfer_bytes_per_s", "B/s" },
};

class RewrkJson final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("rewrk-json");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const QByteArray first = head.left(head.indexOf('\n')).trimmed();
        return first.startsWith('{') && first.contains("\"latency_avg\"") && first.contains("\"requests_avg\"") ? 90
                                                                                                                : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> RewrkJson::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("rewrk"), {});
    const QString workload = QFileInfo(path).completeBaseName();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = { path, line, {},
                QStringLiteral("invalid JSON%1; expected one rewrk --json object per line (cut file?)")
                    .arg(pe.error != QJsonParseError::NoError ? QString(QStringLiteral(": ") + pe.errorString())
                                                              : QString()) };
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        RunRecord r = importing::makeRun(QStringLiteral("rewrk"), name(), workload, {}, int(set.runs.size()) + 1);
        for (const Field& fd : kFields) {
            const QJsonValue v = o.value(QLatin1String(fd.key));
            const bool nullable = QLatin1String(fd.key) != QLatin1String("requests_total");
            if (v.isNull() && nullable && o.contains(QLatin1String(fd.key))) {
                continue; // rewrk writes null when no request completed
            }
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
                *error = { path, line, QLatin1String(fd.key),
                    QStringLiteral("%1, expected a number ≥ 0%2")
                        .arg(o.contains(QLatin1String(fd.key)) ? QStringLiteral("not a number")
                                                               : QStringLiteral("missing"),
                            nullable ? QStringLiteral(" or null") : QString()) };
                return std::nullopt;
            }
            r.measurements << Measurement { QLatin1String(fd.metric), v.toDouble(), QLatin1String(fd.unit) };
        }
        if (r.value(QStringLiteral("requests")) == 0) {
            r.ok = false;
            r.error = QStringLiteral("rewrk: no request completed");
        }
        importing::addRun(set, r, line);
    }
    if (set.runs.isEmpty()) {
        *error = { path, 1, {}, QStringLiteral("empty; expected one rewrk --json object per line") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeRewrkJsonImporter()
{
    return std::make_unique<RewrkJson>();
}

} // namespace rb
