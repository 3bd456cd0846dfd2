// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include "io/exporters/exporttable.h"
#include "io/figuredata.h"

#include <QThread>
#include <cmath>
#include <limits>

namespace rb {

namespace {

/// Index of `p` in stats::kReportPercentiles.
constexpr std::size_t percentileIndex(double p)
{
    for (std::size_t i = 0; i < stats::kReportPercentiles.size(); ++i) {
        if (stats::kReportPercentiles[i] == p) {
            return i;
        }
    }
    return 0;
}

double percentileOf(int column)
{
    switch (column) {
    case ComparisonModel::P5Column:
        return 0.05;
    case ComparisonModel::P25Column:
        return 0.25;
    case ComparisonModel::P75Column:
        return 0.75;
    case ComparisonModel::P95Column:
        return 0.95;
    default:
        return 0.99;
    }
}

QString cliffMagnitude(double d)
{
    // Romano et al. (2006) thresholds, as in docs/methodology.md.
    const double a = std::abs(d);
    if (a < 0.147) {
        return ComparisonModel::tr("negligible");
    }
    if (a < 0.33) {
        return ComparisonModel::tr("small");
    }
    return a < 0.474 ? ComparisonModel::tr("medium") : ComparisonModel::tr("large");
}

} // namespace

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_cmp = std::move(comparison);
    m_decimals.assign(ColumnCount, 0);
    for (int c = MedianColumn; m_cmp && c < ColumnCount; ++c) {
        std::vector<std::optional<double>> values;
        for (int r = 0; r < rowCount(); ++r) {
            values.push_back(value(r, c));
        }
        m_decimals[c] = c == RatioCiColumn ? m_decimals[RatioColumn] : decimalsFor(values);
    }
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cmp ? 0 : int(m_cmp->report.groups.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const stats::PairReport* ComparisonModel::pairOf(int row) const
{
    if (m_cmp->baseline.isEmpty()) {
        return nullptr;
    }
    for (const stats::PairReport& p : m_cmp->report.pairs) {
        if (p.a == std::size_t(row)) {
            return &p;
        }
    }
    return nullptr;
}

std::optional<double> ComparisonModel::value(int row, int column) const
{
    const stats::GroupReport& g = m_cmp->report.groups[std::size_t(row)];
    const stats::PairReport* p = pairOf(row);
    switch (column) {
    case NColumn:
        return double(g.summary.n);
    case MedianColumn:
        return g.summary.median;
    case MeanColumn:
        return g.summary.mean;
    case MeanCiColumn:
        return g.ciMean ? std::optional<double>((g.ciMean->second - g.ciMean->first) / 2) : std::nullopt;
    case P5Column:
    case P25Column:
    case P75Column:
    case P95Column:
    case P99Column:
        return g.percentiles[percentileIndex(percentileOf(column))];
    case RatioColumn:
        return p ? p->ratioMedian : std::nullopt;
    case RatioCiColumn:
        return p && p->ratioMedianCi ? std::optional<double>(p->ratioMedianCi->first) : std::nullopt;
    case PColumn:
        return p ? p->pHolm : std::nullopt;
    case CliffColumn:
        return p ? std::optional<double>(p->cliffsDelta) : std::nullopt;
    default:
        return std::nullopt;
    }
}

QString ComparisonModel::cellText(int row, int column) const
{
    const stats::GroupReport& g = m_cmp->report.groups[std::size_t(row)];
    const stats::PairReport* p = pairOf(row);
    const int decimals = m_decimals[column];
    if (column == GroupColumn) {
        return g.name;
    }
    if (column == MarksColumn) {
        return p && p->pHolm ? significanceMarks(*p->pHolm) : QString();
    }
    if (g.name == m_cmp->baseline && column >= RatioColumn && column <= CliffColumn) {
        //: the baseline's own cell in the ratio column of the Compare table
        return column == RatioColumn ? tr("baseline") : QString();
    }
    if (column == RatioCiColumn) {
        return p && p->ratioMedianCi ? QStringLiteral("[%1, %2]")
                                           .arg(formatNumber(p->ratioMedianCi->first, decimals),
                                               formatNumber(p->ratioMedianCi->second, decimals))
                                     : QString();
    }
    if (column == MeanCiColumn) {
        const auto half = value(row, column);
        return half ? QString(QStringLiteral("± ") + formatNumber(*half, decimals)) : QString();
    }
    if (column == PColumn && p && p->pHolm && formatNumber(*p->pHolm, 4) == QLatin1String("0.0000")) {
        return QStringLiteral("<0.0001");
    }
    const auto v = value(row, column);
    return v ? formatNumber(*v, column == NColumn ? 0 : (column == PColumn ? 4 : decimals)) : QString();
}

QString ComparisonModel::cellToolTip(int row, int column) const
{
    const stats::PairReport* p = pairOf(row);
    if (!p) {
        return headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    if (column == CliffColumn) {
        //: %1: Cliff's delta; %2: negligible, small, medium or large
        return tr("Cliff's δ = %1 (%2): the chance that a run of this group is slower than a run of the baseline, "
                  "minus the chance that it is faster. A12 = %3.")
            .arg(formatNumber(p->cliffsDelta, 3), cliffMagnitude(p->cliffsDelta), formatNumber(p->a12, 3));
    }
    if (column == PColumn || column == MarksColumn) {
        return tr("Mann–Whitney U p = %1 (raw), %2 after Holm's correction over the %n comparison(s) with the "
                  "baseline. *** p < 0.001, ** p < 0.01, * p < 0.05; no mark: no significant difference.",
            "", int(m_cmp->report.pairs.size()))
            .arg(QString::number(p->mwu.p, 'g', 4), p->pHolm ? QString::number(*p->pHolm, 'g', 4) : tr("undefined"));
    }
    return headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_cmp) {
        return {};
    }
    const int row = index.row();
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, col);
    case Qt::ToolTipRole:
        return cellToolTip(row, col);
    case Qt::TextAlignmentRole:
        return col == GroupColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case GroupNameRole:
        return m_cmp->report.groups[std::size_t(row)].name;
    case SortRole: {
        if (col == GroupColumn || col == MarksColumn) {
            return cellText(row, col);
        }
        // The baseline's ratio to itself is 1; other undefined cells sort after every number.
        if (col == RatioColumn && m_cmp->report.groups[std::size_t(row)].name == m_cmp->baseline) {
            return 1.0;
        }
        const auto v = value(row, col);
        return v ? *v : std::numeric_limits<double>::infinity();
    }
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    struct Header
    {
        QString title;
        QString tip;
    };
    // The metric's unit ("ms") goes into the headers of the columns that carry it.
    const QString axis = m_cmp ? figure::metricAxisTitle(m_cmp->metric) : QString();
    const qsizetype open = axis.lastIndexOf(QLatin1Char('('));
    const QString unit = open >= 0 ? QString(QStringLiteral(" ") + axis.mid(open)) : QString();
    const QString pct =
        tr("The %1th percentile (type 7, as numpy's default): that share of the runs took at most this.");
    const Header headers[ColumnCount] = {
        { tr("Group"), tr("Set (when several are open), runtime, workload and scenario") },
        { tr("n"), tr("Number of successful measured runs (warm-ups and failed runs left out)") },
        { tr("Median") + unit, tr("Median of the runs") },
        { tr("Mean") + unit, tr("Arithmetic mean of the runs") },
        { tr("95 % CI") + unit, tr("Half-width of the 95 % Student t confidence interval of the mean: mean ± this") },
        { tr("Ratio"), tr("Median of this group divided by the baseline's median: 2.0 = twice the baseline's value") },
        { tr("Ratio 95 % CI"), tr("Percentile bootstrap 95 % confidence interval of the ratio of medians") },
        { tr("p (Holm)"),
            tr("Two-sided Mann–Whitney U test against the baseline, Holm-adjusted over all comparisons with it") },
        { tr("Sig."),
            tr("Significance of the difference to the baseline (Holm-adjusted p): *** p < 0.001, ** p < 0.01, "
               "* p < 0.05; empty: not significant") },
        { tr("Cliff's δ"),
            tr("Effect size from −1 to 1: P(this > baseline) − P(this < baseline). |δ| < 0.147 negligible, "
               "< 0.33 small, < 0.474 medium, else large") },
        { tr("p5") + unit, pct.arg(5) },
        { tr("p25") + unit, pct.arg(25) },
        { tr("p75") + unit, pct.arg(75) },
        { tr("p95") + unit, pct.arg(95) },
        { tr("p99") + unit, pct.arg(99) },
    };
    if (role == Qt::DisplayRole) {
        return headers[section].title;
    }
    if (role == Qt::ToolTipRole) {
        return headers[section].tip;
    }
    return {};
}

} // namespace rb
