// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY placeholder while the scenario is written (issue #6): every run fails with this reason.
#include "engine/scenario.h"

namespace rb {

RunRecord runCpuScaling(const ScenarioContext& ctx, bool* cancelled)
{
    *cancelled = false;
    RunRecord rec = ctx.newRecord();
    rec.error = QStringLiteral("scenario %1 is not implemented yet").arg(ctx.run().scenario.kind);
    return rec;
}

} // namespace rb
