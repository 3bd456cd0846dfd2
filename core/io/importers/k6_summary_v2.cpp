// SPDX-License-Identifier: GPL-3.0-or-later
// k6 machine-readable summary (grafana/k6 internal/lib/summary/machinereadable/types_gen.go, machine_readable.go):
// {version, config{duration (s), execution, script}, metadata{generatedAt, k6Version}, results{checks{metrics[],
// results[{name, passes, fails}]}, metrics[{name, type, contains, values}]}}. Types and units are in the file.
#include "importedrun.h"
#include "jsonsource.h"
#include "k6.h"

#include <QFileInfo>
#include <QJsonArray>

namespace rb {
namespace {

class K6SummaryV2 final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("k6-summary-v2");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const QByteArray t = head.trimmed();
        if (!t.startsWith('{')) {
            return 0;
        }
        if (t.contains("\"k6Version\"")) {
            return 95;
        }
        return t.contains("\"results\"") && t.contains("\"contains\"") && t.contains("\"values\"") ? 85 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

/// Reads `list` (results.metrics or results.checks.metrics) into `ms`.
bool readMetrics(const QString& path, const importing::JsonSource& src, const QJsonValue& list, const QString& at,
    QList<Measurement>* ms, ImportError* error)
{
    const qsizetype from = importing::keyOffset(src.text, QStringLiteral("results"));
    if (!list.isArray()) {
        *error = { path, importing::keyLine(src.text, at.section(QLatin1Char('.'), -1), from), at,
            QStringLiteral("missing or not an array; expected [{name, type, contains, values}]") };
        return false;
    }
    const QJsonArray a = list.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject m = a.at(i).toObject();
        const QString field = QStringLiteral("%1[%2]").arg(at).arg(i);
        const QString metricName = m.value(QStringLiteral("name")).toString();
        const qsizetype nameAt =
            src.text.indexOf(QByteArray(QByteArray("\"") + metricName.toUtf8() + QByteArray("\"")), from);
        const int line = nameAt < 0 ? 0 : importing::lineAt(src.text, nameAt);
        const QString type = m.value(QStringLiteral("type")).toString();
        if (metricName.isEmpty()
            || !QStringList { QStringLiteral("trend"), QStringLiteral("counter"), QStringLiteral("rate"),
                QStringLiteral("gauge") }
                    .contains(type)
            || !m.value(QStringLiteral("values")).isObject()) {
            *error = { path, line, field,
                QStringLiteral("expected {name, type (trend, counter, rate, gauge), contains, values{…}}") };
            return false;
        }
        QString badKey;
        if (!k6::addMetric(metricName, type, m.value(QStringLiteral("contains")).toString(QStringLiteral("default")),
                m.value(QStringLiteral("values")).toObject(), ms, &badKey)) {
            *error = { path, line, QString(field + QStringLiteral(".values.") + badKey),
                QStringLiteral("not a number") };
            return false;
        }
    }
    return true;
}

std::optional<ResultSet> K6SummaryV2::import(const QString& path, ImportError* error) const
{
    const auto src = importing::readJson(path, error);
    if (!src) {
        return std::nullopt;
    }
    const QJsonObject root = src->doc.object();
    const QJsonObject results = root.value(QStringLiteral("results")).toObject();
    if (results.isEmpty()) {
        *error = { path, qMax(1, importing::keyLine(src->text, QStringLiteral("results"))), QStringLiteral("results"),
            QStringLiteral("missing; expected k6's machine-readable summary ({version, config, metadata, results})") };
        return std::nullopt;
    }
    QList<Measurement> ms;
    if (!readMetrics(
            path, *src, results.value(QStringLiteral("metrics")), QStringLiteral("results.metrics"), &ms, error)) {
        return std::nullopt;
    }
    const QJsonObject checks = results.value(QStringLiteral("checks")).toObject();
    if (checks.contains(QStringLiteral("metrics"))
        && !readMetrics(path, *src, checks.value(QStringLiteral("metrics")), QStringLiteral("results.checks.metrics"),
            &ms, error)) {
        return std::nullopt;
    }
    const QJsonObject config = root.value(QStringLiteral("config")).toObject();
    if (config.value(QStringLiteral("duration")).isDouble()) {
        ms << Measurement { QStringLiteral("duration_ms"), config.value(QStringLiteral("duration")).toDouble() * 1000,
            QStringLiteral("ms") };
    }
    const QString script = config.value(QStringLiteral("script")).toString();
    const QString workload = script.isEmpty() ? QFileInfo(path).completeBaseName() : QFileInfo(script).fileName();
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("k6"),
        root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("k6Version")).toString());
    RunRecord r = importing::makeRun(QStringLiteral("k6"), name(), workload, {}, 1);
    r.measurements = ms;
    QJsonObject checkResults;
    for (const QJsonValue& c : checks.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = c.toObject();
        checkResults.insert(o.value(QStringLiteral("name")).toString(),
            QJsonObject { { QStringLiteral("passes"), o.value(QStringLiteral("passes")) },
                { QStringLiteral("fails"), o.value(QStringLiteral("fails")) } });
    }
    if (!checkResults.isEmpty()) {
        importing::setSourceDetail(set, QStringLiteral("checks"), QJsonObject { { r.spec.runId, checkResults } });
    }
    importing::addRun(set, r, importing::keyLine(src->text, QStringLiteral("results")));
    return set;
}

} // namespace

std::unique_ptr<Importer> makeK6SummaryV2Importer()
{
    return std::make_unique<K6SummaryV2>();
}

} // namespace rb
