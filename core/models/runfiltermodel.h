// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace rb {

/// Sorts a RunTableModel by its SortRole (numbers as numbers) and keeps the rows that lie under the node
/// chosen in a ResultTreeModel (a set, a runtime of a set, or a workload · scenario of a runtime) and contain
/// every word of a free-text filter (case-insensitive, in any column). GUI thread.
class RunFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RunFilterModel(QObject* parent = nullptr);

    /// Only runs of set `set` (-1: every set), of `runtime` (empty: any) and in group `group` (empty: any).
    void setScope(int set, const QString& runtime = {}, const QString& group = {});
    /// The scope of a ResultTreeModel node (an invalid index: everything).
    void setScopeFromTree(const QModelIndex& treeNode);
    /// Rows must contain every whitespace-separated word of `text`.
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_set = -1;
    QString m_runtime;
    QString m_group;
    QStringList m_words;
};

} // namespace rb
