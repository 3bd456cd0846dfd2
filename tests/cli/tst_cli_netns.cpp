// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-host for real (issue #9): two network namespaces with their own addresses on a bridge, the SUT role in
// one (10.77.0.1) and the load generator in the other (10.77.0.2), then `merge`. A control run shows that the
// load generator's namespace cannot reach the SUT through 127.0.0.1, so the traffic did cross between them.
// Skipped, with the reason, where `ip netns add` fails (not root, no namespaces in this container).
#include "../common/netns.h"
#include "hostsupport.h"
#include "io/resultfolder.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

class TestCliNetns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void sutAndLoadgenInTwoNamespaces()
    {
        TestNetwork net(QStringLiteral("mh"));
        QString why;
        if (!net.create(2, &why)) {
            QSKIP(qPrintable(QStringLiteral("cannot create network namespaces here: ") + why));
        }
        const QString sutAddr = TestNetwork::address(0);
        const QString spec = writeTextFile(
            m_dir.filePath(QStringLiteral("s.json")), twoHostSpec(sutAddr, 7171, 20, "netns", TestNetwork::address(1)));
        const QString a = m_dir.filePath(QStringLiteral("A"));
        const QString b = m_dir.filePath(QStringLiteral("B"));
        const TwoRoles roles =
            runTwoRoles(spec, a, spec, b, TestNetwork::ipProgram(), net.wrap(0, {}), net.wrap(1, {}));
        QVERIFY2(roles.sutCode == 0, qPrintable(roles.sutErr.right(2000)));
        QVERIFY2(roles.genCode == 0, qPrintable(roles.genErr.right(2000)));

        QString err;
        const auto bSet = loadResultFolder(b, &err);
        QVERIFY2(bSet, qPrintable(err));
        const QJsonObject host = bSet->experiment.value(QStringLiteral("host")).toObject();
        QCOMPARE(host.value(QStringLiteral("sut_address")).toString(), sutAddr);
        QCOMPARE(host.value(QStringLiteral("address")).toString(), TestNetwork::address(1));

        const QString m = m_dir.filePath(QStringLiteral("M"));
        const CommandOutput merged =
            runCommand(cliPath(), { QStringLiteral("merge"), a, b, QStringLiteral("--out"), m });
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        const auto rs = loadResultFolder(m, &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), 4);
        int split = 0;
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.error));
            if (r.spec.runId.contains(QStringLiteral("warm-latency"))) {
                ++split;
                QVERIFY(r.value(QStringLiteral("first_200_ms")) > 0); // SUT (namespace 0)
                QVERIFY(r.value(QStringLiteral("rss_kb_peak")) > 0); // SUT
                QCOMPARE(r.value(QStringLiteral("requests")), 3000.0); // load generator (namespace 1)
                QVERIFY(r.value(QStringLiteral("latency_p50_ms")) > 0);
            }
        }
        QCOMPARE(split, 2);

        // Control: the same load generator aimed at 127.0.0.1 from namespace 1 never reaches the SUT of
        // namespace 0, which is waiting on its control port meanwhile.
        const QString alone = writeTextFile(
            m_dir.filePath(QStringLiteral("c.json")), twoHostSpec(sutAddr, 7171, 3, "ctl", TestNetwork::address(1)));
        const QString loop = writeTextFile(m_dir.filePath(QStringLiteral("l.json")),
            twoHostSpec(QStringLiteral("127.0.0.1"), 7171, 3, "ctl", TestNetwork::address(1)));
        const TwoRoles control = runTwoRoles(alone, m_dir.filePath(QStringLiteral("cA")), loop,
            m_dir.filePath(QStringLiteral("cB")), TestNetwork::ipProgram(), net.wrap(0, {}), net.wrap(1, {}));
        QCOMPARE(control.genCode, 1);
        QCOMPARE(control.sutCode, 1);
        const auto cB = loadResultFolder(m_dir.filePath(QStringLiteral("cB")), &err);
        QVERIFY2(cB, qPrintable(err));
        for (const RunRecord& r : cB->runs) {
            QVERIFY2(r.error.startsWith(QStringLiteral("the SUT's control port 127.0.0.1:7171 did not answer in time")),
                qPrintable(r.error));
        }
        net.destroy();
        QVERIFY(net.name(0).isEmpty());
    }

    // The server of each runtime family, started by the SUT in one namespace, loaded from the other: Node's WASI
    // host, runc and podman on the host network, podman and a private dockerd (made inside the namespace, with
    // its own bridge there) publishing the port, containerd's runc. The port must be published on every address
    // in the SUT role (on 127.0.0.1 alone, the load generator got "connection refused").
    void serversOfEachFamilyAcrossNamespaces_data()
    {
        QTest::addColumn<QString>("runtime");
        for (const char* id : { "node-wasi:default", "runc:hostnet", "podman:hostnet", "podman:portmap",
                 "docker:portmap", "ctr:runc-hostnet" }) {
            QTest::addRow("%s", id) << QString::fromLatin1(id);
        }
    }
    void serversOfEachFamilyAcrossNamespaces()
    {
        QFETCH(QString, runtime);
        TestNetwork net(QStringLiteral("sf"));
        QString why;
        if (!net.create(2, &why)) {
            QSKIP(qPrintable(QStringLiteral("cannot create network namespaces here: ") + why));
        }
        const QString spec = writeTextFile(m_dir.filePath(QStringLiteral("f.json")),
            QStringLiteral(R"({"name":"family","runtimes":["%1"],"workloads":["http-hello"],
            "scenarios":[{"kind":"warm-latency","requests":500,"warmup_requests":10,"concurrency":2}],
            "repetitions":1,"warmup":0,"timeout_s":60,"control_port":7171,"start_daemons":true,
            "hosts":[{"id":"a","address":"%2","roles":["sut"]},{"id":"b","address":"%3","roles":["loadgen"]}]})")
                .arg(runtime, TestNetwork::address(0), TestNetwork::address(1))
                .toUtf8());
        const QString tag = QString(runtime).replace(QLatin1Char(':'), QLatin1Char('-'));
        const QString a = m_dir.filePath(QStringLiteral("fA-") + tag);
        const QString b = m_dir.filePath(QStringLiteral("fB-") + tag);
        const TwoRoles roles =
            runTwoRoles(spec, a, spec, b, QStringLiteral("nsenter"), net.enterNet(0), net.enterNet(1));
        QString err;
        const auto aSet = loadResultFolder(a, &err);
        QVERIFY2(aSet, qPrintable(err + roles.sutErr.right(1000)));
        const QJsonObject r = aSet->experiment.value(QStringLiteral("runtimes")).toObject().value(runtime).toObject();
        if (!r.value(QStringLiteral("available")).toBool()) {
            QSKIP(qPrintable(
                runtime + QStringLiteral(" unavailable here: ") + r.value(QStringLiteral("reason")).toString()));
        }
        const QString m = m_dir.filePath(QStringLiteral("fM-") + tag);
        const CommandOutput merged =
            runCommand(cliPath(), { QStringLiteral("merge"), a, b, QStringLiteral("--out"), m });
        QVERIFY2(merged.code == 0, qPrintable(merged.err + roles.sutErr.right(1000) + roles.genErr.right(1000)));
        const auto rs = loadResultFolder(m, &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), 1);
        const RunRecord& run = rs->runs.first();
        QVERIFY2(run.ok, qPrintable(run.error));
        QVERIFY(run.value(QStringLiteral("first_200_ms")) > 0); // SUT
        QCOMPARE(run.value(QStringLiteral("requests")), 500.0); // load generator, across the namespaces
        QCOMPARE(run.value(QStringLiteral("errors")), 0.0);
        net.destroy();
    }
};

QTEST_GUILESS_MAIN(TestCliNetns)
#include "tst_cli_netns.moc"
