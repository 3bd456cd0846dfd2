// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace rb {

/// A plugin file that was found but not used, and why.
struct RefusedPlugin
{
    QString file;
    QString reason;
};

/// A runner with its probe result (filled by probeAll()).
struct RunnerEntry
{
    std::shared_ptr<Runner> runner;
    ProbeResult probe;
    QJsonObject pluginMetaData;
};

/// Finds runner plugins, checks their metadata before loading them, and creates their runners.
/// Build it off the GUI thread (it loads libraries); after that it is read-only.
class RunnerRegistry
{
public:
    /// Scans `dirs` for plugin files. Plugins with the wrong IID or apiVersion are refused with a reason.
    void loadPlugins(const QStringList& dirs, const RunnerContext& context);
    /// Probes every runner, or those whose id is in `only` (in parallel, each bounded by its own
    /// timeouts). Runners left out get the reason "not probed"; those in `known` get that result
    /// without being probed (e.g. their daemon could not be started).
    void probeAll(const QStringList& only = {}, const QHash<QString, ProbeResult>& known = {});

    const std::vector<RunnerEntry>& entries() const
    {
        return m_entries;
    }
    const QList<RefusedPlugin>& refused() const
    {
        return m_refused;
    }
    const RunnerEntry* find(const QString& id) const;
    QStringList ids() const;

private:
    std::vector<RunnerEntry> m_entries;
    QList<RefusedPlugin> m_refused;
    QStringList m_loadedIds;
};

} // namespace rb
