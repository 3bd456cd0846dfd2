// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"
#include "plot/figurekinds.h"
#include "plot/plottheme.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace rb::ui {

/// Every figure kind of `runbench-cli figure` for the shown results folder, drawn by the same builders
/// (plot/figurekinds.h), and exported as PDF, SVG or PNG at a size in mm with the paper theme.
/// The data of a figure are extracted on a worker thread (QtConcurrent); a newer request drops older results.
class FiguresPage : public QWidget
{
    Q_OBJECT
public:
    explicit FiguresPage(QWidget* parent = nullptr);
    void setResults(std::shared_ptr<const ResultSet> results);
    /// Writes the current figure (paper theme) to `path` (.pdf, .svg, .png); false with `error` set otherwise.
    bool exportTo(const QString& path, QString* error);
    /// Font size and palette chosen for the exported figure (the view shows the palette too).
    PaperStyle paperStyle() const;
    QComboBox* paletteBox() const
    {
        return m_palette;
    }
    QDoubleSpinBox* fontBox() const
    {
        return m_fontPt;
    }
    QCustomPlot* plot() const
    {
        return m_plot;
    }
    QComboBox* kindBox() const
    {
        return m_kind;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    /// A figure was drawn, or `error` says why not (empty on success).
    void figureShown(const QString& error);

private:
    QWidget* createBar();
    /// Enables the metric and baseline fields for the kinds that read them; the metric's placeholder is its default.
    void kindChanged();
    /// Flows the bar's chunks into as few rows as the page's width holds at their preferred widths.
    void fitBar();
    void replan();
    void showPlan();
    /// Draws the current plan (or its error) with the screen theme and the chosen palette.
    void redraw();
    void exportDialog();

    QComboBox* m_kind;
    QLineEdit* m_metric;
    QComboBox* m_baseline;
    QDoubleSpinBox* m_widthMm;
    QDoubleSpinBox* m_heightMm;
    QDoubleSpinBox* m_dpi;
    QDoubleSpinBox* m_fontPt;
    QComboBox* m_palette;
    QWidget* m_bar = nullptr;
    QVBoxLayout* m_barRows = nullptr;
    QList<QWidget*> m_chunks; ///< groups of the bar that stay on one row (a label and its field, W and H)
    QList<int> m_chunkRow; ///< the row each chunk is on
    QList<QHBoxLayout*> m_rows;
    QLabel* m_message;
    QCustomPlot* m_plot;
    PlotTheme m_theme;
    std::shared_ptr<const ResultSet> m_results;
    QFutureWatcher<figure::FigurePlan> m_watcher;
    figure::FigurePlan m_plan;
    int m_generation = 0;
    int m_watchedGeneration = 0;
};

} // namespace rb::ui
