// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped French and German translations load (the .qm files built from translations/*.ts, as the app embeds
// them under :/i18n) and turn the main window's side bar and menus into that language.
#include "mainwindow/mainwindow.h"

#include <QListWidget>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

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
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/runbench_%1.qm").arg(lang)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QStringList translated = texts();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated.size(), english.size());
        QVERIFY2(translated.contains(results), qPrintable(translated.join(QStringLiteral(", "))));
        int differ = 0;
        for (qsizetype i = 0; i < english.size(); ++i) {
            differ += translated[i] != english[i] ? 1 : 0;
        }
        // German keeps "Export" and "&Experiment"; everything else changes.
        QVERIFY2(differ >= english.size() - 2, qPrintable(translated.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
