// SPDX-License-Identifier: GPL-3.0-or-later
// faasm Polybench CSVs, one row per iteration, times in µs (C++ ostream: large values in scientific notation):
//  2019 `poly_bench` (src/runner/poly_bench.cpp):      benchmark,type,microseconds       (type native | wasm)
//  2021+ `microbench_runner` (MicrobenchRunner.cpp):   User,Function,Return value,Execution (us)[,Reset (us)]
#include "importedrun.h"
#include "io/csv.h"
#include "polybench.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <climits>
#include <cmath>

namespace rb {
namespace {

const QStringList kOld { QStringLiteral("benchmark"), QStringLiteral("type"), QStringLiteral("microseconds") };
const QStringList kNew { QStringLiteral("User"), QStringLiteral("Function"), QStringLiteral("Return value"),
    QStringLiteral("Execution (us)") };

class PolybenchCsv final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("polybench-csv");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith("benchmark,type,microseconds")
                || head.startsWith("User,Function,Return value,Execution (us)")
            ? 90
            : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> PolybenchCsv::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    csv::Reader reader(&f);
    QStringList header;
    reader.readRow(header);
    const bool old = header == kOld;
    const bool withReset = header == QStringList(kNew) << QStringLiteral("Reset (us)");
    if (!old && header != kNew && !withReset) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected \"%2\" (2019 poly_bench) or \"%3[,Reset (us)]\" (microbench_runner)")
                .arg(header.join(QLatin1Char(',')).left(120), kOld.join(QLatin1Char(',')),
                    kNew.join(QLatin1Char(','))) };
        return std::nullopt;
    }
    // The 2021+ files do not say whether faasm or the native runner wrote them; experiment-microbench names the
    // native one polybench_native_out.csv.
    const QString newRuntime = QFileInfo(path).fileName().contains(QLatin1String("native")) ? QStringLiteral("native")
                                                                                            : QStringLiteral("faasm");
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("faasm"), {});
    QHash<QString, int> count; // runtime/workload → repetitions so far (rows are iterations, in order)
    QStringList row;
    while (reader.readRow(row)) {
        if (row.size() == 1 && row.first().isEmpty()) {
            continue;
        }
        const auto fail = [&](const QString& field, const QString& message) {
            *error = { path, reader.line(), field, message };
            return std::nullopt;
        };
        if (!reader.lastRowTerminated()) {
            return fail(header.value(row.size() - 1, header.last()),
                QStringLiteral("the file ends in the middle of this row (no newline): a cut write; remove the row "
                               "to import the rest"));
        }
        if (row.size() != header.size()) {
            return fail({},
                QStringLiteral("found %1 fields, expected %2 (%3)")
                    .arg(row.size())
                    .arg(header.size())
                    .arg(header.join(QLatin1Char(','))));
        }
        if (old && row[1] != QLatin1String("native") && row[1] != QLatin1String("wasm")) {
            return fail(header[1], QStringLiteral("found \"%1\", expected native or wasm").arg(row[1].left(40)));
        }
        const auto number = [&](int c, double* out) {
            bool ok = false;
            *out = row[c].toDouble(&ok); // also reads 8.89788e+06
            return ok && std::isfinite(*out);
        };
        double exec = 0;
        const int execColumn = old ? 2 : 3;
        if (!number(execColumn, &exec) || exec < 0) {
            return fail(header[execColumn],
                QStringLiteral("found \"%1\", expected a time in µs").arg(row[execColumn].left(40)));
        }
        double ret = 0;
        // The kernel's int return value: anything else cannot be an exit code.
        if (!old && (!number(2, &ret) || ret != std::trunc(ret) || std::abs(ret) > INT_MAX)) {
            return fail(header[2],
                QStringLiteral("found \"%1\", expected the function's return value (a whole number)")
                    .arg(row[2].left(40)));
        }
        double reset = 0;
        if (withReset && (!number(4, &reset) || reset < 0)) {
            return fail(header[4], QStringLiteral("found \"%1\", expected a time in µs").arg(row[4].left(40)));
        }
        const QString runtime = old ? row[1] : newRuntime;
        const QString workload = old ? row[0] : row[1];
        // Counted by the name as the run id will write it (makeRun joins the words with single spaces), so two
        // spellings of one name ("a  b", "a b") do not both become repetition 1.
        const QString key = runtime + QLatin1Char('/') + workload.simplified();
        count[key] += 1;
        QJsonObject params;
        if (!old) {
            params.insert(QStringLiteral("user"), row[0]);
        }
        RunRecord r = importing::makeRun(runtime, name(), workload, params, count[key]);
        r.measurements << Measurement { QStringLiteral("wall_ms"), exec / 1000.0, QStringLiteral("ms") };
        if (withReset) {
            r.measurements << Measurement { QStringLiteral("reset_ms"), reset / 1000.0, QStringLiteral("ms") };
        }
        if (!old) {
            r.measurements << Measurement { QStringLiteral("return_value"), ret, QString() };
            r.ok = ret == 0;
            r.exitCode = int(ret);
            r.error = r.ok ? QString() : QStringLiteral("returned %1").arg(row[2]);
        }
        importing::addRun(set, r, reader.line());
    }
    if (set.runs.isEmpty()) {
        *error = { path, reader.line() + 1, {}, QStringLiteral("no rows after the header") };
        return std::nullopt;
    }
    if (!importing::checkUniqueRunIds(set, path, error)) {
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makePolybenchCsvImporter()
{
    return std::make_unique<PolybenchCsv>();
}

} // namespace rb
