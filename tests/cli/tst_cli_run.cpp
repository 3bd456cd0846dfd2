// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real runbench-cli binary on real workloads.
#include "io/resultfolder.h"
#include "runner/daemonsupervisor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace rb;

class TestCliRun : public QObject
{
    Q_OBJECT

    QString cli() const
    {
        // ctest sets RUNBENCH_BUILD_DIR; run by hand, the binary sits in <build>/tests.
        const QString build =
            qEnvironmentVariable("RUNBENCH_BUILD_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
        return build + QStringLiteral("/bin/runbench-cli");
    }
    struct Out
    {
        int code;
        QString out;
        QString err;
        qint64 pid = 0; ///< runbench-cli's process id (container names carry it)
    };
    Out run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 300000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cli(), args);
        const qint64 pid = p.processId();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return { -1, {}, QStringLiteral("timed out"), pid };
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()), pid };
    }
    QString writeFile(const QTemporaryDir& d, const QString& name, const QByteArray& content)
    {
        QFile f(d.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    static bool haveNode()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty();
    }
    static bool haveDaemons()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("dockerd"), { QStringLiteral("/usr/sbin") }).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("containerd")).isEmpty();
    }
    // An environment in which no container daemon answers, whatever runs on this machine, and in which
    // private daemons go below `d` (XDG_RUNTIME_DIR), where the test can look for leftovers.
    static QProcessEnvironment noDaemonEnvironment(const QTemporaryDir& d)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + d.filePath(QStringLiteral("none.sock")));
        env.insert(QStringLiteral("CONTAINERD_ADDRESS"), d.filePath(QStringLiteral("none.sock")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), d.path());
        return env;
    }
    // Processes whose command line names something below `dir` (every process of a private daemon does,
    // docker-proxy aside, which dies with dockerd).
    static QStringList processesBelow(const QString& dir)
    {
        QStringList left;
        const QByteArray marker = QString(dir + QLatin1Char('/')).toLocal8Bit();
        for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (pid.toInt() > 0 && f.open(QIODevice::ReadOnly) && f.readAll().replace('\0', ' ').contains(marker)) {
                left << QStringLiteral("process ") + pid;
            }
        }
        return left;
    }
    static QStringList mountsBelow(const QString& dir)
    {
        QStringList left;
        const QByteArray marker = QString(dir + QLatin1Char('/')).toLocal8Bit();
        QFile mounts(QStringLiteral("/proc/self/mounts"));
        mounts.open(QIODevice::ReadOnly);
        for (const QByteArray& line : mounts.readAll().split('\n')) {
            if (line.split(' ').value(1).startsWith(marker)) {
                left << QStringLiteral("mount ") + QString::fromUtf8(line.split(' ').value(1));
            }
        }
        return left;
    }
    static QStringList leftoversBelow(const QString& dir)
    {
        return processesBelow(dir) + mountsBelow(dir);
    }
    static QHash<QString, QJsonObject> runnersById(const QString& json)
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("runners")).toArray()) {
            out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        }
        return out;
    }

private Q_SLOTS:
    void runnersJson()
    {
        const Out o = run({ QStringLiteral("runners"), QStringLiteral("--json") });
        QCOMPARE(o.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QSet<QString> available;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : doc.value(QStringLiteral("runners")).toArray()) {
            const QJsonObject r = v.toObject();
            for (const char* key : { "id", "family", "variant", "available", "version", "reason", "workloads" }) {
                QVERIFY2(r.contains(QLatin1String(key)), key);
            }
            byId.insert(r.value(QStringLiteral("id")).toString(), r);
            if (r.value(QStringLiteral("available")).toBool()) {
                available.insert(r.value(QStringLiteral("id")).toString());
            }
        }
        QVERIFY(available.contains(QStringLiteral("native")));
        if (haveNode()) {
            QVERIFY(available.contains(QStringLiteral("node-wasi:default")));
            QVERIFY(available.contains(QStringLiteral("node-wasi:no-liftoff")));
        }
        // crun's Wasm handler: available exactly when this crun says it was built with one.
        const QString crun = QStandardPaths::findExecutable(QStringLiteral("crun"));
        if (!crun.isEmpty()) {
            QProcess v;
            v.start(crun, { QStringLiteral("--version") });
            QVERIFY(v.waitForFinished());
            const bool hasHandler = v.readAllStandardOutput().contains("+WASM:");
            const QJsonObject w = byId.value(QStringLiteral("crun:wasm"));
            QCOMPARE(w.value(QStringLiteral("available")).toBool(), hasHandler);
            if (!hasHandler) {
                QVERIFY2(
                    w.value(QStringLiteral("reason")).toString().contains(QStringLiteral("without a Wasm handler")),
                    qPrintable(w.value(QStringLiteral("reason")).toString()));
            }
        }
    }

    void smallExperimentEndToEnd()
    {
        if (!haveNode()) {
            QSKIP("node not installed: node-wasi runs cannot be checked (packaging/setup-debian.sh installs nodejs)");
        }
        QTemporaryDir d;
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            R"({"name":"small","runtimes":["native","node-wasi:default","node-wasi:no-liftoff"],
                "workloads":["hello","cpu-hash 1000"],"repetitions":3,"warmup":1,"order":"interleaved"})");
        const Out o = run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("out")),
            QStringLiteral("--json") });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QJsonObject sum = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(sum.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(sum.value(QStringLiteral("finished")).toInt(), 6 * 4);
        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), 24);
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            for (const char* m : { "wall_ms", "user_ms", "sys_ms", "max_rss_kb" }) {
                QVERIFY2(r.value(QLatin1String(m)) >= 0, m);
            }
            QVERIFY(r.value(QStringLiteral("wall_ms")) > 0);
        }
        // interleaved: measured rounds visit configurations in spec order
        QCOMPARE(rs->runs[6].spec.configIndex, 0);
        QCOMPARE(rs->runs[7].spec.configIndex, 1);
        QCOMPARE(rs->experiment.value(QStringLiteral("runtimes"))
                     .toObject()
                     .value(QStringLiteral("native"))
                     .toObject()
                     .value(QStringLiteral("available"))
                     .toBool(),
            true);
        QVERIFY(!rs->experiment.value(QStringLiteral("environment"))
                     .toObject()
                     .value(QStringLiteral("kernel"))
                     .toString()
                     .isEmpty());
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("message");
        QTest::addRow("not JSON") << QByteArray("{\"name\": \"x\",\n nope")
                                  << QStringLiteral("not valid JSON at line 2");
        QTest::addRow("unknown runtime") << QByteArray(
            R"({"name":"x","runtimes":["native","wasmtime-9000"],"workloads":["hello"]})")
                                         << QStringLiteral("field \"runtimes[1]\": unknown runtime \"wasmtime-9000\"");
        QTest::addRow("unknown workload")
            << QByteArray(R"({"name":"x","runtimes":["native"],"workloads":["hello","frobnicate"]})")
            << QStringLiteral("field \"workloads[1]\": unknown workload \"frobnicate\"");
        QTest::addRow("bad workload arg")
            << QByteArray(R"({"name":"x","runtimes":["native"],"workloads":["cpu-hash many"]})")
            << QStringLiteral("field \"workloads[0]\"");
        QTest::addRow("missing workload arg")
            << QByteArray(R"({"name":"x","runtimes":["native"],"workloads":["cpu-hash"]})")
            << QStringLiteral("takes 1 argument");
        QTest::addRow("workload no runtime runs")
            << QByteArray(R"({"name":"x","runtimes":["runc:netns"],"workloads":["http-hello"]})")
            << QStringLiteral("no runtime of the spec runs \"http-hello\" (runc:netns: http-hello is a server");
        QTest::addRow("impossible value")
            << QByteArray(R"({"name":"x","runtimes":["native"],"workloads":["hello"],"repetitions":-3})")
            << QStringLiteral("field \"repetitions\"");
    }
    void badInputExitsTwo()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, message);
        QTemporaryDir d;
        const QString path = writeFile(d, QStringLiteral("bad.json"), spec);
        const Out o = run({ QStringLiteral("run"), path, QStringLiteral("--out"), d.filePath(QStringLiteral("o")) });
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains(path) && o.err.contains(message), qPrintable(o.err));
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("o/runs.csv"))));
    }

    void missingRuntimeAndFailingRunsAreRecorded()
    {
        // User profiles: one whose binary does not exist, one that prints the wrong output
        // (echo prints the module path instead of "hello"), one that exits non-zero.
        QTemporaryDir d;
        QDir().mkpath(d.filePath(QStringLiteral("profiles")));
        writeFile(d, QStringLiteral("profiles/ghost.json"),
            R"({"id":"ghost","build":"native","binary":{"names":["rb-ghost-runtime"]},"run":["{binary}","{module}"]})");
        writeFile(d, QStringLiteral("profiles/echo.json"),
            R"({"id":"echo","build":"native","binary":{"names":["echo"]},"run":["{binary}","{module}"]})");
        writeFile(d, QStringLiteral("profiles/false.json"),
            R"({"id":"false","build":"native","binary":{"names":["false"]},"run":["{binary}","{module}"]})");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBENCH_USER_PROFILES"), d.filePath(QStringLiteral("profiles")));
        const Out list = run({ QStringLiteral("runners") }, env);
        QVERIFY2(list.out.contains(QStringLiteral("ghost")) && list.out.contains(QStringLiteral("rb-ghost-runtime")),
            qPrintable(list.out));

        const QString spec = writeFile(d, QStringLiteral("s.json"),
            R"({"name":"f","runtimes":["native","ghost","echo","false"],"workloads":["hello"],"repetitions":2,"warmup":0})");
        const Out o =
            run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("out")) }, env);
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains(QStringLiteral("ghost unavailable")), qPrintable(o.err));
        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->status(), QStringLiteral("partial"));
        int nativeOk = 0, echoWrong = 0, falseExit = 0;
        for (const RunRecord& r : rs->runs) {
            QVERIFY(r.spec.runtime != QLatin1String("ghost"));
            nativeOk += r.spec.runtime == QLatin1String("native") && r.ok;
            echoWrong += r.spec.runtime == QLatin1String("echo") && !r.ok
                && r.error.contains(QStringLiteral("unexpected output"));
            falseExit +=
                r.spec.runtime == QLatin1String("false") && !r.ok && r.error.contains(QStringLiteral("exit code 1"));
        }
        QCOMPARE(nativeOk, 2);
        QCOMPARE(echoWrong, 2);
        QCOMPARE(falseExit, 2);
        QCOMPARE(
            rs->experiment.value(QStringLiteral("summary")).toObject().value(QStringLiteral("skipped")).toInt(), 2);
    }

    // A variant with a prepare step (here `cp` stands in for an AOT compiler, and node runs the
    // copy): the artefact is made once per content key and reused by the next experiment.
    void prepareStepIsCachedByContent()
    {
        if (!haveNode()) {
            QSKIP("node not installed (packaging/setup-debian.sh installs nodejs)");
        }
        QTemporaryDir d;
        QDir().mkpath(d.filePath(QStringLiteral("profiles")));
        writeFile(d, QStringLiteral("profiles/nodecopy.json"),
            R"({"id":"nodecopy","build":"wasm","binary":{"names":["node"],"version_args":["--version"]},
                "run":["{binary}","--no-warnings","{data}/runners/node-wasi-launcher.mjs","{module}","{args}"],
                "variants":[{"id":"aot","prepare":["cp","{module}","{artefact}"],"artefact_suffix":".copy.wasm",
                             "run":["{binary}","--no-warnings","{data}/runners/node-wasi-launcher.mjs","{artefact}","{args}"]},
                            {"id":"broken","prepare":["false","{artefact}"],
                             "run":["{binary}","{artefact}"]}]})");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBENCH_USER_PROFILES"), d.filePath(QStringLiteral("profiles")));
        env.insert(QStringLiteral("RUNBENCH_CACHE_DIR"), d.filePath(QStringLiteral("cache")));
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            R"({"name":"aot","runtimes":["nodecopy:aot"],"workloads":["cpu-hash 100"],"repetitions":2,"warmup":0})");
        const Out first =
            run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("o1")) }, env);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QStringList keys = QDir(d.filePath(QStringLiteral("cache"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(keys.size(), 1);
        const QString artefact =
            d.filePath(QStringLiteral("cache/") + keys.first() + QStringLiteral("/cpu-hash.copy.wasm"));
        QVERIFY(QFile::exists(artefact));
        const QDateTime made = QFileInfo(artefact).lastModified();
        QTest::qWait(20);
        const Out second =
            run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("o2")) }, env);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QCOMPARE(QDir(d.filePath(QStringLiteral("cache"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        QCOMPARE(QFileInfo(artefact).lastModified(), made); // not rebuilt

        const QString bad = writeFile(d, QStringLiteral("b.json"),
            R"({"name":"bad","runtimes":["nodecopy:broken"],"workloads":["hello"],"repetitions":2,"warmup":0})");
        const Out broken =
            run({ QStringLiteral("run"), bad, QStringLiteral("--out"), d.filePath(QStringLiteral("o3")) }, env);
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("prepare step `false"))
                && broken.err.contains(QStringLiteral("exit code 1")),
            qPrintable(broken.err));
    }

    // runc and crun over bundles built from the static workloads: real containers, digest checked,
    // and nothing left behind (container state and per-run bundles).
    void ociRuntimesRunRealContainers()
    {
        const Out list = run({ QStringLiteral("runners"), QStringLiteral("--json") });
        QStringList oci;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("runners")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("family")).toString() != QLatin1String("oci")) {
                continue;
            }
            if (r.value(QStringLiteral("available")).toBool()) {
                oci << r.value(QStringLiteral("id")).toString();
            } else {
                qWarning("%s unavailable: %s", qPrintable(r.value(QStringLiteral("id")).toString()),
                    qPrintable(r.value(QStringLiteral("reason")).toString()));
            }
        }
        if (oci.isEmpty()) {
            QSKIP("neither runc nor crun can run containers here (see the warnings; packaging/setup-debian.sh installs "
                  "both)");
        }
        QTemporaryDir d;
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            QStringLiteral(
                R"({"name":"oci","runtimes":["%1"],"workloads":["hello","cpu-hash 100000"],"repetitions":2,"warmup":0})")
                .arg(oci.join(QStringLiteral("\",\"")))
                .toUtf8());
        const Out o = run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("out")) });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), oci.size() * 4);
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
        }
        for (const QString& rt : { QStringLiteral("runc"), QStringLiteral("crun") }) {
            const QString state = QDir::tempPath() + QStringLiteral("/runbench-") + rt + QStringLiteral("-state");
            QProcess ls;
            ls.start(rt, { QStringLiteral("--root"), state, QStringLiteral("list"), QStringLiteral("-q") });
            if (ls.waitForFinished(10000) && ls.exitCode() == 0) {
                QVERIFY2(ls.readAllStandardOutput().trimmed().isEmpty(),
                    qPrintable(rt + QStringLiteral(" left containers")));
            }
        }
        const QStringList leftover =
            QDir(QDir::tempPath() + QStringLiteral("/runbench-bundles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(leftover.isEmpty(), qPrintable(leftover.join(' ')));
    }

    // Podman and Docker over images imported from the static workload (no registry). The test
    // starts its own dockerd on a private socket and data root, and stops it afterwards.
    void containerEnginesRunRealContainers_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addRow("podman") << QStringLiteral("podman");
        QTest::addRow("docker") << QStringLiteral("docker");
        QTest::addRow("containerd") << QStringLiteral("ctr");
    }
    void containerEnginesRunRealContainers()
    {
        QFETCH(QString, engine);
        QTemporaryDir d;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        std::unique_ptr<DaemonSupervisor> daemon;
        if (engine == QLatin1String("docker") || engine == QLatin1String("ctr")) {
            daemon = std::make_unique<DaemonSupervisor>(d.path());
            const DaemonInfo info =
                daemon->startPrivate(engine == QLatin1String("docker") ? daemonkind::docker : daemonkind::containerd);
            if (!info.ok()) {
                QSKIP(qPrintable(info.error));
            }
            env.insert(info.variable, info.address);
        }
        const Out list = run({ QStringLiteral("runners"), QStringLiteral("--json") }, env);
        QStringList ids;
        QString reason;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("runners")).toArray()) {
            const QJsonObject r = v.toObject();
            // ctr's runwasi shim variants need shims Debian does not ship: only its runc variants here.
            const bool wanted = r.value(QStringLiteral("runner")).toString() == engine
                && (engine != QLatin1String("ctr")
                    || r.value(QStringLiteral("variant")).toString().startsWith(QStringLiteral("runc")));
            if (wanted) {
                if (r.value(QStringLiteral("available")).toBool()) {
                    ids << r.value(QStringLiteral("id")).toString();
                } else {
                    reason = r.value(QStringLiteral("reason")).toString();
                }
            }
        }
        if (ids.isEmpty()) {
            QSKIP(qPrintable(engine + QStringLiteral(" cannot run containers here: ") + reason));
        }
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            QStringLiteral(
                R"({"name":"c","runtimes":["%1"],"workloads":["hello","cpu-hash 100000"],"repetitions":2,"warmup":0})")
                .arg(ids.join(QStringLiteral("\",\"")))
                .toUtf8());
        const Out o =
            run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("out")) }, env);
        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        daemon.reset(); // stop it before checking, so nothing is left running on a failure
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), ids.size() * 4);
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
        }
        if (engine == QLatin1String("podman")) {
            QProcess ps;
            // This run's containers only ("runbench-<its pid>-…"): other tests may run podman meanwhile.
            ps.start(QStringLiteral("podman"),
                { QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("-q"), QStringLiteral("--filter"),
                    QStringLiteral("name=runbench-%1-").arg(o.pid) });
            QVERIFY(ps.waitForFinished(30000));
            QVERIFY2(ps.readAllStandardOutput().trimmed().isEmpty(), "podman containers left behind");
        }
    }

    // Without a daemon and without permission, Docker and containerd are unavailable with a reason that
    // says how to let Runbench start one; with --start-daemons, Runbench starts private ones for the
    // probes and stops them: no process, mount or folder of theirs is left.
    void runnersStartDaemonsOnlyWhenAllowed()
    {
        if (!haveDaemons()) {
            QSKIP("dockerd or containerd not installed (packaging/setup-debian.sh installs docker.io and containerd)");
        }
        QTemporaryDir d;
        const QProcessEnvironment env = noDaemonEnvironment(d);
        const Out without = run({ QStringLiteral("runners"), QStringLiteral("--json") }, env);
        QCOMPARE(without.code, 0);
        const auto before = runnersById(without.out);
        for (const char* id : { "docker:nonet", "docker:hostnet", "docker:portmap", "ctr:runc" }) {
            const QJsonObject r = before.value(QLatin1String(id));
            QVERIFY2(!r.value(QStringLiteral("available")).toBool(), id);
            const QString reason = r.value(QStringLiteral("reason")).toString();
            QVERIFY2(
                reason.contains(QStringLiteral("--start-daemons")) && reason.contains(QStringLiteral("not running")),
                qPrintable(QLatin1String(id) + QStringLiteral(": ") + reason));
        }
        QVERIFY2(QDir(d.path()).entryList({ QStringLiteral("runbench-daemons-*") }, QDir::Dirs).isEmpty(),
            "a daemon folder was made without permission");

        const Out with =
            run({ QStringLiteral("runners"), QStringLiteral("--json"), QStringLiteral("--start-daemons") }, env);
        QVERIFY2(with.code == 0, qPrintable(with.err));
        const auto after = runnersById(with.out);
        for (const char* id : { "docker:nonet", "docker:hostnet", "docker:portmap", "ctr:runc", "ctr:runc-hostnet" }) {
            const QJsonObject r = after.value(QLatin1String(id));
            QVERIFY2(r.value(QStringLiteral("available")).toBool(),
                qPrintable(QLatin1String(id) + QStringLiteral(": ") + r.value(QStringLiteral("reason")).toString()));
        }
        const QJsonArray daemons =
            QJsonDocument::fromJson(with.out.toUtf8()).object().value(QStringLiteral("daemons")).toArray();
        QCOMPARE(daemons.size(), 2);
        for (const QJsonValue& v : daemons) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("private")).toBool());
            QVERIFY(!o.value(QStringLiteral("version")).toString().isEmpty());
            QVERIFY2(o.value(QStringLiteral("dir")).toString().startsWith(d.path()), qPrintable(with.err));
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(o.value(QStringLiteral("pid")).toInteger())),
                "a private daemon still runs");
        }
        QVERIFY2(with.err.contains(QStringLiteral("stopped private dockerd")), qPrintable(with.err));
        const QStringList left = leftoversBelow(d.path());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
        QVERIFY2(QDir(d.path()).entryList({ QStringLiteral("runbench-daemons-*") }, QDir::Dirs).isEmpty(),
            "the private daemons' folder was left");
    }

    // An experiment on Docker with --start-daemons: runs succeed, experiment.json says a private dockerd
    // (with its version) was used, runs record the daemon's memory, and nothing is left afterwards.
    void runOnDockerWithStartDaemons()
    {
        if (!haveDaemons()) {
            QSKIP("dockerd or containerd not installed (packaging/setup-debian.sh installs docker.io and containerd)");
        }
        QTemporaryDir d;
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            R"({"name":"d","runtimes":["docker:nonet"],"workloads":["hello"],"repetitions":2,"warmup":0})");
        const Out o = run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("out")),
                              QStringLiteral("--start-daemons") },
            noDaemonEnvironment(d));
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QString err;
        const auto rs = loadResultFolder(d.filePath(QStringLiteral("out")), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->runs.size(), 2);
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY2(r.value(QStringLiteral("daemon_pss_kb")) > 0, qPrintable(r.spec.runId));
            QVERIFY(r.value(QStringLiteral("daemon_processes")) >= 2); // dockerd and its containerd
        }
        const QJsonArray daemons = rs->experiment.value(QStringLiteral("runtimes"))
                                       .toObject()
                                       .value(QStringLiteral("docker:nonet"))
                                       .toObject()
                                       .value(QStringLiteral("daemons"))
                                       .toArray();
        QCOMPARE(daemons.size(), 1);
        const QJsonObject dockerd = daemons.first().toObject();
        QCOMPARE(dockerd.value(QStringLiteral("program")).toString(), QStringLiteral("dockerd"));
        QVERIFY(dockerd.value(QStringLiteral("private")).toBool());
        QVERIFY(!dockerd.value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(rs->experiment.value(QStringLiteral("environment"))
                     .toObject()
                     .value(QStringLiteral("container_daemons"))
                     .toArray()
                     .size(),
            1);
        const QStringList left = leftoversBelow(d.path());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
        QVERIFY(QDir(d.path()).entryList({ QStringLiteral("runbench-daemons-*") }, QDir::Dirs).isEmpty());
    }

    // SIGKILL while the daemons run: the kernel's parent-death signal stops them (no orphan), and the next
    // runbench-cli that starts daemons removes what the killed one left (mounts, folder).
    void sigkilledCliLeavesNoOrphanedDaemon()
    {
        if (!haveDaemons()) {
            QSKIP("dockerd or containerd not installed (packaging/setup-debian.sh installs docker.io and containerd)");
        }
        QTemporaryDir d;
        QProcess p;
        p.setProcessEnvironment(noDaemonEnvironment(d));
        p.start(cli(), { QStringLiteral("runners"), QStringLiteral("--start-daemons") });
        QVERIFY(p.waitForStarted());
        const QString folder = d.filePath(QStringLiteral("runbench-daemons-%1").arg(p.processId()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(folder + QStringLiteral("/docker/docker.sock")), 60000);
        QVERIFY(!processesBelow(folder).isEmpty());
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QTRY_VERIFY2_WITH_TIMEOUT(
            processesBelow(folder).isEmpty(), qPrintable(processesBelow(folder).join(' ')), 30000);
        // A dockerd stopped while it was still starting may leave its data root mounted: the next one cleans up.
        QVERIFY(QFileInfo::exists(folder));

        const Out next = run({ QStringLiteral("runners"), QStringLiteral("--start-daemons") }, noDaemonEnvironment(d));
        QVERIFY2(next.code == 0, qPrintable(next.err));
        QVERIFY2(next.err.contains(QStringLiteral("cleaned up ") + folder), qPrintable(next.err));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(leftoversBelow(d.path()).isEmpty());
    }

    // Cache policy with a "runtime" that really keeps a cache (rb_testchild cache): cold gives every
    // run a fresh empty folder, warm one folder shared by all runs of the runtime.
    void cachePolicyColdAndWarm_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addRow("cold") << QStringLiteral("cold");
        QTest::addRow("warm") << QStringLiteral("warm");
    }
    void cachePolicyColdAndWarm()
    {
        QFETCH(QString, policy);
        QTemporaryDir d;
        QDir().mkpath(d.filePath(QStringLiteral("profiles")));
        const QString child = QCoreApplication::applicationDirPath() + QStringLiteral("/rb_testchild");
        writeFile(d, QStringLiteral("profiles/cachey.json"),
            QStringLiteral(R"({"id":"cachey","build":"native","binary":{"names":["%1"]},
                "run":["{binary}","cache","{module}"],"env":["RB_CACHE_DIR={cache}"]})")
                .arg(child)
                .toUtf8());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBENCH_USER_PROFILES"), d.filePath(QStringLiteral("profiles")));
        env.insert(QStringLiteral("RB_CACHE_LOG"), d.filePath(QStringLiteral("cache.log")));
        env.insert(QStringLiteral("RB_CACHE_DIR"), QStringLiteral("/must/be/overridden"));
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            QStringLiteral(
                R"({"name":"cache","runtimes":["cachey"],"workloads":["noop"],"repetitions":4,"warmup":1,"cache":"%1"})")
                .arg(policy)
                .toUtf8());
        const Out o =
            run({ QStringLiteral("run"), spec, QStringLiteral("--out"), d.filePath(QStringLiteral("out")) }, env);
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QFile log(d.filePath(QStringLiteral("cache.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QSet<QString> dirs;
        for (int i = 0; i < lines.size(); ++i) {
            const QString state = lines[i].section(QLatin1Char(' '), 0, 0);
            dirs.insert(lines[i].section(QLatin1Char(' '), 1));
            QCOMPARE(
                state, (policy == QLatin1String("cold") || i == 0) ? QStringLiteral("cold") : QStringLiteral("warm"));
        }
        QCOMPARE(dirs.size(), policy == QLatin1String("cold") ? 5 : 1);
        for (const QString& dir : dirs) {
            QVERIFY2(dir.contains(QStringLiteral("runbench-cache-")), qPrintable(dir));
            QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir + QStringLiteral(" was left behind")));
        }
    }

    void sigkillHalfwayKeepsFinishedRunsAndResumes()
    {
        QTemporaryDir d;
        const QString spec = writeFile(d, QStringLiteral("s.json"),
            R"({"name":"k","runtimes":["native"],"workloads":["cpu-hash 20000","hello"],"repetitions":150,"warmup":1})");
        const QString out = d.filePath(QStringLiteral("out"));
        QProcess p;
        p.start(cli(), { QStringLiteral("run"), spec, QStringLiteral("--out"), out });
        QVERIFY(p.waitForStarted());
        const QString runsCsv = out + QStringLiteral("/runs.csv");
        QTRY_VERIFY_WITH_TIMEOUT(QFile(runsCsv).size() > 0 && QFile(runsCsv).size() > 40 * 80, 60000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QString err;
        const auto rs = loadResultFolder(out, &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->status(), QStringLiteral("running"));
        const int before = int(rs->runs.size());
        QVERIFY2(before >= 20 && before < 302, qPrintable(QString::number(before)));
        for (const RunRecord& r : rs->runs) {
            QVERIFY(r.ok);
            QCOMPARE(r.measurements.size(), 8);
        }
        const Out o = run({ QStringLiteral("run"), spec, QStringLiteral("--out"), out, QStringLiteral("--resume") });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("%1 already done").arg(before)), qPrintable(o.err));
        const auto all = loadResultFolder(out, &err);
        QVERIFY(all);
        QCOMPARE(all->runs.size(), 302);
        QSet<QString> ids;
        for (const RunRecord& r : all->runs) {
            ids.insert(r.spec.runId);
        }
        QCOMPARE(ids.size(), 302);
        QCOMPARE(all->status(), QStringLiteral("complete"));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
