// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/experimentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rb::ui {

class ColdStartPlot;

/// Drains the engine's live buffer into the plot on a timer (33 ms by default, i.e. at most
/// ~30 redraws a second), only while an experiment runs. GUI thread.
class LivePlotController : public QObject
{
    Q_OBJECT
public:
    LivePlotController(ExperimentController* controller, ColdStartPlot* plot, QObject* parent = nullptr);
    void setInterval(int ms);
    /// Values the worker had to drop because the buffer was full (shown in the status bar).
    std::size_t dropped() const;

public Q_SLOTS:
    void start();
    void stop();
    void drain();

private:
    QPointer<ExperimentController> m_controller;
    QPointer<ColdStartPlot> m_plot;
    QTimer m_timer;
    std::vector<LivePoint> m_scratch;
};

} // namespace rb::ui
