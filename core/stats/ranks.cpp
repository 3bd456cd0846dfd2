// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranks.h"

namespace rb::stats {

TwoSampleRanks rankSorted(std::span<const double> a, std::span<const double> b)
{
    TwoSampleRanks r;
    std::size_t i = 0;
    std::size_t j = 0;
    double rank = 0; // ranks given so far
    while (i < a.size() || j < b.size()) {
        const double v = (j >= b.size() || (i < a.size() && a[i] <= b[j])) ? a[i] : b[j];
        double ca = 0;
        double cb = 0;
        while (i < a.size() && a[i] == v) {
            ++i;
            ++ca;
        }
        while (j < b.size() && b[j] == v) {
            ++j;
            ++cb;
        }
        const double t = ca + cb;
        r.rankSumA += ca * (rank + (t + 1) / 2);
        rank += t;
        if (t > 1) {
            r.ties = true;
            r.tieTerm += t * t * t - t;
        }
    }
    return r;
}

double tieTermSorted(std::span<const double> sorted)
{
    double term = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t k = i + 1;
        while (k < sorted.size() && sorted[k] == sorted[i]) {
            ++k;
        }
        const double t = double(k - i);
        term += t * t * t - t;
        i = k;
    }
    return term;
}

} // namespace rb::stats
