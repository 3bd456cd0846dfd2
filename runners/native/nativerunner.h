// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runner.h"

#include <QObject>

namespace rb {

/// Runs the native build of a workload directly.
class NativeRunnerPlugin : public QObject, public RunnerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RunbenchRunnerPlugin_iid FILE "native.json")
    Q_INTERFACES(rb::RunnerPlugin)
public:
    std::vector<std::shared_ptr<Runner>> createRunners(const RunnerContext& context) override;
};

} // namespace rb
