// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxfigure.h"

#include "figurecommon.h"
#include "figures.h"
#include "stats/outliers.h"

#include <algorithm>
#include <qcustomplot.h>

namespace rb::ui::figure {

void addTukeyBox(
    QCustomPlot* plot, double key, const stats::TukeyBox& b, const QColor& colour, double width, const PlotTheme& theme)
{
    auto* box = new QCPStatisticalBox(plot->yAxis, plot->xAxis);
    box->removeFromLegend();
    box->setWidth(width);
    box->setWhiskerWidth(width * 0.5);
    QColor fill = colour;
    fill.setAlphaF(0.35);
    box->setBrush(fill);
    box->setPen(QPen(theme.foreground, 1));
    box->setWhiskerPen(QPen(theme.foreground, 1, Qt::SolidLine));
    box->setWhiskerBarPen(QPen(theme.foreground, 1));
    box->setMedianPen(QPen(theme.foreground, 2));
    box->setOutlierStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 4));
    box->addData(
        key, b.whiskerLow, b.q1, b.median, b.q3, b.whiskerHigh, QVector<double>(b.outliers.begin(), b.outliers.end()));
}

void setValueAxis(QCPAxis* axis, const rb::figure::SampleFigure& data)
{
    double lo = 1e300;
    double hi = -1e300;
    for (const rb::figure::SampleShape& g : data.shapes) {
        if (g.n > 0) {
            lo = std::min(lo, g.lo);
            hi = std::max(hi, g.hi);
        }
    }
    axis->setLabel(data.valueTitle);
    if (wantsLogScale(lo, hi)) {
        PlotTheme::makeLogAxis(axis);
        PlotTheme::setLogRange(axis, lo, hi, 1.3);
    } else if (hi >= lo) {
        const double pad = std::max((hi - lo) * 0.08, std::abs(hi) * 0.01 + 1e-12);
        axis->setRange(lo - pad, hi + pad);
    }
}

QStringList groupNames(const rb::figure::SampleFigure& data)
{
    QStringList names;
    for (std::size_t i = 0; i < data.groups.size() && i < data.shapes.size(); ++i) {
        names.prepend(QStringLiteral("%1 (n = %2)").arg(data.groups[i].name).arg(data.shapes[i].n));
    }
    return names;
}

rb::figure::SampleFigure withShapes(const rb::figure::SampleFigure& data, bool density)
{
    rb::figure::SampleFigure copy = data;
    if (copy.shapes.size() != copy.groups.size()) {
        rb::figure::addShapes(copy, density);
    }
    return copy;
}

void drawBox(QCustomPlot* plot, const rb::figure::SampleFigure& input, const PlotTheme& theme)
{
    reset(plot, theme);
    const rb::figure::SampleFigure data = withShapes(input, false);
    const int n = int(data.shapes.size());
    int index = 0;
    for (const rb::figure::SampleShape& g : data.shapes) {
        if (g.n > 0) {
            addTukeyBox(plot, n - index, g.box, theme.colour(index), 0.5, theme);
        }
        ++index;
    }
    setCategories(plot->yAxis, groupNames(data));
    plot->yAxis->grid()->setVisible(false);
    setValueAxis(plot->xAxis, data);
    showLegend(plot, 1);
}

} // namespace rb::ui::figure
