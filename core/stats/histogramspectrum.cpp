// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramspectrum.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace rb::stats {

PercentileSpectrum percentileSpectrum(std::span<const HistogramBin> bins)
{
    std::map<double, qint64> merged;
    for (const HistogramBin& b : bins) {
        if (b.count > 0 && std::isfinite(b.upTo)) {
            merged[b.upTo] += b.count;
        }
    }
    PercentileSpectrum s;
    for (const auto& [upTo, count] : merged) {
        s.total += count;
        s.upTo.push_back(upTo);
    }
    qint64 cumulative = 0;
    for (const auto& [upTo, count] : merged) {
        cumulative += count;
        s.fraction.push_back(double(cumulative) / double(s.total));
    }
    return s;
}

double spectrumQuantile(const PercentileSpectrum& spectrum, double q)
{
    if (spectrum.total == 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const qint64 rank = std::max<qint64>(1, std::llround(std::clamp(q, 0.0, 1.0) * double(spectrum.total)));
    qint64 cumulative = 0;
    for (std::size_t i = 0; i < spectrum.upTo.size(); ++i) {
        cumulative = std::llround(spectrum.fraction[i] * double(spectrum.total));
        if (cumulative >= rank) {
            return spectrum.upTo[i];
        }
    }
    return spectrum.upTo.back();
}

} // namespace rb::stats
