// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli plan ansible|k8s: golden files, the real ansible-playbook --syntax-check and ansible-lint, an
// offline schema check of the manifests (python3-kubernetes' API models), an independent YAML reader (PyYAML)
// and bad input. Regenerate the goldens after an intended change: RUNBENCH_UPDATE_GOLDEN=1 ctest -R tst_cli_plan
#include "../common/testsupport.h"
#include "runbench_config.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestCliPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ansibleGolden_data();
    void ansibleGolden();
    void k8sGolden();
    void readBackWithPyYaml();
    void ansibleSyntaxCheck();
    void ansibleLint();
    void k8sSchema();
    void k8sPrivilegedForContainers();
    void badInput_data();
    void badInput();

private:
    QString data(const QString& name) const
    {
        return QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/tests/data/plan/") + name;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read ") + path.toUtf8() + '>';
    }
    /// Compares `dir/name` with the golden data("expected/<sub>/name"), or rewrites the golden when asked to.
    void golden(const QString& dir, const QString& sub, const QString& name);
    static rb::test::CommandOutput plan(const QStringList& args)
    {
        return rb::test::runCommand(rb::test::cliPath(), QStringList { QStringLiteral("plan") } + args);
    }
    QTemporaryDir m_tmp;
    QString m_ansible; ///< a plan made from the YAML inventory
    QString m_k8s;
};

void TestCliPlan::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_ansible = m_tmp.filePath(QStringLiteral("ansible-yml"));
    m_k8s = m_tmp.filePath(QStringLiteral("k8s"));
    rb::test::CommandOutput r = plan({ QStringLiteral("ansible"), data(QStringLiteral("spec.json")),
        QStringLiteral("--inventory"), data(QStringLiteral("inventory.yml")), QStringLiteral("--out"), m_ansible });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = plan({ QStringLiteral("k8s"), data(QStringLiteral("spec.json")), QStringLiteral("--out"), m_k8s,
        QStringLiteral("--namespace"), QStringLiteral("bench"), QStringLiteral("--image"),
        QStringLiteral("registry.example:5000/lab/runbench-cli:0.1.0") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
}

void TestCliPlan::golden(const QString& dir, const QString& sub, const QString& name)
{
    const QString expected = data(QStringLiteral("expected/%1/%2").arg(sub, name));
    const QByteArray actual = read(QDir(dir).filePath(name));
    if (qEnvironmentVariableIntValue("RUNBENCH_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(expected).path());
        rb::test::writeTextFile(expected, actual);
        qWarning("rewrote %s", qPrintable(expected));
        return;
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(read(expected)));
}

void TestCliPlan::ansibleGolden_data()
{
    QTest::addColumn<QString>("inventory");
    QTest::addRow("yaml inventory") << QStringLiteral("inventory.yml");
    QTest::addRow("ini inventory") << QStringLiteral("inventory.ini");
}

void TestCliPlan::ansibleGolden()
{
    QFETCH(QString, inventory);
    const QString out = m_tmp.filePath(inventory + QStringLiteral(".plan"));
    const rb::test::CommandOutput r = plan({ QStringLiteral("ansible"), data(QStringLiteral("spec.json")),
        QStringLiteral("--inventory"), data(inventory), QStringLiteral("--out"), out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The playbook depends on the spec only: both inventory formats give the same one.
    golden(out, QStringLiteral("ansible"), QStringLiteral("playbook.yml"));
    golden(out, QStringLiteral("ansible"), QStringLiteral("README.md"));
    QCOMPARE(read(QDir(out).filePath(QStringLiteral("inventory"))), read(data(inventory)));
    QCOMPARE(read(QDir(out).filePath(QStringLiteral("spec.json"))), read(data(QStringLiteral("spec.json"))));
    QVERIFY(read(QDir(out).filePath(QStringLiteral("playbook.yml"))).contains("runbench-cli " RUNBENCH_VERSION));
}

void TestCliPlan::k8sGolden()
{
    for (const char* name : { "configmap.yaml", "job.yaml", "README.md" }) {
        golden(m_k8s, QStringLiteral("k8s"), QLatin1String(name));
    }
}

void TestCliPlan::readBackWithPyYaml()
{
    // PyYAML (not yaml-cpp, which wrote the files) reads them back: tricky ids stay strings, the spec and the
    // host list in the ConfigMap are byte for byte what they should be.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    const char* script = R"(import json, sys, yaml
pb = yaml.safe_load(open(sys.argv[1]))
hosts = [h for play in pb for h in play["hosts"]]
assert all(isinstance(h, str) for h in hosts), hosts
assert "yes" in hosts and "pi-2.lab" in hosts, hosts
pairs = [p["vars"]["rb_loadgen_of"] for p in pb if "rb_loadgen_of" in p.get("vars", {})]
assert pairs == [{"pi1": "gen_x86", "pi-2.lab": "gen_x86"}], pairs
for play in pb:
    for t in play["tasks"]:
        assert "ansible.builtin.shell" not in t and "shell" not in t, t
cm = yaml.safe_load(open(sys.argv[2]))
assert cm["data"]["spec.json"] == open(sys.argv[3]).read(), "spec.json differs"
assert cm["data"]["hosts"] == "pi1\npi-2.lab\nyes\n", repr(cm["data"]["hosts"])
print("ok")
)";
    if (python.isEmpty()) {
        QSKIP("/usr/bin/python3 is missing");
    }
    const rb::test::CommandOutput r = rb::test::runCommand(python,
        { QStringLiteral("-c"), QLatin1String(script), QDir(m_ansible).filePath(QStringLiteral("playbook.yml")),
            QDir(m_k8s).filePath(QStringLiteral("configmap.yaml")), data(QStringLiteral("spec.json")) });
    if (r.err.contains(QLatin1String("No module named 'yaml'"))) {
        QSKIP("PyYAML (python3-yaml) is missing");
    }
    QVERIFY2(r.code == 0 && r.out.trimmed() == QLatin1String("ok"), qPrintable(r.out + r.err));
}

void TestCliPlan::ansibleSyntaxCheck()
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (exe.isEmpty()) {
        QSKIP("ansible-playbook is missing (Debian package ansible)");
    }
    QProcess p;
    p.setWorkingDirectory(m_ansible);
    p.start(exe,
        { QStringLiteral("--syntax-check"), QStringLiteral("-i"), QStringLiteral("inventory"),
            QStringLiteral("playbook.yml") });
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestCliPlan::ansibleLint()
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("ansible-lint"));
    if (exe.isEmpty()) {
        QSKIP("ansible-lint is missing (Debian package ansible-lint)");
    }
    QProcess p;
    p.setWorkingDirectory(m_ansible);
    p.start(exe, { QStringLiteral("--offline"), QStringLiteral("-p"), QStringLiteral("playbook.yml") });
    QVERIFY(p.waitForFinished(240000));
    const QByteArray all = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, all.constData());
}

void TestCliPlan::k8sSchema()
{
    // Without a cluster, kubectl apply/create --dry-run=client fail here (they ask the API server for its
    // resource list, and for the OpenAPI schema to validate); `label --local` decodes the files with kubectl's
    // own scheme and names each object. The schema check is python3-kubernetes' models.
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty()) {
        QSKIP("kubectl is missing");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), m_tmp.filePath(QStringLiteral("no-kubeconfig")));
    const rb::test::CommandOutput k = rb::test::runCommand(kubectl,
        { QStringLiteral("label"), QStringLiteral("--local"), QStringLiteral("-o"), QStringLiteral("name"),
            QStringLiteral("-f"), m_k8s, QStringLiteral("checked=yes") },
        env, 60000);
    QVERIFY2(k.code == 0, qPrintable(k.err));
    QCOMPARE(k.out,
        QStringLiteral("configmap/runbench-edge-pi-cluster-not-a-template\n"
                       "job.batch/runbench-edge-pi-cluster-not-a-template\n"));
    const QString checker =
        QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/tests/cli/check_k8s_schema.py");
    const rb::test::CommandOutput s = rb::test::runCommand(QStringLiteral("/usr/bin/python3"),
        { checker, QDir(m_k8s).filePath(QStringLiteral("configmap.yaml")),
            QDir(m_k8s).filePath(QStringLiteral("job.yaml")) });
    if (s.code == 77) {
        QSKIP(qPrintable(QStringLiteral("no offline schema: ") + s.err.trimmed()));
    }
    QVERIFY2(s.code == 0, qPrintable(s.out + s.err));
}

void TestCliPlan::k8sPrivilegedForContainers()
{
    const QString out = m_tmp.filePath(QStringLiteral("k8s-containers"));
    const rb::test::CommandOutput r =
        plan({ QStringLiteral("k8s"), data(QStringLiteral("spec-containers.json")), QStringLiteral("--out"), out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray job = read(QDir(out).filePath(QStringLiteral("job.yaml")));
    QVERIFY2(job.contains("privileged: true") && !job.contains("drop:"), job.constData());
    QVERIFY(job.contains("completions: 3"));
    QVERIFY(!read(QDir(m_k8s).filePath(QStringLiteral("job.yaml"))).contains("privileged"));
}

void TestCliPlan::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // parts of the message
    const QString spec = data(QStringLiteral("spec.json"));
    QTest::addRow("inventory lacks hosts")
        << QStringList { QStringLiteral("ansible"), spec, QStringLiteral("--inventory"),
               data(QStringLiteral("inventory-missing.ini")), QStringLiteral("--out"), QStringLiteral("OUT") }
        << QStringList { QStringLiteral("inventory-missing.ini: the inventory has no "
                                        "host pi-2.lab, yes") };
    QTest::addRow("spec without hosts") << QStringList { QStringLiteral("ansible"),
        data(QStringLiteral("spec-nohosts.json")), QStringLiteral("--inventory"), data(QStringLiteral("inventory.ini")),
        QStringLiteral("--out"),
        QStringLiteral("OUT") } << QStringList { QStringLiteral("spec-nohosts.json: hosts: spec has no hosts") };
    QTest::addRow("k8s spec without hosts") << QStringList { QStringLiteral("k8s"),
        data(QStringLiteral("spec-nohosts.json")), QStringLiteral("--out"), QStringLiteral("OUT") }
                                            << QStringList { QStringLiteral("spec has no hosts") };
    QTest::addRow("unreadable inventory")
        << QStringList { QStringLiteral("ansible"), spec, QStringLiteral("--inventory"),
               QStringLiteral("/nonexistent/inventory.ini"), QStringLiteral("--out"), QStringLiteral("OUT") }
        << QStringList { QStringLiteral("/nonexistent/inventory.ini: cannot read the "
                                        "inventory") };
    QTest::addRow("ini host range") << QStringList { QStringLiteral("ansible"), spec, QStringLiteral("--inventory"),
        QStringLiteral("TMP/range.ini"), QStringLiteral("--out"), QStringLiteral("OUT") }
                                    << QStringList { QStringLiteral("range.ini:3: host ranges such as \"pi[1:3]\"") };
    QTest::addRow("bad yaml") << QStringList { QStringLiteral("ansible"), spec, QStringLiteral("--inventory"),
        QStringLiteral("TMP/bad.yml"), QStringLiteral("--out"), QStringLiteral("OUT") }
                              << QStringList { QStringLiteral("bad.yml:4: group \"boards\": unknown key \"host\"") };
    QTest::addRow("bad host role") << QStringList { QStringLiteral("k8s"), QStringLiteral("TMP/badrole.json"),
        QStringLiteral("--out"), QStringLiteral("OUT") }
                                   << QStringList { QStringLiteral("badrole.json: field \"hosts[0].roles[0]\": "
                                                                   "unknown role \"server\"") };
    QTest::addRow("bad namespace") << QStringList { QStringLiteral("k8s"), spec, QStringLiteral("--out"),
        QStringLiteral("OUT"), QStringLiteral("--namespace"), QStringLiteral("Bench_1") }
                                   << QStringList { QStringLiteral("--namespace: expected a Kubernetes name") };
    QTest::addRow("no inventory") << QStringList { QStringLiteral("ansible"), spec, QStringLiteral("--out"),
        QStringLiteral("OUT") } << QStringList { QStringLiteral("--inventory FILE is required") };
    QTest::addRow("unknown kind") << QStringList { QStringLiteral("nomad"), spec, QStringLiteral("--out"),
        QStringLiteral("OUT") } << QStringList { QStringLiteral("expected ansible|k8s SPEC") };
}

void TestCliPlan::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("range.ini")), "# lab\n[boards]\npi[1:3]\n");
    rb::test::writeTextFile(
        m_tmp.filePath(QStringLiteral("bad.yml")), "all:\n  children:\n    boards:\n      host:\n        pi1:\n");
    rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("badrole.json")),
        R"({"name": "x", "runtimes": ["native"], "workloads": ["hello"], "scenarios": ["cold-start-exit"],
            "hosts": [{"id": "a", "roles": ["server"]}]})");
    const QString out = m_tmp.filePath(QStringLiteral("bad-out"));
    args.replaceInStrings(QStringLiteral("OUT"), out);
    args.replaceInStrings(QStringLiteral("TMP/"), m_tmp.path() + QLatin1Char('/'));
    const rb::test::CommandOutput r = plan(args);
    QCOMPARE(r.code, 2);
    for (const QString& part : expected) {
        QVERIFY2(r.err.contains(part), qPrintable(r.err));
    }
    QVERIFY2(r.err.startsWith(QLatin1String("runbench-cli: plan")), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(out), "nothing is written on bad input");
}

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
