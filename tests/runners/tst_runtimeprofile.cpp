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
