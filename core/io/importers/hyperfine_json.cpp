// SPDX-License-Identifier: GPL-3.0-or-later
// hyperfine --export-json: {"results": [{"command", "mean", …, "user", "system", "times": [s], "exit_codes",
// "parameters", "memory_usage_byte"}]}. Every time becomes a run; user and system are means only.
#include "hyperfine.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace rb {
namespace {

using importing::lineAt;

/// Line of each result's "command" key, in order (hyperfine writes one key per line).
QList<int> commandLines(const QByteArray& text)
{
    QList<int> lines;
    for (qsizetype at = text.indexOf("\"command\":"); at >= 0; at = text.indexOf("\"command\":", at + 1)) {
        lines << importing::lineAt(text, at);
    }
    return lines;
}

class HyperfineJson final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("hyperfine-json");
    }
    int sniff(const QString& path, const QByteArray& head) const override
    {
        const QByteArray t = head.trimmed();
        if (!t.startsWith('{') || !t.contains("\"results\"")) {
            return 0;
        }
        return t.contains("\"command\"") ? 90 : (path.endsWith(QLatin1String(".json")) ? 40 : 30);
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

bool readResult(const QString& path, const QJsonObject& o, int i, int line, ResultSet& set, ImportError* error)
{
    const QString at = QStringLiteral("results[%1]").arg(i);
    auto fail = [&](const QString& field, const QString& message) {
        *error = { path, line, QString(at + field), message };
        return false;
    };
    if (!o.value(QStringLiteral("command")).isString()) {
        return fail(QStringLiteral(".command"), QStringLiteral("missing or not a string"));
    }
    const QJsonArray times = o.value(QStringLiteral("times")).toArray();
    if (times.isEmpty()) {
        return fail(QStringLiteral(".times"), QStringLiteral("missing or empty, expected the time of every run in s"));
    }
    const QJsonArray codes = o.value(QStringLiteral("exit_codes")).toArray();
    const QJsonArray memory = o.value(QStringLiteral("memory_usage_byte")).toArray();
    QJsonObject params;
    const QJsonObject given = o.value(QStringLiteral("parameters")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        params.insert(it.key(), importing::factorValue(it.value().toVariant().toString()));
    }
    for (qsizetype j = 0; j < times.size(); ++j) {
        const double s = times.at(j).toDouble(std::nan(""));
        if (!times.at(j).isDouble() || !std::isfinite(s * 1000.0) || s < 0) { // in ms too
            return fail(QStringLiteral(".times[%1]").arg(j), QStringLiteral("expected a time in s (a number ≥ 0)"));
        }
        RunRecord r = importing::makeRun(QStringLiteral("hyperfine"), QStringLiteral("hyperfine-json"),
            o.value(QStringLiteral("command")).toString(), params, int(j) + 1);
        r.measurements << Measurement { QStringLiteral("wall_ms"), s * 1000.0, QStringLiteral("ms") };
        if (j < codes.size()) {
            // hyperfine writes null when the command was killed by a signal.
            r.exitCode = codes.at(j).isDouble() ? codes.at(j).toInt() : -1;
            r.ok = r.exitCode == 0;
            r.error = r.ok ? QString() : QStringLiteral("exit code %1 (from hyperfine)").arg(r.exitCode);
        }
        if (j < memory.size() && memory.at(j).isDouble()) {
            r.measurements << Measurement { QStringLiteral("max_rss_kb"), memory.at(j).toDouble() / 1024.0,
                QStringLiteral("KiB") };
        }
        if (j == 0) {
            // Means over all runs, not values of this run: marked by the suffix (docs/import.md).
            for (const auto& [key, metric] : { std::pair { "user", "user_ms_mean" }, { "system", "sys_ms_mean" } }) {
                const QJsonValue v = o.value(QLatin1String(key));
                if (v.isDouble() && !std::isfinite(v.toDouble() * 1000.0)) {
                    return fail(QString(QLatin1Char('.') + QLatin1String(key)), QStringLiteral("expected a time in s"));
                }
                if (v.isDouble()) {
                    r.measurements << Measurement { QLatin1String(metric), v.toDouble() * 1000.0,
                        QStringLiteral("ms") };
                }
            }
        }
        if (!importing::addUniqueRun(set, r, line, path, error)) {
            return false;
        }
    }
    return true;
}

std::optional<ResultSet> HyperfineJson::import(const QString& path, ImportError* error) const
{
    const auto json = importing::readJson(path, error);
    if (!json) {
        return std::nullopt;
    }
    const QByteArray& text = json->text;
    const QJsonDocument& doc = json->doc;
    const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
    if (results.isEmpty()) {
        *error = { path, 1, QStringLiteral("results"),
            QStringLiteral("missing or empty, expected hyperfine's "
                           "--export-json output") };
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("hyperfine"), {});
    QList<int> lines = commandLines(text);
    if (lines.size() != results.size()) {
        // A result without "command" (or one written otherwise): no line per result, so name the array's.
        const qsizetype at = text.indexOf("\"results\"");
        lines = QList<int>(results.size(), at < 0 ? 1 : lineAt(text, at));
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!readResult(path, results.at(i).toObject(), int(i), lines.value(i), set, error)) {
            return std::nullopt;
        }
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeHyperfineJsonImporter()
{
    return std::make_unique<HyperfineJson>();
}

} // namespace rb
