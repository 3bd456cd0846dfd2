// SPDX-License-Identifier: GPL-3.0-or-later
// generic-csv: any CSV with a header row, read with an explicit --map (docs/import.md); one run per row.
#include "generic.h"
#include "importedrun.h"
#include "io/csv.h"

#include <QFile>

namespace rb {
namespace {

class GenericCsv final : public Importer
{
public:
    explicit GenericCsv(const ColumnMap& map)
        : m_map(map)
    {
    }
    QString name() const override
    {
        return QStringLiteral("generic-csv");
    }
    int sniff(const QString&, const QByteArray&) const override
    {
        return 0; // only with --format: any CSV would do, so content says nothing
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;

private:
    ColumnMap m_map;
};

std::optional<ResultSet> GenericCsv::import(const QString& path, ImportError* error) const
{
    if (m_map.value.isEmpty()) {
        *error = { path, 0, QStringLiteral("--map"), QStringLiteral("generic-csv needs --map value=COL,…") };
        return std::nullopt;
    }
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    csv::Reader reader(&f);
    QStringList header;
    reader.readRow(header);
    QHash<QString, qsizetype> columnOf; // role → column index
    for (const auto& [role, col] : m_map.columns()) {
        const qsizetype c = header.indexOf(col);
        if (c < 0) {
            *error = { path, 1, QStringLiteral("header"),
                QStringLiteral("no column \"%1\" (--map %2=%1); found: %3")
                    .arg(col, role, header.join(QLatin1Char(',')).left(120)) };
            return std::nullopt;
        }
        columnOf.insert(role, c);
    }
    importing::GenericRows rows(path, name(), m_map);
    QStringList row;
    while (reader.readRow(row)) {
        if (row.size() == 1 && row.first().isEmpty()) {
            continue;
        }
        if (row.size() != header.size()) {
            *error = { path, reader.line(), {},
                QStringLiteral("found %1 fields, expected %2 (as in the header)").arg(row.size()).arg(header.size()) };
            return std::nullopt;
        }
        QHash<QString, QString> cells;
        for (auto it = columnOf.constBegin(); it != columnOf.constEnd(); ++it) {
            cells.insert(it.key(), row.at(it.value()));
        }
        if (!rows.add(cells, reader.line(), {}, error)) {
            return std::nullopt;
        }
    }
    return rows.finish(reader.line() + 1, error);
}

} // namespace

std::unique_ptr<Importer> makeGenericCsvImporter(const ColumnMap& map)
{
    return std::make_unique<GenericCsv>(map);
}

} // namespace rb
