// SPDX-License-Identifier: GPL-3.0-or-later
#include "welch.h"

#include "descriptive.h"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace rb::stats {

Welch welch(std::span<const double> a, std::span<const double> b)
{
    Welch w;
    const auto sa = sd(a);
    const auto sb = sd(b);
    if (!sa || !sb) {
        w.reason = QStringLiteral("Welch's t needs at least 2 values per group");
        return w;
    }
    const double na = double(a.size());
    const double nb = double(b.size());
    const double va = *sa * *sa / na;
    const double vb = *sb * *sb / nb;
    if (!(va + vb > 0)) {
        w.reason = QStringLiteral("both groups are constant: Welch's t is undefined");
        return w;
    }
    const double t = (mean(a) - mean(b)) / std::sqrt(va + vb);
    const double df = (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1));
    w.t = t;
    w.df = df;
    const boost::math::students_t dist(df);
    w.p = std::min(1.0, 2 * boost::math::cdf(boost::math::complement(dist, std::abs(t))));
    return w;
}

} // namespace rb::stats
