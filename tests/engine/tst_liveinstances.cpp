// SPDX-License-Identifier: GPL-3.0-or-later
// The multi-instance scenarios (density, memory-scaling, cpu-scaling) stream each instance through the live feed
// (LiveFeed::instances) while they run: a real experiment on the native runtime through ExperimentController,
// drained as the GUI drains it; the points must be the results folder's per-instance series, number for number.
#include "engine/experimentcontroller.h"
#include "io/resultfolder.h"
#include "model/experimentspec.h"
#include "runner/installation.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace rb;

class TestLiveInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInstanceIsStreamedWithItsRecordedValue()
    {
        const SpecParseResult parsed = parseExperimentSpec(
            R"({"name":"live-instances","runtimes":["native"],"workloads":["hello","cpu-hash 300000","http-hello"],
                "repetitions":1,"warmup":1,"scenarios":[
                  {"kind":"density","instances":6,"max_parallel":[2]},
                  {"kind":"cpu-scaling","copies":[2]},
                  {"kind":"memory-scaling","instances":[3],"settle_ms":100}]})",
            QStringLiteral("spec"));
        QVERIFY2(parsed.spec, qPrintable(parsed.error));
        const auto inst = Installation::discover({ QStringLiteral("native") });
        QTemporaryDir d;
        ExperimentController c;
        QSignalSpy finished(&c, &ExperimentController::finished);
        QVERIFY(c.start(*parsed.spec, d.filePath(QStringLiteral("out")), inst));

        // Drained on this thread, the one consumer, while the experiment runs.
        std::vector<LiveInstance> live;
        QTRY_VERIFY_WITH_TIMEOUT((c.liveFeed().instances.drain(live), !finished.isEmpty()), 120000);
        c.liveFeed().instances.drain(live);
        QCOMPARE(c.liveFeed().dropped(), std::size_t(0));
        QCOMPARE(finished.first().first().value<ExperimentSummary>().status, QStringLiteral("complete"));

        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        QVERIFY2(rs, qPrintable(err));
        const QHash<QString, QString> seriesOf { { QStringLiteral("density"), QStringLiteral("instance_wall_ms") },
            { QStringLiteral("cpu-scaling"), QStringLiteral("copy_wall_ms") },
            { QStringLiteral("memory-scaling"), QStringLiteral("instance_pss_kb") } };
        std::size_t matched = 0;
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            QList<double> recorded;
            for (const SeriesPoint& p : r.series) {
                if (p.series == seriesOf.value(r.spec.scenario.kind)) {
                    recorded << p.value;
                }
            }
            std::vector<LiveInstance> mine;
            std::copy_if(live.begin(), live.end(), std::back_inserter(mine),
                [&](const LiveInstance& p) { return p.runIndex == r.spec.index; });
            std::sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) { return a.instance < b.instance; });
            QList<double> streamed;
            for (std::size_t i = 0; i < mine.size(); ++i) {
                const LiveInstance& p = mine[i];
                QCOMPARE(p.instance, int(i));
                QCOMPARE(p.configIndex, r.spec.configIndex);
                QCOMPARE(p.warmup, r.spec.warmup);
                QCOMPARE(p.measure, findScenarioKind(r.spec.scenario.kind)->instanceMeasure);
                QVERIFY(p.tS > 0 && p.tS < 120);
                streamed << p.value;
            }
            QVERIFY2(!recorded.isEmpty(), qPrintable(r.spec.runId));
            QCOMPARE(streamed, recorded); // bit for bit
            matched += mine.size();
        }
        // density and cpu-scaling × hello and cpu-hash, memory-scaling × http-hello; a warm-up and a measured run each
        QCOMPARE(rs->runs.size(), 10);
        QCOMPARE(matched, std::size_t(2 * (6 + 6 + 2 + 2 + 3)));
        QCOMPARE(matched, live.size()); // nothing streamed that no recorded run has
    }
};

QTEST_GUILESS_MAIN(TestLiveInstances)
#include "tst_liveinstances.moc"
