// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>

namespace rb::ui {

/// The result sets the user has open (results folders, other tools' files, number files), shared by the
/// Results, Compare and Export pages. Loading runs off the GUI thread (loadAnyResults); the sets are immutable
/// snapshots. Remembers recently opened paths in QSettings ("recent"). Lives on the GUI thread.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);

    /// Open sets, in the order they were opened.
    QList<std::shared_ptr<const ResultSet>> sets() const
    {
        return m_sets;
    }
    /// The absolute path each set was opened from (its `dir`: a results folder, or the file or folder another
    /// tool wrote), in the order of sets().
    QStringList paths() const;
    /// The most recently opened set, or null.
    std::shared_ptr<const ResultSet> current() const
    {
        return m_sets.isEmpty() ? nullptr : m_sets.last();
    }
    /// Recently opened paths, newest first (at most 10).
    QStringList recent() const;

public Q_SLOTS:
    /// Loads `path` in the background. `replace`: close every other set first (a finished run replaces what
    /// was shown); otherwise the set is added beside the others, replacing one loaded from the same path.
    void open(const QString& path, bool replace = false);
    void close(int index);
    void clear();

Q_SIGNALS:
    /// The list of sets changed (opened, closed, cleared).
    void changed();
    /// `path` was loaded; `warnings` name what was skipped or cut.
    void opened(const QString& path, const QStringList& warnings);
    /// `path` could not be loaded: `message` says why (file, line, field).
    void failed(const QString& path, const QString& message);
    void recentChanged();

private:
    void remember(const QString& path);

    QList<std::shared_ptr<const ResultSet>> m_sets;
};

} // namespace rb::ui
