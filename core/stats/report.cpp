// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "bootstrap.h"
#include "effectsize.h"
#include "multiplecomparison.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <numeric>

namespace rb::stats {

namespace {

struct Prepared
{
    const NamedSample* sample = nullptr;
    std::vector<double> sorted;
    std::vector<double> bootMedians;
    GroupReport report;
};

void prepare(Prepared& p, const ReportOptions& opt, std::uint64_t seed)
{
    const std::vector<double>& x = p.sample->values;
    p.sorted = x;
    std::sort(p.sorted.begin(), p.sorted.end());
    GroupReport& g = p.report;
    g.name = p.sample->name;
    g.summary = summarize(x, p.sorted);
    g.ciMean = meanCi(x);
    g.ciMedian = quantileCiSorted(p.sorted, 0.5);
    for (std::size_t i = 0; i < kReportPercentiles.size(); ++i) {
        g.percentiles[i] = quantileSorted(p.sorted, kReportPercentiles[i]);
    }
    g.outliers = findOutliers(p.sorted);
    g.warnings = sampleWarnings(x, p.sorted);
    p.bootMedians = bootstrapMediansSorted(p.sorted, opt.bootstrapResamples, seed);
}

void comparePair(PairReport& r, const Prepared& pa, const Prepared& pb)
{
    const std::span<const double> a = pa.sorted;
    const std::span<const double> b = pb.sorted;
    r.mwu = mannWhitneySorted(a, b);
    r.kw = kruskalWallisSorted(a, b);
    r.welch = welch(pa.sample->values, pb.sample->values);
    r.cliffsDelta = cliffsDelta(r.mwu.u, a.size(), b.size());
    r.a12 = vargaDelaneyA12(r.mwu.u, a.size(), b.size());
    r.hl = hodgesLehmannSorted(a, b);
    const Summary& sa = pa.report.summary;
    const Summary& sb = pb.report.summary;
    if (sb.median != 0) {
        r.ratioMedian = sa.median / sb.median;
        r.ratioMedianCi = ratioOfMediansCi(pa.bootMedians, pb.bootMedians);
    }
    if (sb.mean != 0) {
        r.ratioMean = sa.mean / sb.mean;
        r.ratioMeanCi = fiellerRatioCi(pa.sample->values, pb.sample->values);
    }
}

PairReport makePair(std::size_t a, std::size_t b)
{
    PairReport r;
    r.a = a;
    r.b = b;
    return r;
}

/// Every pair (i < j) in input order, or each group against the baseline (a = group, b = baseline).
std::vector<PairReport> planPairs(const std::vector<GroupReport>& groups, const QString& baseline)
{
    std::optional<std::size_t> base;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (!baseline.isEmpty() && groups[i].name == baseline) {
            base = i;
        }
    }
    std::vector<PairReport> pairs;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        for (std::size_t j = i + 1; j < groups.size() && !base; ++j) {
            pairs.push_back(makePair(i, j));
        }
        if (base && i != *base) {
            pairs.push_back(makePair(i, *base));
        }
    }
    return pairs;
}

} // namespace

Report buildReport(const std::vector<NamedSample>& samples, const ReportOptions& options)
{
    Report rep;
    std::vector<Prepared> prep;
    for (const NamedSample& s : samples) {
        if (s.values.empty()) {
            rep.notes << QStringLiteral("%1: no values, left out").arg(s.name);
            continue;
        }
        prep.emplace_back();
        prep.back().sample = &s;
    }
    // Each group gets its own seed (seed + index), so the result does not depend on thread scheduling.
    std::vector<std::size_t> idx(prep.size());
    std::iota(idx.begin(), idx.end(), 0);
    QtConcurrent::blockingMap(idx, [&](std::size_t i) { prepare(prep[i], options, options.seed + i); });
    std::vector<std::span<const double>> spans;
    for (Prepared& p : prep) {
        rep.groups.push_back(p.report);
        spans.emplace_back(p.sorted);
    }
    rep.omnibus = kruskalWallis(spans);
    if (!rep.omnibus.reason.isEmpty()) {
        rep.notes << QStringLiteral("omnibus: %1").arg(rep.omnibus.reason);
    }

    rep.pairs = planPairs(rep.groups, options.baseline);
    QtConcurrent::blockingMap(rep.pairs, [&](PairReport& r) {
        comparePair(r, prep[r.a], prep[r.b]);
        if (rep.omnibus.h) {
            r.dunn = dunn(rep.omnibus, r.a, r.b);
        }
    });
    std::vector<std::optional<double>> p;
    for (const PairReport& r : rep.pairs) {
        p.push_back(r.mwu.p);
    }
    const auto ph = holm(p);
    const auto pbh = benjaminiHochberg(p);
    for (std::size_t i = 0; i < rep.pairs.size(); ++i) {
        PairReport& r = rep.pairs[i];
        r.pHolm = ph[i];
        r.pBh = pbh[i];
        const QString pair = QStringLiteral("%1 vs %2").arg(rep.groups[r.a].name, rep.groups[r.b].name);
        for (const QString& why : { r.welch.reason, r.kw.reason, r.hl.reason }) {
            if (!why.isEmpty()) {
                rep.notes << QStringLiteral("%1: %2").arg(pair, why);
            }
        }
    }
    return rep;
}

} // namespace rb::stats
