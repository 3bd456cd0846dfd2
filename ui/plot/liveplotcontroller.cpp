// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveplotcontroller.h"

#include "coldstartplot.h"
#include "distributionplot.h"
#include "instanceplot.h"
#include "loadliveplots.h"

namespace rb::ui {

namespace {
/// Axes are refitted every this many ticks (~4 times a second at 30 fps), not on every one.
constexpr int kRescaleEvery = 8;
} // namespace

LivePlotController::LivePlotController(ExperimentController* controller, ColdStartPlot* plot,
    DistributionPlot* distribution, LoadLivePlots* load, InstancePlot* instances, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_plot(plot)
    , m_distribution(distribution)
    , m_load(load)
    , m_instances(instances)
{
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &LivePlotController::drain);
}

void LivePlotController::setInterval(int ms)
{
    m_timer.setInterval(std::clamp(ms, 16, 100));
}

void LivePlotController::setRate(int perSecond)
{
    setInterval(1000 / std::clamp(perSecond, 10, 60));
}

std::size_t LivePlotController::dropped() const
{
    return m_controller ? m_controller->liveBuffer().dropped() + m_controller->liveFeed().dropped() : 0;
}

void LivePlotController::start()
{
    m_ticks = 0;
    m_lastRescale = -1;
    if (m_load) {
        m_load->clear();
    }
    m_timer.start();
}

void LivePlotController::stop()
{
    m_timer.stop();
    m_lastRescale = -1; // the last drain refits the axes
    drain(); // what arrived after the last tick
}

void LivePlotController::drain()
{
    if (!m_controller) {
        return;
    }
    m_scratch.clear();
    if (m_controller->liveBuffer().drain(m_scratch) > 0) {
        if (m_plot) {
            m_plot->addPoints(m_scratch);
        }
        if (m_distribution) {
            m_distribution->addPoints(m_scratch);
        }
    }
    const bool rescale = m_lastRescale < 0 || m_ticks - m_lastRescale >= kRescaleEvery;
    const bool drewLoad = drainLoad(rescale);
    const bool drewInstances = drainInstances(rescale);
    if (rescale && (drewLoad || drewInstances)) {
        m_lastRescale = m_ticks;
    }
    ++m_ticks;
}

bool LivePlotController::drainLoad(bool rescale)
{
    LiveFeed& feed = m_controller->liveFeed();
    m_rates.clear();
    m_latency.clear();
    m_resources.clear();
    const std::size_t n = feed.rates.drain(m_rates) + feed.latency.drain(m_latency) + feed.resources.drain(m_resources);
    if (!m_load || n == 0) {
        return false;
    }
    m_load->addRates(m_rates);
    if (!m_latency.empty()) {
        m_load->setLatency(m_latency.back()); // only the newest snapshot is drawn
    }
    m_load->addResources(m_resources);
    m_load->refresh(rescale);
    return true;
}

bool LivePlotController::drainInstances(bool rescale)
{
    m_instancePoints.clear();
    if (m_controller->liveFeed().instances.drain(m_instancePoints) == 0 || !m_instances) {
        return false;
    }
    m_instances->addPoints(m_instancePoints);
    m_instances->refresh(rescale);
    return true;
}

} // namespace rb::ui
