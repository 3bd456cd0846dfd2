// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/report.h"

#include <QJsonObject>
#include <QString>

namespace rb {

/// The JSON document of `runbench-cli stats --json` (keys documented in docs/methodology.md).
/// Undefined values are null, never 0.
QJsonObject statsReportJson(const stats::Report& report);

/// The readable text tables of `runbench-cli stats` (summary, omnibus, pairwise, warnings).
QString statsReportText(const stats::Report& report);

} // namespace rb
