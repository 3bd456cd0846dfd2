// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Cliff's δ = (#(a > b) − #(a < b)) / (m·n) = 2U/(m·n) − 1, in [−1, 1], from scipy's U of `a`.
double cliffsDelta(double u, std::size_t m, std::size_t n);
/// Vargha–Delaney A12 = P(a > b) + ½ P(a = b) = U/(m·n), in [0, 1].
double vargaDelaneyA12(double u, std::size_t m, std::size_t n);

} // namespace rb::stats
