// SPDX-License-Identifier: GPL-3.0-or-later
#include "mounts.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace rb::mounts {

namespace {

// /proc/self/mounts escapes space, tab, newline and backslash as octal (\040 …).
QString unescape(const QByteArray& field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += char(c);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return QString::fromUtf8(out);
}

} // namespace

QStringList under(const QString& dir)
{
    QStringList found;
    QFile f(QStringLiteral("/proc/self/mounts"));
    if (dir.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return found;
    }
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString target = unescape(line.split(' ').value(1));
        if (!target.isEmpty() && (target == dir || target.startsWith(prefix)) && !found.contains(target)) {
            found << target;
        }
    }
    std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return found;
}

QStringList unmountUnder(const QString& dir)
{
    for (int round = 0; round < 3; ++round) { // a mount may hide another at the same point
        const QStringList targets = under(dir);
        if (targets.isEmpty()) {
            return {};
        }
        for (const QString& t : targets) {
            const QByteArray path = t.toLocal8Bit();
            if (::umount2(path.constData(), 0) != 0 && errno == EBUSY) {
                ::umount2(path.constData(), MNT_DETACH);
            }
        }
    }
    QStringList left;
    for (const QString& t : under(dir)) {
        left << t + QStringLiteral(" (still mounted)");
    }
    return left;
}

} // namespace rb::mounts
