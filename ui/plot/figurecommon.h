// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plottheme.h"

#include <QPen>
#include <QStringList>
#include <span>

class QCustomPlot;
class QCPAxis;
class QWidget;

// What every figure builder shares: a clean plot in the theme, series pens, the legend, category axes.
namespace rb::ui::figure {

/// A new QCustomPlot filling `host` edge to edge (in a margin-less layout): the live plot widgets' canvas.
QCustomPlot* fillWithPlot(QWidget* host);
/// Empties `plot` (plottables, items, axis scales and tickers) and applies `theme`: a builder starts here, so
/// the same plot can be redrawn (GUI) or drawn once (export).
void reset(QCustomPlot* plot, const PlotTheme& theme);
/// Pen of series `index`: Okabe–Ito colour, dash pattern cycling every palette length.
QPen seriesPen(const PlotTheme& theme, int index);
/// Legend below the axes in `columns` columns when it has entries; removed from the layout when empty.
void showLegend(QCustomPlot* plot, int columns);
/// As many legend columns as the widest entry allows in a plot `width` pixels wide, so no entry is cut; an entry
/// wider than the plot breaks into lines. Can be called again for a new width (a resized view).
void fitLegend(QCustomPlot* plot, int width);
/// Whether values spanning more than a factor of 20 (all positive) read better on a log axis.
bool wantsLogScale(double lo, double hi);
/// A percentile axis as in the HDR spectrum: log scale of 1/(1 − p), ticks labelled 50, 90, 99, 99.9, … (%) up to
/// 1/(1 − p) = maxX.
void setPercentileAxis(QCPAxis* axis, double maxX);
/// A category axis: one tick per name at 1, 2, …; the last " · " in a name becomes a line break (two lines at most).
void setCategories(QCPAxis* axis, const QStringList& names);

} // namespace rb::ui::figure
