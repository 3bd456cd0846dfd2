// SPDX-License-Identifier: GPL-3.0-or-later
// HdrHistogram's bucket arithmetic (see HdrHistogram_c, hdr_histogram.c), reimplemented: see the header.
#include "hdrhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>

namespace rb {

HdrHistogram::HdrHistogram(int64_t lowest, int64_t highest, int significantDigits)
    : m_lowest(lowest)
    , m_highest(highest)
    , m_digits(significantDigits)
{
    if (lowest < 1 || highest < 2 * lowest || significantDigits < 1 || significantDigits > 5) {
        throw std::invalid_argument("HdrHistogram: invalid range or precision");
    }
    // Enough sub-buckets that adjacent values differ by at most one unit in the last significant digit:
    // 2 × 10^digits rounded up to a power of two (2048 for 3 digits).
    const int64_t largestSingleUnitResolution = 2 * static_cast<int64_t>(std::pow(10, significantDigits));
    const int subBucketCountMagnitude = static_cast<int>(std::ceil(std::log2(double(largestSingleUnitResolution))));
    m_subBucketHalfCountMagnitude = std::max(subBucketCountMagnitude, 1) - 1;
    m_unitMagnitude = static_cast<int>(std::floor(std::log2(double(lowest))));
    m_subBucketCount = 1 << (m_subBucketHalfCountMagnitude + 1);
    m_subBucketHalfCount = m_subBucketCount / 2;
    m_subBucketMask = (int64_t(m_subBucketCount) - 1) << m_unitMagnitude;
    int64_t smallestUntrackable = int64_t(m_subBucketCount) << m_unitMagnitude;
    int buckets = 1;
    while (smallestUntrackable <= highest) {
        if (smallestUntrackable > INT64_MAX / 2) {
            ++buckets;
            break;
        }
        smallestUntrackable <<= 1;
        ++buckets;
    }
    m_bucketCount = buckets;
    m_leadingZeroCountBase = 64 - m_unitMagnitude - m_subBucketHalfCountMagnitude - 1;
    m_counts.assign(std::size_t(m_bucketCount + 1) * std::size_t(m_subBucketHalfCount), 0);
}

int HdrHistogram::bucketIndex(int64_t v) const
{
    return m_leadingZeroCountBase - std::countl_zero(uint64_t(v | m_subBucketMask));
}

int HdrHistogram::subBucketIndex(int64_t v, int bucket) const
{
    return int(v >> (bucket + m_unitMagnitude));
}

int HdrHistogram::countsIndex(int64_t v) const
{
    const int b = bucketIndex(v);
    const int sb = subBucketIndex(v, b);
    return ((b + 1) << m_subBucketHalfCountMagnitude) + (sb - m_subBucketHalfCount);
}

int64_t HdrHistogram::valueFromIndex(int bucket, int subBucket) const
{
    return int64_t(subBucket) << (bucket + m_unitMagnitude);
}

int64_t HdrHistogram::valueAtIndex(int index) const
{
    int bucket = (index >> m_subBucketHalfCountMagnitude) - 1;
    int subBucket = (index & (m_subBucketHalfCount - 1)) + m_subBucketHalfCount;
    if (bucket < 0) {
        subBucket -= m_subBucketHalfCount;
        bucket = 0;
    }
    return valueFromIndex(bucket, subBucket);
}

int64_t HdrHistogram::sizeOfEquivalentRange(int64_t v) const
{
    const int b = bucketIndex(v);
    const int sb = subBucketIndex(v, b);
    const int adjusted = sb >= m_subBucketCount ? b + 1 : b;
    return int64_t(1) << (m_unitMagnitude + adjusted);
}

int64_t HdrHistogram::lowestEquivalentValue(int64_t v) const
{
    const int b = bucketIndex(v);
    return valueFromIndex(b, subBucketIndex(v, b));
}

int64_t HdrHistogram::highestEquivalentValue(int64_t v) const
{
    return lowestEquivalentValue(v) + sizeOfEquivalentRange(v) - 1;
}

void HdrHistogram::recordCount(int64_t value, int64_t n)
{
    if (n <= 0) {
        return;
    }
    if (value < 0) {
        value = 0;
    } else if (value > m_highest) {
        value = m_highest;
        m_clamped += n;
    }
    m_counts[std::size_t(countsIndex(value))] += n;
    if (m_totalCount == 0) {
        m_min = m_max = value;
    } else {
        m_min = std::min(m_min, value);
        m_max = std::max(m_max, value);
    }
    // Welford, generalised to n equal values (a merge with a group of variance 0).
    const double total = double(m_totalCount + n);
    const double delta = double(value) - m_mean;
    m_mean += delta * double(n) / total;
    m_m2 += delta * delta * double(m_totalCount) * double(n) / total;
    m_totalCount += n;
}

bool HdrHistogram::add(const HdrHistogram& other)
{
    if (other.m_lowest != m_lowest || other.m_highest != m_highest || other.m_digits != m_digits) {
        return false;
    }
    if (other.m_totalCount == 0) {
        return true;
    }
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        m_counts[i] += other.m_counts[i];
    }
    if (m_totalCount == 0) {
        m_min = other.m_min;
        m_max = other.m_max;
    } else {
        m_min = std::min(m_min, other.m_min);
        m_max = std::max(m_max, other.m_max);
    }
    // Chan, Golub and LeVeque's pairwise combination of means and M2.
    const double na = double(m_totalCount);
    const double nb = double(other.m_totalCount);
    const double delta = other.m_mean - m_mean;
    m_mean += delta * nb / (na + nb);
    m_m2 += other.m_m2 + delta * delta * na * nb / (na + nb);
    m_totalCount += other.m_totalCount;
    m_clamped += other.m_clamped;
    return true;
}

void HdrHistogram::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_totalCount = m_clamped = m_min = m_max = 0;
    m_mean = m_m2 = 0;
}

double HdrHistogram::stddev() const
{
    return m_totalCount > 1 ? std::sqrt(m_m2 / double(m_totalCount - 1)) : 0.0;
}

int64_t HdrHistogram::valueAtPercentile(double p) const
{
    if (m_totalCount == 0) {
        return 0;
    }
    p = std::clamp(p, 0.0, 100.0);
    if (p == 0.0) {
        return m_min;
    }
    if (p == 100.0) {
        return m_max;
    }
    const int64_t rank = std::max<int64_t>(1, std::llround(p / 100.0 * double(m_totalCount)));
    int64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank) {
            // The bucket's highest value, but never above the exact maximum (the last bucket may be wide).
            return std::min(highestEquivalentValue(valueAtIndex(int(i))), m_max);
        }
    }
    return m_max;
}

} // namespace rb
