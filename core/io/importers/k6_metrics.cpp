// SPDX-License-Identifier: GPL-3.0-or-later
// k6 metric values → Runbench measurements, for both k6 summary formats (grafana/k6 internal/js/summary-wrapper.js,
// internal/lib/summary/machine_readable.go). Trend values of time metrics are in ms, data metrics in bytes.
#include "k6.h"

#include <QRegularExpression>
#include <QSet>

namespace rb::k6 {
namespace {

/// "http_req_duration{expected_response:true}" → "http_req_duration_expected_response_true".
QString metricBase(const QString& name)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_]+"));
    QString s = name;
    s.replace(other, QStringLiteral("_"));
    while (s.endsWith(QLatin1Char('_'))) {
        s.chop(1);
    }
    return s;
}

/// Unit infix for `contains`; for legacy files (contains empty) from k6's built-in metric names.
QString infix(const QString& name, const QString& contains)
{
    static const QSet<QString> time { QStringLiteral("http_req_duration"), QStringLiteral("http_req_blocked"),
        QStringLiteral("http_req_connecting"), QStringLiteral("http_req_tls_handshaking"),
        QStringLiteral("http_req_sending"), QStringLiteral("http_req_waiting"), QStringLiteral("http_req_receiving"),
        QStringLiteral("iteration_duration"), QStringLiteral("group_duration"), QStringLiteral("ws_connecting"),
        QStringLiteral("ws_session_duration"), QStringLiteral("ws_ping"), QStringLiteral("grpc_req_duration") };
    static const QSet<QString> data { QStringLiteral("data_sent"), QStringLiteral("data_received") };
    const QString builtin = name.section(QLatin1Char('{'), 0, 0);
    if (contains == QLatin1String("time") || (contains.isEmpty() && time.contains(builtin))) {
        return QStringLiteral("_ms");
    }
    if (contains == QLatin1String("data") || (contains.isEmpty() && data.contains(builtin))) {
        return QStringLiteral("_bytes");
    }
    return {};
}

/// Suffix of a trend statistic: avg → _mean, med → _median, p(99.9) → _p99_9, count → _count.
QString trendSuffix(const QString& key)
{
    static const QRegularExpression pct(QStringLiteral("^p\\(([0-9.]+)\\)$"));
    const auto m = pct.match(key);
    if (m.hasMatch()) {
        return QString(QStringLiteral("_p") + QString(m.captured(1)).replace(QLatin1Char('.'), QLatin1Char('_')));
    }
    if (key == QLatin1String("avg")) {
        return QStringLiteral("_mean");
    }
    if (key == QLatin1String("med")) {
        return QStringLiteral("_median");
    }
    if (key == QLatin1String("min") || key == QLatin1String("max")) {
        return QString(QLatin1Char('_') + key);
    }
    return {};
}

} // namespace

QString inferType(const QJsonObject& v)
{
    if (v.contains(QStringLiteral("avg")) || v.contains(QStringLiteral("med")) || v.contains(QStringLiteral("p(95)"))) {
        return QStringLiteral("trend");
    }
    if (v.contains(QStringLiteral("passes")) || v.contains(QStringLiteral("fails"))) {
        return QStringLiteral("rate");
    }
    if (v.contains(QStringLiteral("count")) && v.contains(QStringLiteral("rate"))) {
        return QStringLiteral("counter");
    }
    if (v.contains(QStringLiteral("value")) && v.contains(QStringLiteral("min")) && v.contains(QStringLiteral("max"))) {
        return QStringLiteral("gauge");
    }
    return {};
}

bool addMetric(const QString& name, const QString& type, const QString& contains, const QJsonObject& values,
    QList<Measurement>* out, QString* badKey)
{
    const QString base = metricBase(name);
    const QString in = infix(name, contains);
    const QString unit = in == QLatin1String("_ms") ? QStringLiteral("ms")
        : in == QLatin1String("_bytes")             ? QStringLiteral("B")
                                                    : QString();
    QList<Measurement> ms;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("thresholds")) {
            continue; // legacy: read by the caller
        }
        if (!it.value().isDouble()) {
            *badKey = key;
            return false;
        }
        const double v = it.value().toDouble();
        QString metric;
        QString u = unit;
        if (type == QLatin1String("trend")) {
            if (key == QLatin1String("count")) {
                metric = QString(base + QStringLiteral("_count"));
                u.clear();
            } else if (const QString s = trendSuffix(key); !s.isEmpty()) {
                metric = QString(base + in + s);
            }
        } else if (type == QLatin1String("counter")) {
            if (key == QLatin1String("count")) {
                metric = QString(base + in);
            } else if (key == QLatin1String("rate")) {
                metric = QString(base + in + QStringLiteral("_per_s"));
                u = unit.isEmpty() ? QStringLiteral("1/s") : QString(unit + QStringLiteral("/s"));
            }
        } else if (type == QLatin1String("rate")) {
            u.clear();
            if (key == QLatin1String("value") || key == QLatin1String("rate")) {
                metric = QString(base + QStringLiteral("_rate"));
            } else if (key == QLatin1String("passes") || key == QLatin1String("matches")) {
                metric = QString(base + QStringLiteral("_passes"));
            } else if (key == QLatin1String("fails")) {
                metric = QString(base + QStringLiteral("_fails"));
            } else if (key == QLatin1String("total")) {
                // v2 writes matches and total; fails is their difference (exact: both are counts).
                const double passes = values.value(QStringLiteral("matches")).toDouble();
                ms << Measurement { QString(base + QStringLiteral("_fails")), v - passes, QString() };
                metric = QString(base + QStringLiteral("_total"));
            }
        } else if (type == QLatin1String("gauge")) {
            metric = key == QLatin1String("value") ? QString(base + in) : QString(base + in + QLatin1Char('_') + key);
        }
        if (!metric.isEmpty()) {
            ms << Measurement { metric, v, u };
        }
    }
    *out << ms;
    return true;
}

} // namespace rb::k6
