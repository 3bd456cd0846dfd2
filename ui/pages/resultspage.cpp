// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspage.h"

#include "mainwindow/workspace.h"
#include "models/resulttreemodel.h"
#include "models/runfiltermodel.h"
#include "models/runtablemodel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace rb::ui {

namespace {

constexpr int kMaxColumnWidth = 260;

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

} // namespace

ResultsPage::ResultsPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_treeModel(new ResultTreeModel(this))
    , m_runModel(new RunTableModel(this))
    , m_runs(new RunFilterModel(this))
    , m_recentModel(new QStringListModel(this))
    , m_stack(new QStackedWidget(this))
{
    m_runs->setSourceModel(m_runModel);
    m_closeSet = new QAction(tr("&Close set"), this);
    m_closeSet->setToolTip(tr("Close the result set chosen in the tree (its files stay as they are)"));
    m_closeSet->setEnabled(false);
    connect(m_closeSet, &QAction::triggered, this, &ResultsPage::closeCurrentSet);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resultsMessage"));
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    setAcceptDrops(true);
    connect(m_workspace, &Workspace::changed, this, &ResultsPage::showSets);
    connect(m_workspace, &Workspace::recentChanged, this, &ResultsPage::showRecent);
    connect(m_workspace, &Workspace::failed, this, &ResultsPage::showFailure);
    connect(m_workspace, &Workspace::opened, m_message, &QLabel::hide);
    showRecent();
    showSets();
}

QWidget* ResultsPage::createEmptyState()
{
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("resultsEmptyState"));
    auto* title = new QLabel(tr("No results open"), m_empty);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* text = new QLabel(tr("Open a Runbench results folder (what a run or <tt>runbench-cli run</tt> wrote), or "
                               "import what another benchmark tool wrote: hyperfine, wrk, wrk2, hey, oha, k6, "
                               "Google Benchmark, Criterion, perf stat, /usr/bin/time and more. "
                               "You can also drop folders and files on this page."),
        m_empty);
    text->setWordWrap(true);
    auto* open = new QPushButton(tr("Open results folder…"), m_empty);
    open->setObjectName(QStringLiteral("openFolderButton"));
    connect(open, &QPushButton::clicked, this, &ResultsPage::openFolderDialog);
    auto* import = new QPushButton(tr("Import other tool's file…"), m_empty);
    import->setObjectName(QStringLiteral("importFileButton"));
    connect(import, &QPushButton::clicked, this, &ResultsPage::importFileDialog);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(import);
    buttons->addStretch(1);
    m_recentTitle = new QLabel(tr("Recently opened (click to open):"), m_empty);
    m_recent = new QListView(m_empty);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setModel(m_recentModel);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setCursor(Qt::PointingHandCursor);
    m_recent->setUniformItemSizes(true);
    // Room for the ten paths Workspace remembers, no more: the page stays a page, not an empty box.
    m_recent->setMaximumHeight(10 * (m_recent->fontMetrics().lineSpacing() + 4) + 2 * m_recent->frameWidth());
    connect(m_recent, &QListView::clicked, this,
        [this](const QModelIndex& i) { m_workspace->open(i.data().toString(), false); });
    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addStretch(1);
    auto* outer = new QHBoxLayout(m_empty);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    return m_empty;
}

QWidget* ResultsPage::createToolBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [&](const QString& text, const QString& toolTip, auto slot) {
        auto* action = new QAction(text, bar);
        action->setToolTip(toolTip);
        connect(action, &QAction::triggered, this, slot);
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        layout->addWidget(button);
    };
    addButton(tr("Open results folder…"), tr("Open a results folder beside the sets already open"),
        &ResultsPage::openFolderDialog);
    addButton(tr("Import other tool's file…"), tr("Import another tool's output (docs/import.md) beside the others"),
        &ResultsPage::importFileDialog);
    auto* close = new QToolButton(bar);
    close->setDefaultAction(m_closeSet);
    layout->addWidget(close);
    layout->addStretch(1);
    return bar;
}

QWidget* ResultsPage::createContent()
{
    auto* content = new QWidget(this);
    m_tree = new QTreeView(content);
    m_tree->setObjectName(QStringLiteral("resultTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ResultTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ResultTreeModel::RunsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ResultTreeModel::FailedColumn, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_closeSet);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        m_runs->setScopeFromTree(i.siblingAtColumn(0));
        m_closeSet->setEnabled(i.isValid());
    });
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter runs: words that must all appear in a row (e.g. \"wasmtime failed\")"));
    connect(m_filter, &QLineEdit::textChanged, m_runs, &RunFilterModel::setText);
    m_count = new QLabel(content);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_runs);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order the runs ran, until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line of text per run: the style's default row height shows a third fewer runs.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 6);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &ResultsPage::showCount);
    connect(m_runs, &QAbstractItemModel::layoutChanged, this, &ResultsPage::showCount);
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, &ResultsPage::showCount);
    connect(m_runs, &QAbstractItemModel::rowsRemoved, this, &ResultsPage::showCount);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto* right = new QWidget(content);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filterRow);
    rightLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Horizontal, content);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 480, 840 });
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createToolBar());
    layout->addWidget(split, 1);
    return content;
}

void ResultsPage::showSets()
{
    const auto sets = m_workspace->sets();
    m_runs->setScope(-1);
    m_treeModel->setSets(sets);
    m_runModel->setSets(sets);
    m_closeSet->setEnabled(false);
    m_tree->expandToDepth(1);
    // The run id repeats runtime, workload, scenario and repetition: shown last, so that the metrics come into
    // view first. A reset forgets moved sections, hence here.
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(RunTableModel::RunIdColumn), header->count() - 1);
    m_table->resizeColumnsToContents();
    // Long run ids and failure reasons would push the metrics out of sight: they are elided (full text in
    // the tooltip).
    for (int c = 0; c < m_runModel->columnCount(); ++c) {
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), kMaxColumnWidth));
    }
    m_stack->setCurrentIndex(sets.isEmpty() ? 0 : 1);
    showCount();
}

void ResultsPage::showRecent()
{
    const QStringList recent = m_workspace->recent();
    m_recentModel->setStringList(recent);
    m_recentTitle->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());
}

void ResultsPage::showCount()
{
    //: how many runs the filters leave in the table; %1 shown, %n all
    m_count->setText(tr("%1 of %n run(s)", nullptr, m_runModel->rowCount()).arg(m_runs->rowCount()));
}

void ResultsPage::showFailure(const QString& path, const QString& message)
{
    // The loaders' messages start with the file (and line) they stopped at: the path is in the tooltip.
    //: %1 why a folder or file could not be read ("file:line: field: message")
    m_message->setText(tr("Could not open: %1").arg(message));
    m_message->setToolTip(path);
    m_message->show();
}

void ResultsPage::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a results folder"));
    if (!dir.isEmpty()) {
        m_workspace->open(dir, false);
    }
}

void ResultsPage::importFileDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import another tool's results (docs/import.md)"), {},
        tr("Benchmark results (*.json *.csv *.txt *.log *.md *.out);;All files (*)"));
    if (!file.isEmpty()) {
        m_workspace->open(file, false);
    }
}

void ResultsPage::closeCurrentSet()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        m_workspace->close(current.data(ResultTreeModel::SetIndexRole).toInt());
    }
}

void ResultsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ResultsPage::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    for (const QString& path : paths) {
        m_workspace->open(path, false);
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
    }
}

} // namespace rb::ui
