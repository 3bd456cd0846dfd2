// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/comparison.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>
#include <vector>

namespace rb {

/// One row per group of a Comparison (docs/user-guide.md, "Compare page"): n, median, mean ± 95 % CI,
/// percentiles and, against the baseline, the ratio of medians with its bootstrap CI, the Holm-adjusted
/// Mann–Whitney p-value, its significance marks and Cliff's δ. Every number comes from the comparison's
/// stats::Report; the model only formats (exporttable.h's helpers). Holds an immutable snapshot, reset with
/// setComparison() on the model's thread.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        GroupColumn,
        NColumn,
        MedianColumn,
        MeanColumn,
        MeanCiColumn, ///< half-width of the mean's 95 % Student CI
        // Against the baseline, before the percentiles so that a narrow window shows them without scrolling.
        RatioColumn, ///< median(group) / median(baseline)
        RatioCiColumn,
        PColumn, ///< Holm-adjusted Mann–Whitney p against the baseline
        MarksColumn,
        CliffColumn,
        P5Column,
        P25Column,
        P75Column,
        P95Column,
        P99Column,
        ColumnCount
    };
    enum Roles
    {
        SortRole =
            Qt::UserRole, ///< the raw number (double), or the name; undefined: +infinity (the baseline's ratio: 1)
        GroupNameRole
    };

    explicit ComparisonModel(QObject* parent = nullptr);
    void setComparison(std::shared_ptr<const Comparison> comparison);
    std::shared_ptr<const Comparison> comparison() const
    {
        return m_cmp;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The raw number of a cell, nullopt when undefined (no baseline, the baseline's own row, a zero median).
    std::optional<double> value(int row, int column) const;

private:
    const stats::PairReport* pairOf(int row) const;
    QString cellText(int row, int column) const;
    QString cellToolTip(int row, int column) const;

    std::shared_ptr<const Comparison> m_cmp;
    std::vector<int> m_decimals; ///< per column, from the column's values
};

} // namespace rb
