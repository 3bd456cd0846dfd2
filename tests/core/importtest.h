// SPDX-License-Identifier: GPL-3.0-or-later
// What the tst_import_* tests share: test data, comparing converted values, which importer the registry picks.
#pragma once

#include "io/importers/registry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

namespace importtest {

inline QString data(const QString& tool, const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + tool + QLatin1Char('/') + name));
}

/// Equal up to rounding of a unit conversion (relative `rel`, absolute below 1).
inline bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}

/// The run with `id`, or nullptr.
inline const rb::RunRecord* run(const rb::ResultSet& set, const QString& id)
{
    for (const rb::RunRecord& r : set.runs) {
        if (r.spec.runId == id) {
            return &r;
        }
    }
    return nullptr;
}

/// The unit of `metric` in `r` ("?" when it has none).
inline QString unit(const rb::RunRecord& r, const QString& metric)
{
    for (const rb::Measurement& m : r.measurements) {
        if (m.metric == metric) {
            return m.unit;
        }
    }
    return QStringLiteral("?");
}

inline QJsonObject source(const rb::ResultSet& set)
{
    return set.experiment.value(QStringLiteral("sources")).toArray().first().toObject();
}

/// The importer ImporterRegistry picks for `path` by content, or "" with the error.
inline QString picked(const QString& path)
{
    rb::ImporterRegistry reg;
    rb::ImportError error;
    const rb::Importer* imp = reg.pick(path, &error);
    return imp ? imp->name() : QString();
}

/// The registry picks the importer named `format` for `path`, by content (a QtTest check).
inline void verifyPicked(const QString& path, const QString& format)
{
    const rb::ImporterRegistry reg;
    rb::ImportError error;
    const rb::Importer* imp = reg.pick(path, &error);
    QVERIFY2(imp, qPrintable(error.text()));
    QCOMPARE(imp->name(), format);
}

} // namespace importtest
