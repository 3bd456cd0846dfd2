// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment designer's state: SpecDraft and its models, the spec writer and the duration estimate.
#include "engine/durationestimate.h"
#include "engine/experimentplan.h"
#include "model/specwriter.h"
#include "models/checklistmodel.h"
#include "models/factortablemodel.h"
#include "models/scenarioparammodel.h"
#include "models/specdraft.h"
#include "runner/installation.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;

class TestSpecDraft : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Installation> m_inst;

    static QString sourceDir()
    {
        return qEnvironmentVariable("RUNBENCH_SOURCE_DIR", QStringLiteral(RB_SOURCE_DIR));
    }

    static int planRuns(const ExperimentSpec& spec, const Installation& inst)
    {
        return int(ExperimentPlan(spec, [&](const WorkloadRef& w, const ScenarioSpec& s) { return inst.suits(w, s); })
                       .runs()
                       .size());
    }

    // Every model of the draft stays sound through whatever a test does to it.
    struct Testers
    {
        explicit Testers(SpecDraft& d)
        {
            for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*> {
                     d.runtimes(), d.workloads(), d.scenarios(), d.params(), d.factors() }) {
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    m, QAbstractItemModelTester::FailureReportingMode::QtTest));
            }
        }
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    };

    static void setParam(SpecDraft& d, const QString& name, const QString& text)
    {
        ScenarioParamModel* m = d.params();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, ScenarioParamModel::NameColumn).data().toString() == name) {
                QVERIFY(m->setData(m->index(r, ScenarioParamModel::ValueColumn), text));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no parameter ") + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_inst = Installation::load(); // catalogue and plugins; nothing probed (no runtime is available)
        QVERIFY(!m_inst->workloads.workloads().isEmpty());
        QVERIFY(m_inst->registry.find(QStringLiteral("native")));
    }

    void everyShippedSpecRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(sourceDir() + QStringLiteral("/resources/experiments"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 9);
        for (const QString& f : files) {
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
        }
    }

    void everyShippedSpecRoundTrips()
    {
        QFETCH(QString, path);
        const SpecParseResult original = readExperimentSpec(path);
        QVERIFY2(original.spec, qPrintable(original.error));
        SpecDraft d;
        Testers t(d);
        d.setInstallation(m_inst);
        d.setSpec(*original.spec);
        QVERIFY(d.summary().parsed);
        QCOMPARE(d.summary().runs, planRuns(*original.spec, *m_inst));
        QVERIFY(d.summary().runs > 0);

        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("spec.json"));
        QSignalSpy saved(&d, &SpecDraft::saved);
        d.save(out);
        QVERIFY(saved.wait(10000));
        const SpecParseResult back = readExperimentSpec(out);
        QVERIFY2(back.spec, qPrintable(back.error));
        QVERIFY2(*back.spec == *original.spec, writeExperimentSpec(*back.spec).constData());
        // and what was written opens in a new draft as the same spec
        SpecDraft again;
        QSignalSpy opened(&again, &SpecDraft::opened);
        again.open(out);
        QVERIFY(opened.wait(10000));
        QVERIFY(again.spec() == *original.spec);
    }

    void buildingADraftCountsThePlansRuns()
    {
        SpecDraft d;
        Testers t(d);
        d.setInstallation(m_inst);
        QVERIFY(d.summary().error.contains(QStringLiteral("\"runtimes\""))); // nothing picked yet
        d.runtimes()->setData(
            d.runtimes()->index(d.runtimes()->rowOf(QStringLiteral("native")), 0), Qt::Checked, Qt::CheckStateRole);
        // not probed: unavailable, so the check box refuses
        QCOMPARE(d.spec().runtimes, QStringList());
        d.setRuntime(QStringLiteral("native"), true);
        d.setWorkload(QStringLiteral("hello"), true);
        d.setWorkload(QStringLiteral("cpu-hash"), true);
        d.setWorkloadArgs(QStringLiteral("cpu-hash"), QStringLiteral("1000; 2000"));
        d.setScenario(QStringLiteral("cold-start-exit"), true);
        d.setRepetitions(3);
        d.setWarmup(1);
        QVERIFY2(d.summary().error.isEmpty(), qPrintable(d.summary().error));
        QCOMPARE(d.spec().workloads.size(), 3);
        QCOMPARE(d.workloads()->items()[d.workloads()->rowOf(QStringLiteral("cpu-hash"))].detail,
            QStringLiteral("1000; 2000"));
        QCOMPARE(d.summary().runs, 3 * (3 + 1));
        QCOMPARE(d.summary().measured, 9);
        QCOMPARE(d.summary().runs, planRuns(d.spec(), *m_inst));

        // a server scenario with a level list: exiting workloads are left out of it, http-hello goes in
        d.setWorkload(QStringLiteral("http-hello"), true);
        d.setScenario(QStringLiteral("throughput-sweep"), true);
        QCOMPARE(d.currentScenario(), QStringLiteral("throughput-sweep"));
        setParam(d, QStringLiteral("concurrency"), QStringLiteral("1, 2, 4"));
        QVERIFY2(d.summary().error.isEmpty(), qPrintable(d.summary().error));
        QCOMPARE(d.summary().runs, planRuns(d.spec(), *m_inst));
        QCOMPARE(d.summary().runs, (3 + 3) * 4); // 3 exiting × cold-start-exit + http-hello × 3 levels
        QVERIFY(!d.summary().excluded.isEmpty());

        // a user factor with two levels doubles every configuration
        d.factors()->addRow();
        d.factors()->addRow();
        d.factors()->setData(d.factors()->index(0, FactorTableModel::SetupColumn), QStringLiteral("true; true x"));
        QCOMPARE(d.spec().factors.size(), 1);
        QCOMPARE(d.spec().factors[0].levels[0].setup, (QList<QStringList> { { "true" }, { "true", "x" } }));
        QCOMPARE(d.summary().runs, 2 * (3 + 3) * 4);
        QCOMPARE(d.summary().runs, planRuns(d.spec(), *m_inst));
        // quoted arguments keep their blanks and ';'; an unclosed quote names the factor, level and column
        d.factors()->setData(d.factors()->index(1, FactorTableModel::TeardownColumn),
            QStringLiteral("iptables -D INPUT -m comment --comment 'rb; firewall' -j DROP"));
        QCOMPARE(d.spec().factors[0].levels[1].teardown.value(0).value(6), QStringLiteral("rb; firewall"));
        QCOMPARE(d.factors()->index(1, FactorTableModel::TeardownColumn).data().toString(),
            QStringLiteral("iptables -D INPUT -m comment --comment 'rb; firewall' -j DROP"));
        d.factors()->setData(d.factors()->index(0, FactorTableModel::SetupColumn), QStringLiteral("echo \"a b"));
        QVERIFY2(d.summary().error.contains(QStringLiteral("setup commands: column 6")), qPrintable(d.summary().error));
        QVERIFY(!d.summary().parsed);
    }

    void editsThatAreWrongNameTheirField()
    {
        SpecDraft d;
        Testers t(d);
        d.setInstallation(m_inst);
        d.setRuntime(QStringLiteral("native"), true);
        d.setWorkload(QStringLiteral("http-hello"), true);
        d.setScenario(QStringLiteral("throughput-sweep"), true);
        QVERIFY2(d.summary().error.isEmpty(), qPrintable(d.summary().error));
        setParam(d, QStringLiteral("concurrency"), QStringLiteral("1, two"));
        QVERIFY2(d.summary().error.contains(QStringLiteral("scenarios[0].concurrency")), qPrintable(d.summary().error));
        QVERIFY(!d.summary().parsed);
        setParam(d, QStringLiteral("concurrency"), QStringLiteral("2"));
        QVERIFY(d.summary().error.isEmpty());
        d.setWorkloadArgs(QStringLiteral("http-hello"), QStringLiteral("8080 extra"));
        QVERIFY2(d.summary().error.contains(QStringLiteral("workloads[0]")), qPrintable(d.summary().error));
        QVERIFY(d.summary().parsed); // the shape is fine, the installation refuses it
        d.setRuntime(QStringLiteral("no-such-runtime"), true);
        d.setWorkloadArgs(QStringLiteral("http-hello"), QString());
        QVERIFY(d.summary().error.contains(QStringLiteral("runtimes[1]")));
        // an unknown runtime is listed, disabled, but still checked so that it can be taken out
        const int row = d.runtimes()->rowOf(QStringLiteral("no-such-runtime"));
        QVERIFY(row >= 0);
        QVERIFY(!d.runtimes()->items()[row].enabled);
        QVERIFY(d.runtimes()->setData(d.runtimes()->index(row, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(d.spec().runtimes, QStringList { QStringLiteral("native") });
    }

    void durationEstimateFollowsTheParameters()
    {
        ExperimentSpec s;
        s.name = QStringLiteral("t");
        s.runtimes = { QStringLiteral("native") };
        s.workloads = { WorkloadRef { QStringLiteral("http-hello"), {} } };
        QJsonObject sweep;
        QJsonArray levels;
        levels.append(1);
        levels.append(2);
        sweep.insert(QStringLiteral("concurrency"), levels);
        sweep.insert(QStringLiteral("duration_s"), 2.0);
        sweep.insert(QStringLiteral("warmup_s"), 0.5);
        s.scenarios = { ScenarioSpec {
            QStringLiteral("throughput-sweep"), QStringLiteral("throughput-sweep"), sweep, {} } };
        s.repetitions = 3;
        s.warmup = 0;
        s.timeoutS = 60;
        const SpecParseResult r = parseExperimentSpec(writeExperimentSpec(s), QStringLiteral("t"));
        QVERIFY2(r.spec, qPrintable(r.error));
        DurationEstimate e = estimateDuration(ExperimentPlan(*r.spec));
        QCOMPARE(e.runs, 6);
        QCOMPARE(e.seconds, 6 * (kAssumedStartS + 2.5));
        QCOMPARE(e.worstSeconds, 6 * 60.0);
        ExperimentSpec longer = *r.spec;
        longer.repetitions = 6;
        longer.cooldownS = 1;
        e = estimateDuration(ExperimentPlan(longer));
        QCOMPARE(e.seconds, 12 * (kAssumedStartS + 2.5 + 1));
        ExperimentSpec cold = longer;
        cold.scenarios = { ScenarioSpec {
            QStringLiteral("cold-start-exit"), QStringLiteral("cold-start-exit"), {}, {} } };
        cold.cooldownS = 0;
        e = estimateDuration(ExperimentPlan(cold));
        QCOMPARE(e.seconds, 6 * kAssumedStartS);
        QCOMPARE(formatDuration(45), QStringLiteral("45 s"));
        QCOMPARE(formatDuration(200), QStringLiteral("3 min 20 s"));
        QCOMPARE(formatDuration(7500), QStringLiteral("2 h 05 min"));
    }
};

QTEST_GUILESS_MAIN(TestSpecDraft)
#include "tst_specdraft.moc"
