// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/figuredata.h"
#include "plottheme.h"

#include <span>

class QCustomPlot;
class QCPAxis;

// Parts the box and violin figures share.
namespace rb::ui::figure {

/// A horizontal Tukey box (stats::tukeyBox) at `key` on the y axis, `width` in key units.
void addTukeyBox(QCustomPlot* plot, double key, const stats::TukeyBox& b, const QColor& colour, double width,
    const PlotTheme& theme);
/// `data` with its shapes (rb::figure::addShapes()) when it has none yet; else `data` itself.
rb::figure::SampleFigure withShapes(const rb::figure::SampleFigure& data, bool density);
/// The value axis of a distribution (`data` with shapes): title, log scale when the values span more than 20×, range.
void setValueAxis(QCPAxis* axis, const rb::figure::SampleFigure& data);
/// Category labels (`data` with shapes) from the bottom up (the first group is drawn at the top): "name (n = N)".
QStringList groupNames(const rb::figure::SampleFigure& data);

} // namespace rb::ui::figure
