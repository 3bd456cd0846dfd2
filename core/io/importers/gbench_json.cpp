// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark JSON (src/json_reporter.cc): {"context": {…}, "benchmarks": [{name, run_name, run_type,
// repetitions, repetition_index, threads, aggregate_name?, iterations, real_time, cpu_time, time_unit, counters…}]}.
// The library writes non-finite doubles as bare NaN, -NaN, Infinity, -Infinity, which is not JSON: they are
// turned into marker strings outside JSON strings before parsing and read back as non-finite numbers.
#include "gbench.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <limits>

namespace rb {
namespace {

constexpr char kMarker = '\x01'; // starts a marker string; json_reporter.cc never writes a control character

/// `text` with every bare NaN / -NaN / Infinity / -Infinity outside a string replaced by a marker string.
QByteArray quoteNonFinite(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size()) {
                out += text[++i];
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        bool replaced = false;
        for (const char* token : { "-Infinity", "Infinity", "-NaN", "NaN" }) {
            const QByteArray t(token);
            if (text.mid(i, t.size()) == t) {
                out += "\"\\u0001" + QByteArray(t == "-NaN" ? "NaN" : token) + '"';
                i += t.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += c;
        }
    }
    return out;
}

/// A number, or a non-finite value written by quoteNonFinite(); nullopt for anything else.
std::optional<double> number(const QJsonValue& v)
{
    if (v.isDouble()) {
        return v.toDouble();
    }
    const QString s = v.toString();
    if (!s.startsWith(QLatin1Char(kMarker))) {
        return std::nullopt;
    }
    const QString token = s.mid(1);
    if (token == QLatin1String("NaN")) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (token == QLatin1String("Infinity") || token == QLatin1String("-Infinity")) {
        return token.startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL;
    }
    return std::nullopt;
}

const QSet<QString>& fixedKeys()
{
    static const QSet<QString> keys { "name", "family_index", "per_family_instance_index", "run_name", "run_type",
        "repetitions", "repetition_index", "threads", "aggregate_name", "aggregate_unit", "iterations", "real_time",
        "cpu_time", "time_unit", "error_occurred", "error_message", "skipped", "skip_message", "label", "big_o",
        "cpu_coefficient", "real_coefficient", "rms" };
    return keys;
}

class GbenchJson final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("gbench-json");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const QByteArray t = head.trimmed();
        if (!t.startsWith('{') || !t.contains("\"context\"")) {
            return 0;
        }
        const bool ours = t.contains("\"benchmarks\"") || t.contains("\"num_cpus\"");
        return ours ? (t.contains("\"run_type\"") || t.contains("\"mhz_per_cpu\"") ? 95 : 70) : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

struct Pending
{
    QList<RunRecord> runs;
    QList<int> lines;
    QHash<QString, int> firstRun; // run_name → index in runs of its repetition 1
    QHash<QString, int> count; // run_name → iteration rows so far
};

/// The values of one benchmarks[] row: times in ms (a cv aggregate as a fraction), iterations, user counters;
/// an aggregate's names get its suffix (`_mean`). nullopt with `field` and `message` when one does not read.
std::optional<QList<Measurement>> rowMeasurements(
    const QJsonObject& o, bool aggregate, const QString& aggName, QString* field, QString* message)
{
    auto fail = [&](const QString& f, const QString& m) {
        *field = f;
        *message = m;
        return std::nullopt;
    };
    const QString unit = o.value(QStringLiteral("time_unit")).toString();
    const double scale = importing::msPerUnit(unit);
    if (scale <= 0) {
        return fail(QStringLiteral("time_unit"), QStringLiteral("found \"%1\", expected ns, us, ms or s").arg(unit));
    }
    const bool percent = o.value(QStringLiteral("aggregate_unit")).toString() == QLatin1String("percentage");
    const QString suffix = aggregate ? QString(QLatin1Char('_') + aggName) : QString();
    QList<Measurement> ms;
    for (const char* key : { "real_time", "cpu_time" }) {
        const auto v = number(o.value(QLatin1String(key)));
        if (!v) {
            return fail(QLatin1String(key), QStringLiteral("missing or not a number"));
        }
        // A cv aggregate is a fraction (aggregate_unit "percentage"), not a time.
        ms << (percent ? Measurement { QString(QLatin1String(key) + suffix), *v, QString() }
                       : Measurement { QString(QLatin1String(key) + QStringLiteral("_ms") + suffix), *v * scale,
                           QStringLiteral("ms") });
    }
    if (!aggregate) {
        const auto iters = number(o.value(QStringLiteral("iterations")));
        if (!iters) {
            return fail(QStringLiteral("iterations"), QStringLiteral("missing or not a number"));
        }
        ms << Measurement { QStringLiteral("iterations"), *iters, QStringLiteral("count") };
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (fixedKeys().contains(it.key())) {
            continue;
        }
        const auto v = number(it.value());
        if (!v) {
            return fail(it.key(), QStringLiteral("a user counter must be a number"));
        }
        const QString cu =
            !percent && it.key().endsWith(QLatin1String("_per_second")) ? QStringLiteral("1/s") : QString();
        ms << Measurement { QString(it.key() + suffix), *v, cu };
    }
    return ms;
}

bool readRow(const QString& path, const QJsonObject& o, const QString& at, int line, const QString& exe, Pending& p,
    QStringList& warnings, ImportError* error)
{
    auto fail = [&](const QString& field, const QString& message) {
        *error = { path, line, QString(at + QLatin1Char('.') + field), message };
        return false;
    };
    const QString name = o.value(QStringLiteral("name")).toString();
    if (name.isEmpty()) {
        return fail(QStringLiteral("name"), QStringLiteral("missing or not a string"));
    }
    const QString runName = o.value(QStringLiteral("run_name")).toString(name);
    const bool aggregate = o.value(QStringLiteral("run_type")).toString() == QLatin1String("aggregate");
    const QString aggName = o.value(QStringLiteral("aggregate_name")).toString();
    if (aggregate && (aggName == QLatin1String("BigO") || aggName == QLatin1String("RMS"))) {
        warnings << QStringLiteral("%1:%2: %3 (complexity %4) not imported: it is a fit, not a time")
                        .arg(path)
                        .arg(line)
                        .arg(name, aggName);
        return true;
    }
    QString field;
    QString message;
    const auto values = rowMeasurements(o, aggregate, aggName, &field, &message);
    if (!values) {
        return fail(field, message);
    }
    const QList<Measurement>& ms = *values;
    if (aggregate) {
        if (!p.firstRun.contains(runName)) {
            QJsonObject params { { QStringLiteral("threads"), o.value(QStringLiteral("threads")).toDouble(1) } };
            p.firstRun.insert(runName, int(p.runs.size()));
            p.runs << importing::makeRun(QStringLiteral("google-benchmark"), QStringLiteral("gbench-json"),
                QString(exe + QLatin1Char(' ') + runName), params, 1);
            p.lines << line;
        }
        p.runs[p.firstRun.value(runName)].measurements << ms;
        return true;
    }
    const int rep = o.contains(QStringLiteral("repetition_index"))
        ? o.value(QStringLiteral("repetition_index")).toInt() + 1
        : p.count.value(runName) + 1;
    p.count.insert(runName, p.count.value(runName) + 1);
    QJsonObject params { { QStringLiteral("threads"), o.value(QStringLiteral("threads")).toDouble(1) } };
    RunRecord r = importing::makeRun(QStringLiteral("google-benchmark"), QStringLiteral("gbench-json"),
        QString(exe + QLatin1Char(' ') + runName), params, rep);
    r.measurements = ms;
    if (o.value(QStringLiteral("error_occurred")).toBool() || o.value(QStringLiteral("skipped")).toBool()) {
        r.ok = false;
        r.error = QString(QStringLiteral("Google Benchmark: ")
            + o.value(QStringLiteral("error_message")).toString(o.value(QStringLiteral("skip_message")).toString()));
    }
    if (rep == 1) {
        p.firstRun.insert(runName, int(p.runs.size()));
    }
    p.runs << r;
    p.lines << line;
    return true;
}

std::optional<ResultSet> GbenchJson::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    const QByteArray text = quoteNonFinite(f.readAll());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = { path, importing::lineAt(text, pe.offset), {},
            QStringLiteral("invalid JSON: %1").arg(pe.errorString()) };
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue benches = root.value(QStringLiteral("benchmarks"));
    if (!benches.isArray() || benches.toArray().isEmpty() || !root.value(QStringLiteral("context")).isObject()) {
        *error = { path, 1, benches.isArray() ? QStringLiteral("context") : QStringLiteral("benchmarks"),
            QStringLiteral("missing or empty, expected Google Benchmark's --benchmark_format=json output") };
        return std::nullopt;
    }
    const QJsonObject context = root.value(QStringLiteral("context")).toObject();
    const QString exe = QFileInfo(context.value(QStringLiteral("executable")).toString()).fileName();
    QList<int> lines; // line of each benchmark's "name" key (the library writes one key per line)
    for (qsizetype at = text.indexOf("\"name\":", text.indexOf("\"benchmarks\"")); at >= 0;
         at = text.indexOf("\"name\":", at + 1)) {
        lines << importing::lineAt(text, at);
    }
    Pending p;
    QStringList warnings;
    const QJsonArray rows = benches.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString at = QStringLiteral("benchmarks[%1]").arg(i);
        if (!rows.at(i).isObject()) {
            *error = { path, lines.value(i), at, QStringLiteral("expected an object") };
            return std::nullopt;
        }
        if (!readRow(path, rows.at(i).toObject(), at, lines.value(i), exe, p, warnings, error)) {
            return std::nullopt;
        }
    }
    if (context.value(QStringLiteral("library_build_type")).toString() == QLatin1String("debug")) {
        warnings << QStringLiteral("%1: context.library_build_type is \"debug\": Google Benchmark warns that "
                                   "timings may be affected")
                        .arg(path);
    }
    if (context.value(QStringLiteral("cpu_scaling_enabled")).toBool()) {
        warnings << QStringLiteral("%1: context.cpu_scaling_enabled is true: real time will be noisy").arg(path);
    }
    ResultSet set = importing::makeSet(
        path, name(), QStringLiteral("google-benchmark"), context.value(QStringLiteral("library_version")).toString());
    QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.first().toObject();
    source.insert(QStringLiteral("context"), context);
    sources.replace(0, source);
    set.experiment.insert(QStringLiteral("sources"), sources);
    const QDateTime date = QDateTime::fromString(context.value(QStringLiteral("date")).toString(), Qt::ISODate);
    for (qsizetype i = 0; i < p.runs.size(); ++i) {
        p.runs[i].startedUtc = date.toUTC();
        importing::addRun(set, p.runs[i], p.lines.value(i));
    }
    if (!importing::checkUniqueRunIds(set, path, error)) {
        return std::nullopt;
    }
    set.warnings << warnings;
    return set;
}

} // namespace

std::unique_ptr<Importer> makeGbenchJsonImporter()
{
    return std::make_unique<GbenchJson>();
}

} // namespace rb
