// SPDX-License-Identifier: GPL-3.0-or-later
// rsx207 `measure_cold_start_comparison.sh` `cold_start_data.csv`: runtime,type,run,build_ms,start_ms,total_ms; type
// full_cold (build + start + first HTTP 200) or runtime_cold (start + first 200; build_ms written as 0).
#include "importedrun.h"
#include "io/csv.h"
#include "rsx207.h"

#include <QFile>
#include <QSet>
#include <cmath>

namespace rb {
namespace {

const QStringList kColumns { QStringLiteral("runtime"), QStringLiteral("type"), QStringLiteral("run"),
    QStringLiteral("build_ms"), QStringLiteral("start_ms"), QStringLiteral("total_ms") };

class Rsx207ColdStartCsv final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("rsx207-coldstart-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith("runtime,type,run,build_ms,start_ms,total_ms") ? 95 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> Rsx207ColdStartCsv::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    csv::Reader reader(&f);
    QStringList row;
    if (!reader.readRow(row) || row != kColumns) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected \"%2\"")
                .arg(row.join(QLatin1Char(',')).left(120), kColumns.join(QLatin1Char(','))) };
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("rsx207"), {});
    QSet<QString> seen;
    while (reader.readRow(row)) {
        if (row.size() == 1 && row.first().isEmpty()) {
            continue;
        }
        const auto fail = [&](const QString& field, const QString& message) {
            *error = { path, reader.line(), field, message };
            return std::nullopt;
        };
        if (!reader.lastRowTerminated()) {
            return fail(row.size() <= kColumns.size() ? kColumns[row.size() - 1] : kColumns.last(),
                QStringLiteral("the file ends in the middle of this row (no newline): a cut write; remove the row "
                               "to import the rest"));
        }
        if (row.size() != kColumns.size()) {
            return fail({},
                QStringLiteral("found %1 fields, expected %2 (%3)")
                    .arg(row.size())
                    .arg(kColumns.size())
                    .arg(kColumns.join(QLatin1Char(','))));
        }
        const QString& type = row[1];
        if (type != QLatin1String("full_cold") && type != QLatin1String("runtime_cold")) {
            return fail(
                kColumns[1], QStringLiteral("found \"%1\", expected full_cold or runtime_cold").arg(type.left(40)));
        }
        double v[6] = {};
        for (int c = 2; c < 6; ++c) {
            bool ok = false;
            v[c] = row[c].toDouble(&ok);
            if (!ok || !std::isfinite(v[c]) || v[c] < 0 || (c == 2 && (v[c] < 1 || v[c] != std::floor(v[c])))) {
                return fail(kColumns[c],
                    QStringLiteral("found \"%1\", expected %2")
                        .arg(row[c].left(40),
                            c == 2 ? QStringLiteral("a run number (1, 2, …)") : QStringLiteral("a time in ms")));
            }
        }
        // Both scripts serve the same http-hello behaviour (tiny_http in Docker, a wasi-http component in wasmtime).
        RunRecord r = importing::makeRun(
            row[0], name(), QStringLiteral("http-hello"), { { QStringLiteral("type"), type } }, int(v[2]));
        if (seen.contains(r.spec.runId)) {
            return fail(kColumns[2], QStringLiteral("run %1 of %2 %3 appears twice").arg(row[2], row[0], type));
        }
        seen.insert(r.spec.runId);
        if (type == QLatin1String("full_cold")) { // runtime_cold writes 0: nothing was built, nothing measured
            r.measurements << Measurement { QStringLiteral("build_ms"), v[3], QStringLiteral("ms") };
        }
        r.measurements << Measurement { QStringLiteral("start_ms"), v[4], QStringLiteral("ms") };
        r.measurements << Measurement { QStringLiteral("total_ms"), v[5], QStringLiteral("ms") };
        importing::addRun(set, r, reader.line());
    }
    if (set.runs.isEmpty()) {
        *error = { path, reader.line() + 1, {}, QStringLiteral("no rows after the header") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeRsx207ColdStartCsvImporter()
{
    return std::make_unique<Rsx207ColdStartCsv>();
}

} // namespace rb
