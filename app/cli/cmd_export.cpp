// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli export PATH --format latex|markdown|csv|json [--table summary|pairwise|matrix] [--metric M]
//     [--baseline G] [--center median|mean] [--correction holm|bh] [--out FILE] [--caption TEXT] [--label KEY]
#include "commands.h"
#include "io/anyresults.h"
#include "io/exporters/exporttable.h"
#include "io/exporters/latex.h"
#include "io/exporters/markdown.h"
#include "io/exporters/matrix.h"
#include "io/exporters/matrixtable.h"
#include "io/exporters/pairwisetable.h"
#include "io/exporters/tabledata.h"
#include "io/numberfile.h"
#include "io/resultfolder.h"
#include "stats/groups.h"
#include "stats/report.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>

namespace rb::cli {

namespace {

const QStringList kFormats { QStringLiteral("latex"), QStringLiteral("markdown"), QStringLiteral("csv"),
    QStringLiteral("json") };
const QStringList kTables { QStringLiteral("summary"), QStringLiteral("pairwise"), QStringLiteral("matrix") };

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

QString renderTable(const QString& format, const ExportTable& table, const ExportOptions& opt, const QString& baseline)
{
    if (format == QLatin1String("latex")) {
        return latexTable(table);
    }
    if (format == QLatin1String("markdown")) {
        return markdownTable(table);
    }
    if (format == QLatin1String("csv")) {
        return csvTable(table);
    }
    const TableFacts facts { opt.metric, baseline,
        opt.center == ExportOptions::Center::Mean ? QStringLiteral("mean") : QStringLiteral("median"),
        opt.correction == ExportOptions::Correction::Holm ? QStringLiteral("holm") : QStringLiteral("bh") };
    return jsonTable(table, facts);
}

/// summary and pairwise: the groups of every PATH, as `runbench-cli stats` reads them.
int runReportTable(const QCommandLineParser& p, const QString& table, const QString& format, ExportOptions opt)
{
    const StatsInput in = loadStatsInput(p.positionalArguments(), opt.metric);
    if (opt.metric.isEmpty()) {
        opt.metric = in.metric;
    }
    printProblems(in.problems);
    if (in.samples.empty()) {
        return badInput(QStringLiteral("export: no usable values were read"));
    }
    stats::ReportOptions ro;
    ro.baseline = p.value(QStringLiteral("baseline"));
    if (!ro.baseline.isEmpty() && std::none_of(in.samples.begin(), in.samples.end(), [&](const stats::NamedSample& s) {
            return s.name == ro.baseline;
        })) {
        return badInput(QStringLiteral("export: --baseline \"%1\" is not a group").arg(ro.baseline));
    }
    if (table == QLatin1String("pairwise") && in.samples.size() < 2) {
        return badInput(QStringLiteral("export: --table pairwise needs at least two groups, found one"));
    }
    const stats::Report report = stats::buildReport(in.samples, ro);
    const ExportTable t = table == QLatin1String("pairwise") ? buildPairwiseTable(report, opt)
                                                             : buildExportTable(report, ro.baseline, opt);
    const int rc = write(renderTable(format, t, opt, ro.baseline), p.value(QStringLiteral("out")));
    return rc != Ok ? rc : (in.problems.isEmpty() ? Ok : WorkFailed);
}

/// matrix: runtime and workload come from the runs of one results folder (or one imported file or folder).
int runMatrixTable(const QCommandLineParser& p, const QString& format, ExportOptions opt)
{
    const QStringList paths = p.positionalArguments();
    if (paths.size() != 1) {
        return badInput(QStringLiteral(
            "export: --table matrix reads exactly one results folder (or one file or folder to import)"));
    }
    QString error;
    QStringList problems;
    const auto rs = loadAnyResults(paths.front(), &error, &problems);
    if (!rs) {
        return badInput(QStringLiteral("export: %1").arg(error));
    }
    opt.metric = chooseMetric(*rs, opt.metric);
    const QList<stats::Group> groups = stats::groupsFromResults(*rs, opt.metric);
    for (const stats::Group& g : groups) {
        if (g.failed > 0) {
            problems << QStringLiteral("%1: %2 failed run(s) left out").arg(g.name).arg(g.failed);
        }
    }
    printProblems(problems);
    const MatrixOptions mo { opt.center == ExportOptions::Center::Mean ? ResultMatrix::Center::Mean
                                                                       : ResultMatrix::Center::Median,
        p.value(QStringLiteral("baseline")), opt.metric };
    const ResultMatrix m = buildMatrix(groups, mo);
    if (m.rows.isEmpty()) {
        return badInput(QStringLiteral("export: %1 has no values of metric \"%2\"; metrics in this folder: %3")
                            .arg(paths.front(), opt.metric, metricsOf(*rs).join(QStringLiteral(", "))));
    }
    if (!mo.baseline.isEmpty() && m.baselineColumn < 0) {
        return badInput(QStringLiteral("export: --baseline \"%1\" is not a runtime of this folder (runtimes: %2)")
                            .arg(mo.baseline, m.columns.join(QStringLiteral(", "))));
    }
    const MatrixText text { opt.caption, opt.label };
    const QString out = format == QLatin1String("latex") ? latexMatrix(m, text)
        : format == QLatin1String("markdown")            ? markdownMatrix(m, text)
        : format == QLatin1String("csv")                 ? csvMatrix(m)
                                                         : jsonMatrix(m);
    const int rc = write(out, p.value(QStringLiteral("out")));
    return rc != Ok ? rc : (problems.isEmpty() ? Ok : WorkFailed);
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
    if (!kFormats.contains(format)) {
        return badInput(QStringLiteral("export: --format must be latex, markdown, csv or json"));
    }
    const QString table = p.value(QStringLiteral("table"));
    if (!kTables.contains(table)) {
        return badInput(QStringLiteral("export: --table must be summary, pairwise or matrix, not \"%1\"").arg(table));
    }
    if (p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("export: expected a results folder"));
    }
    ExportOptions opt;
    if (const auto stop = readChoices(p, table, opt)) {
        return *stop;
    }
    return table == QLatin1String("matrix") ? runMatrixTable(p, format, opt) : runReportTable(p, table, format, opt);
}

} // namespace rb::cli
