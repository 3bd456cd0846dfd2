// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioparammodel.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

namespace rb {

using T = ScenarioParamDef::Type;

ScenarioParamModel::ScenarioParamModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScenarioParamModel::setScenario(const ScenarioKindDef* kind, const QJsonObject& settings)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (kind == m_kind && kind) {
        m_settings = settings;
        if (!m_kind->params.isEmpty()) {
            Q_EMIT dataChanged(index(0, ValueColumn), index(int(m_kind->params.size()) - 1, ValueColumn));
        }
        return;
    }
    beginResetModel();
    m_kind = kind;
    m_settings = settings;
    endResetModel();
}

QString ScenarioParamModel::valueText(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) {
            parts << valueText(e);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 15);
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return v.toString();
}

QJsonValue ScenarioParamModel::parseValue(const ScenarioParamDef& def, const QString& text)
{
    const QString t = text.trimmed();
    switch (def.type) {
    case T::Int:
    case T::Number: {
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(t);
    }
    case T::IntList:
    case T::NumberList: {
        QJsonArray a;
        for (const QString& part : t.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double d = part.toDouble(&ok);
            if (!ok) {
                return QJsonValue(t);
            }
            a.append(d);
        }
        return a;
    }
    case T::Bool:
        return t == QLatin1String("true") ? QJsonValue(true) : t == QLatin1String("false") ? QJsonValue(false) : t;
    case T::String:
        return t;
    }
    return t;
}

int ScenarioParamModel::rowCount(const QModelIndex& parent) const
{
    return (parent.isValid() || !m_kind) ? 0 : int(m_kind->params.size());
}

int ScenarioParamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioParamModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ScenarioParamDef& d = m_kind->params[index.row()];
    const QJsonValue v = m_settings.value(d.name);
    const bool isBool = d.type == T::Bool;
    if (role == Qt::CheckStateRole && index.column() == ValueColumn && isBool) {
        return v.toBool() ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole) {
        return paramHelp(d);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return d.name;
    case ValueColumn:
        return isBool && role == Qt::DisplayRole ? QVariant() : QVariant(valueText(v));
    case HelpColumn:
        return paramHelp(d);
    }
    return {};
}

bool ScenarioParamModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ValueColumn) {
        return false;
    }
    const ScenarioParamDef& d = m_kind->params[index.row()];
    QJsonObject s = m_settings;
    if (role == Qt::CheckStateRole && d.type == T::Bool) {
        s.insert(d.name, value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole && d.type != T::Bool) {
        s.insert(d.name, parseValue(d, value.toString()));
    } else {
        return false;
    }
    m_settings = s;
    Q_EMIT dataChanged(index, index);
    Q_EMIT settingsEdited(s);
    return true;
}

Qt::ItemFlags ScenarioParamModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn) {
        f |= m_kind->params[index.row()].type == T::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return f;
}

QVariant ScenarioParamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Parameter");
    case ValueColumn:
        return tr("Value");
    case HelpColumn:
        return tr("Meaning");
    }
    return {};
}

} // namespace rb
