// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"
#include "figures.h"

#include <QCoreApplication>
#include <qcustomplot.h>

namespace rb::ui::figure {

void drawTimeline(QCustomPlot* plot, const std::vector<rb::figure::TimelineSeries>& data, const QString& series,
    const PlotTheme& theme)
{
    reset(plot, theme);
    plot->xAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Time since the run's start (s)"));
    plot->yAxis->setLabel(rb::figure::metricAxisTitle(series));
    int index = 0;
    for (const rb::figure::TimelineSeries& s : data) {
        QCPGraph* g = plot->addGraph();
        g->setData(QVector<double>(s.tS.begin(), s.tS.end()), QVector<double>(s.value.begin(), s.value.end()), true);
        g->setPen(seriesPen(theme, index++));
        g->setName(s.name);
    }
    plot->rescaleAxes();
    double top = plot->yAxis->range().upper;
    plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    showLegend(plot, 2);
}

} // namespace rb::ui::figure
