// SPDX-License-Identifier: GPL-3.0-or-later
#include "hodgeslehmann.h"

#include "mannwhitney.h"
#include "ranks.h"

#include <algorithm>
#include <array>
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

/// The candidate window [lo[i], hi[i]) of each row that may still hold the k-th difference.
class DiffSelector
{
public:
    DiffSelector(std::span<const double> a, std::span<const double> b, std::int64_t k)
        : m_d(a, b)
        , m_k(k)
        , m_lo(a.size(), 0)
        , m_hi(a.size(), m_d.cols())
        , m_cntLo(a.size())
        , m_cntHi(a.size())
        , m_prefix(a.size())
        , m_remaining(m_d.rows() * m_d.cols())
    {
    }

    double select()
    {
        const std::int64_t gatherLimit = std::max<std::int64_t>(4 * (m_d.rows() + m_d.cols()), 4096);
        bool singlePivot = false;
        while (m_remaining > gatherLimit) {
            const auto [pl, ph] = samplePivots(singlePivot ? 0.0 : 0.05);
            const std::int64_t nLess = m_d.countBelow(pl, false, m_cntLo);
            const std::int64_t nLeq = m_d.countBelow(ph, true, m_cntHi);
            if (pl == ph && m_k >= nLess && m_k < nLeq) {
                return pl;
            }
            // Heavy ties can leave every candidate between the two pivots: then use one pivot, which always
            // removes its own tie class (or is the answer).
            singlePivot = !narrow(m_k < nLess ? Keep::Below : (m_k >= nLeq ? Keep::Above : Keep::Between));
        }
        return gather();
    }

private:
    enum class Keep
    {
        Below,
        Between,
        Above
    };

    /// Two candidate values bracketing the target: sample quantiles at its expected rank ± delta.
    std::pair<double, double> samplePivots(double delta)
    {
        std::int64_t acc = 0;
        for (std::size_t i = 0; i < m_lo.size(); ++i) {
            acc += m_hi[i] - m_lo[i];
            m_prefix[i] = acc;
        }
        std::uniform_int_distribution<std::int64_t> pick(0, m_remaining - 1);
        for (double& s : m_sample) {
            const std::int64_t r = pick(m_rng);
            const auto row = std::size_t(std::upper_bound(m_prefix.begin(), m_prefix.end(), r) - m_prefix.begin());
            const std::int64_t before = row == 0 ? 0 : m_prefix[row - 1];
            s = m_d.at(std::int64_t(row), m_lo[row] + (r - before));
        }
        std::sort(m_sample.begin(), m_sample.end());
        const double frac = double(m_k - m_below) / double(m_remaining);
        const double last = double(m_sample.size() - 1);
        const auto at = [&](double f) { return m_sample[std::size_t(std::clamp(f * last, 0.0, last))]; };
        return { at(frac - delta), at(frac + delta) };
    }

    /// Shrinks the windows to what lies below the low pivot, between the pivots or above the high one.
    /// Returns whether any candidate was removed.
    bool narrow(Keep keep)
    {
        std::int64_t below = 0;
        std::int64_t remaining = 0;
        for (std::size_t i = 0; i < m_lo.size(); ++i) {
            if (keep != Keep::Above) {
                m_hi[i] = std::min(m_hi[i], keep == Keep::Below ? m_cntLo[i] : m_cntHi[i]);
            }
            if (keep != Keep::Below) {
                m_lo[i] = std::max(m_lo[i], keep == Keep::Above ? m_cntHi[i] : m_cntLo[i]);
            }
            m_hi[i] = std::max(m_hi[i], m_lo[i]);
            below += m_lo[i];
            remaining += m_hi[i] - m_lo[i];
        }
        const bool progress = remaining < m_remaining;
        m_below = below;
        m_remaining = remaining;
        return progress;
    }

    double gather() const
    {
        std::vector<double> cand;
        cand.reserve(std::size_t(m_remaining));
        for (std::size_t i = 0; i < m_lo.size(); ++i) {
            for (std::int64_t j = m_lo[i]; j < m_hi[i]; ++j) {
                cand.push_back(m_d.at(std::int64_t(i), j));
            }
        }
        const auto pos = cand.begin() + std::ptrdiff_t(m_k - m_below);
        std::nth_element(cand.begin(), pos, cand.end());
        return *pos;
    }

    DiffMatrix m_d;
    std::int64_t m_k;
    std::vector<std::int64_t> m_lo;
    std::vector<std::int64_t> m_hi;
    std::vector<std::int64_t> m_cntLo;
    std::vector<std::int64_t> m_cntHi;
    std::vector<std::int64_t> m_prefix;
    std::int64_t m_below = 0;
    std::int64_t m_remaining;
    std::mt19937_64 m_rng { 0x5eed };
    std::array<double, 1024> m_sample {};
};

} // namespace

double pairwiseDifferenceSorted(std::span<const double> a, std::span<const double> b, std::int64_t k)
{
    return DiffSelector(a, b, k).select();
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
