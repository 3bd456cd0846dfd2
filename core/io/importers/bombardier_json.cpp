// SPDX-License-Identifier: GPL-3.0-or-later
// bombardier -o json (codesenberg/bombardier templates.go): {"spec":{…},"result":{…}} on one line.
// Latencies are µs (internal/test_info.go); "latency" is left out when no request completed, "percentiles" when
// bombardier ran without -l; "percentiles2xx" exists only in newer versions.
#include "bombardier.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb {
namespace {

struct Reader
{
    QString path;
    QByteArray text;
    QJsonObject root;
    QList<Measurement> ms;
    ImportError error;

    bool fail(const QString& field, const QString& message)
    {
        error = { path, lineOf(field), field, message };
        return false;
    }
    /// The line of `field` ("result.latency.percentiles2xx.50"): its keys are looked for in order, which finds
    /// them in bombardier's fixed layout (one line; newer versions break the line before "percentiles2xx").
    int lineOf(const QString& field) const
    {
        qsizetype at = 0;
        for (const QString& key : field.section(QLatin1Char('['), 0, 0).split(QLatin1Char('.'))) {
            const qsizetype next = text.indexOf(QByteArray("\"" + key.toUtf8() + "\":"), at);
            at = next < 0 ? at : next;
        }
        return importing::lineAt(text, at);
    }
    /// The number at `field` ("result.latency.mean"), scaled by `scale`, as `metric`.
    bool number(const QJsonObject& o, const QString& at, const QString& key, const QString& metric, double scale,
        const QString& unit)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            return fail(QString(at + key), QStringLiteral("found %1, expected a number").arg(describe(v)));
        }
        ms << Measurement { metric, v.toDouble() * scale, unit };
        return true;
    }
    /// Every key of a "percentiles" object ("50", "75", …) as `<stem>_p<key>`.
    bool percentiles(const QJsonObject& o, const QString& at, const QString& stem, double scale, const QString& unit)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            it.key().toDouble(&ok);
            if (!ok) {
                return fail(QString(at + it.key()), QStringLiteral("expected a percentile such as \"50\" or \"99\""));
            }
            if (!number(o, at, it.key(), QString(stem + QStringLiteral("_p") + it.key()), scale, unit)) {
                return false;
            }
        }
        return true;
    }
    static QString describe(const QJsonValue& v)
    {
        return v.isUndefined() ? QStringLiteral("nothing")
            : v.isString()     ? QString(QLatin1Char('"') + v.toString().left(40) + QLatin1Char('"'))
                               : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
    }
    bool readSpec(QJsonObject& params, QString& url);
    bool readResult(QStringList& warnings);
    /// "latency" and "rps": both left out by bombardier when it had no data.
    bool readLatencyAndRate(const QJsonObject& result);
};

bool Reader::readSpec(QJsonObject& params, QString& url)
{
    const QJsonObject spec = root.value(QStringLiteral("spec")).toObject();
    const QString at = QStringLiteral("spec.");
    if (!spec.value(QStringLiteral("url")).isString()) {
        return fail(QStringLiteral("spec.url"),
            QStringLiteral("found %1, expected the URL").arg(describe(spec.value(QStringLiteral("url")))));
    }
    url = spec.value(QStringLiteral("url")).toString();
    if (!spec.value(QStringLiteral("numberOfConnections")).isDouble()) {
        return fail(QStringLiteral("spec.numberOfConnections"),
            QStringLiteral("found %1, expected a number")
                .arg(describe(spec.value(QStringLiteral("numberOfConnections")))));
    }
    params.insert(QStringLiteral("connections"), spec.value(QStringLiteral("numberOfConnections")));
    const QString type = spec.value(QStringLiteral("testType")).toString();
    const QString key = type == QLatin1String("timed") ? QStringLiteral("testDurationSeconds")
        : type == QLatin1String("number-of-requests")  ? QStringLiteral("numberOfRequests")
                                                       : QString();
    if (key.isEmpty() || !spec.value(key).isDouble()) {
        return fail(key.isEmpty() ? QStringLiteral("spec.testType") : QString(at + key),
            key.isEmpty() ? QStringLiteral("found %1, expected \"timed\" or \"number-of-requests\"")
                                .arg(describe(spec.value(QStringLiteral("testType"))))
                          : QStringLiteral("found %1, expected a number").arg(describe(spec.value(key))));
    }
    params.insert(
        key == QLatin1String("testDurationSeconds") ? QStringLiteral("duration_s") : QStringLiteral("requests"),
        spec.value(key));
    for (const char* name : { "method", "client", "rate" }) {
        const QJsonValue v = spec.value(QLatin1String(name));
        if (!v.isUndefined()) {
            params.insert(QLatin1String(name), v);
        }
    }
    return true;
}

bool Reader::readResult(QStringList& warnings)
{
    const QJsonValue rv = root.value(QStringLiteral("result"));
    if (!rv.isObject()) {
        return fail(QStringLiteral("result"),
            QStringLiteral("found %1, expected bombardier's result object").arg(describe(rv)));
    }
    const QJsonObject result = rv.toObject();
    const QString at = QStringLiteral("result.");
    const QString none;
    const QString ms1 = QStringLiteral("ms");
    if (!number(result, at, QStringLiteral("bytesRead"), QStringLiteral("read_bytes"), 1, QStringLiteral("B"))
        || !number(result, at, QStringLiteral("bytesWritten"), QStringLiteral("written_bytes"), 1, QStringLiteral("B"))
        || !number(result, at, QStringLiteral("timeTakenSeconds"), QStringLiteral("duration_ms"), 1000, ms1)) {
        return false;
    }
    double requests = 0;
    for (const char* key : { "req1xx", "req2xx", "req3xx", "req4xx", "req5xx", "others" }) {
        const QString k = QLatin1String(key);
        const QString metric = k == QLatin1String("others") ? QStringLiteral("status_others")
                                                            : QString(QStringLiteral("status_") + k.mid(3));
        if (!number(result, at, k, metric, 1, none)) {
            return false;
        }
        requests += ms.last().value;
    }
    ms << Measurement { QStringLiteral("requests"), requests, none };
    double errors = 0;
    const QJsonArray list = result.value(QStringLiteral("errors")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list[i].toObject();
        const QString field = QStringLiteral("result.errors[%1].").arg(i);
        if (!number(e, field, QStringLiteral("count"), QStringLiteral("errors"), 1, none)) {
            return false;
        }
        errors += ms.takeLast().value;
        warnings << QStringLiteral("%1: bombardier reported %2 × %3")
                        .arg(path)
                        .arg(e.value(QStringLiteral("count")).toDouble())
                        .arg(e.value(QStringLiteral("description")).toString());
    }
    ms << Measurement { QStringLiteral("errors"), errors, none };
    return readLatencyAndRate(result);
}

bool Reader::readLatencyAndRate(const QJsonObject& result)
{
    const QString ms1 = QStringLiteral("ms");
    if (result.contains(QStringLiteral("latency"))) {
        const QJsonObject l = result.value(QStringLiteral("latency")).toObject();
        const QString la = QStringLiteral("result.latency.");
        if (!number(l, la, QStringLiteral("mean"), QStringLiteral("latency_ms_mean"), 0.001, ms1)
            || !number(l, la, QStringLiteral("stddev"), QStringLiteral("latency_ms_stddev"), 0.001, ms1)
            || !number(l, la, QStringLiteral("max"), QStringLiteral("latency_ms_max"), 0.001, ms1)
            || !percentiles(l.value(QStringLiteral("percentiles")).toObject(),
                QString(la + QStringLiteral("percentiles.")), QStringLiteral("latency_ms"), 0.001, ms1)
            || !percentiles(l.value(QStringLiteral("percentiles2xx")).toObject(),
                QString(la + QStringLiteral("percentiles2xx.")), QStringLiteral("latency_2xx_ms"), 0.001, ms1)) {
            return false;
        }
    }
    if (result.contains(QStringLiteral("rps"))) {
        const QJsonObject r = result.value(QStringLiteral("rps")).toObject();
        const QString ra = QStringLiteral("result.rps.");
        const QString unit = QStringLiteral("1/s");
        return number(r, ra, QStringLiteral("mean"), QStringLiteral("requests_per_s_mean"), 1, unit)
            && number(r, ra, QStringLiteral("stddev"), QStringLiteral("requests_per_s_stddev"), 1, unit)
            && number(r, ra, QStringLiteral("max"), QStringLiteral("requests_per_s_max"), 1, unit)
            && percentiles(r.value(QStringLiteral("percentiles")).toObject(),
                QString(ra + QStringLiteral("percentiles.")), QStringLiteral("requests_per_s"), 1, unit);
    }
    return true;
}

class BombardierJson final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("bombardier-json");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.trimmed().startsWith("{\"spec\":{\"numberOfConnections\":") ? 99 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> BombardierJson::import(const QString& path, ImportError* error) const
{
    const auto json = importing::readJson(path, error);
    if (!json) {
        return std::nullopt;
    }
    const QByteArray& text = json->text;
    const QJsonDocument& doc = json->doc;
    if (!doc.isObject()) {
        *error = { path, 1, {}, QStringLiteral("expected bombardier's {\"spec\":…,\"result\":…} object") };
        return std::nullopt;
    }
    Reader r { path, text, doc.object(), {}, {} };
    QJsonObject params;
    QString url;
    QStringList warnings;
    if (!r.readSpec(params, url) || !r.readResult(warnings)) {
        *error = r.error;
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("bombardier"), {});
    RunRecord run = importing::makeRun(QStringLiteral("bombardier"), name(), url, params, 1);
    run.measurements = r.ms;
    importing::addRun(set, run, 1);
    set.warnings << warnings;
    return set;
}

} // namespace

std::unique_ptr<Importer> makeBombardierJsonImporter()
{
    return std::make_unique<BombardierJson>();
}

} // namespace rb
