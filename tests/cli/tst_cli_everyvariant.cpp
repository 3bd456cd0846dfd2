// SPDX-License-Identifier: GPL-3.0-or-later
// Every runner variant available on this machine runs hello, cpu-hash 100000 (digest recomputed by Runbench)
// and, where the host can reach it, http-hello (cold-start-ready: an HTTP 200 on /), through the real
// runbench-cli with --start-daemons (private dockerd/containerd when none runs, stopped afterwards).
// http-hello's four requests (/, /state twice, /heavy) on each variant: tst_httphello.
#include "../common/testsupport.h"
#include "io/resultfolder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

class TestEveryVariant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAvailableVariantRunsTheWorkloads()
    {
        QTemporaryDir dir;
        const CommandOutput list = runCommand(
            cliPath(), { QStringLiteral("runners"), QStringLiteral("--json"), QStringLiteral("--start-daemons") });
        QCOMPARE(list.code, 0);
        QStringList available;
        QSet<QString> servers; // variants that run http-hello
        QStringList unavailable;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8())[QStringLiteral("runners")].toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            if (!r.value(QStringLiteral("available")).toBool()) {
                unavailable << id + QStringLiteral(" (") + r.value(QStringLiteral("reason")).toString().left(60)
                        + QLatin1Char(')');
                continue;
            }
            available << id;
            if (r.value(QStringLiteral("workloads")).toArray().contains(QStringLiteral("http-hello"))) {
                servers.insert(id);
            }
        }
        qInfo().noquote() << "available:" << available.join(QStringLiteral(", "));
        qInfo().noquote() << "not available here:" << unavailable.join(QStringLiteral("; "));
        // What this machine must offer after packaging/setup-debian.sh (issue #5).
        for (const char* id : { "native", "node-wasi:default", "node-wasi:no-liftoff", "node-wasi:liftoff-only",
                 "runc:netns", "crun:netns", "ctr:runc", "docker:nonet", "podman:nonet" }) {
            QVERIFY2(available.contains(QLatin1String(id)), id);
        }
        QJsonArray runtimes;
        for (const QString& id : available) {
            runtimes.append(id);
        }
        const QJsonObject spec { { QStringLiteral("name"), QStringLiteral("every-variant") },
            { QStringLiteral("runtimes"), runtimes },
            { QStringLiteral("workloads"),
                QJsonArray {
                    QStringLiteral("hello"), QStringLiteral("cpu-hash 100000"), QStringLiteral("http-hello") } },
            { QStringLiteral("scenarios"),
                QJsonArray { QStringLiteral("cold-start-exit"), QStringLiteral("cold-start-ready") } },
            { QStringLiteral("repetitions"), 1 }, { QStringLiteral("warmup"), 0 },
            { QStringLiteral("start_daemons"), true } };
        const QString path = writeTextFile(dir.filePath(QStringLiteral("spec.json")), QJsonDocument(spec).toJson());
        const QString out = dir.filePath(QStringLiteral("out"));
        const CommandOutput o = runCommand(cliPath(), { QStringLiteral("run"), path, QStringLiteral("--out"), out },
            QProcessEnvironment::systemEnvironment(), 900000);
        QString err;
        const auto rs = loadResultFolder(out, &err);
        QVERIFY2(rs, qPrintable(err));
        QHash<QString, QStringList> ran; // runtime → workloads that ran ok
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            ran[r.spec.runtime] << r.spec.workload.name;
        }
        for (const QString& id : available) {
            QVERIFY2(ran[id].contains(QStringLiteral("hello")) && ran[id].contains(QStringLiteral("cpu-hash")),
                qPrintable(id));
            QCOMPARE(ran[id].contains(QStringLiteral("http-hello")), servers.contains(id));
        }
        // Variants without a network the host reaches skip http-hello, with the reason.
        QVERIFY2(o.code == 0 || o.err.contains(QStringLiteral("has no network the host can reach")),
            qPrintable(o.err.right(1500)));
        qInfo("%lld runs ok on %lld variants (%lld serving http-hello)", qlonglong(rs->runs.size()),
            qlonglong(available.size()), qlonglong(servers.size()));
    }
};

QTEST_GUILESS_MAIN(TestEveryVariant)
#include "tst_cli_everyvariant.moc"
