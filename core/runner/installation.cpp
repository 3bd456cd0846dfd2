// SPDX-License-Identifier: GPL-3.0-or-later
#include "installation.h"

#include "daemonsupervisor.h"
#include "model/scenariokinds.h"
#include "paths.h"
#include "runtimeprofile.h"
#include "support/translation.h"

#include <QSettings>
#include <algorithm>

namespace rb {

namespace {

// Ensures the daemons the runners to be probed need, and points those runners at them. Returns the probe
// result of runners whose daemon could not be started (they are not probed).
QHash<QString, ProbeResult> ensureDaemons(Installation& inst, const QStringList& probeOnly, const DiscoverOptions& o)
{
    QStringList kinds;
    for (const RunnerEntry& e : inst.registry.entries()) {
        if (probeOnly.isEmpty() || probeOnly.contains(e.runner->id())) {
            for (const QString& k : e.runner->requiredDaemons()) {
                if (!kinds.contains(k)) {
                    kinds << k;
                }
            }
        }
    }
    QHash<QString, ProbeResult> failed;
    if (kinds.isEmpty()) {
        return failed;
    }
    kinds.sort();
    inst.daemons = o.daemons ? o.daemons : std::make_shared<DaemonSupervisor>(o.daemonBaseDir);
    if (o.log) {
        inst.daemons->setLog(o.log);
    }
    QHash<QString, QString> errors;
    for (const QString& k : kinds) {
        const DaemonInfo d = inst.daemons->ensure(k, o.cancel);
        if (!d.ok()) {
            errors.insert(k, QStringLiteral("could not start a private %1: %2").arg(d.program, d.error));
            inst.problems << errors.value(k);
        }
    }
    for (const RunnerEntry& e : inst.registry.entries()) {
        const QStringList need = e.runner->requiredDaemons();
        e.runner->setDaemonEnvironment(inst.daemons->environmentFor(need));
        for (const QString& k : need) {
            if (errors.contains(k) && (probeOnly.isEmpty() || probeOnly.contains(e.runner->id()))) {
                failed.insert(e.runner->id(), ProbeResult { false, {}, errors.value(k), daemonProgram(k) });
            }
        }
    }
    return failed;
}

} // namespace

DiscoverOptions DiscoverOptions::fromSettings()
{
    DiscoverOptions o;
    o.startDaemons = QSettings().value(QLatin1String(kStartDaemonsSetting), false).toBool();
    return o;
}

std::shared_ptr<Installation> Installation::discover(const QStringList& probeOnly, const DiscoverOptions& options)
{
    auto inst = load();
    inst->probe(probeOnly, options);
    return inst;
}

std::shared_ptr<Installation> Installation::load()
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
    return inst;
}

bool Installation::suits(const WorkloadRef& workload, const ScenarioSpec& scenario) const
{
    const auto def = workloads.find(workload.name);
    const ScenarioKindDef* kind = findScenarioKind(scenario.kind);
    return def && kind && def->server == kind->needsServer;
}

void Installation::probe(const QStringList& probeOnly, const DiscoverOptions& options)
{
    const QHash<QString, ProbeResult> known =
        options.startDaemons ? ensureDaemons(*this, probeOnly, options) : QHash<QString, ProbeResult>();
    registry.probeAll(probeOnly, known);
}

QList<DaemonInfo> Installation::daemonsOf(const Runner& runner) const
{
    QList<DaemonInfo> out;
    for (const QString& k : runner.requiredDaemons()) {
        std::optional<DaemonInfo> d = daemons ? daemons->find(k) : std::nullopt;
        if (!d) {
            d = DaemonInfo {};
            d->kind = k;
            d->program = daemonProgram(k);
            d->variable = daemonVariable(k);
            d->address = userDaemonAddress(k);
        }
        out << *d;
    }
    return out;
}

QString Installation::validate(const ExperimentSpec& spec, const QString& sourceName) const
{
    const QStringList known = registry.ids();
    for (qsizetype i = 0; i < spec.runtimes.size(); ++i) {
        if (!known.contains(spec.runtimes[i])) {
            return TrSpecCheck::tr("%1: field \"runtimes[%2]\": unknown runtime \"%3\" (known here: %4)")
                .arg(sourceName)
                .arg(i)
                .arg(spec.runtimes[i],
                    known.isEmpty() ? TrSpecCheck::tr("none; no runner plugin was found")
                                    : known.join(QStringLiteral(", ")));
        }
    }
    for (qsizetype i = 0; i < spec.workloads.size(); ++i) {
        const WorkloadRef& w = spec.workloads[i];
        const auto def = workloads.find(w.name);
        if (!def) {
            return TrSpecCheck::tr("%1: field \"workloads[%2]\": unknown workload \"%3\" (known: %4)")
                .arg(sourceName)
                .arg(i)
                .arg(w.name, workloads.names().join(QStringLiteral(", ")));
        }
        QStringList why;
        for (const QString& id : spec.runtimes) {
            const Runner& r = *registry.find(id)->runner;
            if (r.supports(*def)) {
                why.clear();
                break;
            }
            why << id + QStringLiteral(": ") + r.unsupportedReason(*def);
        }
        if (!why.isEmpty()) {
            return TrSpecCheck::tr("%1: field \"workloads[%2]\": no runtime of the spec runs \"%3\" (%4)")
                .arg(sourceName)
                .arg(i)
                .arg(w.name, why.join(QStringLiteral("; ")));
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
            return TrSpecCheck::tr("%1: field \"workloads[%2]\": \"%3\" %4, and no scenario of the spec takes such a "
                                   "workload (these do: %5)")
                .arg(sourceName)
                .arg(i)
                .arg(w.name,
                    def->server ? TrSpecCheck::tr("is a server (it never exits)")
                                : TrSpecCheck::tr("exits when done (it is not a server)"),
                    kinds.join(QStringLiteral(", ")));
        }
        const QString argErr = def->validateArgs(w.args);
        if (!argErr.isEmpty()) {
            return TrSpecCheck::tr("%1: field \"workloads[%2]\": %3").arg(sourceName).arg(i).arg(argErr);
        }
    }
    return {};
}

} // namespace rb
