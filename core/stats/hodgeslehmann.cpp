// SPDX-License-Identifier: GPL-3.0-or-later
#include "hodgeslehmann.h"

#include "mannwhitney.h"
#include "ranks.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cfloat>
#include <cmath>
#include <random>
#include <vector>

namespace rb::stats {

namespace {

/// Rows are a[i] − b[n−1−j], ascending in j; columns ascending in i.
class DiffMatrix
{
public:
    DiffMatrix(std::span<const double> a, std::span<const double> b)
        : m_a(a)
        , m_b(b)
    {
    }
    std::int64_t rows() const
    {
        return std::int64_t(m_a.size());
    }
    std::int64_t cols() const
    {
        return std::int64_t(m_b.size());
    }
    double at(std::int64_t i, std::int64_t j) const
    {
        return m_a[std::size_t(i)] - m_b[m_b.size() - 1 - std::size_t(j)];
    }
    /// Per row, how many entries are < p (strict) or ≤ p; returns the total. Two pointers: O(m + n).
    std::int64_t countBelow(double p, bool orEqual, std::vector<std::int64_t>& perRow) const
    {
        std::int64_t j = cols();
        std::int64_t total = 0;
        for (std::int64_t i = 0; i < rows(); ++i) {
            while (j > 0 && (orEqual ? at(i, j - 1) > p : at(i, j - 1) >= p)) {
                --j;
            }
            perRow[std::size_t(i)] = j;
            total += j;
        }
        return total;
    }

private:
    std::span<const double> m_a;
    std::span<const double> m_b;
};

} // namespace

double pairwiseDifferenceSorted(std::span<const double> a, std::span<const double> b, std::int64_t k)
{
    const DiffMatrix d(a, b);
    const std::size_t m = a.size();
    std::vector<std::int64_t> lo(m, 0);
    std::vector<std::int64_t> hi(m, d.cols());
    std::vector<std::int64_t> cntLo(m);
    std::vector<std::int64_t> cntHi(m);
    std::vector<std::int64_t> prefix(m);
    std::int64_t below = 0;
    std::int64_t remaining = d.rows() * d.cols();
    const std::int64_t gatherLimit = std::max<std::int64_t>(4 * std::int64_t(a.size() + b.size()), 4096);
    std::mt19937_64 rng(0x5eed);
    constexpr int kSamples = 1024;
    std::vector<double> sample(kSamples);
    bool singlePivot = false;
    while (remaining > gatherLimit) {
        std::int64_t acc = 0;
        for (std::size_t i = 0; i < m; ++i) {
            acc += hi[i] - lo[i];
            prefix[i] = acc;
        }
        std::uniform_int_distribution<std::int64_t> pick(0, remaining - 1);
        for (double& s : sample) {
            const std::int64_t r = pick(rng);
            const auto row = std::size_t(std::upper_bound(prefix.begin(), prefix.end(), r) - prefix.begin());
            const std::int64_t before = row == 0 ? 0 : prefix[row - 1];
            s = d.at(std::int64_t(row), lo[row] + (r - before));
        }
        std::sort(sample.begin(), sample.end());
        const double frac = double(k - below) / double(remaining);
        const double delta = singlePivot ? 0.0 : 0.05;
        const auto idx = [&](double f) { return std::size_t(std::clamp(f * kSamples, 0.0, kSamples - 1.0)); };
        const double pl = sample[idx(frac - delta)];
        const double ph = sample[idx(frac + delta)];
        const std::int64_t nLess = d.countBelow(pl, false, cntLo);
        const std::int64_t nLeq = d.countBelow(ph, true, cntHi);
        if (pl == ph && k >= nLess && k < nLeq) {
            return pl;
        }
        if (k < nLess) {
            for (std::size_t i = 0; i < m; ++i) {
                hi[i] = std::min(hi[i], cntLo[i]);
            }
        } else if (k >= nLeq) {
            for (std::size_t i = 0; i < m; ++i) {
                lo[i] = std::max(lo[i], cntHi[i]);
            }
        } else {
            for (std::size_t i = 0; i < m; ++i) {
                lo[i] = std::max(lo[i], cntLo[i]);
                hi[i] = std::min(hi[i], cntHi[i]);
            }
        }
        std::int64_t newBelow = 0;
        std::int64_t newRemaining = 0;
        for (std::size_t i = 0; i < m; ++i) {
            hi[i] = std::max(hi[i], lo[i]);
            newBelow += lo[i];
            newRemaining += hi[i] - lo[i];
        }
        // Heavy ties can leave every candidate between the two pivots: then use one pivot, which always
        // removes its own tie class (or is the answer).
        singlePivot = newRemaining == remaining;
        below = newBelow;
        remaining = newRemaining;
    }
    std::vector<double> cand;
    cand.reserve(std::size_t(remaining));
    for (std::size_t i = 0; i < m; ++i) {
        for (std::int64_t j = lo[i]; j < hi[i]; ++j) {
            cand.push_back(d.at(std::int64_t(i), j));
        }
    }
    const auto pos = cand.begin() + std::ptrdiff_t(k - below);
    std::nth_element(cand.begin(), pos, cand.end());
    return *pos;
}

namespace {

constexpr std::int64_t kMaterialiseLimit = 1 << 16;

/// R's qwilcox(q, m, n) for q ≤ 0.5: the smallest u with P(U ≤ u) ≥ q − 10 ε.
std::int64_t qwilcox(double q, std::int64_t m, std::int64_t n)
{
    const auto counts = mannWhitneyCounts(m, n);
    long double total = 0;
    for (long double c : counts) {
        total += c;
    }
    const long double target = q - 10 * DBL_EPSILON;
    long double p = 0;
    std::int64_t u = 0;
    for (;; ++u) {
        p += counts[std::size_t(u)] / total;
        if (p >= target) {
            return u;
        }
    }
}

/// The largest count c of differences above d (0 … mn) whose standardised statistic is ≤ zq, or −1.
std::int64_t crossingCount(double mn, double sigma, double zq)
{
    const auto g = [&](double c) {
        const double dz = c - mn / 2;
        const double corr = dz > 0 ? 0.5 : (dz < 0 ? -0.5 : 0.0);
        return (dz - corr) / sigma;
    };
    std::int64_t lo = -1; // g(lo) ≤ zq holds for lo ≥ 0 by invariant
    auto hi = std::int64_t(mn) + 1; // g(hi) > zq or hi past the end
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (g(double(mid)) <= zq) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return lo;
}

} // namespace

HodgesLehmann hodgesLehmannSorted(std::span<const double> a, std::span<const double> b, double level)
{
    HodgesLehmann hl;
    const auto m = std::int64_t(a.size());
    const auto n = std::int64_t(b.size());
    const std::int64_t mn = m * n;
    // Few differences: form them once and select in place; many: select without forming them.
    std::vector<double> diffs;
    if (mn <= kMaterialiseLimit) {
        diffs.reserve(std::size_t(mn));
        for (double x : a) {
            for (double y : b) {
                diffs.push_back(x - y);
            }
        }
    }
    const auto kth = [&](std::int64_t k1) { // 1-based
        if (diffs.empty()) {
            return pairwiseDifferenceSorted(a, b, k1 - 1);
        }
        const auto pos = diffs.begin() + std::ptrdiff_t(k1 - 1);
        std::nth_element(diffs.begin(), pos, diffs.end());
        return *pos;
    };
    hl.shift = mn % 2 == 1 ? kth((mn + 1) / 2) : 0.5 * (kth(mn / 2) + kth(mn / 2 + 1));
    const double alpha = 1 - level;
    const bool ties = rankSorted(a, b).ties;
    if (m < 50 && n < 50 && !ties) {
        std::int64_t qu = qwilcox(alpha / 2, m, n);
        if (qu == 0) {
            qu = 1;
        }
        hl.ci = Interval { kth(qu), kth(mn - qu + 1) };
        hl.exactCi = true;
        return hl;
    }
    if (a.front() == a.back() && b.front() == b.back()) {
        hl.reason = QStringLiteral("all values of both groups are tied: no CI (R stops with an error)");
        return hl;
    }
    // Between two distinct differences no cross-sample tie exists, so σ only counts ties within a sample.
    const double nn = double(m + n);
    const double tie = tieTermSorted(a) + tieTermSorted(b);
    const double sigma = std::sqrt(double(m) * double(n) / 12 * ((nn + 1) - tie / (nn * (nn - 1))));
    const double z = boost::math::quantile(boost::math::normal(), 1 - alpha / 2);
    // Lower bound: the first difference after which at most cL differences lie above (statistic ≤ z).
    const auto bound = [&](double zq) {
        const std::int64_t c = crossingCount(double(mn), sigma, zq);
        return c < 0 ? kth(mn) : kth(std::clamp<std::int64_t>(mn - c, 1, mn));
    };
    hl.ci = Interval { bound(z), bound(-z) };
    return hl;
}

} // namespace rb::stats
