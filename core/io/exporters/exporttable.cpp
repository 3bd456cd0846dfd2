// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttable.h"

#include <algorithm>
#include <cmath>

namespace rb {

namespace {

ExportColumn column(const QString& header, const QString& key, std::vector<std::optional<double>> values, bool best)
{
    ExportColumn c;
    c.header = header;
    c.key = key;
    c.decimals = decimalsFor(values);
    c.values = std::move(values);
    c.highlightBest = best;
    return c;
}

std::optional<double> adjustedP(const stats::PairReport& pair, ExportOptions::Correction correction)
{
    return correction == ExportOptions::Correction::Holm ? pair.pHolm : pair.pBh;
}

} // namespace

int decimalsFor(const std::vector<std::optional<double>>& values)
{
    double smallest = 0;
    for (const auto& v : values) {
        if (v && std::isfinite(*v) && *v != 0 && (smallest == 0 || std::abs(*v) < smallest)) {
            smallest = std::abs(*v);
        }
    }
    if (smallest == 0) {
        return 0;
    }
    const int magnitude = int(std::floor(std::log10(smallest)));
    return std::clamp(2 - magnitude, 0, 4);
}

QString formatNumber(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString formatCell(const ExportColumn& column, std::size_t row)
{
    const auto& v = column.values[row];
    if (!v || !std::isfinite(*v)) {
        return {};
    }
    const double resolution = std::pow(10.0, -column.decimals);
    if (column.showBelowResolution && *v > 0 && *v < resolution / 2) {
        return QLatin1Char('<') + formatNumber(resolution, column.decimals);
    }
    return formatNumber(*v, column.decimals);
}

QString significanceMarks(double p)
{
    if (p < 0.001) {
        return QStringLiteral("***");
    }
    if (p < 0.01) {
        return QStringLiteral("**");
    }
    if (p < 0.05) {
        return QStringLiteral("*");
    }
    return {};
}

std::vector<bool> bestRows(const ExportColumn& column)
{
    std::vector<bool> best(column.values.size(), false);
    std::optional<double> lowest;
    for (const auto& v : column.values) {
        if (v && std::isfinite(*v)) {
            const double shown = formatNumber(*v, column.decimals).toDouble();
            lowest = lowest ? std::min(*lowest, shown) : shown;
        }
    }
    for (std::size_t i = 0; lowest && i < column.values.size(); ++i) {
        const auto& v = column.values[i];
        best[i] = v && std::isfinite(*v) && formatNumber(*v, column.decimals).toDouble() == *lowest;
    }
    return best;
}

ExportTable buildExportTable(const stats::Report& report, const QString& baseline, const ExportOptions& options)
{
    ExportTable t;
    const bool median = options.center == ExportOptions::Center::Median;
    std::vector<std::optional<double>> n, center, lo, hi, halfWidth, p;
    std::size_t baselineIndex = report.groups.size();
    for (std::size_t i = 0; i < report.groups.size(); ++i) {
        const stats::GroupReport& g = report.groups[i];
        t.names << g.name;
        n.push_back(double(g.summary.n));
        center.push_back(median ? g.summary.median : g.summary.mean);
        lo.push_back(g.ciMedian.first);
        hi.push_back(g.ciMedian.second);
        halfWidth.push_back(g.ciMean ? std::optional<double>((g.ciMean->second - g.ciMean->first) / 2) : std::nullopt);
        p.push_back(std::nullopt);
        t.marks << QString();
        if (!baseline.isEmpty() && g.name == baseline) {
            baselineIndex = i;
        }
    }
    const bool compared = baselineIndex < report.groups.size();
    for (const stats::PairReport& pair : report.pairs) {
        if (compared && pair.b == baselineIndex && pair.a < p.size()) {
            p[pair.a] = adjustedP(pair, options.correction);
            t.marks[qsizetype(pair.a)] = p[pair.a] ? significanceMarks(*p[pair.a]) : QString();
        }
    }
    ExportColumn nColumn = column(QStringLiteral("n"), QStringLiteral("n"), std::move(n), false);
    nColumn.decimals = 0;
    t.columns.push_back(std::move(nColumn));
    if (median) {
        t.columns.push_back(column(QStringLiteral("Median"), QStringLiteral("median"), std::move(center), true));
        t.columns.push_back(column(QStringLiteral("CI low"), QStringLiteral("ci_low"), std::move(lo), true));
        t.columns.push_back(column(QStringLiteral("CI high"), QStringLiteral("ci_high"), std::move(hi), true));
    } else {
        t.columns.push_back(column(QStringLiteral("Mean"), QStringLiteral("mean"), std::move(center), true));
        t.columns.push_back(
            column(QStringLiteral("± CI"), QStringLiteral("ci_half_width"), std::move(halfWidth), true));
    }
    // The centre and its CI share their decimals, so that they read as one quantity.
    int shared = 0;
    for (std::size_t c = 1; c < t.columns.size(); ++c) {
        shared = std::max(shared, t.columns[c].decimals);
    }
    for (std::size_t c = 1; c < t.columns.size(); ++c) {
        t.columns[c].decimals = shared;
    }
    const QString correction = options.correction == ExportOptions::Correction::Holm
        ? QStringLiteral("Holm")
        : QStringLiteral("Benjamini–Hochberg");
    if (compared) {
        ExportColumn pColumn = column(
            QStringLiteral("p (") + correction + QLatin1Char(')'), QStringLiteral("p_adjusted"), std::move(p), false);
        pColumn.decimals = 4;
        pColumn.showBelowResolution = true;
        t.columns.push_back(std::move(pColumn));
    }
    const QString what = median ? QStringLiteral("median with its 95 % CI") : QStringLiteral("mean ± 95 % CI");
    t.caption = options.caption.isEmpty()
        ? QString(options.metric.isEmpty() ? QStringLiteral("Results") : options.metric) + QStringLiteral(": ") + what
            + QLatin1Char('.')
        : options.caption;
    if (compared) {
        t.note = QStringLiteral("Mann–Whitney U test against %1, %2-adjusted: * p < 0.05, ** p < 0.01, *** p < 0.001.")
                     .arg(baseline, correction);
    }
    t.label = options.label;
    return t;
}

} // namespace rb
