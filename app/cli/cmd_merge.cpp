// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli merge DIR... --out DIR [--json]: per-host results folders of one experiment into one
// (docs/multi-host.md).
#include "commands.h"
#include "engine/resultwriter.h"
#include "io/resultmerge.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

namespace rb::cli {

int runMerge(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Merges the results folders that each host of a multi-host experiment wrote into one."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Per-host results folders."), QStringLiteral("DIR…"));
    p.addOption({ QStringLiteral("out"), QStringLiteral("Merged results folder to write."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print a summary as one JSON document on stdout.") });
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    if (p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("merge: expected at least one results folder"));
    }
    if (!p.isSet(QStringLiteral("out"))) {
        return badInput(QStringLiteral("merge: --out DIR is required"));
    }
    QList<ResultSet> sets;
    for (const QString& dir : p.positionalArguments()) {
        QString err;
        auto rs = loadResultFolder(dir, &err);
        if (!rs) {
            return badInput(QStringLiteral("merge: %1").arg(err));
        }
        sets << *rs;
    }
    const MergedResults merged = mergeHostResults(sets);
    if (!merged.set) {
        return badInput(QStringLiteral("merge: ") + merged.error);
    }
    ResultWriter writer;
    writer.setBulk(true);
    QString err;
    if (!writer.open(p.value(QStringLiteral("out")), merged.set->experiment, false, &err)) {
        return badInput(QStringLiteral("merge: ") + err);
    }
    for (const RunRecord& r : merged.set->runs) {
        if (!writer.append(r, &err)) {
            QTextStream(stderr) << "runbench-cli: merge: " << err << '\n';
            return WorkFailed;
        }
    }
    // Something missing (a partial folder, a run's part) makes the merged set partial; clock warnings do not.
    const bool missing = std::any_of(merged.warnings.begin(), merged.warnings.end(),
        [](const QString& w) { return !w.startsWith(QLatin1String(kClockWarningPrefix)); });
    if (!writer.finish(missing ? QStringLiteral("partial") : merged.set->status(), {}, &err)) {
        QTextStream(stderr) << "runbench-cli: merge: " << err << '\n';
        return WorkFailed;
    }
    QTextStream errOut(stderr);
    for (const QString& w : merged.warnings) {
        errOut << "runbench-cli: merge: warning: " << w << '\n';
    }
    errOut << QStringLiteral("merged %1 folders: %2 runs in %3\n")
                  .arg(sets.size())
                  .arg(merged.set->runs.size())
                  .arg(writer.dir());
    if (p.isSet(QStringLiteral("json"))) {
        QTextStream(stdout) << QJsonDocument(
            QJsonObject { { QStringLiteral("out"), writer.dir() },
                { QStringLiteral("runs"), int(merged.set->runs.size()) },
                { QStringLiteral("hosts"), merged.set->experiment.value(QStringLiteral("hosts")) },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(merged.warnings) } })
                                   .toJson(QJsonDocument::Indented);
    }
    return Ok;
}

} // namespace rb::cli
