// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectsize.h"

namespace rb::stats {

double cliffsDelta(double u, std::size_t m, std::size_t n)
{
    return 2 * u / (double(m) * double(n)) - 1;
}

double vargaDelaneyA12(double u, std::size_t m, std::size_t n)
{
    return u / (double(m) * double(n));
}

} // namespace rb::stats
