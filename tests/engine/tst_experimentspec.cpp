// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/experimentspec.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace rb;

class TestExperimentSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badSpecsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray base = R"("name":"x","runtimes":["native"],"workloads":["hello"])";
        QTest::addRow("not JSON") << QByteArray("{\n  \"name\": \"x\",\n  oops\n}") << QStringLiteral("line 3");
        QTest::addRow("array at top") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::addRow("no runtimes") << QByteArray(R"({"name":"x","workloads":["hello"]})")
                                     << QStringLiteral("\"runtimes\"");
        QTest::addRow("empty workloads") << QByteArray(R"({"name":"x","runtimes":["native"],"workloads":[]})")
                                         << QStringLiteral("\"workloads\"");
        QTest::addRow("zero repetitions")
            << ("{" + base + R"(,"repetitions":0})") << QStringLiteral("\"repetitions\": expected an integer from 1");
        QTest::addRow("fractional warmup") << ("{" + base + R"(,"warmup":1.5})") << QStringLiteral("\"warmup\"");
        QTest::addRow("negative timeout") << ("{" + base + R"(,"timeout_s":-1})") << QStringLiteral("\"timeout_s\"");
        QTest::addRow("bad order") << ("{" + base + R"(,"order":"shuffled"})") << QStringLiteral("\"order\"");
        QTest::addRow("unknown key") << ("{" + base + R"(,"repititions":3})")
                                     << QStringLiteral("\"repititions\": unknown field");
        QTest::addRow("unknown scenario")
            << ("{" + base + R"(,"scenarios":["warm"]})") << QStringLiteral("\"scenarios[0].kind\"");
        QTest::addRow("unknown scenario parameter")
            << ("{" + base + R"(,"scenarios":[{"kind":"warm-latency","concurency":4}]})")
            << QStringLiteral("\"scenarios[0].concurency\": unknown parameter (expected one of: concurrency");
        QTest::addRow("bad level") << ("{" + base
            + R"(,"scenarios":[{"kind":"throughput-sweep","concurrency":[1,0]}]})")
                                   << QStringLiteral("\"scenarios[0].concurrency\": expected an integer from 1");
        QTest::addRow("bad choice") << ("{" + base + R"(,"scenarios":[{"kind":"cold-start-ready","cold":"icy"}]})")
                                    << QStringLiteral("\"scenarios[0].cold\": expected one of: runtime, full");
        QTest::addRow("no level") << ("{" + base + R"(,"scenarios":[{"kind":"memory-scaling","instances":[]}]})")
                                  << QStringLiteral("expected at least one level");
        QTest::addRow("same scenario twice") << ("{" + base + R"(,"scenarios":["density","density"]})")
                                             << QStringLiteral("\"scenarios[1].name\": two scenarios are called");
        QTest::addRow("factor command as a shell string")
            << ("{" + base + R"(,"factors":[{"name":"fw","levels":[{"name":"on","setup":["iptables -A x"]}]}]})")
            << QStringLiteral("\"factors[0].levels[0].setup[0]\": expected a non-empty array");
        QTest::addRow("factor named like a level")
            << ("{" + base + R"(,"factors":[{"name":"concurrency","levels":["a"]}]})")
            << QStringLiteral("\"factors[0].name\"");
        QTest::addRow("factor without levels") << ("{" + base + R"(,"factors":[{"name":"fw","levels":[]}]})")
                                               << QStringLiteral("\"factors[0].levels\": expected a non-empty array");
        QTest::addRow("duplicate runtime") << QByteArray(R"({"name":"x","runtimes":["a","a"],"workloads":["hello"]})")
                                           << QStringLiteral("\"runtimes[1]\": duplicate");
        QTest::addRow("workload not object")
            << QByteArray(R"({"name":"x","runtimes":["a"],"workloads":[3]})") << QStringLiteral("\"workloads[0]\"");
    }
    void badSpecsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const SpecParseResult r = parseExperimentSpec(json, QStringLiteral("spec.json"));
        QVERIFY(!r.spec);
        QVERIFY2(r.error.startsWith(QStringLiteral("spec.json: ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void goodSpecRoundTrips()
    {
        const QByteArray json = R"({"name":"demo","runtimes":["native","node-wasi:default"],
            "workloads":["hello",{"name":"cpu-hash","args":[200000]}],"repetitions":20,"warmup":2,
            "order":"random","seed":7,"timeout_s":5,"cooldown_s":0.1})";
        const SpecParseResult r = parseExperimentSpec(json, QStringLiteral("s"));
        QVERIFY2(r.spec, qPrintable(r.error));
        QCOMPARE(r.spec->workloads[1].label(), QStringLiteral("cpu-hash 200000"));
        QCOMPARE(r.spec->order, RunOrder::Randomised);
        QCOMPARE(r.spec->seed, quint64(7));
        QCOMPARE(r.spec->scenarios.first().kind, QStringLiteral("cold-start-exit")); // the default
        const SpecParseResult again =
            parseExperimentSpec(QJsonDocument(r.spec->toJson()).toJson(), QStringLiteral("s2"));
        QVERIFY2(again.spec, qPrintable(again.error));
        QCOMPARE(again.spec->toJson(), r.spec->toJson());
    }

    // Every shipped spec parses (what `runbench-cli run resources/experiments/X.json` starts with), and its
    // normalised form parses again to the same spec.
    void shippedExperimentsParse()
    {
        const QDir dir(qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/resources/experiments"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") });
        QVERIFY(files.size() >= 9); // demo, full and one per scenario kind
        QSet<QString> kinds;
        for (const QString& f : files) {
            const SpecParseResult r = readExperimentSpec(dir.filePath(f));
            QVERIFY2(r.spec, qPrintable(r.error));
            for (const ScenarioSpec& s : r.spec->scenarios) {
                kinds.insert(s.kind);
            }
            const SpecParseResult again = parseExperimentSpec(QJsonDocument(r.spec->toJson()).toJson(), f);
            QVERIFY2(again.spec, qPrintable(again.error));
            QCOMPARE(again.spec->toJson(), r.spec->toJson());
        }
        QCOMPARE(kinds.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestExperimentSpec)
#include "tst_experimentspec.moc"
