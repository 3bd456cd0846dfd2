// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <span>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Welch's unequal-variance t test, as scipy.stats.ttest_ind(a, b, equal_var=False), two-sided.
struct Welch
{
    std::optional<double> t; ///< (mean a − mean b) / √(sa²/na + sb²/nb)
    std::optional<double> df; ///< Welch–Satterthwaite
    std::optional<double> p;
    QString reason; ///< why the values are undefined
};

Welch welch(std::span<const double> a, std::span<const double> b);

} // namespace rb::stats
