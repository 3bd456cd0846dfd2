// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"
#include "figures.h"
#include "stats/ecdf.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui::figure {

void drawEcdf(QCustomPlot* plot, const rb::figure::SampleFigure& data, const PlotTheme& theme)
{
    reset(plot, theme);
    plot->xAxis->setLabel(data.valueTitle);
    plot->yAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Fraction of runs ≤ x"));
    double lo = 1e300;
    double hi = -1e300;
    int index = 0;
    for (const stats::NamedSample& g : data.groups) {
        const stats::Ecdf e = stats::ecdf(g.values);
        if (e.x.empty()) {
            continue;
        }
        QCPGraph* graph = plot->addGraph();
        graph->setPen(seriesPen(theme, index++));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setName(QStringLiteral("%1 (n = %2)").arg(g.name).arg(e.x.size()));
        // Start the step at y = 0 so each curve rises from the axis.
        QVector<double> x { e.x.front() };
        QVector<double> y { 0.0 };
        x += QVector<double>(e.x.begin(), e.x.end());
        y += QVector<double>(e.y.begin(), e.y.end());
        graph->setData(x, y, true);
        lo = std::min(lo, e.x.front());
        hi = std::max(hi, e.x.back());
    }
    plot->yAxis->setRange(0, 1.02);
    if (wantsLogScale(lo, hi)) {
        PlotTheme::makeLogAxis(plot->xAxis);
        plot->xAxis->setRange(lo / 1.2, hi * 1.2);
    } else if (hi >= lo) {
        const double pad = std::max((hi - lo) * 0.05, std::abs(hi) * 0.01 + 1e-12);
        plot->xAxis->setRange(lo - pad, hi + pad);
    }
    showLegend(plot, 2);
}

} // namespace rb::ui::figure
