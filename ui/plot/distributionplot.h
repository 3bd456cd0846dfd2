// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"
#include "plottheme.h"

#include <QWidget>

class QCustomPlot;

namespace rb::ui {

/// Empirical CDF of cold start per configuration (x: wall time in ms, log scale; y: fraction of
/// runs at or below x). Measured, successful runs only; warm-ups and failures are left out.
class DistributionPlot : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionPlot(QWidget* parent = nullptr);
    void setResults(const ResultSet& results);
    QCustomPlot* plot() const
    {
        return m_plot;
    }

private:
    QCustomPlot* m_plot;
    PlotTheme m_theme;
};

} // namespace rb::ui
