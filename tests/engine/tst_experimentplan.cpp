// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/experimentplan.h"

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
};

QTEST_GUILESS_MAIN(TestExperimentPlan)
#include "tst_experimentplan.moc"
