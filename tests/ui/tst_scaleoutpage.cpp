// SPDX-License-Identifier: GPL-3.0-or-later
// The Scale out page through its widgets: the host table flags a host the inventory lacks (and passes
// QAbstractItemModelTester), Generate writes what `runbench-cli plan ansible` writes for the same inputs, and Run
// drives the real ansible-playbook against hosts whose SSH port is closed: the failure is shown, naming the hosts,
// the progress stops and Run can be pressed again.
#include "../common/testsupport.h"
#include "models/planhostmodel.h"
#include "pages/scaleoutpage.h"
#include "plan/playbookrun.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::ui;

class TstScaleOutPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    static QString data(const QString& name)
    {
        return qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/plan/") + name;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read ") + path.toUtf8() + '>';
    }
    static QPushButton* button(ScaleOutPage& page, const QString& text)
    {
        for (QPushButton* b : page.findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == text) {
                return b;
            }
        }
        qFatal("no button %s", qPrintable(text));
    }
    /// Types `text` into `edit` as a user would, and waits for the host table to follow.
    static QString enter(ScaleOutPage& page, QLineEdit* edit, const QString& text)
    {
        QSignalSpy checked(&page, &ScaleOutPage::hostsChecked);
        edit->setText(text);
        Q_EMIT edit->editingFinished();
        if (!checked.wait(30000)) {
            return QStringLiteral("timeout");
        }
        return checked.last().at(0).toString();
    }
    /// Presses Generate and returns the error (empty: written).
    static QString generate(ScaleOutPage& page, QStringList* files)
    {
        QSignalSpy written(&page, &ScaleOutPage::planWritten);
        QPushButton* gen = button(page, QStringLiteral("Generate plan"));
        if (!gen->isEnabled()) {
            return QStringLiteral("Generate is disabled");
        }
        QTest::mouseClick(gen, Qt::LeftButton);
        if (!written.wait(30000)) {
            return QStringLiteral("timeout");
        }
        *files = written.last().at(0).toStringList();
        return written.last().at(1).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    }

    void hostTableFlagsAMissingHost()
    {
        ScaleOutPage page;
        QAbstractItemModelTester tester(page.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(enter(page, page.specEdit(), data(QStringLiteral("spec.json"))), QString());
        rb::PlanHostModel* model = page.hostModel();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), 4);
        QVERIFY(!model->index(0, 0).data(rb::PlanHostModel::InInventoryRole).isValid()); // no inventory yet
        const QString problem = enter(page, page.inventoryEdit(), data(QStringLiteral("inventory-missing.ini")));
        QCOMPARE(model->missingHosts(), QStringList({ QStringLiteral("pi-2.lab"), QStringLiteral("yes") }));
        QVERIFY2(problem.contains(QLatin1String("pi-2.lab, yes"))
                && problem.contains(QLatin1String("inventory-missing.ini")),
            qPrintable(problem));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("scaleHostProblem"))->text() == problem);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, rb::PlanHostModel::IdColumn).data().toString();
            const QModelIndex in = model->index(row, rb::PlanHostModel::InventoryColumn);
            const bool missing = id == QLatin1String("pi-2.lab") || id == QLatin1String("yes");
            QCOMPARE(in.data(rb::PlanHostModel::InInventoryRole).toBool(), !missing);
            QCOMPARE(in.data().toString() == QLatin1String("missing"), missing);
            QCOMPARE(
                in.data(Qt::ToolTipRole).toString().contains(QLatin1String("is not a host of the inventory")), missing);
        }
        QCOMPARE(model->index(0, rb::PlanHostModel::InventoryColumn).data().toString(),
            QStringLiteral("yes, connects to 10.0.0.11"));
        QCOMPARE(model->index(2, rb::PlanHostModel::RolesColumn).data().toString(), QStringLiteral("sut, loadgen"));
        // Generating with a missing host is refused with the planner's message.
        QStringList files;
        page.planDirEdit()->setText(m_tmp.filePath(QStringLiteral("refused-plan")));
        const QString error = generate(page, &files);
        QVERIFY2(error.contains(QLatin1String("pi-2.lab")), qPrintable(error));
        QVERIFY(files.isEmpty());
        // The full inventory: nothing missing.
        QCOMPARE(enter(page, page.inventoryEdit(), data(QStringLiteral("inventory.yml"))), QString());
        QVERIFY(model->missingHosts().isEmpty());
    }

    void generateWritesWhatTheCliWrites()
    {
        ScaleOutPage page;
        QCOMPARE(enter(page, page.specEdit(), data(QStringLiteral("spec.json"))), QString());
        // The default plan folder sits next to the spec.
        QCOMPARE(page.planDirEdit()->text(), QDir(data(QString())).filePath(QStringLiteral("plan-spec")));
        QCOMPARE(enter(page, page.inventoryEdit(), data(QStringLiteral("inventory.yml"))), QString());
        const QString gui = m_tmp.filePath(QStringLiteral("gui-plan"));
        QCOMPARE(enter(page, page.planDirEdit(), gui), QString());
        QVERIFY(!button(page, QStringLiteral("Run"))->isEnabled());
        QStringList files;
        QCOMPARE(generate(page, &files), QString());
        QCOMPARE(files.size(), 4);
        for (const QString& f : files) {
            QVERIFY2(QFileInfo(f).isFile() && QFileInfo(f).path() == gui, qPrintable(f));
        }
        QVERIFY(
            page.findChild<QLabel*>(QStringLiteral("scalePlanStatus"))->text().contains(QLatin1String("playbook.yml")));
        QVERIFY(button(page, QStringLiteral("Run"))->isEnabled());
        const QString cli = m_tmp.filePath(QStringLiteral("cli-plan"));
        const auto r = rb::test::runCommand(rb::test::cliPath(),
            { QStringLiteral("plan"), QStringLiteral("ansible"), data(QStringLiteral("spec.json")),
                QStringLiteral("--inventory"), data(QStringLiteral("inventory.yml")), QStringLiteral("--out"), cli });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char* name : { "playbook.yml", "inventory", "spec.json", "README.md" }) {
            QCOMPARE(read(QDir(gui).filePath(QLatin1String(name))), read(QDir(cli).filePath(QLatin1String(name))));
        }
        // Kubernetes manifests go to <plan folder>/k8s.
        QSignalSpy written(&page, &ScaleOutPage::planWritten);
        QTest::mouseClick(button(page, QStringLiteral("Kubernetes manifests")), Qt::LeftButton);
        QVERIFY(written.wait(30000));
        QCOMPARE(written.last().at(1).toString(), QString());
        QVERIFY(QFileInfo::exists(QDir(gui).filePath(QStringLiteral("k8s/job.yaml"))));
        // The fields are remembered.
        ScaleOutPage again;
        QCOMPARE(again.specEdit()->text(), data(QStringLiteral("spec.json")));
        QCOMPARE(again.inventoryEdit()->text(), data(QStringLiteral("inventory.yml")));
    }

    void runShowsUnreachableHosts()
    {
        if (rb::plan::PlaybookRun::program().isEmpty()) {
            QSKIP("ansible-playbook is not installed (Debian package ansible)");
        }
        // Every host of the spec on 127.0.0.1 port 1: SSH is refused at once.
        const QString inventory = rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("refused.ini")),
            "pi1 ansible_host=127.0.0.1 ansible_port=1 ansible_ssh_common_args='-o ConnectTimeout=2'\n"
            "pi-2.lab ansible_host=127.0.0.1 ansible_port=1\n"
            "yes ansible_host=127.0.0.1 ansible_port=1\n"
            "gen_x86 ansible_host=127.0.0.1 ansible_port=1\n");
        ScaleOutPage page;
        QCOMPARE(enter(page, page.specEdit(), data(QStringLiteral("spec.json"))), QString());
        QCOMPARE(enter(page, page.inventoryEdit(), inventory), QString());
        QCOMPARE(enter(page, page.planDirEdit(), m_tmp.filePath(QStringLiteral("refused-run"))), QString());
        QStringList files;
        QCOMPARE(generate(page, &files), QString());
        QPushButton* run = button(page, QStringLiteral("Run"));
        QPushButton* cancel = button(page, QStringLiteral("Cancel"));
        QSignalSpy total(page.playbook(), &rb::plan::PlaybookRun::totalKnown);
        QSignalSpy finished(page.playbook(), &rb::plan::PlaybookRun::finished);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!run->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(finished.wait(180000));
        QCOMPARE(total.size(), 1);
        QVERIFY(total.first().at(0).toInt() > 10);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("could not be reached (exit code 4)")), qPrintable(message));
        const QString errors = page.findChild<QLabel*>(QStringLiteral("scaleErrors"))->text();
        for (const char* host : { "pi1", "pi-2.lab", "yes", "gen_x86" }) {
            QVERIFY2(errors.contains(QLatin1String(host) + QLatin1String(": UNREACHABLE!")), qPrintable(errors));
        }
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("scaleErrors"))->isVisibleTo(&page));
        const QProgressBar* progress = page.findChild<QProgressBar*>(QStringLiteral("scaleProgress"));
        QCOMPARE(progress->maximum(), total.first().at(0).toInt());
        QCOMPARE(progress->value(), 3); // the local guard play (2 tasks) passed, stopped at the first host task
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("scaleCurrent"))->text() == message);
        QVERIFY(page.findChild<QPlainTextEdit*>(QStringLiteral("scaleLog"))
                    ->toPlainText()
                    .contains(QLatin1String("PLAY RECAP")));
        QVERIFY(run->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!button(page, QStringLiteral("Open merged results"))->isEnabled());
    }

    void cancelStopsTheRun()
    {
        if (rb::plan::PlaybookRun::program().isEmpty()) {
            QSKIP("ansible-playbook is not installed (Debian package ansible)");
        }
        // 192.0.2.0/24 (TEST-NET-1) is never routed: SSH would wait for its 60 s timeout; Cancel ends it first.
        const QString inventory = rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("blackhole.ini")),
            "[all]\npi1\npi-2.lab\nyes\ngen_x86\n[all:vars]\nansible_host=192.0.2.1\n"
            "ansible_ssh_common_args='-o ConnectTimeout=60'\n");
        ScaleOutPage page;
        QCOMPARE(enter(page, page.specEdit(), data(QStringLiteral("spec.json"))), QString());
        QCOMPARE(enter(page, page.inventoryEdit(), inventory), QString());
        QCOMPARE(enter(page, page.planDirEdit(), m_tmp.filePath(QStringLiteral("blackhole-run"))), QString());
        QStringList files;
        QCOMPARE(generate(page, &files), QString());
        QSignalSpy total(page.playbook(), &rb::plan::PlaybookRun::totalKnown);
        QSignalSpy progressed(page.playbook(), &rb::plan::PlaybookRun::progressed);
        QSignalSpy finished(page.playbook(), &rb::plan::PlaybookRun::finished);
        QTest::mouseClick(button(page, QStringLiteral("Run")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(progressed.size() > 0, 60000); // the first task has started
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(button(page, QStringLiteral("Cancel")), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Cancelled."));
        QVERIFY(button(page, QStringLiteral("Run"))->isEnabled());
        QVERIFY(!button(page, QStringLiteral("Cancel"))->isEnabled());
    }
};

QTEST_MAIN(TstScaleOutPage)
#include "tst_scaleoutpage.moc"
