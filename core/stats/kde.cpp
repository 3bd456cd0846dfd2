// SPDX-License-Identifier: GPL-3.0-or-later
#include "kde.h"

#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rb::stats {

namespace {

std::vector<double> finite(std::span<const double> values)
{
    std::vector<double> v;
    v.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(v), [](double x) { return !std::isnan(x); });
    return v;
}

} // namespace

std::optional<double> silvermanBandwidth(std::span<const double> values)
{
    const std::vector<double> v = finite(values);
    const std::optional<double> s = sd(v);
    if (!s || *s <= 0) {
        return std::nullopt;
    }
    return *s * std::pow(0.75 * double(v.size()), -0.2);
}

std::vector<double> gaussianKde(std::span<const double> values, double h, std::span<const double> at)
{
    const std::vector<double> v = finite(values);
    const double norm = 1.0 / (double(v.size()) * h * std::sqrt(2.0 * std::numbers::pi));
    std::vector<double> out;
    out.reserve(at.size());
    for (const double x : at) {
        double sum = 0;
        for (const double xi : v) {
            const double z = (x - xi) / h;
            sum += std::exp(-0.5 * z * z);
        }
        out.push_back(sum * norm);
    }
    return out;
}

std::optional<DensityCurve> densityCurve(std::span<const double> values, int points)
{
    const std::optional<double> h = silvermanBandwidth(values);
    if (!h) {
        return std::nullopt;
    }
    const std::vector<double> v = finite(values);
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    DensityCurve c;
    c.bandwidth = *h;
    const int n = std::max(points, 2);
    for (int i = 0; i < n; ++i) {
        c.x.push_back(*lo + (*hi - *lo) * double(i) / double(n - 1));
    }
    c.density = gaussianKde(v, *h, c.x);
    return c;
}

} // namespace rb::stats
