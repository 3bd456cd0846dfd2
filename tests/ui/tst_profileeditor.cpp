// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the Runtimes page's profile editor checks as you type, saves to the user's profile folder
// ($RUNBENCH_USER_PROFILES, see core/runner/paths.h) and the re-probed runtime appears in the table.
#include "mainwindow/mainwindow.h"
#include "models/runnertablemodel.h"
#include "pages/profileeditor.h"
#include "pages/runnerspage.h"
#include "runner/profilechecker.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::ui;

class TestProfileEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_userDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_userDir.isValid());
        qputenv("RUNBENCH_USER_PROFILES", m_userDir.path().toUtf8());
        QCOMPARE(ProfileChecker::userDir(), m_userDir.path());
    }

    void brokenProfilesNameLineAndField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("JSON syntax") << QStringLiteral("{\n  \"id\": \"x\",,\n  \"run\": []\n}")
                                     << QStringLiteral("line 2, column");
        QTest::addRow("binary.names not an array")
            << QStringLiteral("{\n  \"id\": \"x\",\n  \"build\": \"native\",\n  \"binary\": {\"names\": 5},\n"
                              "  \"run\": [\"{binary}\", \"{module}\"]\n}")
            << QStringLiteral("field \"binary.names\" (line 4)");
        QTest::addRow("run without module") << QStringLiteral(
            "{\n  \"id\": \"x\",\n  \"binary\": {\"names\": [\"true\"]},\n\n  \"run\": [\"{binary}\"]\n}")
                                            << QStringLiteral("field \"run\" (line 5)");
        QTest::addRow("bad id") << QStringLiteral("{\"id\": \"Has Spaces\"}")
                                << QStringLiteral("field \"id\" (line 1)");
    }

    void brokenProfilesNameLineAndField()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        ProfileEditor editor;
        editor.checker()->setDelay(10);
        QSignalSpy checked(editor.checker(), &ProfileChecker::checked);
        editor.editor()->setPlainText(text);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.last().at(0).toBool(), false);
        QVERIFY2(editor.message()->text().contains(expected), qPrintable(editor.message()->text()));
        QVERIFY(!editor.saveButton()->isEnabled());
    }

    void savedProfileAppearsAvailableAfterReprobe()
    {
        MainWindow w;
        QSignalSpy ready(&w, &MainWindow::installationReady);
        QVERIFY(ready.wait(60000));
        RunnerTableModel* model = w.runnersPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto rowOf = [model](const QString& id) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(RunnerTableModel::RunnerIdRole).toString() == id) {
                    return r;
                }
            }
            return -1;
        };
        QCOMPARE(rowOf(QStringLiteral("tst-true")), -1);

        ProfileEditor* editor = w.runnersPage()->profileEditor();
        editor->checker()->setDelay(10);
        QSignalSpy checked(editor->checker(), &ProfileChecker::checked);
        editor->editor()->setPlainText(QStringLiteral(R"({
    "id": "tst-true",
    "name": "true as a runtime",
    "build": "native",
    "binary": {"names": ["/bin/true"]},
    "run": ["{binary}", "{module}", "{args}"]
})"));
        QVERIFY(checked.wait(10000));
        QVERIFY2(checked.last().at(0).toBool(), qPrintable(editor->message()->text()));
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(ready.wait(60000)); // discovered and probed again
        QVERIFY(QFile::exists(m_userDir.filePath(QStringLiteral("tst-true.json"))));
        const int row = rowOf(QStringLiteral("tst-true"));
        QVERIFY(row >= 0);
        QVERIFY(model->index(row, 0).data(RunnerTableModel::AvailableRole).toBool());
        // and the Design page lists it as a runtime to pick
        QVERIFY(w.findChild<QWidget*>(QStringLiteral("designRuntimes")));
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
