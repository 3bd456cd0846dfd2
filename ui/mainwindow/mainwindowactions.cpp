// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, tool bar and their actions (the class is split over mainwindow*.cpp so that each file stays one
// concern).
#include "mainwindow.h"
#include "runner/paths.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace rb::ui {

void MainWindow::createActions()
{
    QToolBar* tb = addToolBar(tr("Experiment"));
    tb->setObjectName(QStringLiteral("experimentToolbar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* exp = menuBar()->addMenu(tr("&Experiment"));
    createExperimentActions(exp);
    createFileActions(file);
    createHelpMenu();
    tb->addAction(m_runDemo);
    tb->addAction(m_runSpec);
    tb->addAction(m_cancel);
    tb->addSeparator();
    tb->addAction(m_open);
    tb->addAction(m_export);
}

void MainWindow::createExperimentActions(QMenu* exp)
{
    m_runDemo = exp->addAction(tr("Run &demo"), this, &MainWindow::runDemo);
    m_runDemo->setShortcut(Qt::CTRL | Qt::Key_D);
    m_runDemo->setToolTip(
        tr("Cold start of hello and cpu-hash on native and Node's WASI (resources/experiments/demo.json)"));
    m_runSpec = exp->addAction(tr("&Run experiment…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Run experiment"),
            paths::dataDir() + QStringLiteral("/experiments"), tr("Experiment specs (*.json)"));
        if (!f.isEmpty()) {
            startExperiment(f);
        }
    });
    m_runSpec->setShortcut(Qt::CTRL | Qt::Key_R);
    m_cancel = exp->addAction(tr("&Cancel"), this, &MainWindow::cancelExperiment);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Kill the running process tree and stop; finished runs are kept"));
    exp->addAction(tr("&Pause or resume"), m_controller, &ExperimentController::togglePause)->setShortcut(Qt::Key_F8);
}

void MainWindow::createFileActions(QMenu* file)
{
    m_open = file->addAction(tr("&Open results…"), this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Open results folder"));
        if (!d.isEmpty()) {
            openResults(d);
        }
    });
    m_open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Add results folder…"), this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Add a results folder beside the open ones"));
        if (!d.isEmpty()) {
            addResults(d);
        }
    });
    file->addAction(tr("&Import other tool's results…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import a file another tool wrote (docs/import.md)"));
        if (!f.isEmpty()) {
            addResults(f);
        }
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    const auto fillRecent = [this] {
        m_recentMenu->clear();
        for (const QString& path : m_workspace->recent()) {
            m_recentMenu->addAction(path, this, [this, path] { openResults(path); });
        }
        m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
    };
    fillRecent();
    connect(m_workspace, &Workspace::recentChanged, this, fillRecent);
    m_export = file->addAction(tr("&Export figures…"), this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Export figures to"));
        if (!d.isEmpty()) {
            exportFigures(d);
        }
    });
    m_export->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Runbench"), this, [this] {
        QMessageBox::about(this, tr("About Runbench"),
            tr("<h3>Runbench %1</h3><p>Compare how software runs on WebAssembly runtimes, containers and native "
               "processes: design an experiment, watch it live, compare with sound statistics, export tables and "
               "figures for a paper.</p><p>The same experiments run headless with <tt>runbench-cli</tt>. The user "
               "guide is docs/user-guide.md; data, workloads and experiments are in %2.</p><p>GPL-3.0-or-later. "
               "Built with Qt %3 and QCustomPlot.</p>")
                .arg(QApplication::applicationVersion(), paths::dataDir().toHtmlEscaped(),
                    QString::fromLatin1(qVersion())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace rb::ui
