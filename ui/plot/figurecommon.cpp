// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommon.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace rb::ui::figure {

QCustomPlot* fillWithPlot(QWidget* host)
{
    auto* plot = new QCustomPlot(host);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    return plot;
}

namespace {

constexpr const char* kFullName = "runbenchFullName";
const QList<Qt::PenStyle> kDashes = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };

/// `text` with a line break at each " · " and, where a line is still wider than `width`, at spaces; a word wider
/// than `width` is elided.
QString wrapToWidth(const QString& text, const QFontMetrics& fm, int width)
{
    QStringList lines;
    for (const QString& part : text.split(QStringLiteral(" · "))) {
        QString line;
        for (const QString& word : part.split(QLatin1Char(' '))) {
            const QString next = line.isEmpty() ? word : QString(line + QLatin1Char(' ') + word);
            if (!line.isEmpty() && fm.horizontalAdvance(next) > width) {
                lines << line;
                line = word;
            } else {
                line = next;
            }
        }
        lines << line;
    }
    // A single word still wider than `width` (a long runtime name) is elided rather than cut.
    for (QString& line : lines) {
        line = fm.elidedText(line, Qt::ElideMiddle, width);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void reset(QCustomPlot* plot, const PlotTheme& theme)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->clearItems();
    // A heatmap's colour scale sits beside the axes: the next figure starts without it.
    if (plot->plotLayout()->hasElement(0, 1)) {
        plot->plotLayout()->remove(plot->plotLayout()->element(0, 1));
        plot->plotLayout()->simplify();
    }
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(6);
        axis->setTickLabelRotation(0);
        axis->grid()->setSubGridVisible(false);
        axis->setLabel(QString());
    }
    theme.apply(plot);
}

QPen seriesPen(const PlotTheme& theme, int index)
{
    QPen pen(theme.colour(index), theme.lineWidth);
    pen.setStyle(kDashes[(index / int(theme.palette.size())) % kDashes.size()]);
    return pen;
}

void showLegend(QCustomPlot* plot, int columns)
{
    const bool inLayout = plot->plotLayout()->hasElement(1, 0);
    if (plot->legend->itemCount() == 0) {
        // An empty legend caps its layout column at its own tiny width, squeezing the axes: it leaves the layout.
        if (inLayout) {
            plot->plotLayout()->take(plot->legend);
            plot->plotLayout()->simplify();
        }
        plot->legend->setVisible(false);
        return;
    }
    if (!inLayout) {
        PlotTheme::placeLegendBelow(plot);
    }
    plot->legend->setVisible(true);
    PlotTheme::compactLegend(plot->legend);
    plot->legend->setWrap(columns);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

void fitLegend(QCustomPlot* plot, int width)
{
    QCPLegend* legend = plot->legend;
    if (legend->itemCount() == 0 || !plot->plotLayout()->hasElement(1, 0)) {
        return;
    }
    const QMargins outer = plot->plotLayout()->margins();
    const int avail = width - outer.left() - outer.right() - legend->margins().left() - legend->margins().right();
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        QCPAbstractLegendItem* entry = legend->item(i);
        if (!entry) {
            continue; // an empty cell of the wrapped grid (QCPLegend::item() of a hole is null)
        }
        auto* item = qobject_cast<QCPPlottableLegendItem*>(entry);
        QCPAbstractPlottable* plottable = item ? item->plottable() : nullptr;
        // The unwrapped name is kept, so a later call for a wider plot (a resized view) unwraps it again.
        if (plottable) {
            const QVariant full = plottable->property(kFullName);
            if (full.isValid()) {
                plottable->setName(full.toString());
            }
        }
        // An entry wider than the plot breaks into lines instead of being cut.
        if (plottable && entry->minimumOuterSizeHint().width() > avail) {
            const int text = avail - legend->iconSize().width() - legend->iconTextPadding() - 12;
            plottable->setProperty(kFullName, plottable->name());
            plottable->setName(wrapToWidth(plottable->name(), QFontMetrics(legend->font()), text));
        }
        widest = std::max(widest, entry->minimumOuterSizeHint().width());
    }
    const int columns = std::clamp(
        (avail + legend->columnSpacing()) / (widest + legend->columnSpacing()), 1, std::max(1, legend->itemCount()));
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

bool wantsLogScale(double lo, double hi)
{
    return lo > 0 && hi / lo > 20;
}

void setCategories(QCPAxis* axis, const QStringList& names)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString label = names[i];
        const qsizetype cut = label.lastIndexOf(QStringLiteral(" · "));
        if (cut >= 0) {
            label.replace(cut, 3, QLatin1Char('\n'));
        }
        ticker->addTick(double(i + 1), label);
    }
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setTickLength(0, 3);
    axis->setRange(0.4, double(names.size()) + 0.6);
}

} // namespace rb::ui::figure
