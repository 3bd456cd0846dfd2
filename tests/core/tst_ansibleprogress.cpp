// SPDX-License-Identifier: GPL-3.0-or-later
// AnsibleProgress against the real ansible-playbook: the task count of a generated plan (--list-tasks, checked
// against the playbook's own task entries) and a run whose host refuses SSH (the error is reported, the task
// named, the recap seen).
#include "plan/ansibleprogress.h"
#include "plan/planwriter.h"
#include "runbench_config.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using rb::plan::AnsibleProgress;

class TestAnsibleProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsTheTasksOfAPlan();
    void reportsAnUnreachableHost();

private:
    QString ansible(const QStringList& args, int* code);
    QTemporaryDir m_tmp;
    QString m_plan;
};

QString TestAnsibleProgress::ansible(const QStringList& args, int* code)
{
    QProcess p;
    p.setWorkingDirectory(m_plan);
    p.start(QStringLiteral("ansible-playbook"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestAnsibleProgress::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        QSKIP("ansible-playbook is missing (Debian package ansible)");
    }
    QVERIFY(m_tmp.isValid());
    // Every host of the spec at 127.0.0.1 port 1: SSH is refused at once.
    QFile inv(m_tmp.filePath(QStringLiteral("refused.ini")));
    QVERIFY(inv.open(QIODevice::WriteOnly));
    for (const char* h : { "pi1", "pi-2.lab", "yes", "gen_x86" }) {
        inv.write(
            QByteArray(h) + " ansible_host=127.0.0.1 ansible_port=1 ansible_ssh_common_args='-o ConnectTimeout=5'\n");
    }
    inv.close();
    m_plan = m_tmp.filePath(QStringLiteral("plan"));
    const rb::plan::PlanWriteResult r = rb::plan::writeAnsiblePlan(
        qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/plan/spec.json"), inv.fileName(),
        m_plan, QStringLiteral("runbench-cli " RUNBENCH_VERSION));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
}

void TestAnsibleProgress::countsTheTasksOfAPlan()
{
    int code = -1;
    const QString list = ansible({ QStringLiteral("-i"), QStringLiteral("inventory"), QStringLiteral("playbook.yml"),
                                     QStringLiteral("--list-tasks") },
        &code);
    QCOMPARE(code, 0);
    // The playbook's own task entries ("    - name:" at task depth), counted in the file itself.
    QFile pb(QDir(m_plan).filePath(QStringLiteral("playbook.yml")));
    QVERIFY(pb.open(QIODevice::ReadOnly));
    const int inFile =
        int(QString::fromUtf8(pb.readAll()).count(QRegularExpression(QStringLiteral("\\n    - name: "))));
    QVERIFY(inFile > 10);
    QCOMPARE(AnsibleProgress::countTasks(list), inFile);
}

void TestAnsibleProgress::reportsAnUnreachableHost()
{
    int code = -1;
    const QString out =
        ansible({ QStringLiteral("-i"), QStringLiteral("inventory"), QStringLiteral("playbook.yml") }, &code);
    QCOMPARE(code, 4); // ansible-playbook: 4 = hosts unreachable
    AnsibleProgress p;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        p.feed(line);
    }
    QVERIFY2(p.finished(), qPrintable(out));
    QCOMPARE(p.currentPlay(), QStringLiteral("Preflight"));
    QCOMPARE(p.currentTask(), QStringLiteral("Ask runbench-cli for its version"));
    QCOMPARE(p.tasksReached(), 3); // the two tasks of the local guard play, then the first task on the hosts
    QCOMPARE(p.errors().size(), 4);
    QVERIFY2(p.errors().at(0).contains(QLatin1String("UNREACHABLE!"))
            && p.errors().join(QLatin1Char('\n')).contains(QLatin1String("pi-2.lab: UNREACHABLE!")),
        qPrintable(p.errors().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestAnsibleProgress)
#include "tst_ansibleprogress.moc"
