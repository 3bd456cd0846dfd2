// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace rb::cli {

/// Exit codes of every sub-command (architecture.md): 0 success, 1 the work ran but something
/// failed, 2 bad input.
enum ExitCode
{
    Ok = 0,
    WorkFailed = 1,
    BadInput = 2
};

/// Each sub-command takes its own arguments (argv[0] is "runbench-cli <command>").
int runRunners(const QStringList& args);
int runRun(const QStringList& args);
int runStats(const QStringList& args);
int runExport(const QStringList& args);
int runTime(const QStringList& args);
int runLoad(const QStringList& args);
int runImport(const QStringList& args);
int runPlan(const QStringList& args);
int runFingerprint(const QStringList& args);
int runMerge(const QStringList& args);
int runFigure(const QStringList& args);
/// `figure` owns its application object: a QApplication on the offscreen platform in a GUI build.
int runFigureMain(int argc, char** argv);

/// Prints "runbench-cli: <message>" to stderr and returns BadInput.
int badInput(const QString& message);

/// Parses `args`; returns the exit code when the command must stop now (bad options: BadInput
/// with the parser's message; --help: Ok after printing it), or nullopt to go on.
std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& args);

} // namespace rb::cli
