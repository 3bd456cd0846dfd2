// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveplotcontroller.h"

#include "coldstartplot.h"

namespace rb::ui {

LivePlotController::LivePlotController(ExperimentController* controller, ColdStartPlot* plot, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_plot(plot)
{
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &LivePlotController::drain);
}

void LivePlotController::setInterval(int ms)
{
    m_timer.setInterval(std::clamp(ms, 16, 100));
}

std::size_t LivePlotController::dropped() const
{
    return m_controller ? m_controller->liveBuffer().dropped() : 0;
}

void LivePlotController::start()
{
    m_timer.start();
}

void LivePlotController::stop()
{
    m_timer.stop();
    drain(); // what arrived after the last tick
}

void LivePlotController::drain()
{
    if (!m_controller || !m_plot) {
        return;
    }
    m_scratch.clear();
    if (m_controller->liveBuffer().drain(m_scratch) > 0) {
        m_plot->addPoints(m_scratch);
    }
}

} // namespace rb::ui
