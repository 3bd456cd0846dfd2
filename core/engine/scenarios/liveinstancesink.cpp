// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveinstancesink.h"

namespace rb {

LiveInstanceSink::LiveInstanceSink(const ScenarioContext& ctx)
    : m_ctx(ctx)
{
    m_base.runIndex = ctx.run().index;
    m_base.configIndex = ctx.run().configIndex;
    m_base.warmup = ctx.run().warmup;
    const ScenarioKindDef* kind = findScenarioKind(ctx.run().scenario.kind);
    m_base.measure = kind ? kind->instanceMeasure : InstanceMeasure::None;
}

void LiveInstanceSink::push(int instance, std::int64_t tNs, double value)
{
    LiveFeed* feed = m_ctx.live();
    if (!feed || m_base.measure == InstanceMeasure::None || m_ctx.cancel().load()) {
        return;
    }
    LiveInstance p = m_base;
    p.instance = instance;
    p.tS = feed->secondsSinceOrigin(tNs);
    p.value = value;
    std::lock_guard lock(m_mutex);
    feed->instances.push(p);
}

} // namespace rb
