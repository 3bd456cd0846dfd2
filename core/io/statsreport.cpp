// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsreport.h"

#include <QJsonArray>
#include <QTextStream>
#include <cmath>

namespace rb {

namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue num(const std::optional<double>& v)
{
    return v ? num(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(const std::optional<std::size_t>& v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue interval(const std::optional<stats::Interval>& ci)
{
    return ci ? QJsonValue(QJsonArray { num(ci->first), num(ci->second) }) : QJsonValue(QJsonValue::Null);
}

QString percentileKey(double p)
{
    return QStringLiteral("p%1").arg(p * 100, 0, 'g', 4);
}

QJsonObject groupJson(const stats::GroupReport& g)
{
    const stats::Summary& s = g.summary;
    QJsonObject pct;
    for (std::size_t i = 0; i < stats::kReportPercentiles.size(); ++i) {
        pct.insert(percentileKey(stats::kReportPercentiles[i]), num(g.percentiles[i]));
    }
    return QJsonObject { { QStringLiteral("name"), g.name }, { QStringLiteral("n"), qint64(s.n) },
        { QStringLiteral("mean"), num(s.mean) }, { QStringLiteral("sd"), num(s.sd) },
        { QStringLiteral("sem"), num(s.sem) }, { QStringLiteral("median"), num(s.median) },
        { QStringLiteral("min"), num(s.min) }, { QStringLiteral("max"), num(s.max) },
        { QStringLiteral("mad"), num(s.mad) }, { QStringLiteral("iqr"), num(s.iqr) },
        { QStringLiteral("ci95_mean"), interval(g.ciMean) }, { QStringLiteral("ci95_median"), interval(g.ciMedian) },
        { QStringLiteral("percentiles"), pct },
        { QStringLiteral("outliers"),
            QJsonObject { { QStringLiteral("tukey_mild"), qint64(g.outliers.tukeyMild) },
                { QStringLiteral("tukey_severe"), qint64(g.outliers.tukeySevere) },
                { QStringLiteral("mad"), count(g.outliers.mad) } } },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(g.warnings) } };
}

QJsonObject pairJson(const stats::Report& rep, const stats::PairReport& r)
{
    return QJsonObject { { QStringLiteral("a"), rep.groups[r.a].name }, { QStringLiteral("b"), rep.groups[r.b].name },
        { QStringLiteral("mwu_u"), num(r.mwu.u) }, { QStringLiteral("mwu_p"), num(r.mwu.p) },
        { QStringLiteral("kw_h"), num(r.kw.h) }, { QStringLiteral("kw_p"), num(r.kw.p) },
        { QStringLiteral("welch_t"), num(r.welch.t) }, { QStringLiteral("welch_df"), num(r.welch.df) },
        { QStringLiteral("welch_p"), num(r.welch.p) }, { QStringLiteral("p_holm"), num(r.pHolm) },
        { QStringLiteral("p_bh"), num(r.pBh) }, { QStringLiteral("cliffs_delta"), num(r.cliffsDelta) },
        { QStringLiteral("a12"), num(r.a12) }, { QStringLiteral("hl_shift"), num(r.hl.shift) },
        { QStringLiteral("hl_ci95"), interval(r.hl.ci) }, { QStringLiteral("ratio_median"), num(r.ratioMedian) },
        { QStringLiteral("ratio_median_ci95"), interval(r.ratioMedianCi) },
        { QStringLiteral("ratio_mean"), num(r.ratioMean) },
        { QStringLiteral("ratio_mean_ci95"), interval(r.ratioMeanCi) }, { QStringLiteral("dunn_z"), num(r.dunn.z) },
        { QStringLiteral("dunn_p"), num(r.dunn.p) } };
}

QString fmt(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 5) : QStringLiteral("-");
}

QString fmt(const std::optional<double>& v)
{
    return v ? fmt(*v) : QStringLiteral("-");
}

QString fmt(const std::optional<stats::Interval>& ci)
{
    return ci ? QStringLiteral("[%1, %2]").arg(fmt(ci->first), fmt(ci->second)) : QStringLiteral("-");
}

QString pfmt(const std::optional<double>& p)
{
    if (!p) {
        return QStringLiteral("-");
    }
    return *p < 1e-4 ? QString::number(*p, 'e', 1) : QString::number(*p, 'f', 4);
}

} // namespace

QJsonObject statsReportJson(const stats::Report& report)
{
    QJsonArray groups;
    for (const stats::GroupReport& g : report.groups) {
        groups.append(groupJson(g));
    }
    QJsonArray pairs;
    for (const stats::PairReport& r : report.pairs) {
        pairs.append(pairJson(report, r));
    }
    const stats::KruskalWallis& kw = report.omnibus;
    const QJsonObject omnibus { { QStringLiteral("test"), QStringLiteral("kruskal-wallis") },
        { QStringLiteral("h"), num(kw.h) }, { QStringLiteral("df"), kw.h ? QJsonValue(kw.df) : QJsonValue() },
        { QStringLiteral("p"), num(kw.p) } };
    return QJsonObject { { QStringLiteral("groups"), groups }, { QStringLiteral("omnibus"), omnibus },
        { QStringLiteral("pairwise"), pairs }, { QStringLiteral("notes"), QJsonArray::fromStringList(report.notes) } };
}

namespace {

void groupTable(QTextStream& ts, const stats::Report& report)
{
    int w = 5;
    for (const stats::GroupReport& g : report.groups) {
        w = std::max(w, int(g.name.size()));
    }
    ts << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9  %10\n")
              .arg(QStringLiteral("group"), -w)
              .arg(QStringLiteral("n"), 7)
              .arg(QStringLiteral("mean"), 11)
              .arg(QStringLiteral("sd"), 11)
              .arg(QStringLiteral("median"), 11)
              .arg(QStringLiteral("MAD"), 10)
              .arg(QStringLiteral("min"), 11)
              .arg(QStringLiteral("max"), 11)
              .arg(QStringLiteral("95% CI median"), -26)
              .arg(QStringLiteral("outliers tukey/severe/mad"));
    for (const stats::GroupReport& g : report.groups) {
        const stats::Summary& s = g.summary;
        ts << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9  %10/%11/%12\n")
                  .arg(g.name, -w)
                  .arg(s.n, 7)
                  .arg(fmt(s.mean), 11)
                  .arg(fmt(s.sd), 11)
                  .arg(fmt(s.median), 11)
                  .arg(fmt(s.mad), 10)
                  .arg(fmt(s.min), 11)
                  .arg(fmt(s.max), 11)
                  .arg(fmt(std::optional(g.ciMedian)), -26)
                  .arg(g.outliers.tukeyMild)
                  .arg(g.outliers.tukeySevere)
                  .arg(g.outliers.mad ? QString::number(*g.outliers.mad) : QStringLiteral("-"));
    }
}

void pairTable(QTextStream& ts, const stats::Report& report)
{
    const stats::KruskalWallis& kw = report.omnibus;
    ts << '\n'
       << (kw.h ? QStringLiteral("Kruskal-Wallis over %1 groups: H = %2, df = %3, p = %4\n")
                      .arg(report.groups.size())
                      .arg(fmt(kw.h), QString::number(kw.df), pfmt(kw.p))
                : QStringLiteral("Kruskal-Wallis: not computed (%1)\n").arg(kw.reason));
    if (!report.pairs.empty()) {
        ts << QStringLiteral("\npairwise (a vs b; p_holm/p_bh adjust the Mann-Whitney p over the %1 pairs; "
                             "HL shift = a - b; ratios a / b)\n")
                  .arg(report.pairs.size());
        for (const stats::PairReport& r : report.pairs) {
            ts << QStringLiteral("%1 vs %2\n").arg(report.groups[r.a].name, report.groups[r.b].name)
               << QStringLiteral("  MWU U = %1  p = %2  p_holm = %3  p_bh = %4 | Cliff's d = %5  A12 = %6\n")
                      .arg(fmt(r.mwu.u), pfmt(r.mwu.p), pfmt(r.pHolm), pfmt(r.pBh), fmt(r.cliffsDelta), fmt(r.a12))
               << QStringLiteral("  HL shift = %1 %2 | median ratio = %3 %4 | mean ratio = %5 %6\n")
                      .arg(fmt(r.hl.shift), fmt(r.hl.ci), fmt(r.ratioMedian), fmt(r.ratioMedianCi), fmt(r.ratioMean),
                          fmt(r.ratioMeanCi))
               << QStringLiteral("  Welch t = %1  df = %2  p = %3 | KW H = %4  p = %5 | Dunn z = %6  p = %7\n")
                      .arg(fmt(r.welch.t), fmt(r.welch.df), pfmt(r.welch.p), fmt(r.kw.h), pfmt(r.kw.p), fmt(r.dunn.z),
                          pfmt(r.dunn.p));
        }
    }
}

} // namespace

QString statsReportText(const stats::Report& report)
{
    QString out;
    QTextStream ts(&out);
    groupTable(ts, report);
    pairTable(ts, report);
    QStringList warnings;
    for (const stats::GroupReport& g : report.groups) {
        for (const QString& wmsg : g.warnings) {
            warnings << QStringLiteral("%1: %2").arg(g.name, wmsg);
        }
    }
    warnings << report.notes;
    if (!warnings.isEmpty()) {
        ts << QStringLiteral("\nwarnings and notes:\n");
        for (const QString& wmsg : warnings) {
            ts << QStringLiteral("  %1\n").arg(wmsg);
        }
    }
    return out;
}

} // namespace rb
