// SPDX-License-Identifier: GPL-3.0-or-later
// oha --output-format json (hatoo/oha src/printer.rs print_json): summary, latencyPercentiles, rps, details in
// SECONDS; metrics.latency_ms (1.15+) in ms. serde_json writes NaN (no request) as null: such values are left out.
#include "importedrun.h"
#include "jsonsource.h"
#include "oha.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace rb {
namespace {

class OhaJson final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("oha-json");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const QByteArray t = head.trimmed();
        if (!t.startsWith('{') || !t.contains("\"summary\"")) {
            return 0;
        }
        return t.contains("\"successRate\"") || t.contains("\"requestsPerSec\"") ? 90 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

/// "p99.9" → "p99_9".
QString percentileSuffix(const QString& key)
{
    return QString(key).replace(QLatin1Char('.'), QLatin1Char('_'));
}

struct Reader
{
    const QString& path;
    const importing::JsonSource& src;
    ImportError* error;
    QList<Measurement> ms;
    bool bad = false;

    /// Adds `o[key]` × `scale` as `metric`; null is skipped (NaN in oha), anything else not a number is an error.
    void add(const QJsonObject& o, const QString& at, const QString& key, const QString& metric, double scale,
        const QString& unit, bool required)
    {
        if (bad) {
            return;
        }
        const QJsonValue v = o.value(key);
        if (v.isNull() || (v.isUndefined() && !required)) {
            return;
        }
        if (!v.isDouble()) {
            bad = true;
            *error = { path, importing::keyLine(src.text, key, importing::keyOffset(src.text, at)),
                QString(at + QLatin1Char('.') + key),
                v.isUndefined()
                    ? QStringLiteral("missing, expected a number")
                    : QStringLiteral("not a number (%1)")
                          .arg(QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
                                   .left(40)) };
            return;
        }
        ms << Measurement { metric, v.toDouble() * scale, unit };
    }
    void addMap(const QJsonObject& o, const QString& at, const QString& prefix, double scale, const QString& unit)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            add(o, at, it.key(), QString(prefix + percentileSuffix(it.key())), scale, unit, true);
        }
    }
    void addTriple(const QJsonObject& o, const QString& at, const QString& metric)
    {
        add(o, at, QStringLiteral("average"), QString(metric + QStringLiteral("_mean")), 1000, QStringLiteral("ms"),
            true);
        add(o, at, QStringLiteral("fastest"), QString(metric + QStringLiteral("_min")), 1000, QStringLiteral("ms"),
            true);
        add(o, at, QStringLiteral("slowest"), QString(metric + QStringLiteral("_max")), 1000, QStringLiteral("ms"),
            true);
    }
};

std::optional<ResultSet> OhaJson::import(const QString& path, ImportError* error) const
{
    const auto src = importing::readJson(path, error);
    if (!src) {
        return std::nullopt;
    }
    const QJsonObject root = src->doc.object();
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    if (summary.isEmpty()) {
        *error = { path, 1, QStringLiteral("summary"), QStringLiteral("missing; expected oha's JSON output") };
        return std::nullopt;
    }
    Reader rd { path, *src, error, {} };
    const QString ms = QStringLiteral("ms");
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("total"), QStringLiteral("duration_ms"), 1000, ms, true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("successRate"), QStringLiteral("success_ratio"), 1, {},
        true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("average"), QStringLiteral("latency_ms_mean"), 1000, ms,
        true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("fastest"), QStringLiteral("latency_ms_min"), 1000, ms,
        true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("slowest"), QStringLiteral("latency_ms_max"), 1000, ms,
        true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("requestsPerSec"), QStringLiteral("requests_per_s"), 1,
        QStringLiteral("1/s"), true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("totalData"), QStringLiteral("body_bytes"), 1,
        QStringLiteral("B"), true);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("sizePerRequest"),
        QStringLiteral("body_bytes_per_request"), 1, QStringLiteral("B"), false);
    rd.add(summary, QStringLiteral("summary"), QStringLiteral("sizePerSec"), QStringLiteral("body_bytes_per_s"), 1,
        QStringLiteral("B/s"), true);
    rd.addMap(root.value(QStringLiteral("latencyPercentiles")).toObject(), QStringLiteral("latencyPercentiles"),
        QStringLiteral("latency_ms_"), 1000, ms);
    // 1.15+: the same latencies again, in ms. Kept only where the seconds fields left a gap (never twice).
    const QJsonObject lat =
        root.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("latency_ms")).toObject();
    for (auto it = lat.begin(); it != lat.end(); ++it) {
        const QString metric = QString(QStringLiteral("latency_ms_") + percentileSuffix(it.key()));
        const bool have =
            std::any_of(rd.ms.begin(), rd.ms.end(), [&](const Measurement& m) { return m.metric == metric; });
        if (!have) {
            rd.add(lat, QStringLiteral("latency_ms"), it.key(), metric, 1, ms, true);
        }
    }
    const QJsonObject rps = root.value(QStringLiteral("rps")).toObject();
    for (const char* k : { "mean", "stddev", "min", "max" }) {
        rd.add(rps, QStringLiteral("rps"), QLatin1String(k),
            QString(QStringLiteral("window_requests_per_s_") + QLatin1String(k)), 1, QStringLiteral("1/s"), false);
    }
    rd.addMap(rps.value(QStringLiteral("percentiles")).toObject(), QStringLiteral("percentiles"),
        QStringLiteral("window_requests_per_s_"), 1, QStringLiteral("1/s"));
    const QJsonObject details = root.value(QStringLiteral("details")).toObject();
    for (const auto& [key, metric] : { std::pair { "DNSDialup", "dns_dialup_ms" }, { "DNSLookup", "dns_lookup_ms" },
             { "firstByte", "first_byte_ms" } }) {
        if (details.contains(QLatin1String(key))) {
            rd.addTriple(details.value(QLatin1String(key)).toObject(), QLatin1String(key), QLatin1String(metric));
        }
    }
    double responses = 0;
    const QJsonObject codes = root.value(QStringLiteral("statusCodeDistribution")).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        rd.add(codes, QStringLiteral("statusCodeDistribution"), it.key(), QString(QStringLiteral("status_") + it.key()),
            1, {}, true);
        responses += it.value().toDouble();
    }
    const QJsonObject errs = root.value(QStringLiteral("errorDistribution")).toObject();
    double errors = 0;
    for (auto it = errs.begin(); it != errs.end(); ++it) {
        rd.add(errs, QStringLiteral("errorDistribution"), it.key(), QStringLiteral("errors"), 1, {}, true);
        errors += it.value().toDouble();
        rd.ms.removeIf([](const Measurement& m) { return m.metric == QLatin1String("errors"); }); // only checked
    }
    if (rd.bad) {
        return std::nullopt;
    }
    rd.ms << Measurement { QStringLiteral("responses"), responses, QString() }
          << Measurement { QStringLiteral("errors"), errors, QString() };
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("oha"), {});
    RunRecord r = importing::makeRun(QStringLiteral("oha"), name(), QFileInfo(path).completeBaseName(), {}, 1);
    r.measurements = rd.ms;
    const int line = importing::keyLine(src->text, QStringLiteral("summary"));
    if (!errs.isEmpty()) {
        importing::setSourceDetail(set, QStringLiteral("errors"), QJsonObject { { r.spec.runId, errs } });
    }
    importing::addRun(set, r, line);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeOhaJsonImporter()
{
    return std::make_unique<OhaJson>();
}

} // namespace rb
