// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli load end to end: the JSON contract of issue 4, exit codes 0/1/2, against 127.0.0.1 only.
#include "../core/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

class TestCliLoad : public QObject
{
    Q_OBJECT

    struct Out
    {
        int code;
        QByteArray out;
        QString err;
    };
    Out run(const QStringList& args)
    {
        const QString build =
            qEnvironmentVariable("RUNBENCH_BUILD_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
        QProcess p;
        p.start(build + QStringLiteral("/bin/runbench-cli"), QStringList { QStringLiteral("load") } + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return { -1, {}, QStringLiteral("timed out") };
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError()) };
    }
    static QSet<QString> keys(const QJsonObject& o)
    {
        const QStringList k = o.keys();
        return QSet<QString>(k.begin(), k.end());
    }

private slots:
    void jsonHasExactlyTheContractKeys()
    {
        TestHttpServer server(TestHttpServer::Mode::Ok);
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
        const Out o = run({ url, QStringLiteral("-n"), QStringLiteral("300"), QStringLiteral("-c"), QStringLiteral("3"),
            QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--json") });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
        const QSet<QString> top { "url", "connections", "threads", "duration_s", "requests", "bytes", "rps", "rate",
            "achieved_rate", "late_sends", "errors", "latency_us", "latency_uncorrected_us" };
        QCOMPARE(keys(doc), top);
        QCOMPARE(keys(doc.value(QStringLiteral("errors")).toObject()),
            QSet<QString>({ "connect", "read", "write", "timeout", "status" }));
        const QSet<QString> lat { "min", "mean", "sd", "p50", "p75", "p90", "p99", "p999", "p9999", "max" };
        QCOMPARE(keys(doc.value(QStringLiteral("latency_us")).toObject()), lat);
        QCOMPARE(keys(doc.value(QStringLiteral("latency_uncorrected_us")).toObject()), lat);
        QCOMPARE(doc.value(QStringLiteral("requests")).toInteger(), 300);
        QCOMPARE(doc.value(QStringLiteral("rate")).toDouble(), 1000.0);
        QCOMPARE(server.requests(), 300L);
    }

    void closedLoopTextReportAndNullRate()
    {
        TestHttpServer server(TestHttpServer::Mode::Ok);
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
        const Out json = run({ url, QStringLiteral("-n"), QStringLiteral("100"), QStringLiteral("--json") });
        QCOMPARE(json.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QVERIFY(doc.value(QStringLiteral("rate")).isNull());
        QVERIFY(doc.value(QStringLiteral("latency_uncorrected_us")).isNull());
        const Out text =
            run({ url, QStringLiteral("-d"), QStringLiteral("0.2"), QStringLiteral("-c"), QStringLiteral("2") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("Requests/sec:"));
        QVERIFY(text.out.contains("99.99%"));
    }

    void errorsGiveExitOneWithAReport()
    {
        const Out o = run({ QStringLiteral("http://127.0.0.1:%1/").arg(TestHttpServer::deadPort()),
            QStringLiteral("-n"), QStringLiteral("10"), QStringLiteral("--json") });
        QCOMPARE(o.code, 1);
        const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(doc.value(QStringLiteral("errors")).toObject().value(QStringLiteral("connect")).toInteger(), 10);
        QCOMPARE(doc.value(QStringLiteral("requests")).toInteger(), 0);
    }

    void badArgumentsGiveExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no bound") << QStringList { QStringLiteral("http://127.0.0.1:1/") };
        QTest::addRow("both bounds") << QStringList { QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("-d"),
            QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("5") };
        QTest::addRow("no URL") << QStringList { QStringLiteral("-d"), QStringLiteral("1") };
        QTest::addRow("https") << QStringList { QStringLiteral("https://127.0.0.1/"), QStringLiteral("-d"),
            QStringLiteral("1") };
        QTest::addRow("rate not a number") << QStringList { QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("-d"),
            QStringLiteral("1"), QStringLiteral("--rate"), QStringLiteral("fast") };
        QTest::addRow("zero connections") << QStringList { QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("-d"),
            QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("0") };
        QTest::addRow("unknown option") << QStringList { QStringLiteral("http://127.0.0.1:1/"),
            QStringLiteral("--bogus") };
    }
    void badArgumentsGiveExitTwo()
    {
        QFETCH(QStringList, args);
        const Out o = run(args);
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.startsWith(QStringLiteral("runbench-cli: ")), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliLoad)
#include "tst_cli_load.moc"
