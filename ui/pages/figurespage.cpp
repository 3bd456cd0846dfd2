// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurespage.h"

#include "plot/figurecommon.h"
#include "plot/figureexport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
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
    , m_dpi(new QDoubleSpinBox(this))
    , m_fontPt(new QDoubleSpinBox(this))
    , m_palette(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createBar());
    layout->addWidget(m_message);
    layout->addWidget(m_plot, 1);
    m_message->setWordWrap(true);
    m_message->hide();
    m_plot->installEventFilter(this);
    kindChanged();
    connect(m_kind, &QComboBox::currentTextChanged, this, [this] {
        kindChanged();
        replan();
    });
    connect(m_metric, &QLineEdit::editingFinished, this, &FiguresPage::replan);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &FiguresPage::replan);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &FiguresPage::redraw);
    connect(&m_watcher, &QFutureWatcher<figure::FigurePlan>::finished, this, &FiguresPage::showPlan);
}

QWidget* FiguresPage::createBar()
{
    m_bar = new QWidget(this);
    m_kind->addItems(figure::figureKinds());
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setToolTip(tr("Figure kind, drawn as runbench-cli figure draws it"));
    m_metric->setToolTip(tr("Metric to draw (a metric of samples.csv, e.g. wall_ms); empty: the kind's default"));
    m_metric->setClearButtonEnabled(true);
    //: placeholder of the metric field when the kind takes no metric
    const QString longest = tr("cpu_percent (default)").length() > tr("(not used)").length()
        ? tr("cpu_percent (default)")
        : tr("(not used)");
    m_metric->setMinimumWidth(m_metric->fontMetrics().horizontalAdvance(longest) + 40);
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseline->setToolTip(tr("Heatmap: show ratios to this runtime; (none): show the values"));
    //: baseline combo entry: no baseline
    m_baseline->addItem(tr("(none)"), QString());
    //: prefix of the spin box of the exported figure's width (W 88 mm)
    m_widthMm->setPrefix(tr("W "));
    m_widthMm->setToolTip(tr("Width of the exported figure"));
    //: prefix of the spin box of the exported figure's height (H 60 mm)
    m_heightMm->setPrefix(tr("H "));
    m_heightMm->setToolTip(tr("Height of the exported figure"));
    for (QDoubleSpinBox* box : { m_widthMm, m_heightMm }) {
        box->setRange(10, 1000);
        box->setDecimals(0);
        box->setSuffix(tr(" mm"));
    }
    m_widthMm->setValue(88);
    m_heightMm->setValue(60);
    m_dpi->setRange(30, 2400);
    m_dpi->setDecimals(0);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution of a PNG export (PDF and SVG are vector)"));
    m_fontPt->setRange(4, 24);
    m_fontPt->setDecimals(1);
    m_fontPt->setSingleStep(0.5);
    m_fontPt->setValue(8);
    m_fontPt->setSuffix(tr(" pt"));
    m_fontPt->setToolTip(tr("Font size of tick labels and legend in the exported figure; axis titles are 1 pt larger"));
    for (const QString& name : PlotTheme::paletteNames()) {
        m_palette->addItem(name, name);
    }
    m_palette->setToolTip(
        tr("Colours: Okabe–Ito and Tol's schemes are colour-blind safe; greyscale for black-and-white "
           "print"));
    auto* exportButton = new QPushButton(tr("Export…"), m_bar);
    exportButton->setToolTip(
        tr("Save the figure as PDF, SVG or PNG at W × H mm in the paper theme (runbench-cli figure draws the same)"));
    connect(exportButton, &QPushButton::clicked, this, &FiguresPage::exportDialog);

    const auto chunk = [this](std::initializer_list<QWidget*> widgets) {
        auto* w = new QWidget(m_bar);
        auto* row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* widget : widgets) {
            row->addWidget(widget, widget == m_metric ? 1 : 0);
        }
        m_chunks << w;
    };
    for (auto [text, field] : { std::pair<QString, QWidget*> { tr("&Kind"), m_kind }, { tr("&Metric"), m_metric },
             { tr("&Baseline"), m_baseline } }) {
        auto* label = new QLabel(text, m_bar);
        label->setBuddy(field);
        label->setToolTip(field->toolTip());
        chunk({ label, field });
    }
    chunk({ m_widthMm, m_heightMm });
    chunk({ m_dpi, m_fontPt });
    auto* paletteLabel = new QLabel(tr("&Palette"), m_bar);
    paletteLabel->setBuddy(m_palette);
    chunk({ paletteLabel, m_palette });
    chunk({ exportButton });
    m_barRows = new QVBoxLayout(m_bar);
    m_barRows->setContentsMargins(4, 4, 4, 4);
    fitBar();
    return m_bar;
}

void FiguresPage::kindChanged()
{
    const QString metric = figure::defaultMetric(m_kind->currentText());
    m_metric->setEnabled(!metric.isEmpty());
    //: placeholder of the metric field: the metric drawn when the field is empty
    m_metric->setPlaceholderText(metric.isEmpty() ? tr("(not used)") : tr("%1 (default)").arg(metric));
    m_baseline->setEnabled(figure::usesBaseline(m_kind->currentText()));
}

void FiguresPage::fitBar()
{
    if (!m_barRows) {
        return;
    }
    const QMargins margins = m_barRows->contentsMargins();
    const int avail = width() - margins.left() - margins.right();
    const int spacing = m_barRows->spacing();
    QList<int> rowOf;
    int row = 0;
    int used = 0;
    int widest = 0;
    for (QWidget* c : std::as_const(m_chunks)) {
        const int w = c->sizeHint().width();
        if (used > 0 && used + spacing + w > avail) {
            ++row;
            used = 0;
        }
        used += (used > 0 ? spacing : 0) + w;
        rowOf << row;
        widest = std::max(widest, c->minimumSizeHint().width());
    }
    // The dock may shrink to the widest chunk, whatever the rows are now.
    m_bar->setMinimumWidth(widest + margins.left() + margins.right());
    if (rowOf == m_chunkRow) {
        return;
    }
    m_chunkRow = rowOf;
    for (QHBoxLayout* r : std::as_const(m_rows)) {
        while (r->count() > 0) {
            delete r->takeAt(0);
        }
        m_barRows->removeItem(r);
        delete r;
    }
    m_rows.clear();
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        if (m_rows.size() <= rowOf[i]) {
            m_rows << new QHBoxLayout;
            m_barRows->addLayout(m_rows.last());
        }
        m_rows.last()->addWidget(m_chunks[i], m_chunks[i]->findChild<QLineEdit*>() == m_metric ? 1 : 0);
    }
    for (QHBoxLayout* r : std::as_const(m_rows)) {
        r->addStretch(0);
    }
}

void FiguresPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitBar();
}

bool FiguresPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize && m_plan.draw) {
        // The legend takes as many columns as the new width holds; entries wider than the plot wrap.
        figure::fitLegend(m_plot, static_cast<QResizeEvent*>(event)->size().width());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

void FiguresPage::setResults(std::shared_ptr<const ResultSet> results)
{
    m_results = std::move(results);
    QStringList runtimes;
    for (const RunSpec& c : m_results ? m_results->configurations() : QList<RunSpec> {}) {
        if (!runtimes.contains(c.runtime)) {
            runtimes << c.runtime;
        }
    }
    const QSignalBlocker block(m_baseline);
    while (m_baseline->count() > 1) {
        m_baseline->removeItem(1);
    }
    for (const QString& runtime : runtimes) {
        m_baseline->addItem(runtime, runtime);
    }
    m_baseline->setCurrentIndex(0);
    replan();
}

void FiguresPage::replan()
{
    if (!m_results) {
        return;
    }
    const figure::FigureRequest request { m_kind->currentText(), m_metric->text().trimmed(),
        m_baseline->currentData().toString(), false };
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
    redraw();
}

void FiguresPage::redraw()
{
    m_message->setVisible(!m_plan.draw);
    if (!m_plan.draw) {
        m_message->setText(m_plan.error);
        m_plot->clearPlottables();
        m_plot->clearItems();
        m_plot->replot();
        Q_EMIT figureShown(m_plan.error);
        return;
    }
    PlotTheme theme = m_theme;
    theme.palette = PlotTheme::paper(paperStyle()).palette;
    m_plan.draw(m_plot, theme);
    figure::fitLegend(m_plot, m_plot->width());
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
    m_plan.draw(&paper, PlotTheme::paper(paperStyle()));
    return saveFigure(&paper, path, { m_widthMm->value(), m_heightMm->value(), m_dpi->value() }, error);
}

PaperStyle FiguresPage::paperStyle() const
{
    return { m_fontPt->value(), m_palette->currentData().toString() };
}

void FiguresPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export figure"),
        m_kind->currentText() + QStringLiteral(".pdf"), tr("PDF (*.pdf);;SVG (*.svg);;PNG (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error)) {
        m_message->setText(error);
        m_message->show();
    }
}

} // namespace rb::ui
