// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/inventory.h"
#include "plan/planspec.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace rb {

/// The hosts of a multi-host spec (its "hosts" array) beside an Ansible inventory: id, address, roles, and whether
/// the inventory has the host (Ansible reaches hosts by their inventory names, so a missing one cannot run).
/// Holds an immutable snapshot; reset with setHosts() on the model's thread.
class PlanHostModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        AddressColumn,
        RolesColumn,
        InventoryColumn,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        HostIdRole,
        /// true or false; invalid when no inventory was given
        InInventoryRole
    };

    explicit PlanHostModel(QObject* parent = nullptr);
    /// `inventory`: none when the user has not chosen one (nothing is flagged missing then).
    void setHosts(const QList<plan::PlanHost>& hosts, const std::optional<plan::Inventory>& inventory);
    /// The spec's host ids the inventory lacks, in the spec's order (empty without an inventory).
    QStringList missingHosts() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool inInventory(const plan::PlanHost& host) const;
    QVariant display(const plan::PlanHost& host, int column) const;

    QList<plan::PlanHost> m_hosts;
    std::optional<plan::Inventory> m_inventory;
};

} // namespace rb
