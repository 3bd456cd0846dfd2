// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testsupport.h"
#include "measure/readyrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using rb::ProcessOutcome;
using rb::ProcessRequest;
using rb::ReadinessSpec;
using rb::ReadyOutcome;
using namespace std::chrono_literals;

namespace {

const QString kChild = QStringLiteral(RB_TESTCHILD);

ProcessRequest childRequest(const QStringList& args, std::chrono::milliseconds timeout = 10s)
{
    return rb::test::childRequest(kChild, args, timeout);
}

ReadinessSpec spec(const QString& text)
{
    QString error;
    const auto s = ReadinessSpec::parse(text, &error);
    if (!s) {
        qFatal("bad spec %s: %s", qPrintable(text), qPrintable(error));
    }
    return *s;
}

// "listening <ns>" printed by rb_testchild serve: when listen() returned, on CLOCK_MONOTONIC.
qint64 listenNs(const ReadyOutcome& r)
{
    for (const QByteArray& line : r.process.stdoutData.split('\n')) {
        if (line.startsWith("listening ")) {
            return line.mid(10).toLongLong();
        }
    }
    return 0;
}

bool gone(int pid)
{
    if (::kill(pid, 0) != 0 && errno == ESRCH) {
        return true;
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return true;
    }
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close >= 0 && s.size() > close + 2 && s.at(close + 2) == 'Z';
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void tcpServer_data();
    void tcpServer();
    void http_data();
    void http();
    void line_data();
    void line();
    void file();
    void timesOutWhenNothingListens();
    void exitedBeforeReady();
    void treeKilledOnReady();
    void sigkillAfterGrace();
    void exitKindDelegates();
};

void TestReadiness::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    using K = ReadinessSpec::Kind;
    QTest::addRow("tcp") << "tcp:127.0.0.1:8080" << true << int(K::Tcp) << "127.0.0.1" << 8080 << "";
    QTest::addRow("tcp ipv6") << "tcp:[::1]:9" << true << int(K::Tcp) << "::1" << 9 << "";
    QTest::addRow("tcp no port") << "tcp:localhost" << false << 0 << "" << 0 << "";
    QTest::addRow("tcp port 0") << "tcp:localhost:0" << false << 0 << "" << 0 << "";
    QTest::addRow("http: prefix") << "http:http://localhost:81/health?x=1" << true << int(K::Http) << "localhost" << 81
                                  << "/health?x=1";
    QTest::addRow("bare URL, default port")
        << "http://example.org/" << true << int(K::Http) << "example.org" << 80 << "/";
    QTest::addRow("https refused") << "http:https://example.org/" << false << 0 << "" << 0 << "";
    QTest::addRow("line") << "line:^ready" << true << int(K::Line) << "" << 0 << "";
    QTest::addRow("line, bad regex") << "line:(" << false << 0 << "" << 0 << "";
    QTest::addRow("file") << "file:/tmp/x" << true << int(K::File) << "" << 0 << "/tmp/x";
    QTest::addRow("unknown kind") << "udp:1.2.3.4:5" << false << 0 << "" << 0 << "";
}

void TestReadiness::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QString error;
    const auto s = ReadinessSpec::parse(text, &error);
    QCOMPARE(s.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(s->kind), kind);
    QCOMPARE(s->host, host);
    QCOMPARE(int(s->port), port);
    QCOMPARE(s->path, path);
}

void TestReadiness::tcpServer_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addRow("listens at once") << 0;
    QTest::addRow("sleeps 50 ms, then listens") << 50;
    QTest::addRow("sleeps 200 ms, then listens") << 200;
}

// Reported readiness lies after the server's own listen() timestamp, by the backoff cap (1 ms) plus scheduling
// noise: the bound is loose because the 2-core machine is shared (tests/bench measures the median). The
// attempt count shows the sub-millisecond polling: a 10 ms poll loop would make about delay/10 attempts.
void TestReadiness::tcpServer()
{
    QFETCH(int, delayMs);
    const quint16 port = rb::test::freeLoopbackPort();
    const ReadyOutcome r =
        rb::runUntilReady(childRequest({ QStringLiteral("serve"), QString::number(delayMs), QString::number(port) }),
            spec(QStringLiteral("tcp:127.0.0.1:%1").arg(port)));
    QVERIFY2(r.ready, qPrintable(r.failure));
    QVERIFY(r.forkNs > 0);
    QVERIFY2(r.readyMs >= delayMs, qPrintable(QString::number(r.readyMs)));
    const qint64 listened = listenNs(r);
    QVERIFY2(listened > r.forkNs, r.process.stdoutData.constData());
    const double lagMs = double(r.readyNs - listened) / 1e6;
    QVERIFY2(lagMs >= 0 && lagMs < 20, qPrintable(QString::number(lagMs)));
    QVERIFY2(r.attempts >= 1 + delayMs / 2, qPrintable(QString::number(r.attempts)));
    QCOMPARE(r.phases.size(), size_t(1));
    QCOMPARE(r.phases[0].first, QStringLiteral("tcp"));
    QVERIFY(!r.killedAfterGrace);
    QCOMPARE(r.process.end, ProcessOutcome::End::Signalled); // stopped by SIGTERM, reported by the helper
    QCOMPARE(r.process.signal, SIGTERM);
    QVERIFY(r.process.maxRssKb > 0);
    QVERIFY2(r.probeCpuMs < r.readyMs * 0.5 + 2, qPrintable(QString::number(r.probeCpuMs)));
}

void TestReadiness::http_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("bodyPattern");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("failure");
    QTest::addRow("200") << 200 << QString() << true << QString();
    QTest::addRow("200, body matches") << 200 << QStringLiteral("^ok$") << true << QString();
    QTest::addRow("200, body differs") << 200 << QStringLiteral("healthy") << false
                                       << QStringLiteral("body does not match");
    QTest::addRow("503") << 503 << QString() << false << QStringLiteral("HTTP 503");
}

void TestReadiness::http()
{
    QFETCH(int, status);
    QFETCH(QString, bodyPattern);
    QFETCH(bool, ready);
    QFETCH(QString, failure);
    const quint16 port = rb::test::freeLoopbackPort();
    ReadinessSpec s = spec(QStringLiteral("http://127.0.0.1:%1/health").arg(port));
    s.bodyPattern = bodyPattern;
    const ReadyOutcome r = rb::runUntilReady(
        childRequest({ QStringLiteral("serve"), QStringLiteral("30"), QString::number(port), QString::number(status) },
            ready ? 10000ms : 400ms),
        s);
    QCOMPARE(r.ready, ready);
    QVERIFY2(r.failure.contains(failure), qPrintable(r.failure));
    if (ready) {
        QCOMPARE(r.phases.size(), size_t(2));
        QCOMPARE(r.phases[0].first, QStringLiteral("tcp"));
        QCOMPARE(r.phases[1].first, QStringLiteral("http"));
        QVERIFY(r.phases[0].second >= 30 && r.phases[1].second >= r.phases[0].second);
        QCOMPARE(r.readyMs, r.phases[1].second);
    } else {
        QCOMPARE(r.phases.size(), size_t(1)); // TCP was reached, HTTP never
        // Non-matching answers are retried with the 1 ms backoff cap: ≤ ~1 per ms, never a spin.
        QVERIFY2(r.attempts > 5 && r.attempts < 450, qPrintable(QString::number(r.attempts)));
    }
}

void TestReadiness::line_data()
{
    QTest::addColumn<QString>("fd");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("stdout") << "1"
                            << "server started on :8080"
                            << "started on :\\d+$";
    QTest::addRow("stderr") << "2"
                            << "INFO ready"
                            << "\\bready\\b";
}

void TestReadiness::line()
{
    QFETCH(QString, fd);
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    const ReadyOutcome r = rb::runUntilReady(childRequest({ QStringLiteral("say"), QStringLiteral("40"), fd, text }),
        spec(QStringLiteral("line:") + pattern));
    QVERIFY2(r.ready, qPrintable(r.failure));
    QVERIFY2(r.readyMs >= 40 && r.readyMs < 500, qPrintable(QString::number(r.readyMs)));
    QCOMPARE(r.phases.back().first, QStringLiteral("line"));
    QCOMPARE((fd == QLatin1String("1") ? r.process.stdoutData : r.process.stderrData).trimmed(), text.toUtf8());
}

void TestReadiness::file()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ready.flag"));
    const ReadyOutcome r = rb::runUntilReady(childRequest({ QStringLiteral("createfile"), QStringLiteral("40"), path }),
        spec(QStringLiteral("file:") + path));
    QVERIFY2(r.ready, qPrintable(r.failure));
    QVERIFY2(r.readyMs >= 40 && r.readyMs < 500, qPrintable(QString::number(r.readyMs)));
    // Present before the start: refused, since it would report "ready" before anything ran.
    const ReadyOutcome again =
        rb::runUntilReady(childRequest({ QStringLiteral("createfile"), QStringLiteral("0"), path }),
            spec(QStringLiteral("file:") + path));
    QVERIFY(!again.ready);
    QVERIFY2(again.failure.contains(QStringLiteral("already exists")), qPrintable(again.failure));
}

void TestReadiness::timesOutWhenNothingListens()
{
    const quint16 port = rb::test::freeLoopbackPort();
    const ReadyOutcome r = rb::runUntilReady(childRequest({ QStringLiteral("sleep"), QStringLiteral("10000") }, 500ms),
        spec(QStringLiteral("tcp:127.0.0.1:%1").arg(port)));
    QVERIFY(!r.ready);
    QVERIFY(std::isnan(r.readyMs));
    QCOMPARE(r.process.end, ProcessOutcome::End::TimedOut);
    QVERIFY2(r.failure.contains(QStringLiteral("not ready after 0.5 s")), qPrintable(r.failure));
    QVERIFY2(r.failure.contains(QString::fromLocal8Bit(strerror(ECONNREFUSED))), qPrintable(r.failure));
    // Backoff 50 µs → 1 ms: about 500 attempts in 500 ms, not tens of thousands.
    QVERIFY2(r.attempts > 100 && r.attempts < 700, qPrintable(QString::number(r.attempts)));
    QVERIFY2(r.probeCpuMs < 100, qPrintable(QString::number(r.probeCpuMs)));
}

void TestReadiness::exitedBeforeReady()
{
    const ReadyOutcome r = rb::runUntilReady(childRequest({ QStringLiteral("exit"), QStringLiteral("3") }),
        spec(QStringLiteral("tcp:127.0.0.1:%1").arg(rb::test::freeLoopbackPort())));
    QVERIFY(!r.ready);
    QCOMPARE(r.process.end, ProcessOutcome::End::Exited);
    QCOMPARE(r.process.exitCode, 3);
    QVERIFY2(r.failure == QStringLiteral("exited before ready: exit code 3"), qPrintable(r.failure));
}

void TestReadiness::treeKilledOnReady()
{
    const ReadyOutcome r =
        rb::runUntilReady(childRequest({ QStringLiteral("tree"), QStringLiteral("3"), QStringLiteral("1") }),
            spec(QStringLiteral("line:^ready$")));
    QVERIFY2(r.ready, qPrintable(r.failure));
    QList<int> pids;
    for (const QByteArray& line : r.process.stdoutData.split('\n')) {
        if (line.toInt() > 0) {
            pids << line.toInt();
        }
    }
    QCOMPARE(pids.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(pids.begin(), pids.end(), gone), 1000);
    QCOMPARE(r.process.signal, SIGTERM);
}

void TestReadiness::sigkillAfterGrace()
{
    const quint16 port = rb::test::freeLoopbackPort();
    const ReadyOutcome r =
        rb::runUntilReady(childRequest({ QStringLiteral("serve"), QStringLiteral("0"), QString::number(port),
                              QStringLiteral("200"), QStringLiteral("ignoreterm") }),
            spec(QStringLiteral("tcp:127.0.0.1:%1").arg(port)), 200ms);
    QVERIFY2(r.ready, qPrintable(r.failure));
    QVERIFY(r.killedAfterGrace);
    QCOMPARE(r.process.end, ProcessOutcome::End::Signalled);
    QCOMPARE(r.process.signal, SIGKILL);
    QVERIFY2(r.process.wallMs >= r.readyMs + 200 && r.process.wallMs < r.readyMs + 1000,
        qPrintable(QString::number(r.process.wallMs)));
    QCOMPARE(r.process.maxRssKb, qint64(0)); // the helper was killed too: no rusage
}

void TestReadiness::exitKindDelegates()
{
    const ReadyOutcome r =
        rb::runUntilReady(childRequest({ QStringLiteral("sleep"), QStringLiteral("20") }), ReadinessSpec {});
    QVERIFY(r.ready);
    QCOMPARE(r.readyMs, r.process.wallMs);
    QVERIFY(r.readyMs >= 20);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
