// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiplecomparison.h"

#include <algorithm>
#include <numeric>

namespace rb::stats {

namespace {

/// Indices of the defined p-values, sorted by p ascending (stable).
std::vector<std::size_t> order(const std::vector<std::optional<double>>& p)
{
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i]) {
            idx.push_back(i);
        }
    }
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t l, std::size_t r) { return *p[l] < *p[r]; });
    return idx;
}

} // namespace

std::vector<std::optional<double>> holm(const std::vector<std::optional<double>>& p)
{
    std::vector<std::optional<double>> out(p.size());
    const auto idx = order(p);
    const double m = double(idx.size());
    double running = 0;
    for (std::size_t r = 0; r < idx.size(); ++r) {
        running = std::max(running, std::min(1.0, (m - double(r)) * *p[idx[r]]));
        out[idx[r]] = running;
    }
    return out;
}

std::vector<std::optional<double>> benjaminiHochberg(const std::vector<std::optional<double>>& p)
{
    std::vector<std::optional<double>> out(p.size());
    const auto idx = order(p);
    const double m = double(idx.size());
    double running = 1;
    for (std::size_t r = idx.size(); r-- > 0;) {
        running = std::min(running, m / double(r + 1) * *p[idx[r]]);
        out[idx[r]] = running;
    }
    return out;
}

} // namespace rb::stats
