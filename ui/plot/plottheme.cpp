// SPDX-License-Identifier: GPL-3.0-or-later
#include "plottheme.h"

#include <QApplication>
#include <QPalette>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

// Okabe & Ito (2008), without the yellow (too faint on white) — blue, orange, green, purple,
// vermillion, sky blue, black/white.
QList<QColor> okabeIto(bool dark)
{
    return { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
        dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x22, 0x22, 0x22) };
}

// Paul Tol's qualitative schemes (personal.sron.nl/~pault), colour-blind safe; grey last.
QList<QColor> tolBright()
{
    return { QColor(0x44, 0x77, 0xAA), QColor(0xEE, 0x66, 0x77), QColor(0x22, 0x88, 0x33), QColor(0xCC, 0xBB, 0x44),
        QColor(0x66, 0xCC, 0xEE), QColor(0xAA, 0x33, 0x77), QColor(0xBB, 0xBB, 0xBB) };
}

QList<QColor> tolVibrant()
{
    return { QColor(0x00, 0x77, 0xBB), QColor(0xEE, 0x77, 0x33), QColor(0x00, 0x99, 0x88), QColor(0xEE, 0x33, 0x77),
        QColor(0xCC, 0x33, 0x11), QColor(0x33, 0xBB, 0xEE), QColor(0xBB, 0xBB, 0xBB) };
}

// For black-and-white print: greys far enough apart to tell; workloads still differ by marker and dash.
QList<QColor> greyscale()
{
    return { QColor(0x00, 0x00, 0x00), QColor(0x77, 0x77, 0x77), QColor(0xB0, 0xB0, 0xB0), QColor(0x40, 0x40, 0x40),
        QColor(0x99, 0x99, 0x99), QColor(0x20, 0x20, 0x20) };
}

} // namespace

QStringList PlotTheme::paletteNames()
{
    return { QStringLiteral("okabe-ito"), QStringLiteral("tol-bright"), QStringLiteral("tol-vibrant"),
        QStringLiteral("greyscale") };
}

PlotTheme PlotTheme::light()
{
    PlotTheme t;
    t.background = Qt::white;
    t.foreground = QColor(0x22, 0x22, 0x22);
    t.grid = QColor(0xD8, 0xD8, 0xD8);
    t.subGrid = QColor(0xEE, 0xEE, 0xEE);
    t.muted = QColor(0xA0, 0xA0, 0xA0);
    t.failure = QColor(0xC0, 0x00, 0x00);
    t.palette = okabeIto(false);
    t.font = QFont(QApplication::font().family(), 10);
    return t;
}

PlotTheme PlotTheme::dark()
{
    PlotTheme t = light();
    t.background = QColor(0x1E, 0x1F, 0x22);
    t.foreground = QColor(0xE6, 0xE6, 0xE6);
    t.grid = QColor(0x44, 0x46, 0x4A);
    t.subGrid = QColor(0x30, 0x32, 0x36);
    t.muted = QColor(0x80, 0x80, 0x80);
    t.failure = QColor(0xFF, 0x55, 0x55);
    t.palette = okabeIto(true);
    return t;
}

PlotTheme PlotTheme::paper(const PaperStyle& style)
{
    PlotTheme t = light();
    t.font = QFont(QStringLiteral("DejaVu Sans"));
    t.font.setPointSizeF(style.fontPt);
    if (style.palette == QLatin1String("tol-bright")) {
        t.palette = tolBright();
    } else if (style.palette == QLatin1String("tol-vibrant")) {
        t.palette = tolVibrant();
    } else if (style.palette == QLatin1String("greyscale")) {
        t.palette = greyscale();
    }
    t.lineWidth = 1.5;
    t.foreground = Qt::black;
    return t;
}

PlotTheme PlotTheme::fromApplicationPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128 ? dark() : light();
}

void PlotTheme::apply(QCustomPlot* plot) const
{
    plot->setBackground(background);
    plot->axisRect()->setBackground(background);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        const QPen pen(foreground, 1);
        axis->setBasePen(pen);
        axis->setTickPen(pen);
        axis->setSubTickPen(pen);
        axis->setTickLabelColor(foreground);
        axis->setLabelColor(foreground);
        axis->setTickLabelFont(font);
        QFont labelFont = font;
        labelFont.setPointSizeF(font.pointSizeF() + 1);
        axis->setLabelFont(labelFont);
        axis->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
        axis->grid()->setSubGridPen(QPen(subGrid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
        axis->setPadding(6);
    }
    plot->legend->setFont(font);
    plot->legend->setTextColor(foreground);
    plot->legend->setBrush(background);
    plot->legend->setBorderPen(QPen(grid, 1));
    // Keep tick labels off the widget edge: QCustomPlot silently drops labels that touch it.
    plot->plotLayout()->setMargins(QMargins(6, 6, 14, 6));
}

void PlotTheme::makeLogAxis(QCPAxis* axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    ticker->setLogBase(10);
    ticker->setSubTickCount(8);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("g"));
    axis->setNumberPrecision(6);
    axis->grid()->setSubGridVisible(true);
}

void PlotTheme::setLogRange(QCPAxis* axis, double lo, double hi, double pad)
{
    double lower = lo / pad;
    double upper = hi * pad;
    const double minRatio = std::pow(10.0, 1.7);
    if (upper / lower < minRatio) {
        const double widen = std::sqrt(minRatio / (upper / lower));
        lower /= widen;
        upper *= widen;
    }
    axis->setRange(lower, upper);
}

void PlotTheme::compactLegend(QCPLegend* legend)
{
    legend->setIconSize(22, 10);
    legend->setIconTextPadding(4);
    legend->setRowSpacing(0);
    legend->setMargins(QMargins(4, 2, 4, 2));
}

void PlotTheme::placeLegendBelow(QCustomPlot* plot)
{
    compactLegend(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setVisible(true);
}

SeriesStyleIndex SeriesStyleIndex::of(const QList<RunSpec>& configurations)
{
    SeriesStyleIndex idx;
    for (const RunSpec& c : configurations) {
        if (!idx.runtimes.contains(c.runtime)) {
            idx.runtimes << c.runtime;
        }
        if (!idx.workloads.contains(c.workload.label())) {
            idx.workloads << c.workload.label();
        }
    }
    return idx;
}

} // namespace rb::ui
