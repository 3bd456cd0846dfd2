// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxfigure.h"
#include "figurecommon.h"
#include "figures.h"
#include "stats/kde.h"

#include <algorithm>
#include <qcustomplot.h>

namespace rb::ui::figure {

namespace {

/// The violin's outline: the density mirrored around `key`, scaled so that its widest point is `halfWidth`.
void addViolin(QCustomPlot* plot, double key, const stats::DensityCurve& d, const QColor& colour, double halfWidth)
{
    const double peak = *std::max_element(d.density.begin(), d.density.end());
    QVector<double> keys;
    QVector<double> values;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        values << key - halfWidth * d.density[i] / peak;
        keys << d.x[i];
    }
    for (std::size_t i = d.x.size(); i-- > 0;) {
        values << key + halfWidth * d.density[i] / peak;
        keys << d.x[i];
    }
    keys << keys.front();
    values << values.front();
    auto* curve = new QCPCurve(plot->xAxis, plot->yAxis); // x: values, y: the category
    curve->removeFromLegend();
    curve->setData(keys, values);
    curve->setPen(QPen(colour, 1.2));
    QColor fill = colour;
    fill.setAlphaF(0.3);
    curve->setBrush(fill);
}

} // namespace

void drawViolin(QCustomPlot* plot, const rb::figure::SampleFigure& input, const PlotTheme& theme)
{
    reset(plot, theme);
    const rb::figure::SampleFigure data = withShapes(input, true);
    const int n = int(data.shapes.size());
    int index = 0;
    for (const rb::figure::SampleShape& g : data.shapes) {
        const double key = n - index;
        // A sample without spread (or a single value) has no density: only its box (a line) is drawn.
        if (g.density) {
            addViolin(plot, key, *g.density, theme.colour(index), 0.4);
        }
        if (g.n > 0) {
            addTukeyBox(plot, key, g.box, theme.colour(index), 0.08, theme);
        }
        ++index;
    }
    setCategories(plot->yAxis, groupNames(data));
    plot->yAxis->grid()->setVisible(false);
    setValueAxis(plot->xAxis, data);
    showLegend(plot, 1);
}

} // namespace rb::ui::figure
