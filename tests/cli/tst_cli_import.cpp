// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli import end to end on real hyperfine exports: the folder it writes loads, bad input exits 2.
#include "io/resultfolder.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void writesResultsFolder();
    void badInput_data();
    void badInput();
    void genericMap();

private:
    struct Result
    {
        int exitCode = -1;
        QString err;
    };
    static Result run(const QStringList& args);
    static QString data(const QString& name)
    {
        return QFINDTESTDATA(QString(QStringLiteral("../data/import/hyperfine/") + name));
    }
    QTemporaryDir m_dir;
};

TestCliImport::Result TestCliImport::run(const QStringList& args)
{
    QProcess p;
    p.start(QString::fromLocal8Bit(qgetenv("RUNBENCH_BUILD_DIR")) + QStringLiteral("/bin/runbench-cli"),
        QStringList { QStringLiteral("import") } + args);
    if (!p.waitForFinished(60000)) {
        qFatal("runbench-cli import did not finish");
    }
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliImport::writesResultsFolder()
{
    const QString out = m_dir.filePath(QStringLiteral("ok"));
    const Result r = run({ data(QStringLiteral("basic.json")), data(QStringLiteral("scan.csv")),
        data(QStringLiteral("seconds.md")), QStringLiteral("--out"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString error;
    const auto set = rb::loadResultFolder(out, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->status(), QStringLiteral("complete"));
    QCOMPARE(set->runs.size(), 44); // 2 × 20 times, 3 + 1 summaries
    QCOMPARE(set->experiment.value(QStringLiteral("sources")).toArray().size(), 3);
    QCOMPARE(set->runs.at(40).value(QStringLiteral("wall_ms_mean")), 0.0033127682000000007 * 1000);
    QCOMPARE(set->runs.at(40).spec.scenario.params.value(QStringLiteral("ms")).toDouble(), 1.0);
}

void TestCliImport::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addRow("truncated json") << QStringList { data(QStringLiteral("truncated.json")) }
                                    << QStringLiteral("truncated.json:13: invalid JSON");
    QTest::addRow("csv, wrong header") << QStringList { data(QStringLiteral("wrongheader.csv")),
        QStringLiteral("--format"), QStringLiteral("hyperfine-csv") }
                                       << QStringLiteral("wrongheader.csv:1: header: found");
    QTest::addRow("not an export") << QStringList { data(QStringLiteral("README.md")) }
                                   << QStringLiteral("README.md:1: not a format Runbench can import");
    const QString generic = QFINDTESTDATA(QStringLiteral("../data/import/generic/gnutime-format.csv"));
    QTest::addRow("--map without value") << QStringList { generic, QStringLiteral("--format"),
        QStringLiteral("generic-csv"), QStringLiteral("--map"), QStringLiteral("group=command,unit=s") }
                                         << QStringLiteral("import: --map: no value=COL");
    QTest::addRow("--map with a sniffed format")
        << QStringList { generic, QStringLiteral("--map"), QStringLiteral("value=elapsed_s,unit=s") }
        << QStringLiteral("import: --map needs --format generic-csv or --format generic-json");
    QTest::addRow("generic-csv without --map") << QStringList { generic, QStringLiteral("--format"),
        QStringLiteral("generic-csv") } << QStringLiteral("gnutime-format.csv: --map: generic-csv needs --map");
    QTest::addRow("same file twice") << QStringList { data(QStringLiteral("basic.json")),
        data(QStringLiteral("basic.json")) }
                                     << QStringLiteral("was already imported from");
}

void TestCliImport::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    const Result r = run(args + QStringList { QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out)); // nothing written on bad input
}

void TestCliImport::genericMap()
{
    const QString out = m_dir.filePath(QStringLiteral("generic"));
    const Result r = run({ QFINDTESTDATA(QStringLiteral("../data/import/generic/gnutime-format.csv")),
        QStringLiteral("--format"), QStringLiteral("generic-csv"), QStringLiteral("--map"),
        QStringLiteral("value=elapsed_s,group=size_kb,unit=s"), QStringLiteral("--out"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString error;
    const auto set = rb::loadResultFolder(out, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->runs.size(), 4);
    QCOMPARE(set->configurations().size(), 2); // size_kb 4096 and 8192
    QCOMPARE(set->runs.at(2).value(QStringLiteral("wall_ms")), 180.0); // 0.18 s
    const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
    QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("generic-csv"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
