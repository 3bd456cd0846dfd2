// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: they survive a restart (QSettings), extra runtime folders are searched before PATH, the theme switches
// the palette the plots follow, and the Settings dialog returns what was typed.
#include "dialogs/settingsdialog.h"
#include "mainwindow/appsettings.h"
#include "plot/plottheme.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::ui;

class TstAppSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("runbench-test"));
    }

    void roundTrip()
    {
        AppSettings a;
        a.searchPaths = { QStringLiteral("/opt/wasmtime/bin"), QStringLiteral("/opt/wamr") };
        a.theme = AppSettings::Theme::Dark;
        a.plotRefreshHz = 15;
        a.save();
        const AppSettings b = AppSettings::load();
        QCOMPARE(b.searchPaths, a.searchPaths);
        QCOMPARE(int(b.theme), int(AppSettings::Theme::Dark));
        QCOMPARE(b.plotRefreshHz, 15);
        QSettings().setValue(QStringLiteral("settings/plotRefreshHz"), 500); // edited by hand: clamped
        QCOMPARE(AppSettings::load().plotRefreshHz, 60);
    }

    void searchPathsComeBeforePath()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(dir));
        const QString tool = dir + QStringLiteral("/rb-settings-test-tool");
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), tool));
        QVERIFY(QStandardPaths::findExecutable(QStringLiteral("rb-settings-test-tool")).isEmpty());
        AppSettings s;
        s.searchPaths = { dir };
        applySearchPaths(s);
        applySearchPaths(s); // twice: listed once
        QCOMPARE(QStandardPaths::findExecutable(QStringLiteral("rb-settings-test-tool")), tool);
        QCOMPARE(qEnvironmentVariable("PATH").split(QLatin1Char(':')).count(dir), 1);
        QCOMPARE(qEnvironmentVariable("PATH").section(QLatin1Char(':'), 0, 0), dir);
    }

    void themeSwitchesThePalette()
    {
        applyTheme(AppSettings::Theme::System);
        const QColor start = QApplication::palette().color(QPalette::Window);
        applyTheme(AppSettings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QCOMPARE(PlotTheme::fromApplicationPalette().background, PlotTheme::dark().background);
        applyTheme(AppSettings::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
        QCOMPARE(PlotTheme::fromApplicationPalette().background, PlotTheme::light().background);
        applyTheme(AppSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), start);
    }

    void dialogReturnsWhatWasTyped()
    {
        AppSettings in;
        in.plotRefreshHz = 20;
        SettingsDialog d(in);
        auto* paths = d.findChild<QPlainTextEdit*>();
        auto* theme = d.findChild<QComboBox*>();
        auto* refresh = d.findChild<QSpinBox*>();
        QVERIFY(paths && theme && refresh);
        QCOMPARE(refresh->value(), 20);
        paths->setPlainText(QStringLiteral("  ~/.wasmtime/bin \n\n/opt/iwasm\n"));
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Light)));
        refresh->setValue(45);
        const AppSettings out = d.settings();
        QCOMPARE(out.searchPaths, QStringList({ QDir::homePath() + QStringLiteral("/.wasmtime/bin"), "/opt/iwasm" }));
        QCOMPARE(int(out.theme), int(AppSettings::Theme::Light));
        QCOMPARE(out.plotRefreshHz, 45);
    }
};

QTEST_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
