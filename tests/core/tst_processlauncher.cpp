// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testsupport.h"
#include "measure/processlauncher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <thread>
#include <vector>

using rb::ProcessOutcome;
using rb::ProcessRequest;
using namespace std::chrono_literals;

namespace {

const QString kChild = QStringLiteral(RB_TESTCHILD);

ProcessRequest childRequest(const QStringList& args, std::chrono::milliseconds timeout = 10s)
{
    return rb::test::childRequest(kChild, args, timeout);
}

QByteArray pattern(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i) {
        b[i] = char(i % 251);
    }
    return b;
}

// A pid counts as gone once it no longer exists or is a zombie waiting for init to reap it.
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

bool allGone(const QList<int>& pids)
{
    return std::all_of(pids.begin(), pids.end(), gone);
}

} // namespace

class TestProcessLauncher : public QObject
{
    Q_OBJECT

private slots:
    void exitCode_data();
    void exitCode();
    void signalled_data();
    void signalled();
    void spawnFailure_data();
    void spawnFailure();
    void timeoutKills();
    void cancelFromAnotherThread();
    void treeKilled_data();
    void treeKilled();
    void stdoutCapture_data();
    void stdoutCapture();
    void stderrCapture();
    void workingDirectory();
    void environment_data();
    void environment();
    void wallTime();
    void noFdLeaks();
    void maxRss_data();
    void maxRss();
    void maxRssIgnoresParent();
};

void TestProcessLauncher::exitCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addRow("0") << 0;
    QTest::addRow("3") << 3;
    QTest::addRow("255") << 255;
}

void TestProcessLauncher::exitCode()
{
    QFETCH(int, code);
    const ProcessOutcome out = rb::runProcess(childRequest({ QStringLiteral("exit"), QString::number(code) }));
    QCOMPARE(out.end, ProcessOutcome::End::Exited);
    QCOMPARE(out.exitCode, code);
    QCOMPARE(out.succeeded(), code == 0);
}

void TestProcessLauncher::signalled_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("sig");
    QTest::addRow("SIGTERM") << QStringLiteral("signal") << int(SIGTERM);
    QTest::addRow("SIGKILL") << QStringLiteral("signal") << int(SIGKILL);
    QTest::addRow("SIGUSR1") << QStringLiteral("signal") << int(SIGUSR1);
    QTest::addRow("SIGTERM to its own process group") << QStringLiteral("killgroup") << int(SIGTERM);
    QTest::addRow("SIGHUP to its own process group") << QStringLiteral("killgroup") << int(SIGHUP);
}

void TestProcessLauncher::signalled()
{
    QFETCH(QString, mode);
    QFETCH(int, sig);
    const ProcessOutcome out = rb::runProcess(childRequest({ mode, QString::number(sig) }));
    QVERIFY2(out.end == ProcessOutcome::End::Signalled, qPrintable(out.describe(10s)));
    QCOMPARE(out.signal, sig);
    QVERIFY(out.describe(10s).contains(QString::number(sig)));
}

void TestProcessLauncher::spawnFailure_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QString>("message");
    const QString enoent = QString::fromLocal8Bit(strerror(ENOENT));
    QTest::addRow("missing absolute path") << QStringLiteral("/nonexistent/rb-missing") << QString() << enoent;
    QTest::addRow("missing in PATH") << QStringLiteral("rb-no-such-command-4711") << QString() << enoent;
    QTest::addRow("not executable") << QString() << QString() << QString::fromLocal8Bit(strerror(EACCES));
    QTest::addRow("missing working directory") << kChild << QStringLiteral("/nonexistent/rb-dir") << enoent;
}

void TestProcessLauncher::spawnFailure()
{
    QFETCH(QString, program);
    QFETCH(QString, workingDirectory);
    QFETCH(QString, message);
    QTemporaryFile plain;
    if (program.isEmpty()) {
        QVERIFY(plain.open());
        plain.write("#!/bin/sh\nexit 0\n");
        plain.close();
        QVERIFY(plain.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        program = plain.fileName();
    }
    ProcessRequest req;
    req.argv = QStringList { program, QStringLiteral("noop") };
    req.workingDirectory = workingDirectory;
    const ProcessOutcome out = rb::runProcess(req);
    QCOMPARE(out.end, ProcessOutcome::End::SpawnFailed);
    const QString named = workingDirectory.isEmpty() ? program : workingDirectory;
    QVERIFY2(out.error.contains(named), qPrintable(out.error));
    QVERIFY2(out.error.contains(message), qPrintable(out.error));
    QVERIFY(out.describe(10s).startsWith(QStringLiteral("could not start: ")));
}

void TestProcessLauncher::timeoutKills()
{
    QElapsedTimer clock;
    clock.start();
    const ProcessOutcome out =
        rb::runProcess(childRequest({ QStringLiteral("sleep"), QStringLiteral("10000") }, 300ms));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(out.end, ProcessOutcome::End::TimedOut);
    QVERIFY2(out.wallMs >= 300 && out.wallMs < 400, qPrintable(QString::number(out.wallMs)));
    QVERIFY2(elapsed < 500, qPrintable(QString::number(elapsed)));
    QVERIFY(out.describe(300ms).contains(QStringLiteral("timed out")));
}

void TestProcessLauncher::cancelFromAnotherThread()
{
    std::atomic<bool> cancel { false };
    QElapsedTimer sinceCancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(200ms);
        sinceCancel.start();
        cancel.store(true);
    });
    const ProcessOutcome out =
        rb::runProcess(childRequest({ QStringLiteral("sleep"), QStringLiteral("10000") }, 60s), &cancel);
    const qint64 stopMs = sinceCancel.elapsed();
    canceller.join();
    QCOMPARE(out.end, ProcessOutcome::End::Cancelled);
    QVERIFY2(stopMs < 100, qPrintable(QString::number(stopMs)));
}

void TestProcessLauncher::treeKilled_data()
{
    QTest::addColumn<QString>("sleepMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<ProcessOutcome::End>("end");
    QTest::addRow("parent exits, children left behind") << QStringLiteral("0") << 10000 << ProcessOutcome::End::Exited;
    QTest::addRow("parent and children time out") << QStringLiteral("100000") << 500 << ProcessOutcome::End::TimedOut;
}

void TestProcessLauncher::treeKilled()
{
    QFETCH(QString, sleepMs);
    QFETCH(int, timeoutMs);
    QFETCH(ProcessOutcome::End, end);
    const ProcessOutcome out = rb::runProcess(
        childRequest({ QStringLiteral("fork"), QStringLiteral("3"), sleepMs }, std::chrono::milliseconds(timeoutMs)));
    QCOMPARE(out.end, end);
    QList<int> pids;
    for (const QByteArray& line : out.stdoutData.split('\n')) {
        if (!line.isEmpty()) {
            pids << line.toInt();
        }
    }
    QCOMPARE(pids.size(), 3);
    QVERIFY(!pids.contains(0));
    QTRY_VERIFY_WITH_TIMEOUT(allGone(pids), 1000);
}

void TestProcessLauncher::stdoutCapture_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<qsizetype>("maxCapture");
    QTest::addRow("10 bytes") << qsizetype(10) << qsizetype(1 << 20);
    QTest::addRow("1 MiB, exact") << qsizetype(1 << 20) << qsizetype(1 << 20);
    QTest::addRow("1 MiB, truncated at 1000") << qsizetype(1 << 20) << qsizetype(1000);
    QTest::addRow("1 MiB, truncated at 100000") << qsizetype(1 << 20) << qsizetype(100000);
}

void TestProcessLauncher::stdoutCapture()
{
    QFETCH(qsizetype, bytes);
    QFETCH(qsizetype, maxCapture);
    ProcessRequest req = childRequest({ QStringLiteral("print"), QString::number(bytes) });
    req.maxCapture = maxCapture;
    const ProcessOutcome out = rb::runProcess(req);
    QCOMPARE(out.end, ProcessOutcome::End::Exited);
    QCOMPARE(out.exitCode, 0);
    const qsizetype kept = std::min(bytes, maxCapture);
    QCOMPARE(out.stdoutData.size(), kept);
    QVERIFY(out.stdoutData == pattern(kept));
    QCOMPARE(out.stdoutTruncated, bytes > maxCapture);
    QVERIFY(out.stderrData.isEmpty());
}

void TestProcessLauncher::stderrCapture()
{
    const ProcessOutcome out = rb::runProcess(childRequest({ QStringLiteral("stderr"), QStringLiteral("oops\n") }));
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.stderrData, QByteArray("oops\n"));
    QVERIFY(out.stdoutData.isEmpty());
}

void TestProcessLauncher::workingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProcessRequest req = childRequest({ QStringLiteral("cwd") });
    req.workingDirectory = dir.path();
    const ProcessOutcome out = rb::runProcess(req);
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(QString::fromLocal8Bit(out.stdoutData.trimmed()), QFileInfo(dir.path()).canonicalFilePath());
}

void TestProcessLauncher::environment_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("explicit list") << QStringList { QStringLiteral("RB_TEST_VAR=explicit value") }
                                   << QByteArray("explicit value");
    QTest::addRow("inherited") << QStringList() << QByteArray("inherited value");
}

void TestProcessLauncher::environment()
{
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, expected);
    qputenv("RB_TEST_VAR", "inherited value");
    ProcessRequest req = childRequest({ QStringLiteral("env"), QStringLiteral("RB_TEST_VAR") });
    req.environment = environment;
    const ProcessOutcome out = rb::runProcess(req);
    qunsetenv("RB_TEST_VAR");
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.stdoutData.trimmed(), expected);
}

void TestProcessLauncher::wallTime()
{
    const ProcessOutcome out = rb::runProcess(childRequest({ QStringLiteral("sleep"), QStringLiteral("200") }));
    QCOMPARE(out.exitCode, 0);
    QVERIFY2(out.wallMs >= 200 && out.wallMs <= 230, qPrintable(QString::number(out.wallMs)));
    // Seen from here the helper's start and exit add a little; never less than the helper's own measure.
    QVERIFY2(out.launcherWallMs >= out.wallMs && out.launcherWallMs <= out.wallMs + 10,
        qPrintable(QString::number(out.launcherWallMs)));
}

void TestProcessLauncher::noFdLeaks()
{
    // fd 3 carries the helper's report; the target must not inherit it (or any launcher pipe). Other fds
    // this test inherited without close-on-exec may legitimately show up.
    const ProcessOutcome out = rb::runProcess(childRequest({ QStringLiteral("fds") }));
    QCOMPARE(out.exitCode, 0);
    QVERIFY2(!out.stdoutData.split('\n').contains("3"), out.stdoutData.constData());
}

void TestProcessLauncher::maxRss_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<qint64>("minKb");
    QTest::addColumn<qint64>("maxKb");
    QTest::addRow("touches 64 MiB") << QStringList { QStringLiteral("touch"), QStringLiteral("64") }
                                    << qint64(64 * 1024) << qint64(80 * 1024);
    QTest::addRow("noop") << QStringList { QStringLiteral("noop") } << qint64(1) << qint64(4 * 1024);
}

void TestProcessLauncher::maxRss()
{
    QFETCH(QStringList, args);
    QFETCH(qint64, minKb);
    QFETCH(qint64, maxKb);
    const ProcessOutcome out = rb::runProcess(childRequest(args));
    QCOMPARE(out.exitCode, 0);
    QVERIFY2(out.maxRssKb >= minKb && out.maxRssKb < maxKb, qPrintable(QString::number(out.maxRssKb)));
}

// The regression test of the vfork/exec accounting: the child's peak must not include this process's.
void TestProcessLauncher::maxRssIgnoresParent()
{
    const std::vector<char> ballast(size_t(300) << 20, char(1)); // written, so resident
    const ProcessOutcome out = rb::runProcess(childRequest({ QStringLiteral("noop") }));
    QCOMPARE(out.exitCode, 0);
    QVERIFY(ballast[ballast.size() / 2] == 1);
    QVERIFY2(out.maxRssKb > 0 && out.maxRssKb < 4 * 1024, qPrintable(QString::number(out.maxRssKb)));
}

QTEST_GUILESS_MAIN(TestProcessLauncher)
#include "tst_processlauncher.moc"
