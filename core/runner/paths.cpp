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

/// $envVar, else <exe>/../lib/runbench/<name> when it exists, else the install prefix's.
QString helper(const char* envVar, const QString& name)
{
    const QString env = qEnvironmentVariable(envVar);
    if (!env.isEmpty()) {
        return env;
    }
    const QString rel = exeRelative(QStringLiteral(RUNBENCH_REL_HELPERDIR "/") + name);
    if (QFileInfo::exists(rel)) {
        return rel;
    }
    return QStringLiteral(RUNBENCH_INSTALL_PREFIX "/" RUNBENCH_REL_HELPERDIR "/") + name;
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
    return helper("RUNBENCH_SPAWN_HELPER", QStringLiteral("runbench-spawn"));
}

QString figureHelper()
{
    return helper("RUNBENCH_FIGURE_HELPER", QStringLiteral("runbench-figure"));
}

QString systemProgram(const QString& name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    return inPath.isEmpty() ? QStandardPaths::findExecutable(
               name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin") })
                            : inPath;
}

QStringList profileDirs()
{
    QStringList dirs { dataDir() + QStringLiteral("/profiles") };
    const QString user = qEnvironmentVariable("RUNBENCH_USER_PROFILES");
    dirs << (user.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/runbench/profiles") : user);
    return dirs;
}

} // namespace rb::paths
