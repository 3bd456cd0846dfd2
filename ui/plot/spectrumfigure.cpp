// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"
#include "figures.h"

#include <QCoreApplication>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui::figure {

namespace {

/// Ticks at 1/(1 − p) for p = 50, 90, 99, 99.9, … % up to `maxX`.
QSharedPointer<QCPAxisTickerText> percentileTicker(double maxX)
{
    QSharedPointer<QCPAxisTickerText> t(new QCPAxisTickerText);
    t->addTick(2, QStringLiteral("50"));
    int decade = 1;
    for (double x = 10; x <= maxX * 1.0001; x *= 10, ++decade) {
        t->addTick(x, QString::number(100.0 * (1.0 - 1.0 / x), 'f', std::max(0, decade - 2)));
    }
    return t;
}

} // namespace

void setPercentileAxis(QCPAxis* axis, double maxX)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(percentileTicker(maxX));
    axis->setSubTicks(false);
    axis->setRange(1, maxX * 1.05);
}

void drawSpectrum(QCustomPlot* plot, const std::vector<rb::figure::SpectrumSeries>& data, const PlotTheme& theme)
{
    reset(plot, theme);
    plot->xAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Percentile (%)"));
    plot->yAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Latency (ms)"));
    double maxX = 10;
    double maxY = 0;
    double minY = 1e300;
    int index = 0;
    for (const rb::figure::SpectrumSeries& s : data) {
        if (s.fraction.empty()) {
            continue;
        }
        // Step right: the latency of percentiles in (fraction[i−1], fraction[i]] is latencyMs[i]. The last
        // bucket (p = 1) has no finite 1/(1 − p); it is drawn up to 1/(1 − p) = n, the resolution of n requests.
        const double n = double(s.requests);
        QVector<double> x { 1.0 };
        QVector<double> y { s.latencyMs.front() };
        for (std::size_t i = 0; i < s.fraction.size(); ++i) {
            x << (s.fraction[i] < 1 ? std::min(1.0 / (1.0 - s.fraction[i]), n) : n);
            y << s.latencyMs[i];
            maxY = std::max(maxY, s.latencyMs[i]);
            minY = std::min(minY, s.latencyMs[i]);
        }
        maxX = std::max(maxX, n);
        QCPGraph* graph = plot->addGraph();
        graph->setPen(seriesPen(theme, index++));
        graph->setLineStyle(QCPGraph::lsStepRight);
        graph->setName(QStringLiteral("%1 (n = %2)").arg(s.name).arg(s.requests));
        graph->setData(x, y, true);
    }
    setPercentileAxis(plot->xAxis, maxX);
    // Tails often span three decades above the median: a log axis when the values span more than 20×.
    if (wantsLogScale(minY, maxY)) {
        PlotTheme::makeLogAxis(plot->yAxis);
        PlotTheme::setLogRange(plot->yAxis, minY, maxY, 1.3);
    } else {
        plot->yAxis->setRange(0, maxY > 0 ? maxY * 1.08 : 1);
    }
    showLegend(plot, 2);
}

} // namespace rb::ui::figure
