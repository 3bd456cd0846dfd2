// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairwisetable.h"

#include <algorithm>

namespace rb {

namespace {

using Values = std::vector<std::optional<double>>;

ExportColumn column(const QString& header, const QString& key, Values values, int decimals)
{
    ExportColumn c;
    c.header = header;
    c.key = key;
    c.values = std::move(values);
    c.decimals = decimals;
    return c;
}

ExportColumn pColumn(const QString& header, const QString& key, Values values)
{
    ExportColumn c = column(header, key, std::move(values), 4);
    c.showBelowResolution = true;
    return c;
}

} // namespace

ExportTable buildPairwiseTable(const stats::Report& report, const ExportOptions& options)
{
    ExportTable t;
    t.kind = QStringLiteral("pairwise");
    t.nameHeader = QStringLiteral("Comparison");
    t.nameKeys = QStringList { QStringLiteral("a"), QStringLiteral("b") };
    const bool holm = options.correction == ExportOptions::Correction::Holm;
    Values nA, nB, shift, lo, hi, ratio, delta, p, adjusted;
    for (const stats::PairReport& pair : report.pairs) {
        const stats::GroupReport& a = report.groups[pair.a];
        const stats::GroupReport& b = report.groups[pair.b];
        t.names << QString(a.name + QStringLiteral(" vs. ") + b.name);
        t.nameParts << QStringList { a.name, b.name };
        nA.push_back(double(a.summary.n));
        nB.push_back(double(b.summary.n));
        shift.push_back(pair.hl.shift);
        lo.push_back(pair.hl.ci ? std::optional<double>(pair.hl.ci->first) : std::nullopt);
        hi.push_back(pair.hl.ci ? std::optional<double>(pair.hl.ci->second) : std::nullopt);
        ratio.push_back(pair.ratioMedian);
        delta.push_back(pair.cliffsDelta);
        p.push_back(pair.mwu.p);
        const std::optional<double> adj = holm ? pair.pHolm : pair.pBh;
        adjusted.push_back(adj);
        t.marks << (adj ? significanceMarks(*adj) : QString());
    }
    // The shift and its CI share their decimals, so that they read as one quantity.
    int shiftDecimals = 0;
    for (const Values* v : { &shift, &lo, &hi }) {
        shiftDecimals = std::max(shiftDecimals, decimalsFor(*v));
    }
    const QString correction = holm ? QStringLiteral("Holm") : QStringLiteral("Benjamini–Hochberg");
    t.columns.push_back(column(QStringLiteral("n A"), QStringLiteral("n_a"), std::move(nA), 0));
    t.columns.push_back(column(QStringLiteral("n B"), QStringLiteral("n_b"), std::move(nB), 0));
    t.columns.push_back(
        column(QStringLiteral("Shift A – B"), QStringLiteral("hl_shift"), std::move(shift), shiftDecimals));
    t.columns.push_back(column(QStringLiteral("CI low"), QStringLiteral("hl_ci_low"), std::move(lo), shiftDecimals));
    t.columns.push_back(column(QStringLiteral("CI high"), QStringLiteral("hl_ci_high"), std::move(hi), shiftDecimals));
    const int ratioDecimals = std::max(2, decimalsFor(ratio));
    t.columns.push_back(
        column(QStringLiteral("Ratio A / B"), QStringLiteral("ratio_median"), std::move(ratio), ratioDecimals));
    t.columns.push_back(column(QStringLiteral("Cliff's delta"), QStringLiteral("cliffs_delta"), std::move(delta), 2));
    t.columns.push_back(pColumn(QStringLiteral("p"), QStringLiteral("p"), std::move(p)));
    t.columns.push_back(pColumn(
        QStringLiteral("p (") + correction + QLatin1Char(')'), QStringLiteral("p_adjusted"), std::move(adjusted)));
    const QString metric = options.metric.isEmpty() ? QStringLiteral("Results") : options.metric;
    t.caption = options.caption.isEmpty()
        ? QString(metric
            + QStringLiteral(": pairwise comparisons. Shift: Hodges–Lehmann estimate of A – B with its 95 % CI; "
                             "ratio of medians A / B; Cliff's delta of A against B."))
        : options.caption;
    t.note = QStringLiteral("Mann–Whitney U test, %1-adjusted over the %2 comparisons: * p < 0.05, ** p < 0.01, "
                            "*** p < 0.001.")
                 .arg(correction)
                 .arg(report.pairs.size());
    t.label = options.label;
    return t;
}

} // namespace rb
