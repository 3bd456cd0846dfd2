// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scenariokinds.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace rb {

/// The parameters of one scenario, one row per parameter of its kind (rendered from ScenarioKindDef: the
/// schema is data, not widgets). Values are edited as text: numbers as written, level lists as "1, 2, 4",
/// booleans with a check box. Text that is not a valid value is kept as a string, so that the spec's own
/// validation names the parameter and what it expects. GUI thread.
class ScenarioParamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        HelpColumn,
        ColumnCount
    };

    explicit ScenarioParamModel(QObject* parent = nullptr);
    /// Shows `settings` of a scenario of `kind` (null: no scenario, no rows).
    void setScenario(const ScenarioKindDef* kind, const QJsonObject& settings);
    const QJsonObject& settings() const
    {
        return m_settings;
    }

    /// A parameter value as the table shows it ("1, 2, 4").
    static QString valueText(const QJsonValue& v);
    /// The JSON value text means for a parameter of `def` (a list for level lists, a number for numbers); the
    /// text itself when it is none of these.
    static QJsonValue parseValue(const ScenarioParamDef& def, const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user changed a value: the scenario's new settings.
    void settingsEdited(const QJsonObject& settings);

private:
    const ScenarioKindDef* m_kind = nullptr;
    QJsonObject m_settings;
};

} // namespace rb
