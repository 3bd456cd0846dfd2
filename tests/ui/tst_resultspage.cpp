// SPDX-License-Identifier: GPL-3.0-or-later
// The Results page offscreen, over a real results folder (runbench-cli, native, with timed-out runs) and a real
// hyperfine JSON export: opening, importing, the tree's counts, filters, numeric sorting, drops, closing.
#include "../core/resultsfixture.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspace.h"
#include "models/resulttreemodel.h"
#include "models/runtablemodel.h"
#include "pages/resultspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QUrl>
#include <algorithm>

using namespace rb;
using namespace rb::ui;

class TestResultsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_folder;
    test::FileCounts m_counts;

    static int runs(const QModelIndex& node)
    {
        return node.siblingAtColumn(ResultTreeModel::RunsColumn).data().toInt();
    }
    static int failed(const QModelIndex& node)
    {
        return node.siblingAtColumn(ResultTreeModel::FailedColumn).data().toInt();
    }
    static int metricColumn(const QAbstractItemModel* m, const QString& metric)
    {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->headerData(c, Qt::Horizontal, RunTableModel::MetricRole).toString() == metric) {
                return c;
            }
        }
        return -1;
    }
    // Opens the results folder and the hyperfine export through the page's workspace, as the dialogs do.
    static void openBoth(Workspace& ws, ResultsPage& page, const QString& folder)
    {
        ws.open(folder, false);
        QTRY_COMPARE_WITH_TIMEOUT(page.treeView()->model()->rowCount(), 1, 10000);
        ws.open(test::hyperfineFile(), false);
        QTRY_COMPARE_WITH_TIMEOUT(page.treeView()->model()->rowCount(), 2, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // the recent list goes to QSettings: keep it out of the user's own
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        m_folder = m_tmp.filePath(QStringLiteral("out"));
        const QString failure = test::makeResultsFolder(m_folder);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_counts = test::countRunsCsv(m_folder);
        QCOMPARE(m_counts.total, 6);
        QCOMPARE(m_counts.totalFailed, 3);
    }

    void openAndImportShowTheRunsInTreeAndTable()
    {
        Workspace ws;
        ResultsPage page(&ws);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester treeTester(
            page.treeView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(
            page.tableView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.emptyState()->isVisible());
        QVERIFY(!page.tableView()->isVisible());
        openBoth(ws, page, m_folder);
        QVERIFY(!page.emptyState()->isVisible());
        QVERIFY(page.tableView()->isVisible());
        const QAbstractItemModel* tree = page.treeView()->model();
        const QModelIndex set = tree->index(0, 0);
        QCOMPARE(runs(set), m_counts.total);
        QCOMPARE(failed(set), m_counts.totalFailed);
        const QModelIndex native = tree->index(0, 0, set);
        QCOMPARE(tree->rowCount(native), m_counts.runs.size());
        for (int g = 0; g < tree->rowCount(native); ++g) {
            const QModelIndex group = tree->index(g, 0, native);
            const QString key = QStringLiteral("native/") + group.data().toString().replace(QStringLiteral(" · "), "/");
            QCOMPARE(runs(group), m_counts.runs.value(key, -1));
            QCOMPARE(failed(group), m_counts.failed.value(key, -1));
        }
        const QModelIndex imported = tree->index(1, 0);
        QCOMPARE(imported.data().toString(), QStringLiteral("hyperfine — basic.json"));
        QCOMPARE(runs(imported), 40); // 2 commands × 20 runs (tests/data/import/hyperfine/reference.txt)
        QCOMPARE(page.tableView()->model()->rowCount(), m_counts.total + 40);
        QVERIFY(page.treeView()->isExpanded(native)); // runtimes are open to their scenarios
    }

    void filtersNarrowTheTable()
    {
        Workspace ws;
        ResultsPage page(&ws);
        page.show();
        openBoth(ws, page, m_folder);
        const QAbstractItemModel* table = page.tableView()->model();
        QTest::keyClicks(page.filterEdit(), QStringLiteral("/bin/TRUE"));
        QCOMPARE(table->rowCount(), 20);
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->index(r, RunTableModel::WorkloadColumn).data().toString(), QStringLiteral("/bin/true"));
        }
        page.filterEdit()->clear();
        QCOMPARE(table->rowCount(), 46);
        QTest::keyClicks(page.filterEdit(), QStringLiteral("timed out"));
        QCOMPARE(table->rowCount(), 3);
        page.filterEdit()->clear();
        // choosing a node in the tree keeps its runs
        const QAbstractItemModel* tree = page.treeView()->model();
        const QModelIndex hello = tree->index(0, 0, tree->index(0, 0, tree->index(0, 0)));
        QCOMPARE(hello.data().toString(), QStringLiteral("hello · cold-start-exit"));
        page.treeView()->setCurrentIndex(hello);
        QCOMPARE(table->rowCount(), m_counts.runs.value(QStringLiteral("native/hello/cold-start-exit")));
        QCOMPARE(table->rowCount(), 3);
        page.treeView()->setCurrentIndex(tree->index(1, 0));
        QCOMPARE(table->rowCount(), 40);
    }

    void clickingAMetricHeaderSortsNumerically()
    {
        Workspace ws;
        ResultsPage page(&ws);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openBoth(ws, page, m_folder);
        page.treeView()->setCurrentIndex(page.treeView()->model()->index(1, 0)); // the hyperfine runs
        QTableView* view = page.tableView();
        const int wall = metricColumn(view->model(), QStringLiteral("wall_ms"));
        QVERIFY(wall > 0);
        view->scrollTo(view->model()->index(0, wall));
        QHeaderView* header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(wall) + header->sectionSize(wall) / 2, header->height() / 2);
        QVERIFY(at.x() > 0 && at.x() < header->viewport()->width());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(header->sortIndicatorSection(), wall);
        QList<double> expected;
        for (const auto& [command, times] : test::hyperfineTimes(test::hyperfineFile())) {
            expected << times;
        }
        std::sort(expected.begin(), expected.end());
        if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
            std::reverse(expected.begin(), expected.end());
        }
        QCOMPARE(view->model()->rowCount(), expected.size());
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(view->model()->index(r, wall).data(RunTableModel::SortRole).toDouble(), expected[r]);
        }
        // 0.773 ms (/bin/true) and 11.2 ms (sleep 0.01) are neighbours only if sorted as text
        const QString first = view->model()->index(0, wall).data().toString();
        QCOMPARE(first, QString::number(expected.first(), 'f', 3) + " ms");
    }

    void droppingAFolderOpensIt()
    {
        Workspace ws;
        ResultsPage page(&ws);
        page.show();
        QMimeData web;
        web.setUrls({ QUrl(QStringLiteral("https://example.org/results.json")) });
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &refused);
        QVERIFY(!refused.isAccepted());
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(m_folder) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(&ws, &Workspace::opened);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QCOMPARE(opened.first().first().toString(), m_folder);
        QCOMPARE(page.treeView()->model()->rowCount(), 1);
        QCOMPARE(runs(page.treeView()->model()->index(0, 0)), m_counts.total);
        QCOMPARE(page.tableView()->model()->rowCount(), m_counts.total);
    }

    void aFileThatCannotBeReadSaysWhy()
    {
        Workspace ws;
        ResultsPage page(&ws);
        page.show();
        auto* message = page.findChild<QLabel*>(QStringLiteral("resultsMessage"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        // the first 300 bytes of basic.json (tests/data/import/hyperfine/README.md)
        const QString cut =
            qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/import/hyperfine/truncated.json");
        ws.open(cut, false);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(message->text().contains(QLatin1String("truncated.json:")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QLatin1String("invalid JSON")), qPrintable(message->text()));
        QVERIFY(page.emptyState()->isVisible());
        ws.open(m_folder, false);
        QTRY_COMPARE_WITH_TIMEOUT(page.treeView()->model()->rowCount(), 1, 10000);
        QVERIFY(!message->isVisible());
    }

    void closeSetAndRecentList()
    {
        Workspace ws;
        ResultsPage page(&ws);
        page.show();
        openBoth(ws, page, m_folder);
        QVERIFY(!page.closeSetAction()->isEnabled());
        page.treeView()->setCurrentIndex(page.treeView()->model()->index(0, 0));
        QVERIFY(page.closeSetAction()->isEnabled());
        page.closeSetAction()->trigger();
        QCOMPARE(ws.sets().size(), 1);
        QCOMPARE(page.treeView()->model()->rowCount(), 1);
        QCOMPARE(page.tableView()->model()->rowCount(), 40);
        ws.clear();
        QVERIFY(page.emptyState()->isVisible());
        // the recent list, newest first: the hyperfine file, then the folder; a click opens it again
        QListView* recent = page.recentView();
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->model()->rowCount(), 2);
        const QModelIndex folder = recent->model()->index(1, 0);
        QCOMPARE(folder.data().toString(), m_folder);
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualRect(folder).center());
        QTRY_COMPARE_WITH_TIMEOUT(page.treeView()->model()->rowCount(), 1, 10000);
        QCOMPARE(runs(page.treeView()->model()->index(0, 0)), m_counts.total);
    }

    void mainWindowShowsThePageWithCtrl4()
    {
        MainWindow w;
        QSignalSpy ready(&w, &MainWindow::installationReady);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("pageList"));
        QVERIFY(nav);
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Results")); // Runtimes, Design, Run, Results
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        auto* stack = w.findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget(), w.resultsPage());
        QVERIFY(ready.wait(30000) || ready.size() == 1);
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
