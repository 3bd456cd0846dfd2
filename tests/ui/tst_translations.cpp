// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped French and German translations load (the .qm files built from translations/*.ts, as the app embeds
// them under :/i18n) and turn the main window's side bar and menus into that language. Core messages the pages show
// come out in French too (a scenario description, a parameter's help and a spec problem on the Design page; what a
// comparison left out and why two sets are not comparable on the Compare page), while runbench-cli, which installs
// no translator, prints the same cases in English, byte for byte, even in a French locale.
#include "io/resultfolder.h"
#include "mainwindow/mainwindow.h"
#include "model/specwriter.h"
#include "models/checklistmodel.h"
#include "models/comparisoncontroller.h"
#include "models/scenarioparammodel.h"
#include "models/specdraft.h"
#include "pages/comparepage.h"
#include "pages/designerpage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

/// The shipped translation of `lang`, installed for the life of the object.
class Language
{
public:
    explicit Language(const QString& lang)
    {
        m_ok = m_translator.load(QStringLiteral(":/i18n/runbench_%1.qm").arg(lang))
            && QCoreApplication::installTranslator(&m_translator);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_translator);
    }
    bool ok() const
    {
        return m_ok;
    }

private:
    QTranslator m_translator;
    bool m_ok = false;
};

/// The text in `column` of the row whose first column shows `name`.
QString cell(const QAbstractItemModel* m, const QString& name, int column)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == name) {
            return m->index(r, column).data().toString();
        }
    }
    return QStringLiteral("(no row %1)").arg(name);
}

/// runbench-cli ARGS in a French locale: exit code and stderr.
std::pair<int, QString> cliInFrench(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("RUNBENCH_BUILD_DIR") + QStringLiteral("/bin/runbench-cli"), args);
    if (!p.waitForFinished(60000)) {
        return { -1, QStringLiteral("runbench-cli did not finish") };
    }
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardError()) };
}

/// A copy of the committed throughput sweep in `dir`, with the spec's cache policy set to `cache`.
QString sweepCopy(const QString& dir, const QString& cache)
{
    const QDir from(qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/figures/sweep-tiny"));
    QDir().mkpath(dir);
    for (const QString& f : from.entryList(QDir::Files)) {
        QFile::copy(from.filePath(f), dir + QLatin1Char('/') + f);
    }
    QFile ej(dir + QStringLiteral("/experiment.json"));
    if (!ej.open(QIODevice::ReadWrite)) {
        return {};
    }
    QJsonObject e = QJsonDocument::fromJson(ej.readAll()).object();
    QJsonObject spec = e.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("cache"), cache);
    e.insert(QStringLiteral("spec"), spec);
    ej.resize(0);
    ej.write(QJsonDocument(e).toJson());
    return dir;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

    /// The side-bar titles and menu titles of a fresh main window.
    static QStringList texts()
    {
        rb::ui::MainWindow w;
        QStringList out;
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("pageList"));
        for (int i = 0; nav && i < nav->count(); ++i) {
            out << nav->item(i)->text();
        }
        for (QAction* a : w.menuBar()->actions()) {
            out << a->text();
        }
        return out;
    }

private slots:
    void sideBarAndMenusAreTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("results"); ///< the Results page's title in that language
        QTest::addRow("fr") << "fr" << QStringLiteral("Résultats");
        QTest::addRow("de") << "de" << QStringLiteral("Ergebnisse");
    }
    void sideBarAndMenusAreTranslated()
    {
        QFETCH(QString, lang);
        QFETCH(QString, results);
        const QStringList english = texts();
        QCOMPARE(english.size(), 7 + 3); // Runtimes … Export, Scale out; File, Experiment, Help
        QStringList translated;
        {
            const Language language(lang);
            QVERIFY(language.ok());
            translated = texts();
        }
        QCOMPARE(translated.size(), english.size());
        QVERIFY2(translated.contains(results), qPrintable(translated.join(QStringLiteral(", "))));
        int differ = 0;
        for (qsizetype i = 0; i < english.size(); ++i) {
            differ += translated[i] != english[i] ? 1 : 0;
        }
        // German keeps "Export" and "&Experiment"; everything else changes.
        QVERIFY2(differ >= english.size() - 2, qPrintable(translated.join(QStringLiteral(", "))));
    }

    /// A warm-latency scenario whose concurrency is 0: the Design page says so in French, runbench-cli in English.
    void designPageShowsScenarioTextsAndSpecProblemsInFrench()
    {
        const Language french(QStringLiteral("fr"));
        QVERIFY(french.ok());
        rb::ui::DesignerPage page;
        rb::ExperimentSpec spec;
        spec.name = QStringLiteral("fr");
        spec.runtimes = { QStringLiteral("native") };
        spec.workloads = { rb::WorkloadRef { QStringLiteral("http-hello"), {} } };
        page.draft()->setSpec(spec);
        page.draft()->setScenario(QStringLiteral("warm-latency"), true);

        const auto* scenarios = page.findChild<QTableView*>(QStringLiteral("designScenarios"))->model();
        QCOMPARE(cell(scenarios, QStringLiteral("cold-start-exit"), rb::CheckListModel::DetailColumn),
            QStringLiteral("Du lancement à la sortie d'une charge de travail qui se termine, sortie vérifiée\u00a0: "
                           "temps écoulé, CPU, RSS max, défauts de page."));
        auto* params = page.findChild<QTableView*>(QStringLiteral("designParams"))->model();
        QCOMPARE(cell(params, QStringLiteral("concurrency"), rb::ScenarioParamModel::HelpColumn),
            QStringLiteral("connexions maintenues occupées (boucle fermée)"));

        for (int r = 0; r < params->rowCount(); ++r) {
            if (params->index(r, 0).data().toString() == QLatin1String("concurrency")) {
                QVERIFY(params->setData(params->index(r, rb::ScenarioParamModel::ValueColumn), QStringLiteral("0")));
            }
        }
        const auto* problem = page.findChild<QLabel*>(QStringLiteral("designProblem"));
        QCOMPARE(problem->text(),
            QStringLiteral("la conception\u00a0: champ «\u00a0scenarios[0].concurrency\u00a0»\u00a0: attendu\u00a0: un "
                           "entier de 1 à 10000"));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("spec.json"));
        QVERIFY(rb::saveExperimentSpec(file, page.draft()->spec()).isEmpty());
        const auto [code, err] =
            cliInFrench({ QStringLiteral("run"), file, QStringLiteral("--out"), dir.filePath(QStringLiteral("out")) });
        QCOMPARE(code, 2);
        QCOMPARE(err,
            QString(QStringLiteral("runbench-cli: ") + file
                + QStringLiteral(": field \"scenarios[0].concurrency\": expected an integer from 1 to 10000\n")));
    }

    /// Two copies of the committed throughput sweep, cold and warm, compared on achieved_rate (which only the
    /// open-loop levels measure): the Compare page warns and lists what it left out in French, `stats` in English.
    void comparePageShowsWarningsAndLeftOutInFrench()
    {
        QTemporaryDir dir;
        const QString cold = sweepCopy(dir.filePath(QStringLiteral("sweep-cold")), QStringLiteral("cold"));
        const QString warm = sweepCopy(dir.filePath(QStringLiteral("sweep-warm")), QStringLiteral("warm"));
        rb::ResultSets sets;
        for (const QString& d : { cold, warm }) {
            QString error;
            const auto rs = rb::loadResultFolder(d, &error);
            QVERIFY2(rs, qPrintable(error));
            sets << std::make_shared<const rb::ResultSet>(*rs);
        }

        const Language french(QStringLiteral("fr"));
        QVERIFY(french.ok());
        rb::ui::ComparePage page;
        QSignalSpy ready(page.controller(), &rb::ComparisonController::comparisonReady);
        page.setSets(sets);
        QVERIFY(ready.wait(30000));
        ready.clear();
        page.metricBox()->setCurrentText(QStringLiteral("achieved_rate"));
        QVERIFY(ready.wait(30000));

        QCOMPARE(page.warningBanner()->text().section(QLatin1Char('\n'), 1),
            QStringLiteral("Politiques de cache différentes\u00a0: cold (sweep-cold) vs warm (sweep-warm). Des caches "
                           "chauds accélèrent le démarrage\u00a0; ces exécutions ne sont pas comparables."));
        const QString leftOut = QStringLiteral("%1\u00a0: 2 configurations sur 4 n'ont aucune valeur de la métrique "
                                               "«\u00a0achieved_rate\u00a0» (écartées)");
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("comparisonProblems"))->text(),
            QString(leftOut.arg(QStringLiteral("sweep-cold")) + QLatin1Char('\n')
                + leftOut.arg(QStringLiteral("sweep-warm"))));

        const auto [code, err] = cliInFrench(
            { QStringLiteral("stats"), cold, warm, QStringLiteral("--metric"), QStringLiteral("achieved_rate") });
        QCOMPARE(code, 1); // the work ran, but configurations were left out
        const QString english = QStringLiteral(
            "runbench-cli: %1: 2 of 4 configurations have no values of metric \"achieved_rate\" (left out)\n");
        // then `stats` renames the groups both copies share ("…#2"), which the Compare page prefixes with their set
        QCOMPARE(
            err.section(QLatin1Char('\n'), 0, 1) + QLatin1Char('\n'), QString(english.arg(cold) + english.arg(warm)));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
