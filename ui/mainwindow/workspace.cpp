// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "io/anyresults.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace rb::ui {

namespace {

constexpr int kRecentMax = 10;
const auto kRecentKey = QStringLiteral("recent");

struct Loaded
{
    std::optional<ResultSet> set;
    QString error;
    QStringList notes;
};

} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
{
}

QStringList Workspace::recent() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void Workspace::open(const QString& path, bool replace)
{
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, path, replace] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        if (!loaded.set) {
            Q_EMIT failed(path, loaded.error);
            return;
        }
        ResultSet loadedSet = *loaded.set;
        if (loadedSet.dir.isEmpty()) {
            // Imported files have no results folder: name the set by its file, so that two imports sit side
            // by side instead of replacing each other.
            loadedSet.dir = QFileInfo(path).absoluteFilePath();
        }
        auto set = std::make_shared<const ResultSet>(std::move(loadedSet));
        const QString abs = QFileInfo(path).absoluteFilePath();
        if (replace) {
            m_sets.clear();
            m_paths.clear();
        } else if (const qsizetype i = m_paths.indexOf(abs); i >= 0) {
            m_sets.removeAt(i);
            m_paths.removeAt(i);
        }
        m_sets << set;
        m_paths << abs;
        remember(path);
        Q_EMIT opened(path, loaded.notes + set->warnings);
        Q_EMIT changed();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Loaded l;
        l.set = loadAnyResults(path, &l.error, &l.notes);
        return l;
    }));
}

void Workspace::close(int index)
{
    if (index >= 0 && index < m_sets.size()) {
        m_sets.removeAt(index);
        m_paths.removeAt(index);
        Q_EMIT changed();
    }
}

void Workspace::clear()
{
    if (!m_sets.isEmpty()) {
        m_sets.clear();
        m_paths.clear();
        Q_EMIT changed();
    }
}

void Workspace::remember(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recent();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kRecentMax) {
        list.removeLast();
    }
    QSettings().setValue(kRecentKey, list);
    Q_EMIT recentChanged();
}

} // namespace rb::ui
