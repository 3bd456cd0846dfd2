// SPDX-License-Identifier: GPL-3.0-or-later
// Argument helpers shared by every sub-command, and by the runbench-figure helper (see cmd_figure_forward.cpp).
#include "commands.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rb::cli {

int badInput(const QString& message)
{
    QTextStream(stderr) << "runbench-cli: " << message << '\n';
    return BadInput;
}

std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& args)
{
    if (!parser.parse(args)) {
        return badInput(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

} // namespace rb::cli
