// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <optional>
#include <span>
#include <vector>

// Pure, reentrant functions over caller-owned spans: callable from any thread (no shared state).
namespace rb::stats {

/// Outliers are flagged, never dropped: every statistic uses every value.
struct Outliers
{
    /// Values outside Tukey's inner fences [Q1 − 1.5 IQR, Q3 + 1.5 IQR] (this count includes the severe ones).
    std::size_t tukeyMild = 0;
    /// Values outside the outer fences [Q1 − 3 IQR, Q3 + 3 IQR].
    std::size_t tukeySevere = 0;
    /// Values whose modified z-score 0.6745 (x − median) / MAD (raw MAD) exceeds 3.5 in absolute value
    /// (Iglewicz & Hoaglin 1993); nullopt when MAD = 0.
    std::optional<std::size_t> mad;
};

/// `sorted` ascending and non-empty; quartiles are type 7.
Outliers findOutliers(std::span<const double> sorted);

/// What a Tukey box plot draws: type-7 quartiles, whiskers at the most extreme values inside the inner fences
/// [Q1 − 1.5 IQR, Q3 + 1.5 IQR], and the values beyond them (the same fences as Outliers::tukeyMild).
struct TukeyBox
{
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double whiskerLow = 0;
    double whiskerHigh = 0;
    std::vector<double> outliers;
};
/// `sorted` ascending and non-empty.
TukeyBox tukeyBox(std::span<const double> sorted);

/// Warnings about a sample in run order (`x`) with its sorted copy:
/// - fewer than 5 values;
/// - "slow first run": n ≥ 5 and the first value lies above Q3 + 1.5 IQR of the other values;
/// - bimodality hint: n ≥ 10 and Sarle's bimodality coefficient (g² + 1) / (κ + 3(n−1)²/((n−2)(n−3))) > 5/9
///   (g, κ: bias-corrected skewness and excess kurtosis), a hint only: strongly skewed data can also exceed it.
QStringList sampleWarnings(std::span<const double> x, std::span<const double> sorted);

/// Sarle's bimodality coefficient; nullopt when n < 4 or the sample is constant.
std::optional<double> bimodalityCoefficient(std::span<const double> x);

} // namespace rb::stats
