// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Runbench's objects run work off their thread and take the result back (style.md, "Threads").
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

/// Runs `work` (returning T) on `pool` and calls `done(result)` on `owner`'s thread; if `owner` is destroyed
/// first, `done` is never called. Call it from `owner`'s thread.
template <typename T, typename Work, typename Done>
void runInBackground(QObject* owner, Work work, Done done, QThreadPool* pool = QThreadPool::globalInstance())
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, work));
}

} // namespace rb
