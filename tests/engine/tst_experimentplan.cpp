// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/experimentplan.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace rb;

class TestExperimentPlan : public QObject
{
    Q_OBJECT

    static ExperimentSpec spec(RunOrder order, int reps, int warmup, quint64 seed = 1)
    {
        ExperimentSpec s;
        s.name = QStringLiteral("t");
        s.runtimes = { QStringLiteral("a"), QStringLiteral("b") };
        s.workloads = { WorkloadRef { QStringLiteral("hello"), {} },
            WorkloadRef { QStringLiteral("cpu-hash"), { QStringLiteral("10") } } };
        s.scenarios = { ScenarioSpec { QStringLiteral("cold-start-exit"), QStringLiteral("cold-start-exit"), {}, {} } };
        s.order = order;
        s.repetitions = reps;
        s.warmup = warmup;
        s.seed = seed;
        return s;
    }

private Q_SLOTS:
    void expansionCountsAndIds_data()
    {
        QTest::addColumn<int>("order");
        QTest::addRow("sequential") << int(RunOrder::Sequential);
        QTest::addRow("interleaved") << int(RunOrder::Interleaved);
        QTest::addRow("random") << int(RunOrder::Randomised);
    }
    void expansionCountsAndIds()
    {
        QFETCH(int, order);
        const ExperimentPlan plan(spec(RunOrder(order), 5, 2));
        QCOMPARE(plan.configurations().size(), 4); // 2 runtimes × 2 workloads × 1 scenario
        QCOMPARE(plan.runs().size(), 4 * (5 + 2));
        QCOMPARE(plan.measuredRunCount(), 20);
        QSet<QString> ids;
        for (int i = 0; i < plan.runs().size(); ++i) {
            const RunSpec& r = plan.runs()[i];
            QCOMPARE(r.index, i);
            ids.insert(r.runId);
        }
        QCOMPARE(ids.size(), plan.runs().size()); // ids unique
        QVERIFY(ids.contains(QStringLiteral("b/cpu-hash 10/cold-start-exit/r5")));
        QVERIFY(ids.contains(QStringLiteral("a/hello/cold-start-exit/w2")));
        // every configuration gets exactly `warmup` warm-ups and `repetitions` measured runs
        for (const RunSpec& c : plan.configurations()) {
            int w = 0, m = 0;
            for (const RunSpec& r : plan.runs()) {
                if (r.configIndex == c.configIndex) {
                    (r.warmup ? w : m)++;
                }
            }
            QCOMPARE(w, 2);
            QCOMPARE(m, 5);
        }
    }

    void sequentialKeepsConfigurationsTogether()
    {
        const ExperimentPlan plan(spec(RunOrder::Sequential, 3, 1));
        const QList<RunSpec>& r = plan.runs();
        QStringList order;
        for (const RunSpec& x : r) {
            order << QStringLiteral("%1%2%3")
                         .arg(x.configIndex)
                         .arg(x.warmup ? QLatin1Char('w') : QLatin1Char('r'))
                         .arg(x.repetition);
        }
        QCOMPARE(order.mid(0, 8), (QStringList { "0w1", "0r1", "0r2", "0r3", "1w1", "1r1", "1r2", "1r3" }));
    }

    void interleavedRunsRounds()
    {
        const ExperimentPlan plan(spec(RunOrder::Interleaved, 3, 1));
        const QList<RunSpec>& r = plan.runs();
        // warm-up round first, then round 1 of every configuration, round 2, ...
        for (int i = 0; i < r.size(); ++i) {
            QCOMPARE(r[i].configIndex, i % 4);
            QCOMPARE(r[i].warmup, i < 4);
            QCOMPARE(r[i].repetition, i < 4 ? 1 : (i - 4) / 4 + 1);
        }
    }

    void randomIsBlockedAndReproducible()
    {
        const ExperimentPlan p1(spec(RunOrder::Randomised, 50, 0, 42));
        const ExperimentPlan p2(spec(RunOrder::Randomised, 50, 0, 42));
        const ExperimentPlan p3(spec(RunOrder::Randomised, 50, 0, 43));
        QStringList a, b, c;
        for (int i = 0; i < p1.runs().size(); ++i) {
            a << p1.runs()[i].runId;
            b << p2.runs()[i].runId;
            c << p3.runs()[i].runId;
        }
        QCOMPARE(a, b); // same seed, same order
        QVERIFY(a != c); // another seed, another order
        // each block of 4 holds every configuration once, at repetition k
        bool anyNotInSpecOrder = false;
        for (int k = 0; k < 50; ++k) {
            QSet<int> seen;
            for (int j = 0; j < 4; ++j) {
                const RunSpec& r = p1.runs()[k * 4 + j];
                QCOMPARE(r.repetition, k + 1);
                seen.insert(r.configIndex);
                anyNotInSpecOrder |= r.configIndex != j;
            }
            QCOMPARE(seen.size(), 4);
        }
        QVERIFY(anyNotInSpecOrder);
    }

    // Every factor type: runtimes × workloads × scenarios × scenario levels × user-factor levels.
    void expandsLevelsAndUserFactors()
    {
        const SpecParseResult parsed = parseExperimentSpec(R"({"name":"f","runtimes":["a","b"],
            "workloads":["hello","http-hello"],
            "scenarios":["cold-start-exit",
                {"kind":"throughput-sweep","concurrency":[1,4],"rates":[100],"slo_p99_ms":5},
                {"kind":"memory-scaling","instances":2}],
            "factors":[{"name":"fw","levels":[{"name":"on","setup":[["true"]]},"off"]}],
            "repetitions":2,"warmup":1})",
            QStringLiteral("f.json"));
        QVERIFY2(parsed.spec, qPrintable(parsed.error));
        // hello suits cold-start-exit only; http-hello the two server scenarios.
        const ExperimentPlan plan(*parsed.spec, [](const WorkloadRef& w, const ScenarioSpec& s) {
            return (w.name == QLatin1String("http-hello")) == (s.kind != QLatin1String("cold-start-exit"));
        });
        // per runtime: hello × exit × 2 fw + http-hello × (4 sweep levels + 1 memory level) × 2 fw = 2 + 10
        QCOMPARE(plan.configurations().size(), 2 * 12);
        QCOMPARE(plan.runs().size(), 24 * 3);
        QCOMPARE(plan.excluded(),
            (QStringList { "hello × throughput-sweep", "hello × memory-scaling", "http-hello × cold-start-exit" }));
        QSet<QString> ids;
        for (const RunSpec& r : plan.runs()) {
            ids.insert(r.runId);
        }
        QCOMPARE(ids.size(), plan.runs().size());
        for (const char* id :
            { "a/hello/cold-start-exit fw=on/r2", "b/http-hello/throughput-sweep concurrency=4 fw=off/r1",
                "a/http-hello/throughput-sweep fw=on rate=100/w1",
                "b/http-hello/throughput-sweep fw=off slo_search=true/r2",
                "a/http-hello/memory-scaling fw=on instances=2/r1" }) {
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        }
        // Levels carry their value in params, settings keep the scenario's parameters with defaults filled.
        const RunSpec& c = plan.configurations()[3];
        QCOMPARE(c.scenario.kind, QStringLiteral("throughput-sweep"));
        QCOMPARE(c.scenario.params.value(QStringLiteral("concurrency")).toInt(), 1);
        QCOMPARE(c.scenario.params.value(QStringLiteral("fw")).toString(), QStringLiteral("off"));
        QCOMPARE(c.scenario.settings.value(QStringLiteral("duration_s")).toDouble(), 3.0);
    }

    void sameSpecSamePlanAfterRoundTrip()
    {
        const SpecParseResult a = parseExperimentSpec(R"({"name":"r","runtimes":["a"],"workloads":["http-hello"],
            "scenarios":[{"kind":"throughput-sweep","concurrency":[2,8]}],"order":"random","seed":9,
            "factors":[{"name":"gov","levels":["perf","save"]}]})",
            QStringLiteral("a.json"));
        QVERIFY(a.spec);
        const SpecParseResult b =
            parseExperimentSpec(QJsonDocument(a.spec->toJson()).toJson(), QStringLiteral("b.json"));
        QVERIFY2(b.spec, qPrintable(b.error));
        QStringList ia, ib;
        const ExperimentPlan pa(*a.spec);
        const ExperimentPlan pb(*b.spec);
        for (const RunSpec& r : pa.runs()) {
            ia << r.runId;
        }
        for (const RunSpec& r : pb.runs()) {
            ib << r.runId;
        }
        QCOMPARE(ia, ib); // experiment.json's normalised spec replans the same runs (what --resume relies on)
    }
};

QTEST_GUILESS_MAIN(TestExperimentPlan)
#include "tst_experimentplan.moc"
