// SPDX-License-Identifier: GPL-3.0-or-later
// rsx207 importers on logs and CSVs built from the real lines in seed-systems.md §2 and the repository's scripts
// (tests/data/import/rsx207/README.md). Expected values are typed in from the files, units converted by hand.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QJsonArray>
#include <QtTest>

using namespace rb;
using importtest::near;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/rsx207/") + name));
}

const QString kDocker = QStringLiteral("results/raw/docker/http-hello/2026-02-08T21-19-24Z_run.log");

QList<RunRecord> phase(const ResultSet& set, const QString& name)
{
    QList<RunRecord> out;
    for (const RunRecord& r : set.runs) {
        if (r.spec.scenario.params.value(QStringLiteral("phase")).toString() == name) {
            out << r;
        }
    }
    return out;
}

double point(const RunRecord& r, const QString& series, int index)
{
    int seen = 0;
    for (const SeriesPoint& p : r.series) {
        if (p.series == series && seen++ == index) {
            return p.tMs * 1e6 + p.value; // both in one number: checked together
        }
    }
    return qQNaN();
}

} // namespace

class TestImportRsx207 : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("run log") << data(kDocker) << QStringLiteral("rsx207-log");
        QTest::addRow("scaling log") << data(QStringLiteral("scaling_run.log")) << QStringLiteral("rsx207-log");
        QTest::addRow("run_all") << data(QStringLiteral("2026-02-08T21-05-37Z_run_all.log"))
                                 << QStringLiteral("rsx207-log");
        QTest::addRow("memory csv") << data(QStringLiteral("memory-sibling/2026-02-09T10-00-00Z_memory.csv"))
                                    << QStringLiteral("rsx207-memory-csv");
        QTest::addRow("cold start csv") << data(QStringLiteral("cold_start_data.csv"))
                                        << QStringLiteral("rsx207-coldstart-csv");
        QTest::addRow("hyperfine csv") << QFINDTESTDATA("../data/import/hyperfine/basic.csv")
                                       << QStringLiteral("hyperfine-csv");
        QTest::addRow("wrk") << QFINDTESTDATA("../data/import/wrk/latency.txt") << QStringLiteral("wrk-text");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void dockerHttpLog()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(kDocker), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4); // launch + 3 requests
        const RunRecord launch = phase(*set, QStringLiteral("launch")).value(0);
        QCOMPARE(launch.spec.runtime, QStringLiteral("docker")); // from results/raw/docker/http-hello/
        QCOMPARE(launch.spec.workload.label(), QStringLiteral("http-hello"));
        QCOMPARE(launch.spec.scenario.label(), QStringLiteral("rsx207-log endpoint=/ firewall=off phase=launch"));
        QCOMPARE(launch.spec.runId,
            QStringLiteral(
                "docker/http-hello/rsx207-log endpoint=/ firewall=off phase=launch/r1@2026-02-08T21-19-24Z"));
        QCOMPARE(launch.startedUtc, QDateTime(QDate(2026, 2, 8), QTime(21, 19, 24), QTimeZone::utc()));
        QVERIFY(near(launch.value(QStringLiteral("cold_start_ms")), 459.227)); // 459227000 ns
        QCOMPARE(launch.value(QStringLiteral("rss_kb")), 956.0);
        QVERIFY(std::isnan(launch.value(QStringLiteral("ps_cpu_percent")))); // cpu_pct=/ → missing, not 0
        QVERIFY(near(launch.value(QStringLiteral("throughput_ms")), 276.522)); // 0.276522 s
        QVERIFY(near(launch.value(QStringLiteral("throughput_rps")), 723.270));
        QCOMPARE(launch.value(QStringLiteral("throughput_requests")), 200.0);
        const QList<RunRecord> req = phase(*set, QStringLiteral("request"));
        QCOMPARE(req.size(), 3);
        QVERIFY(near(req[0].value(QStringLiteral("latency_ms")), 13.496)); // 13496000 ns
        QVERIFY(near(req[1].value(QStringLiteral("latency_ms")), 13.034));
        QCOMPARE(req[1].spec.repetition, 2);
        QVERIFY(req[0].ok);
        QVERIFY(!req[2].ok); // curl's 000: no answer
        QCOMPARE(req[2].error, QStringLiteral("HTTP 000"));
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("rsx207"));
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(launch.spec.runId).toInt(), 10);
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(req[2].spec.runId).toInt(), 17);
        const QJsonObject log = source.value(QStringLiteral("logs")).toArray().first().toObject();
        QCOMPARE(log.value(QStringLiteral("header")).toObject().value(QStringLiteral("wasmtime_version")).toString(),
            QStringLiteral("wasmtime 40.0.0 (0807b003e 2025-12-22)"));
        QCOMPARE(log.value(QStringLiteral("line")).toInt(), 1);
    }

    void partialNativeRun()
    {
        // The corrupted HEAD script stops after the cold start ("LOG_FILEEQ: unbound variable"): what is there counts.
        ImporterRegistry reg;
        ImportError error;
        const auto set =
            reg.import(data(QStringLiteral("results/raw/native/http-hello/2026-02-08T21-05-40Z_run.log")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.scenario.label(), QStringLiteral("rsx207-log endpoint=/state firewall=on phase=launch"));
        QVERIFY(near(r.value(QStringLiteral("cold_start_ms")), 14.53));
        QVERIFY(std::isnan(r.value(QStringLiteral("rss_kb"))));
    }

    void cpuAndHelloRuns()
    {
        ImporterRegistry reg;
        ImportError error;
        auto set =
            reg.import(data(QStringLiteral("results/raw/wasm/cpu-hash/2026-01-09T14-02-11Z_run.log")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 2);
        QCOMPARE(set->runs[0].spec.runtime, QStringLiteral("wasm"));
        QCOMPARE(set->runs[0].spec.scenario.label(),
            QStringLiteral("rsx207-log iterations=2000000 phase=run wasmtime_cache=cold"));
        QVERIFY(near(set->runs[0].value(QStringLiteral("wall_ms")), 548.986));
        QVERIFY(std::isnan(set->runs[0].value(QStringLiteral("inner_ms")))); // NA
        QVERIFY(near(set->runs[1].value(QStringLiteral("inner_ms")), 170.912));
        set = reg.import(data(QStringLiteral("results/raw/wasm/hello-wasm/2026-01-09T14-05-00Z_run.log")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 2);
        QCOMPARE(set->runs[0].spec.workload.label(), QStringLiteral("hello-wasm"));
        QVERIFY(near(set->runs[0].value(QStringLiteral("wall_ms")), 29.951)); // 29951000 ns
        QVERIFY(near(set->runs[1].value(QStringLiteral("wall_ms")), 12.408));
    }

    void scalingLog()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("scaling_run.log")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord run = phase(*set, QStringLiteral("scaling")).value(0);
        QCOMPARE(run.spec.runtime, QStringLiteral("native")); // from the `runtime:` line: no results/raw path
        QCOMPARE(run.spec.workload.label(), QStringLiteral("http-hello-scaling"));
        QCOMPARE(run.spec.scenario.params.value(QStringLiteral("concurrency")).toDouble(), 4.0);
        QVERIFY(near(run.value(QStringLiteral("wall_ms")), 212.345));
        QVERIFY(near(run.value(QStringLiteral("throughput_rps")), 3767.454));
        QCOMPARE(run.value(QStringLiteral("total_rss_kb")), 7488.0);
        QCOMPARE(run.value(QStringLiteral("avg_rss_kb")), 1872.0);
        QVERIFY(run.ok);
        const QList<RunRecord> inst = phase(*set, QStringLiteral("scaling-instance"));
        QCOMPARE(inst.size(), 2);
        QCOMPARE(inst[1].spec.instance, 2);
        QVERIFY(near(inst[0].value(QStringLiteral("latency_ms_mean")), 2.412)); // "avg_lat_ns=2412" is µs
        QVERIFY(near(inst[1].value(QStringLiteral("latency_ms_p99")), 6.12));
        QVERIFY(std::isnan(inst[0].value(QStringLiteral("rps")))); // always 0 in the script: not kept
        QVERIFY(inst[0].spec.runId != inst[1].spec.runId);
    }

    void runAllSplitsEmbeddedLogs()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("2026-02-08T21-05-37Z_run_all.log")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const QJsonArray logs = set->experiment.value(QStringLiteral("sources"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("logs"))
                                    .toArray();
        QCOMPARE(logs.size(), 3);
        QStringList seen;
        for (const QJsonValue& l : logs) {
            seen << QString(l.toObject().value(QStringLiteral("runtime")).toString() + QLatin1Char('/')
                + l.toObject().value(QStringLiteral("workload")).toString());
        }
        QCOMPARE(seen,
            (QStringList { QStringLiteral("docker/http-hello"), QStringLiteral("wasm/cpu-hash"),
                QStringLiteral("native/http-hello-scaling") }));
        QCOMPARE(logs[0].toObject().value(QStringLiteral("line")).toInt(), 1); // glued to the driver's RUN line
        // docker: launch + 2 requests; cpu-hash: 2 runs; scaling: 1 run + 2 instances
        QCOMPARE(set->runs.size(), 8);
        QVERIFY(near(phase(*set, QStringLiteral("launch")).value(0).value(QStringLiteral("cold_start_ms")), 459.227));
        QCOMPARE(phase(*set, QStringLiteral("run")).value(1).spec.runId.section(QLatin1Char('@'), 1),
            QStringLiteral("2026-02-08T21-40-02Z"));
    }

    void memoryCsv()
    {
        ImporterRegistry reg;
        ImportError error;
        auto set =
            reg.import(data(QStringLiteral("results/raw/wasmtime/http-hello-scaling/2026-02-09T10-00-00Z_memory.csv")),
                {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 3); // (1,2,1) (1,2,2) (2,2,1)
        const RunRecord& a = set->runs[0];
        QCOMPARE(a.spec.runtime, QStringLiteral("wasmtime"));
        QCOMPARE(a.spec.instance, 1);
        QCOMPARE(a.spec.scenario.params.value(QStringLiteral("concurrency")).toDouble(), 2.0);
        QCOMPARE(point(a, QStringLiteral("rss_kb"), 0), 0 * 1e6 + 19616);
        QCOMPARE(point(a, QStringLiteral("rss_kb"), 1), 510 * 1e6 + 20112); // 1770631200610 − …100
        QCOMPARE(point(a, QStringLiteral("ps_cpu_percent"), 2), 1020 * 1e6 + 9.80);
        const RunRecord& b = set->runs[1];
        QCOMPARE(point(b, QStringLiteral("rss_kb"), 0), 40 * 1e6 + 19584); // shares instance 1's origin
        QVERIFY(std::isnan(point(b, QStringLiteral("rss_kb"), 1))); // empty ps output: missing, not 0
        QCOMPARE(set->runs[2].spec.repetition, 2);
        QCOMPARE(set->runs[2].spec.runId.section(QLatin1Char('@'), 1), QStringLiteral("2026-02-09T10-00-00Z"));
        set = reg.import(data(QStringLiteral("memory-sibling/2026-02-09T10-00-00Z_memory.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs[0].spec.runtime, QStringLiteral("docker")); // from the sibling run log's `runtime:`
    }

    void coldStartCsv()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("cold_start_data.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 8);
        const RunRecord& full = set->runs[0];
        QCOMPARE(full.spec.runId, QStringLiteral("docker/http-hello/rsx207-coldstart-csv type=full_cold/r1"));
        QVERIFY(near(full.value(QStringLiteral("build_ms")), 25123.456));
        QVERIFY(near(full.value(QStringLiteral("start_ms")), 512.345));
        QVERIFY(near(full.value(QStringLiteral("total_ms")), 25635.801));
        const RunRecord& rt = set->runs[5];
        QCOMPARE(rt.spec.scenario.label(), QStringLiteral("rsx207-coldstart-csv type=runtime_cold"));
        QVERIFY(std::isnan(rt.value(QStringLiteral("build_ms")))); // written as 0: nothing was built
        QVERIFY(near(rt.value(QStringLiteral("total_ms")), 38.21));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut last line") << QStringLiteral("bad/cut_run.log") << QString()
                                       << QStringLiteral("cut_run.log:16: latency_ns: the file ends in the middle");
        QTest::addRow("bad value") << QStringLiteral("bad/badvalue_run.log") << QString()
                                   << QStringLiteral(
                                          "badvalue_run.log:16: latency_ns: found \"13.034ms\", expected a number");
        QTest::addRow("missing field") << QStringLiteral("bad/missingfield_run.log") << QString()
                                       << QStringLiteral("missingfield_run.log:16: latency_ms: unexpected here");
        QTest::addRow("not a run log") << QStringLiteral("cold_start_data.csv") << QStringLiteral("rsx207-log")
                                       << QStringLiteral("cold_start_data.csv:1: header: no \"==== ");
        QTest::addRow("memory bad instance") << QStringLiteral("bad/badinstance_memory.csv") << QString()
                                             << QStringLiteral("badinstance_memory.csv:3: instance: found \"x\"");
        QTest::addRow("memory cut") << QStringLiteral("bad/cut_memory.csv") << QString()
                                    << QStringLiteral("cut_memory.csv:3: rss_kb: the file ends in the middle");
        QTest::addRow("cold start type")
            << QStringLiteral("bad/badtype_cold_start_data.csv") << QString()
            << QStringLiteral(
                   "badtype_cold_start_data.csv:2: type: found \"warm\", expected full_cold or runtime_cold");
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(file), format, &error);
        QVERIFY(!set);
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportRsx207)
#include "tst_import_rsx207.moc"
