// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned data: callable from any thread (no shared state).
namespace rb::stats {

/// One histogram bucket: `count` values, each at most `upTo` (and above the previous bucket's bound), as in
/// latency.csv (HdrHistogram buckets, upTo = the bucket's highest equivalent value).
struct HistogramBin
{
    double upTo = 0;
    qint64 count = 0;
};

/// Cumulative distribution of a histogram: for each non-empty bound in increasing order, the fraction of values
/// at or below it. Bins with the same bound (several runs' histograms) are added first.
struct PercentileSpectrum
{
    std::vector<double> upTo; ///< bucket bounds, increasing
    std::vector<double> fraction; ///< cumulative count / total, the last one is 1
    qint64 total = 0;
};
PercentileSpectrum percentileSpectrum(std::span<const HistogramBin> bins);

/// The value at quantile q in [0, 1], as HdrHistogram's valueAtPercentile(100 q): the bound of the bucket holding
/// the value of rank max(1, round(q · total)) (for q = 1 the last bound, where HdrHistogram gives its exact maximum).
/// NaN for an empty spectrum.
double spectrumQuantile(const PercentileSpectrum& spectrum, double q);

} // namespace rb::stats
