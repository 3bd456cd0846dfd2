// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionplot.h"

#include "coldstartplot.h"
#include "figurecommon.h"
#include "figures.h"
#include "stats/groups.h"

#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui {

DistributionPlot::DistributionPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(figure::fillWithPlot(this))
    , m_theme(PlotTheme::fromApplicationPalette())
{
    m_theme.apply(m_plot);
    m_plot->xAxis->setLabel(tr("Cold start to exit (ms)"));
    m_plot->yAxis->setLabel(tr("Fraction of runs ≤ x"));
    PlotTheme::makeLogAxis(m_plot->xAxis);
    m_plot->yAxis->setRange(0, 1.05);
    m_plot->xAxis->setRange(0.1, 1000); // a log axis needs a positive range even before data arrive
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    figure::showLegend(m_plot, 3); // empty until a configuration has runs: out of the layout, not squeezing the axes
    // As many legend columns as the width holds, long entries wrapped (the Figures view's rule): with 3 fixed
    // columns a half-width plot cut its entries.
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { figure::fitLegend(m_plot, m_plot->width()); });
}

void DistributionPlot::setResults(const ResultSet& results)
{
    // Drawn by the same ECDF builder as `runbench-cli figure ecdf`, in the screen theme.
    std::vector<stats::NamedSample> groups;
    for (const stats::Group& g : stats::groupsFromResults(results, QStringLiteral("wall_ms"))) {
        if (!g.values.empty()) {
            groups.push_back({ g.name, g.values });
        }
    }
    draw(std::move(groups));
    m_plot->replot();
}

void DistributionPlot::setConfigurations(const QList<RunSpec>& configurations)
{
    m_configurations = configurations;
    m_live.assign(std::size_t(configurations.size()), {});
    draw({});
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DistributionPlot::addPoints(const std::vector<LivePoint>& points)
{
    bool added = false;
    for (const LivePoint& p : points) {
        if (p.ok && !p.warmup && std::isfinite(p.wallMs) && p.configIndex >= 0
            && std::size_t(p.configIndex) < m_live.size()) {
            m_live[std::size_t(p.configIndex)].push_back(p.wallMs);
            added = true;
        }
    }
    if (!added) {
        return;
    }
    std::vector<stats::NamedSample> groups;
    const QStringList labels = configurationLabels(m_configurations);
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        if (!m_live[i].empty()) {
            groups.push_back({ labels[qsizetype(i)], m_live[i] });
        }
    }
    draw(std::move(groups));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DistributionPlot::draw(std::vector<stats::NamedSample> groups)
{
    rb::figure::SampleFigure data = rb::figure::sampleFigure(std::move(groups), QStringLiteral("wall_ms"));
    data.valueTitle = tr("Cold start to exit (ms)");
    figure::drawEcdf(m_plot, data, m_theme);
    m_plot->yAxis->setLabel(tr("Fraction of runs ≤ x"));
    if (data.groups.empty()) {
        PlotTheme::makeLogAxis(m_plot->xAxis);
        m_plot->xAxis->setRange(0.1, 1000); // a log axis needs a positive range even before data arrive
    }
}

} // namespace rb::ui
