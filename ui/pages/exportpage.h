// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace rb::ui {

class FiguresPage;
class TableExportPanel;
class Workspace;

/// Everything that goes into a paper: tables (LaTeX, Markdown, CSV, JSON) with a live preview, and figures
/// (PDF, SVG, PNG) with size, resolution, font size and palette, as `runbench-cli export` and `figure` write them.
class ExportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExportPage(Workspace* workspace, QWidget* parent = nullptr);
    TableExportPanel* tables() const
    {
        return m_tables;
    }
    FiguresPage* figures() const
    {
        return m_figures;
    }
    QTabWidget* tabs() const
    {
        return m_tabs;
    }

private:
    QTabWidget* m_tabs;
    TableExportPanel* m_tables;
    FiguresPage* m_figures;
};

} // namespace rb::ui
