// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

namespace rb {

/// The raw data of every open result set: one row per run (warm-ups included), the run's identity columns
/// and one column per metric any run has. Holds an immutable snapshot of the sets; reset with setSets() on
/// the model's thread. SortRole gives numbers as numbers (NaN-free: a missing value sorts as an empty
/// QVariant), DisplayRole formatted text with the unit.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SetColumn,
        RunIdColumn,
        RuntimeColumn,
        WorkloadColumn,
        ScenarioColumn,
        ParamsColumn,
        RepetitionColumn,
        StatusColumn,
        FirstMetricColumn ///< metric columns follow, in the order the metrics first appear
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        SetIndexRole, ///< int: position of the run's set in the snapshot
        RuntimeRole, ///< QString: the run's runtime
        GroupRole, ///< QString: groupLabel() of the run
        RunIdRole,
        OkRole, ///< bool
        FilterTextRole, ///< QString: the text of every column of the row, lower case, for free-text filters
        MetricRole ///< QString (header): the metric name of a metric column, empty for the others
    };

    explicit RunTableModel(QObject* parent = nullptr);
    void setSets(const QList<std::shared_ptr<const ResultSet>>& sets);

    /// "workload · scenario label": the level-3 node of ResultTreeModel and the GroupRole of a row.
    static QString groupLabel(const RunSpec& spec);
    /// What the GUI calls a set: the experiment's name, else the importing tool, else the folder name.
    static QString setName(const ResultSet& set);
    /// The folder or file a set came from: its dir, else the first file an importer read.
    static QString setPath(const ResultSet& set);
    /// "key=value key=value" of a scenario's params (empty without).
    static QString paramsText(const ScenarioSpec& scenario);

    QStringList metrics() const
    {
        return m_metrics;
    }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int set = 0;
        const RunRecord* run = nullptr;
        QString filterText;
    };
    QVariant displayText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString metricText(const Row& row, int metric) const;

    QList<std::shared_ptr<const ResultSet>> m_sets; ///< keeps the runs the rows point to alive
    std::vector<Row> m_rows;
    QStringList m_metrics;
    QStringList m_units;
    QList<int> m_decimals; ///< per metric: enough for three significant digits of its smallest value
};

} // namespace rb
