// SPDX-License-Identifier: GPL-3.0-or-later
#include "coldstartplot.h"

#include "figurecommon.h"
#include "model/scenariokinds.h"

#include <QSet>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

const QList<QCPScatterStyle::ScatterShape> kShapes = { QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare,
    QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted,
    QCPScatterStyle::ssStar };

} // namespace

QStringList configurationLabels(const QList<RunSpec>& configurations)
{
    QSet<QString> runtimes;
    QSet<QString> workloads;
    for (const RunSpec& c : configurations) {
        const ScenarioKindDef* kind = findScenarioKind(c.scenario.kind);
        if (!kind || kind->headline == QLatin1String("wall_ms")) {
            runtimes.insert(c.runtime);
            workloads.insert(c.workload.label());
        }
    }
    QStringList labels;
    for (const RunSpec& c : configurations) {
        if (workloads.size() == 1 && runtimes.size() > 1) {
            labels << c.runtime;
        } else if (runtimes.size() == 1 && workloads.size() > 1) {
            labels << c.workload.label();
        } else {
            labels << QString(c.runtime + QStringLiteral(" · ") + c.workload.label());
        }
    }
    return labels;
}

ColdStartPlot::ColdStartPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(figure::fillWithPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    m_theme.apply(m_plot);
    m_plot->xAxis->setLabel(tr("Run (in execution order)"));
    m_plot->yAxis->setLabel(tr("Cold start to exit (ms)"));
    PlotTheme::makeLogAxis(m_plot->yAxis);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    PlotTheme::placeLegendBelow(m_plot);
    // As many legend columns as the width holds, long entries wrapped (the Figures view's rule): with 3 fixed
    // columns a half-width plot cut its entries.
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { figure::fitLegend(m_plot, m_plot->width()); });
    setConfigurations({});
}

void ColdStartPlot::setConfigurations(const QList<RunSpec>& configurations)
{
    m_plot->clearGraphs();
    m_graphs.clear();
    const SeriesStyleIndex style = SeriesStyleIndex::of(configurations);
    const QStringList& runtimes = style.runtimes;
    const QStringList& workloads = style.workloads;
    const QStringList labels = configurationLabels(configurations);
    for (qsizetype i = 0; i < configurations.size(); ++i) {
        const RunSpec& c = configurations[i];
        QCPGraph* g = m_plot->addGraph();
        const QColor colour = m_theme.colour(int(runtimes.indexOf(c.runtime)));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(
            QCPScatterStyle(kShapes[workloads.indexOf(c.workload.label()) % kShapes.size()], colour, colour, 6));
        g->setName(labels[i]);
        // Listed once it has a point: scenarios other than cold-start-exit have no wall_ms to show here,
        // and a legend of every configuration of a large experiment would bury the plot.
        g->removeFromLegend();
        m_graphs << g;
    }
    m_warmup = m_plot->addGraph();
    m_warmup->setLineStyle(QCPGraph::lsNone);
    m_warmup->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, m_theme.muted, 5));
    m_warmup->setName(tr("warm-up (not analysed)"));
    m_failed = m_plot->addGraph();
    m_failed->setLineStyle(QCPGraph::lsNone);
    m_failed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(m_theme.failure, 2), Qt::NoBrush, 8));
    m_failed->setName(tr("failed run"));
    m_plot->xAxis->setRange(0, 10);
    m_plot->yAxis->setRange(0.1, 1000);
    m_plot->replot();
}

void ColdStartPlot::addPoints(const std::vector<LivePoint>& points)
{
    if (points.empty()) {
        return;
    }
    for (const LivePoint& p : points) {
        const double key = p.runIndex + 1;
        if (!std::isfinite(p.wallMs) || p.wallMs <= 0) {
            continue;
        }
        if (!p.ok) {
            m_failed->addData(key, p.wallMs);
        } else if (p.warmup) {
            m_warmup->addData(key, p.wallMs);
        } else if (p.configIndex >= 0 && p.configIndex < m_graphs.size()) {
            QCPGraph* g = m_graphs[p.configIndex];
            if (g->dataCount() == 0 && !m_plot->legend->hasItemWithPlottable(g)) {
                g->addToLegend();
            }
            g->addData(key, p.wallMs);
        }
    }
    rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ColdStartPlot::setResults(const ResultSet& results)
{
    setConfigurations(results.configurations());
    std::vector<LivePoint> points;
    points.reserve(std::size_t(results.runs.size()));
    for (const RunRecord& r : results.runs) {
        points.push_back(
            LivePoint { r.spec.index, r.spec.configIndex, r.value(QStringLiteral("wall_ms")), r.ok, r.spec.warmup });
    }
    addPoints(points);
}

int ColdStartPlot::measuredPointCount() const
{
    int n = 0;
    for (QCPGraph* g : m_graphs) {
        n += g->dataCount();
    }
    return n;
}

void ColdStartPlot::rescale()
{
    bool found = false;
    QCPRange x;
    QCPRange y;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        bool ok = false;
        const QCPRange kx = m_plot->graph(i)->getKeyRange(ok);
        if (!ok) {
            continue;
        }
        const QCPRange vy = m_plot->graph(i)->getValueRange(ok, QCP::sdBoth);
        x = found ? QCPRange(std::min(x.lower, kx.lower), std::max(x.upper, kx.upper)) : kx;
        y = found ? QCPRange(std::min(y.lower, vy.lower), std::max(y.upper, vy.upper)) : vy;
        found = true;
    }
    if (found) {
        m_plot->xAxis->setRange(0, x.upper + 1);
        PlotTheme::setLogRange(m_plot->yAxis, y.lower, y.upper, 1.5);
    }
}

} // namespace rb::ui
