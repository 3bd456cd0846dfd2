// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace rb {

/// One row of a CheckListModel: something to pick (a runtime, a workload, a scenario kind).
struct CheckItem
{
    QString id;
    QString detail; ///< second column: version, arguments, description
    bool enabled = true; ///< false: shown greyed, cannot be checked (an unavailable runtime)
    QString reason; ///< tool tip: why it is disabled, or what it is
    bool checked = false;
};

/// A list of things to pick, with a detail column that may be editable (a workload's arguments). The owner
/// (SpecDraft) fills it and listens to toggled()/detailEdited(); checking a row does not change the spec itself.
/// GUI thread (the thread it lives in).
class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        DetailColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole,
        EnabledRole
    };

    CheckListModel(QString nameHeader, QString detailHeader, bool detailEditable, QObject* parent = nullptr);
    /// Replaces every row (model reset).
    void setItems(const QList<CheckItem>& items);
    /// Updates check marks and details of existing rows without a reset (exact dataChanged ranges).
    void update(const QList<CheckItem>& items);
    const QList<CheckItem>& items() const
    {
        return m_items;
    }
    int rowOf(const QString& id) const;
    QStringList checkedIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void toggled(const QString& id, bool checked);
    void detailEdited(const QString& id, const QString& text);

private:
    QList<CheckItem> m_items;
    QString m_nameHeader;
    QString m_detailHeader;
    bool m_detailEditable;
};

} // namespace rb
