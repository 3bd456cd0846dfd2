// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exporters/tableexport.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rb::ui {

class Workspace;

/// The Table half of the Export page: the choices of `runbench-cli export` as fields, a live preview of the
/// exact text the CLI would write for the open sets, Copy and Save. Rendering runs off the GUI thread
/// (renderTable: file reading and the bootstrap); a generation id drops stale previews.
class TableExportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TableExportPanel(Workspace* workspace, QWidget* parent = nullptr);

    QString previewText() const;
    /// The request the fields describe, for the open sets.
    TableRequest request() const;
    /// Writes the previewed text to `path`; false with `error` set.
    bool saveTo(const QString& path, QString* error) const;
    QComboBox* tableBox() const
    {
        return m_table;
    }
    QComboBox* formatBox() const
    {
        return m_format;
    }
    QComboBox* baselineBox() const
    {
        return m_baseline;
    }
    QComboBox* metricBox() const
    {
        return m_metric;
    }

public Q_SLOTS:
    /// Renders the table again (debounced: several changes within 250 ms render once).
    void refresh();
    void copyToClipboard();

Q_SIGNALS:
    /// A preview was shown; `error` is empty when it holds a table.
    void previewShown(const QString& error);

private:
    struct Preview
    {
        TableText table;
        QStringList metrics;
    };
    QWidget* createFields();
    void render();
    void show();
    void saveDialog();

    Workspace* m_workspace;
    QComboBox* m_table;
    QComboBox* m_format;
    QComboBox* m_metric;
    QComboBox* m_baseline;
    QComboBox* m_center;
    QComboBox* m_correction;
    QLineEdit* m_caption;
    QLineEdit* m_label;
    QPlainTextEdit* m_preview;
    QLabel* m_message;
    QTimer m_debounce;
    QFutureWatcher<Preview> m_watcher;
    int m_generation = 0;
    int m_watchedGeneration = 0;
    bool m_hasTable = false;
    QString m_lastTable;
};

} // namespace rb::ui
