// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbookrun.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace rb::plan {

namespace {

bool isErrorLine(const QString& line)
{
    return line.startsWith(QLatin1String("fatal: ")) || line.contains(QLatin1String("FAILED!"))
        || line.contains(QLatin1String("UNREACHABLE!")) || line.startsWith(QLatin1String("ERROR!"));
}

} // namespace

PlaybookRun::PlaybookRun(QObject* parent)
    : QObject(parent)
{
}

PlaybookRun::~PlaybookRun()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString PlaybookRun::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
}

QString PlaybookRun::mergedDir() const
{
    return m_planDir.isEmpty() ? QString() : QDir(m_planDir).filePath(QStringLiteral("results/merged"));
}

void PlaybookRun::start(const QString& planDir)
{
    if (m_process) {
        Q_EMIT finished(false, tr("A playbook is already running."));
        return;
    }
    m_planDir = planDir;
    m_total = 0;
    m_cancelled = false;
    m_merged = false;
    m_listOutput.clear();
    m_progress = AnsibleProgress();
    if (program().isEmpty()) {
        end(false,
            tr("ansible-playbook is not installed. Install Ansible on this machine (the controller) with "
               "\"sudo apt install ansible\" (Debian, Ubuntu) or \"pipx install ansible\", then run again."));
        return;
    }
    m_listing = true;
    launch({ QStringLiteral("--list-tasks") });
}

void PlaybookRun::launch(const QStringList& extraArgs)
{
    m_partial[0].clear();
    m_partial[1].clear();
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_planDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Plain lines as they come: no colour codes, no Python block buffering on the pipe.
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.remove(QStringLiteral("ANSIBLE_FORCE_COLOR"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readLines(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readLines(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &PlaybookRun::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            const QString reason = m_process->errorString();
            m_process->deleteLater();
            m_process = nullptr;
            end(false, tr("ansible-playbook could not be started: %1").arg(reason));
        }
    });
    m_process->start(program(),
        QStringList { QStringLiteral("-i"), QStringLiteral("inventory"), QStringLiteral("playbook.yml") } + extraArgs);
}

void PlaybookRun::readLines(QProcess::ProcessChannel channel)
{
    if (!m_process) {
        return;
    }
    m_process->setReadChannel(channel);
    QByteArray& partial = m_partial[channel == QProcess::StandardOutput ? 0 : 1];
    partial += m_process->readAll();
    qsizetype nl;
    while ((nl = partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(partial.left(nl));
        partial.remove(0, nl + 1);
        if (channel == QProcess::StandardError) {
            Q_EMIT lineRead(line, isErrorLine(line) ? LineKind::Error : LineKind::Diagnostic);
            continue;
        }
        if (m_listing) {
            m_listOutput += line + QLatin1Char('\n');
            continue;
        }
        const int before = m_progress.tasksReached();
        const QString task = m_progress.currentTask();
        const qsizetype errors = m_progress.errors().size();
        m_progress.feed(line);
        Q_EMIT lineRead(line, isErrorLine(line) ? LineKind::Error : LineKind::Output);
        if (m_progress.tasksReached() != before || m_progress.currentTask() != task
            || m_progress.errors().size() != errors) {
            Q_EMIT progressed();
        }
    }
}

void PlaybookRun::onExited(int code, QProcess::ExitStatus status)
{
    readLines(QProcess::StandardOutput);
    readLines(QProcess::StandardError);
    m_process->deleteLater();
    m_process = nullptr;
    if (m_cancelled) {
        end(false, tr("Cancelled."));
        return;
    }
    if (status != QProcess::NormalExit) {
        end(false, tr("ansible-playbook crashed."));
        return;
    }
    if (m_listing) {
        m_listing = false;
        if (code != 0) {
            end(false, tr("ansible-playbook could not read the plan (exit code %1): see the log.").arg(code));
            return;
        }
        m_total = AnsibleProgress::countTasks(m_listOutput);
        Q_EMIT totalKnown(m_total);
        launch({});
        return;
    }
    m_merged = QFileInfo::exists(QDir(mergedDir()).filePath(QStringLiteral("experiment.json")));
    if (code == 0) {
        end(true, tr("The playbook finished on every host."));
        return;
    }
    end(false, failureText(code));
}

QString PlaybookRun::failureText(int code) const
{
    const int hosts = int(m_progress.errors().size());
    switch (code) {
    case 2:
        return tr("The playbook failed on %n host(s) (exit code 2).", nullptr, hosts);
    case 4:
        return tr("%n host(s) could not be reached (exit code 4): check the inventory's addresses, users and SSH keys "
                  "(ansible -i inventory all -m ping).",
            nullptr, hosts);
    default:
        return tr("ansible-playbook stopped with exit code %1: see the log.").arg(code);
    }
}

void PlaybookRun::end(bool ok, const QString& message)
{
    m_listing = false;
    Q_EMIT finished(ok, message);
}

void PlaybookRun::cancel()
{
    if (!m_process || m_cancelled) {
        return;
    }
    m_cancelled = true;
    m_process->terminate();
    QTimer::singleShot(5000, m_process, [p = m_process] { p->kill(); });
}

} // namespace rb::plan
