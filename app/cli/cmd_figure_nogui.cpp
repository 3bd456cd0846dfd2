// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli figure in a build without the GUI: figures are drawn with the GUI's plot library, absent here.
#include "commands.h"

#include <QCoreApplication>

namespace rb::cli {

int runFigureMain(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return runFigure(app.arguments());
}

int runFigure(const QStringList&)
{
    return badInput(QStringLiteral("figure: this runbench-cli was built without the GUI (RUNBENCH_BUILD_GUI=OFF); "
                                   "figures need a GUI build (docs/export.md)"));
}

} // namespace rb::cli
