// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace rb::plan {

/// Progress of a running `ansible-playbook`, read from its default (human) output line by line: the play and
/// task it is in, how many of the playbook's tasks it has reached, and the hosts that failed or were unreachable.
/// Value type; the GUI feeds it from QProcess output on its thread.
class AnsibleProgress
{
public:
    /// The number of tasks `ansible-playbook --list-tasks` lists (each task of each play once).
    static int countTasks(const QString& listTasksOutput);

    /// One line of ansible-playbook's stdout (without the newline).
    void feed(const QString& line);

    int tasksReached() const
    {
        return int(m_reached.size());
    }
    QString currentPlay() const
    {
        return m_play;
    }
    QString currentTask() const
    {
        return m_task;
    }
    /// "pi1: UNREACHABLE! …" / "pi1: FAILED! …", in order.
    QStringList errors() const
    {
        return m_errors;
    }
    /// True once the PLAY RECAP started (the playbook ended, successfully or not).
    bool finished() const
    {
        return m_finished;
    }

private:
    QString m_play;
    QString m_task;
    QSet<QString> m_reached; ///< "play\ttask": a task of a serial play repeats per batch, it counts once
    QStringList m_errors;
    bool m_finished = false;
};

} // namespace rb::plan
