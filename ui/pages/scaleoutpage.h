// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rb {
class PlanHostModel;
}
namespace rb::plan {
class PlaybookRun;
struct PlanWriteResult;
} // namespace rb::plan

namespace rb::ui {

/// One experiment on many hosts (docs/scale-out.md): pick a spec with hosts and an Ansible inventory, see which
/// hosts the inventory lacks, write the plan (`runbench-cli plan ansible`, or Kubernetes manifests), run
/// ansible-playbook on it with live progress, and open the merged results. Reading and writing files runs on
/// worker threads (QtConcurrent); the playbook runs through rb::plan::PlaybookRun.
class ScaleOutPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScaleOutPage(QWidget* parent = nullptr);
    ~ScaleOutPage() override;

    QLineEdit* specEdit() const
    {
        return m_spec;
    }
    QLineEdit* inventoryEdit() const
    {
        return m_inventory;
    }
    QLineEdit* planDirEdit() const
    {
        return m_planDir;
    }
    PlanHostModel* hostModel() const
    {
        return m_hosts;
    }
    plan::PlaybookRun* playbook() const
    {
        return m_run;
    }

public Q_SLOTS:
    /// Reads the spec and the inventory of the fields (in the background) and shows their hosts.
    void checkHosts();
    /// Writes the Ansible plan into the plan folder field (in the background).
    void generatePlan();
    /// Writes Kubernetes manifests into <plan folder>/k8s (in the background).
    void generateK8s();
    void runPlaybook();
    void cancelPlaybook();

Q_SIGNALS:
    /// The host table shows the current fields' spec and inventory; `problem` is what is wrong (empty: nothing).
    void hostsChecked(const QString& problem);
    /// A plan was written (`error` empty) or not.
    void planWritten(const QStringList& files, const QString& error);
    /// "Open merged results": `dir` should be opened in place of what is shown, on the Results page.
    void openResultsRequested(const QString& dir);

private:
    QWidget* createInputs();
    QTableView* createHostView();
    QWidget* createRunPane();
    QPushButton* browseButton(QLineEdit* edit, bool folder, const QString& title, const QString& filter);
    void specChanged();
    void remember() const;
    void writePlan(bool k8s);
    void showPlanWritten(const plan::PlanWriteResult& result, const QString& dir);
    void showProgress();
    void appendLog(const QString& line, int kind);
    void runFinished(bool ok, const QString& message);
    void updateButtons();

    PlanHostModel* m_hosts;
    plan::PlaybookRun* m_run;
    QLineEdit* m_spec;
    QLineEdit* m_inventory;
    QLineEdit* m_planDir;
    QTableView* m_hostView = nullptr;
    QLabel* m_hostProblem = nullptr;
    QLabel* m_planStatus = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_k8s = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_openMerged = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_errors = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QString m_defaultPlanDir; ///< what the plan folder field was set to from the spec (replaced when the spec changes)
    QString m_writtenPlan; ///< the folder of the last plan written here (Run runs it)
    int m_checkGeneration = 0;
    int m_writing = 0; ///< plan writes under way
};

} // namespace rb::ui
