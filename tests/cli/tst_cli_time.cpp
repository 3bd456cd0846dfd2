// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli time, end to end: the real binary on rb_testchild.
#include "../common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using rb::test::cliPath;

struct Out
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Out run(const QStringList& args)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

QStringList sortedKeys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

const QStringList kStatKeys = { "max", "mean", "median", "min", "p90", "p99", "sd" };

} // namespace

class TestCliTime : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void jsonExitRuns();
    void jsonReadyRuns();
};

void TestCliTime::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString child = QStringLiteral(RB_TESTCHILD);
    QTest::addRow("ok") << QStringList { "time", "--runs", "2", "--", child, "noop" } << 0;
    QTest::addRow("a run fails") << QStringList { "time", "--runs", "2", "--", child, "exit", "1" } << 1;
    QTest::addRow("not ready in time") << QStringList { "time", "--runs", "1", "--timeout", "0.3", "--ready",
        QStringLiteral("tcp:127.0.0.1:%1").arg(rb::test::freeLoopbackPort()), "--", child, "sleep", "5000" }
                                       << 1;
    QTest::addRow("no command") << QStringList { "time", "--runs", "2" } << 2;
    QTest::addRow("bad --runs") << QStringList { "time", "--runs", "zero", "--", child } << 2;
    QTest::addRow("bad --ready") << QStringList { "time", "--ready", "udp:x", "--", child } << 2;
    QTest::addRow("unknown option") << QStringList { "time", "--frobnicate", "--", child } << 2;
}

void TestCliTime::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Out o = run(args);
    QVERIFY2(o.code == code, o.err.constData());
}

void TestCliTime::jsonExitRuns()
{
    const Out o = run({ "time", "--runs", "5", "--warmup", "1", "--json", "--", RB_TESTCHILD, "sleep", "5" });
    QCOMPARE(o.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(sortedKeys(doc),
        QStringList({ "command", "max_rss_kb", "ok", "ready_ms", "runs", "samples", "sys_ms", "user_ms", "wall_ms" }));
    QCOMPARE(doc.value("command").toArray().size(), 3);
    QCOMPARE(doc.value("runs").toInt(), 5);
    QCOMPARE(doc.value("ok").toInt(), 5);
    QVERIFY(doc.value("ready_ms").isNull());
    for (const char* k : { "wall_ms", "user_ms", "sys_ms", "max_rss_kb" }) {
        QCOMPARE(sortedKeys(doc.value(QLatin1String(k)).toObject()), kStatKeys);
    }
    const QJsonObject wall = doc.value("wall_ms").toObject();
    QVERIFY(wall.value("min").toDouble() >= 5);
    QVERIFY(wall.value("min").toDouble() <= wall.value("median").toDouble());
    QVERIFY(wall.value("median").toDouble() <= wall.value("max").toDouble());
    const QJsonArray samples = doc.value("samples").toArray();
    QCOMPARE(samples.size(), 5);
    QCOMPARE(sortedKeys(samples[0].toObject()),
        QStringList({ "exit", "max_rss_kb", "ready_ms", "sys_ms", "user_ms", "wall_ms" }));
    QCOMPARE(samples[0].toObject().value("exit").toInt(), 0);
}

void TestCliTime::jsonReadyRuns()
{
    const quint16 port = rb::test::freeLoopbackPort();
    const Out o = run({ "time", "--runs", "3", "--json", "--ready", QStringLiteral("tcp:127.0.0.1:%1").arg(port), "--",
        RB_TESTCHILD, "serve", "50", QString::number(port) });
    QVERIFY2(o.code == 0, o.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value("ok").toInt(), 3);
    const QJsonObject ready = doc.value("ready_ms").toObject();
    QCOMPARE(sortedKeys(ready), kStatKeys);
    QVERIFY2(ready.value("min").toDouble() >= 50 && ready.value("max").toDouble() < 80,
        QJsonDocument(ready).toJson().constData());
    for (const QJsonValue& s : doc.value("samples").toArray()) {
        QCOMPARE(s.toObject().value("exit").toInt(), 128 + 15); // stopped with SIGTERM once ready
        QVERIFY(s.toObject().value("wall_ms").toDouble() >= s.toObject().value("ready_ms").toDouble());
    }
}

QTEST_GUILESS_MAIN(TestCliTime)
#include "tst_cli_time.moc"
