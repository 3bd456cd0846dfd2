// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace rb {

/// Checks the text of a runtime profile being typed, with the code that loads profiles
/// (RuntimeProfile::parse), debounced and on the thread pool (a generation id drops stale results); saves it
/// to the user's profile folder (the last of paths::profileDirs()). Lives in the GUI thread.
class ProfileChecker : public QObject
{
    Q_OBJECT
public:
    explicit ProfileChecker(QObject* parent = nullptr);

    /// How long typing must pause before the text is checked.
    void setDelay(int ms)
    {
        m_timer.setInterval(ms);
    }
    /// Whether the last checked text was a valid profile, and its id.
    bool isValid() const
    {
        return !m_id.isEmpty();
    }
    /// Where save() writes: the user's profile folder.
    static QString userDir();

public Q_SLOTS:
    /// The editor's text changed: checked after the delay.
    void setText(const QString& text);
    /// Lists the shipped profiles (templates()) and loads `path`'s text (templateLoaded()).
    void listTemplates();
    void loadTemplate(const QString& path);
    /// Writes the last valid text to userDir()/<id>.json; saved() or failed().
    void save();

Q_SIGNALS:
    /// ok: `message` describes the profile; else it names the line and the field that is wrong.
    void checked(bool ok, const QString& message);
    void templates(const QStringList& paths);
    void templateLoaded(const QString& text);
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void check();

    QTimer m_timer;
    QString m_text;
    QString m_id;
    quint64 m_generation = 0;
};

} // namespace rb
