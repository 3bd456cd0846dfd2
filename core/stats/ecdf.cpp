// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecdf.h"

#include <algorithm>
#include <cmath>

namespace rb::stats {

Ecdf ecdf(std::span<const double> values)
{
    Ecdf e;
    for (double v : values) {
        if (!std::isnan(v)) {
            e.x.push_back(v);
        }
    }
    std::sort(e.x.begin(), e.x.end());
    e.y.resize(e.x.size());
    for (std::size_t i = 0; i < e.x.size(); ++i) {
        e.y[i] = double(i + 1) / double(e.x.size());
    }
    return e;
}

Ecdf reduceEcdf(const Ecdf& e, std::size_t maxSteps)
{
    const std::size_t n = e.x.size();
    if (maxSteps == 0 || n <= 3 * maxSteps + 2) {
        return e;
    }
    const double dy = 1.0 / double(maxSteps);
    const double dx = (e.x.back() - e.x.front()) / double(maxSteps);
    Ecdf r;
    r.x.reserve(3 * maxSteps + 2);
    r.y.reserve(3 * maxSteps + 2);
    const auto keep = [&r, &e](std::size_t i) {
        r.x.push_back(e.x[i]);
        r.y.push_back(e.y[i]);
    };
    keep(0);
    for (std::size_t i = 1; i + 1 < n; ++i) {
        // Only the last value of a run of ties is a step of its own.
        if (e.x[i + 1] == e.x[i]) {
            continue;
        }
        if (e.y[i] - r.y.back() >= dy || e.x[i] - r.x.back() >= dx || e.x[i + 1] - e.x[i] >= dx) {
            keep(i);
        }
    }
    keep(n - 1);
    return r;
}

} // namespace rb::stats
