// SPDX-License-Identifier: GPL-3.0-or-later
// http-hello served by every runner variant whose port the host can reach (native, the host-network
// container variants, the port-mapping ones, and the Wasm runtimes' serve modes: Node's HTTP host calling the
// handler build, wasmtime and WasmEdge with the WASI-sockets builds): GET /, /state twice, /heavy over one
// keep-alive connection.
#include "../common/httpget.h"
#include "../common/testsupport.h"
#include "runner/daemonsupervisor.h"
#include "runner/installation.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace rb;

class TestHttpHello : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_inst = Installation::discover();
    }

    void servesOnEveryReachableVariant_data()
    {
        QTest::addColumn<QString>("runtime");
        for (const char* id : { "native", "runc:hostnet", "crun:hostnet", "podman:hostnet", "docker:hostnet",
                 "ctr:runc-hostnet", "podman:portmap", "docker:portmap", "node-wasi:default", "node-wasi:no-liftoff",
                 "node-wasi:liftoff-only", "wasmtime:jit", "wasmtime:jit-cached", "wasmtime:winch", "wasmtime:aot",
                 "wasmedge:interpreter", "wasmedge:aot" }) {
            QTest::addRow("%s", id) << QString::fromLatin1(id);
        }
    }
    void servesOnEveryReachableVariant()
    {
        QFETCH(QString, runtime);
        // Docker and containerd need a daemon: start a private one and probe again against it.
        QTemporaryDir daemonBase;
        std::shared_ptr<DaemonSupervisor> daemons;
        std::shared_ptr<Installation> inst = m_inst;
        const RunnerEntry* unprobed = m_inst->registry.find(runtime);
        QVERIFY2(unprobed, qPrintable(runtime));
        const QStringList kinds = unprobed->runner->requiredDaemons();
        if (!kinds.isEmpty()) {
            daemons = std::make_shared<DaemonSupervisor>(daemonBase.path());
            const DaemonInfo d = daemons->startPrivate(kinds.first());
            if (!d.ok()) {
                QSKIP(qPrintable(d.error));
            }
            DiscoverOptions o;
            o.startDaemons = true;
            o.daemons = daemons;
            inst = Installation::discover({ runtime }, o);
        }
        const auto stopDaemons = qScopeGuard([&] {
            inst.reset();
            if (daemons) {
                QVERIFY(daemons->stop().isEmpty());
                QVERIFY(QDir(daemonBase.path()).isEmpty());
            }
        });
        const RunnerEntry* e = inst->registry.find(runtime);
        QVERIFY2(e, qPrintable(runtime));
        if (!e->probe.available) {
            const bool missing =
                e->runner->family() == QLatin1String("cli") && e->probe.reason.contains(QStringLiteral(" not found "));
            const QString why = missing
                ? QString(e->runner->runnerId() + QStringLiteral(" not installed (") + e->probe.reason + u')')
                : QString(runtime + QStringLiteral(" unavailable here: ") + e->probe.reason);
            QSKIP(qPrintable(why));
        }
        const auto def = inst->workloads.find(QStringLiteral("http-hello"));
        QVERIFY(def && def->server);
        const PrepareResult prepared = e->runner->prepare(*def);
        QVERIFY2(prepared.ok, qPrintable(prepared.error));
        RunSpec run;
        run.index = 900000 + int(QCoreApplication::applicationPid() % 1000);
        const quint16 port = test::freeLoopbackPort();
        run.workload = WorkloadRef { def->name, { QString::number(port) } };
        const LaunchSpec ls = e->runner->launch(prepared, run);

        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : ls.environmentOverrides) {
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        }
        server.setProcessEnvironment(env);
        server.setProgram(ls.argv.first());
        server.setArguments(ls.argv.mid(1));
        server.start();
        QVERIFY2(server.waitForStarted(), qPrintable(ls.argv.join(' ')));
        const QRegularExpression ready(def->readyLine);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += server.readAllStandardOutput(), ready.match(QString::fromUtf8(out)).hasMatch()), 60000);

        QTcpSocket sock;
        sock.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY2(sock.waitForConnected(10000), qPrintable(sock.errorString()));
        QByteArray status;
        QCOMPARE(test::httpGet(sock, "/", &status), QByteArray("hello\n"));
        QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(test::httpGet(sock, "/state", &status), QByteArray("1\n"));
        QCOMPARE(test::httpGet(sock, "/state", &status), QByteArray("2\n"));
        QCOMPARE(test::httpGet(sock, "/heavy", &status), QByteArray("832040\n"));
        QCOMPARE(test::httpGet(sock, "/nope", &status), QByteArray("not found\n"));
        QCOMPARE(status, QByteArray("HTTP/1.1 404 Not Found"));
        sock.close();

        server.terminate(); // SIGTERM: container clients pass it on to the container
        if (!server.waitForFinished(20000)) {
            server.kill();
            server.waitForFinished();
        }
        e->runner->cleanup(run);
    }

    // Runtimes whose profile has no serve mode refuse a server at prepare, saying why.
    void runtimeWithoutServeModeSaysWhy()
    {
        const RunnerEntry* e = m_inst->registry.find(QStringLiteral("wasmer:cranelift"));
        QVERIFY(e);
        const auto def = m_inst->workloads.find(QStringLiteral("http-hello"));
        QVERIFY(def);
        const PrepareResult prepared = e->runner->prepare(*def);
        QVERIFY(!prepared.ok);
        QVERIFY2(prepared.error.contains(QStringLiteral("has no \"serve\" mode")), qPrintable(prepared.error));
    }

    // node-wasi-http-host.mjs says what is wrong and exits 2 (bad input) or 1 (cannot serve).
    void nodeHostSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("port");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("bad port") << "http-handler"
                                  << "80x" << 2 << "bad port '80x'";
        QTest::addRow("not a handler") << "wasi-sockets"
                                       << "" << 2 << "is not an HTTP handler reactor: it does not export _initialize";
        QTest::addRow("port in use") << "http-handler"
                                     << "in-use" << 1 << "cannot listen on port";
        QTest::addRow("no module") << "/nonexistent.wasm"
                                   << "" << 2 << "cannot read /nonexistent.wasm";
    }
    void nodeHostSaysWhatIsWrong()
    {
        QFETCH(QString, module);
        QFETCH(QString, port);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            QSKIP("node not installed");
        }
        const auto def = m_inst->workloads.find(QStringLiteral("http-hello"));
        QVERIFY(def);
        QTcpServer busy;
        if (port == QLatin1String("in-use")) {
            QVERIFY(busy.listen(QHostAddress::Any));
            port = QString::number(busy.serverPort());
        }
        QStringList args { QStringLiteral("--no-warnings"),
            m_inst->dataDir + QStringLiteral("/runners/node-wasi-http-host.mjs"),
            def->wasmServeBuilds.value(module, module) };
        if (!port.isEmpty()) {
            args << port;
        }
        QProcess host;
        host.start(node, args);
        QVERIFY(host.waitForFinished(30000));
        const QString err = QString::fromUtf8(host.readAllStandardError());
        QCOMPARE(host.exitCode(), exitCode);
        QVERIFY2(err.startsWith(QStringLiteral("node-wasi-http-host: ")) && err.contains(message), qPrintable(err));
    }

private:
    std::shared_ptr<Installation> m_inst;
};

QTEST_GUILESS_MAIN(TestHttpHello)
#include "tst_httphello.moc"
