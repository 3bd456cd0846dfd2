// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurespage.h"

#include "plot/figureexport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent>
#include <qcustomplot.h>

namespace rb::ui {

FiguresPage::FiguresPage(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_metric(new QLineEdit(this))
    , m_baseline(new QComboBox(this))
    , m_widthMm(new QDoubleSpinBox(this))
    , m_heightMm(new QDoubleSpinBox(this))
    , m_message(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    m_kind->addItems(figure::figureKinds());
    //: placeholder of the metric field: empty means the figure kind's default metric
    m_metric->setPlaceholderText(tr("default metric"));
    m_baseline->setToolTip(tr("Heatmap: ratios to this runtime"));
    for (QDoubleSpinBox* box : { m_widthMm, m_heightMm }) {
        box->setRange(10, 1000);
        box->setSuffix(tr(" mm"));
    }
    m_widthMm->setValue(88);
    m_heightMm->setValue(60);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_metric);
    bar->addWidget(m_baseline);
    bar->addWidget(m_widthMm);
    bar->addWidget(m_heightMm);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_plot, 1);
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_kind, &QComboBox::currentTextChanged, this, &FiguresPage::replan);
    connect(m_metric, &QLineEdit::editingFinished, this, &FiguresPage::replan);
    connect(m_baseline, &QComboBox::currentTextChanged, this, &FiguresPage::replan);
    connect(&m_watcher, &QFutureWatcher<figure::FigurePlan>::finished, this, &FiguresPage::showPlan);
    connect(exportButton, &QPushButton::clicked, this, &FiguresPage::exportDialog);
}

void FiguresPage::setResults(std::shared_ptr<const ResultSet> results)
{
    m_results = std::move(results);
    QStringList runtimes { QString() };
    for (const RunSpec& c : m_results ? m_results->configurations() : QList<RunSpec> {}) {
        if (!runtimes.contains(c.runtime)) {
            runtimes << c.runtime;
        }
    }
    const QSignalBlocker block(m_baseline);
    m_baseline->clear();
    m_baseline->addItems(runtimes);
    replan();
}

void FiguresPage::replan()
{
    if (!m_results) {
        return;
    }
    const figure::FigureRequest request { m_kind->currentText(), m_metric->text().trimmed(), m_baseline->currentText(),
        false };
    m_watchedGeneration = ++m_generation;
    m_watcher.setFuture(
        QtConcurrent::run([results = m_results, request] { return figure::planFigure(*results, request); }));
}

void FiguresPage::showPlan()
{
    if (m_watchedGeneration != m_generation) {
        return; // a newer request is on its way
    }
    m_plan = m_watcher.result();
    m_message->setVisible(!m_plan.draw);
    if (!m_plan.draw) {
        m_message->setText(m_plan.error);
        m_plot->clearPlottables();
        m_plot->clearItems();
        m_plot->replot();
        Q_EMIT figureShown(m_plan.error);
        return;
    }
    m_plan.draw(m_plot, m_theme);
    m_plot->replot();
    Q_EMIT figureShown(QString());
}

bool FiguresPage::exportTo(const QString& path, QString* error)
{
    if (!m_plan.draw) {
        *error = m_plan.error.isEmpty() ? tr("no figure to export") : m_plan.error;
        return false;
    }
    // The paper theme on a plot of its own: the view keeps its screen theme.
    QCustomPlot paper;
    m_plan.draw(&paper, PlotTheme::paper());
    return saveFigure(&paper, path, { m_widthMm->value(), m_heightMm->value(), 300 }, error);
}

void FiguresPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export figure"),
        m_kind->currentText() + QStringLiteral(".pdf"), tr("PDF (*.pdf);;SVG (*.svg);;PNG, 300 dpi (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error)) {
        m_message->setText(error);
        m_message->show();
    }
}

} // namespace rb::ui
