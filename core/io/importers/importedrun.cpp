// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedrun.h"

#include "importer.h"
#include "runbench_config.h"

#include <QFileInfo>
#include <QJsonArray>

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

ResultSet makeSet(const QString& path, const QString& format, const QString& tool, const QString& version)
{
    ResultSet set;
    set.experiment.insert(QStringLiteral("format"), QStringLiteral("runbench-results"));
    set.experiment.insert(QStringLiteral("format_version"), resultformat::kVersion);
    set.experiment.insert(QStringLiteral("app_version"), QStringLiteral(RUNBENCH_VERSION));
    set.experiment.insert(QStringLiteral("status"), QStringLiteral("complete"));
    set.experiment.insert(QStringLiteral("tool"), tool);
    QJsonObject source;
    source.insert(QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
    source.insert(QStringLiteral("format"), format);
    source.insert(QStringLiteral("tool"), tool);
    source.insert(QStringLiteral("tool_version"), version.isEmpty() ? QJsonValue() : QJsonValue(version));
    source.insert(QStringLiteral("runs"), QJsonObject());
    set.experiment.insert(QStringLiteral("sources"), QJsonArray { source });
    return set;
}

void addRun(ResultSet& set, RunRecord run, int line)
{
    QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.last().toObject();
    QJsonObject runs = source.value(QStringLiteral("runs")).toObject();
    runs.insert(run.spec.runId, line > 0 ? QJsonValue(line) : QJsonValue());
    source.insert(QStringLiteral("runs"), runs);
    sources.replace(sources.size() - 1, source);
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
    return 0;
}

QJsonValue factorValue(const QString& text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? QJsonValue(v) : QJsonValue(text);
}

} // namespace importing
} // namespace rb
