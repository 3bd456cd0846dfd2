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
    QStringList names;
    std::vector<stats::Ecdf> curves;
    for (const stats::NamedSample& g : data.groups) {
        names << g.name;
        curves.push_back(stats::ecdf(g.values));
    }
    drawEcdfCurves(plot, names, curves, data.valueTitle, theme);
}

void drawEcdfCurves(QCustomPlot* plot, const QStringList& names, const std::vector<stats::Ecdf>& curves,
    const QString& valueTitle, const PlotTheme& theme)
{
    reset(plot, theme);
    plot->xAxis->setLabel(valueTitle);
    plot->yAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Fraction of runs ≤ x"));
    double lo = 1e300;
    double hi = -1e300;
    int index = 0;
    for (std::size_t i = 0; i < curves.size() && i < std::size_t(names.size()); ++i) {
        const stats::Ecdf& e = curves[i];
        if (e.x.empty()) {
            continue;
        }
        QCPGraph* graph = plot->addGraph();
        graph->setPen(seriesPen(theme, index++));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        // n from the first step, y = 1/n, which reduceEcdf() keeps: a reduced curve has fewer points than runs.
        const qint64 n = qRound64(1.0 / e.y.front());
        graph->setName(QStringLiteral("%1 (n = %2)").arg(names[qsizetype(i)]).arg(n));
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
        PlotTheme::setLogRange(plot->xAxis, lo, hi, 1.2);
    } else if (hi >= lo) {
        const double pad = std::max((hi - lo) * 0.05, std::abs(hi) * 0.01 + 1e-12);
        plot->xAxis->setRange(lo - pad, hi + pad);
    }
    showLegend(plot, 2);
}

} // namespace rb::ui::figure
