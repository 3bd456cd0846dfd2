// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/installation.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rb {
class SpecDraft;
}

namespace rb::ui {

/// Designs an experiment: runtimes (unavailable ones shown, greyed, with the reason), workloads, scenarios and
/// their parameters, repetitions, warm-up, order, cache policy and user factors; shows the run count, an
/// estimated duration and the first validation problem as you edit. Saves and opens spec JSON (the same file
/// runbench-cli runs). Every edit goes to the SpecDraft; the page only shows it.
class DesignerPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPage(QWidget* parent = nullptr);
    void setInstallation(std::shared_ptr<const Installation> installation);
    SpecDraft* draft() const
    {
        return m_draft;
    }
    /// The file the design was last opened from or saved to (empty: never).
    const QString& path() const
    {
        return m_path;
    }

public Q_SLOTS:
    /// Saves to `path` (on the thread pool); saved() follows.
    void saveTo(const QString& path);
    void openFrom(const QString& path);
    /// Saves the design (to its file, or to a new one in the data location) and then emits runRequested().
    void run();

Q_SIGNALS:
    void saved(const QString& path);
    /// The design was saved to `specPath` and should run (MainWindow::startExperiment).
    void runRequested(const QString& specPath);

private:
    QWidget* createPicking();
    QWidget* createSettings();
    QWidget* createFactors();
    QWidget* createFooter();
    void showSpec();
    void showSummary();

    SpecDraft* m_draft;
    QString m_path;
    bool m_runAfterSave = false;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QTableView* m_runtimes;
    QTableView* m_workloads;
    QTableView* m_scenarios;
    QTableView* m_params;
    QSpinBox* m_repetitions;
    QSpinBox* m_warmup;
    QComboBox* m_order;
    QDoubleSpinBox* m_seed;
    QDoubleSpinBox* m_timeout;
    QDoubleSpinBox* m_cooldown;
    QComboBox* m_cache;
    QCheckBox* m_startDaemons;
    QTableView* m_factors;
    QLabel* m_runCount;
    QLabel* m_estimate;
    QLabel* m_problem;
    QPushButton* m_run;
};

} // namespace rb::ui
