// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rb {
class ProfileChecker;
}

namespace rb::ui {

/// Adds a runtime: a profile's JSON, started from a shipped profile, checked as you type (the message names the
/// line and field that is wrong) and saved to the user's profile folder. The Runtimes page re-probes after.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget* parent = nullptr);
    ProfileChecker* checker() const
    {
        return m_checker;
    }
    QPlainTextEdit* editor() const
    {
        return m_text;
    }
    QLabel* message() const
    {
        return m_message;
    }
    QPushButton* saveButton() const
    {
        return m_save;
    }

Q_SIGNALS:
    void profileSaved(const QString& path);

private:
    void showCheck(bool ok, const QString& message);

    ProfileChecker* m_checker;
    QComboBox* m_templates;
    QPlainTextEdit* m_text;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace rb::ui
