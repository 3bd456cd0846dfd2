// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnerspage.h"

#include "models/runnertablemodel.h"
#include "profileeditor.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rb::ui {

RunnersPage::RunnersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunnerTableModel(this))
    , m_view(new QTableView(this))
    , m_editor(new ProfileEditor(this))
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RunnerTableModel::SortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    // Available runtimes first (the ones an experiment can use); the sort is stable, so each half keeps
    // the registry's order.
    m_view->sortByColumn(RunnerTableModel::AvailableColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    connect(m_editor, &ProfileEditor::profileSaved, this, &RunnersPage::rediscoverRequested);
}

void RunnersPage::setInstallation(std::shared_ptr<const Installation> installation)
{
    m_model->setInstallation(std::move(installation));
    m_view->resizeColumnsToContents();
}

} // namespace rb::ui
