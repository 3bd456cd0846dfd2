// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"
#include "figures.h"
#include "io/figuredata.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui::figure {

namespace {

/// Diverging blue–white–red (ColorBrewer RdBu, colour-blind safe): below 1 (faster, smaller) blue, above red.
QCPColorGradient ratioGradient()
{
    QCPColorGradient g;
    g.setColorStopAt(0, QColor(0x21, 0x66, 0xAC));
    g.setColorStopAt(0.25, QColor(0x92, 0xC5, 0xDE));
    g.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));
    g.setColorStopAt(0.75, QColor(0xF4, 0xA5, 0x82));
    g.setColorStopAt(1, QColor(0xB2, 0x18, 0x2B));
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

/// Viridis (perceptually uniform, colour-blind safe) from five of its stops: QCustomPlot 2.1.1 lacks it.
QCPColorGradient viridis()
{
    QCPColorGradient g;
    g.setColorStopAt(0, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3B, 0x52, 0x8B));
    g.setColorStopAt(0.5, QColor(0x21, 0x91, 0x8C));
    g.setColorStopAt(0.75, QColor(0x5E, 0xC9, 0x62));
    g.setColorStopAt(1, QColor(0xFD, 0xE7, 0x25));
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

QString cellText(double v)
{
    return std::abs(v) >= 1000 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 3);
}

} // namespace

void drawHeatmap(QCustomPlot* plot, const ResultMatrix& m, const PlotTheme& theme)
{
    reset(plot, theme);
    const bool ratios = m.baselineColumn >= 0;
    const int nx = int(m.rows.size()); // workloads across
    const int ny = int(m.columns.size()); // runtimes down, the first at the top
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->removeFromLegend();
    map->data()->setSize(nx, ny);
    map->data()->setRange(QCPRange(1, std::max(nx, 2)), QCPRange(1, std::max(ny, 2)));
    double lo = 1e300;
    double hi = -1e300;
    for (int r = 0; r < nx; ++r) {
        for (int c = 0; c < ny; ++c) {
            const std::optional<double> v = ratios ? m.ratios[r][c] : m.values[r][c];
            const double cell = v && (!ratios || *v > 0) ? *v : std::nan("");
            map->data()->setCell(r, ny - 1 - c, cell);
            if (std::isfinite(cell)) {
                lo = std::min(lo, cell);
                hi = std::max(hi, cell);
            }
        }
    }
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(8);
    map->setColorScale(scale);
    QCPRange range(lo, hi);
    if (ratios) {
        // Symmetric on a log scale around 1, so that ×2 and ×½ get equally strong colours.
        const double span = std::max({ hi, 1.0 / std::max(lo, 1e-300), 1.1 });
        range = QCPRange(1.0 / span, span);
        map->setDataScaleType(QCPAxis::stLogarithmic);
        map->setGradient(ratioGradient());
        PlotTheme::makeLogAxis(scale->axis());
        scale->axis()->setLabel(
            QCoreApplication::translate("rb::ui::figure", "%1 ÷ %2 (%3)")
                .arg(m.metric, m.baseline,
                    m.center == ResultMatrix::Center::Mean ? QStringLiteral("means") : QStringLiteral("medians")));
    } else {
        map->setGradient(viridis());
        scale->axis()->setLabel(rb::figure::metricAxisTitle(m.metric));
    }
    map->setDataRange(range);
    map->setInterpolate(false);
    for (QCPAxis* a : { scale->axis() }) {
        a->setTickLabelFont(theme.font);
        a->setLabelFont(theme.font);
        a->setTickLabelColor(theme.foreground);
        a->setLabelColor(theme.foreground);
        a->setBasePen(QPen(theme.foreground, 1));
        a->setTickPen(QPen(theme.foreground, 1));
        a->setSubTickPen(QPen(theme.foreground, 1));
    }
    // The value in each cell, dark or light to stay readable on its colour; "–" for an empty cell.
    QCPColorGradient gradient = map->gradient();
    for (int r = 0; r < nx; ++r) {
        for (int c = 0; c < ny; ++c) {
            const double v = map->data()->cell(r, ny - 1 - c);
            auto* text = new QCPItemText(plot);
            text->position->setCoords(r + 1, ny - c);
            text->setFont(theme.font);
            text->setText(std::isfinite(v) ? cellText(v) : QStringLiteral("–"));
            const QColor bg = std::isfinite(v) ? QColor(gradient.color(v, range, ratios)) : theme.background;
            text->setColor(bg.lightness() < 110 ? Qt::white : theme.foreground);
        }
    }
    QStringList runtimes = m.columns;
    std::reverse(runtimes.begin(), runtimes.end());
    // Workload labels ("cpu-hash 200000") break at their first space: columns are narrow.
    QStringList workloads;
    for (QString w : m.rows) {
        const qsizetype space = w.indexOf(QLatin1Char(' '));
        workloads << (space < 0 ? w : w.replace(space, 1, QLatin1Char('\n')));
    }
    setCategories(plot->xAxis, workloads);
    setCategories(plot->yAxis, runtimes);
    plot->xAxis->setRange(0.5, nx + 0.5);
    plot->yAxis->setRange(0.5, ny + 0.5);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setTickLabelRotation(nx > 3 ? -30 : 0);
    plot->xAxis->setLabel(QCoreApplication::translate("rb::ui::figure", "Workload"));
    // Margins of the colour scale follow the axis rect's, so the bar is exactly as tall as the cells.
    auto* group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    showLegend(plot, 1);
}

} // namespace rb::ui::figure
