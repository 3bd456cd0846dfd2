// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure/daemonmemory.h"
#include "model/runrecord.h"
#include "runner/installation.h"

#include <QList>

namespace rb {

/// The daemon processes behind `runner`'s containers: its daemonProcessNames(), limited to the private
/// daemon's descendants and the processes naming its folder when Runbench started it (else every process
/// of those names: the user's daemon). Empty names: the runner has no daemon side.
DaemonScope daemonScope(const Installation& installation, const Runner& runner);

/// daemon_rss_kb, daemon_pss_kb, daemon_uss_kb and daemon_processes of `runner`'s daemon side now (after a
/// run: the daemon's standing cost). Empty when it has none or none of its processes is running (Podman's
/// conmon exits with its container).
QList<Measurement> daemonMeasurements(const Installation& installation, const Runner& runner);

} // namespace rb
