// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli export PATH --format latex|markdown [--metric M] [--baseline G] [--center median|mean]
//     [--correction holm|bh] [--out FILE] [--caption TEXT] [--label KEY]
#include "commands.h"
#include "io/exporters/exporttable.h"
#include "io/exporters/latex.h"
#include "io/exporters/markdown.h"
#include "io/numberfile.h"
#include "stats/report.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>

namespace rb::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(
        QStringLiteral("A LaTeX or Markdown summary table of a results folder (docs/export.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Runbench results folder (or what `stats` reads: number files, folders of them)."),
        QStringLiteral("PATH…"));
    p.addOption({ QStringLiteral("format"), QStringLiteral("latex or markdown."), QStringLiteral("F") });
    p.addOption({ QStringLiteral("metric"),
        QStringLiteral("Metric of a results folder (default: wall_ms, or the folder's only metric)."),
        QStringLiteral("M") });
    p.addOption({ QStringLiteral("baseline"), QStringLiteral("Mark significant differences against this group."),
        QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("center"), QStringLiteral("median (with CI, default) or mean (± CI)."),
        QStringLiteral("C"), QStringLiteral("median") });
    p.addOption({ QStringLiteral("correction"), QStringLiteral("holm (default) or bh (Benjamini–Hochberg)."),
        QStringLiteral("K"), QStringLiteral("holm") });
    p.addOption({ QStringLiteral("out"), QStringLiteral("Write to FILE instead of stdout."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("caption"), QStringLiteral("Table caption (plain text)."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("label"), QStringLiteral("LaTeX \\label key."), QStringLiteral("KEY") });
}

std::optional<int> readChoices(const QCommandLineParser& p, ExportOptions& opt)
{
    const QString center = p.value(QStringLiteral("center"));
    if (center != QLatin1String("median") && center != QLatin1String("mean")) {
        return badInput(QStringLiteral("export: --center must be median or mean, not \"%1\"").arg(center));
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

} // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("latex") && format != QLatin1String("markdown")) {
        return badInput(QStringLiteral("export: --format must be latex or markdown"));
    }
    if (p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("export: expected a results folder"));
    }
    ExportOptions opt;
    if (const auto stop = readChoices(p, opt)) {
        return *stop;
    }
    const StatsInput in = loadStatsInput(p.positionalArguments(), opt.metric);
    if (opt.metric.isEmpty()) {
        opt.metric = in.metric;
    }
    QTextStream err(stderr);
    for (const QString& problem : in.problems) {
        err << "runbench-cli: " << problem << '\n';
    }
    err.flush();
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
    const ExportTable table = buildExportTable(stats::buildReport(in.samples, ro), ro.baseline, opt);
    const QString text = format == QLatin1String("latex") ? latexTable(table) : markdownTable(table);
    const int rc = write(text, p.value(QStringLiteral("out")));
    return rc != Ok ? rc : (in.problems.isEmpty() ? Ok : WorkFailed);
}

} // namespace rb::cli
