// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runrecord.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>

class QCustomPlot;
class QCPLegend;
class QCPAxis;

namespace rb::ui {

/// The one look of every plot, on screen and exported: Okabe–Ito colour-blind-safe palette,
/// readable fonts, light grid, margins that keep tick labels inside, light and dark variants.
/// What a researcher chooses for a paper figure beside its size: font size and palette.
struct PaperStyle
{
    double fontPt = 8; ///< tick labels and legend; axis titles are 1 pt larger
    QString palette = QStringLiteral("okabe-ito"); ///< one of PlotTheme::paletteNames()
};

struct PlotTheme
{
    QColor background;
    QColor foreground;
    QColor grid;
    QColor subGrid;
    QColor muted; ///< warm-up points and other context
    QColor failure;
    QList<QColor> palette;
    QFont font;
    double lineWidth = 2; ///< data lines, in device-independent pixels (1/96 in)

    static PlotTheme light();
    static PlotTheme dark();
    /// For a two-column paper: light, 8 pt tick labels and legend, 9 pt axis titles, thinner lines (the
    /// defaults of `style`).
    static PlotTheme paper(const PaperStyle& style = {});
    /// okabe-ito (default), tol-bright, tol-vibrant (colour-blind safe), greyscale (black-and-white print).
    static QStringList paletteNames();
    /// Dark when the application palette's window colour is dark.
    static PlotTheme fromApplicationPalette();

    QColor colour(int index) const
    {
        return palette[index % palette.size()];
    }
    void apply(QCustomPlot* plot) const;
    /// Log scale with plain decimal labels (1, 10, 100) and minor ticks.
    static void makeLogAxis(QCPAxis* axis);
    /// Sets a log axis to [lo / pad, hi * pad], widened about its middle to at least 1.7 decades: over less,
    /// QCustomPlot's log ticker falls back to linear steps, which crowd at the top of a log scale.
    static void setLogRange(QCPAxis* axis, double lo, double hi, double pad);
    /// Compact entries (short icons, no row spacing, small margins): a paper figure, or a plot sharing a row with two
    /// others, has little room to spare for its legend.
    static void compactLegend(QCPLegend* legend);
    /// Puts the legend below the axes, wrapping in 3 columns, so it never hides data.
    static void placeLegendBelow(QCustomPlot* plot);
};

/// Which colour (runtime) and which marker or dash (workload) a configuration gets: the index of
/// its runtime and of its workload in order of first appearance, the same in every plot.
struct SeriesStyleIndex
{
    QStringList runtimes;
    QStringList workloads;
    static SeriesStyleIndex of(const QList<RunSpec>& configurations);
};

} // namespace rb::ui
