// SPDX-License-Identifier: GPL-3.0-or-later
// `runbench-cli fingerprint --json` against independent readings: uname, nproc, /proc/meminfo, `--version`, and
// the kernel clock status read with adjtimex(2) by a Python ctypes script (tests/cli/scripts/adjtimex.py).
#include "../common/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace rb::test;

class TestCliFingerprint : public QObject
{
    Q_OBJECT

    static QJsonObject fingerprint()
    {
        const CommandOutput o = runCommand(cliPath(), { QStringLiteral("fingerprint"), QStringLiteral("--json") });
        if (o.code != 0) {
            qFatal("fingerprint failed: %s", qPrintable(o.err));
        }
        return QJsonDocument::fromJson(o.out.toUtf8()).object();
    }
    static QString firstLine(const QString& program, const QStringList& args)
    {
        return runCommand(program, args).out.trimmed();
    }

private Q_SLOTS:
    void machineKeysAgreeWithTheSystem()
    {
        const QJsonObject fp = fingerprint();
        for (const char* key :
            { "hostname", "arch", "runbench", "kernel", "cpu_model", "logical_cpus", "mem_total_kib", "clock" }) {
            QVERIFY2(fp.contains(QLatin1String(key)), key);
        }
        QCOMPARE(fp.value(QStringLiteral("hostname")).toString(),
            firstLine(QStringLiteral("uname"), { QStringLiteral("-n") }));
        const QString machine = firstLine(QStringLiteral("uname"), { QStringLiteral("-m") });
        const QString arch = fp.value(QStringLiteral("arch")).toString();
        QVERIFY2(arch == machine || (arch == QLatin1String("arm64") && machine == QLatin1String("aarch64")),
            qPrintable(arch + QStringLiteral(" vs ") + machine));
        QVERIFY(fp.value(QStringLiteral("kernel"))
                    .toString()
                    .contains(firstLine(QStringLiteral("uname"), { QStringLiteral("-r") })));
        QCOMPARE(fp.value(QStringLiteral("logical_cpus")).toInt(), firstLine(QStringLiteral("nproc"), {}).toInt());
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        const auto m =
            QRegularExpression(QStringLiteral("MemTotal:\\s+(\\d+) kB")).match(QString::fromUtf8(meminfo.readAll()));
        QVERIFY(m.hasMatch());
        QCOMPARE(fp.value(QStringLiteral("mem_total_kib")).toDouble(), m.captured(1).toDouble());
        QCOMPARE(QStringLiteral("runbench-cli ") + fp.value(QStringLiteral("runbench")).toString(),
            firstLine(cliPath(), { QStringLiteral("--version") }));
    }

    void clockAgreesWithAdjtimex()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            QSKIP("python3 is not installed: no independent adjtimex reading");
        }
        const QString script = qEnvironmentVariable("RUNBENCH_SOURCE_DIR", QStringLiteral("."))
            + QStringLiteral("/tests/cli/scripts/adjtimex.py");
        const CommandOutput ref = runCommand(python, { script });
        QVERIFY2(ref.code == 0, qPrintable(ref.err));
        const QJsonObject theirs = QJsonDocument::fromJson(ref.out.toUtf8()).object();
        const QJsonObject ours = fingerprint().value(QStringLiteral("clock")).toObject();
        QCOMPARE(ours.value(QStringLiteral("source")).toString(), QStringLiteral("adjtimex"));
        QCOMPARE(
            ours.value(QStringLiteral("synchronised")).toBool(), theirs.value(QStringLiteral("synchronised")).toBool());
        QCOMPARE(ours.value(QStringLiteral("status")).toInt(), theirs.value(QStringLiteral("status")).toInt());
        // maxerror grows by 500 µs per second while unsynchronised: the two readings are well under 5 s apart.
        QVERIFY(std::abs(ours.value(QStringLiteral("max_error_us")).toDouble()
                    - theirs.value(QStringLiteral("max_error_us")).toDouble())
            <= 2500.0);
        QVERIFY(std::abs(ours.value(QStringLiteral("offset_us")).toDouble()
                    - theirs.value(QStringLiteral("offset_us")).toDouble())
            <= 1000.0);
        // The fingerprint ran after the script: both its clocks are later by the same few seconds at most.
        const double dReal = theirs.value(QStringLiteral("realtime_unix_ns")).toDouble()
            - ours.value(QStringLiteral("realtime_unix_ns")).toDouble();
        const double dMono = theirs.value(QStringLiteral("monotonic_ns")).toDouble()
            - ours.value(QStringLiteral("monotonic_ns")).toDouble();
        QVERIFY2(dReal < 0 && dReal > -10e9, qPrintable(QString::number(dReal)));
        QVERIFY2(dMono < 0 && dMono > -10e9, qPrintable(QString::number(dMono)));
        QVERIFY2(std::abs(dReal - dMono) < 50e6, qPrintable(QString::number(dReal - dMono))); // same interval
        QVERIFY(ours.value(QStringLiteral("read_gap_ns")).toDouble() >= 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFingerprint)
#include "tst_cli_fingerprint.moc"
