// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "processlauncher.h"
#include "readiness.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <functional>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace rb {

/// A run that ends when the process is ready (or fails to become ready).
struct ReadyOutcome
{
    /// How the process ended once stopped: usually Signalled (SIGTERM) or Exited; its rusage fields are set when
    /// runbench-spawn could still report (the process ended within the grace period), 0 otherwise. wallMs is
    /// t_fork → t_exit from the helper, or this process's view (t_fork, else before the spawn, → end) when the
    /// helper was killed.
    ProcessOutcome process;
    bool ready = false;
    /// When !ready: "not ready after 5 s (connect: Connection refused, 4711 attempts)", "exited before ready:
    /// exit code 1", "cancelled", "could not start: …".
    QString failure;
    double readyMs = NAN; ///< t_fork → the probe saw the condition (CLOCK_MONOTONIC)
    std::int64_t forkNs = 0; ///< t_fork, CLOCK_MONOTONIC ns (0 when the helper never reported it)
    std::int64_t readyNs = 0; ///< when the probe saw the condition, CLOCK_MONOTONIC ns (0 when not ready)
    /// Each phase reached, ms after t_fork: "tcp" then "http" for an HTTP probe; "tcp", "line" or "file" otherwise.
    std::vector<std::pair<QString, double>> phases;
    int attempts = 0; ///< connect/request attempts of a Tcp or Http probe
    bool killedAfterGrace = false; ///< SIGTERM was not enough: the group got SIGKILL and no rusage is known
    /// CPU time (user + system) this thread spent from the spawn to readiness: the probe's cost.
    double probeCpuMs = 0;
    /// With whileReady: the process ended while the callback ran (a server that crashed under load).
    bool exitedWhileHeld = false;
};

/// Starts a process like runProcess (through runbench-spawn, in its own process group, stdout/stderr captured)
/// and probes it until `readiness` holds, request.timeout passes, the process exits, or `cancel` is set. Then
/// the whole group gets SIGTERM, and SIGKILL if anything is left after `grace`.
///
/// Blocks the calling thread (a worker, never the GUI thread); the probe runs on it, in one ppoll loop with
/// sub-millisecond timeouts (see ReadinessProbe for the polling strategy). Kind::Exit delegates to runProcess.
///
/// whileReady (optional): called once the process is ready, on a thread of its own, with the pid of the group
/// leader (runbench-spawn, whose child is the target: a resource sampler's root); the process keeps running, and
/// its output keeps being drained, until the callback returns. Then it is stopped as above. Scenarios that load
/// a running server use it.
ReadyOutcome runUntilReady(const ProcessRequest& request, const ReadinessSpec& readiness,
    std::chrono::milliseconds grace = std::chrono::milliseconds(2000), const std::atomic<bool>* cancel = nullptr,
    const std::function<void(pid_t groupLeader)>& whileReady = {});

} // namespace rb
