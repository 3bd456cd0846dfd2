// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCustomPlot;

namespace rb::ui {

/// Physical size of an exported figure. Layout and fonts are in points at that size, so a figure
/// included at 100 % in a paper has the theme's font sizes (PlotTheme::paper(): 8–9 pt).
struct FigureSize
{
    double widthMm = 88;
    double heightMm = 60;
    double dpi = 300; ///< PNG only: the image is round(mm × dpi / 25.4) pixels
};

/// Writes `plot` to `path`; the format follows the suffix: .pdf (vector, fonts embedded), .svg (vector, text as
/// text) or .png (raster at `size.dpi`). False with `error` set on an unknown suffix or a write failure.
/// GUI thread.
bool saveFigure(QCustomPlot* plot, const QString& path, const FigureSize& size, QString* error);

} // namespace rb::ui
