// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Arithmetic mean; NaN for an empty sample.
double mean(std::span<const double> x);
/// Sample standard deviation (n − 1 denominator); nullopt when n < 2.
std::optional<double> sd(std::span<const double> x);
/// Standard error of the mean, sd / √n; nullopt when n < 2.
std::optional<double> sem(std::span<const double> x);
/// Quantile by linear interpolation between closest ranks (R type 7, numpy's default), p in [0, 1].
/// `sorted` must be sorted ascending and non-empty.
double quantileSorted(std::span<const double> sorted, double p);
/// Median (copies and sorts); NaN for an empty sample.
double median(std::span<const double> x);
/// Raw median absolute deviation, median(|x − median(x)|), NOT scaled by 1.4826
/// (scipy.stats.median_abs_deviation(x) with its default scale=1.0; R's mad(x, constant = 1)).
/// `sorted` must be sorted ascending and non-empty.
double madSorted(std::span<const double> sorted);
/// Interquartile range Q3 − Q1 with type-7 quartiles (scipy.stats.iqr default). `sorted` non-empty.
double iqrSorted(std::span<const double> sorted);

/// Sample skewness and excess kurtosis with the usual bias corrections (scipy.stats.skew(bias=False),
/// scipy.stats.kurtosis(bias=False)); nullopt when n < 3 (skewness) or n < 4 (kurtosis) or sd is 0.
std::optional<double> skewness(std::span<const double> x);
std::optional<double> excessKurtosis(std::span<const double> x);

/// Everything the report shows about one sample. Undefined values are nullopt, never 0.
struct Summary
{
    std::size_t n = 0;
    double mean = 0;
    std::optional<double> sd;
    std::optional<double> sem;
    double median = 0;
    double min = 0;
    double max = 0;
    double mad = 0; ///< raw, see madSorted()
    double iqr = 0;
};

/// Summary of a non-empty sample whose sorted copy is `sorted` (`x` in input order).
Summary summarize(std::span<const double> x, std::span<const double> sorted);

} // namespace rb::stats
