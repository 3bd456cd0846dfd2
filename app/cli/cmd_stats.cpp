// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli stats PATH… [--metric M] [--baseline NAME] [--json]
#include "commands.h"
#include "io/numberfile.h"
#include "io/resultmerge.h"
#include "io/statsreport.h"
#include "stats/report.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

namespace rb::cli {

int runStats(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Summaries, confidence intervals, tests and effect sizes of groups of values (docs/methodology.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Text file with one number per line, folder of such files, or Runbench results folder."),
        QStringLiteral("PATH…"));
    p.addOption({ QStringLiteral("metric"),
        QStringLiteral("Metric of a results folder (default: wall_ms, or the folder's only metric)."),
        QStringLiteral("M") });
    p.addOption({ QStringLiteral("baseline"), QStringLiteral("Compare every group with this one only."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.") });
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    if (p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("stats: expected at least one PATH"));
    }
    const StatsInput in = loadStatsInput(p.positionalArguments(), p.value(QStringLiteral("metric")));
    QTextStream err(stderr);
    for (const QString& problem : in.problems) {
        err << "runbench-cli: " << problem << '\n';
    }
    err.flush();
    if (in.samples.empty()) {
        return badInput(QStringLiteral("stats: no usable values were read"));
    }
    stats::ReportOptions opt;
    opt.baseline = p.value(QStringLiteral("baseline"));
    if (!opt.baseline.isEmpty() && std::none_of(in.samples.begin(), in.samples.end(), [&](const stats::NamedSample& s) {
            return s.name == opt.baseline;
        })) {
        QStringList names;
        for (const auto& s : in.samples) {
            names << s.name;
        }
        return badInput(QStringLiteral("stats: --baseline \"%1\" is not a group; groups: %2")
                            .arg(opt.baseline, names.join(QStringLiteral(", "))));
    }
    if (in.samples.size() == 1) {
        err << "runbench-cli: only one group: summary only, no comparisons\n";
    }
    stats::Report report = stats::buildReport(in.samples, opt);
    for (const QString& path : p.positionalArguments()) { // a merged multi-host folder whose clocks disagree
        QFile ej(path + QStringLiteral("/experiment.json"));
        if (ej.open(QIODevice::ReadOnly)) {
            for (const QString& w : clockWarnings(QJsonDocument::fromJson(ej.readAll()).object())) {
                err << "runbench-cli: " << path << ": " << w << '\n';
                report.notes << QStringLiteral("%1: %2").arg(path, w);
            }
        }
    }
    err.flush();
    if (p.isSet(QStringLiteral("json"))) {
        QTextStream(stdout) << QJsonDocument(statsReportJson(report)).toJson(QJsonDocument::Indented);
    } else {
        QTextStream(stdout) << statsReportText(report);
    }
    // Something given was skipped (a bad line, an empty file): the work ran, but not on everything.
    return in.problems.isEmpty() ? Ok : WorkFailed;
}

} // namespace rb::cli
