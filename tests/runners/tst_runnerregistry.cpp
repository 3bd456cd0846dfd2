// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/installation.h"
#include "runner/paths.h"
#include "runner/runnerregistry.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace rb;

class TestRunnerRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesWrongApiVersionBeforeLoading()
    {
        RunnerRegistry reg;
        reg.loadPlugins({ QStringLiteral(FAKE_RUNNER_DIR) }, RunnerContext {});
        QCOMPARE(reg.ids(), QStringList { QStringLiteral("fake:v1") });
        QCOMPARE(reg.refused().size(), 1);
        const RefusedPlugin& r = reg.refused().first();
        QVERIFY2(r.file.contains(QStringLiteral("badapi")), qPrintable(r.file));
        QVERIFY2(r.reason.contains(QStringLiteral("apiVersion 99")), qPrintable(r.reason));
        QVERIFY2(r.reason.contains(QStringLiteral("needs 2")), qPrintable(r.reason));
        QVERIFY2(qEnvironmentVariableIsEmpty("RB_FAKE_BADAPI_LOADED"), "the refused plugin's library was loaded");
        reg.probeAll();
        QCOMPARE(reg.entries().front().probe.available, false);
        QCOMPARE(reg.entries().front().probe.reason, QStringLiteral("fake runtimes never run"));
    }

    void realRunnersOfThisBuild()
    {
        const auto inst = Installation::discover();
        QVERIFY2(inst->problems.isEmpty(), qPrintable(inst->problems.join('\n')));
        const RunnerEntry* native = inst->registry.find(QStringLiteral("native"));
        QVERIFY(native);
        QVERIFY(native->probe.available);
        for (const char* v : { "node-wasi:default", "node-wasi:no-liftoff", "node-wasi:liftoff-only" }) {
            const RunnerEntry* e = inst->registry.find(QString::fromLatin1(v));
            QVERIFY2(e, v);
            if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
                QVERIFY(!e->probe.available);
                QVERIFY(e->probe.reason.contains(QStringLiteral("not found")));
            } else {
                QVERIFY2(e->probe.available, qPrintable(e->probe.reason));
                QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(e->probe.version).hasMatch());
            }
        }
        QVERIFY(inst->workloads.find(QStringLiteral("cpu-hash")));
    }

    // API v2: supports() from the build a runner runs and whether the host reaches its network; the
    // daemons and daemon processes each container family declares. Nothing is probed.
    void supportsFollowsBuildAndNetwork_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<bool>("serves"); // runs the http-hello server
        QTest::addColumn<QString>("daemon");
        QTest::addColumn<QString>("daemonProcess");
        QTest::addRow("native") << QStringLiteral("native") << true << QString() << QString();
        QTest::addRow("runc:netns") << QStringLiteral("runc:netns") << false << QString() << QString();
        QTest::addRow("runc:hostnet") << QStringLiteral("runc:hostnet") << true << QString() << QString();
        QTest::addRow("podman:nonet") << QStringLiteral("podman:nonet") << false << QString()
                                      << QStringLiteral("conmon");
        QTest::addRow("podman:portmap") << QStringLiteral("podman:portmap") << true << QString()
                                        << QStringLiteral("conmon");
        QTest::addRow("docker:nonet") << QStringLiteral("docker:nonet") << false << QStringLiteral("docker")
                                      << QStringLiteral("dockerd");
        QTest::addRow("docker:hostnet") << QStringLiteral("docker:hostnet") << true << QStringLiteral("docker")
                                        << QStringLiteral("containerd-shim-runc-v2");
        QTest::addRow("docker:portmap") << QStringLiteral("docker:portmap") << true << QStringLiteral("docker")
                                        << QStringLiteral("docker-proxy");
        QTest::addRow("ctr:runc") << QStringLiteral("ctr:runc") << false << QStringLiteral("containerd")
                                  << QStringLiteral("containerd");
        QTest::addRow("ctr:runc-hostnet") << QStringLiteral("ctr:runc-hostnet") << true << QStringLiteral("containerd")
                                          << QStringLiteral("containerd-shim-runc-v2");
    }
    void supportsFollowsBuildAndNetwork()
    {
        QFETCH(QString, runtime);
        QFETCH(bool, serves);
        QFETCH(QString, daemon);
        QFETCH(QString, daemonProcess);
        const auto inst = Installation::load();
        const RunnerEntry* e = inst->registry.find(runtime);
        QVERIFY2(e, qPrintable(runtime));
        const auto server = inst->workloads.find(QStringLiteral("http-hello"));
        const auto hello = inst->workloads.find(QStringLiteral("hello"));
        QVERIFY(server && hello);
        QVERIFY(e->runner->supports(*hello));
        QCOMPARE(e->runner->supports(*server), serves);
        if (!serves) {
            QVERIFY2(e->runner->unsupportedReason(*server).contains(QStringLiteral("no network the host can reach")),
                qPrintable(e->runner->unsupportedReason(*server)));
        }
        QCOMPARE(e->runner->requiredDaemons(), daemon.isEmpty() ? QStringList() : QStringList { daemon });
        QCOMPARE(e->runner->daemonProcessNames().contains(daemonProcess), !daemonProcess.isEmpty());
    }

    void validateRejectsAWorkloadNoRuntimeRuns()
    {
        const auto inst = Installation::load();
        const SpecParseResult p =
            parseExperimentSpec(R"({"name":"x","runtimes":["runc:netns","docker:nonet"],"workloads":["http-hello"]})",
                QStringLiteral("s.json"));
        QVERIFY(p.spec);
        const QString err = inst->validate(*p.spec, QStringLiteral("s.json"));
        QVERIFY2(err.contains(QStringLiteral("no runtime of the spec runs \"http-hello\""))
                && err.contains(QStringLiteral("runc:netns: ")) && err.contains(QStringLiteral("docker:nonet: ")),
            qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRunnerRegistry)
#include "tst_runnerregistry.moc"
