// SPDX-License-Identifier: GPL-3.0-or-later
// hyperfine --export-csv: command,mean,stddev,median,user,system,min,max[,parameter_<name>…], times in s.
// One summary run per command (docs/import.md).
#include "hyperfine.h"
#include "importedrun.h"
#include "io/csv.h"

#include <QFile>
#include <cmath>

namespace rb {
namespace {

const QStringList& fixedColumns()
{
    static const QStringList c { QStringLiteral("command"), QStringLiteral("mean"), QStringLiteral("stddev"),
        QStringLiteral("median"), QStringLiteral("user"), QStringLiteral("system"), QStringLiteral("min"),
        QStringLiteral("max") };
    return c;
}

/// Column → metric; every one is a summary, hence the suffix.
const char* metricOf(const QString& column)
{
    if (column == QLatin1String("user")) {
        return "user_ms_mean";
    }
    if (column == QLatin1String("system")) {
        return "sys_ms_mean";
    }
    return nullptr;
}

class HyperfineCsv final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("hyperfine-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith("command,mean,stddev,median,") ? 90 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> HyperfineCsv::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    csv::Reader reader(&f);
    QStringList header;
    if (!reader.readRow(header) || header.mid(0, fixedColumns().size()) != fixedColumns()) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected \"%2[,parameter_NAME…]\"")
                .arg(header.join(QLatin1Char(',')).left(120), fixedColumns().join(QLatin1Char(','))) };
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("hyperfine"), {});
    QStringList row;
    while (reader.readRow(row)) {
        if (row.size() == 1 && row.first().isEmpty()) {
            continue;
        }
        if (!reader.lastRowTerminated()) {
            // hyperfine ends every row with a newline: without it the file was cut, maybe inside a number.
            *error = { path, reader.line(), {},
                QStringLiteral("found a last row without its line end, expected complete rows (the file is cut)") };
            return std::nullopt;
        }
        if (row.size() != header.size()) {
            *error = { path, reader.line(), {},
                QStringLiteral("found %1 fields, expected %2 (as in the header)").arg(row.size()).arg(header.size()) };
            return std::nullopt;
        }
        QJsonObject params;
        for (qsizetype c = fixedColumns().size(); c < header.size(); ++c) {
            params.insert(QString(header[c]).remove(QStringLiteral("parameter_")), importing::factorValue(row[c]));
        }
        RunRecord r = importing::makeRun(QStringLiteral("hyperfine"), name(), row[0], params, 1);
        for (qsizetype c = 1; c < fixedColumns().size(); ++c) {
            bool ok = false;
            const double s = row[c].toDouble(&ok);
            if (!ok || !std::isfinite(s * 1000.0)) { // in ms too: 1e307 s is no time
                *error = { path, reader.line(), header[c],
                    QStringLiteral("found \"%1\", expected a time in s").arg(row[c].left(40)) };
                return std::nullopt;
            }
            const char* special = metricOf(header[c]);
            const QString metric =
                special ? QString::fromLatin1(special) : QString(QStringLiteral("wall_ms_") + header[c]);
            r.measurements << Measurement { metric, s * 1000.0, QStringLiteral("ms") };
        }
        if (!importing::addUniqueRun(set, r, reader.line(), path, error)) {
            return std::nullopt;
        }
    }
    if (set.runs.isEmpty()) {
        *error = { path, reader.line() + 1, {}, QStringLiteral("no rows after the header") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeHyperfineCsvImporter()
{
    return std::make_unique<HyperfineCsv>();
}

} // namespace rb
