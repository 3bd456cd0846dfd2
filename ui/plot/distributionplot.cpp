// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionplot.h"

#include "coldstartplot.h"
#include "stats/ecdf.h"
#include "stats/groups.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

const QList<Qt::PenStyle> kDashes = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };

} // namespace

DistributionPlot::DistributionPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_theme.apply(m_plot);
    m_plot->xAxis->setLabel(tr("Cold start to exit (ms)"));
    m_plot->yAxis->setLabel(tr("Fraction of runs ≤ x"));
    PlotTheme::makeLogAxis(m_plot->xAxis);
    m_plot->yAxis->setRange(0, 1.05);
    m_plot->xAxis->setRange(0.1, 1000); // a log axis needs a positive range even before data arrive
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    PlotTheme::placeLegendBelow(m_plot);
}

void DistributionPlot::setResults(const ResultSet& results)
{
    m_plot->clearGraphs();
    const QList<RunSpec> configs = results.configurations();
    const SeriesStyleIndex style = SeriesStyleIndex::of(configs);
    const QStringList& runtimes = style.runtimes;
    const QStringList& workloads = style.workloads;
    double lo = 1e300;
    double hi = 0;
    for (const stats::Group& g : stats::groupsFromResults(results, QStringLiteral("wall_ms"))) {
        const stats::Ecdf e = stats::ecdf(g.values);
        if (e.x.empty()) {
            continue;
        }
        QCPGraph* graph = m_plot->addGraph();
        QPen pen(m_theme.colour(int(runtimes.indexOf(g.runtime))), 2);
        pen.setStyle(kDashes[workloads.indexOf(g.workload) % kDashes.size()]);
        graph->setPen(pen);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setName(tr("%1 · %2 (n = %3)").arg(g.runtime, g.workload).arg(e.x.size()));
        // Start the step at y = 0 so each curve rises from the axis.
        QVector<double> x { e.x.front() };
        QVector<double> y { 0.0 };
        x += QVector<double>(e.x.begin(), e.x.end());
        y += QVector<double>(e.y.begin(), e.y.end());
        graph->setData(x, y, true);
        lo = std::min(lo, e.x.front());
        hi = std::max(hi, e.x.back());
    }
    if (hi > 0) {
        m_plot->xAxis->setRange(lo / 1.3, hi * 1.3);
    } else {
        m_plot->xAxis->setRange(0.1, 1000);
    }
    // An empty legend (before results arrive) caps its layout column at its own tiny maximum width, which
    // squeezed the axes into a sliver: it leaves the layout while empty.
    const bool inLayout = m_plot->plotLayout()->hasElement(1, 0);
    if (m_plot->legend->itemCount() == 0 && inLayout) {
        m_plot->plotLayout()->take(m_plot->legend);
        m_plot->plotLayout()->simplify();
    } else if (m_plot->legend->itemCount() > 0 && !inLayout) {
        PlotTheme::placeLegendBelow(m_plot);
    }
    m_plot->replot();
}

} // namespace rb::ui
