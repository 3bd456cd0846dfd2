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

class ProfileEditor;

/// Every runtime with availability, version, and the reason when it is missing; below, an editor to add a
/// runtime profile.
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
    ProfileEditor* profileEditor() const
    {
        return m_editor;
    }

Q_SIGNALS:
    /// A profile was added: the installation should be discovered (probed) again.
    void rediscoverRequested();

private:
    RunnerTableModel* m_model;
    QTableView* m_view;
    ProfileEditor* m_editor;
};

} // namespace rb::ui
