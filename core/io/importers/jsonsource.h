// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <optional>

namespace rb::importing {

/// A JSON file read whole, with the text kept so errors can name lines (QJsonDocument does not give them).
struct JsonSource
{
    QByteArray text;
    QJsonDocument doc;
};

/// Line (1-based) of byte `offset` in `text`.
int lineAt(const QByteArray& text, qsizetype offset);

/// Line of the first `"key":` at or after byte `from` (0 when the key is not there). Good enough for a member's
/// line in tools' pretty-printed output; for one-line JSON every key is on line 1 anyway.
int keyLine(const QByteArray& text, const QString& key, qsizetype from = 0);

/// Byte offset of the first `"key":` at or after `from`, or -1.
qsizetype keyOffset(const QByteArray& text, const QString& key, qsizetype from = 0);

/// Reads and parses `path`; on failure nullopt and `error` (cannot read, or invalid JSON at its line).
std::optional<JsonSource> readJson(const QString& path, ImportError* error);

} // namespace rb::importing
