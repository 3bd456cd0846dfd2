// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/installation.h"

#include <QWidget>
#include <memory>

class QTableView;

namespace rb {
class RunnerTableModel;
}

namespace rb::ui {

/// Every runtime with availability, version, and the reason when it is missing.
class RunnersPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunnersPage(QWidget* parent = nullptr);
    void setInstallation(std::shared_ptr<const Installation> installation);
    RunnerTableModel* model() const
    {
        return m_model;
    }

private:
    RunnerTableModel* m_model;
    QTableView* m_view;
};

} // namespace rb::ui
