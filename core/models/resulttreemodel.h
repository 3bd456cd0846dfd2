// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"

#include <QAbstractItemModel>
#include <QList>
#include <memory>
#include <vector>

namespace rb {

/// The open result sets as a tree: each set (experiment name and path) → its runtimes → their
/// "workload · scenario" groups (with parameters and factor levels), each with its number of runs and of
/// failed runs (warm-ups included: every row of the set's runs). Holds an immutable snapshot; reset with
/// setSets() on the model's thread.
class ResultTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RunsColumn,
        FailedColumn,
        ColumnCount
    };
    enum class Level
    {
        Set = 1,
        Runtime,
        Group
    };
    enum Roles
    {
        SortRole = Qt::UserRole, ///< the name, or the count as an int
        SetIndexRole, ///< int: position of the node's set in the snapshot
        RuntimeRole, ///< QString: the node's runtime (empty for a set)
        GroupRole, ///< QString: RunTableModel::groupLabel() of a group node (empty above)
        LevelRole, ///< int: Level
        PathRole ///< QString: the folder or file the node's set came from
    };

    explicit ResultTreeModel(QObject* parent = nullptr);
    void setSets(const QList<std::shared_ptr<const ResultSet>>& sets);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; ///< node index, -1 for a set
        int row = 0; ///< position among its siblings
        Level level = Level::Set;
        int set = 0;
        QString name;
        QString runtime;
        QString group;
        QString path;
        int runs = 0;
        int failed = 0;
        std::vector<int> children;
    };
    int child(int parentNode, const QString& name, Level level);
    void addSet(int s, const ResultSet& set);
    const Node* nodeOf(const QModelIndex& index) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_top; ///< the set nodes
};

} // namespace rb
