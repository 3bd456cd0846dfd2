// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli import PATH… --out DIR [--format NAME] [--map MAPPING]
#include "commands.h"
#include "engine/resultwriter.h"
#include "io/importers/generic.h"
#include "io/importers/registry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace rb::cli {

int runImport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Imports other tools' results into a Runbench results folder (docs/import.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A file another tool wrote, or a folder of them."),
        QStringLiteral("PATH…"));
    p.addOption({ QStringLiteral("out"), QStringLiteral("Results folder to create."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("format"), QStringLiteral("Read every PATH as this format (default: by content)."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("map"),
        QStringLiteral("With --format generic-csv or generic-json: which column holds what, e.g. "
                       "value=time,group=runtime,unit=s (docs/import.md)."),
        QStringLiteral("MAPPING") });
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    if (p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("import: expected at least one PATH"));
    }
    if (p.value(QStringLiteral("out")).isEmpty()) {
        return badInput(QStringLiteral("import: --out DIR is required"));
    }
    const ImporterRegistry registry;
    std::unique_ptr<Importer> generic; // built from --map; the registry's generic importers have no mapping
    if (p.isSet(QStringLiteral("map"))) {
        QString why;
        const auto map = parseColumnMap(p.value(QStringLiteral("map")), &why);
        if (!map) {
            return badInput(QString(QStringLiteral("import: ") + why));
        }
        generic = makeGenericImporter(p.value(QStringLiteral("format")), *map);
        if (!generic) {
            return badInput(QStringLiteral("import: --map needs --format generic-csv or --format generic-json"));
        }
    }
    QList<ResultSet> sets;
    for (const QString& path : p.positionalArguments()) {
        ImportError error;
        QStringList skipped;
        std::optional<QList<ResultSet>> found;
        if (generic) {
            if (auto set = generic->import(path, &error)) {
                found = QList<ResultSet> { *set };
            }
        } else {
            found = registry.importPath(path, p.value(QStringLiteral("format")), &error, &skipped);
        }
        for (const QString& why : skipped) {
            QTextStream(stderr) << "runbench-cli: import: skipped " << why << '\n';
        }
        if (!found) {
            return badInput(error.text());
        }
        sets << *found;
    }
    ImportError error;
    const auto merged = mergeImports(sets, &error);
    if (!merged) {
        return badInput(error.text());
    }
    ResultWriter writer;
    writer.setSyncEachRun(false); // the runs exist in the imported files: one sync at the end suffices
    QString why;
    bool ok = writer.open(p.value(QStringLiteral("out")), merged->experiment, false, &why);
    for (qsizetype i = 0; ok && i < merged->runs.size(); ++i) {
        ok = writer.append(merged->runs.at(i), &why);
    }
    ok = ok && writer.finish(QStringLiteral("complete"), {}, &why);
    if (!ok) {
        QTextStream(stderr) << "runbench-cli: import: " << why << '\n';
        return WorkFailed;
    }
    for (const QString& w : merged->warnings) {
        QTextStream(stderr) << "runbench-cli: import: " << w << '\n';
    }
    QTextStream(stdout) << "imported " << merged->runs.size() << " runs from "
                        << merged->experiment.value(QStringLiteral("sources")).toArray().size() << " files into "
                        << p.value(QStringLiteral("out")) << '\n';
    // Lines that were skipped (named above): the import ran, but not on everything.
    return merged->warnings.isEmpty() ? Ok : WorkFailed;
}

} // namespace rb::cli
