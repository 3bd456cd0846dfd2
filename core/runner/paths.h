// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb {

/// Where Runbench finds its data and runner plugins. The build tree mirrors the install layout
/// (bin/, lib/runbench/runners, share/runbench), so both work the same way.
namespace paths {

/// share/runbench: $RUNBENCH_DATA_DIR, else <dir of the executable>/../share/runbench, else the install prefix's.
QString dataDir();
/// Runner plugin folders: $RUNBENCH_RUNNER_PATH (colon-separated), then <exe>/../lib/runbench/runners,
/// then the install prefix's.
QStringList runnerDirs();
/// The runbench-spawn trampoline every measured process starts through (see core/measure/processlauncher.cpp):
/// $RUNBENCH_SPAWN_HELPER, else <exe>/../lib/runbench/runbench-spawn when it exists, else the install prefix's.
/// Callable from any thread.
QString spawnHelper();
/// The runbench-figure helper that draws `runbench-cli figure` (GUI builds and the `runbench` package only):
/// $RUNBENCH_FIGURE_HELPER, else <exe>/../lib/runbench/runbench-figure when it exists, else the install prefix's.
/// Callable from any thread and before a QCoreApplication exists.
QString figureHelper();
/// A system program (dockerd, containerd, ip): in PATH, else in /usr/sbin, /sbin or /usr/bin, which a non-login
/// root shell may lack in PATH. Empty when not found.
QString systemProgram(const QString& name);
/// Profile folders: the shipped <dataDir>/profiles, then the user's
/// (~/.local/share/runbench/profiles, or $RUNBENCH_USER_PROFILES).
QStringList profileDirs();

} // namespace paths
} // namespace rb
