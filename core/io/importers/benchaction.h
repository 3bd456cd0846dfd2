// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QJsonValue>
#include <memory>

namespace rb {

/// github-action-benchmark's custom JSON (`customSmallerIsBetter` / `customBiggerIsBetter`): an array of
/// {name, value, unit, range?, extra?}; one run per element (docs/import.md).
std::unique_ptr<Importer> makeBenchActionJsonImporter();
/// github-action-benchmark's history `data.js` (gh-pages `dev/bench/data.js`): one run per bench per upload,
/// the suite as scenario, the commit as factor (docs/import.md).
std::unique_ptr<Importer> makeBenchActionDataJsImporter();

namespace importing {

/// One {name, value, unit, range?, extra?} element, read as github-action-benchmark's zod schema
/// (src/extract.ts) coerces it.
struct BenchItem
{
    QString name;
    QList<Measurement> measurements; ///< the value; its range as `<metric>_range` when it reads as a number
    QString extra; ///< free text (tooltip), kept in the source entry
    QString warning; ///< a range that is not a number (not kept), else empty
};

/// Reads `v`; on failure returns false with the `field` (relative, e.g. ".value") and `message`.
/// `valueSuffix` marks the value as a summary (e.g. "_median" for `tool: cargo`).
bool readBenchItem(const QJsonValue& v, const QString& valueSuffix, BenchItem* out, QString* field, QString* message);

} // namespace importing
} // namespace rb
