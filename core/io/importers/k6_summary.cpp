// SPDX-License-Identifier: GPL-3.0-or-later
// k6 --summary-export (grafana/k6 internal/js/summary-wrapper.js oldJSONSummary): {root_group, metrics{name: {flat
// values, thresholds{expr: bool}}}}. The metric type is not stored (inferred from the keys), and in `thresholds`
// true means the threshold FAILED (it is !ok): stored as "failed"/"passed" so nobody reads it the wrong way round.
#include "importedrun.h"
#include "jsonsource.h"
#include "k6.h"

#include <QFileInfo>

namespace rb {
namespace {

class K6Summary final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("k6-summary");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const QByteArray t = head.trimmed();
        if (!t.startsWith('{') || t.contains("\"k6Version\"")) {
            return 0;
        }
        if (t.contains("\"root_group\"")) {
            return 90;
        }
        return t.contains("\"metrics\"") && (t.contains("\"p(95)\"") || t.contains("\"http_reqs\"")) ? 70 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> K6Summary::import(const QString& path, ImportError* error) const
{
    const auto src = importing::readJson(path, error);
    if (!src) {
        return std::nullopt;
    }
    const QJsonValue metricsValue = src->doc.object().value(QStringLiteral("metrics"));
    const QJsonObject metrics = metricsValue.toObject();
    if (!metricsValue.isObject() || metrics.isEmpty()) {
        *error = { path, qMax(1, importing::keyLine(src->text, QStringLiteral("metrics"))), QStringLiteral("metrics"),
            QStringLiteral("missing or empty; expected k6 --summary-export output ({\"metrics\": {name: values}})") };
        return std::nullopt;
    }
    const qsizetype metricsAt = importing::keyOffset(src->text, QStringLiteral("metrics"));
    QList<Measurement> ms;
    QJsonObject thresholds; // metric → {expr: "passed"|"failed"}
    double failed = 0;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const int line = importing::keyLine(src->text, it.key(), metricsAt);
        const QString field = QString(QStringLiteral("metrics.") + it.key());
        const QJsonObject values = it.value().toObject();
        const QString type = k6::inferType(values);
        if (!it.value().isObject() || type.isEmpty()) {
            *error = { path, line, field,
                QStringLiteral("cannot tell the metric type from its keys (%1); expected a trend (avg, med, p(N)), "
                               "counter (count, rate), rate (value, passes, fails) or gauge (value, min, max)")
                    .arg(values.keys().join(QStringLiteral(", "))) };
            return std::nullopt;
        }
        QString badKey;
        if (!k6::addMetric(it.key(), type, {}, values, &ms, &badKey)) {
            *error = { path,
                importing::keyLine(src->text, badKey, importing::keyOffset(src->text, it.key(), metricsAt)),
                QString(field + QLatin1Char('.') + badKey), QStringLiteral("not a number") };
            return std::nullopt;
        }
        const QJsonObject given = values.value(QStringLiteral("thresholds")).toObject();
        QJsonObject read;
        for (auto t = given.begin(); t != given.end(); ++t) {
            if (!t.value().isBool()) {
                *error = { path, line, QString(field + QStringLiteral(".thresholds.") + t.key()),
                    QStringLiteral("expected true (failed) or false (passed)") };
                return std::nullopt;
            }
            // k6 writes !ok: true is a threshold that was crossed.
            read.insert(t.key(), t.value().toBool() ? QStringLiteral("failed") : QStringLiteral("passed"));
            failed += t.value().toBool() ? 1 : 0;
        }
        if (!read.isEmpty()) {
            thresholds.insert(it.key(), read);
        }
    }
    ms << Measurement { QStringLiteral("thresholds_failed"), failed, QString() };
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("k6"), {});
    RunRecord r = importing::makeRun(QStringLiteral("k6"), name(), QFileInfo(path).completeBaseName(), {}, 1);
    r.measurements = ms;
    importing::setSourceDetail(set, QStringLiteral("thresholds"), QJsonObject { { r.spec.runId, thresholds } });
    importing::addRun(set, r, importing::lineAt(src->text, metricsAt));
    return set;
}

} // namespace

std::unique_ptr<Importer> makeK6SummaryImporter()
{
    return std::make_unique<K6Summary>();
}

} // namespace rb
