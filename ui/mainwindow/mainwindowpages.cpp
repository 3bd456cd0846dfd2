// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's side bar of pages (the class is split over mainwindow*.cpp so that each file stays one concern).
#include "mainwindow.h"
#include "pages/comparepage.h"
#include "pages/designerpage.h"
#include "pages/exportpage.h"
#include "pages/resultspage.h"
#include "pages/runnerspage.h"
#include "pages/runpage.h"
#include "pages/scaleoutpage.h"
#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace rb::ui {

void MainWindow::createPages()
{
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    // Roomy entries, like a settings app's side bar; the palette's colours keep light and dark themes readable.
    m_nav->setStyleSheet(QStringLiteral("QListWidget#pageList { background: palette(window); }"
                                        "QListWidget#pageList::item { padding: 8px 10px; border-radius: 4px; }"
                                        "QListWidget#pageList::item:selected { background: palette(highlight); "
                                        "color: palette(highlighted-text); }"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    addPage(m_runners, tr("Runtimes"), tr("Every runner and profile: available or not, version, why not"));
    addPage(m_designer, tr("Design"), tr("Design an experiment: runtimes, workloads, scenarios, repetitions, factors"));
    addPage(m_run, tr("Run"), tr("The running experiment: progress, live plots, log"));
    addPage(m_results, tr("Results"), tr("The open result sets: experiments, runtimes, scenarios and every run"));
    auto* compare = new ComparePage(this);
    connect(m_workspace, &Workspace::changed, compare, [this, compare] { compare->setSets(m_workspace->sets()); });
    addPage(compare, tr("Compare"), tr("The open results side by side: a metric against a baseline, tests, plots"));
    addPage(m_exportPage, tr("Export"),
        tr("Tables (LaTeX, Markdown, CSV, JSON) and figures (PDF, SVG, PNG) of the open results, for a paper"));
    auto* scaleOut = new ScaleOutPage(this);
    connect(scaleOut, &ScaleOutPage::openResultsRequested, this, [this](const QString& dir) {
        openResults(dir);
        showPage(m_results);
    });
    addPage(scaleOut, tr("Scale out"), tr("One experiment on many hosts: plan, run with Ansible, merged results"));
    m_nav->setCurrentRow(0);
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& toolTip)
{
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(title, m_nav);
    item->setToolTip(toolTip);
    const int n = m_nav->count();
    if (n <= 9) {
        auto* show = new QAction(this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(show, &QAction::triggered, this, [this, page] { showPage(static_cast<QWidget*>(page)); });
        addAction(show);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(toolTip).arg(n));
    }
    // Wide enough for the longest title, never wider: the pages get the room.
    const int w = m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 8;
    m_nav->setFixedWidth(std::max(w, 120));
}

namespace {

QString pageKey(const QWidget* page)
{
    QString name = QString::fromLatin1(page->metaObject()->className()).section(QStringLiteral("::"), -1);
    if (name == QLatin1String("RunnersPage")) {
        return QStringLiteral("runtimes");
    }
    if (name == QLatin1String("DesignerPage")) {
        return QStringLiteral("design");
    }
    name.chop(name.endsWith(QLatin1String("Page")) ? 4 : 0);
    return name.toLower();
}

} // namespace

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_stack->count(); ++i) {
        keys << pageKey(m_stack->widget(i));
    }
    return keys;
}

bool MainWindow::showPage(const QString& key)
{
    const qsizetype i = pageKeys().indexOf(key);
    if (i >= 0) {
        m_nav->setCurrentRow(int(i));
    }
    return i >= 0;
}

void MainWindow::showPage(QWidget* page)
{
    const int i = m_stack->indexOf(page);
    if (i >= 0) {
        m_nav->setCurrentRow(i);
    }
}

} // namespace rb::ui
