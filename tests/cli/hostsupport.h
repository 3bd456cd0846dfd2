// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the multi-host CLI tests: a two-host spec, running two `run` roles at once, and an independent
// reading of results tables (plain CSV parsing, not the app's loader) to check merged statistics against.
#pragma once

#include "../common/testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <map>

namespace rb::test {

/// Spec with hosts a (sut) and b (loadgen): hello × cold-start-exit and http-hello × warm-latency, 2 repetitions.
inline QByteArray twoHostSpec(
    const QString& sutAddress, quint16 controlPort, double timeoutS, const QString& name, QString genAddress = {})
{
    if (genAddress.isEmpty()) {
        genAddress = sutAddress;
    }
    return QStringLiteral(R"({"name":"%1","runtimes":["native"],"workloads":["hello","http-hello"],
        "scenarios":["cold-start-exit",{"kind":"warm-latency","requests":3000,"warmup_requests":20,"concurrency":2}],
        "repetitions":2,"warmup":0,"timeout_s":%2,"control_port":%3,
        "hosts":[{"id":"a","address":"%4","roles":["sut"]},{"id":"b","address":"%5","roles":["loadgen"]}]})")
        .arg(name)
        .arg(timeoutS)
        .arg(controlPort)
        .arg(sutAddress, genAddress)
        .toUtf8();
}

/// `run SPEC --role ROLE --host-id ID --out OUT`, started (not waited for) with `program` in front when given
/// (e.g. "ip netns exec NS").
inline void startRole(QProcess& p, const QString& spec, const QString& role, const QString& id, const QString& out,
    const QString& program = {}, const QStringList& prefix = {})
{
    const QStringList args { QStringLiteral("run"), spec, QStringLiteral("--role"), role, QStringLiteral("--host-id"),
        id, QStringLiteral("--out"), out };
    if (program.isEmpty()) {
        p.start(cliPath(), args);
    } else {
        p.start(program, prefix + QStringList { cliPath() } + args);
    }
}

/// Waits for a started process; its exit code (−1 on timeout or crash), stderr into *err.
inline int finish(QProcess& p, QString* err, int timeoutMs = 240000)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// How the two roles of one experiment, started together, ended: exit codes (−1 on timeout or crash), stderr.
struct TwoRoles
{
    int sutCode = -1;
    int genCode = -1;
    QString sutErr;
    QString genErr;
};

/// Starts `run --role sut --host-id a` and `run --role loadgen --host-id b` at once (each with `program prefix…` in
/// front when `program` is given) and waits for both.
inline TwoRoles runTwoRoles(const QString& sutSpec, const QString& sutOut, const QString& genSpec,
    const QString& genOut, const QString& program = {}, const QStringList& sutPrefix = {},
    const QStringList& genPrefix = {})
{
    QProcess sut;
    QProcess gen;
    startRole(sut, sutSpec, QStringLiteral("sut"), QStringLiteral("a"), sutOut, program, sutPrefix);
    startRole(gen, genSpec, QStringLiteral("loadgen"), QStringLiteral("b"), genOut, program, genPrefix);
    TwoRoles r;
    r.sutCode = finish(sut, &r.sutErr);
    r.genCode = finish(gen, &r.genErr);
    return r;
}

/// Rows of a CSV without quoted commas in the first fields we read (run ids, numbers): header → index.
inline QList<QStringList> csvRows(const QString& path, QHash<QString, int>* header)
{
    QFile f(path);
    QList<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly)) {
        return rows;
    }
    const QStringList head = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
    for (int i = 0; i < head.size(); ++i) {
        header->insert(head[i], i);
    }
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        // Run ids with spaces/params are quoted: take the first field up to its closing quote.
        QStringList row;
        if (line.startsWith(QLatin1Char('"'))) {
            const qsizetype end = line.indexOf(QStringLiteral("\","), 1);
            row << line.mid(1, end - 1);
            row += line.mid(end + 2).split(QLatin1Char(','));
        } else {
            row = line.split(QLatin1Char(','));
        }
        rows << row;
    }
    return rows;
}

/// The latency (ms) at quantile q of one run's histogram in latency.csv, as HdrHistogram reads a percentile:
/// the bucket bound of the value of rank max(1, round(q·n)), never above the run's exact maximum.
inline double percentileFromLatencyCsv(const QString& dir, const QString& runId, double q, double maxMs)
{
    QHash<QString, int> h;
    std::map<double, qint64> buckets;
    for (const QStringList& r : csvRows(dir + QStringLiteral("/latency.csv"), &h)) {
        if (r.value(0) == runId) {
            buckets[r.value(1).toDouble()] += r.value(2).toLongLong();
        }
    }
    qint64 n = 0;
    for (const auto& [up, c] : buckets) {
        n += c;
    }
    const qint64 rank = std::max<qint64>(1, std::llround(q * double(n)));
    qint64 seen = 0;
    for (const auto& [up, c] : buckets) {
        seen += c;
        if (seen >= rank) {
            return std::min(up / 1000.0, maxMs);
        }
    }
    return NAN;
}

/// metric → value of one run in samples.csv (read directly).
inline QHash<QString, double> samplesOf(const QString& dir, const QString& runId)
{
    QHash<QString, int> h;
    QHash<QString, double> out;
    for (const QStringList& r : csvRows(dir + QStringLiteral("/samples.csv"), &h)) {
        if (r.value(0) == runId) {
            // metric, value are 5th and 4th from the end (… metric,value,unit,ok,error); error may hold commas
            // only for failed runs, which the callers do not read.
            out.insert(r.value(r.size() - 5), r.value(r.size() - 4).toDouble());
        }
    }
    return out;
}

} // namespace rb::test
