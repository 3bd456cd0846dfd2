// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QJsonObject>
#include <memory>

namespace rb {

/// k6 `--summary-export` (legacy JSON: `{root_group, metrics}`): one summary run per file (docs/import.md).
std::unique_ptr<Importer> makeK6SummaryImporter();
/// k6 new machine-readable summary (`{version, config, metadata, results}`, k6 ≥ 1.5 opt-in, default in v2).
std::unique_ptr<Importer> makeK6SummaryV2Importer();

namespace k6 {

/// Turns one k6 metric's values into measurements (shared by both k6 formats; names in docs/import.md).
/// `type` is "trend", "counter", "rate" or "gauge"; `contains` "time", "data", "default", or empty when the file does
/// not say (legacy: known built-in time and data metrics get ms/bytes, others no unit). False with `badKey` set when
/// a value is not a number.
bool addMetric(const QString& name, const QString& type, const QString& contains, const QJsonObject& values,
    QList<Measurement>* out, QString* badKey);

/// The type of a legacy metric from its keys (k6 does not store it); empty when the keys fit none.
QString inferType(const QJsonObject& values);

} // namespace k6
} // namespace rb
