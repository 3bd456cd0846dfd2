// SPDX-License-Identifier: GPL-3.0-or-later
// The element github-action-benchmark stores per benchmark (src/extract.ts, zod): name (coerced string), value
// (coerced number), unit (coerced string), range and extra (optional, coerced strings).
#include "benchaction.h"
#include "importedrun.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace rb::importing {

namespace {

/// A JSON scalar as zod's z.coerce.string() reads it; nullopt for objects, arrays and null.
std::optional<QString> coercedString(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble() || v.isBool()) {
        return v.toVariant().toString();
    }
    return std::nullopt;
}

} // namespace

bool readBenchItem(const QJsonValue& v, const QString& valueSuffix, BenchItem* out, QString* field, QString* message)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject()) {
        *field = {};
        *message = QStringLiteral("expected an object {name, value, unit}");
        return false;
    }
    const auto name = coercedString(o.value(QStringLiteral("name")));
    const auto unit = coercedString(o.value(QStringLiteral("unit")));
    if (!name || name->isEmpty() || !unit) {
        *field = name && !name->isEmpty() ? QStringLiteral(".unit") : QStringLiteral(".name");
        *message = QStringLiteral("missing or not a string");
        return false;
    }
    const QJsonValue value = o.value(QStringLiteral("value"));
    bool ok = value.isDouble();
    const double number = ok ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
    if (!ok) {
        *field = QStringLiteral(".value");
        *message = QStringLiteral("missing or not a number");
        return false;
    }
    const UnitMetric um = unitMetric(*unit);
    out->name = *name;
    out->measurements = { Measurement { QString(um.metric + valueSuffix), number * um.scale, um.unit } };
    out->extra = o.value(QStringLiteral("extra")).toString();
    out->warning.clear();
    if (const auto range = coercedString(o.value(QStringLiteral("range")))) {
        // "± 2619544" (tool: cargo), "+/- 3", or a bare number as in the README.
        static const QRegularExpression re(QStringLiteral("^\\s*(?:±|\\+/-|\\+-)?\\s*([0-9.,eE+-]+)\\s*$"));
        const auto m = re.match(*range);
        bool rok = false;
        const double r = m.hasMatch() ? QString(m.captured(1)).remove(QLatin1Char(',')).toDouble(&rok) : 0.0;
        if (rok) {
            out->measurements << Measurement { QString(um.metric + QStringLiteral("_range")), r * um.scale, um.unit };
        } else {
            out->warning = QStringLiteral("range \"%1\" is not a number; not kept").arg(range->left(40));
        }
    }
    return true;
}

} // namespace rb::importing
