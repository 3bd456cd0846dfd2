// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runner.h"

#include <QObject>

namespace rb {

/// Creates one runner per variant of every profile in the profile folders
/// (shipped: share/runbench/profiles; user: ~/.local/share/runbench/profiles).
class CliRunnerPlugin : public QObject, public RunnerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RunbenchRunnerPlugin_iid FILE "cli.json")
    Q_INTERFACES(rb::RunnerPlugin)
public:
    std::vector<std::shared_ptr<Runner>> createRunners(const RunnerContext& context) override;
};

} // namespace rb
