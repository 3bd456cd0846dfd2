// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtablemodel.h"

#include "io/exporters/exporttable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QThread>
#include <cmath>
#include <optional>

namespace rb {

RunTableModel::RunTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString RunTableModel::groupLabel(const RunSpec& spec)
{
    return spec.workload.label() + QStringLiteral(" · ") + spec.scenario.label();
}

QString RunTableModel::setName(const ResultSet& set)
{
    const QString name =
        set.experiment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("name")).toString();
    if (!name.isEmpty()) {
        return name;
    }
    const QString tool = set.experiment.value(QStringLiteral("tool")).toString();
    return tool.isEmpty() ? QFileInfo(setPath(set)).fileName() : tool;
}

QString RunTableModel::setPath(const ResultSet& set)
{
    if (!set.dir.isEmpty()) {
        return set.dir;
    }
    const QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    return sources.isEmpty() ? QString() : sources.first().toObject().value(QStringLiteral("file")).toString();
}

QString RunTableModel::paramsText(const ScenarioSpec& scenario)
{
    ScenarioSpec bare;
    bare.params = scenario.params;
    // label() of a scenario without a name is " key=value …": reuse its formatting of values.
    return bare.label().trimmed();
}

void RunTableModel::setSets(const QList<std::shared_ptr<const ResultSet>>& sets)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_sets = sets;
    m_rows.clear();
    m_metrics.clear();
    m_units.clear();
    for (int s = 0; s < m_sets.size(); ++s) {
        for (const RunRecord& r : m_sets[s]->runs) {
            m_rows.push_back(Row { s, &r, {} });
            for (const Measurement& m : r.measurements) {
                if (!m_metrics.contains(m.metric)) {
                    m_metrics << m.metric;
                    m_units << m.unit;
                }
            }
        }
    }
    m_decimals.clear();
    for (const QString& metric : std::as_const(m_metrics)) {
        std::vector<std::optional<double>> values;
        bool integers = true;
        for (const Row& row : m_rows) {
            const double v = row.run->value(metric);
            values.push_back(std::isnan(v) ? std::nullopt : std::optional<double>(v));
            integers = integers && (std::isnan(v) || v == std::trunc(v));
        }
        // Counts (page faults, requests) are whole numbers: "67", not "67.0".
        m_decimals << (integers ? 0 : decimalsFor(values));
    }
    const int columns = columnCount();
    for (Row& row : m_rows) {
        QStringList texts;
        for (int c = 0; c < columns; ++c) {
            texts << displayText(row, c).toString();
        }
        row.filterText = texts.join(QLatin1Char(' ')).toLower();
    }
    endResetModel();
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstMetricColumn + int(m_metrics.size());
}

QString RunTableModel::metricText(const Row& row, int metric) const
{
    const double v = row.run->value(m_metrics[metric]);
    if (std::isnan(v)) {
        return {};
    }
    const QString number = formatNumber(v, m_decimals[metric]);
    // "count" says no more than the number itself (the header still names it).
    const QString& unit = m_units[metric];
    return unit.isEmpty() || unit == QLatin1String("count") ? number : QString(number + QLatin1Char(' ') + unit);
}

QVariant RunTableModel::displayText(const Row& row, int column) const
{
    const RunRecord& r = *row.run;
    switch (column) {
    case SetColumn:
        return setName(*m_sets[row.set]);
    case RunIdColumn:
        return r.spec.runId;
    case RuntimeColumn:
        return r.spec.runtime;
    case WorkloadColumn:
        return r.spec.workload.label();
    case ScenarioColumn:
        return r.spec.scenario.name.isEmpty() ? r.spec.scenario.kind : r.spec.scenario.name;
    case ParamsColumn:
        return paramsText(r.spec.scenario);
    case RepetitionColumn:
        //: a warm-up run, left out of statistics; %1 is its number
        return r.spec.warmup ? tr("warm-up %1").arg(r.spec.repetition) : QString::number(r.spec.repetition);
    case StatusColumn:
        //: status of a run that failed; %1 says why
        return r.ok ? tr("ok") : tr("failed: %1").arg(r.error);
    default:
        return metricText(row, column - FirstMetricColumn);
    }
}

QVariant RunTableModel::sortValue(const Row& row, int column) const
{
    const RunRecord& r = *row.run;
    switch (column) {
    case SetColumn:
        return row.set;
    case RepetitionColumn:
        // Warm-ups before measured runs.
        return r.spec.warmup ? r.spec.repetition - 1000000 : r.spec.repetition;
    case StatusColumn:
        return r.ok ? 1 : 0;
    default:
        break;
    }
    if (column >= FirstMetricColumn) {
        const double v = r.value(m_metrics[column - FirstMetricColumn]);
        return std::isnan(v) ? QVariant() : QVariant(v);
    }
    return displayText(row, column);
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == SetColumn ? setPath(*m_sets[row.set]) : displayText(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= FirstMetricColumn || index.column() == RepetitionColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case SetIndexRole:
        return row.set;
    case RuntimeRole:
        return row.run->spec.runtime;
    case GroupRole:
        return groupLabel(row.run->spec);
    case RunIdRole:
        return row.run->spec.runId;
    case OkRole:
        return row.run->ok;
    case FilterTextRole:
        return row.filterText;
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstMetricColumn) {
        const int m = section - FirstMetricColumn;
        if (role == MetricRole) {
            return m_metrics[m];
        }
        if (role == Qt::DisplayRole) {
            return m_units[m].isEmpty() ? m_metrics[m]
                                        : QString(m_metrics[m] + QStringLiteral(" (") + m_units[m] + QLatin1Char(')'));
        }
        return {};
    }
    if (role == MetricRole) {
        return QString();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SetColumn:
        return tr("Set");
    case RunIdColumn:
        return tr("Run id");
    case RuntimeColumn:
        return tr("Runtime");
    case WorkloadColumn:
        return tr("Workload");
    case ScenarioColumn:
        return tr("Scenario");
    case ParamsColumn:
        //: scenario parameters and factor levels of a run, e.g. "concurrency=4"
        return tr("Parameters");
    case RepetitionColumn:
        return tr("Repetition");
    default:
        return tr("Status");
    }
}

} // namespace rb
