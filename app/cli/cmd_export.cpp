// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli export PATH --format latex|markdown|csv|json [--table summary|pairwise|matrix] [--metric M]
//     [--baseline G] [--center median|mean] [--correction holm|bh] [--out FILE] [--caption TEXT] [--label KEY]
#include "commands.h"
#include "io/exporters/exporttable.h"
#include "io/exporters/tableexport.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

namespace rb::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(QStringLiteral(
        "A summary, pairwise or runtime × workload table of a results folder as LaTeX, Markdown, CSV or JSON "
        "(docs/export.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Runbench results folder (or what `stats` reads: number files, folders of them)."),
        QStringLiteral("PATH…"));
    p.addOption({ QStringLiteral("format"), QStringLiteral("latex, markdown, csv or json."), QStringLiteral("F") });
    p.addOption({ QStringLiteral("table"), QStringLiteral("summary (default), pairwise or matrix."),
        QStringLiteral("T"), QStringLiteral("summary") });
    p.addOption({ QStringLiteral("metric"),
        QStringLiteral("Metric of a results folder (default: wall_ms, or the folder's only metric)."),
        QStringLiteral("M") });
    p.addOption({ QStringLiteral("baseline"),
        QStringLiteral("summary, pairwise: compare every group with this group; matrix: ratios to this runtime."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("center"),
        QStringLiteral("median or mean (default: median for summary, mean for matrix)."), QStringLiteral("C") });
    p.addOption({ QStringLiteral("correction"), QStringLiteral("holm (default) or bh (Benjamini–Hochberg)."),
        QStringLiteral("K"), QStringLiteral("holm") });
    p.addOption({ QStringLiteral("out"), QStringLiteral("Write to FILE instead of stdout."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("caption"), QStringLiteral("Table caption (plain text)."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("label"), QStringLiteral("LaTeX \\label key."), QStringLiteral("KEY") });
}

std::optional<int> readChoices(const QCommandLineParser& p, const QString& table, ExportOptions& opt)
{
    const QString center = p.isSet(QStringLiteral("center"))
        ? p.value(QStringLiteral("center"))
        : QString(table == QLatin1String("matrix") ? QStringLiteral("mean") : QStringLiteral("median"));
    if (center != QLatin1String("median") && center != QLatin1String("mean")) {
        return badInput(QStringLiteral("export: --center must be median or mean, not \"%1\"").arg(center));
    }
    if (table == QLatin1String("pairwise") && p.isSet(QStringLiteral("center"))) {
        return badInput(QStringLiteral("export: --center does not apply to --table pairwise (it compares medians)"));
    }
    opt.center = center == QLatin1String("mean") ? ExportOptions::Center::Mean : ExportOptions::Center::Median;
    const QString correction = p.value(QStringLiteral("correction"));
    if (correction != QLatin1String("holm") && correction != QLatin1String("bh")) {
        return badInput(QStringLiteral("export: --correction must be holm or bh, not \"%1\"").arg(correction));
    }
    opt.correction = correction == QLatin1String("bh") ? ExportOptions::Correction::BenjaminiHochberg
                                                       : ExportOptions::Correction::Holm;
    opt.metric = p.value(QStringLiteral("metric"));
    opt.caption = p.value(QStringLiteral("caption"));
    opt.label = p.value(QStringLiteral("label"));
    return std::nullopt;
}

int write(const QString& text, const QString& path)
{
    if (path.isEmpty()) {
        QTextStream(stdout) << text;
        return Ok;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        return badInput(QStringLiteral("export: cannot write %1: %2").arg(path, f.errorString()));
    }
    return Ok;
}

void printProblems(const QStringList& problems)
{
    QTextStream err(stderr);
    for (const QString& problem : problems) {
        err << "runbench-cli: " << problem << '\n';
    }
}

} // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (!tableFormats().contains(format)) {
        return badInput(QStringLiteral("export: --format must be latex, markdown, csv or json"));
    }
    const QString table = p.value(QStringLiteral("table"));
    if (!tableKinds().contains(table)) {
        return badInput(QStringLiteral("export: --table must be summary, pairwise or matrix, not \"%1\"").arg(table));
    }
    if (p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("export: expected a results folder"));
    }
    TableRequest request { p.positionalArguments(), table, format, p.value(QStringLiteral("baseline")), {} };
    if (const auto stop = readChoices(p, table, request.options)) {
        return *stop;
    }
    const TableText out = renderTable(request);
    printProblems(out.problems);
    if (!out.error.isEmpty()) {
        return badInput(QStringLiteral("export: %1").arg(out.error));
    }
    const int rc = write(out.text, p.value(QStringLiteral("out")));
    return rc != Ok ? rc : (out.problems.isEmpty() ? Ok : WorkFailed);
}

} // namespace rb::cli
