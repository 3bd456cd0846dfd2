// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/resultfolder.h"

#include <QList>
#include <QString>
#include <vector>

namespace rb::stats {

/// The values of one metric for one configuration (runtime × workload × scenario) of a results folder.
struct Group
{
    QString name; ///< "runtime/workload/scenario"
    QString runtime;
    QString workload;
    QString scenario;
    QString unit;
    std::vector<double> values; ///< successful, measured (not warm-up) runs, in run order
    int failed = 0; ///< measured runs that failed
};

/// Groups a results folder's measured runs by configuration, in first-appearance order.
QList<Group> groupsFromResults(const ResultSet& results, const QString& metric);

} // namespace rb::stats
