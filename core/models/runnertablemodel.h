// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/installation.h"

#include <QAbstractTableModel>
#include <memory>

namespace rb {

/// Every runner of an installation with its probe result. Holds an immutable snapshot; reset with
/// setInstallation() on the model's thread.
class RunnerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        FamilyColumn,
        AvailableColumn,
        VersionColumn,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        RunnerIdRole,
        AvailableRole
    };

    explicit RunnerTableModel(QObject* parent = nullptr);
    void setInstallation(std::shared_ptr<const Installation> installation);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Installation> m_inst;
};

} // namespace rb
