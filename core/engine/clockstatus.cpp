// SPDX-License-Identifier: GPL-3.0-or-later
#include "clockstatus.h"

#include <QString>
#include <sys/timex.h>
#include <time.h>

namespace rb {

namespace {

qint64 nsOf(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

QJsonObject clockStatus()
{
    timex tx {};
    tx.modes = 0; // read only: never adjusts the clock
    const int state = ::adjtimex(&tx);
    const qint64 before = nsOf(CLOCK_MONOTONIC);
    const qint64 realtime = nsOf(CLOCK_REALTIME);
    const qint64 after = nsOf(CLOCK_MONOTONIC);
    QJsonObject o;
    o.insert(QStringLiteral("source"), QStringLiteral("adjtimex"));
    o.insert(QStringLiteral("realtime_unix_ns"), double(realtime));
    o.insert(QStringLiteral("monotonic_ns"), double(before + (after - before) / 2));
    o.insert(QStringLiteral("read_gap_ns"), double(after - before));
    if (state < 0) {
        o.insert(QStringLiteral("synchronised"), false);
        o.insert(QStringLiteral("error"), QStringLiteral("adjtimex failed"));
        o.insert(QStringLiteral("max_error_us"), QJsonValue::Null);
        o.insert(QStringLiteral("offset_us"), QJsonValue::Null);
        return o;
    }
    // offset is in ns when STA_NANO is set, µs otherwise.
    const double offsetUs = (tx.status & STA_NANO) ? double(tx.offset) / 1000.0 : double(tx.offset);
    o.insert(QStringLiteral("synchronised"), !(tx.status & STA_UNSYNC) && state != TIME_ERROR);
    o.insert(QStringLiteral("status"), int(tx.status));
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("max_error_us"), double(tx.maxerror));
    o.insert(QStringLiteral("est_error_us"), double(tx.esterror));
    o.insert(QStringLiteral("offset_us"), offsetUs);
    return o;
}

} // namespace rb
