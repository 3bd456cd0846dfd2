// SPDX-License-Identifier: GPL-3.0-or-later
#include "installation.h"

#include "model/scenariokinds.h"
#include "paths.h"
#include "runtimeprofile.h"

#include <algorithm>

namespace rb {

std::shared_ptr<Installation> Installation::discover(const QStringList& probeOnly)
{
    auto inst = std::make_shared<Installation>();
    inst->dataDir = paths::dataDir();
    QString err;
    inst->workloads = WorkloadCatalog::load(inst->dataDir, &err);
    if (!err.isEmpty()) {
        inst->problems << err;
    }
    readProfiles(paths::profileDirs(), &inst->problems); // the cli plugin skips bad profiles; say why here
    inst->registry.loadPlugins(paths::runnerDirs(), RunnerContext { inst->dataDir, paths::profileDirs() });
    for (const RefusedPlugin& r : inst->registry.refused()) {
        inst->problems << r.file + QStringLiteral(": ") + r.reason;
    }
    inst->registry.probeAll(probeOnly);
    return inst;
}

bool Installation::suits(const WorkloadRef& workload, const ScenarioSpec& scenario) const
{
    const auto def = workloads.find(workload.name);
    const ScenarioKindDef* kind = findScenarioKind(scenario.kind);
    return def && kind && def->server == kind->needsServer;
}

QString Installation::validate(const ExperimentSpec& spec, const QString& sourceName) const
{
    const QStringList known = registry.ids();
    for (qsizetype i = 0; i < spec.runtimes.size(); ++i) {
        if (!known.contains(spec.runtimes[i])) {
            return QStringLiteral("%1: field \"runtimes[%2]\": unknown runtime \"%3\" (known here: %4)")
                .arg(sourceName)
                .arg(i)
                .arg(spec.runtimes[i],
                    known.isEmpty() ? QStringLiteral("none; no runner plugin was found")
                                    : known.join(QStringLiteral(", ")));
        }
    }
    for (qsizetype i = 0; i < spec.workloads.size(); ++i) {
        const WorkloadRef& w = spec.workloads[i];
        const auto def = workloads.find(w.name);
        if (!def) {
            return QStringLiteral("%1: field \"workloads[%2]\": unknown workload \"%3\" (known: %4)")
                .arg(sourceName)
                .arg(i)
                .arg(w.name, workloads.names().join(QStringLiteral(", ")));
        }
        const bool anySuits = std::any_of(
            spec.scenarios.begin(), spec.scenarios.end(), [&](const ScenarioSpec& sc) { return suits(w, sc); });
        if (!anySuits) {
            QStringList kinds;
            for (const ScenarioKindDef& k : scenarioKinds()) {
                if (k.needsServer == def->server) {
                    kinds << k.kind;
                }
            }
            return QStringLiteral("%1: field \"workloads[%2]\": \"%3\" %4, and no scenario of the spec takes such a "
                                  "workload (these do: %5)")
                .arg(sourceName)
                .arg(i)
                .arg(w.name,
                    def->server ? QStringLiteral("is a server (it never exits)")
                                : QStringLiteral("exits when done (it is not a server)"),
                    kinds.join(QStringLiteral(", ")));
        }
        const QString argErr = def->validateArgs(w.args);
        if (!argErr.isEmpty()) {
            return QStringLiteral("%1: field \"workloads[%2]\": %3").arg(sourceName).arg(i).arg(argErr);
        }
    }
    return {};
}

} // namespace rb
