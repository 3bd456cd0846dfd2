// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfiltermodel.h"

#include "resulttreemodel.h"
#include "runtablemodel.h"

namespace rb {

RunFilterModel::RunFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RunFilterModel::setScope(int set, const QString& runtime, const QString& group)
{
    m_set = set;
    m_runtime = runtime;
    m_group = group;
    invalidateFilter();
}

void RunFilterModel::setScopeFromTree(const QModelIndex& treeNode)
{
    if (!treeNode.isValid()) {
        setScope(-1);
        return;
    }
    setScope(treeNode.data(ResultTreeModel::SetIndexRole).toInt(),
        treeNode.data(ResultTreeModel::RuntimeRole).toString(), treeNode.data(ResultTreeModel::GroupRole).toString());
}

void RunFilterModel::setText(const QString& text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_set >= 0 && i.data(RunTableModel::SetIndexRole).toInt() != m_set) {
        return false;
    }
    if (!m_runtime.isEmpty() && i.data(RunTableModel::RuntimeRole).toString() != m_runtime) {
        return false;
    }
    if (!m_group.isEmpty() && i.data(RunTableModel::GroupRole).toString() != m_group) {
        return false;
    }
    const QString text = i.data(RunTableModel::FilterTextRole).toString();
    for (const QString& w : m_words) {
        if (!text.contains(w)) {
            return false;
        }
    }
    return true;
}

} // namespace rb
