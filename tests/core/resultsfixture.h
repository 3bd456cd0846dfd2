// SPDX-License-Identifier: GPL-3.0-or-later
// Real data for the result models: a results folder written by runbench-cli (native runs, some of them
// timing out) and hyperfine's own JSON export, plus what their files say, read without Runbench's loaders.
#pragma once

#include "../common/testsupport.h"
#include "io/anyresults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace rb::test {

/// Counts of runs.csv rows per "runtime/workload/scenario" and how many of them have ok = 0.
struct FileCounts
{
    QMap<QString, int> runs;
    QMap<QString, int> failed;
    int total = 0;
    int totalFailed = 0;
};

inline FileCounts countRunsCsv(const QString& dir)
{
    FileCounts c;
    QFile f(dir + QStringLiteral("/runs.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return c;
    }
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
    const int ok = int(header.indexOf(QStringLiteral("ok")));
    while (!f.atEnd()) {
        // run ids and timeout messages hold no commas: a plain split is exact here
        const QStringList cells = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        const QString key = cells[3] + QLatin1Char('/') + cells[4] + QLatin1Char('/') + cells[5];
        c.runs[key] += 1;
        c.failed[key] += cells[ok] == QLatin1String("0") ? 1 : 0;
        c.total += 1;
        c.totalFailed += cells[ok] == QLatin1String("0") ? 1 : 0;
    }
    return c;
}

/// hyperfine's basic.json: every command with its times in ms, in file order.
inline QList<std::pair<QString, QList<double>>> hyperfineTimes(const QString& file)
{
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    QList<std::pair<QString, QList<double>>> out;
    for (const QJsonValue& r :
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("results")).toArray()) {
        QList<double> ms;
        for (const QJsonValue& t : r.toObject().value(QStringLiteral("times")).toArray()) {
            ms << t.toDouble() * 1000.0;
        }
        out << std::pair { r.toObject().value(QStringLiteral("command")).toString(), ms };
    }
    return out;
}

inline QString hyperfineFile()
{
    return qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/import/hyperfine/basic.json");
}

/// Runs a small experiment on the native runtime into `dir`: hello and cpu-hash 300000000 (which times out
/// after 0.5 s: hello, about 1 ms, never does), one warm-up and two repetitions each. Returns runbench-cli's output on
/// failure.
inline QString makeResultsFolder(const QString& dir)
{
    const QString spec = writeTextFile(dir + QStringLiteral(".json"),
        R"({"name": "models-test", "runtimes": ["native"], "workloads": ["hello", "cpu-hash 300000000"],
            "timeout_s": 0.5, "repetitions": 2, "warmup": 1})");
    const CommandOutput r = runCommand(cliPath(), { QStringLiteral("run"), spec, QStringLiteral("--out"), dir });
    // exit code 0 or "partial" (some runs failed) both write a complete folder
    return QFile::exists(dir + QStringLiteral("/runs.csv")) ? QString() : r.out + r.err;
}

inline std::shared_ptr<const ResultSet> load(const QString& path)
{
    QString error;
    QStringList notes;
    auto set = loadAnyResults(path, &error, &notes);
    return set ? std::make_shared<const ResultSet>(*set) : nullptr;
}

/// The two sets the model tests load: a real results folder (written by runbench-cli into a temporary folder) and
/// the committed hyperfine JSON.
struct TwoSets
{
    QTemporaryDir tmp;
    QString folder;
    std::shared_ptr<const ResultSet> runbench;
    std::shared_ptr<const ResultSet> hyperfine;

    /// Makes and loads both; "" on success, else what failed.
    QString setUp()
    {
        if (!tmp.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        folder = tmp.filePath(QStringLiteral("out"));
        const QString failure = makeResultsFolder(folder);
        if (!failure.isEmpty()) {
            return failure;
        }
        runbench = load(folder);
        hyperfine = load(hyperfineFile());
        return runbench && hyperfine ? QString() : QStringLiteral("a set did not load");
    }
};

} // namespace rb::test
