// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include <QThread>

namespace rb {

CheckListModel::CheckListModel(QString nameHeader, QString detailHeader, bool detailEditable, QObject* parent)
    : QAbstractTableModel(parent)
    , m_nameHeader(std::move(nameHeader))
    , m_detailHeader(std::move(detailHeader))
    , m_detailEditable(detailEditable)
{
}

void CheckListModel::setItems(const QList<CheckItem>& items)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_items = items;
    endResetModel();
}

void CheckListModel::update(const QList<CheckItem>& items)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (items.size() != m_items.size()) {
        setItems(items);
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CheckItem& old = m_items[i];
        const bool changed = old.id != items[i].id || old.checked != items[i].checked || old.detail != items[i].detail
            || old.enabled != items[i].enabled || old.reason != items[i].reason;
        m_items[i] = items[i];
        if (changed) {
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

int CheckListModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

QStringList CheckListModel::checkedIds() const
{
    QStringList ids;
    for (const CheckItem& it : m_items) {
        if (it.checked) {
            ids << it.id;
        }
    }
    return ids;
}

int CheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CheckListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CheckItem& it = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? it.id : it.detail;
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(it.checked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        return it.reason.isEmpty() ? QVariant() : QVariant(it.reason);
    case IdRole:
        return it.id;
    case EnabledRole:
        return it.enabled;
    default:
        return {};
    }
}

bool CheckListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const CheckItem& it = m_items[index.row()];
    const bool on = value.toInt() == Qt::Checked;
    // A disabled row can only be taken out (an unavailable runtime a loaded spec names).
    if (role == Qt::CheckStateRole && index.column() == NameColumn && (it.enabled || (it.checked && !on))) {
        // The owner updates the spec and then the check mark (update()), so that both always agree.
        Q_EMIT toggled(it.id, on);
        return true;
    }
    if (role == Qt::EditRole && index.column() == DetailColumn && m_detailEditable) {
        Q_EMIT detailEdited(it.id, value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    const CheckItem& it = m_items[index.row()];
    if (!it.enabled && !it.checked) {
        return Qt::ItemNeverHasChildren; // shown, greyed out, not selectable
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn) {
        f |= Qt::ItemIsUserCheckable;
    } else if (m_detailEditable) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? m_nameHeader : section == DetailColumn ? m_detailHeader : QString();
}

} // namespace rb
