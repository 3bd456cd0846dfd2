// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix.h"

#include "stats/descriptive.h"

#include <QSet>

namespace rb {

namespace {

/// The scenario with its parameters ("load rate=100"): the group's name is exactly
/// "runtime/workload/scenario label" (RunSpec::configKey), so this is a prefix removal, not a split.
QString scenarioLabel(const stats::Group& g)
{
    const QString prefix = g.runtime + QLatin1Char('/') + g.workload + QLatin1Char('/');
    return g.name.startsWith(prefix) ? g.name.mid(prefix.size()) : g.scenario;
}

QString rowLabel(const stats::Group& g, bool withScenario)
{
    return withScenario ? QString(g.workload + QStringLiteral(" (") + scenarioLabel(g) + QLatin1Char(')')) : g.workload;
}

} // namespace

ResultMatrix buildMatrix(const QList<stats::Group>& groups, const MatrixOptions& options)
{
    ResultMatrix m;
    m.center = options.center;
    m.metric = options.metric;
    m.baseline = options.baseline;
    QSet<QString> scenarios;
    for (const stats::Group& g : groups) {
        if (!g.values.empty()) {
            scenarios.insert(scenarioLabel(g));
        }
    }
    const bool withScenario = scenarios.size() > 1;
    for (const stats::Group& g : groups) {
        if (g.values.empty()) {
            continue;
        }
        const QString row = rowLabel(g, withScenario);
        if (!m.rows.contains(row)) {
            m.rows << row;
        }
        if (!m.columns.contains(g.runtime)) {
            m.columns << g.runtime;
        }
        if (m.unit.isEmpty()) {
            m.unit = g.unit;
        }
    }
    const auto rowCount = std::size_t(m.rows.size());
    const auto columnCount = std::size_t(m.columns.size());
    m.values.assign(rowCount, std::vector<std::optional<double>>(columnCount));
    m.counts.assign(rowCount, std::vector<std::size_t>(columnCount, 0));
    m.ratios.assign(rowCount, std::vector<std::optional<double>>(columnCount));
    for (const stats::Group& g : groups) {
        if (g.values.empty()) {
            continue;
        }
        const auto r = std::size_t(m.rows.indexOf(rowLabel(g, withScenario)));
        const auto c = std::size_t(m.columns.indexOf(g.runtime));
        m.values[r][c] = m.center == ResultMatrix::Center::Mean ? stats::mean(g.values) : stats::median(g.values);
        m.counts[r][c] = g.values.size();
    }
    m.baselineColumn = options.baseline.isEmpty() ? -1 : int(m.columns.indexOf(options.baseline));
    if (m.baselineColumn < 0) {
        return m;
    }
    for (std::size_t r = 0; r < rowCount; ++r) {
        const std::optional<double> base = m.values[r][std::size_t(m.baselineColumn)];
        for (std::size_t c = 0; c < columnCount; ++c) {
            if (base && *base != 0 && m.values[r][c]) {
                m.ratios[r][c] = *m.values[r][c] / *base;
            }
        }
    }
    return m;
}

} // namespace rb
