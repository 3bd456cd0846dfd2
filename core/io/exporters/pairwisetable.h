// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

namespace rb {

/// The pairwise table of `report` (`runbench-cli export --table pairwise`, docs/export.md): one row per pair
/// the report compared (every pair of groups, or each group against the report's baseline), named "A vs. B",
/// with n of each side, the Hodges–Lehmann shift A − B and its 95 % CI, the ratio of medians A / B, Cliff's δ,
/// the Mann–Whitney p, and the p adjusted by `options.correction` with its marks. Every number comes from
/// stats::PairReport; nothing is recomputed here. `options.center` does not apply (the table is median-based).
/// Any thread.
ExportTable buildPairwiseTable(const stats::Report& report, const ExportOptions& options);

} // namespace rb
