// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonmetrics.h"

namespace rb {

DaemonScope daemonScope(const Installation& installation, const Runner& runner)
{
    DaemonScope scope;
    scope.processNames = runner.daemonProcessNames();
    for (const DaemonInfo& d : installation.daemonsOf(runner)) {
        if (d.isPrivate && d.ok()) {
            scope.roots.push_back(pid_t(d.pid));
            scope.marker = QString(d.dir + QLatin1Char('/')).toLocal8Bit();
        }
    }
    return scope;
}

QList<Measurement> daemonMeasurements(const Installation& installation, const Runner& runner)
{
    const DaemonScope scope = daemonScope(installation, runner);
    if (scope.processNames.isEmpty()) {
        return {};
    }
    const DaemonMemory m = accountDaemonMemory(scope, {});
    if (m.daemons.pids.empty()) {
        return {};
    }
    const QString kib = QStringLiteral("KiB");
    return {
        { QStringLiteral("daemon_rss_kb"), double(m.daemons.rssKb), kib },
        { QStringLiteral("daemon_pss_kb"), double(m.daemons.pssKb), kib },
        { QStringLiteral("daemon_uss_kb"), double(m.daemons.ussKb), kib },
        { QStringLiteral("daemon_processes"), double(m.daemons.pids.size()), QStringLiteral("count") },
    };
}

} // namespace rb
