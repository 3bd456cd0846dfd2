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
};

QTEST_GUILESS_MAIN(TestRunnerRegistry)
#include "tst_runnerregistry.moc"
