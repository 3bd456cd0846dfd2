// SPDX-License-Identifier: GPL-3.0-or-later
#include "planhostmodel.h"

#include <QFileInfo>
#include <QThread>

namespace rb {

namespace {

QString roles(const plan::PlanHost& h)
{
    // The spec's own keywords: not translated (they are what the user writes in the spec).
    QStringList r;
    if (h.sut) {
        r << QStringLiteral("sut");
    }
    if (h.loadgen) {
        r << QStringLiteral("loadgen");
    }
    return r.join(QStringLiteral(", "));
}

} // namespace

PlanHostModel::PlanHostModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlanHostModel::setHosts(const QList<plan::PlanHost>& hosts, const std::optional<plan::Inventory>& inventory)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_hosts = hosts;
    m_inventory = inventory;
    endResetModel();
}

bool PlanHostModel::inInventory(const plan::PlanHost& host) const
{
    return m_inventory && m_inventory->hosts.contains(host.id);
}

QStringList PlanHostModel::missingHosts() const
{
    QStringList missing;
    if (m_inventory) {
        for (const plan::PlanHost& h : m_hosts) {
            if (!inInventory(h)) {
                missing << h.id;
            }
        }
    }
    return missing;
}

int PlanHostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int PlanHostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanHostModel::display(const plan::PlanHost& h, int column) const
{
    switch (column) {
    case IdColumn:
        return h.id;
    case AddressColumn:
        return h.address.isEmpty() ? h.id : h.address;
    case RolesColumn:
        return roles(h);
    case InventoryColumn:
        if (!m_inventory) {
            return QString();
        }
        //: A spec host that the chosen Ansible inventory has; %1 is the address Ansible connects to
        return inInventory(h) ? tr("yes, connects to %1").arg(m_inventory->address(h.id))
                              //: A spec host that the chosen Ansible inventory lacks
                              : tr("missing");
    }
    return {};
}

QVariant PlanHostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const plan::PlanHost& h = m_hosts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(h, index.column());
    case HostIdRole:
        return h.id;
    case InInventoryRole:
        return m_inventory ? QVariant(inInventory(h)) : QVariant();
    case Qt::ToolTipRole:
        if (m_inventory && !inInventory(h)) {
            return tr("%1 is not a host of the inventory %2: Ansible reaches hosts by their inventory names, so it "
                      "could not run there. Add it to the inventory (with ansible_host=%3) or correct the id in the "
                      "spec.")
                .arg(h.id, QFileInfo(m_inventory->path).fileName(), h.address.isEmpty() ? h.id : h.address);
        }
        return {};
    default:
        return {};
    }
}

QVariant PlanHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("Host");
    case AddressColumn:
        return tr("Address");
    case RolesColumn:
        return tr("Roles");
    case InventoryColumn:
        return tr("In the inventory");
    }
    return {};
}

} // namespace rb
