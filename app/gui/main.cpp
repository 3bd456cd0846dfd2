// SPDX-License-Identifier: GPL-3.0-or-later
// runbench: the desktop workbench. Composition only: translations, options, main window.
#include "mainwindow/mainwindow.h"
#include "runbench_config.h"
#include "runner/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

void installTranslations(QApplication& app, const QString& forced)
{
    const QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(forced);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("runbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("runbench"));
    // QSettings' folder: ~/.config/runbench/runbench.conf (without it, "Unknown Organization").
    QApplication::setOrganizationName(QStringLiteral("runbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Runbench"));
    QApplication::setApplicationVersion(QStringLiteral(RUNBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.runbench.Runbench"));
    // The installed theme icon when there is one, else the same SVG built in (resources/desktop).
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.runbench.Runbench"), QIcon(QStringLiteral(":/icons/org.runbench.Runbench.svg"))));

    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Runbench: compare how software runs on WebAssembly runtimes, containers and native."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({ QStringLiteral("demo"), QStringLiteral("Start the bundled demo experiment.") });
    p.addOption({ QStringLiteral("run"), QStringLiteral("Start the experiment SPEC.json."), QStringLiteral("SPEC") });
    p.addOption({ QStringLiteral("out"),
        QStringLiteral("Results folder for --demo/--run (default: a new folder in the data location)."),
        QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("open"),
        QStringLiteral("Open a results folder (repeat it to open several side by side)."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("export-figures"),
        QStringLiteral("When the run or folder is shown, write its figures (PDF and PNG) to DIR."),
        QStringLiteral("DIR") });
    p.addOption(
        { QStringLiteral("quit"), QStringLiteral("Quit once the run or folder is shown and figures are exported.") });
    p.addOption({ QStringLiteral("page"),
        QStringLiteral("Show this page first: runtimes, design, run, results, compare, export or scaleout."),
        QStringLiteral("PAGE") });
    p.addOption(
        { QStringLiteral("lang"), QStringLiteral("Force the language (e.g. fr, de, en)."), QStringLiteral("CODE") });
    p.process(app);
    installTranslations(app, p.value(QStringLiteral("lang")));

    rb::ui::MainWindow window;
    window.resize(QSize(1600, 1000).boundedTo(window.screen()->availableGeometry().size())); // fits 1366×768
    window.show();

    if (p.isSet(QStringLiteral("page")) && !window.showPage(p.value(QStringLiteral("page")))) {
        QTextStream(stderr) << "runbench: --page must be one of " << window.pageKeys().join(QStringLiteral(", "))
                            << ", not \"" << p.value(QStringLiteral("page")) << "\"\n";
        return 2;
    }
    const QString exportDir = p.value(QStringLiteral("export-figures"));
    const bool quit = p.isSet(QStringLiteral("quit"));
    QObject::connect(&window, &rb::ui::MainWindow::resultsShown, &window, [&](const QString& dir) {
        if (!exportDir.isEmpty()) {
            for (const QString& f : window.exportFigures(exportDir)) {
                QTextStream(stdout) << "figure: " << f << '\n';
            }
        }
        QTextStream(stdout) << "results: " << dir << '\n';
        if (quit) {
            QTimer::singleShot(0, &app, &QApplication::quit);
        }
    });
    QObject::connect(&window, &rb::ui::MainWindow::problem, &window, [&](const QString& message) {
        QTextStream(stderr) << "runbench: " << message << '\n';
        if (quit) {
            QApplication::exit(2);
        }
    });
    if (p.isSet(QStringLiteral("demo"))) {
        window.startExperiment(
            rb::paths::dataDir() + QStringLiteral("/experiments/demo.json"), p.value(QStringLiteral("out")));
    } else if (p.isSet(QStringLiteral("run"))) {
        window.startExperiment(p.value(QStringLiteral("run")), p.value(QStringLiteral("out")));
    } else if (p.isSet(QStringLiteral("open"))) {
        const QStringList dirs = p.values(QStringLiteral("open"));
        window.openResults(dirs.front());
        for (qsizetype i = 1; i < dirs.size(); ++i) {
            window.addResults(dirs[i]);
        }
    }
    return QApplication::exec();
}
