// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxfigure.h"

#include "figurecommon.h"
#include "figures.h"
#include "stats/outliers.h"

#include <algorithm>
#include <qcustomplot.h>

namespace rb::ui::figure {

void addTukeyBox(QCustomPlot* plot, double key, std::span<const double> values, const QColor& colour, double width,
    const PlotTheme& theme)
{
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const stats::TukeyBox b = stats::tukeyBox(sorted);
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
    for (const stats::NamedSample& g : data.groups) {
        for (const double v : g.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    axis->setLabel(data.valueTitle);
    if (wantsLogScale(lo, hi)) {
        PlotTheme::makeLogAxis(axis);
        axis->setRange(lo / 1.3, hi * 1.3);
    } else if (hi >= lo) {
        const double pad = std::max((hi - lo) * 0.08, std::abs(hi) * 0.01 + 1e-12);
        axis->setRange(lo - pad, hi + pad);
    }
}

QStringList groupNames(const rb::figure::SampleFigure& data)
{
    QStringList names;
    for (const stats::NamedSample& g : data.groups) {
        names.prepend(QStringLiteral("%1 (n = %2)").arg(g.name).arg(g.values.size()));
    }
    return names;
}

void drawBox(QCustomPlot* plot, const rb::figure::SampleFigure& data, const PlotTheme& theme)
{
    reset(plot, theme);
    const int n = int(data.groups.size());
    int index = 0;
    for (const stats::NamedSample& g : data.groups) {
        addTukeyBox(plot, n - index, g.values, theme.colour(index), 0.5, theme);
        ++index;
    }
    setCategories(plot->yAxis, groupNames(data));
    plot->yAxis->grid()->setVisible(false);
    setValueAxis(plot->xAxis, data);
    showLegend(plot, 1);
}

} // namespace rb::ui::figure
