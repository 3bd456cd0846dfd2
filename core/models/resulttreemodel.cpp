// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttreemodel.h"

#include "runtablemodel.h"

#include <QFileInfo>
#include <QThread>

namespace rb {

ResultTreeModel::ResultTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

int ResultTreeModel::child(int parentNode, const QString& name, Level level)
{
    for (int c : m_nodes[std::size_t(parentNode)].children) {
        if (m_nodes[std::size_t(c)].name == name) {
            return c;
        }
    }
    Node n;
    n.parent = parentNode;
    n.level = level;
    n.name = name;
    n.set = m_nodes[std::size_t(parentNode)].set;
    n.path = m_nodes[std::size_t(parentNode)].path;
    n.runtime = m_nodes[std::size_t(parentNode)].runtime;
    n.row = int(m_nodes[std::size_t(parentNode)].children.size());
    const int id = int(m_nodes.size());
    m_nodes.push_back(n);
    m_nodes[std::size_t(parentNode)].children.push_back(id);
    return id;
}

void ResultTreeModel::addSet(int s, const ResultSet& set)
{
    Node top;
    top.set = s;
    top.row = s;
    top.name = RunTableModel::setName(set);
    top.path = RunTableModel::setPath(set);
    const int topId = int(m_nodes.size());
    m_nodes.push_back(top);
    m_top.push_back(topId);
    for (const RunRecord& r : set.runs) {
        const int rt = child(topId, r.spec.runtime, Level::Runtime);
        m_nodes[std::size_t(rt)].runtime = r.spec.runtime;
        const QString group = RunTableModel::groupLabel(r.spec);
        const int g = child(rt, group, Level::Group);
        m_nodes[std::size_t(g)].group = group;
        for (int n : { topId, rt, g }) {
            m_nodes[std::size_t(n)].runs += 1;
            m_nodes[std::size_t(n)].failed += r.ok ? 0 : 1;
        }
    }
}

void ResultTreeModel::setSets(const QList<std::shared_ptr<const ResultSet>>& sets)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    for (int s = 0; s < sets.size(); ++s) {
        addSet(s, *sets[s]);
    }
    endResetModel();
}

const ResultTreeModel::Node* ResultTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? &m_nodes[std::size_t(index.internalId())] : nullptr;
}

QModelIndex ResultTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const Node* p = nodeOf(parent);
    const std::vector<int>& siblings = p ? p->children : m_top;
    return createIndex(row, column, quintptr(siblings[std::size_t(row)]));
}

QModelIndex ResultTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!n || n->parent < 0) {
        return {};
    }
    return createIndex(m_nodes[std::size_t(n->parent)].row, 0, quintptr(n->parent));
}

int ResultTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    const Node* p = nodeOf(parent);
    return int(p ? p->children.size() : m_top.size());
}

int ResultTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ResultTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& n = *nodeOf(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            return n.level == Level::Set ? QString(n.name + QStringLiteral(" — ") + QFileInfo(n.path).fileName())
                                         : n.name;
        }
        return column == RunsColumn ? n.runs : n.failed;
    case SortRole:
        return column == NameColumn ? QVariant(n.name) : QVariant(column == RunsColumn ? n.runs : n.failed);
    case Qt::ToolTipRole:
        //: tooltip of a result set in the tree: %1 its folder or file, %2 runs, %3 failed runs
        return n.level == Level::Set ? tr("%1\n%2 runs, %3 failed").arg(n.path).arg(n.runs).arg(n.failed) : n.name;
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SetIndexRole:
        return n.set;
    case RuntimeRole:
        return n.runtime;
    case GroupRole:
        return n.group;
    case LevelRole:
        return int(n.level);
    case PathRole:
        return n.path;
    default:
        return {};
    }
}

QVariant ResultTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        //: tree column: result set, runtime, or workload · scenario
        return tr("Set / runtime / workload · scenario");
    case RunsColumn:
        return tr("Runs");
    case FailedColumn:
        return tr("Failed");
    default:
        return {};
    }
}

} // namespace rb
