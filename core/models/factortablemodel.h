// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"

#include <QAbstractTableModel>

namespace rb {

/// A spec's user factors as one row per level: factor, level, setup commands, teardown commands. Commands are
/// edited as text, one command per ';', arguments split at blanks with shell-like quoting (core/model/argvtext.h:
/// argv, never given to a shell). Rows with the same factor name form one factor, in order. GUI thread.
class FactorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FactorColumn,
        LevelColumn,
        SetupColumn,
        TeardownColumn,
        ColumnCount
    };
    struct Row
    {
        QString factor;
        QString level;
        QString setup;
        QString teardown;
    };

    explicit FactorTableModel(QObject* parent = nullptr);
    /// Shows the factors of a spec (model reset).
    void setFactors(const QList<UserFactor>& factors);
    /// The factors the rows describe.
    QList<UserFactor> factors() const;
    /// Appends a row: a new level of the last factor, or the first level of a factor "factor".
    void addRow();
    void removeRow(int row);

    /// "iptables -A X; iptables -F" → {{"iptables","-A","X"},{"iptables","-F"}}, and back.
    static QList<QStringList> parseCommands(const QString& text);
    static QString commandsText(const QList<QStringList>& commands);
    /// The first command text that does not parse (an unclosed quote), naming factor, level and column; "" if none.
    QString problem() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Rows were edited, added or removed (not emitted by setFactors()).
    void factorsEdited();

private:
    QList<Row> m_rows;
};

} // namespace rb
