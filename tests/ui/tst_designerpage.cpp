// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the Design page, driven through its widgets; the spec it saves really runs in runbench-cli.
#include "engine/experimentplan.h"
#include "models/checklistmodel.h"
#include "models/specdraft.h"
#include "pages/designerpage.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::ui;

class TestDesignerPage : public QObject
{
    Q_OBJECT

    static QString buildDir()
    {
        return qEnvironmentVariable(
            "RUNBENCH_BUILD_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    }

    // Checks the row `id` of a page's table through the view's model, as a click on its check box does.
    static void check(DesignerPage& page, const char* view, const QString& id)
    {
        auto* v = page.findChild<QTableView*>(QLatin1String(view));
        QVERIFY(v);
        QAbstractItemModel* m = v->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(CheckListModel::IdRole).toString() == id) {
                QVERIFY(m->flags(m->index(r, 0)) & Qt::ItemIsEnabled);
                QVERIFY(m->setData(m->index(r, 0), Qt::Checked, Qt::CheckStateRole));
                QCOMPARE(m->index(r, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row ") + id));
    }

private Q_SLOTS:
    void designSaveAndRunInTheCli()
    {
        const auto inst = Installation::discover({ QStringLiteral("native") });
        DesignerPage page;
        page.resize(1200, 700);
        page.show();
        QAbstractItemModelTester runtimesTester(
            page.draft()->runtimes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester workloadsTester(
            page.draft()->workloads(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester scenariosTester(
            page.draft()->scenarios(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setInstallation(inst);

        auto* problem = page.findChild<QLabel*>(QStringLiteral("designProblem"));
        auto* runCount = page.findChild<QLabel*>(QStringLiteral("designRunCount"));
        auto* run = page.findChild<QPushButton*>(QStringLiteral("designRun"));
        QVERIFY(problem && runCount && run);
        // nothing picked: no error shown yet, the run count says what to pick, Run is off
        QVERIFY(!problem->isVisible());
        QVERIFY2(runCount->text().contains(QStringLiteral("pick at least one runtime")), qPrintable(runCount->text()));
        QVERIFY(!run->isEnabled());
        // one list filled, the others still empty: still a hint, not an error
        check(page, "designRuntimes", QStringLiteral("native"));
        QVERIFY(!problem->isVisible());
        QVERIFY(!run->isEnabled());

        // an unavailable runtime is listed but disabled, with its reason as tool tip
        const CheckListModel* rts = page.draft()->runtimes();
        const auto off =
            std::find_if(rts->items().begin(), rts->items().end(), [](const CheckItem& i) { return !i.enabled; });
        QVERIFY(off != rts->items().end());
        QVERIFY(!(rts->flags(rts->index(rts->rowOf(off->id), 0)) & Qt::ItemIsEnabled));
        QVERIFY(!off->reason.isEmpty());

        check(page, "designRuntimes", QStringLiteral("native"));
        check(page, "designWorkloads", QStringLiteral("hello"));
        check(page, "designScenarios", QStringLiteral("cold-start-exit"));
        const QList<QSpinBox*> spins = page.findChildren<QSpinBox*>();
        QCOMPARE(spins.size(), 2); // repetitions, warm-up
        spins[0]->setValue(3);
        spins[1]->setValue(1);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        QVERIFY(run->isEnabled());

        const ExperimentPlan plan(
            page.draft()->spec(), [&](const WorkloadRef& w, const ScenarioSpec& s) { return inst->suits(w, s); });
        const int expected = int(plan.runs().size());
        QCOMPARE(expected, 4);
        QVERIFY2(runCount->text().contains(QStringLiteral("Runs: %1 ").arg(expected)), qPrintable(runCount->text()));

        QTemporaryDir tmp;
        const QString spec = tmp.filePath(QStringLiteral("designed.json"));
        QSignalSpy saved(&page, &DesignerPage::saved);
        page.saveTo(spec);
        QVERIFY(saved.wait(10000));
        QCOMPARE(page.path(), spec);

        // Run saves to the same file again and asks for it to run
        QSignalSpy runRequested(&page, &DesignerPage::runRequested);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(runRequested.wait(10000));
        QCOMPARE(runRequested.first().first().toString(), spec);

        QProcess cli;
        const QString out = tmp.filePath(QStringLiteral("out"));
        cli.start(buildDir() + QStringLiteral("/bin/runbench-cli"),
            { QStringLiteral("run"), spec, QStringLiteral("--out"), out });
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile runs(out + QStringLiteral("/runs.csv"));
        QVERIFY(runs.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = runs.readAll().trimmed().split('\n');
        QCOMPARE(lines.size() - 1, expected); // header + one row per run, warm-up included
        QCOMPARE(
            int(std::count_if(lines.begin() + 1, lines.end(), [](const QByteArray& l) { return l.contains("/r"); })),
            plan.measuredRunCount());
    }

    void openingAShippedSpecShowsIt()
    {
        DesignerPage page;
        page.setInstallation(Installation::load());
        QSignalSpy opened(page.draft(), &SpecDraft::opened);
        const QString path = qEnvironmentVariable("RUNBENCH_SOURCE_DIR")
            + QStringLiteral("/resources/experiments/throughput-sweep.json");
        page.openFrom(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(page.path(), path);
        QCOMPARE(page.findChildren<QSpinBox*>()[0]->value(), 3);
        QCOMPARE(page.draft()->currentScenario(), QStringLiteral("throughput-sweep"));
        auto* params = page.findChild<QTableView*>(QStringLiteral("designParams"));
        QVERIFY(params->model()->rowCount() > 5);
        QCOMPARE(params->model()->index(0, 1).data().toString(), QStringLiteral("1, 2, 4, 8, 16"));
    }
};

QTEST_MAIN(TestDesignerPage)
#include "tst_designerpage.moc"
