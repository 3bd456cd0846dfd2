// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecontainers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>

namespace rb::stale {

bool ownerGone(qint64 pid)
{
    // ESRCH only: a pid that now belongs to someone else (EPERM, or alive) is left alone.
    return pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QStringList leftBehind(const QStringList& names, const QString& prefix)
{
    const QRegularExpression re(QLatin1Char('^') + QRegularExpression::escape(prefix) + QStringLiteral("(\\d+)(-|$)"));
    QStringList out;
    for (const QString& n : names) {
        const auto m = re.match(n);
        if (m.hasMatch() && ownerGone(m.captured(1).toLongLong())) {
            out << n;
        }
    }
    return out;
}

} // namespace rb::stale
