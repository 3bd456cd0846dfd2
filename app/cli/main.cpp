// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli: the headless front end. One file per sub-command; this file only dispatches.
#include "commands.h"
#include "runbench_config.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

const char* kUsage = R"(usage: runbench-cli <command> [options]

commands:
  --version                         print the version
  runners [--json] [--start-daemons]
                                    every runtime: available?, version, reason
  run SPEC.json --out DIR [--host-id ID] [--role sut|loadgen|both] [--sut ID] [--resume] [--json]
      [--start-daemons]             run an experiment into a results folder
                                    (--start-daemons: may start a private dockerd/containerd;
                                    --host-id/--role/--sut: one host of a multi-host experiment)
  fingerprint [--json]              this host's machine and clock (NTP) status
  merge DIR... --out DIR [--json]   per-host results folders of one experiment into one
  stats PATH... [--metric M] [--baseline NAME] [--json]
                                    summaries, CIs, tests and effect sizes of groups
  export PATH --format latex|markdown [--metric M] [--baseline NAME] [--out FILE]
                                    a LaTeX or Markdown summary table (docs/export.md)
  time [--runs N] [--warmup N] [--ready tcp:HOST:PORT|http:URL|line:REGEX] [--json] -- CMD ARGS...
                                    time a command (to exit, or until ready)
  load URL (-d SECONDS | -n COUNT) [-c CONNS] [-t THREADS] [--rate RPS] [--json]
                                    HTTP/1.1 load: closed loop, or open loop at RPS
  import PATH... --out DIR [--format NAME]
                                    other tools' results (hyperfine) into a results folder
  plan ansible SPEC --inventory FILE --out DIR
  plan k8s SPEC --out DIR [--image IMAGE] [--namespace NS]
                                    one experiment on many hosts: an Ansible playbook, or
                                    Kubernetes manifests (docs/scale-out.md)
  figure KIND PATH... --out FILE.pdf|svg|png [--metric M] [--baseline RUNTIME] [--width-mm W]
         [--height-mm H] [--dpi D]  a publication figure: ecdf, box, violin, spectrum, throughput,
                                    latency-load, timeline, heatmap (GUI builds only; docs/export.md)

Exit codes: 0 success, 1 the work ran but something failed, 2 bad input.
Run 'runbench-cli <command> --help' for a command's options.
)";

} // namespace

int main(int argc, char** argv)
{
    // figure draws with Qt Widgets (QCustomPlot): it creates its own QApplication, so it is dispatched first.
    if (argc > 1 && qstrcmp(argv[1], "figure") == 0) {
        return rb::cli::runFigureMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNBENCH_VERSION));
    const QStringList args = app.arguments();
    const QString cmd = args.value(1);
    const QStringList rest = QStringList { args.value(0) + QLatin1Char(' ') + cmd } + args.mid(2);
    if (cmd == QLatin1String("--version")) {
        QTextStream(stdout) << "runbench-cli " << RUNBENCH_VERSION << '\n';
        return 0;
    }
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        QTextStream(stdout) << kUsage;
        return 0;
    }
    if (cmd == QLatin1String("runners")) {
        return rb::cli::runRunners(rest);
    }
    if (cmd == QLatin1String("run")) {
        return rb::cli::runRun(rest);
    }
    if (cmd == QLatin1String("stats")) {
        return rb::cli::runStats(rest);
    }
    if (cmd == QLatin1String("export")) {
        return rb::cli::runExport(rest);
    }
    if (cmd == QLatin1String("time")) {
        return rb::cli::runTime(rest);
    }
    if (cmd == QLatin1String("load")) {
        return rb::cli::runLoad(rest);
    }
    if (cmd == QLatin1String("import")) {
        return rb::cli::runImport(rest);
    }
    if (cmd == QLatin1String("plan")) {
        return rb::cli::runPlan(rest);
    }
    if (cmd == QLatin1String("fingerprint")) {
        return rb::cli::runFingerprint(rest);
    }
    if (cmd == QLatin1String("merge")) {
        return rb::cli::runMerge(rest);
    }
    QTextStream(stderr) << (cmd.isEmpty() ? QStringLiteral("runbench-cli: no command given\n")
                                          : QStringLiteral("runbench-cli: unknown command \"%1\"\n").arg(cmd))
                        << kUsage;
    return rb::cli::BadInput;
}
