// SPDX-License-Identifier: GPL-3.0-or-later
#include "factortablemodel.h"

#include "model/argvtext.h"

#include <QThread>

namespace rb {

FactorTableModel::FactorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FactorTableModel::setFactors(const QList<UserFactor>& factors)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_rows.clear();
    for (const UserFactor& f : factors) {
        for (const UserFactorLevel& l : f.levels) {
            m_rows << Row { f.name, l.name, commandsText(l.setup), commandsText(l.teardown) };
        }
    }
    endResetModel();
}

QList<UserFactor> FactorTableModel::factors() const
{
    QList<UserFactor> out;
    for (const Row& r : m_rows) {
        auto it = std::find_if(out.begin(), out.end(), [&](const UserFactor& f) { return f.name == r.factor; });
        if (it == out.end()) {
            out << UserFactor { r.factor, {} };
            it = out.end() - 1;
        }
        it->levels << UserFactorLevel { r.level, parseCommands(r.setup), parseCommands(r.teardown) };
    }
    return out;
}

void FactorTableModel::addRow()
{
    const int n = int(m_rows.size());
    beginInsertRows({}, n, n);
    m_rows << Row { m_rows.isEmpty() ? QStringLiteral("factor") : m_rows.last().factor,
        m_rows.isEmpty() ? QStringLiteral("off") : QStringLiteral("level%1").arg(n + 1), {}, {} };
    endInsertRows();
    Q_EMIT factorsEdited();
}

void FactorTableModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT factorsEdited();
}

QList<QStringList> FactorTableModel::parseCommands(const QString& text)
{
    return parseCommandLine(text).commands;
}

QString FactorTableModel::commandsText(const QList<QStringList>& commands)
{
    return commandLineText(commands);
}

QString FactorTableModel::problem() const
{
    for (const Row& r : m_rows) {
        for (const auto& [what, text] :
            { std::pair { tr("setup commands"), r.setup }, std::pair { tr("teardown commands"), r.teardown } }) {
            const ArgvParse p = parseCommandLine(text);
            if (!p.error.isEmpty()) {
                return tr("factor %1, level %2, %3: %4").arg(r.factor, r.level, what, p.error);
            }
        }
    }
    return {};
}

int FactorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FactorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const Row& r = m_rows[index.row()];
    switch (index.column()) {
    case FactorColumn:
        return r.factor;
    case LevelColumn:
        return r.level;
    case SetupColumn:
        return r.setup;
    case TeardownColumn:
        return r.teardown;
    }
    return {};
}

bool FactorTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole) {
        return false;
    }
    Row& r = m_rows[index.row()];
    QString* fields[] = { &r.factor, &r.level, &r.setup, &r.teardown };
    *fields[index.column()] = value.toString().trimmed();
    Q_EMIT dataChanged(index, index);
    Q_EMIT factorsEdited();
    return true;
}

Qt::ItemFlags FactorTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant FactorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FactorColumn:
        return tr("Factor");
    case LevelColumn:
        return tr("Level");
    case SetupColumn:
        return tr("Setup commands");
    case TeardownColumn:
        return tr("Teardown commands");
    }
    return {};
}

} // namespace rb
