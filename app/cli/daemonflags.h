// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/installation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <atomic>

namespace rb::cli {

/// --start-daemons: the user allows Runbench to start a private dockerd/containerd for this command.
QCommandLineOption startDaemonsOption();

/// Options for Installation::discover(): --start-daemons, `cancel` (set on SIGINT/SIGTERM), and the
/// daemons' start and stop lines on stderr.
DiscoverOptions discoverOptions(const QCommandLineParser& parser, const std::atomic<bool>& cancel);

/// Stops the private daemons of `inst` now (also on the way out after a cancel), so their lines come
/// before the command's last words. Returns false when something was left behind (said on stderr).
bool stopDaemons(const Installation& inst);

/// Makes SIGINT and SIGTERM set the returned flag instead of ending the process, so that runs are
/// cancelled and private daemons stopped on the way out. Call once, before discovery.
const std::atomic<bool>& cancelOnSignals();

} // namespace rb::cli
