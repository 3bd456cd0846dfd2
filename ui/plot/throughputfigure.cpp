// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"
#include "figures.h"

#include <QCoreApplication>
#include <qcustomplot.h>

namespace rb::ui::figure {

void drawThroughput(QCustomPlot* plot, const std::vector<rb::figure::LevelSeries>& data, const PlotTheme& theme)
{
    reset(plot, theme);
    plot->xAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Concurrency (connections)"));
    plot->yAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Requests/s (mean, 95% CI)"));
    QSharedPointer<QCPAxisTickerText> levels(new QCPAxisTickerText);
    double lo = 1e300;
    double hi = 0;
    double top = 0;
    int index = 0;
    for (const rb::figure::LevelSeries& s : data) {
        QVector<double> x;
        QVector<double> mean;
        QVector<double> low;
        QVector<double> high;
        for (const rb::figure::LevelPoint& p : s.points) {
            x << p.x;
            mean << p.y;
            low << p.ciLow;
            high << p.ciHigh;
            levels->addTick(p.x, QString::number(p.x));
            lo = std::min(lo, p.x);
            hi = std::max(hi, p.x);
            top = std::max(top, p.ciHigh);
        }
        const QPen pen = seriesPen(theme, index++);
        QCPGraph* lower = plot->addGraph();
        lower->setData(x, low, true);
        lower->setPen(Qt::NoPen);
        lower->removeFromLegend();
        QCPGraph* upper = plot->addGraph();
        upper->setData(x, high, true);
        upper->setPen(Qt::NoPen);
        QColor band = pen.color();
        band.setAlphaF(0.25);
        upper->setBrush(band);
        upper->setChannelFillGraph(lower);
        upper->removeFromLegend();
        QCPGraph* line = plot->addGraph();
        line->setData(x, mean, true);
        line->setPen(pen);
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pen.color(), pen.color(), 4));
        line->setName(s.name);
    }
    if (lo > 0 && hi > lo) {
        plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
        plot->xAxis->setRange(lo / 1.2, hi * 1.2);
    } else {
        plot->xAxis->setRange(lo - 1, hi + 1);
    }
    plot->xAxis->setTicker(levels);
    plot->xAxis->setSubTicks(false);
    plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    showLegend(plot, 2);
}

} // namespace rb::ui::figure
