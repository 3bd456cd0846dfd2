// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnertablemodel.h"

#include <QThread>

namespace rb {

RunnerTableModel::RunnerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RunnerTableModel::setInstallation(std::shared_ptr<const Installation> installation)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_inst = std::move(installation);
    endResetModel();
}

int RunnerTableModel::rowCount(const QModelIndex& parent) const
{
    return (parent.isValid() || !m_inst) ? 0 : int(m_inst->registry.entries().size());
}

int RunnerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunnerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunnerEntry& e = m_inst->registry.entries()[std::size_t(index.row())];
    switch (role) {
    case RunnerIdRole:
        return e.runner->id();
    case AvailableRole:
        return e.probe.available;
    case Qt::ToolTipRole:
        return e.probe.available ? tr("%1\nBinary: %2").arg(e.runner->displayName(), e.probe.binary)
                                 : tr("%1\nUnavailable: %2").arg(e.runner->displayName(), e.probe.reason);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return e.runner->id();
        case FamilyColumn:
            return e.runner->family();
        case AvailableColumn:
            return role == SortRole ? QVariant(e.probe.available) : QVariant(e.probe.available ? tr("yes") : tr("no"));
        case VersionColumn:
            return e.probe.available ? e.probe.version : e.probe.reason;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RunnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("Runtime");
    case FamilyColumn:
        return tr("Family");
    case AvailableColumn:
        return tr("Available");
    case VersionColumn:
        return tr("Version / reason");
    }
    return {};
}

} // namespace rb
