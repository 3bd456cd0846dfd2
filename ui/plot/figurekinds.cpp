// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurekinds.h"

#include "figures.h"
#include "io/exporters/matrix.h"
#include "io/figuredata.h"
#include "stats/groups.h"

#include <QCoreApplication>

namespace rb::ui::figure {

namespace {

QString metricOr(const FigureRequest& r)
{
    return r.metric.isEmpty() ? defaultMetric(r.kind) : r.metric;
}

FigurePlan missing(const ResultSet& r, const QString& what)
{
    //: %1: a results folder; %2: what it lacks ("no values of metric …"); French/German may write "%1 : %2"
    const QString message = QCoreApplication::translate("rb::ui::figure", "%1 has %2").arg(r.dir, what);
    return { {}, message };
}

FigurePlan heatmap(const ResultSet& r, const FigureRequest& request)
{
    const QString metric = metricOr(request);
    const MatrixOptions mo { request.median ? ResultMatrix::Center::Median : ResultMatrix::Center::Mean,
        request.baseline, metric };
    const ResultMatrix m = buildMatrix(stats::groupsFromResults(r, metric), mo);
    if (m.rows.isEmpty()) {
        return missing(r, QCoreApplication::translate("rb::ui::figure", "no values of metric \"%1\"").arg(metric));
    }
    if (!mo.baseline.isEmpty() && m.baselineColumn < 0) {
        return { {},
            QCoreApplication::translate(
                "rb::ui::figure", "--baseline \"%1\" is not a runtime of this folder (runtimes: %2)")
                .arg(mo.baseline, m.columns.join(QStringLiteral(", "))) };
    }
    return { [m](QCustomPlot* plot, const PlotTheme& theme) { drawHeatmap(plot, m, theme); }, {} };
}

FigurePlan timeline(const ResultSet& r, const FigureRequest& request)
{
    const QString series = metricOr(request);
    const auto data = rb::figure::timelines(r, series);
    if (data.empty()) {
        const QStringList names = rb::figure::timelineSeriesNames(r);
        return missing(r,
            QCoreApplication::translate("rb::ui::figure", "no series \"%1\" in timeseries.csv (series there: %2)")
                .arg(series,
                    names.isEmpty() ? QCoreApplication::translate("rb::ui::figure", "none")
                                    : names.join(QStringLiteral(", "))));
    }
    return { [data, series](QCustomPlot* plot, const PlotTheme& theme) { drawTimeline(plot, data, series, theme); },
        {} };
}

} // namespace

const QStringList& figureKinds()
{
    static const QStringList kinds { QStringLiteral("ecdf"), QStringLiteral("box"), QStringLiteral("violin"),
        QStringLiteral("spectrum"), QStringLiteral("throughput"), QStringLiteral("latency-load"),
        QStringLiteral("timeline"), QStringLiteral("heatmap") };
    return kinds;
}

bool isSampleKind(const QString& kind)
{
    return kind == QLatin1String("ecdf") || kind == QLatin1String("box") || kind == QLatin1String("violin");
}

QString defaultMetric(const QString& kind)
{
    if (kind == QLatin1String("timeline")) {
        return QStringLiteral("cpu_percent");
    }
    return isSampleKind(kind) || kind == QLatin1String("heatmap") ? QStringLiteral("wall_ms") : QString();
}

bool usesBaseline(const QString& kind)
{
    return kind == QLatin1String("heatmap");
}

FigurePlan planSampleFigure(std::vector<stats::NamedSample> groups, const FigureRequest& request)
{
    const QString metric = metricOr(request);
    if (groups.empty()) {
        return { {}, QCoreApplication::translate("rb::ui::figure", "no values of %1 were read").arg(metric) };
    }
    rb::figure::SampleFigure data = rb::figure::sampleFigure(std::move(groups), metric);
    if (request.kind == QLatin1String("ecdf")) {
        return { [data](QCustomPlot* plot, const PlotTheme& theme) { drawEcdf(plot, data, theme); }, {} };
    }
    // Box and violin: the sorting and the KDE happen here, on the planning thread, not while drawing; the
    // values are not needed any more once their shapes are known.
    rb::figure::addShapes(data, request.kind == QLatin1String("violin"));
    for (stats::NamedSample& g : data.groups) {
        g.values = {};
    }
    if (request.kind == QLatin1String("box")) {
        return { [data](QCustomPlot* plot, const PlotTheme& theme) { drawBox(plot, data, theme); }, {} };
    }
    return { [data](QCustomPlot* plot, const PlotTheme& theme) { drawViolin(plot, data, theme); }, {} };
}

FigurePlan planFigure(const ResultSet& r, const FigureRequest& request)
{
    const QString& kind = request.kind;
    if (isSampleKind(kind)) {
        std::vector<stats::NamedSample> groups;
        for (const stats::Group& g : stats::groupsFromResults(r, metricOr(request))) {
            if (!g.values.empty()) {
                groups.push_back({ g.name, g.values });
            }
        }
        return planSampleFigure(std::move(groups), request);
    }
    if (kind == QLatin1String("spectrum")) {
        const auto data = rb::figure::latencySpectra(r);
        if (data.empty()) {
            return missing(r,
                QCoreApplication::translate("rb::ui::figure",
                    "no latency histograms (latency.csv): a spectrum needs "
                    "warm-latency or throughput-sweep runs"));
        }
        return { [data](QCustomPlot* plot, const PlotTheme& theme) { drawSpectrum(plot, data, theme); }, {} };
    }
    if (kind == QLatin1String("throughput")) {
        const auto data = rb::figure::throughputByConcurrency(r);
        if (data.empty()) {
            return missing(r,
                QCoreApplication::translate(
                    "rb::ui::figure", "no throughput-sweep concurrency levels with requests_per_s"));
        }
        return { [data](QCustomPlot* plot, const PlotTheme& theme) { drawThroughput(plot, data, theme); }, {} };
    }
    if (kind == QLatin1String("latency-load")) {
        const auto data = rb::figure::latencyByLoad(r);
        if (data.p50.empty()) {
            return missing(r,
                QCoreApplication::translate(
                    "rb::ui::figure", "no throughput-sweep levels (rate or concurrency) with latency histograms"));
        }
        return { [data](QCustomPlot* plot, const PlotTheme& theme) { drawLoadLatency(plot, data, theme); }, {} };
    }
    if (kind == QLatin1String("timeline")) {
        return timeline(r, request);
    }
    if (kind == QLatin1String("heatmap")) {
        return heatmap(r, request);
    }
    return { {}, QCoreApplication::translate("rb::ui::figure", "unknown figure kind \"%1\"").arg(kind) };
}

} // namespace rb::ui::figure
