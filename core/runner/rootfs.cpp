// SPDX-License-Identifier: GPL-3.0-or-later
#include "rootfs.h"

#include <QDir>
#include <QFile>

namespace rb::rootfs {

QString make(const QString& dir, const QString& staticBinary, const QString& name)
{
    const QString root = dir + QStringLiteral("/rootfs");
    const QString target = root + QLatin1Char('/') + name;
    // /proc and /dev must exist as mount points (crun mounts /dev even when the config does not).
    if (!QDir().mkpath(root + QStringLiteral("/proc")) || !QDir().mkpath(root + QStringLiteral("/dev"))) {
        return QStringLiteral("cannot create %1").arg(root);
    }
    QFile::remove(target);
    if (!QFile::copy(staticBinary, target)) {
        return QStringLiteral("cannot copy %1 to %2").arg(staticBinary, target);
    }
    QFile::setPermissions(target,
        QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::ExeOther);
    return {};
}

} // namespace rb::rootfs
