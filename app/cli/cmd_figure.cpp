// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli figure KIND PATH... --out FILE.{pdf,svg,png} [--metric M] [--baseline R] [--center C]
//     [--width-mm W] [--height-mm H] [--dpi D] [--font-pt PT] [--palette NAME]
// Built only with the GUI (RUNBENCH_BUILD_GUI): draws with the GUI's own figure builders on the offscreen platform.
#include "commands.h"
#include "io/anyresults.h"
#include "io/numberfile.h"
#include "plot/figureexport.h"
#include "plot/figurekinds.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <qcustomplot.h>

namespace rb::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(QStringLiteral("A publication figure (PDF, SVG or PNG) of results (docs/export.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("KIND"), ui::figure::figureKinds().join(QStringLiteral(", ")));
    p.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Results folder (ecdf, box, violin: also what `stats` reads)."), QStringLiteral("PATH…"));
    p.addOption({ QStringLiteral("out"), QStringLiteral("Output file: .pdf, .svg or .png."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("metric"),
        QStringLiteral("ecdf/box/violin/heatmap: metric (default wall_ms); timeline: series (default cpu_percent)."),
        QStringLiteral("M") });
    p.addOption({ QStringLiteral("baseline"), QStringLiteral("heatmap: colour each cell by its ratio to this runtime."),
        QStringLiteral("RUNTIME") });
    p.addOption({ QStringLiteral("center"), QStringLiteral("heatmap: mean (default) or median of each cell."),
        QStringLiteral("C"), QStringLiteral("mean") });
    p.addOption({ QStringLiteral("width-mm"), QStringLiteral("Width in mm (default 88)."), QStringLiteral("MM"),
        QStringLiteral("88") });
    p.addOption({ QStringLiteral("height-mm"), QStringLiteral("Height in mm (default 60)."), QStringLiteral("MM"),
        QStringLiteral("60") });
    p.addOption({ QStringLiteral("dpi"), QStringLiteral("PNG resolution (default 300)."), QStringLiteral("D"),
        QStringLiteral("300") });
    p.addOption({ QStringLiteral("font-pt"),
        QStringLiteral("Font size of tick labels and legend in pt (default 8; axis titles 1 pt larger)."),
        QStringLiteral("PT"), QStringLiteral("8") });
    p.addOption({ QStringLiteral("palette"),
        QStringLiteral("Colours: %1 (default okabe-ito).")
            .arg(ui::PlotTheme::paletteNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("okabe-ito") });
}

std::optional<double> number(const QCommandLineParser& p, const QString& name, double lo, double hi)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < lo || v > hi) {
        badInput(QStringLiteral("figure: --%1 must be a number from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(lo)
                     .arg(hi)
                     .arg(p.value(name)));
        return std::nullopt;
    }
    return v;
}

/// ecdf, box, violin read what `stats` reads; the other kinds one results folder. Sets `partial` when some
/// input was skipped.
ui::figure::FigurePlan plan(const QStringList& paths, const ui::figure::FigureRequest& request, bool* partial)
{
    if (ui::figure::isSampleKind(request.kind)) {
        const StatsInput in =
            loadStatsInput(paths, request.metric.isEmpty() ? QStringLiteral("wall_ms") : request.metric);
        for (const QString& problem : in.problems) {
            QTextStream(stderr) << "runbench-cli: " << problem << '\n';
        }
        *partial = !in.problems.isEmpty();
        return ui::figure::planSampleFigure(in.samples, request);
    }
    if (paths.size() != 1) {
        return { {}, QStringLiteral("expected exactly one results folder (or one file another tool wrote)") };
    }
    QString error;
    QStringList notes;
    const std::optional<ResultSet> r = loadAnyResults(paths.front(), &error, &notes);
    for (const QString& note : notes) {
        QTextStream(stderr) << "runbench-cli: " << note << '\n';
    }
    *partial = !notes.isEmpty();
    if (!r) {
        return { {}, error };
    }
    return ui::figure::planFigure(*r, request);
}

} // namespace

int runFigureMain(int argc, char** argv)
{
    // Figures never need a display: this sub-command always draws on Qt's offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("runbench-cli"));
    const QStringList args = app.arguments();
    return runFigure(QStringList { args.value(0) + QStringLiteral(" figure") } + args.mid(2));
}

int runFigure(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    const QStringList pos = p.positionalArguments();
    const ui::figure::FigureRequest request { pos.value(0), p.value(QStringLiteral("metric")),
        p.value(QStringLiteral("baseline")), p.value(QStringLiteral("center")) == QLatin1String("median") };
    if (!ui::figure::figureKinds().contains(request.kind)) {
        return badInput(QStringLiteral("figure: KIND must be one of %1, not \"%2\"")
                            .arg(ui::figure::figureKinds().join(QStringLiteral(", ")), request.kind));
    }
    if (pos.size() < 2) {
        return badInput(QStringLiteral("figure %1: expected a results folder").arg(request.kind));
    }
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty()
        || !QStringList { QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png") }.contains(suffix)) {
        return badInput(QStringLiteral("figure: --out FILE must end in .pdf, .svg or .png"));
    }
    const QString center = p.value(QStringLiteral("center"));
    if (center != QLatin1String("mean") && center != QLatin1String("median")) {
        return badInput(QStringLiteral("figure: --center must be mean or median, not \"%1\"").arg(center));
    }
    const auto w = number(p, QStringLiteral("width-mm"), 10, 1000);
    const auto h = number(p, QStringLiteral("height-mm"), 10, 1000);
    const auto dpi = number(p, QStringLiteral("dpi"), 30, 2400);
    const auto fontPt = number(p, QStringLiteral("font-pt"), 4, 24);
    if (!w || !h || !dpi || !fontPt) {
        return BadInput;
    }
    const QString palette = p.value(QStringLiteral("palette"));
    if (!ui::PlotTheme::paletteNames().contains(palette)) {
        return badInput(QStringLiteral("figure: --palette must be one of %1, not \"%2\"")
                            .arg(ui::PlotTheme::paletteNames().join(QStringLiteral(", ")), palette));
    }
    bool partial = false;
    const ui::figure::FigurePlan figure = plan(pos.mid(1), request, &partial);
    if (!figure.draw) {
        return badInput(QStringLiteral("figure %1: %2").arg(request.kind, figure.error));
    }
    QCustomPlot plot;
    figure.draw(&plot, ui::PlotTheme::paper({ *fontPt, palette }));
    QString error;
    if (!ui::saveFigure(&plot, out, { *w, *h, *dpi }, &error)) {
        return badInput(QStringLiteral("figure: %1").arg(error));
    }
    return partial ? WorkFailed : Ok;
}

} // namespace rb::cli
