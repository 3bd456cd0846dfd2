// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli run SPEC.json --out DIR [--host-id ID] [--role sut|loadgen|both] [--sut ID] [--resume] [--json]
//                  [--start-daemons]
#include "commands.h"
#include "daemonflags.h"
#include "engine/eta.h"
#include "engine/experimentplan.h"
#include "engine/experimentrunner.h"
#include "engine/hostrole.h"
#include "engine/resultwriter.h"
#include "model/scenariokinds.h"
#include "runsummary.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <unistd.h>

namespace rb::cli {

int runRun(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Runs an experiment spec and writes a results folder (docs/results-format.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SPEC.json"), QStringLiteral("The experiment to run."));
    p.addOption({ QStringLiteral("out"), QStringLiteral("Results folder to write."), QStringLiteral("DIR") });
    p.addOption(
        { QStringLiteral("resume"), QStringLiteral("Continue the results folder, skipping runs already recorded.") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print the summary as one JSON document on stdout.") });
    p.addOption(startDaemonsOption());
    p.addOption({ QStringLiteral("host-id"),
        QStringLiteral("This machine's id among the spec's hosts; the `host` factor of its runs (docs/multi-host.md)."),
        QStringLiteral("ID") });
    p.addOption({ QStringLiteral("role"),
        QStringLiteral("both (default: everything here), sut (serve; load from another host) or loadgen."),
        QStringLiteral("ROLE") });
    p.addOption({ QStringLiteral("sut"),
        QStringLiteral("--role loadgen: the SUT host to load (default: the only one)."), QStringLiteral("ID") });
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    if (p.positionalArguments().size() != 1) {
        return badInput(QStringLiteral("run: expected exactly one SPEC.json"));
    }
    if (!p.isSet(QStringLiteral("out"))) {
        return badInput(QStringLiteral("run: --out DIR is required"));
    }
    const QString specPath = p.positionalArguments().first();
    const SpecParseResult parsed = readExperimentSpec(specPath);
    if (!parsed.spec) {
        return badInput(parsed.error);
    }
    QString hostError;
    const auto host = assignHost(*parsed.spec, p.value(QStringLiteral("host-id")), p.value(QStringLiteral("role")),
        p.value(QStringLiteral("sut")), &hostError);
    if (!host) {
        return badInput(QStringLiteral("run: ") + hostError);
    }
    // From here on SIGINT/SIGTERM cancel: the running process group is killed, daemons are stopped.
    const std::atomic<bool>& cancel = cancelOnSignals();
    const auto inst = Installation::load();
    const QString invalid = inst->validate(*parsed.spec, specPath);
    if (!invalid.isEmpty()) {
        return badInput(invalid);
    }
    DiscoverOptions options = discoverOptions(p, cancel);
    options.startDaemons = options.startDaemons || parsed.spec->startDaemons;
    inst->probe(parsed.spec->runtimes, options);
    if (cancel.load()) {
        stopDaemons(*inst);
        QTextStream(stderr) << "runbench-cli: interrupted before the first run\n";
        return WorkFailed;
    }
    const ExperimentPlan plan(
        *parsed.spec, [&inst](const WorkloadRef& w, const ScenarioSpec& s) { return inst->suits(w, s); },
        host->factorHost);
    for (const QString& pair : plan.excluded()) {
        QTextStream(stderr) << QStringLiteral("not planned (the scenario does not take this workload): %1\n").arg(pair);
    }
    ExperimentRunner runner(plan, inst);
    runner.setHost(*host);
    ResultWriter writer;
    QString err;
    if (!writer.open(p.value(QStringLiteral("out")), runner.describe(), p.isSet(QStringLiteral("resume")), &err)) {
        return badInput(err);
    }
    QTextStream errOut(stderr);
    for (const QString& id : parsed.spec->runtimes) {
        const RunnerEntry* e = inst->registry.find(id);
        errOut << QStringLiteral("%1: %2\n")
                      .arg(id,
                          e->probe.available ? e->probe.version
                                             : QStringLiteral("UNAVAILABLE (%1)").arg(e->probe.reason));
    }
    errOut << QStringLiteral("%1 runs planned (%2 measured), writing %3\n")
                  .arg(plan.runs().size())
                  .arg(plan.measuredRunCount())
                  .arg(writer.dir());
    if (host->role == HostAssignment::Role::Sut) {
        errOut << QStringLiteral("host %1, role sut: load runs wait for a load generator on control port %2\n")
                      .arg(host->hostId)
                      .arg(host->controlPort);
    } else if (host->role == HostAssignment::Role::Loadgen) {
        errOut << QStringLiteral("host %1, role loadgen: only the load runs, against %2 (%3:%4)\n")
                      .arg(host->hostId, host->sutId, host->sutAddress)
                      .arg(host->controlPort);
    }
    errOut.flush();

    const bool tty = ::isatty(STDERR_FILENO);
    ExperimentRunner::Observer obs;
    // Progress: position, ETA from the mean time of the runs done in this session, the run's headline metric.
    EtaEstimator eta(int(plan.runs().size() - writer.completedRunIds().size()));
    obs.runFinished = [&](const RunRecord& r) {
        eta.runDone();
        const qint64 etaS = qint64(eta.secondsLeft() + 0.5);
        const ScenarioKindDef* kind = findScenarioKind(r.spec.scenario.kind);
        const QString metric = kind ? kind->headline : QStringLiteral("wall_ms");
        const QString line = QStringLiteral("[%1/%2] ETA %3:%4  %5  %6=%7  %8")
                                 .arg(r.spec.index + 1, 4)
                                 .arg(plan.runs().size())
                                 .arg(etaS / 60)
                                 .arg(etaS % 60, 2, 10, QLatin1Char('0'))
                                 .arg(r.spec.runId, -48)
                                 .arg(metric)
                                 .arg(r.value(metric), 0, 'g', 6)
                                 .arg(r.ok ? QStringLiteral("ok") : QStringLiteral("FAILED: ") + r.error);
        // On a terminal, successful runs overwrite one status line; failures and pipes get a line each.
        errOut << (tty ? QStringLiteral("\r\033[K") : QString()) << line
               << ((tty && r.ok) ? QString() : QStringLiteral("\n"));
        errOut.flush();
    };
    obs.log = [&](const QString& m) {
        errOut << (tty ? QStringLiteral("\r\033[K") : QString()) << m << '\n';
        errOut.flush();
    };
    const ExperimentSummary sum = runner.run(writer, cancel, obs);
    writer.finish(sum.status, QJsonObject { { QStringLiteral("summary"), sum.toJson() } }, nullptr);
    const bool clean = stopDaemons(*inst);
    if (tty) {
        errOut << "\n";
    }
    QString loadErr;
    const auto results = loadResultFolder(writer.dir(), &loadErr);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject doc = sum.toJson();
        doc.insert(QStringLiteral("out"), writer.dir());
        if (results) {
            doc.insert(QStringLiteral("groups"), summaryJson(*results));
        }
        QTextStream(stdout) << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else if (results) {
        QTextStream(stdout) << summaryTable(*results);
    }
    errOut << QStringLiteral("%1: %2 runs recorded (%3 failed), %4 skipped%5. Results in %6\n")
                  .arg(sum.status)
                  .arg(sum.finished)
                  .arg(sum.failed)
                  .arg(sum.skipped)
                  .arg(sum.alreadyDone ? QStringLiteral(", %1 already done").arg(sum.alreadyDone) : QString())
                  .arg(writer.dir());
    for (auto it = sum.reasons.begin(); it != sum.reasons.end(); ++it) {
        errOut << QStringLiteral("  %1 × %2\n").arg(it.value()).arg(it.key());
    }
    if (sum.status == QLatin1String("error")) {
        errOut << sum.error << '\n';
    }
    return sum.status == QLatin1String("complete") && clean ? Ok : WorkFailed;
}

} // namespace rb::cli
