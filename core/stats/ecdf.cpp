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

} // namespace rb::stats
