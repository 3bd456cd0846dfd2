// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's Export page on real results: the table preview is byte for byte what `runbench-cli export` writes for
// the same choices, a baseline adds the significance marks, Save writes the previewed text, and the Figure tab
// exports a PDF in the chosen style.
#include "../common/testsupport.h"
#include "mainwindow/workspace.h"
#include "pages/exportpage.h"
#include "pages/figurespage.h"
#include "pages/tableexportpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::ui;

class TstExportPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_demo;

    /// Waits for the next preview; returns its error (empty: a table) or "timeout".
    static QString nextPreview(TableExportPanel* panel)
    {
        QSignalSpy shown(panel, &TableExportPanel::previewShown);
        if (!shown.wait(30000)) {
            return QStringLiteral("timeout");
        }
        return shown.last().at(0).toString();
    }

    static void choose(QComboBox* box, const QString& key)
    {
        const int i = box->findData(key);
        QVERIFY2(i >= 0, qPrintable(key));
        box->setCurrentIndex(i);
    }

    QString cliExport(const QStringList& args)
    {
        const auto r =
            rb::test::runCommand(rb::test::cliPath(), QStringList { QStringLiteral("export"), m_demo } + args);
        return r.code == 0 ? r.out : QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_demo = qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/stats/results-demo");
    }

    void previewIsWhatTheCliWrites_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QStringList>("cliArgs");
        QTest::addRow("summary latex") << "summary"
                                       << "latex"
                                       << "" << QStringList { "--format", "latex" };
        QTest::addRow("summary markdown, baseline")
            << "summary"
            << "markdown"
            << "native/hello/cold-start-exit"
            << QStringList { "--format", "markdown", "--baseline", "native/hello/cold-start-exit" };
        QTest::addRow("pairwise csv") << "pairwise"
                                      << "csv"
                                      << "" << QStringList { "--format", "csv", "--table", "pairwise" };
        QTest::addRow("matrix latex, baseline native")
            << "matrix"
            << "latex"
            << "native" << QStringList { "--format", "latex", "--table", "matrix", "--baseline", "native" };
    }
    void previewIsWhatTheCliWrites()
    {
        QFETCH(QString, table);
        QFETCH(QString, format);
        QFETCH(QString, baseline);
        QFETCH(QStringList, cliArgs);
        Workspace ws;
        ExportPage page(&ws);
        TableExportPanel* panel = page.tables();
        ws.open(m_demo);
        QCOMPARE(nextPreview(panel), QString());
        choose(panel->tableBox(), table);
        choose(panel->formatBox(), format);
        if (table != QLatin1String("summary") || format != QLatin1String("latex")) {
            QCOMPARE(nextPreview(panel), QString());
        }
        if (!baseline.isEmpty()) {
            choose(panel->baselineBox(), baseline);
            QCOMPARE(nextPreview(panel), QString());
        }
        const QString expected = cliExport(cliArgs);
        QVERIFY2(!expected.startsWith(QLatin1String("exit ")), qPrintable(expected));
        QCOMPARE(panel->previewText(), expected);
        if (table == QLatin1String("summary") && !baseline.isEmpty()) {
            QVERIFY(panel->previewText().contains(QLatin1Char('*'))); // demo: node-wasi is far slower than native
        }
        const QString saved = m_tmp.filePath(QStringLiteral("t.out"));
        QString error;
        QVERIFY2(panel->saveTo(saved, &error), qPrintable(error));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), expected);
    }

    void badChoiceSaysWhy()
    {
        // The demo folder has no latency.csv metric "latency_p99_ms": the table is refused with the CLI's message.
        Workspace ws;
        ExportPage page(&ws);
        TableExportPanel* panel = page.tables();
        ws.open(m_demo);
        QCOMPARE(nextPreview(panel), QString());
        choose(panel->tableBox(), QStringLiteral("pairwise"));
        QCOMPARE(nextPreview(panel), QString());
        panel->metricBox()->addItem(QStringLiteral("latency_p99_ms"), QStringLiteral("latency_p99_ms"));
        choose(panel->metricBox(), QStringLiteral("latency_p99_ms"));
        QCOMPARE(nextPreview(panel), QStringLiteral("no usable values were read"));
        QCOMPARE(panel->previewText(), QString());
        QString error;
        QVERIFY(!panel->saveTo(m_tmp.filePath(QStringLiteral("never.tex")), &error));
    }

    void figureTabExportsAPdfInTheChosenStyle()
    {
        Workspace ws;
        ExportPage page(&ws);
        FiguresPage* figures = page.figures();
        QSignalSpy shown(figures, &FiguresPage::figureShown);
        ws.open(m_demo);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toString(), QString());
        figures->paletteBox()->setCurrentIndex(figures->paletteBox()->findData(QStringLiteral("greyscale")));
        figures->fontBox()->setValue(10);
        QCOMPARE(figures->paperStyle().palette, QStringLiteral("greyscale"));
        const QString pdf = m_tmp.filePath(QStringLiteral("fig.pdf"));
        QString error;
        QVERIFY2(figures->exportTo(pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext not installed");
        }
        const QString text = rb::test::runCommand(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).out;
        QVERIFY2(text.contains(QStringLiteral("wall (ms)")), qPrintable(text));
    }
};

QTEST_MAIN(TstExportPage)
#include "tst_exportpage.moc"
