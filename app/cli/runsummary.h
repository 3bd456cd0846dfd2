// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"

#include <QJsonArray>
#include <QString>

namespace rb::cli {

/// Per configuration: n, failed, and median/mean/sd/min/max of wall, user and sys time and max RSS.
/// Per configuration, the headline metric of its scenario kind (wall_ms, first_200_ms, requests_per_s, …):
/// n, failed, median, min and max.
QString summaryTable(const ResultSet& results);
QJsonArray summaryJson(const ResultSet& results);

} // namespace rb::cli
