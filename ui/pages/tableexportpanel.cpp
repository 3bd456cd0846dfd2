// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexportpanel.h"

#include "io/numberfile.h"
#include "mainwindow/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace rb::ui {

namespace {

void fill(QComboBox* box, const QList<std::pair<QString, QString>>& items)
{
    for (const auto& [text, key] : items) {
        box->addItem(text, key);
    }
}

/// Replaces the items after the first ("(none)", "(default)") by `keys`, keeping the chosen one when it is still
/// there.
void refill(QComboBox* box, const QStringList& keys)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    while (box->count() > 1) {
        box->removeItem(1);
    }
    for (const QString& k : keys) {
        box->addItem(k, k);
    }
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

TableExportPanel::TableExportPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_baseline(new QComboBox(this))
    , m_center(new QComboBox(this))
    , m_correction(new QComboBox(this))
    , m_caption(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Open a results folder (File → Open results…) to see its table here."));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setToolTip(tr("Copy the table text to the clipboard"));
    auto* save = new QPushButton(tr("&Save…"), this);
    save->setToolTip(tr("Write the table to a file (.tex, .md, .csv, .json)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    auto* right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(createFields());
    layout->addLayout(right, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &TableExportPanel::render);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, &TableExportPanel::show);
    connect(copy, &QPushButton::clicked, this, &TableExportPanel::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &TableExportPanel::saveDialog);
    connect(m_workspace, &Workspace::changed, this, &TableExportPanel::refresh);
    for (QComboBox* box : { m_table, m_format, m_metric, m_baseline, m_center, m_correction }) {
        connect(box, &QComboBox::currentIndexChanged, this, &TableExportPanel::refresh);
    }
    for (QLineEdit* edit : { m_caption, m_label }) {
        connect(edit, &QLineEdit::textChanged, this, &TableExportPanel::refresh);
    }
}

QWidget* TableExportPanel::createFields()
{
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    fill(m_table,
        { { tr("Summary (one row per group)"), QStringLiteral("summary") },
            { tr("Pairwise (every pair of groups)"), QStringLiteral("pairwise") },
            { tr("Runtime × workload matrix"), QStringLiteral("matrix") } });
    fill(m_format,
        { { tr("LaTeX (booktabs)"), QStringLiteral("latex") }, { tr("Markdown"), QStringLiteral("markdown") },
            { tr("CSV"), QStringLiteral("csv") }, { tr("JSON"), QStringLiteral("json") } });
    //: metric choice: the metric runbench-cli export reads when none is named
    m_metric->addItem(tr("(default: wall_ms or the only one)"), QString());
    //: baseline choice: no baseline
    m_baseline->addItem(tr("(none)"), QString());
    m_baseline->setToolTip(tr("Summary: mark each group's difference to this one; matrix: ratios to this runtime"));
    fill(m_center,
        { { tr("Median with its 95 % CI"), QStringLiteral("median") },
            { tr("Mean ± 95 % CI half-width"), QStringLiteral("mean") } });
    fill(m_correction, { { tr("Holm"), QStringLiteral("holm") }, { tr("Benjamini–Hochberg"), QStringLiteral("bh") } });
    m_correction->setToolTip(tr("How p-values are adjusted for comparing several pairs"));
    m_caption->setPlaceholderText(tr("made from the metric"));
    m_label->setPlaceholderText(tr("e.g. tab:coldstart"));
    m_label->setToolTip(tr("LaTeX \\label key"));
    form->addRow(tr("&Table"), m_table);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Metric"), m_metric);
    form->addRow(tr("&Baseline"), m_baseline);
    form->addRow(tr("C&enter"), m_center);
    form->addRow(tr("C&orrection"), m_correction);
    form->addRow(tr("C&aption"), m_caption);
    form->addRow(tr("&Label"), m_label);
    auto* note = new QLabel(tr("The preview is exactly what runbench-cli export writes with these choices."), fields);
    note->setWordWrap(true);
    form->addRow(note);
    fields->setMaximumWidth(420);
    return fields;
}

TableRequest TableExportPanel::request() const
{
    TableRequest r;
    r.paths = m_workspace->paths();
    r.table = m_table->currentData().toString();
    r.format = m_format->currentData().toString();
    r.baseline = m_baseline->currentData().toString();
    const QString center = m_center->currentData().toString();
    r.options.center = center == QLatin1String("mean") ? ExportOptions::Center::Mean : ExportOptions::Center::Median;
    r.options.correction = m_correction->currentData().toString() == QLatin1String("bh")
        ? ExportOptions::Correction::BenjaminiHochberg
        : ExportOptions::Correction::Holm;
    r.options.metric = m_metric->currentData().toString();
    r.options.caption = m_caption->text();
    r.options.label = m_label->text();
    return r;
}

void TableExportPanel::refresh()
{
    const QString table = m_table->currentData().toString();
    if (table != m_lastTable) {
        // As the CLI: a summary shows medians by default, a matrix means.
        const QSignalBlocker block(m_center);
        m_center->setCurrentIndex(
            m_center->findData(table == QLatin1String("matrix") ? QStringLiteral("mean") : QStringLiteral("median")));
        m_lastTable = table;
    }
    m_center->setEnabled(table != QLatin1String("pairwise"));
    m_correction->setEnabled(table != QLatin1String("matrix"));
    m_debounce.start();
}

void TableExportPanel::render()
{
    const TableRequest r = request();
    if (r.paths.isEmpty()) {
        m_preview->clear();
        m_message->clear();
        m_hasTable = false;
        return;
    }
    m_watchedGeneration = ++m_generation;
    const auto sets = m_workspace->sets();
    m_watcher.setFuture(QtConcurrent::run([r, sets] {
        Preview p { renderTable(r), {} };
        for (const auto& s : sets) {
            for (const QString& m : metricsOf(*s)) {
                if (!p.metrics.contains(m)) {
                    p.metrics << m;
                }
            }
        }
        return p;
    }));
}

void TableExportPanel::show()
{
    if (m_watchedGeneration != m_generation) {
        return; // a newer request is on its way
    }
    const Preview p = m_watcher.result();
    refill(m_metric, p.metrics);
    refill(m_baseline, p.table.baselines);
    m_hasTable = p.table.error.isEmpty();
    m_preview->setPlainText(p.table.text);
    QStringList lines = p.table.problems;
    if (!m_hasTable) {
        lines.prepend(p.table.error);
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setStyleSheet(m_hasTable ? QString() : QStringLiteral("color: #c00000"));
    Q_EMIT previewShown(m_hasTable ? QString() : p.table.error);
}

QString TableExportPanel::previewText() const
{
    return m_hasTable ? m_preview->toPlainText() : QString();
}

void TableExportPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(previewText());
}

bool TableExportPanel::saveTo(const QString& path, QString* error) const
{
    if (!m_hasTable) {
        *error = tr("There is no table to save: %1").arg(m_message->text());
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(previewText().toUtf8()) < 0 || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void TableExportPanel::saveDialog()
{
    static const QHash<QString, QString> suffix { { QStringLiteral("latex"), QStringLiteral("tex") },
        { QStringLiteral("markdown"), QStringLiteral("md") }, { QStringLiteral("csv"), QStringLiteral("csv") },
        { QStringLiteral("json"), QStringLiteral("json") } };
    const QString ext = suffix.value(m_format->currentData().toString());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save table"), m_table->currentData().toString() + QLatin1Char('.') + ext);
    QString error;
    if (!path.isEmpty() && !saveTo(path, &error)) {
        m_message->setText(error);
    }
}

} // namespace rb::ui
