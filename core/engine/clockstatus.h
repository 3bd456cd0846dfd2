// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace rb {

/// This host's clock as the kernel sees it, read with adjtimex(2) (read-only, modes 0) — no systemd or
/// timedatectl needed — plus CLOCK_REALTIME and CLOCK_MONOTONIC read together. Keys (docs/multi-host.md):
/// "synchronised" (STA_UNSYNC clear and the state is not TIME_ERROR), "status" (the raw status bits),
/// "state" (adjtimex's return value), "max_error_us", "est_error_us", "offset_us", "realtime_unix_ns",
/// "monotonic_ns", "read_gap_ns" (how far apart the two clock readings were), "source": "adjtimex".
/// Any thread.
QJsonObject clockStatus();

} // namespace rb
