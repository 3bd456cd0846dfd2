// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepage.h"

#include "io/figuredata.h"
#include "models/comparisoncontroller.h"
#include "plot/figurecommon.h"
#include "plot/figures.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

/// The plot kinds of the page, in the order of the selector.
struct PlotKind
{
    const char* id; ///< figure::figureKinds()
    const char* title;
};
constexpr PlotKind kPlotKinds[] = {
    { "ecdf", QT_TRANSLATE_NOOP("rb::ui::ComparePage", "ECDF") },
    { "box", QT_TRANSLATE_NOOP("rb::ui::ComparePage", "Box plot") },
    { "violin", QT_TRANSLATE_NOOP("rb::ui::ComparePage", "Violin plot") },
    { "throughput", QT_TRANSLATE_NOOP("rb::ui::ComparePage", "Throughput vs concurrency") },
    { "spectrum", QT_TRANSLATE_NOOP("rb::ui::ComparePage", "Latency spectrum (HDR)") },
    { "heatmap", QT_TRANSLATE_NOOP("rb::ui::ComparePage", "Heatmap (runtime × workload)") },
};

} // namespace

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent)
    , m_controller(new ComparisonController(this))
    , m_metric(new QComboBox(this))
    , m_baseline(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_plotNote(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    m_warning->setObjectName(QStringLiteral("comparabilityWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    // Dark text on amber, readable in light and dark palettes alike.
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b000;"
                                            " border-radius: 3px; padding: 6px; }"));
    m_warning->hide();
    m_problems->setObjectName(QStringLiteral("comparisonProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();
    m_proxy->setSourceModel(m_controller->model());
    m_proxy->setSortRole(ComparisonModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // input order until the user sorts
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plotNote->setWordWrap(true);
    m_plotNote->hide();

    auto* plotArea = new QWidget(this);
    auto* plotLayout = new QVBoxLayout(plotArea);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(m_plotNote);
    plotLayout->addWidget(m_plot, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(plotArea);
    split->setChildrenCollapsible(false);
    m_plot->setMinimumHeight(220);
    m_table->setMinimumHeight(120);
    split->setSizes({ 250, 450 }); // the plot gets the larger part; the table scrolls
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createBar());
    layout->addWidget(m_warning);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);

    connectControls();
}

ComparePage::~ComparePage() = default;

void ComparePage::connectControls()
{
    connect(m_controller, &ComparisonController::metricsChanged, this,
        [this](const QStringList& metrics, const QString& current) {
            const QSignalBlocker block(m_metric);
            m_metric->clear();
            m_metric->addItems(metrics);
            m_metric->setCurrentText(current);
        });
    connect(m_controller, &ComparisonController::comparisonReady, this, &ComparePage::showComparison);
    connect(m_metric, &QComboBox::currentTextChanged, m_controller, &ComparisonController::setMetric);
    connect(m_baseline, &QComboBox::currentIndexChanged, this,
        [this] { m_controller->setBaseline(m_baseline->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComparePage::replot);
    connect(&m_planWatcher, &QFutureWatcher<std::pair<quint64, figure::FigurePlan>>::finished, this,
        &ComparePage::showPlan);
}

QWidget* ComparePage::createBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_metric->setToolTip(tr("The metric compared (a metric of the open sets' samples.csv)"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseline->setToolTip(tr("The group every other group is compared with: ratios, p-values and effect sizes"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseline->setMinimumContentsLength(16);
    //: baseline combo entry: no baseline, only the summary columns are filled
    m_baseline->addItem(tr("(none)"), QString());
    for (const PlotKind& k : kPlotKinds) {
        m_kind->addItem(tr(k.title), QString::fromLatin1(k.id));
    }
    m_kind->setToolTip(tr("What the plot below the table shows"));
    for (auto [text, field] : { std::pair<QString, QComboBox*> { tr("&Metric"), m_metric },
             { tr("&Baseline"), m_baseline }, { tr("&Plot"), m_kind } }) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(field);
        label->setToolTip(field->toolTip());
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(8);
    }
    row->addStretch(1);
    return bar;
}

void ComparePage::setSets(const ResultSets& sets)
{
    m_sets = sets;
    m_controller->setSets(sets);
}

void ComparePage::showComparison(std::shared_ptr<const Comparison> comparison)
{
    m_shown = std::move(comparison);
    if (m_controller->comparison() != m_shown) {
        m_controller->model()->setComparison(m_shown);
    }
    fillBaselines();
    m_warning->setVisible(!m_shown->warnings.isEmpty());
    //: banner above the Compare table; the reasons follow, one per line
    m_warning->setText(QString(QStringLiteral("⚠ ") + tr("These results may not be comparable:") + QLatin1Char('\n')
        + m_shown->warnings.join(QLatin1Char('\n'))));
    m_problems->setVisible(!m_shown->problems.isEmpty());
    m_problems->setText(m_shown->problems.join(QLatin1Char('\n')));
    m_problems->setToolTip(m_problems->text());
    replot();
}

void ComparePage::fillBaselines()
{
    const QSignalBlocker block(m_baseline);
    while (m_baseline->count() > 1) {
        m_baseline->removeItem(1);
    }
    for (const stats::GroupReport& g : m_shown->report.groups) {
        m_baseline->addItem(g.name, g.name);
    }
    m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(m_shown->baseline)));
}

void ComparePage::replot()
{
    if (!m_shown) {
        return;
    }
    const QString kind = m_kind->currentData().toString();
    const quint64 generation = ++m_planGeneration;
    // The heatmap shows medians, as the table's ratio does.
    const figure::FigureRequest request { kind, m_shown->metric, m_shown->baselineRuntime, true };
    if (kind == QLatin1String("ecdf")) {
        // The curves were computed and reduced with the comparison: drawing them is cheap.
        QStringList names;
        for (const stats::NamedSample& s : m_shown->samples) {
            names << s.name;
        }
        const figure::FigurePlan plan {
            [c = m_shown, names = rb::figure::shortNames(names)](QCustomPlot* plot, const PlotTheme& theme) {
                figure::drawEcdfCurves(plot, names, c->ecdfs, rb::figure::metricAxisTitle(c->metric), theme);
            },
            m_shown->samples.empty() ? tr("No values of %1 in the open sets").arg(m_shown->metric) : QString()
        };
        m_planWatcher.setFuture(QtFuture::makeReadyFuture(std::pair { generation, plan }));
        return;
    }
    const bool sampleKind = figure::isSampleKind(kind);
    if (!sampleKind && m_sets.isEmpty()) {
        m_planWatcher.setFuture(
            QtFuture::makeReadyFuture(std::pair { generation, figure::FigurePlan { {}, tr("No results are open") } }));
        return;
    }
    // Set-level kinds draw every open set as one (combined on the worker, only when such a plot is asked for).
    const ResultSets sets = sampleKind ? ResultSets {} : m_sets;
    m_planWatcher.setFuture(QtConcurrent::run([c = m_shown, sets, request, generation] {
        return std::pair { generation,
            sets.isEmpty() ? figure::planSampleFigure(c->samples, request)
                           : figure::planFigure(*combinedSet(sets), request) };
    }));
}

void ComparePage::showPlan()
{
    if (m_planWatcher.future().resultCount() == 0 || m_planWatcher.result().first != m_planGeneration) {
        return; // a newer plot is on its way
    }
    const figure::FigurePlan plan = m_planWatcher.result().second;
    m_plotNote->setText(plan.error);
    m_plotNote->setVisible(!plan.draw);
    if (!plan.draw) {
        m_plot->clearPlottables();
        m_plot->clearItems();
        m_plot->replot();
        Q_EMIT plotShown(plan.error);
        return;
    }
    plan.draw(m_plot, m_theme);
    figure::fitLegend(m_plot, m_plot->width());
    m_plot->replot();
    Q_EMIT plotShown(QString());
}

} // namespace rb::ui
