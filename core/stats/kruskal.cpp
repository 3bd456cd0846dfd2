// SPDX-License-Identifier: GPL-3.0-or-later
#include "kruskal.h"

#include "ranks.h"

#include <algorithm>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>
#include <utility>

namespace rb::stats {

namespace {

/// H from the rank sums; fills h/p or the reason.
void finish(KruskalWallis& kw, const std::vector<double>& rankSums)
{
    const double nTot = kw.total;
    const std::size_t k = rankSums.size();
    kw.df = int(k) - 1;
    kw.meanRanks.resize(k);
    double ssbn = 0;
    for (std::size_t g = 0; g < k; ++g) {
        ssbn += rankSums[g] * rankSums[g] / kw.sizes[g];
        kw.meanRanks[g] = rankSums[g] / kw.sizes[g];
    }
    if (k < 2) {
        kw.reason = QStringLiteral("Kruskal–Wallis needs at least two non-empty groups");
        return;
    }
    const double ties = 1 - kw.tieTerm / (nTot * nTot * nTot - nTot);
    if (ties <= 0) {
        kw.reason = QStringLiteral("all values are equal: Kruskal–Wallis is undefined (scipy raises)");
        return;
    }
    const double h = (12.0 / (nTot * (nTot + 1)) * ssbn - 3 * (nTot + 1)) / ties;
    kw.h = h;
    kw.p = boost::math::gamma_q(kw.df / 2.0, std::max(h, 0.0) / 2); // χ² survival function
}

} // namespace

KruskalWallis kruskalWallis(const std::vector<std::span<const double>>& groups)
{
    KruskalWallis kw;
    std::vector<std::pair<double, std::size_t>> pooled;
    std::size_t g = 0;
    for (const auto& grp : groups) {
        if (grp.empty()) {
            continue;
        }
        for (double v : grp) {
            pooled.emplace_back(v, g);
        }
        kw.sizes.push_back(double(grp.size()));
        ++g;
    }
    std::sort(pooled.begin(), pooled.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    std::vector<double> rankSums(g, 0.0);
    for (std::size_t i = 0; i < pooled.size();) {
        std::size_t e = i + 1;
        while (e < pooled.size() && pooled[e].first == pooled[i].first) {
            ++e;
        }
        const double t = double(e - i);
        const double rank = double(i) + (t + 1) / 2;
        for (std::size_t q = i; q < e; ++q) {
            rankSums[pooled[q].second] += rank;
        }
        kw.tieTerm += t * t * t - t;
        i = e;
    }
    kw.total = double(pooled.size());
    finish(kw, rankSums);
    return kw;
}

KruskalWallis kruskalWallisSorted(std::span<const double> a, std::span<const double> b)
{
    KruskalWallis kw;
    const TwoSampleRanks r = rankSorted(a, b);
    kw.sizes = { double(a.size()), double(b.size()) };
    kw.total = double(a.size() + b.size());
    kw.tieTerm = r.tieTerm;
    finish(kw, { r.rankSumA, kw.total * (kw.total + 1) / 2 - r.rankSumA });
    return kw;
}

Dunn dunn(const KruskalWallis& kw, std::size_t i, std::size_t j)
{
    Dunn d;
    const double n = kw.total;
    const double var = (n * (n + 1) / 12 - kw.tieTerm / (12 * (n - 1))) * (1 / kw.sizes[i] + 1 / kw.sizes[j]);
    if (!(var > 0)) {
        return d;
    }
    d.z = (kw.meanRanks[i] - kw.meanRanks[j]) / std::sqrt(var);
    d.p = std::min(1.0, std::erfc(std::abs(*d.z) / std::sqrt(2.0)));
    return d;
}

} // namespace rb::stats
