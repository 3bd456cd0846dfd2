// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsummary.h"

#include "stats/descriptive.h"
#include "stats/groups.h"

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

QString summaryTable(const ResultSet& results)
{
    QString s = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(QStringLiteral("CONFIGURATION"), -52)
                    .arg(QStringLiteral("N"), 4)
                    .arg(QStringLiteral("FAIL"), 4)
                    .arg(QStringLiteral("WALL MED ms"), 12)
                    .arg(QStringLiteral("MIN ms"), 10)
                    .arg(QStringLiteral("MAX ms"), 10)
                    .arg(QStringLiteral("USER ms"), 10)
                    .arg(QStringLiteral("MAXRSS KiB"), 11);
    const QList<stats::Group> wall = stats::groupsFromResults(results, QStringLiteral("wall_ms"));
    const QList<stats::Group> user = stats::groupsFromResults(results, QStringLiteral("user_ms"));
    const QList<stats::Group> rss = stats::groupsFromResults(results, QStringLiteral("max_rss_kb"));
    for (qsizetype i = 0; i < wall.size(); ++i) {
        std::vector<double> w = wall[i].values;
        std::sort(w.begin(), w.end());
        const bool any = !w.empty();
        s += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(wall[i].name, -52)
                 .arg(w.size(), 4)
                 .arg(wall[i].failed, 4)
                 .arg(any ? QString::number(stats::quantileSorted(w, 0.5), 'f', 2) : QStringLiteral("-"), 12)
                 .arg(any ? QString::number(w.front(), 'f', 2) : QStringLiteral("-"), 10)
                 .arg(any ? QString::number(w.back(), 'f', 2) : QStringLiteral("-"), 10)
                 .arg(any ? QString::number(stats::median(user[i].values), 'f', 2) : QStringLiteral("-"), 10)
                 .arg(any ? QString::number(stats::median(rss[i].values), 'f', 0) : QStringLiteral("-"), 11);
    }
    return s;
}

} // namespace rb::cli
