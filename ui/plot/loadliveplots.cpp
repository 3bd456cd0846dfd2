// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadliveplots.h"

#include "figurecommon.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

/// Seconds of history kept in the time plots (older points are removed each tick).
constexpr double kWindowS = 300;

QCPGraph* lineGraph(QCustomPlot* plot, QCPAxis* valueAxis, const QPen& pen, const QString& name)
{
    QCPGraph* g = plot->addGraph(plot->xAxis, valueAxis);
    g->setPen(pen);
    g->setName(name);
    g->setAdaptiveSampling(true);
    return g;
}

/// Fits the value axis of `graphs` from 0 to their maximum (+8 %); at least `minUpper`.
void fitFromZero(QCPAxis* axis, std::initializer_list<QCPGraph*> graphs, double minUpper)
{
    double upper = minUpper;
    for (QCPGraph* g : graphs) {
        bool ok = false;
        const QCPRange r = g->getValueRange(ok);
        if (ok) {
            upper = std::max(upper, r.upper * 1.08);
        }
    }
    axis->setRange(0, upper);
}

} // namespace

LoadLivePlots::LoadLivePlots(QWidget* parent)
    : QObject(parent)
    , m_theme(PlotTheme::fromApplicationPalette())
    , m_spectrum(new QCustomPlot(parent))
    , m_rate(new QCustomPlot(parent))
    , m_resources(new QCustomPlot(parent))
{
    for (QCustomPlot* p : { m_spectrum, m_rate, m_resources }) {
        m_theme.apply(p);
        p->setMinimumSize(220, 160);
        p->setNoAntialiasingOnDrag(true);
    }
    setUpSpectrum();
    setUpRate();
    setUpResources();
}

void LoadLivePlots::setUpSpectrum()
{
    m_spectrum->xAxis->setLabel(tr("Percentile (%)"));
    m_spectrum->yAxis->setLabel(tr("Latency (ms)"));
    figure::setPercentileAxis(m_spectrum->xAxis, 1e5);
    PlotTheme::makeLogAxis(m_spectrum->yAxis);
    m_spectrum->yAxis->setRange(0.01, 10);
    m_spectrum->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom | QCP::msTop);
    m_spectrum->axisRect()->setMargins(QMargins(0, 0, 14, 0)); // the maximum sits on the right edge
    m_spectrumGraph = lineGraph(m_spectrum, m_spectrum->yAxis, QPen(m_theme.colour(0), m_theme.lineWidth), {});
    m_spectrumGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    m_spectrumGraph->setName(tr("current level"));
    PlotTheme::placeLegendBelow(m_spectrum);
}

void LoadLivePlots::setUpRate()
{
    m_rate->xAxis->setLabel(tr("Time since start (s)"));
    m_rate->yAxis->setLabel(tr("Requests/s"));
    m_rate->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_achieved = lineGraph(m_rate, m_rate->yAxis, QPen(m_theme.colour(0), m_theme.lineWidth), tr("achieved"));
    QPen requested(m_theme.colour(1), m_theme.lineWidth, Qt::DashLine);
    m_requested = lineGraph(m_rate, m_rate->yAxis, requested, tr("requested"));
    m_requested->setLineStyle(QCPGraph::lsStepLeft);
    PlotTheme::placeLegendBelow(m_rate);
}

void LoadLivePlots::setUpResources()
{
    QCustomPlot* p = m_resources;
    p->xAxis->setLabel(tr("Time since start (s)"));
    p->yAxis->setLabel(tr("CPU (% of one core)"));
    p->yAxis2->setVisible(true);
    p->yAxis2->setLabel(tr("Memory (MiB)"));
    m_theme.apply(p); // again: yAxis2 is visible only now
    m_cpu = lineGraph(p, p->yAxis, QPen(m_theme.colour(2), m_theme.lineWidth), tr("CPU"));
    m_rss = lineGraph(p, p->yAxis2, QPen(m_theme.colour(3), m_theme.lineWidth), tr("RSS"));
    m_pss = lineGraph(p, p->yAxis2, QPen(m_theme.colour(4), m_theme.lineWidth, Qt::DashLine), tr("PSS"));
    PlotTheme::placeLegendBelow(p);
}

void LoadLivePlots::clear()
{
    for (QCPGraph* g : { m_spectrumGraph, m_achieved, m_requested, m_cpu, m_rss, m_pss }) {
        g->data()->clear();
    }
    m_rates = m_snapshots = m_samples = 0;
    m_latestS = 0;
    m_lastRateRun = m_lastResourceRun = -1;
    refresh(true);
}

void LoadLivePlots::addRates(const std::vector<LiveRate>& rates)
{
    QVector<double> t, achieved, rt, requested;
    for (const LiveRate& r : rates) {
        if (r.runIndex != m_lastRateRun && m_lastRateRun >= 0) {
            // A new run: NaN breaks the lines, so that neither is drawn across the gap between two loads.
            t << r.tS - 0.05;
            achieved << qQNaN();
            rt << r.tS - 0.05;
            requested << qQNaN();
        }
        m_lastRateRun = r.runIndex;
        t << r.tS;
        achieved << r.achievedPerS;
        if (std::isfinite(r.requestedPerS)) {
            rt << r.tS;
            requested << r.requestedPerS;
        }
        m_latestS = std::max(m_latestS, r.tS);
    }
    m_achieved->addData(t, achieved, true);
    m_requested->addData(rt, requested, true);
    m_rates += rates.size();
}

void LoadLivePlots::setLatency(const LiveLatency& l)
{
    // x = 1/(1 − p): percentiles finer than the number of requests resolve are left out; p = 100 (the maximum)
    // is drawn at x = count, as in the HDR spectrum figure.
    const double n = std::max(2.0, double(l.count));
    QVector<double> x, y;
    for (std::size_t i = 0; i < l.ms.size(); ++i) {
        const double p = LiveLatency::kPercentiles[i] / 100.0;
        const double xi = p < 1 ? 1.0 / (1.0 - p) : n;
        if (xi <= n && l.ms[i] > 0 && (x.isEmpty() || xi > x.back())) {
            x << xi;
            y << l.ms[i];
        }
    }
    m_spectrumGraph->setData(x, y, true);
    m_spectrumGraph->setName(
        tr("run %1, %n request(s)", nullptr, int(std::min<std::int64_t>(l.count, INT32_MAX))).arg(l.runIndex + 1));
    figure::setPercentileAxis(m_spectrum->xAxis, n);
    m_spectrum->xAxis->setRangeUpper(n * 2); // room for the marker of the maximum
    if (!y.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
        PlotTheme::setLogRange(m_spectrum->yAxis, *lo, *hi, 1.5);
    }
    ++m_snapshots;
}

void LoadLivePlots::addResources(const std::vector<LiveResource>& resources)
{
    for (const LiveResource& r : resources) {
        if (r.runIndex != m_lastResourceRun && m_lastResourceRun >= 0) {
            for (QCPGraph* g : { m_cpu, m_rss, m_pss }) {
                g->addData(r.tS - 0.05, qQNaN()); // each run's target is a new process: a new line
            }
        }
        m_lastResourceRun = r.runIndex;
        if (std::isfinite(r.cpuPercent)) {
            m_cpu->addData(r.tS, r.cpuPercent);
        }
        m_rss->addData(r.tS, r.rssMiB);
        if (std::isfinite(r.pssMiB)) {
            m_pss->addData(r.tS, r.pssMiB);
        }
        m_latestS = std::max(m_latestS, r.tS);
    }
    m_samples += resources.size();
}

void LoadLivePlots::refresh(bool rescale)
{
    const double windowStart = m_latestS - kWindowS;
    for (QCPGraph* g : { m_achieved, m_requested, m_cpu, m_rss, m_pss }) {
        g->data()->removeBefore(windowStart);
    }
    if (rescale) {
        const double lo = std::max(0.0, windowStart);
        const double hi = std::max(lo + 10, m_latestS + 1);
        m_rate->xAxis->setRange(lo, hi);
        m_resources->xAxis->setRange(lo, hi);
        fitFromZero(m_rate->yAxis, { m_achieved, m_requested }, 10);
        fitFromZero(m_resources->yAxis, { m_cpu }, 100);
        fitFromZero(m_resources->yAxis2, { m_rss, m_pss }, 1);
    }
    for (QCustomPlot* p : { m_spectrum, m_rate, m_resources }) {
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace rb::ui
