// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups.h"

#include <QHash>
#include <cmath>

namespace rb::stats {

QList<Group> groupsFromResults(const ResultSet& results, const QString& metric)
{
    QList<Group> groups;
    QHash<QString, qsizetype> index;
    for (const RunRecord& r : results.runs) {
        if (r.spec.warmup) {
            continue;
        }
        const QString key = r.spec.configKey();
        if (!index.contains(key)) {
            index.insert(key, groups.size());
            groups << Group { key, r.spec.runtime, r.spec.workload.label(), r.spec.scenario.kind, {}, {}, 0 };
        }
        Group& g = groups[index.value(key)];
        if (!r.ok) {
            ++g.failed;
            continue;
        }
        for (const Measurement& m : r.measurements) {
            if (m.metric == metric && std::isfinite(m.value)) {
                g.values.push_back(m.value);
                g.unit = m.unit;
            }
        }
    }
    return groups;
}

} // namespace rb::stats
