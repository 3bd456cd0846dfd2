// SPDX-License-Identifier: GPL-3.0-or-later
// generic-json: an array of objects (the document, or the one at --map rows=PATH), read with an explicit --map
// (docs/import.md); one run per element. Keys may be dotted paths into nested objects.
#include "generic.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb {
namespace {

/// The value at dotted `path` under `v` (undefined when absent).
QJsonValue at(QJsonValue v, const QString& path)
{
    for (const QString& key : path.split(QLatin1Char('.'))) {
        v = v.toObject().value(key);
    }
    return v;
}

QString text(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
}

class GenericJson final : public Importer
{
public:
    explicit GenericJson(const ColumnMap& map)
        : m_map(map)
    {
    }
    QString name() const override
    {
        return QStringLiteral("generic-json");
    }
    int sniff(const QString&, const QByteArray&) const override
    {
        return 0; // only with --format
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;

private:
    ColumnMap m_map;
};

std::optional<ResultSet> GenericJson::import(const QString& path, ImportError* error) const
{
    if (m_map.value.isEmpty()) {
        *error = { path, 0, QStringLiteral("--map"), QStringLiteral("generic-json needs --map value=KEY,…") };
        return std::nullopt;
    }
    const auto json = importing::readJson(path, error);
    if (!json) {
        return std::nullopt;
    }
    const QByteArray& bytes = json->text;
    const QJsonDocument& doc = json->doc;
    // JSON has no lines: a row's line is where its value key occurs for the i-th time after the rows' key
    // (tools write one object per row, keys in order), good enough to find the row in an editor.
    const qsizetype rowsAt =
        m_map.rows.isEmpty() ? 0 : importing::keyOffset(bytes, m_map.rows.section(QLatin1Char('.'), -1));
    const int listLine = importing::lineAt(bytes, qMax<qsizetype>(rowsAt, 0));
    qsizetype from = qMax<qsizetype>(rowsAt, 0);
    const QString valueKey = m_map.value.section(QLatin1Char('.'), -1);
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue list = m_map.rows.isEmpty() ? root : at(root, m_map.rows);
    const QString prefix = m_map.rows.isEmpty() ? QString() : m_map.rows;
    if (!list.isArray()) {
        *error = { path, listLine, m_map.rows.isEmpty() ? QStringLiteral("(document)") : m_map.rows,
            QStringLiteral("expected an array of objects%1")
                .arg(m_map.rows.isEmpty() ? QStringLiteral(" (or give --map rows=PATH)") : QString()) };
        return std::nullopt;
    }
    importing::GenericRows rows(path, name(), m_map);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = prefix + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const qsizetype keyAt = importing::keyOffset(bytes, valueKey, from);
        const int line = keyAt < 0 ? listLine : importing::lineAt(bytes, keyAt);
        from = keyAt < 0 ? from : keyAt + 1;
        QHash<QString, QString> cells;
        for (const auto& [role, key] : m_map.columns()) {
            const QJsonValue v = at(array.at(i), key);
            if (!v.isDouble() && !v.isString()) {
                *error = { path, line, QString(where + QLatin1Char('.') + key),
                    QStringLiteral("missing or not a number or string (--map %1=%2)").arg(role, key) };
                return std::nullopt;
            }
            cells.insert(role, text(v));
        }
        if (!rows.add(cells, line, where, error)) {
            return std::nullopt;
        }
    }
    return rows.finish(importing::lineAt(bytes, bytes.size()), error);
}

} // namespace

std::unique_ptr<Importer> makeGenericJsonImporter(const ColumnMap& map)
{
    return std::make_unique<GenericJson>(map);
}

} // namespace rb
