// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// Translation contexts of the core messages the GUI shows (style.md, "Translations"). TrX::tr(text) is
// QCoreApplication::translate("rb::X", text): only app/gui/main.cpp installs a translator, so runbench-cli, which
// installs none, prints the English source text byte for byte. Any thread.
namespace rb {

/// What is wrong with an experiment spec: its shape and values, scenario parameters, and what this machine's
/// runners and workload catalogue make of it (readExperimentSpec(), Installation::validate()).
struct TrSpecCheck
{
    Q_DECLARE_TR_FUNCTIONS(rb::SpecCheck)
};

/// Why result sets may not be comparable, and what a comparison or a table of them left out.
struct TrComparison
{
    Q_DECLARE_TR_FUNCTIONS(rb::Comparison)
};

/// Why `runbench-cli export` and the Export page have no table (the table itself is never translated).
struct TrTableExport
{
    Q_DECLARE_TR_FUNCTIONS(rb::TableExport)
};

/// Scenario descriptions and parameter help (marked with QT_TRANSLATE_NOOP in core/model/scenariokinds.cpp).
inline constexpr char kScenariosContext[] = "rb::Scenarios";

} // namespace rb
