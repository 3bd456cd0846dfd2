// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/ansibleprogress.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace rb::plan {

/// Runs a plan folder's playbook: first `ansible-playbook -i inventory playbook.yml --list-tasks` (the number of
/// tasks, for a progress bar), then the real run, both with the plan folder as working directory and an argument
/// list (never a shell). Reports progress from the output through AnsibleProgress. Lives on the GUI thread: QProcess
/// only signals there, nothing blocks.
class PlaybookRun : public QObject
{
    Q_OBJECT
public:
    /// How a line of output should be shown.
    enum class LineKind
    {
        Output, ///< stdout
        Error, ///< a failed or unreachable host ("fatal: …", "… FAILED!", "… UNREACHABLE!")
        Diagnostic ///< stderr (warnings, Python tracebacks)
    };
    Q_ENUM(LineKind)

    explicit PlaybookRun(QObject* parent = nullptr);
    /// Kills a playbook still running (and waits for it briefly: the app is quitting).
    ~PlaybookRun() override;

    /// The ansible-playbook found in PATH, or empty.
    static QString program();
    bool isRunning() const
    {
        return m_process != nullptr;
    }
    int totalTasks() const
    {
        return m_total;
    }
    const AnsibleProgress& progress() const
    {
        return m_progress;
    }
    /// <plan>/results/merged, where the playbook's last play merges every host's results.
    QString mergedDir() const;
    /// True when mergedDir() holds an experiment.json (checked when the run ends).
    bool hasMergedResults() const
    {
        return m_merged;
    }

public Q_SLOTS:
    /// Starts on the plan folder `planDir` (with playbook.yml and inventory). Emits finished() at once, with the
    /// reason, when ansible-playbook is missing or a run is already going.
    void start(const QString& planDir);
    /// Terminates ansible-playbook (SIGTERM: it stops its hosts' tasks), and kills it if it is still there 5 s later.
    void cancel();

Q_SIGNALS:
    /// The task list is known: the run proper starts.
    void totalKnown(int tasks);
    /// A line changed the play, the task or the errors: read progress().
    void progressed();
    void lineRead(const QString& line, rb::plan::PlaybookRun::LineKind kind);
    /// The playbook ended (or could not start): `ok` when every host succeeded; `message` says what happened.
    void finished(bool ok, const QString& message);

private:
    void launch(const QStringList& extraArgs);
    void readLines(QProcess::ProcessChannel channel);
    void onExited(int code, QProcess::ExitStatus status);
    QString failureText(int code) const;
    void end(bool ok, const QString& message);

    QProcess* m_process = nullptr;
    bool m_listing = false;
    bool m_cancelled = false;
    bool m_merged = false;
    int m_total = 0;
    QString m_planDir;
    QString m_listOutput;
    QByteArray m_partial[2]; ///< unterminated stdout and stderr text
    AnsibleProgress m_progress;
};

} // namespace rb::plan
