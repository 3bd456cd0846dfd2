// SPDX-License-Identifier: GPL-3.0-or-later
#include "mannwhitney.h"

#include "ranks.h"

#include <algorithm>
#include <cmath>

namespace rb::stats {

std::vector<long double> mannWhitneyCounts(std::int64_t m, std::int64_t n)
{
    const std::int64_t s = std::min(m, n);
    const std::int64_t t = std::max(m, n);
    const std::int64_t len = m * n + 1;
    std::vector<long double> c(std::size_t(len), 0.0L);
    c[0] = 1;
    // [t+s choose s]_q = Π_{j=1..s} (1 − q^{t+j}) / (1 − q^j): divide first (prefix sums, all positive),
    // then multiply; the series is truncated at degree m·n, which is exact for the final polynomial.
    for (std::int64_t j = 1; j <= s; ++j) {
        for (std::int64_t k = j; k < len; ++k) {
            c[std::size_t(k)] += c[std::size_t(k - j)];
        }
        for (std::int64_t k = len - 1; k >= t + j; --k) {
            c[std::size_t(k)] -= c[std::size_t(k - t - j)];
        }
    }
    return c;
}

MannWhitney mannWhitneySorted(std::span<const double> a, std::span<const double> b)
{
    const double n1 = double(a.size());
    const double n2 = double(b.size());
    const TwoSampleRanks r = rankSorted(a, b);
    MannWhitney res;
    res.u = r.rankSumA - n1 * (n1 + 1) / 2;
    const double u = std::max(res.u, n1 * n2 - res.u);
    // SciPy 1.10 _mwu_choose_method: exact when either sample has at most 8 values and nothing is tied.
    res.exact = (a.size() <= 8 || b.size() <= 8) && !r.ties;
    if (res.exact) {
        const auto counts = mannWhitneyCounts(std::int64_t(a.size()), std::int64_t(b.size()));
        // P(U ≥ u) = P(U ≤ m·n − u) by symmetry, summed from the left as scipy does.
        const auto kc = std::int64_t(std::llround(n1 * n2 - u));
        long double total = 0;
        long double left = 0;
        for (std::size_t k = 0; k < counts.size(); ++k) {
            total += counts[k];
            if (std::int64_t(k) <= kc) {
                left += counts[k];
            }
        }
        res.p = std::min(1.0, double(2 * left / total));
        return res;
    }
    const double nn = n1 + n2;
    const double sigma = std::sqrt(n1 * n2 / 12 * ((nn + 1) - r.tieTerm / (nn * (nn - 1))));
    const double z = (u - n1 * n2 / 2 - 0.5) / sigma; // -inf when everything is tied: p = 1 as in scipy
    res.p = std::clamp(std::erfc(z / std::sqrt(2.0)), 0.0, 1.0); // 2 · norm.sf(z)
    if (std::isnan(res.p)) {
        res.p = 1;
    }
    return res;
}

} // namespace rb::stats
