// SPDX-License-Identifier: GPL-3.0-or-later
// What wrk (wg/wrk) and wrk2 (giltene/wrk2) print alike: units (src/units.c) and the summary lines of src/wrk.c.
#pragma once

#include "importer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace rb::wrkformat {

/// True when `head` (a file's first bytes) has wrk's and wrk2's first line, "Running DURATION test @ URL".
bool hasRunningLine(const QByteArray& head);

/// "84.26us" → 0.08426 (ms); nullopt for a number or unit wrk does not write (us, ms, s, m, h).
std::optional<double> timeMs(const QString& text);

/// "40.58k" → 40580; `base` 1000 for counts (k, M, G…), 1024 for bytes (K, M, G… then `suffix` "B").
std::optional<double> scaled(const QString& text, double base, const QString& suffix);

/// The lines both tools print, read one at a time. Stateless apart from what it has read; any thread.
struct Summary
{
    QString url;
    QJsonObject params; ///< duration, threads, connections
    int runLine = 0; ///< the `Running` line
    QList<Measurement> measurements;
    QHash<QString, int> seen; ///< required line → line number
    int badLine = 0; ///< first error (0: none)
    QString badField;
    QString badMessage;

    /// Reads `raw` (line `line`, 1-based) when it is one of the shared lines (Running, threads, Thread Stats,
    /// Latency/Req/Sec rows, `requests in`, Non-2xx, Socket errors, Requests/sec, Transfer/sec). Returns whether
    /// it was; a shared line that does not read sets badLine/badField/badMessage.
    bool read(int line, const QString& raw);
    void fail(int line, const QString& field, const QString& message);
    void add(const QString& metric, double value, const QString& unit);
    /// Adds a time as ms, or fails with "expected a time" at `field`.
    void addTime(int line, const QString& field, const QString& text, const QString& metric);
    /// After the last line: fills `error` when a required line is missing (cut file) or a line failed, else adds
    /// the zero counts wrk leaves out (`non_2xx_3xx`, `socket_errors_*`). `lines` is the file's line count.
    bool finish(const QString& path, int lines, ImportError* error);
};

} // namespace rb::wrkformat
