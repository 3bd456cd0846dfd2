// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include "runbench_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rb::paths {

namespace {

QString exeRelative(const QString& rel)
{
    const QString exeDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                        : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QDir::cleanPath(exeDir + QStringLiteral("/../") + rel);
}

} // namespace

QString dataDir()
{
    const QString env = qEnvironmentVariable("RUNBENCH_DATA_DIR");
    if (!env.isEmpty()) {
        return env;
    }
    const QString rel = exeRelative(QStringLiteral(RUNBENCH_REL_DATADIR));
    if (QFileInfo::exists(rel + QStringLiteral("/workloads"))) {
        return rel;
    }
    return QStringLiteral(RUNBENCH_INSTALL_PREFIX "/" RUNBENCH_REL_DATADIR);
}

QStringList runnerDirs()
{
    QStringList dirs;
    for (const QString& d : qEnvironmentVariable("RUNBENCH_RUNNER_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        dirs << d;
    }
    dirs << exeRelative(QStringLiteral(RUNBENCH_REL_RUNNERDIR));
    const QString installed = QStringLiteral(RUNBENCH_INSTALL_PREFIX "/" RUNBENCH_REL_RUNNERDIR);
    if (!dirs.contains(installed)) {
        dirs << installed;
    }
    dirs.removeDuplicates();
    return dirs;
}

QString spawnHelper()
{
    const QString env = qEnvironmentVariable("RUNBENCH_SPAWN_HELPER");
    if (!env.isEmpty()) {
        return env;
    }
    const QString rel = exeRelative(QStringLiteral(RUNBENCH_REL_HELPERDIR "/runbench-spawn"));
    if (QFileInfo::exists(rel)) {
        return rel;
    }
    return QStringLiteral(RUNBENCH_INSTALL_PREFIX "/" RUNBENCH_REL_HELPERDIR "/runbench-spawn");
}

QStringList profileDirs()
{
    QStringList dirs { dataDir() + QStringLiteral("/profiles") };
    const QString user = qEnvironmentVariable("RUNBENCH_USER_PROFILES");
    dirs << (user.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/runbench/profiles") : user);
    return dirs;
}

} // namespace rb::paths
