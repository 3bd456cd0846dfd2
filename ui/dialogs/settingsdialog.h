// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/appsettings.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace rb::ui {

/// Edits AppSettings: runtime search folders, theme, live-plot refresh rate. The caller saves and applies.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    AppSettings settings() const;

private:
    QPlainTextEdit* m_paths;
    QComboBox* m_theme;
    QSpinBox* m_refresh;
};

} // namespace rb::ui
