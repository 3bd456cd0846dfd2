// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli import PATH… --out DIR [--format NAME] [--map MAPPING]
#include "commands.h"
#include "engine/resultwriter.h"
#include "io/importers/generic.h"
#include "io/importers/registry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace rb::cli {

namespace {

/// What was imported, and the exit code: 1 when lines were skipped (named on stderr), else 0.
int reportImported(qint64 runs, const ResultSet& set, const QString& out)
{
    for (const QString& w : set.warnings) {
        QTextStream(stderr) << "runbench-cli: import: " << w << '\n';
    }
    QTextStream(stdout) << "imported " << runs << " runs from "
                        << set.experiment.value(QStringLiteral("sources")).toArray().size() << " files into " << out
                        << '\n';
    return set.warnings.isEmpty() ? Ok : WorkFailed;
}

/// Writes each run as the importer reads it (ResultWriter in bulk mode: bounded memory).
class WriterSink final : public RunSink
{
public:
    WriterSink(ResultWriter& writer, const QString& dir)
        : m_writer(writer)
        , m_dir(dir)
    {
    }
    bool begin(const QJsonObject& experiment, QString* error) override
    {
        m_begun = m_writer.open(m_dir, experiment, false, error);
        return m_begun;
    }
    bool run(const RunRecord& run, QString* error) override
    {
        ++m_runs;
        return m_writer.append(run, error);
    }
    bool begun() const
    {
        return m_begun;
    }
    qint64 runs() const
    {
        return m_runs;
    }

private:
    ResultWriter& m_writer;
    QString m_dir;
    bool m_begun = false;
    qint64 m_runs = 0;
};

/// The importer of `path` when it reads in bounded memory (a number file), else nullptr.
const Importer* streamingImporter(const ImporterRegistry& registry, const QString& path, const QString& format)
{
    if (QFileInfo(path).isDir()) {
        return nullptr;
    }
    ImportError unknown;
    const Importer* imp = format.isEmpty() ? registry.pick(path, &unknown) : registry.byName(format);
    return imp && imp->streams() ? imp : nullptr;
}

/// One file of any size, straight into the results folder; a failure half-way removes what was written.
int streamImport(const Importer& importer, const QString& path, const QString& out)
{
    const bool existed = QFileInfo::exists(out);
    ResultWriter writer;
    writer.setBulk(true);
    WriterSink sink(writer, out);
    ImportError error;
    const auto set = importer.stream(path, sink, &error);
    QString why;
    if (set && sink.begun()
        && writer.finish(QStringLiteral("complete"),
            { { QStringLiteral("sources"), set->experiment.value(QStringLiteral("sources")) } }, &why)) {
        return reportImported(sink.runs(), *set, out);
    }
    if (sink.begun() && !existed) {
        QDir(out).removeRecursively(); // nothing half-way
    }
    if (set) {
        QTextStream(stderr) << "runbench-cli: import: " << why << '\n';
        return WorkFailed;
    }
    return badInput(error.text());
}

} // namespace

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
    if (p.positionalArguments().size() == 1 && !generic) {
        const QString path = p.positionalArguments().first();
        if (const Importer* imp = streamingImporter(registry, path, p.value(QStringLiteral("format")))) {
            return streamImport(*imp, path, p.value(QStringLiteral("out")));
        }
    }
    QList<ResultSet> sets;
    for (const QString& path : p.positionalArguments()) {
        ImportError error;
        QStringList skipped;
        std::optional<QList<ResultSet>> found;
        if (generic) {
            if (auto set = generic->read(path, &error)) {
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
    writer.setBulk(true); // the runs exist in the imported files: one sync at the end suffices
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
    return reportImported(merged->runs.size(), *merged, p.value(QStringLiteral("out")));
}

} // namespace rb::cli
