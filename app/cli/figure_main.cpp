// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-figure: the helper `runbench-cli figure ARGS...` replaces itself by (cmd_figure_forward.cpp), called with
// the same arguments ("figure" first). It links the GUI's plot library, so it ships with the runbench package.
#include "commands.h"

int main(int argc, char** argv)
{
    return rb::cli::runFigureMain(argc, argv);
}
