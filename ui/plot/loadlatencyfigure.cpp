// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"
#include "figures.h"

#include <QCoreApplication>
#include <qcustomplot.h>

namespace rb::ui::figure {

namespace {

QCPGraph* addLine(QCustomPlot* plot, const rb::figure::LevelSeries& s, QPen pen, QCPScatterStyle::ScatterShape shape,
    const QString& name)
{
    QVector<double> x;
    QVector<double> y;
    for (const rb::figure::LevelPoint& p : s.points) {
        x << p.x;
        y << p.y;
    }
    QCPGraph* g = plot->addGraph();
    g->setData(x, y, true);
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(shape, pen.color(), pen.color(), 4));
    g->setName(name);
    return g;
}

} // namespace

void drawLoadLatency(QCustomPlot* plot, const rb::figure::LoadLatency& data, const PlotTheme& theme)
{
    reset(plot, theme);
    plot->xAxis->setLabel(data.byRate
            ? QCoreApplication::translate("rb::ui::figure", "Offered load (requests/s)")
            : QCoreApplication::translate("rb::ui::figure", "Achieved throughput (requests/s)"));
    plot->yAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Latency (ms)"));
    double lo = 1e300;
    double hi = 0;
    double xMax = 0;
    for (std::size_t i = 0; i < data.p50.size(); ++i) {
        QPen pen(theme.colour(int(i)), theme.lineWidth);
        addLine(plot, data.p50[i], pen, QCPScatterStyle::ssCircle, QStringLiteral("%1 p50").arg(data.p50[i].name));
        pen.setStyle(Qt::DashLine);
        addLine(plot, data.p99[i], pen, QCPScatterStyle::ssSquare, QStringLiteral("%1 p99").arg(data.p99[i].name));
        for (const auto* series : { &data.p50[i], &data.p99[i] }) {
            for (const rb::figure::LevelPoint& p : series->points) {
                lo = std::min(lo, p.y);
                hi = std::max(hi, p.y);
                xMax = std::max(xMax, p.x);
            }
        }
    }
    plot->xAxis->setRange(0, xMax > 0 ? xMax * 1.05 : 1);
    if (wantsLogScale(lo, hi)) {
        PlotTheme::makeLogAxis(plot->yAxis);
        PlotTheme::setLogRange(plot->yAxis, lo, hi, 1.3);
    } else {
        plot->yAxis->setRange(0, hi > 0 ? hi * 1.1 : 1);
    }
    showLegend(plot, 2);
}

} // namespace rb::ui::figure
