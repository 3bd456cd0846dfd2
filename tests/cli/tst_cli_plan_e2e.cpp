// SPDX-License-Identifier: GPL-3.0-or-later
// The generated playbook, really run by ansible-playbook: two hosts in two network namespaces (a SUT at
// 10.77.1.1, a load generator at 10.77.1.2, joined by a veth pair), ansible_connection local, and the
// runbench_cli prefix ["ip", "netns", "exec", NS, runbench-cli]. Needs root, iproute2, ansible and the
// per-host flags of runbench-cli run (--role, --host-id, --sut), fingerprint and merge.
#include "../common/testsupport.h"
#include "io/resultfolder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
    // Nothing is left running in either host.
    for (const QString& ns : { m_nsA, m_nsB }) {
        const rb::test::CommandOutput pids =
            rb::test::runCommand(m_ip, { QStringLiteral("netns"), QStringLiteral("pids"), ns });
        QVERIFY2(pids.out.trimmed().isEmpty(), qPrintable(ns + QStringLiteral(" still runs: ") + pids.out));
    }
    // The merged folder: both hosts with their roles, each run once with the SUT's and the load generator's parts.
    const QDir merged(QDir(out).filePath(QStringLiteral("results/merged")));
    QFile ej(merged.filePath(QStringLiteral("experiment.json")));
    QVERIFY(ej.open(QIODevice::ReadOnly));
    const QJsonObject experiment = QJsonDocument::fromJson(ej.readAll()).object();
    QMap<QString, QStringList> roles;
    for (const QJsonValue& h : experiment.value(QStringLiteral("hosts")).toArray()) {
        QStringList r;
        for (const QJsonValue& v : h.toObject().value(QStringLiteral("roles")).toArray()) {
            r << v.toString();
        }
        roles[h.toObject().value(QStringLiteral("id")).toString()] = r;
    }
    QCOMPARE(roles.value(QStringLiteral("sut")), QStringList { QStringLiteral("sut") });
    QCOMPARE(roles.value(QStringLiteral("gen")), QStringList { QStringLiteral("loadgen") });
    QString error;
    const std::optional<rb::ResultSet> set = rb::loadResultFolder(merged.path(), &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->runs.size(), 2); // 2 repetitions of one configuration, each SUT part + load part as one run
    QSet<QString> metrics;
    for (const rb::RunRecord& r : set->runs) {
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.spec.scenario.params.value(QStringLiteral("host")).toString(), QStringLiteral("sut"));
        for (const rb::Measurement& m : r.measurements) {
            metrics << m.metric;
        }
    }
    for (const char* m : { "first_200_ms", "rss_kb_peak", "latency_p99_ms", "requests_per_s" }) {
        QVERIFY2(metrics.contains(QLatin1String(m)), m); // SUT: cold start, memory; load generator: latency, rate
    }
    // The load generator reached the SUT at its namespace's address, across the veth pair.
    QFile gj(QDir(out).filePath(QStringLiteral("results/hosts/gen/results/gen-for-sut/experiment.json")));
    QVERIFY(gj.open(QIODevice::ReadOnly));
    const QJsonObject genHost = QJsonDocument::fromJson(gj.readAll()).object().value(QStringLiteral("host")).toObject();
    QCOMPARE(genHost.value(QStringLiteral("sut_address")).toString(), QStringLiteral("10.77.1.1"));

    // Running the plan again never overwrites what this run fetched: it refuses before touching any host.
    QFile runsBefore(merged.filePath(QStringLiteral("runs.csv")));
    QVERIFY(runsBefore.open(QIODevice::ReadOnly));
    const QByteArray runsCsv = runsBefore.readAll();
    QProcess again;
    again.setWorkingDirectory(out);
    again.start(QStringLiteral("ansible-playbook"),
        { QStringLiteral("-i"), QStringLiteral("inventory"), QStringLiteral("playbook.yml") });
    QVERIFY(again.waitForFinished(120000));
    const QByteArray said = again.readAllStandardOutput();
    QVERIFY2(again.exitCode() != 0 && said.contains("holds the results of an earlier run"), said.constData());
    QVERIFY2(!said.contains("Preflight"), said.constData());
    QFile runsAfter(merged.filePath(QStringLiteral("runs.csv")));
    QVERIFY(runsAfter.open(QIODevice::ReadOnly));
    QCOMPARE(runsAfter.readAll(), runsCsv);
}

QTEST_GUILESS_MAIN(TestCliPlanE2e)
#include "tst_cli_plan_e2e.moc"
