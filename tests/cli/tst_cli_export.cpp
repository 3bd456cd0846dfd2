// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli export end to end: formats, --out, a hostile group name, bad input.
#include "../common/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badInput_data();
    void badInput();
    void latexToFile();
    void matrixOfImportedTree();
    void markdownToStdout();
    void resultsFolder_data();
    void resultsFolder();
    void tables_data();
    void tables();
    void csvAndJsonToStdout();

private:
    static rb::test::CommandOutput run(const QStringList& args)
    {
        return rb::test::runCommand(rb::test::cliPath(), QStringList { QStringLiteral("export") } + args);
    }
    void write(const QString& rel, const QByteArray& text);
    QTemporaryDir m_dir;
};

void TestCliExport::write(const QString& rel, const QByteArray& text)
{
    const QString path = m_dir.filePath(QStringLiteral("in/") + rel);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(text);
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("native.txt"), "10\n10.5\n9.8\n10.1\n10.3\n9.9\n");
    write(QStringLiteral("a_b&c%.txt"), "14\n14.2\n13.9\n14.5\n14.1\n14.4\n");
    // The group's name is its relative path: \input{/etc/passwd}
    write(QStringLiteral("\\input{/etc/passwd}.txt"), "20\n21\n22\n20.5\n21.5\n22.5\n");
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no format") << QStringList { QStringLiteral("IN") };
    QTest::addRow("unknown format") << QStringList { QStringLiteral("IN"), QStringLiteral("--format"),
        QStringLiteral("html") };
    QTest::addRow("no path") << QStringList { QStringLiteral("--format"), QStringLiteral("latex") };
    QTest::addRow("missing folder") << QStringList { QStringLiteral("/nonexistent/rb"), QStringLiteral("--format"),
        QStringLiteral("latex") };
    QTest::addRow("unknown baseline") << QStringList { QStringLiteral("IN"), QStringLiteral("--format"),
        QStringLiteral("latex"), QStringLiteral("--baseline"), QStringLiteral("nope") };
    QTest::addRow("bad center") << QStringList { QStringLiteral("IN"), QStringLiteral("--format"),
        QStringLiteral("latex"), QStringLiteral("--center"), QStringLiteral("mode") };
    QTest::addRow("unknown table") << QStringList { QStringLiteral("IN"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("heatmap") };
    QTest::addRow("matrix of a missing path") << QStringList { QStringLiteral("/nonexistent/rb"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--table"), QStringLiteral("matrix") };
    QTest::addRow("matrix of two folders") << QStringList { QStringLiteral("DEMO"), QStringLiteral("DEMO"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("matrix") };
    QTest::addRow("matrix baseline not a runtime") << QStringList { QStringLiteral("DEMO"), QStringLiteral("--format"),
        QStringLiteral("markdown"), QStringLiteral("--table"), QStringLiteral("matrix"), QStringLiteral("--baseline"),
        QStringLiteral("native/hello/cold-start-exit") };
    QTest::addRow("matrix unknown metric") << QStringList { QStringLiteral("DEMO"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("matrix"), QStringLiteral("--metric"),
        QStringLiteral("nope_ms") };
    QTest::addRow("pairwise unknown baseline") << QStringList { QStringLiteral("IN"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--table"), QStringLiteral("pairwise"), QStringLiteral("--baseline"),
        QStringLiteral("nope") };
    QTest::addRow("pairwise with --center") << QStringList { QStringLiteral("IN"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("pairwise"), QStringLiteral("--center"),
        QStringLiteral("mean") };
    QTest::addRow("pairwise of one group") << QStringList { QStringLiteral("IN/native.txt"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("pairwise") };
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("IN"), m_dir.filePath(QStringLiteral("in")));
    args.replaceInStrings(QStringLiteral("DEMO"),
        QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/tests/data/stats/results-demo"));
    const rb::test::CommandOutput r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("runbench-cli: export:")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliExport::matrixOfImportedTree()
{
    // A korvoj-style tree of number files, imported in memory: runtime = first folder, workload = file name.
    const QString tree =
        QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/tests/data/import/numbers-tree");
    const rb::test::CommandOutput r = run({ tree, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--table"), QStringLiteral("matrix"), QStringLiteral("--baseline"), QStringLiteral("debian") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(doc[QStringLiteral("columns")].toArray().contains(QStringLiteral("distroless")), qPrintable(r.out));
    // The mean of debian/01-prime-numbers.txt, summed here from the file itself.
    QFile f(tree + QStringLiteral("/debian/01-prime-numbers.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    double sum = 0;
    int n = 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            sum += line.toDouble();
            ++n;
        }
    }
    QCOMPARE(n, 100);
    QVERIFY2(r.out.contains(QString::number(sum / n, 'g', 10).left(8)), qPrintable(r.out.left(2000)));
}

void TestCliExport::latexToFile()
{
    const QString out = m_dir.filePath(QStringLiteral("table.tex"));
    const rb::test::CommandOutput r = run({ m_dir.filePath(QStringLiteral("in")), QStringLiteral("--format"),
        QStringLiteral("latex"), QStringLiteral("--baseline"), QStringLiteral("native"), QStringLiteral("--out"), out,
        QStringLiteral("--label"), QStringLiteral("tab:x"), QStringLiteral("--caption"), QStringLiteral("50% of $x") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray tex = f.readAll();
    QVERIFY(tex.contains("\\toprule"));
    QVERIFY(tex.contains("\\caption{50\\% of \\$x. Mann"));
    QVERIFY(tex.contains("\\label{tab:x}"));
    QVERIFY(tex.contains("a\\_b\\&c\\%"));
    QVERIFY(tex.contains("\\textbackslash{}input\\{/etc/passwd\\}"));
    QVERIFY(!tex.contains("\\input{"));
}

void TestCliExport::markdownToStdout()
{
    const rb::test::CommandOutput r = run({ m_dir.filePath(QStringLiteral("in")), QStringLiteral("--format"),
        QStringLiteral("markdown"), QStringLiteral("--center"), QStringLiteral("mean") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("| Group | n | Mean |")));
    QVERIFY(r.out.contains(QLatin1String("\\\\input{/etc/passwd}")));
    QVERIFY(r.out.contains(QLatin1String("a\\_b&c%")));
}

void TestCliExport::resultsFolder_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("golden");
    QTest::addRow("latex") << "latex"
                           << "results-demo.tex";
    QTest::addRow("markdown") << "markdown"
                              << "results-demo.md";
}

void TestCliExport::resultsFolder()
{
    // The real results folder of tst_cli_stats (`runbench-cli run resources/experiments/demo.json`).
    QFETCH(QString, format);
    QFETCH(QString, golden);
    const QString source = QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR"));
    const rb::test::CommandOutput r = run({ source + QStringLiteral("/tests/data/stats/results-demo"),
        QStringLiteral("--format"), format, QStringLiteral("--baseline"),
        QStringLiteral("native/hello/cold-start-exit"), QStringLiteral("--label"), QStringLiteral("tab:demo") });
    QCOMPARE(r.code, 0);
    const QString path = source + QStringLiteral("/tests/data/export/") + golden;
    if (qEnvironmentVariableIntValue("RUNBENCH_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(r.out.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(r.out, QString::fromUtf8(in.readAll()));
}

void TestCliExport::tables_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    const QStringList matrix { QStringLiteral("--table"), QStringLiteral("matrix"), QStringLiteral("--baseline"),
        QStringLiteral("native"), QStringLiteral("--label"), QStringLiteral("tab:matrix") };
    QTest::addRow("matrix, latex") << QStringList { QStringLiteral("--format"), QStringLiteral("latex") } + matrix
                                   << "results-demo-matrix.tex";
    QTest::addRow("matrix, markdown") << QStringList { QStringLiteral("--format"), QStringLiteral("markdown") } + matrix
                                      << "results-demo-matrix.md";
    QTest::addRow("matrix, csv, median") << QStringList {
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--center"), QStringLiteral("median")
    } + matrix << "results-demo-matrix-median.csv";
    QTest::addRow("matrix, json") << QStringList { QStringLiteral("--format"), QStringLiteral("json") } + matrix
                                  << "results-demo-matrix.json";
    const QStringList pairwise { QStringLiteral("--table"), QStringLiteral("pairwise"), QStringLiteral("--baseline"),
        QStringLiteral("native/hello/cold-start-exit"), QStringLiteral("--correction"), QStringLiteral("bh") };
    QTest::addRow("pairwise, latex") << QStringList { QStringLiteral("--format"), QStringLiteral("latex") } + pairwise
                                     << "results-demo-pairwise.tex";
    QTest::addRow("pairwise, csv") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") } + pairwise
                                   << "results-demo-pairwise.csv";
}

void TestCliExport::tables()
{
    // The real results folder: runtime and workload come from its runs (runs.csv), not from group names.
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    const QString source = QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR"));
    const rb::test::CommandOutput r =
        run(QStringList { source + QStringLiteral("/tests/data/stats/results-demo") } + args);
    QCOMPARE(r.code, 0);
    const QString path = source + QStringLiteral("/tests/data/export/") + golden;
    if (qEnvironmentVariableIntValue("RUNBENCH_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(r.out.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(r.out, QString::fromUtf8(in.readAll()));
}

void TestCliExport::csvAndJsonToStdout()
{
    // Summary table of number files with hostile names: CSV quoting, JSON strings and numbers.
    const rb::test::CommandOutput csv = run({ m_dir.filePath(QStringLiteral("in")), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--baseline"), QStringLiteral("native") });
    QCOMPARE(csv.code, 0);
    QVERIFY2(
        csv.out.startsWith(QLatin1String("group,n,median,ci_low,ci_high,p_adjusted,marks\n")), qPrintable(csv.out));
    QVERIFY(csv.out.contains(QStringLiteral("\n\\input{/etc/passwd},6,21.25,")));
    QVERIFY(csv.out.contains(QLatin1String("\nnative,6,10.05,")));
    const rb::test::CommandOutput json = run({ m_dir.filePath(QStringLiteral("in")), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--center"), QStringLiteral("mean") });
    QCOMPARE(json.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o[QStringLiteral("table")].toString(), QStringLiteral("summary"));
    QCOMPARE(o[QStringLiteral("center")].toString(), QStringLiteral("mean"));
    QVERIFY(o[QStringLiteral("baseline")].isNull());
    const QJsonArray rows = o[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 3);
    bool sawHostile = false;
    for (const QJsonValue& row : rows) {
        if (row[QStringLiteral("group")].toString() == QLatin1String("\\input{/etc/passwd}")) {
            sawHostile = true;
            QCOMPARE(row[QStringLiteral("mean")].toDouble(), 21.25); // (20 + 21 + 22 + 20.5 + 21.5 + 22.5) / 6
            QCOMPARE(row[QStringLiteral("n")].toDouble(), 6.0);
        }
    }
    QVERIFY(sawHostile);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
