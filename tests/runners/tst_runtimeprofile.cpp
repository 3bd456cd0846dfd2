// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/runtimeprofile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;

class TestRuntimeProfile : public QObject
{
    Q_OBJECT

    static QString write(const QTemporaryDir& d, const QString& name, const QByteArray& json)
    {
        QFile f(d.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    }

private Q_SLOTS:
    void shippedNodeWasiProfileExpands()
    {
        const QString path =
            qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/runners/profiles/node-wasi.json");
        QString err;
        const auto p = RuntimeProfile::read(path, &err);
        QVERIFY2(p, qPrintable(err));
        QCOMPARE(p->variants.size(), 3);
        const QStringList argv = p->expandRun(QStringLiteral("/usr/bin/node"), p->variants[1],
            QStringLiteral("/w/cpu-hash.wasm"), QStringLiteral("/d"), { QStringLiteral("200000") });
        QCOMPARE(argv,
            (QStringList { "/usr/bin/node", "--no-warnings", "--no-liftoff", "/d/runners/node-wasi-launcher.mjs",
                "/w/cpu-hash.wasm", "200000" }));
        const QStringList def =
            p->expandRun(QStringLiteral("node"), p->variants[0], QStringLiteral("m.wasm"), QStringLiteral("/d"), {});
        QCOMPARE(def, (QStringList { "node", "--no-warnings", "/d/runners/node-wasi-launcher.mjs", "m.wasm" }));
    }

    // Every shipped profile parses, and each variant expands to the command line its runtime
    // documents (wasmtime/wasmedge/wasmer/wamr docs; the binaries are not in Debian).
    void shippedProfilesExpandAsDocumented_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("prepare");
        QTest::addColumn<QString>("run");
        QTest::addRow("wasmtime jit") << "wasmtime"
                                      << "jit"
                                      << ""
                                      << "B run -C cache=n M.wasm 7";
        QTest::addRow("wasmtime winch") << "wasmtime"
                                        << "winch"
                                        << ""
                                        << "B run -C cache=n -C compiler=winch M.wasm 7";
        QTest::addRow("wasmtime aot") << "wasmtime"
                                      << "aot"
                                      << "B compile -o A M.wasm"
                                      << "B run --allow-precompiled A 7";
        QTest::addRow("wasmedge interpreter") << "wasmedge"
                                              << "interpreter"
                                              << ""
                                              << "B M.wasm 7";
        QTest::addRow("wasmedge aot") << "wasmedge"
                                      << "aot"
                                      << "B compile --optimize 3 M.wasm A"
                                      << "B A 7";
        QTest::addRow("wasmer singlepass") << "wasmer"
                                           << "singlepass"
                                           << ""
                                           << "B run --singlepass M.wasm -- 7";
        QTest::addRow("wasmer aot") << "wasmer"
                                    << "aot"
                                    << "B compile M.wasm -o A"
                                    << "B run A -- 7";
        QTest::addRow("wamr interp") << "wamr"
                                     << "interp"
                                     << ""
                                     << "B --interp M.wasm 7";
        QTest::addRow("wamr aot") << "wamr"
                                  << "aot"
                                  << "wamrc -o A M.wasm"
                                  << "B A 7";
        QTest::addRow("node liftoff-only")
            << "node-wasi"
            << "liftoff-only"
            << ""
            << "B --no-warnings --liftoff-only D/runners/node-wasi-launcher.mjs M.wasm 7";
    }
    void shippedProfilesExpandAsDocumented()
    {
        QFETCH(QString, profile);
        QFETCH(QString, variant);
        QFETCH(QString, prepare);
        QFETCH(QString, run);
        QString err;
        const auto p = RuntimeProfile::read(qEnvironmentVariable("RUNBENCH_SOURCE_DIR")
                + QStringLiteral("/runners/profiles/") + profile + QStringLiteral(".json"),
            &err);
        QVERIFY2(p, qPrintable(err));
        const auto v = std::find_if(
            p->variants.begin(), p->variants.end(), [&](const ProfileVariant& x) { return x.id == variant; });
        QVERIFY(v != p->variants.end());
        const QString artefact = v->prepareTemplate.isEmpty() ? QString() : QStringLiteral("A");
        QCOMPARE(p->expandPrepare(QStringLiteral("B"), *v, QStringLiteral("M.wasm"), QStringLiteral("D"), artefact)
                     .join(' '),
            prepare);
        QCOMPARE(p->expandRun(QStringLiteral("B"), *v, QStringLiteral("M.wasm"), QStringLiteral("D"),
                      { QStringLiteral("7") }, artefact)
                     .join(' '),
            run);
    }

    // How each shipped profile serves a server workload (here http-hello on port 8099), compared with
    // the command lines its runtime documents:
    // - wasmtime: `-S tcplisten=ADDR` "Grant access to the given TCP listen socket (experimental, legacy
    //   wasip1 implementation only)" and `-S preview2=n` to pick that implementation: `wasmtime run -S help`,
    //   https://docs.wasmtime.dev/cli-options.html, crates/cli-flags/src/lib.rs (WasiOptions); the
    //   maintainers' note in https://github.com/bytecodealliance/wasmtime/issues/8526. The listener is
    //   preopened as fd 3 (src/commands/run.rs, compute_preopen_sockets).
    // - WasmEdge: `wasmedge [OPTIONS] [--] WASM_OR_SO [ARG ...]` (https://wasmedge.org/docs/start/build-and-run/run);
    //   sockets need no flag (https://wasmedge.org/docs/develop/rust/socket_networking/server).
    // - Node: `node [options] [V8 options] [script.js | -e "script"] [arguments]` (https://nodejs.org/api/cli.html).
    // Wasmer and WAMR have no serve mode yet (their socket ABIs, WASIX and WAMR's socket API, are not built).
    void shippedServeModesExpandAsDocumented_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("serve");
        QTest::addRow("wasmtime jit") << "wasmtime"
                                      << "jit"
                                      << "wasi-sockets"
                                      << "B run -S preview2=n -S tcplisten=0.0.0.0:8099 -C cache=n S.wasm 8099";
        QTest::addRow("wasmtime jit-cached") << "wasmtime"
                                             << "jit-cached"
                                             << "wasi-sockets"
                                             << "B run -S preview2=n -S tcplisten=0.0.0.0:8099 S.wasm 8099";
        QTest::addRow("wasmtime winch")
            << "wasmtime"
            << "winch"
            << "wasi-sockets"
            << "B run -S preview2=n -S tcplisten=0.0.0.0:8099 -C cache=n -C compiler=winch S.wasm 8099";
        QTest::addRow("wasmtime aot") << "wasmtime"
                                      << "aot"
                                      << "wasi-sockets"
                                      << "B run -S preview2=n -S tcplisten=0.0.0.0:8099 --allow-precompiled A 8099";
        QTest::addRow("wasmedge interpreter") << "wasmedge"
                                              << "interpreter"
                                              << "wasmedge-sockets"
                                              << "B S.wasm 8099";
        QTest::addRow("wasmedge aot") << "wasmedge"
                                      << "aot"
                                      << "wasmedge-sockets"
                                      << "B A 8099";
        QTest::addRow("node default") << "node-wasi"
                                      << "default"
                                      << "http-handler"
                                      << "B --no-warnings D/runners/node-wasi-http-host.mjs S.wasm 8099";
        QTest::addRow("node no-liftoff")
            << "node-wasi"
            << "no-liftoff"
            << "http-handler"
            << "B --no-warnings --no-liftoff D/runners/node-wasi-http-host.mjs S.wasm 8099";
        QTest::addRow("node liftoff-only")
            << "node-wasi"
            << "liftoff-only"
            << "http-handler"
            << "B --no-warnings --liftoff-only D/runners/node-wasi-http-host.mjs S.wasm 8099";
        // `wasmtime serve [OPTIONS] <WASM>` with `--addr <SOCKADDR>` (default 0.0.0.0:8080): a wasi:http proxy
        // component, one instance per request (https://docs.wasmtime.dev/cli-options.html#serve).
        QTest::addRow("wasmtime serve") << "wasmtime-serve"
                                        << "jit"
                                        << "wasi-http-component"
                                        << "B serve --addr 0.0.0.0:8099 -C cache=n S.wasm";
        // `wash start component <COMPONENT_REF> <COMPONENT_ID>` on a running host (wash 0.2x-0.3x CLI reference,
        // https://wasmcloud.com/docs/cli/wash); the component ref is an OCI reference or file:// path.
        QTest::addRow("wasmcloud") << "wasmcloud"
                                   << "host"
                                   << "wasi-http-component"
                                   << "B start component file://S.wasm runbench-8099";
        QTest::addRow("wasmer: none") << "wasmer"
                                      << "cranelift"
                                      << ""
                                      << "";
        QTest::addRow("wamr: none") << "wamr"
                                    << "interp"
                                    << ""
                                    << "";
    }
    void shippedServeModesExpandAsDocumented()
    {
        QFETCH(QString, profile);
        QFETCH(QString, variant);
        QFETCH(QString, build);
        QFETCH(QString, serve);
        QString err;
        const auto p = RuntimeProfile::read(qEnvironmentVariable("RUNBENCH_SOURCE_DIR")
                + QStringLiteral("/runners/profiles/") + profile + QStringLiteral(".json"),
            &err);
        QVERIFY2(p, qPrintable(err));
        QCOMPARE(p->serve ? p->serve->build : QString(), build);
        const auto v = std::find_if(
            p->variants.begin(), p->variants.end(), [&](const ProfileVariant& x) { return x.id == variant; });
        QVERIFY(v != p->variants.end());
        const QString artefact = v->prepareTemplate.isEmpty() ? QString() : QStringLiteral("A");
        QCOMPARE(p->expandServe(QStringLiteral("B"), *v, QStringLiteral("S.wasm"), QStringLiteral("D"),
                      { QStringLiteral("8099") }, QStringLiteral("8099"), artefact)
                     .join(' '),
            serve);
    }

    void missingBinaryIsUnavailableNotFatal()
    {
        QTemporaryDir d;
        const QString path = write(d, QStringLiteral("ghost.json"),
            R"({"id":"ghost","name":"Ghost","binary":{"names":["rb-no-such-runtime-xyz"],"version_args":["--version"]},
                "run":["{binary}","run","{module}","{args}"]})");
        QString err;
        const auto p = RuntimeProfile::read(path, &err);
        QVERIFY2(p, qPrintable(err));
        const ProbeResult r = p->probe();
        QVERIFY(!r.available);
        QVERIFY2(r.reason.contains(QStringLiteral("rb-no-such-runtime-xyz")), qPrintable(r.reason));
    }

    void realBinaryVersionIsRead()
    {
        QTemporaryDir d;
        const QString path = write(d, QStringLiteral("sh.json"),
            R"j({"id":"coreutils-true","build":"native","binary":{"names":["true"],"version_args":["--version"],
                "version_regex":"(\\d+\\.\\d+)"},"run":["{binary}","{module}"]})j");
        QString err;
        const auto p = RuntimeProfile::read(path, &err);
        QVERIFY2(p, qPrintable(err));
        const ProbeResult r = p->probe();
        QVERIFY2(r.available, qPrintable(r.reason));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(r.version).hasMatch(), qPrintable(r.version));
    }

    void invalidProfilesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addRow("bad id") << QByteArray(R"({"id":"Bad Id","binary":{"names":["x"]},"run":["{module}"]})")
                                << QStringLiteral("\"id\"");
        QTest::addRow("no binary") << QByteArray(R"({"id":"a","run":["{module}"]})")
                                   << QStringLiteral("\"binary.names\"");
        QTest::addRow("run without module")
            << QByteArray(R"({"id":"a","binary":{"names":["x"]},"run":["{binary}"]})") << QStringLiteral("\"run\"");
        QTest::addRow("bad build") << QByteArray(
            R"({"id":"a","build":"jvm","binary":{"names":["x"]},"run":["{module}"]})")
                                   << QStringLiteral("\"build\"");
        QTest::addRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::addRow("prepare without artefact") << QByteArray(
            R"({"id":"a","binary":{"names":["x"]},"run":["{module}"],"variants":[{"id":"aot","prepare":["cc","{module}"]}]})")
                                                  << QStringLiteral("\"variants[0].prepare\"");
        const auto base = [](const char* rest) -> QByteArray {
            return QByteArray(R"({"id":"a","binary":{"names":["x"]},"run":["{binary}","{module}"])") + rest;
        };
        QTest::addRow("serve without port")
            << base(R"(,"serve":{"build":"wasi-sockets","run":["{module}"]}})") << QStringLiteral("\"serve.run\"");
        QTest::addRow("serve without build")
            << base(R"(,"serve":{"run":["{module}","{port}"]}})") << QStringLiteral("\"serve.build\"");
        QTest::addRow("serve in a native profile")
            << base(R"(,"build":"native","serve":{"build":"s","run":["{module}","{port}"]}})")
            << QStringLiteral("\"serve\"");
        QTest::addRow("variant serve without profile serve")
            << base(R"(,"variants":[{"id":"v","serve":{"run":["{module}","{port}"]}}]})")
            << QStringLiteral("\"variants[0].serve\"");
        QTest::addRow("prepared variant serving the module")
            << base(R"(,"serve":{"build":"s","run":["{module}","{port}"]},"variants":[{"id":"aot",)"
                    R"("prepare":["x","{module}","{artefact}"],"run":["{artefact}"]}]})")
            << QStringLiteral("\"variants[0].serve.run\"");
    }
    void invalidProfilesSayWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QTemporaryDir d;
        const QString path = write(d, QStringLiteral("p.json"), json);
        QString err;
        QVERIFY(!RuntimeProfile::read(path, &err));
        QVERIFY2(err.startsWith(path) && err.contains(field), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeProfile)
#include "tst_runtimeprofile.moc"
