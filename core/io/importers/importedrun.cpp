// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedrun.h"

#include "importer.h"
#include "jsonsource.h"
#include "runbench_config.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace rb {

QString ImportError::text() const
{
    QString out = file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
    }
    out += QStringLiteral(": ");
    if (!field.isEmpty()) {
        out += field + QStringLiteral(": ");
    }
    out += message;
    return out;
}

std::optional<ResultSet> Importer::read(const QString& path, ImportError* error) const
{
    auto set = import(path, error);
    if (set || error->line > 0 || error->field.startsWith(QLatin1String("--")) || QFileInfo(error->file).isDir()) {
        return set; // placed already, about an option, or about a folder
    }
    QFile f(error->file);
    if (!f.open(QIODevice::ReadOnly)) {
        return set; // unreadable: no line to give
    }
    // "results.metrics[1].values" → the key "values"; "summary.totalData" → "totalData".
    QString key = error->field.section(QLatin1Char('.'), -1);
    key = key.left(key.indexOf(QLatin1Char('[')) < 0 ? key.size() : key.indexOf(QLatin1Char('[')));
    const int line = key.isEmpty() ? 0 : importing::keyLine(f.readAll(), key);
    error->line = line > 0 ? line : 1;
    return set;
}

std::optional<ResultSet> Importer::stream(const QString& path, RunSink& sink, ImportError* error) const
{
    auto set = read(path, error);
    if (!set) {
        return std::nullopt;
    }
    QString why;
    bool ok = set->runs.isEmpty() || sink.begin(set->experiment, &why);
    for (qsizetype i = 0; ok && i < set->runs.size(); ++i) {
        ok = sink.run(set->runs.at(i), &why);
    }
    if (!ok) {
        *error = { path, 0, {}, why };
        return std::nullopt;
    }
    set->runs.clear();
    return set;
}

namespace importing {

RunRecord makeRun(
    const QString& tool, const QString& format, const QString& command, const QJsonObject& params, int repetition)
{
    RunRecord r;
    const QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.spec.runtime = tool;
    r.spec.workload = WorkloadRef { words.value(0), words.mid(1) };
    r.spec.scenario.kind = QStringLiteral("imported");
    r.spec.scenario.name = format;
    r.spec.scenario.params = params;
    r.spec.repetition = repetition;
    r.spec.runId = r.spec.runtime + QLatin1Char('/') + r.spec.workload.label() + QLatin1Char('/')
        + r.spec.scenario.label() + QStringLiteral("/r") + QString::number(repetition);
    r.ok = true;
    r.exitCode = 0;
    return r;
}

namespace {

QJsonObject sourceEntry(const QString& path, const QString& format, const QString& tool, const QString& version)
{
    QJsonObject source;
    source.insert(QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
    source.insert(QStringLiteral("format"), format);
    source.insert(QStringLiteral("tool"), tool);
    source.insert(QStringLiteral("tool_version"), version.isEmpty() ? QJsonValue() : QJsonValue(version));
    source.insert(QStringLiteral("runs"), QJsonObject());
    return source;
}

} // namespace

ResultSet makeSet(const QString& path, const QString& format, const QString& tool, const QString& version)
{
    ResultSet set;
    set.experiment.insert(QStringLiteral("format"), QStringLiteral("runbench-results"));
    set.experiment.insert(QStringLiteral("format_version"), resultformat::kVersion);
    set.experiment.insert(QStringLiteral("app_version"), QStringLiteral(RUNBENCH_VERSION));
    set.experiment.insert(QStringLiteral("status"), QStringLiteral("complete"));
    set.experiment.insert(QStringLiteral("tool"), tool);
    set.experiment.insert(QStringLiteral("sources"), QJsonArray { sourceEntry(path, format, tool, version) });
    return set;
}

void addSource(ResultSet& set, const QString& path, const QString& format, const QString& tool, const QString& version)
{
    QJsonArray sources = set.experiment.take(QStringLiteral("sources")).toArray();
    sources.append(sourceEntry(path, format, tool, version));
    set.experiment.insert(QStringLiteral("sources"), sources);
}

void addRun(ResultSet& set, RunRecord run, int line)
{
    // Taken out of their parents so that each is the only reference to its data and is changed in place:
    // copying the growing `runs` object for every run would make an import quadratic.
    QJsonArray sources = set.experiment.take(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.takeAt(sources.size() - 1).toObject();
    QJsonObject runs = source.take(QStringLiteral("runs")).toObject();
    runs.insert(run.spec.runId, line > 0 ? QJsonValue(line) : QJsonValue());
    source.insert(QStringLiteral("runs"), runs);
    sources.append(source);
    set.experiment.insert(QStringLiteral("sources"), sources);
    run.spec.index = int(set.runs.size());
    set.runs << run;
}

bool addUniqueRun(ResultSet& set, RunRecord run, int line, const QString& path, ImportError* error)
{
    const QJsonObject runs = set.experiment.value(QStringLiteral("sources"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("runs"))
                                 .toObject();
    if (runs.contains(run.spec.runId)) {
        *error = { path, line, QStringLiteral("run id"),
            QStringLiteral("found \"%1\" again (first at line %2), expected every command once")
                .arg(run.spec.runId)
                .arg(runs.value(run.spec.runId).toInt()) };
        return false;
    }
    addRun(set, std::move(run), line);
    return true;
}

bool checkUniqueRunIds(const ResultSet& set, const QString& path, ImportError* error)
{
    QSet<QString> seen;
    for (const RunRecord& r : set.runs) {
        if (seen.contains(r.spec.runId)) {
            // The source's map kept the line of the later run with this id.
            int line = 0;
            for (const QJsonValue& s : set.experiment.value(QStringLiteral("sources")).toArray()) {
                line = qMax(line, s[QStringLiteral("runs")][r.spec.runId].toInt());
            }
            *error = { path, qMax(line, 1), QStringLiteral("run id"),
                QStringLiteral("found \"%1\" a second time, expected each record once").arg(r.spec.runId) };
            return false;
        }
        seen.insert(r.spec.runId);
    }
    return true;
}

bool openForReading(QFile& f, ImportError* error)
{
    if (f.open(QIODevice::ReadOnly)) {
        return true;
    }
    *error = { f.fileName(), 0, {}, QStringLiteral("cannot read: %1").arg(f.errorString()) };
    return false;
}

std::optional<QList<QByteArray>> readCompleteLines(const QString& path, ImportError* error)
{
    QFile f(path);
    if (!openForReading(f, error)) {
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast(); // after the last newline: empty, or the cut line
    if (!bytes.isEmpty() && !bytes.endsWith('\n')) {
        *error = { path, int(lines.size()) + 1, {},
            QStringLiteral("the file ends inside this line (no line end): it was cut, so its last value may be "
                           "incomplete; remove the line to import the rest") };
        return std::nullopt;
    }
    return lines;
}

double msPerUnit(const QString& unit)
{
    if (unit == QLatin1String("s")) {
        return 1000.0;
    }
    if (unit == QLatin1String("ms")) {
        return 1.0;
    }
    if (unit == QStringLiteral("µs") || unit == QLatin1String("us")) {
        return 0.001;
    }
    if (unit == QLatin1String("ns")) {
        return 1e-6;
    }
    return 0;
}

UnitMetric unitMetric(const QString& unit)
{
    QString time = unit.trimmed();
    if (time.endsWith(QLatin1String("/iter"))) {
        time.chop(5);
    }
    if (const double scale = msPerUnit(time); scale > 0) {
        return { QStringLiteral("time_ms"), scale, QStringLiteral("ms") };
    }
    QString slug = unit.trimmed().toLower();
    slug.replace(QLatin1Char('/'), QLatin1String("_per_")).replace(QLatin1Char('%'), QLatin1String("percent"));
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    slug.replace(other, QStringLiteral("_"));
    while (slug.startsWith(QLatin1Char('_'))) {
        slug.remove(0, 1);
    }
    while (slug.endsWith(QLatin1Char('_'))) {
        slug.chop(1);
    }
    return { slug.isEmpty() ? QStringLiteral("value") : QString(QStringLiteral("value_") + slug), 1, unit.trimmed() };
}

QJsonValue factorValue(const QString& text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? QJsonValue(v) : QJsonValue(text);
}

void setSourceDetail(ResultSet& set, const QString& key, const QJsonValue& value)
{
    QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.last().toObject();
    source.insert(key, value);
    sources.replace(sources.size() - 1, source);
    set.experiment.insert(QStringLiteral("sources"), sources);
}

} // namespace importing
} // namespace rb
