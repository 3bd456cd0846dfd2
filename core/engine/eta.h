// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <algorithm>

namespace rb {

/// Time left in an experiment: the mean duration of the runs finished so far in this session times the runs
/// still to do (runs of a resumed experiment that were already done count for neither). Used by the CLI's
/// progress line and the GUI's status bar. One thread.
class EtaEstimator
{
public:
    explicit EtaEstimator(int runsToDo)
        : m_toDo(runsToDo)
    {
        m_clock.start();
    }
    /// Call when a run finished.
    void runDone()
    {
        ++m_done;
    }
    /// Seconds left; negative while no run has finished.
    double secondsLeft() const
    {
        if (m_done == 0) {
            return -1;
        }
        const double perRun = double(m_clock.elapsed()) / 1000.0 / m_done;
        return perRun * std::max(0, m_toDo - m_done);
    }

private:
    QElapsedTimer m_clock;
    int m_toDo;
    int m_done = 0;
};

} // namespace rb
