// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>

class QCustomPlot;
class QCPAxis;

namespace rb::ui {

/// The one look of every plot, on screen and exported: Okabe–Ito colour-blind-safe palette,
/// readable fonts, light grid, margins that keep tick labels inside, light and dark variants.
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

    static PlotTheme light();
    static PlotTheme dark();
    /// Dark when the application palette's window colour is dark.
    static PlotTheme fromApplicationPalette();

    QColor colour(int index) const
    {
        return palette[index % palette.size()];
    }
    void apply(QCustomPlot* plot) const;
    /// Log scale with plain decimal labels (1, 10, 100) and minor ticks.
    static void makeLogAxis(QCPAxis* axis);
};

} // namespace rb::ui
