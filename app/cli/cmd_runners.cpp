// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli runners [--json] [--start-daemons]
#include "commands.h"
#include "daemonflags.h"
#include "runner/daemonsupervisor.h"
#include "runner/installation.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace rb::cli {

namespace {

QStringList runnableWorkloads(const Installation& inst, const Runner& r)
{
    QStringList names;
    for (const WorkloadDef& w : inst.workloads.workloads()) {
        if (r.supports(w)) {
            names << w.name;
        }
    }
    return names;
}

} // namespace

int runRunners(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Lists every runtime Runbench knows, whether it is available here, its version, "
                       "and why not when it is not."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON document.") });
    p.addOption(startDaemonsOption());
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    const std::atomic<bool>& cancel = cancelOnSignals();
    const auto inst = Installation::discover({}, discoverOptions(p, cancel));
    const bool clean = stopDaemons(*inst); // the probes are done: nothing needs the daemons any more
    if (cancel.load()) {
        QTextStream(stderr) << "runbench-cli: interrupted\n";
        return WorkFailed;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray runners;
        for (const RunnerEntry& e : inst->registry.entries()) {
            runners.append(QJsonObject {
                { QStringLiteral("id"), e.runner->id() },
                { QStringLiteral("runner"), e.runner->runnerId() },
                { QStringLiteral("family"), e.runner->family() },
                { QStringLiteral("variant"),
                    e.runner->variant().isEmpty() ? QJsonValue() : QJsonValue(e.runner->variant()) },
                { QStringLiteral("name"), e.runner->displayName() },
                { QStringLiteral("available"), e.probe.available },
                { QStringLiteral("version"), e.probe.version.isEmpty() ? QJsonValue() : QJsonValue(e.probe.version) },
                { QStringLiteral("binary"), e.probe.binary.isEmpty() ? QJsonValue() : QJsonValue(e.probe.binary) },
                { QStringLiteral("reason"), e.probe.reason.isEmpty() ? QJsonValue() : QJsonValue(e.probe.reason) },
                { QStringLiteral("workloads"), QJsonArray::fromStringList(runnableWorkloads(*inst, *e.runner)) },
            });
        }
        QJsonArray refused;
        for (const RefusedPlugin& r : inst->registry.refused()) {
            refused.append(QJsonObject { { QStringLiteral("file"), r.file }, { QStringLiteral("reason"), r.reason } });
        }
        QJsonArray daemons;
        for (const DaemonInfo& d : inst->daemons ? inst->daemons->daemons() : QList<DaemonInfo>()) {
            daemons.append(d.toJson());
        }
        const QJsonObject doc { { QStringLiteral("runners"), runners }, { QStringLiteral("refused_plugins"), refused },
            { QStringLiteral("problems"), QJsonArray::fromStringList(inst->problems) },
            { QStringLiteral("daemons"), daemons } };
        QTextStream(stdout) << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return clean ? Ok : WorkFailed;
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QStringLiteral("RUNTIME"), -24)
               .arg(QStringLiteral("FAMILY"), -7)
               .arg(QStringLiteral("AVAILABLE"), -9)
               .arg(QStringLiteral("VERSION / REASON"));
    for (const RunnerEntry& e : inst->registry.entries()) {
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(e.runner->id(), -24)
                   .arg(e.runner->family(), -7)
                   .arg(e.probe.available ? QStringLiteral("yes") : QStringLiteral("no"), -9)
                   .arg(e.probe.available ? e.probe.version : e.probe.reason);
    }
    for (const QString& problem : inst->problems) {
        QTextStream(stderr) << "warning: " << problem << '\n';
    }
    return clean ? Ok : WorkFailed;
}

} // namespace rb::cli
