// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli figure KIND PATH... --out FILE.{pdf,svg,png} [--metric M] [--baseline R] [--center C]
//     [--width-mm W] [--height-mm H] [--dpi D]
// Built only with the GUI (RUNBENCH_BUILD_GUI): draws with the GUI's own figure builders on the offscreen platform.
#include "commands.h"
#include "io/exporters/matrix.h"
#include "io/figuredata.h"
#include "io/numberfile.h"
#include "plot/figureexport.h"
#include "plot/figures.h"
#include "stats/groups.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <functional>
#include <qcustomplot.h>

namespace rb::cli {

namespace {

const QStringList kKinds { QStringLiteral("ecdf"), QStringLiteral("box"), QStringLiteral("violin"),
    QStringLiteral("spectrum"), QStringLiteral("throughput"), QStringLiteral("latency-load"),
    QStringLiteral("timeline"), QStringLiteral("heatmap") };

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(QStringLiteral("A publication figure (PDF, SVG or PNG) of results (docs/export.md)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("KIND"), kKinds.join(QStringLiteral(", ")));
    p.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Results folder (ecdf, box, violin: also what `stats` reads)."), QStringLiteral("PATH…"));
    p.addOption({ QStringLiteral("out"), QStringLiteral("Output file: .pdf, .svg or .png."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("metric"),
        QStringLiteral("ecdf/box/violin: metric (default wall_ms); timeline: series (default cpu_percent)."),
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

using Draw = std::function<void(QCustomPlot*)>;

/// ecdf, box, violin: the groups `stats` reads. Sets `partial` when some input was skipped.
std::optional<Draw> sampleFigure(const QString& kind, const QStringList& paths, QString metric, bool* partial)
{
    metric = metric.isEmpty() ? QStringLiteral("wall_ms") : metric;
    const StatsInput in = loadStatsInput(paths, metric);
    for (const QString& problem : in.problems) {
        QTextStream(stderr) << "runbench-cli: " << problem << '\n';
    }
    *partial = !in.problems.isEmpty();
    if (in.samples.empty()) {
        badInput(QStringLiteral("figure %1: no values of %2 were read").arg(kind, metric));
        return std::nullopt;
    }
    const figure::SampleFigure data = figure::sampleFigure(in.samples, metric);
    const auto theme = ui::PlotTheme::paper();
    if (kind == QLatin1String("ecdf")) {
        return [=](QCustomPlot* plot) { ui::figure::drawEcdf(plot, data, theme); };
    }
    if (kind == QLatin1String("box")) {
        return [=](QCustomPlot* plot) { ui::figure::drawBox(plot, data, theme); };
    }
    return [=](QCustomPlot* plot) { ui::figure::drawViolin(plot, data, theme); };
}

/// heatmap: the runtime × workload matrix of export --table matrix (io/exporters/matrix.h).
std::optional<Draw> heatmapFigure(const QCommandLineParser& p, const ResultSet& r)
{
    const QString metric =
        p.value(QStringLiteral("metric")).isEmpty() ? QStringLiteral("wall_ms") : p.value(QStringLiteral("metric"));
    const QString center = p.value(QStringLiteral("center"));
    if (center != QLatin1String("mean") && center != QLatin1String("median")) {
        badInput(QStringLiteral("figure heatmap: --center must be mean or median, not \"%1\"").arg(center));
        return std::nullopt;
    }
    const MatrixOptions mo { center == QLatin1String("median") ? ResultMatrix::Center::Median
                                                               : ResultMatrix::Center::Mean,
        p.value(QStringLiteral("baseline")), metric };
    const ResultMatrix m = buildMatrix(stats::groupsFromResults(r, metric), mo);
    if (m.rows.isEmpty()) {
        badInput(QStringLiteral("figure heatmap: %1 has no values of metric \"%2\"").arg(r.dir, metric));
        return std::nullopt;
    }
    if (!mo.baseline.isEmpty() && m.baselineColumn < 0) {
        badInput(QStringLiteral("figure heatmap: --baseline \"%1\" is not a runtime of this folder (runtimes: %2)")
                     .arg(mo.baseline, m.columns.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const auto theme = ui::PlotTheme::paper();
    return [=](QCustomPlot* plot) { ui::figure::drawHeatmap(plot, m, theme); };
}

/// The kinds that need one Runbench results folder: nullopt (after the message) when it has nothing to draw.
std::optional<Draw> folderFigure(const QString& kind, const ResultSet& r, QString metric)
{
    const auto theme = ui::PlotTheme::paper();
    const auto missing = [&](const QString& what) {
        badInput(QStringLiteral("figure %1: %2 has %3").arg(kind, r.dir, what));
        return std::nullopt;
    };
    if (kind == QLatin1String("spectrum")) {
        const auto data = figure::latencySpectra(r);
        if (data.empty()) {
            return missing(QStringLiteral("no latency histograms (latency.csv): a spectrum needs warm-latency or "
                                          "throughput-sweep runs"));
        }
        return [=](QCustomPlot* plot) { ui::figure::drawSpectrum(plot, data, theme); };
    }
    if (kind == QLatin1String("throughput")) {
        const auto data = figure::throughputByConcurrency(r);
        if (data.empty()) {
            return missing(QStringLiteral("no throughput-sweep concurrency levels with requests_per_s"));
        }
        return [=](QCustomPlot* plot) { ui::figure::drawThroughput(plot, data, theme); };
    }
    if (kind == QLatin1String("latency-load")) {
        const auto data = figure::latencyByLoad(r);
        if (data.p50.empty()) {
            return missing(QStringLiteral("no throughput-sweep levels (rate or concurrency) with latency histograms"));
        }
        return [=](QCustomPlot* plot) { ui::figure::drawLoadLatency(plot, data, theme); };
    }
    metric = metric.isEmpty() ? QStringLiteral("cpu_percent") : metric;
    const auto data = figure::timelines(r, metric);
    if (data.empty()) {
        const QStringList names = figure::timelineSeriesNames(r);
        return missing(QStringLiteral("no series \"%1\" in timeseries.csv (series there: %2)")
                           .arg(metric, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
    }
    return [=](QCustomPlot* plot) { ui::figure::drawTimeline(plot, data, metric, theme); };
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
    const QString kind = pos.value(0);
    if (!kKinds.contains(kind)) {
        return badInput(
            QStringLiteral("figure: KIND must be one of %1, not \"%2\"").arg(kKinds.join(QStringLiteral(", ")), kind));
    }
    if (pos.size() < 2) {
        return badInput(QStringLiteral("figure %1: expected a results folder").arg(kind));
    }
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty()
        || !QStringList { QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png") }.contains(suffix)) {
        return badInput(QStringLiteral("figure: --out FILE must end in .pdf, .svg or .png"));
    }
    const auto w = number(p, QStringLiteral("width-mm"), 10, 1000);
    const auto h = number(p, QStringLiteral("height-mm"), 10, 1000);
    const auto dpi = number(p, QStringLiteral("dpi"), 30, 2400);
    if (!w || !h || !dpi) {
        return BadInput;
    }
    bool partial = false;
    std::optional<Draw> draw;
    if (kind == QLatin1String("ecdf") || kind == QLatin1String("box") || kind == QLatin1String("violin")) {
        draw = sampleFigure(kind, pos.mid(1), p.value(QStringLiteral("metric")), &partial);
    } else {
        if (pos.size() != 2) {
            return badInput(QStringLiteral("figure %1: expected exactly one results folder").arg(kind));
        }
        QString error;
        const std::optional<ResultSet> r = loadResultFolder(pos[1], &error);
        if (!r) {
            return badInput(QStringLiteral("figure %1: %2").arg(kind, error));
        }
        draw = kind == QLatin1String("heatmap") ? heatmapFigure(p, *r)
                                                : folderFigure(kind, *r, p.value(QStringLiteral("metric")));
    }
    if (!draw) {
        return BadInput;
    }
    QCustomPlot plot;
    (*draw)(&plot);
    QString error;
    if (!ui::saveFigure(&plot, out, { *w, *h, *dpi }, &error)) {
        return badInput(QStringLiteral("figure: %1").arg(error));
    }
    return partial ? WorkFailed : Ok;
}

} // namespace rb::cli
