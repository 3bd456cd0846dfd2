// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansibleprogress.h"

#include <QRegularExpression>

namespace rb::plan {

int AnsibleProgress::countTasks(const QString& listTasksOutput)
{
    // "    tasks:" then one indented line per task, ending with "\tTAGS: [...]".
    static const QRegularExpression kTask(QStringLiteral("^\\s{4,}\\S.*\\tTAGS: \\["));
    int n = 0;
    for (const QString& line : listTasksOutput.split(QLatin1Char('\n'))) {
        n += kTask.match(line).hasMatch() && !line.trimmed().startsWith(QLatin1String("play #")) ? 1 : 0;
    }
    return n;
}

void AnsibleProgress::feed(const QString& line)
{
    static const QRegularExpression kHeader(QStringLiteral("^(PLAY|TASK) \\[(.*)\\] \\**$"));
    static const QRegularExpression kError(
        QStringLiteral("^(?:fatal|failed): \\[([^\\]]+)\\]: (UNREACHABLE!|FAILED!) => (.*)$"));
    if (line.startsWith(QLatin1String("PLAY RECAP"))) {
        m_finished = true;
        return;
    }
    const QRegularExpressionMatch h = kHeader.match(line);
    if (h.hasMatch()) {
        if (h.captured(1) == QLatin1String("PLAY")) {
            m_play = h.captured(2);
        } else {
            m_task = h.captured(2);
            m_reached.insert(m_play + QLatin1Char('\t') + m_task);
        }
        return;
    }
    const QRegularExpressionMatch e = kError.match(line);
    if (e.hasMatch()) {
        m_errors << e.captured(1) + QStringLiteral(": ") + e.captured(2) + QLatin1Char(' ') + e.captured(3);
    }
}

} // namespace rb::plan
