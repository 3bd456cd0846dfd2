// SPDX-License-Identifier: GPL-3.0-or-later
// One experiment across two hosts on one machine (docs/multi-host.md): `run --role sut` and `run --role loadgen`
// of the real runbench-cli at the same time over the control channel on loopback, then `merge` and `stats`; the
// readiness barrier, a SUT alone, a refused spec, merge's bad inputs and a partial host folder.
#include "hostsupport.h"
#include "io/resultfolder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

class TestCliHosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a; ///< the SUT's folder of the successful two-role run
    QString m_b; ///< the load generator's

    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }
    static ResultSet load(const QString& dir)
    {
        QString err;
        const auto rs = loadResultFolder(dir, &err);
        if (!rs) {
            qFatal("%s", qPrintable(err));
        }
        return *rs;
    }
    static bool isLoadRun(const RunRecord& r)
    {
        return r.spec.runId.contains(QStringLiteral("warm-latency"));
    }

private Q_SLOTS:
    void twoRolesRunTogetherAndMerge()
    {
        const QString spec = writeTextFile(
            path(QStringLiteral("s.json")), twoHostSpec(QStringLiteral("127.0.0.1"), freeLoopbackPort(), 20, "mh"));
        m_a = path(QStringLiteral("A"));
        m_b = path(QStringLiteral("B"));
        const TwoRoles roles = runTwoRoles(spec, m_a, spec, m_b);
        QVERIFY2(roles.sutCode == 0, qPrintable(roles.sutErr.right(2000)));
        QVERIFY2(roles.genCode == 0, qPrintable(roles.genErr.right(2000)));
        const ResultSet a = load(m_a);
        const ResultSet b = load(m_b);
        QCOMPARE(a.runs.size(), 4); // 2 cold-start-exit (hello) + 2 warm-latency (http-hello)
        QCOMPARE(b.runs.size(), 2); // only the load runs
        QCOMPARE(a.experiment.value(QStringLiteral("host")).toObject().value(QStringLiteral("roles")).toArray(),
            QJsonArray { QStringLiteral("sut") });
        QVERIFY(a.experiment.value(QStringLiteral("fingerprint")).toObject().contains(QStringLiteral("clock")));

        const QString m = path(QStringLiteral("M"));
        const CommandOutput merged =
            runCommand(cliPath(), { QStringLiteral("merge"), m_a, m_b, QStringLiteral("--out"), m });
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        const ResultSet rs = load(m);
        QCOMPARE(rs.runs.size(), 4);
        const QJsonArray hosts = rs.experiment.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a"));
        QCOMPARE(
            hosts[1].toObject().value(QStringLiteral("roles")).toArray(), QJsonArray { QStringLiteral("loadgen") });
        QVERIFY(hosts[1].toObject().value(QStringLiteral("fingerprint")).toObject().contains(QStringLiteral("clock")));
        int split = 0;
        for (const RunRecord& r : rs.runs) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.spec.scenario.params.value(QStringLiteral("host")).toString(), QStringLiteral("a"));
            QVERIFY(r.spec.runId.contains(QStringLiteral("host=a")));
            if (!isLoadRun(r)) {
                QVERIFY(r.value(QStringLiteral("wall_ms")) > 0);
                continue;
            }
            ++split;
            // From the SUT: cold start and resources; from the load generator: latency and throughput.
            QVERIFY(r.value(QStringLiteral("first_200_ms")) > 0);
            QVERIFY(r.value(QStringLiteral("rss_kb_peak")) > 0);
            QVERIFY(std::isfinite(r.value(QStringLiteral("cpu_percent_mean"))));
            QCOMPARE(r.value(QStringLiteral("requests")), 3000.0);
            QVERIFY(r.value(QStringLiteral("requests_per_s")) > 0);
            QVERIFY(!r.latency.isEmpty());
            // Percentiles recomputed from the merged histogram equal an independent reading of B's latency.csv.
            const double maxMs = samplesOf(m_b, r.spec.runId).value(QStringLiteral("latency_max_ms"));
            QVERIFY(maxMs > 0);
            const QHash<QString, double> mergedSamples = samplesOf(m, r.spec.runId);
            for (const auto& [metric, q] : { std::pair { "latency_p50_ms", 0.5 }, std::pair { "latency_p90_ms", 0.9 },
                     std::pair { "latency_p99_ms", 0.99 } }) {
                const double expected = percentileFromLatencyCsv(m_b, r.spec.runId, q, maxMs);
                QVERIFY(expected > 0);
                QCOMPARE(mergedSamples.value(QString::fromLatin1(metric)), expected);
            }
        }
        QCOMPARE(split, 2);

        const CommandOutput st = runCommand(cliPath(),
            { QStringLiteral("stats"), m, QStringLiteral("--metric"), QStringLiteral("latency_p50_ms"),
                QStringLiteral("--json") });
        QVERIFY2(st.code == 0 || st.code == 1, qPrintable(st.err)); // 1: cold-start groups lack the metric
        const QJsonObject report = QJsonDocument::fromJson(st.out.toUtf8()).object();
        const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QVERIFY2(groups[0].toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("host=a")),
            qPrintable(st.out.left(500)));
        QCOMPARE(groups[0].toObject().value(QStringLiteral("n")).toInt(), 2);
    }

    void mergeRefusesBadInput()
    {
        if (m_a.isEmpty()) {
            QSKIP("needs the folders of twoRolesRunTogetherAndMerge");
        }
        CommandOutput o =
            runCommand(cliPath(), { QStringLiteral("merge"), m_a, m_a, QStringLiteral("--out"), path("X1") });
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("host \"a\" is already merged from")), qPrintable(o.err));
        o = runCommand(cliPath(), { QStringLiteral("merge"), m_a, m_dir.path(), QStringLiteral("--out"), path("X2") });
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("not a Runbench results folder")), qPrintable(o.err));
        // A folder of another experiment (another seed) is named.
        const QString other = path(QStringLiteral("other"));
        QDir().mkpath(other);
        for (const char* f : { "runs.csv", "samples.csv", "experiment.json" }) {
            QFile::copy(m_b + QLatin1Char('/') + QLatin1String(f), other + QLatin1Char('/') + QLatin1String(f));
        }
        QFile ej(other + QStringLiteral("/experiment.json"));
        QVERIFY(ej.open(QIODevice::ReadOnly));
        QJsonObject e = QJsonDocument::fromJson(ej.readAll()).object();
        ej.close();
        QJsonObject s = e.value(QStringLiteral("spec")).toObject();
        s.insert(QStringLiteral("seed"), 99);
        e.insert(QStringLiteral("spec"), s);
        writeTextFile(ej.fileName(), QJsonDocument(e).toJson());
        o = runCommand(cliPath(), { QStringLiteral("merge"), m_a, other, QStringLiteral("--out"), path("X3") });
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains(other + QStringLiteral(": a different experiment than ")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("differ: seed")), qPrintable(o.err));
    }

    void partialHostFolderMergesWhatItHas()
    {
        if (m_b.isEmpty()) {
            QSKIP("needs the folders of twoRolesRunTogetherAndMerge");
        }
        // B as if the load generator had been killed after its first run: runs.csv loses its last row.
        const QString cut = path(QStringLiteral("Bcut"));
        QDir().mkpath(cut);
        for (const char* f : { "samples.csv", "latency.csv", "timeseries.csv", "experiment.json" }) {
            QFile::copy(m_b + QLatin1Char('/') + QLatin1String(f), cut + QLatin1Char('/') + QLatin1String(f));
        }
        QFile runs(m_b + QStringLiteral("/runs.csv"));
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = runs.readAll().split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
        }
        lines.removeLast();
        writeTextFile(cut + QStringLiteral("/runs.csv"), lines.join('\n') + '\n');
        const QString m = path(QStringLiteral("Mcut"));
        const CommandOutput o =
            runCommand(cliPath(), { QStringLiteral("merge"), m_a, cut, QStringLiteral("--out"), m });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("the load generator's part is missing")), qPrintable(o.err));
        const ResultSet rs = load(m);
        QCOMPARE(rs.runs.size(), 4);
        QCOMPARE(rs.status(), QStringLiteral("partial"));
        const QJsonArray warnings = rs.experiment.value(QStringLiteral("warnings")).toArray();
        QVERIFY(std::any_of(warnings.begin(), warnings.end(),
            [](const QJsonValue& w) { return w.toString().contains(QStringLiteral("part is missing")); }));
    }

    void sutResourcesCoverTheMeasuredLoadOnly()
    {
        // A long warm-up (50,000 requests) before 1 s of measured load: the SUT's resource series and
        // cpu_percent_mean must cover the measured load (from the load generator's "measuring"), as on one host,
        // not the warm-up, so that the merged run's series share t = 0.
        const QString spec = writeTextFile(path(QStringLiteral("w.json")),
            QStringLiteral(R"({"name":"warm","runtimes":["native"],"workloads":["http-hello"],
            "scenarios":[{"kind":"warm-latency","duration_s":1,"warmup_requests":50000,"concurrency":2}],
            "repetitions":1,"warmup":0,"timeout_s":60,"control_port":%1,
            "hosts":[{"id":"a","address":"127.0.0.1","roles":["sut"]},{"id":"b","address":"127.0.0.1","roles":["loadgen"]}]})")
                .arg(freeLoopbackPort())
                .toUtf8());
        const TwoRoles roles = runTwoRoles(spec, path(QStringLiteral("wA")), spec, path(QStringLiteral("wB")));
        QVERIFY2(roles.sutCode == 0, qPrintable(roles.sutErr.right(2000)));
        QVERIFY2(roles.genCode == 0, qPrintable(roles.genErr.right(2000)));
        const ResultSet a = load(path(QStringLiteral("wA")));
        const ResultSet b = load(path(QStringLiteral("wB")));
        QCOMPARE(a.runs.size(), 1);
        QCOMPARE(b.runs.size(), 1);
        const RunRecord& sutRun = a.runs.first();
        const RunRecord& genRun = b.runs.first();
        QVERIFY2(sutRun.ok && genRun.ok, qPrintable(sutRun.error + genRun.error));
        double sutFirst = 1e300, sutLast = -1e300, genLast = -1e300;
        for (const SeriesPoint& p : sutRun.series) {
            sutFirst = std::min(sutFirst, p.tMs);
            sutLast = std::max(sutLast, p.tMs);
        }
        for (const SeriesPoint& p : genRun.series) {
            genLast = std::max(genLast, p.tMs);
        }
        const double served = sutRun.value(QStringLiteral("served_ms"));
        qInfo("served %.0f ms; SUT series %.1f … %.1f ms; load generator's series … %.1f ms", served, sutFirst, sutLast,
            genLast);
        QVERIFY2(sutFirst >= -60.0, "a baseline sample at most one interval (50 ms) before the measured load");
        QVERIFY(genLast > 800.0); // 100 ms buckets of a 1 s load
        QVERIFY2(sutLast <= genLast + 400.0, "the SUT's series end with the measured load, not later");
        // The warm-up really took time here (else this test would not tell the two windows apart).
        QVERIFY2(served >= sutLast + 300.0, qPrintable(QString::number(served)));
    }

    void loadGeneratorStartedFirstWaitsAtTheBarrier()
    {
        const QString spec = writeTextFile(
            path(QStringLiteral("b.json")), twoHostSpec(QStringLiteral("127.0.0.1"), freeLoopbackPort(), 15, "bar"));
        QProcess gen;
        QProcess sut;
        startRole(gen, spec, QStringLiteral("loadgen"), QStringLiteral("b"), path(QStringLiteral("barB")));
        QTest::qWait(3000); // nothing listens on the control port yet
        QCOMPARE(gen.state(), QProcess::Running);
        startRole(sut, spec, QStringLiteral("sut"), QStringLiteral("a"), path(QStringLiteral("barA")));
        QString errA;
        QString errB;
        QCOMPARE(finish(sut, &errA), 0);
        QVERIFY2(finish(gen, &errB) == 0, qPrintable(errB.right(2000)));
        for (const RunRecord& r : load(path(QStringLiteral("barB"))).runs) {
            QVERIFY2(r.ok && r.value(QStringLiteral("requests")) == 3000.0, qPrintable(r.error));
        }
    }

    void sutAloneFailsItsLoadRunsAfterTheTimeout()
    {
        const QString spec = writeTextFile(
            path(QStringLiteral("alone.json")), twoHostSpec(QStringLiteral("127.0.0.1"), freeLoopbackPort(), 2, "al"));
        QProcess sut;
        startRole(sut, spec, QStringLiteral("sut"), QStringLiteral("a"), path(QStringLiteral("alone")));
        QString err;
        QCOMPARE(finish(sut, &err), 1);
        const ResultSet rs = load(path(QStringLiteral("alone")));
        QCOMPARE(rs.runs.size(), 4);
        for (const RunRecord& r : rs.runs) {
            if (isLoadRun(r)) {
                QVERIFY(!r.ok);
                QVERIFY2(
                    r.error.startsWith(QStringLiteral("no load generator connected within 2")), qPrintable(r.error));
                QVERIFY(r.value(QStringLiteral("first_200_ms")) > 0); // the cold start was still measured
            } else {
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        }
    }

    void differentSpecIsRefusedOnBothSides()
    {
        const quint16 port = freeLoopbackPort();
        const QString specA =
            writeTextFile(path(QStringLiteral("dA.json")), twoHostSpec(QStringLiteral("127.0.0.1"), port, 3, "d"));
        const QString specB =
            writeTextFile(path(QStringLiteral("dB.json")), twoHostSpec(QStringLiteral("127.0.0.1"), port, 3, "d2"));
        const TwoRoles roles = runTwoRoles(specA, path(QStringLiteral("dA")), specB, path(QStringLiteral("dB")));
        QCOMPARE(roles.sutCode, 1);
        QCOMPARE(roles.genCode, 1);
        for (const RunRecord& r : load(path(QStringLiteral("dB"))).runs) {
            QVERIFY2(r.error.startsWith(QStringLiteral("the SUT refused this load generator: load generator \"b\" "
                                                       "runs a different spec")),
                qPrintable(r.error));
        }
        int refused = 0;
        for (const RunRecord& r : load(path(QStringLiteral("dA"))).runs) {
            refused += isLoadRun(r)
                && r.error.contains(QStringLiteral("one was refused: load generator \"b\" runs a "
                                                   "different spec"));
        }
        QVERIFY2(refused >= 1, qPrintable(roles.sutErr.right(1500)));
    }

    void unknownHostIdIsBadInput()
    {
        const QString spec = writeTextFile(
            path(QStringLiteral("u.json")), twoHostSpec(QStringLiteral("127.0.0.1"), freeLoopbackPort(), 5, "u"));
        const CommandOutput o = runCommand(cliPath(),
            { QStringLiteral("run"), spec, QStringLiteral("--host-id"), QStringLiteral("zz"), QStringLiteral("--out"),
                path(QStringLiteral("u")) });
        QCOMPARE(o.code, 2);
        QVERIFY2(
            o.err.contains(QStringLiteral("run: --host-id \"zz\" is not a host of the spec (expected one of: a, b)")),
            qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHosts)
#include "tst_cli_hosts.moc"
