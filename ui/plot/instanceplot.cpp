// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceplot.h"

#include "figurecommon.h"
#include "model/scenariokinds.h"

#include <QSet>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

InstanceMeasure measureOf(const RunSpec& c)
{
    const ScenarioKindDef* kind = findScenarioKind(c.scenario.kind);
    return kind ? kind->instanceMeasure : InstanceMeasure::None;
}

/// A value as drawn: PSS in MiB (the series is KiB; dividing by 1024 is exact), times as they are.
double drawn(const LiveInstance& p)
{
    return p.measure == InstanceMeasure::PssKb ? p.value / 1024.0 : p.value;
}

/// Log scale when the values span more than a factor of 20 (runtimes 1 ms and 200 ms apart), else linear from 0 so
/// that a run's shape (instances slowing each other down) shows.
void fitValueAxis(QCPAxis* axis, const QList<QCPGraph*>& graphs)
{
    bool found = false;
    QCPRange all(0, 0);
    for (QCPGraph* g : graphs) {
        bool ok = false;
        const QCPRange r = g->getValueRange(ok, QCP::sdPositive);
        if (ok) {
            all = found ? QCPRange(std::min(all.lower, r.lower), std::max(all.upper, r.upper)) : r;
            found = true;
        }
    }
    const bool log = found && figure::wantsLogScale(all.lower, all.upper);
    if (log != (axis->scaleType() == QCPAxis::stLogarithmic)) {
        if (log) {
            PlotTheme::makeLogAxis(axis);
        } else {
            axis->setScaleType(QCPAxis::stLinear);
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            axis->grid()->setSubGridVisible(false);
        }
    }
    if (log) {
        PlotTheme::setLogRange(axis, all.lower, all.upper, 1.3);
    } else {
        axis->setRange(0, found && all.upper > 0 ? all.upper * 1.08 : 1);
    }
}

} // namespace

QStringList instanceConfigurationLabels(const QList<RunSpec>& configurations)
{
    // The parts of a name: runtime, workload, scenario name, its levels ("max_parallel=4", from the scenario label).
    const auto partsOf = [](const RunSpec& c) {
        const QString name = c.scenario.name.isEmpty() ? c.scenario.kind : c.scenario.name;
        return std::array<QString, 4> { c.runtime, c.workload.label(), name,
            c.scenario.label().mid(name.size()).trimmed() };
    };
    std::array<QSet<QString>, 4> seen;
    for (const RunSpec& c : configurations) {
        if (measureOf(c) != InstanceMeasure::None) {
            const auto parts = partsOf(c);
            for (std::size_t i = 0; i < parts.size(); ++i) {
                seen[i].insert(parts[i]);
            }
        }
    }
    QStringList labels;
    for (const RunSpec& c : configurations) {
        QStringList shown;
        if (measureOf(c) != InstanceMeasure::None) {
            const auto parts = partsOf(c);
            for (std::size_t i = 0; i < parts.size(); ++i) {
                if (seen[i].size() > 1 && !parts[i].isEmpty()) {
                    shown << parts[i];
                }
            }
            if (shown.isEmpty()) {
                shown << c.scenario.label(); // one configuration: what it runs
            }
        }
        labels << shown.join(QStringLiteral(" · "));
    }
    return labels;
}

InstancePlot::InstancePlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(figure::fillWithPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    setMinimumSize(220, 160);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setLabel(tr("Instance"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1); // instance numbers: 1, 2, 5, 10 … apart, never between two instances
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(whole);
    m_plot->xAxis->setSubTicks(false);
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { figure::fitLegend(m_plot, m_plot->width()); });
    setConfigurations({});
}

bool InstancePlot::wanted(const QList<RunSpec>& configurations)
{
    return std::any_of(configurations.begin(), configurations.end(),
        [](const RunSpec& c) { return measureOf(c) != InstanceMeasure::None; });
}

void InstancePlot::setConfigurations(const QList<RunSpec>& configurations)
{
    m_plot->clearGraphs();
    m_runs.clear();
    m_legendEntries.clear();
    m_colourSlot.clear();
    m_labels = instanceConfigurationLabels(configurations);
    m_hasWall = m_hasPss = false;
    for (qsizetype i = 0; i < configurations.size(); ++i) {
        const InstanceMeasure m = measureOf(configurations[i]);
        if (m != InstanceMeasure::None) {
            m_colourSlot.insert(int(i), int(m_colourSlot.size()));
        }
        m_hasWall = m_hasWall || m == InstanceMeasure::WallMs;
        m_hasPss = m_hasPss || m == InstanceMeasure::PssKb;
    }
    // Launch times on the left; PSS on the right beside them, or on the left when it is all there is.
    const QString wall = tr("Launch → exit (ms)");
    const QString pss = tr("PSS per instance (MiB)");
    m_plot->yAxis->setLabel(m_hasWall || !m_hasPss ? wall : pss);
    m_plot->yAxis2->setLabel(pss);
    m_plot->yAxis2->setVisible(m_hasWall && m_hasPss);
    m_theme.apply(m_plot); // after yAxis2's visibility: the theme styles the visible axes
    figure::showLegend(m_plot, 3); // none yet: out of the layout, where an empty legend squeezes the axes
    refresh(true);
}

QCPAxis* InstancePlot::axisFor(InstanceMeasure measure) const
{
    return measure == InstanceMeasure::PssKb && m_hasWall ? m_plot->yAxis2 : m_plot->yAxis;
}

void InstancePlot::styleGraph(QCPGraph* g, InstanceMeasure measure, int configIndex, bool warmup) const
{
    // Warm-ups thin, grey and hollow: context behind the measured runs, as in the cold-start plot.
    const QColor colour = warmup ? m_theme.muted : m_theme.colour(m_colourSlot.value(configIndex));
    const bool pss = measure == InstanceMeasure::PssKb;
    g->setPen(QPen(colour, warmup ? 1.0 : m_theme.lineWidth, pss ? Qt::DashLine : Qt::SolidLine));
    const auto shape = pss ? QCPScatterStyle::ssSquare : warmup ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssDisc;
    g->setScatterStyle(
        QCPScatterStyle(shape, QPen(colour), warmup ? QBrush(Qt::NoBrush) : QBrush(colour), warmup ? 4 : 5));
}

void InstancePlot::addLegendEntry(int configIndex, InstanceMeasure measure, bool warmup)
{
    const int key = warmup ? -1 : configIndex;
    if (m_legendEntries.contains(key)) {
        return;
    }
    // A graph without points stands for every run of the configuration: runs come and go (kMaxRuns), it stays.
    QCPGraph* g = m_plot->addGraph(m_plot->xAxis, axisFor(measure));
    styleGraph(g, measure, configIndex, warmup);
    g->setName(warmup ? tr("warm-up (not analysed)") : m_labels.value(configIndex));
    m_legendEntries.insert(key, g);
    figure::showLegend(m_plot, 3); // below the axes once it has an entry (fitLegend then sets the columns)
}

QCPGraph* InstancePlot::graphFor(const LiveInstance& p)
{
    const auto it = m_runs.find(p.runIndex);
    if (it != m_runs.end()) {
        return it->second;
    }
    if (!m_runs.empty() && p.runIndex < m_runs.begin()->first && int(m_runs.size()) >= kMaxRuns) {
        return nullptr; // a run older than every one kept
    }
    addLegendEntry(p.configIndex, p.measure, p.warmup);
    QCPGraph* g = m_plot->addGraph(m_plot->xAxis, axisFor(p.measure));
    styleGraph(g, p.measure, p.configIndex, p.warmup);
    g->removeFromLegend();
    m_runs.emplace(p.runIndex, g);
    dropOldRuns();
    return g;
}

void InstancePlot::dropOldRuns()
{
    while (int(m_runs.size()) > kMaxRuns) {
        m_plot->removeGraph(m_runs.begin()->second);
        m_runs.erase(m_runs.begin());
    }
}

void InstancePlot::addPoints(const std::vector<LiveInstance>& points)
{
    for (const LiveInstance& p : points) {
        if (p.measure == InstanceMeasure::None) {
            continue;
        }
        if (QCPGraph* g = graphFor(p)) {
            g->addData(p.instance, drawn(p)); // kept sorted by instance: concurrent instances end in any order
        }
    }
}

void InstancePlot::refresh(bool rescale)
{
    if (rescale) {
        QList<QCPGraph*> left;
        QList<QCPGraph*> right;
        double lastInstance = 3; // at least 0–3: a first point is not alone on a one-tick axis
        for (const auto& [run, g] : m_runs) {
            (g->valueAxis() == m_plot->yAxis ? left : right) << g;
            bool ok = false;
            const QCPRange keys = g->getKeyRange(ok);
            if (ok) {
                lastInstance = std::max(lastInstance, keys.upper);
            }
        }
        m_plot->xAxis->setRange(-0.5, lastInstance + 0.5);
        fitValueAxis(m_plot->yAxis, left);
        fitValueAxis(m_plot->yAxis2, right);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int InstancePlot::pointCount() const
{
    int n = 0;
    for (const auto& [run, g] : m_runs) {
        n += g->dataCount();
    }
    return n;
}

QCPGraph* InstancePlot::runGraph(int runIndex) const
{
    const auto it = m_runs.find(runIndex);
    return it == m_runs.end() ? nullptr : it->second;
}

} // namespace rb::ui
