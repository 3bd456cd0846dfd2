// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/comparison.h"
#include "plot/figurekinds.h"
#include "plot/plottheme.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rb {
class ComparisonController;
}

namespace rb::ui {

/// Compares the open result sets (docs/user-guide.md, "Compare page"): a metric and a baseline, a sortable table
/// of every group (core/models/comparisonmodel.h), a warning banner when the sets are not comparable, and a plot
/// of the groups drawn by the Figures code (plot/figures.h). Everything is computed off the GUI thread by a
/// ComparisonController; the page only shows what it delivers.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(QWidget* parent = nullptr);
    ~ComparePage() override;

    ComparisonController* controller() const
    {
        return m_controller;
    }
    QComboBox* metricBox() const
    {
        return m_metric;
    }
    QComboBox* baselineBox() const
    {
        return m_baseline;
    }
    QComboBox* kindBox() const
    {
        return m_kind;
    }
    QTableView* table() const
    {
        return m_table;
    }
    QLabel* warningBanner() const
    {
        return m_warning;
    }
    QCustomPlot* plot() const
    {
        return m_plot;
    }

public Q_SLOTS:
    void setSets(const rb::ResultSets& sets);
    /// Shows `comparison` (the controller's, or one built elsewhere, e.g. by a benchmark) and draws its plot.
    void showComparison(std::shared_ptr<const rb::Comparison> comparison);

Q_SIGNALS:
    /// The plot was drawn, or `error` says why not (empty on success).
    void plotShown(const QString& error);

private:
    QWidget* createBar();
    void connectControls();
    void fillBaselines();
    void replot();
    void showPlan();

    ComparisonController* m_controller;
    QComboBox* m_metric;
    QComboBox* m_baseline;
    QComboBox* m_kind;
    QLabel* m_warning;
    QLabel* m_problems;
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_plotNote;
    QCustomPlot* m_plot;
    PlotTheme m_theme;
    ResultSets m_sets;
    std::shared_ptr<const Comparison> m_shown;
    QFutureWatcher<std::pair<quint64, figure::FigurePlan>> m_planWatcher;
    quint64 m_planGeneration = 0;
};

} // namespace rb::ui
