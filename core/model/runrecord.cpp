// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrecord.h"

#include <limits>

namespace rb {

QString RunSpec::configKey() const
{
    return runtime + QLatin1Char('/') + workload.label() + QLatin1Char('/') + scenario.label();
}

QString RunSpec::launchTag() const
{
    if (index < 0) {
        return QStringLiteral("probe");
    }
    return instance > 0 ? QStringLiteral("%1-%2").arg(index).arg(instance) : QString::number(index);
}

double RunRecord::value(const QString& metric) const
{
    for (const Measurement& m : measurements) {
        if (m.metric == metric) {
            return m.value;
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace rb
