// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli figure: figures are drawn with the GUI's plot library (Qt Widgets, QCustomPlot), which runbench-cli
// never links, so that the runbench-cli package installs on headless machines. The drawing lives in the helper
// lib/runbench/runbench-figure (cmd_figure.cpp; built with the GUI, shipped in the runbench package); this
// replaces the process by it with the same arguments, or says what to install.
#include "commands.h"
#include "runner/paths.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace rb::cli {

int runFigureMain(int, char** argv)
{
    const QString helper = paths::figureHelper();
    const QByteArray path = QFile::encodeName(helper);
    if (QFileInfo(helper).isExecutable()) {
        ::execv(path.constData(), argv);
        return badInput(
            QStringLiteral("figure: cannot start %1: %2").arg(helper, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return runFigure({});
}

int runFigure(const QStringList&)
{
    return badInput(QStringLiteral("figure: figures are drawn by %1, which is not installed: install the runbench "
                                   "package (the GUI), or build with RUNBENCH_BUILD_GUI=ON (docs/export.md)")
                        .arg(paths::figureHelper()));
}

} // namespace rb::cli
