// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace rb {

/// What the machine was when an experiment ran: kernel, OS, CPU model and count, memory, CPU
/// frequency governor, SMT, cgroup version, app and Qt versions, and "clock" (clockStatus(): NTP state,
/// CLOCK_REALTIME and CLOCK_MONOTONIC read together). Also printed by `runbench-cli fingerprint` and written as
/// experiment.json's "fingerprint" (docs/multi-host.md). Values that cannot be read are null, never guessed. Any thread
/// (reads /proc and /sys).
QJsonObject environmentFingerprint();

} // namespace rb
