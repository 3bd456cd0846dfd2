// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpage.h"

#include "figurespage.h"
#include "mainwindow/workspace.h"
#include "tableexportpanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rb::ui {

ExportPage::ExportPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_tables(new TableExportPanel(workspace, this))
    , m_figures(new FiguresPage(this))
{
    m_tabs->addTab(m_tables, tr("&Table"));
    m_tabs->addTab(m_figures, tr("F&igure"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The figure shows the most recently opened set (figures of one folder, as runbench-cli figure draws them).
    connect(workspace, &Workspace::changed, this, [this, workspace] { m_figures->setResults(workspace->current()); });
}

} // namespace rb::ui
