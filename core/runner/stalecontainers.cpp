// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecontainers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace rb::stale {

bool ownerGone(qint64 pid)
{
    return pid > 0 && pid != QCoreApplication::applicationPid()
        && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

QStringList leftBehind(const QStringList& names, const QString& prefix)
{
    const QRegularExpression re(QLatin1Char('^') + QRegularExpression::escape(prefix) + QStringLiteral("(\\d+)-"));
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
