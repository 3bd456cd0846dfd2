// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsummary.h"

#include "model/scenariokinds.h"
#include "stats/descriptive.h"
#include "stats/groups.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace rb::cli {

namespace {

const QStringList kMetrics = { QStringLiteral("wall_ms"), QStringLiteral("user_ms"), QStringLiteral("sys_ms"),
    QStringLiteral("max_rss_kb") };

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

QJsonArray summaryJson(const ResultSet& results)
{
    // Groups come in the same (first-appearance) order for every metric: compute each metric's once.
    QList<QList<stats::Group>> byMetric;
    for (const QString& metric : kMetrics) {
        byMetric << stats::groupsFromResults(results, metric);
    }
    QJsonArray out;
    const QList<stats::Group>& wall = byMetric.first();
    for (qsizetype i = 0; i < wall.size(); ++i) {
        const stats::Group& g = wall[i];
        QJsonObject go { { QStringLiteral("name"), g.name }, { QStringLiteral("runtime"), g.runtime },
            { QStringLiteral("workload"), g.workload }, { QStringLiteral("scenario"), g.scenario },
            { QStringLiteral("n"), int(g.values.size()) }, { QStringLiteral("failed"), g.failed } };
        for (qsizetype m = 0; m < kMetrics.size(); ++m) {
            std::vector<double> v = byMetric[m][i].values;
            std::sort(v.begin(), v.end());
            const auto sd = stats::sd(v);
            go.insert(kMetrics[m],
                QJsonObject {
                    { QStringLiteral("median"), v.empty() ? QJsonValue() : num(stats::quantileSorted(v, 0.5)) },
                    { QStringLiteral("mean"), num(stats::mean(v)) },
                    { QStringLiteral("sd"), sd ? num(*sd) : QJsonValue() },
                    { QStringLiteral("min"), v.empty() ? QJsonValue() : num(v.front()) },
                    { QStringLiteral("max"), v.empty() ? QJsonValue() : num(v.back()) } });
        }
        out.append(go);
    }
    return out;
}

QString headlineMetric(const ResultSet& results, const QString& scenarioName)
{
    // A group's scenario is the spec's scenario name; its kind says which metric sums it up.
    const QJsonArray scenarios =
        results.experiment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("scenarios")).toArray();
    QString kind = scenarioName;
    for (const QJsonValue& v : scenarios) {
        if (v.toObject().value(QStringLiteral("name")).toString() == scenarioName) {
            kind = v.toObject().value(QStringLiteral("kind")).toString();
        }
    }
    const ScenarioKindDef* def = findScenarioKind(kind);
    return def ? def->headline : QStringLiteral("wall_ms");
}

QString summaryTable(const ResultSet& results)
{
    QString s = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(QStringLiteral("CONFIGURATION"), -60)
                    .arg(QStringLiteral("N"), 4)
                    .arg(QStringLiteral("FAIL"), 4)
                    .arg(QStringLiteral("METRIC"), -20)
                    .arg(QStringLiteral("MEDIAN"), 12)
                    .arg(QStringLiteral("MIN"), 12)
                    .arg(QStringLiteral("MAX"), 12);
    QHash<QString, QList<stats::Group>> byMetric; // the group lists of every metric share one order
    const QList<stats::Group> order = stats::groupsFromResults(results, QStringLiteral("wall_ms"));
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QString metric = headlineMetric(results, order[i].scenario);
        if (!byMetric.contains(metric)) {
            byMetric.insert(metric, stats::groupsFromResults(results, metric));
        }
        const stats::Group& g = byMetric[metric][i];
        std::vector<double> v = g.values;
        std::sort(v.begin(), v.end());
        const bool any = !v.empty();
        const int prec = g.unit == QLatin1String("KiB") || g.unit == QLatin1String("count") ? 0 : 2;
        s += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(g.name, -60)
                 .arg(v.size(), 4)
                 .arg(g.failed, 4)
                 .arg(QStringLiteral("%1 (%2)").arg(metric, g.unit.isEmpty() ? QStringLiteral("-") : g.unit), -20)
                 .arg(any ? QString::number(stats::quantileSorted(v, 0.5), 'f', prec) : QStringLiteral("-"), 12)
                 .arg(any ? QString::number(v.front(), 'f', prec) : QStringLiteral("-"), 12)
                 .arg(any ? QString::number(v.back(), 'f', prec) : QStringLiteral("-"), 12);
    }
    return s;
}

} // namespace rb::cli
