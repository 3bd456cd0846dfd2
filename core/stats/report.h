// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci.h"
#include "descriptive.h"
#include "hodgeslehmann.h"
#include "kruskal.h"
#include "mannwhitney.h"
#include "outliers.h"
#include "welch.h"

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace rb::stats {

/// One named sample, values in run (input) order.
struct NamedSample
{
    QString name;
    std::vector<double> values;
};

inline constexpr std::array<double, 8> kReportPercentiles { 0.05, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 0.999 };

struct GroupReport
{
    QString name;
    Summary summary;
    std::optional<Interval> ciMean;
    Interval ciMedian;
    std::array<double, kReportPercentiles.size()> percentiles {};
    Outliers outliers;
    QStringList warnings;
};

struct PairReport
{
    std::size_t a = 0; ///< index into Report::groups
    std::size_t b = 0;
    MannWhitney mwu;
    KruskalWallis kw; ///< of the two groups alone
    Welch welch;
    Dunn dunn; ///< after the omnibus test over all groups
    std::optional<double> pHolm; ///< Holm-adjusted mwu.p over the pairs of the report
    std::optional<double> pBh; ///< Benjamini–Hochberg-adjusted mwu.p
    double cliffsDelta = 0;
    double a12 = 0;
    HodgesLehmann hl; ///< shift a − b
    std::optional<double> ratioMedian; ///< median(a) / median(b); nullopt when median(b) = 0
    std::optional<Interval> ratioMedianCi; ///< percentile bootstrap
    std::optional<double> ratioMean;
    std::optional<Interval> ratioMeanCi; ///< Fieller
};

struct ReportOptions
{
    QString baseline; ///< empty: every pair; else each group against this one (a = group, b = baseline)
    int bootstrapResamples = 10000;
    std::uint64_t seed = 20240501;
};

struct Report
{
    std::vector<GroupReport> groups;
    KruskalWallis omnibus;
    std::vector<PairReport> pairs;
    QStringList notes; ///< why something is undefined, in plain words
};

/// Computes the full report. Empty samples are skipped with a note. Runs its loops through QtConcurrent
/// (blocking): call it from a worker thread, not the GUI thread. Deterministic for a given seed.
Report buildReport(const std::vector<NamedSample>& samples, const ReportOptions& options = {});

} // namespace rb::stats
