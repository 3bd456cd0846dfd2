// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStringListModel;
class QTableView;
class QTreeView;

namespace rb {
class ResultTreeModel;
class RunFilterModel;
class RunTableModel;
} // namespace rb

namespace rb::ui {

class Workspace;

/// The open result sets: a tree of sets → runtimes → workload · scenario with run and failure counts, and the
/// raw data of every run in a sortable table, filtered by free text and by the node chosen in the tree.
/// Opens results folders and other tools' files (dialogs, drag and drop, the recent list) beside the sets
/// already open; with nothing open it shows how to start. The models live in core/models; this page only
/// connects them to the Workspace and the views. GUI thread.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(Workspace* workspace, QWidget* parent = nullptr);

    QTreeView* treeView() const
    {
        return m_tree;
    }
    QTableView* tableView() const
    {
        return m_table;
    }
    QLineEdit* filterEdit() const
    {
        return m_filter;
    }
    QListView* recentView() const
    {
        return m_recent;
    }
    /// The placeholder shown while no set is open.
    QWidget* emptyState() const
    {
        return m_empty;
    }
    QAction* closeSetAction() const
    {
        return m_closeSet;
    }

public Q_SLOTS:
    /// Asks for a results folder and opens it beside the others.
    void openFolderDialog();
    /// Asks for another tool's file (docs/import.md) and imports it beside the others.
    void importFileDialog();
    /// Closes the set of the node chosen in the tree.
    void closeCurrentSet();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createEmptyState();
    QWidget* createContent();
    QWidget* createToolBar();
    void showSets();
    void showRecent();
    void showCount();
    void showFailure(const QString& path, const QString& message);

    Workspace* m_workspace;
    ResultTreeModel* m_treeModel;
    RunTableModel* m_runModel;
    RunFilterModel* m_runs;
    QStringListModel* m_recentModel;
    QStackedWidget* m_stack;
    QWidget* m_empty = nullptr;
    QTreeView* m_tree = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_recent = nullptr;
    QLabel* m_recentTitle = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_closeSet = nullptr;
};

} // namespace rb::ui
