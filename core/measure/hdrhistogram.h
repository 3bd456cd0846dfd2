// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace rb {

/// A High Dynamic Range histogram following HdrHistogram's log-linear bucket scheme (Gil Tene's
/// HdrHistogram_c: same sub-bucket layout, index arithmetic and percentile rank).
///
/// Why our own: Debian has no HdrHistogram package, and the part Runbench needs (record, merge,
/// percentiles) is ~200 lines; vendoring the C library would bring its log format, atomics and
/// allocation strategy that we do not use.
///
/// Units are the caller's; the load generator records **nanoseconds** with the default range
/// [1 ns, 3.6e12 ns = 1 h] and 3 significant digits (2048 sub-buckets per bucket). Any value v in the
/// range is stored in a bucket whose width is at most v / 1024, so every reported percentile q
/// satisfies exact ≤ q ≤ exact × (1 + 1/1024) (relative error < 0.098%) where "exact" is the value of
/// the same rank in the sorted samples (rank = max(1, round(p/100 × count))). Values below 2048 are exact.
/// Values above the highest trackable value are clamped to it and counted in clampedCount();
/// negative values are recorded as 0.
///
/// Memory is fixed at construction ((bucketCount + 1) × 1024 counters of 8 bytes: 264 KiB for the
/// default range) and does not grow with the number of recorded values. min, max, count and the exact
/// mean and standard deviation (Welford, merged with Chan et al.'s formula) are tracked alongside.
///
/// Not thread-safe: each thread records into its own instance; merge them with add() afterwards.
class HdrHistogram
{
public:
    static constexpr int64_t kDefaultHighest = 3'600'000'000'000; ///< 1 h in ns

    /// lowest ≥ 1 is the smallest discernible value, highest ≥ 2 × lowest, significantDigits in [1, 5].
    explicit HdrHistogram(int64_t lowest = 1, int64_t highest = kDefaultHighest, int significantDigits = 3);

    /// Records one value (any thread, but one thread per instance at a time).
    void record(int64_t value)
    {
        recordCount(value, 1);
    }
    /// Records a value n times.
    void recordCount(int64_t value, int64_t n);
    /// Adds every count of other (same lowest, highest and digits; otherwise returns false and adds nothing).
    bool add(const HdrHistogram& other);
    void reset();

    int64_t count() const
    {
        return m_totalCount;
    }
    int64_t clampedCount() const
    {
        return m_clamped;
    }
    /// Exact minimum and maximum of the recorded (clamped) values; 0 when empty.
    int64_t min() const
    {
        return m_totalCount ? m_min : 0;
    }
    int64_t max() const
    {
        return m_totalCount ? m_max : 0;
    }
    /// Exact mean and sample standard deviation (n − 1) of the recorded values; 0 when empty (sd: n < 2).
    double mean() const
    {
        return m_totalCount ? m_mean : 0.0;
    }
    double stddev() const;
    /// The value at percentile p in [0, 100]: the highest value equivalent to the sample of rank
    /// max(1, round(p/100 × count)); p = 0 gives min(), p = 100 gives max(). 0 when empty.
    int64_t valueAtPercentile(double p) const;

    /// Calls f(highest equivalent value, count) for every non-empty bucket, in increasing value order.
    template <typename F> void forEachBucket(F&& f) const
    {
        for (int i = 0; i < int(m_counts.size()); ++i) {
            if (m_counts[std::size_t(i)] != 0) {
                f(highestEquivalentValue(valueAtIndex(i)), m_counts[std::size_t(i)]);
            }
        }
    }

    int64_t lowestEquivalentValue(int64_t v) const;
    int64_t highestEquivalentValue(int64_t v) const;
    /// Bytes held by the counters (constant for the life of the object).
    std::size_t memoryBytes() const
    {
        return m_counts.size() * sizeof(int64_t);
    }
    int bucketCount() const
    {
        return m_bucketCount;
    }
    int subBucketCount() const
    {
        return m_subBucketCount;
    }

private:
    int bucketIndex(int64_t v) const;
    int subBucketIndex(int64_t v, int bucket) const;
    int countsIndex(int64_t v) const;
    int64_t valueFromIndex(int bucket, int subBucket) const;
    int64_t valueAtIndex(int index) const;
    int64_t sizeOfEquivalentRange(int64_t v) const;

    int64_t m_lowest;
    int64_t m_highest;
    int m_digits;
    int m_unitMagnitude = 0;
    int m_subBucketHalfCountMagnitude = 0;
    int m_subBucketCount = 0;
    int m_subBucketHalfCount = 0;
    int64_t m_subBucketMask = 0;
    int m_bucketCount = 0;
    int m_leadingZeroCountBase = 0;
    std::vector<int64_t> m_counts;
    int64_t m_totalCount = 0;
    int64_t m_clamped = 0;
    int64_t m_min = 0;
    int64_t m_max = 0;
    double m_mean = 0;
    double m_m2 = 0; ///< Welford's sum of squared deviations
};

} // namespace rb
