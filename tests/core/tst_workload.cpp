// SPDX-License-Identifier: GPL-3.0-or-later
// The workload catalogue and the output checks that make a wrong result a failed run, against values made
// independently (tests/data/workloads/make_reference.py: Python integers, NumPy's full product), and the built
// fib, matmul and mem-touch programs themselves (native, static and, under Node's WASI, wasm).
#include "../common/testsupport.h"
#include "model/workload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace rb;

namespace {

QJsonObject reference()
{
    QFile f(qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/workloads/reference.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(f.fileName()));
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString dataDir()
{
    return qEnvironmentVariable("RUNBENCH_BUILD_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/.."))
        + QStringLiteral("/share/runbench");
}

// The definition from the catalogue the build installs, with the paths of its built programs.
WorkloadDef workload(const QString& name)
{
    QString err;
    const std::optional<WorkloadDef> def = WorkloadCatalog::load(dataDir(), &err).find(name);
    if (!def) {
        qFatal(
            "workload %s is not in the catalogue of %s %s", qPrintable(name), qPrintable(dataDir()), qPrintable(err));
    }
    return *def;
}

bool haveNode()
{
    return !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty();
}

// Runs one build of a workload directly; wasm under Node's WASI launcher, as the node-wasi runner does.
test::CommandOutput runBuild(const WorkloadDef& def, WorkloadBuild build, const QStringList& args)
{
    if (build != WorkloadBuild::Wasm) {
        return test::runCommand(def.path(build), args, QProcessEnvironment::systemEnvironment(), 60000);
    }
    return test::runCommand(QStringLiteral("node"),
        QStringList { QStringLiteral("--no-warnings"), dataDir() + QStringLiteral("/runners/node-wasi-launcher.mjs"),
            def.wasmPath }
            + args,
        QProcessEnvironment::systemEnvironment(), 60000);
}

void addBuildRows(const char* workloadName, const QStringList& args)
{
    const std::pair<const char*, WorkloadBuild> builds[] = { { "native", WorkloadBuild::Native },
        { "static", WorkloadBuild::Static }, { "wasm", WorkloadBuild::Wasm } };
    for (const auto& [buildName, build] : builds) {
        QTest::addRow("%s %s %s", buildName, workloadName, qPrintable(args.join(QLatin1Char(' '))))
            << QString::fromLatin1(workloadName) << int(build) << args;
    }
}

} // namespace

class TestWorkload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueDescribesTheNewWorkloads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("argName");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addRow("fib") << QStringLiteral("fib") << int(OutputCheck::Fib) << QStringLiteral("N") << 0LL << 93LL;
        QTest::addRow("matmul") << QStringLiteral("matmul") << int(OutputCheck::Matmul) << QStringLiteral("N") << 1LL
                                << 4096LL;
        QTest::addRow("mem-touch") << QStringLiteral("mem-touch") << int(OutputCheck::Regex) << QStringLiteral("MB")
                                   << 1LL << 65536LL;
    }
    void catalogueDescribesTheNewWorkloads()
    {
        QFETCH(QString, name);
        QFETCH(int, check);
        QFETCH(QString, argName);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        const WorkloadDef def = workload(name);
        QCOMPARE(int(def.check), check);
        QCOMPARE(def.argNames, QStringList { argName });
        QCOMPARE(def.minArgs, 1);
        QVERIFY(def.argRange);
        QCOMPARE(def.argRange->min, min);
        QCOMPARE(def.argRange->max, max);
        QVERIFY(!def.description.isEmpty());
        QVERIFY2(!def.nativePath.isEmpty() && !def.staticPath.isEmpty(), qPrintable(dataDir()));
        // Built for wasm whenever the build makes wasm workloads at all.
        QCOMPARE(def.wasmPath.isEmpty(), workload(QStringLiteral("cpu-hash")).wasmPath.isEmpty());
    }

    void fibMatchesReference_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QByteArray>("value");
        const QJsonObject fib = reference().value(QStringLiteral("fib")).toObject();
        QVERIFY(fib.size() >= 10);
        for (auto it = fib.begin(); it != fib.end(); ++it) {
            QTest::addRow("fib(%s)", qPrintable(it.key())) << it.key().toInt() << it.value().toString().toLatin1();
        }
    }
    void fibMatchesReference()
    {
        QFETCH(int, n);
        QFETCH(QByteArray, value);
        QCOMPARE(QByteArray::number(fibonacci(n)), value);
        const WorkloadDef def = workload(QStringLiteral("fib"));
        QCOMPARE(def.checkOutput({ QString::number(n) }, value + '\n'), QString());
        QCOMPARE(def.checkOutput({ QString::number(n) }, value), QString());
    }

    void matmulMatchesReference_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<qint64>("sum");
        QTest::addColumn<qint64>("trace");
        const QJsonObject mm = reference().value(QStringLiteral("matmul")).toObject();
        QVERIFY(mm.size() >= 5);
        for (auto it = mm.begin(); it != mm.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            QTest::addRow("N=%s", qPrintable(it.key()))
                << it.key().toInt() << o.value(QStringLiteral("sum")).toInteger()
                << o.value(QStringLiteral("trace")).toInteger();
        }
    }
    void matmulMatchesReference()
    {
        QFETCH(int, n);
        QFETCH(qint64, sum);
        QFETCH(qint64, trace);
        const MatmulChecksum c = matmulChecksum(n);
        QCOMPARE(c.sum, sum);
        QCOMPARE(c.trace, trace);
        const QByteArray line = "matmul " + QByteArray::number(n) + ": sum=" + QByteArray::number(sum)
            + " trace=" + QByteArray::number(trace) + '\n';
        QCOMPARE(workload(QStringLiteral("matmul")).checkOutput({ QString::number(n) }, line), QString());
    }

    void acceptedOutputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("output");
        QTest::addRow("mem-touch") << QStringLiteral("mem-touch") << QStringList { QStringLiteral("64") }
                                   << QByteArray("touched 64 MiB\n");
        QTest::addRow("matmul, other float format") << QStringLiteral("matmul") << QStringList { QStringLiteral("1") }
                                                    << QByteArray("matmul 1: sum=4.0e1 trace=40.000000000\n");
        QTest::addRow("matmul, within 1e-9") << QStringLiteral("matmul") << QStringList { QStringLiteral("1") }
                                             << QByteArray("matmul 1: sum=40.00000001 trace=40\n");
    }
    void acceptedOutputs()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, output);
        QCOMPARE(workload(name).checkOutput(args, output), QString());
    }

    void wrongOutputsAreDetected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("error");
        const QString fib = QStringLiteral("fib"), mm = QStringLiteral("matmul"), mt = QStringLiteral("mem-touch");
        const QString fibWant = QStringLiteral("unexpected output: expected \"832040\", got ");
        QTest::addRow("fib off by one") << fib << QStringLiteral("30") << QByteArray("832041\n")
                                        << QString(fibWant + QStringLiteral("\"832041\""));
        QTest::addRow("fib empty") << fib << QStringLiteral("30") << QByteArray() << QString(fibWant + "\"\"");
        QTest::addRow("fib trailing space") << fib << QStringLiteral("30") << QByteArray("832040 \n") << fibWant;
        QTest::addRow("fib leading zero") << fib << QStringLiteral("30") << QByteArray("0832040\n") << fibWant;
        QTest::addRow("fib twice") << fib << QStringLiteral("30") << QByteArray("832040\n832040\n") << fibWant;
        QTest::addRow("fib(29) for 30") << fib << QStringLiteral("30") << QByteArray("514229\n") << fibWant;
        QTest::addRow("fib(93) off by one") << fib << QStringLiteral("93") << QByteArray("12200160415121876737\n")
                                            << QStringLiteral("expected \"12200160415121876738\"");
        QTest::addRow("fib(93) as signed") << fib << QStringLiteral("93") << QByteArray("-6246583658587674878\n")
                                           << QStringLiteral("expected \"12200160415121876738\"");
        QTest::addRow("fib(94) cannot be checked")
            << fib << QStringLiteral("94") << QByteArray("19740274219868223167\n")
            << QStringLiteral("cannot check fib: N must be an integer from 0 to 93, got \"94\"");
        const QString mmWant = QStringLiteral("expected \"matmul 64: sum=-40 trace=111\"");
        QTest::addRow("matmul sum") << mm << QStringLiteral("64") << QByteArray("matmul 64: sum=-39 trace=111\n")
                                    << mmWant;
        QTest::addRow("matmul trace") << mm << QStringLiteral("64") << QByteArray("matmul 64: sum=-40 trace=112\n")
                                      << mmWant;
        QTest::addRow("matmul beyond 1e-9")
            << mm << QStringLiteral("64") << QByteArray("matmul 64: sum=-40.000001 trace=111\n") << mmWant;
        QTest::addRow("matmul nan") << mm << QStringLiteral("64") << QByteArray("matmul 64: sum=nan trace=111\n")
                                    << mmWant;
        const QString mmShape = QStringLiteral("expected \"matmul 64: sum=S trace=T\"");
        QTest::addRow("matmul other N") << mm << QStringLiteral("64") << QByteArray("matmul 63: sum=-40 trace=111\n")
                                        << mmShape;
        QTest::addRow("matmul extra line")
            << mm << QStringLiteral("64") << QByteArray("matmul 64: sum=-40 trace=111\nmore\n") << mmShape;
        QTest::addRow("matmul empty") << mm << QStringLiteral("64") << QByteArray() << mmShape;
        QTest::addRow("matmul N=0 cannot be checked")
            << mm << QStringLiteral("0") << QByteArray("matmul 0: sum=0 trace=0\n")
            << QStringLiteral("cannot check matmul");
        const QString mtWant = QStringLiteral("unexpected output: expected a match of \"\\A(?:touched 64 MiB)\\z\"");
        QTest::addRow("mem-touch other MB") << mt << QStringLiteral("64") << QByteArray("touched 63 MiB\n") << mtWant;
        QTest::addRow("mem-touch suffix") << mt << QStringLiteral("64") << QByteArray("touched 64 MiB, no\n") << mtWant;
        QTest::addRow("mem-touch prefix") << mt << QStringLiteral("64") << QByteArray("un touched 64 MiB\n") << mtWant;
        QTest::addRow("mem-touch twice") << mt << QStringLiteral("64") << QByteArray("touched 64 MiB\ntouched 64 MiB\n")
                                         << mtWant;
        QTest::addRow("mem-touch empty") << mt << QStringLiteral("64") << QByteArray() << mtWant;
    }
    void wrongOutputsAreDetected()
    {
        QFETCH(QString, name);
        QFETCH(QString, arg);
        QFETCH(QByteArray, output);
        QFETCH(QString, error);
        const QString got = workload(name).checkOutput({ arg }, output);
        QVERIFY2(got.contains(error), qPrintable(got));
    }

    void regexCheckEscapesArguments()
    {
        WorkloadDef def;
        def.name = QStringLiteral("t");
        def.argNames = { QStringLiteral("X"), QStringLiteral("Y") };
        def.check = OutputCheck::Regex;
        def.expected = QStringLiteral("v{X} w{Y} v{X} \\d+");
        const QStringList args { QStringLiteral("1+"), QStringLiteral("a.b") };
        QCOMPARE(def.patternFor(args), QStringLiteral("v1\\+ wa\\.b v1\\+ \\d+"));
        QCOMPARE(def.checkOutput(args, "v1+ wa.b v1+ 42\n"), QString());
        QVERIFY(!def.checkOutput(args, "v11 wa.b v1+ 42").isEmpty());
        QVERIFY(!def.checkOutput(args, "v1+ waxb v1+ 42").isEmpty());
        def.expected = QStringLiteral("v{X} (");
        QVERIFY2(def.checkOutput(args, "v1+ (").startsWith(QStringLiteral("workload \"t\": bad check pattern")),
            qPrintable(def.checkOutput(args, "v1+ (")));
    }

    void argumentsAreValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* name, QStringList args, const char* error) {
            QTest::addRow("%s %s", name, qPrintable(args.join(QLatin1Char(' '))))
                << QString::fromLatin1(name) << args << QString::fromUtf8(error);
        };
        row("fib", { QStringLiteral("0") }, "");
        row("fib", { QStringLiteral("93") }, "");
        row("fib", { QStringLiteral("94") },
            "workload \"fib\": argument N must be an integer from 0 to 93, got \"94\"");
        row("fib", { QStringLiteral("-1") }, "from 0 to 93, got \"-1\"");
        row("fib", { QStringLiteral("ten") }, "from 0 to 93, got \"ten\"");
        row("fib", { QStringLiteral("3.5") }, "from 0 to 93, got \"3.5\"");
        row("fib", {}, "takes 1 argument(s) (N), got 0");
        row("matmul", { QStringLiteral("1") }, "");
        row("matmul", { QStringLiteral("4096") }, "");
        row("matmul", { QStringLiteral("0") }, "argument N must be an integer from 1 to 4096, got \"0\"");
        row("matmul", { QStringLiteral("4097") }, "from 1 to 4096, got \"4097\"");
        row("mem-touch", { QStringLiteral("65536") }, "");
        row("mem-touch", { QStringLiteral("0") }, "argument MB must be an integer from 1 to 65536, got \"0\"");
        row("mem-touch", { QStringLiteral("1e3") }, "from 1 to 65536, got \"1e3\"");
        row("mem-touch", { QStringLiteral("1"), QStringLiteral("2") }, "takes 1 argument(s) (MB), got 2");
    }
    void argumentsAreValidated()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const QString got = workload(name).validateArgs(args);
        if (error.isEmpty()) {
            QCOMPARE(got, QString());
        } else {
            QVERIFY2(got.contains(error), qPrintable(got));
        }
    }

    // Every build prints what the check wants. Sizes stay under 24 MiB of wasm memory: Node's WASI crashes after
    // more memory growth (docs/user-guide.md).
    void builtProgramsPassTheirChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("build");
        QTest::addColumn<QStringList>("args");
        addBuildRows("fib", { QStringLiteral("24") });
        addBuildRows("matmul", { QStringLiteral("96") });
        addBuildRows("mem-touch", { QStringLiteral("16") });
    }
    void builtProgramsPassTheirChecks()
    {
        QFETCH(QString, name);
        QFETCH(int, build);
        QFETCH(QStringList, args);
        const WorkloadDef def = workload(name);
        if (def.path(WorkloadBuild(build)).isEmpty()) {
            QSKIP("this build makes no wasm workloads (RUNBENCH_BUILD_WASM=OFF)");
        }
        if (WorkloadBuild(build) == WorkloadBuild::Wasm && !haveNode()) {
            QSKIP("node not installed (packaging/setup-debian.sh installs nodejs)");
        }
        const test::CommandOutput o = runBuild(def, WorkloadBuild(build), args);
        QVERIFY2(o.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(o.code).arg(o.err)));
        QCOMPARE(o.err, QString());
        QCOMPARE(def.checkOutput(args, o.out.toUtf8()), QString());
    }

    void builtProgramsRejectBadArguments_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("build");
        QTest::addColumn<QStringList>("args");
        for (const char* n : { "94", "-1", "x", "12abc", "" }) {
            addBuildRows("fib", { QString::fromLatin1(n) });
        }
        addBuildRows("fib", {});
        addBuildRows("fib", { QStringLiteral("1"), QStringLiteral("2") });
        for (const char* n : { "0", "4097", "abc" }) {
            addBuildRows("matmul", { QString::fromLatin1(n) });
        }
        addBuildRows("matmul", {});
        for (const char* n : { "0", "65537", "1.5" }) {
            addBuildRows("mem-touch", { QString::fromLatin1(n) });
        }
        addBuildRows("mem-touch", {});
    }
    void builtProgramsRejectBadArguments()
    {
        QFETCH(QString, name);
        QFETCH(int, build);
        QFETCH(QStringList, args);
        const WorkloadDef def = workload(name);
        if (def.path(WorkloadBuild(build)).isEmpty()) {
            QSKIP("this build makes no wasm workloads (RUNBENCH_BUILD_WASM=OFF)");
        }
        if (WorkloadBuild(build) == WorkloadBuild::Wasm && !haveNode()) {
            QSKIP("node not installed (packaging/setup-debian.sh installs nodejs)");
        }
        const test::CommandOutput o = runBuild(def, WorkloadBuild(build), args);
        QCOMPARE(o.code, 2);
        QCOMPARE(o.out, QString());
        QVERIFY2(o.err.startsWith(name + QStringLiteral(": ")) || o.err.startsWith(QStringLiteral("usage: ") + name),
            qPrintable(o.err));
    }

    // The same sources built with a fault injected from outside (tests/helpers/rb_faults.c): the self-checks
    // catch it, print why on stderr, print no result and exit 1.
    void faultyBuildsFailTheirSelfChecks_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("error");
        QTest::addRow("matmul 1") << QStringLiteral(RB_MATMUL_FAULTY) << QStringLiteral("1")
                                  << QStringLiteral("matmul: wrong result: sum 1 is 41, expected 40\n");
        QTest::addRow("matmul 50") << QStringLiteral(RB_MATMUL_FAULTY) << QStringLiteral("50")
                                   << QStringLiteral("matmul: wrong result: ");
        QTest::addRow("mem-touch 4") << QStringLiteral(RB_MEMTOUCH_FAULTY) << QStringLiteral("4")
                                     << QStringLiteral("mem-touch: page 0 of 1024 does not read back what was written");
    }
    void faultyBuildsFailTheirSelfChecks()
    {
        QFETCH(QString, program);
        QFETCH(QString, arg);
        QFETCH(QString, error);
        const test::CommandOutput o = test::runCommand(program, { arg });
        QCOMPARE(o.code, 1);
        QCOMPARE(o.out, QString());
        QVERIFY2(o.err.startsWith(error), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
