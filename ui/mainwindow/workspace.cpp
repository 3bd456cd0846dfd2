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

QStringList Workspace::paths() const
{
    QStringList out;
    for (const auto& s : m_sets) {
        out << s->dir;
    }
    return out;
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
        // Every set is named by the absolute path it was opened from: imported files have no results folder of
        // their own, and two imports must sit side by side instead of replacing each other.
        ResultSet loadedSet = *loaded.set;
        loadedSet.dir = QFileInfo(path).absoluteFilePath();
        auto set = std::make_shared<const ResultSet>(std::move(loadedSet));
        if (replace) {
            m_sets.clear();
        } else {
            m_sets.removeIf([&](const auto& s) { return s->dir == set->dir; });
        }
        m_sets << set;
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
        Q_EMIT changed();
    }
}

void Workspace::clear()
{
    if (!m_sets.isEmpty()) {
        m_sets.clear();
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
