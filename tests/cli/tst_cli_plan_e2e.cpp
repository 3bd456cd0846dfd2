// SPDX-License-Identifier: GPL-3.0-or-later
// The generated playbook, really run by ansible-playbook: two hosts in two network namespaces (a SUT at
// 10.77.1.1, a load generator at 10.77.1.2, joined by a veth pair), ansible_connection local, and the
// runbench_cli prefix ["ip", "netns", "exec", NS, runbench-cli]. Needs root, iproute2, ansible and the
// per-host flags of runbench-cli run (--role, --host-id, --sut), fingerprint and merge.
#include "../common/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

class TestCliPlanE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void playbookRunsOnTwoHosts();

private:
    bool ip(const QStringList& args)
    {
        const rb::test::CommandOutput r = rb::test::runCommand(m_ip, args);
        if (r.code != 0) {
            qWarning("ip %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
        }
        return r.code == 0;
    }
    QString m_ip;
    QString m_nsA = QStringLiteral("rbA%1").arg(::getpid());
    QString m_nsB = QStringLiteral("rbB%1").arg(::getpid());
    bool m_made = false;
    QTemporaryDir m_tmp;
};

void TestCliPlanE2e::initTestCase()
{
    const rb::test::CommandOutput help =
        rb::test::runCommand(rb::test::cliPath(), { QStringLiteral("run"), QStringLiteral("--help") });
    if (!help.out.contains(QLatin1String("--role"))) {
        QSKIP("runbench-cli has no --role yet");
    }
    m_ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (::geteuid() != 0 || m_ip.isEmpty()) {
        QSKIP("needs root and iproute2's ip for network namespaces");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        QSKIP("ansible-playbook is missing (Debian package ansible)");
    }
    // Unique names with the pid; cleanupTestCase removes them on every path (deleting a namespace deletes its
    // end of the veth pair, and with it the other end).
    const QString vA = QStringLiteral("rbvA%1").arg(::getpid());
    const QString vB = QStringLiteral("rbvB%1").arg(::getpid());
    m_made = ip({ QStringLiteral("netns"), QStringLiteral("add"), m_nsA });
    QVERIFY(m_made && ip({ QStringLiteral("netns"), QStringLiteral("add"), m_nsB }));
    QVERIFY(ip({ QStringLiteral("link"), QStringLiteral("add"), vA, QStringLiteral("netns"), m_nsA,
        QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), vB,
        QStringLiteral("netns"), m_nsB }));
    for (const auto& [ns, dev, addr] : { std::tuple { m_nsA, vA, QStringLiteral("10.77.1.1/24") },
             std::tuple { m_nsB, vB, QStringLiteral("10.77.1.2/24") } }) {
        const QStringList in { QStringLiteral("-n"), ns };
        QVERIFY(
            ip(in + QStringList { QStringLiteral("addr"), QStringLiteral("add"), addr, QStringLiteral("dev"), dev }));
        QVERIFY(ip(in + QStringList { QStringLiteral("link"), QStringLiteral("set"), dev, QStringLiteral("up") }));
        QVERIFY(ip(in
            + QStringList {
                QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up") }));
    }
}

void TestCliPlanE2e::cleanupTestCase()
{
    if (m_made) {
        ip({ QStringLiteral("netns"), QStringLiteral("del"), m_nsA });
        ip({ QStringLiteral("netns"), QStringLiteral("del"), m_nsB });
    }
}

void TestCliPlanE2e::playbookRunsOnTwoHosts()
{
    const QString cli = rb::test::cliPath();
    const QString spec = rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("spec.json")), R"({
        "name": "two hosts",
        "runtimes": ["native"],
        "workloads": ["http-hello"],
        "scenarios": [{"kind": "warm-latency", "concurrency": 2, "duration_s": 1, "warmup_requests": 10}],
        "repetitions": 2, "warmup": 0,
        "hosts": [{"id": "sut", "address": "10.77.1.1", "roles": ["sut"]},
                  {"id": "gen", "address": "10.77.1.2", "roles": ["loadgen"]}]})");
    const auto host = [&](const QString& ns, const QString& dir) {
        return QStringLiteral("      ansible_connection: local\n      runbench_workdir: \"%1\"\n"
                              "      runbench_cli: [\"ip\", \"netns\", \"exec\", \"%2\", \"%3\"]\n")
            .arg(m_tmp.filePath(dir), ns, cli);
    };
    const QString inventory =
        QStringLiteral("all:\n  vars:\n    runbench_cli: [\"%1\"]\n  hosts:\n    sut:\n%2    gen:\n%3")
            .arg(cli, host(m_nsA, QStringLiteral("work-sut")), host(m_nsB, QStringLiteral("work-gen")));
    rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("inventory.yml")), inventory.toUtf8());
    const QString out = m_tmp.filePath(QStringLiteral("plan"));
    const rb::test::CommandOutput made = rb::test::runCommand(cli,
        { QStringLiteral("plan"), QStringLiteral("ansible"), spec, QStringLiteral("--inventory"),
            m_tmp.filePath(QStringLiteral("inventory.yml")), QStringLiteral("--out"), out });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QProcess p;
    p.setWorkingDirectory(out);
    p.start(QStringLiteral("ansible-playbook"),
        { QStringLiteral("-i"), QStringLiteral("inventory"), QStringLiteral("playbook.yml") });
    QVERIFY(p.waitForFinished(600000));
    QVERIFY2(p.exitCode() == 0, QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
    // The merged folder has both hosts' runs (the host is a factor of the merged results).
    QFile samples(QDir(out).filePath(QStringLiteral("results/merged/samples.csv")));
    QVERIFY(samples.open(QIODevice::ReadOnly));
    const QByteArray csv = samples.readAll();
    QVERIFY2(csv.contains("sut") && csv.contains("gen"), csv.left(2000).constData());
}

QTEST_GUILESS_MAIN(TestCliPlanE2e)
#include "tst_cli_plan_e2e.moc"
