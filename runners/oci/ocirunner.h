// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runner.h"

#include <QObject>

namespace rb {

/// runc and crun, each with a network namespace (`:netns`) or on the host network (`:hostnet`).
/// The rootfs (the static workload only) is built once per content and shared read-only; each run
/// gets its own bundle folder with a config.json for its arguments, removed by cleanup().
class OciRunnerPlugin : public QObject, public RunnerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RunbenchRunnerPlugin_iid FILE "oci.json")
    Q_INTERFACES(rb::RunnerPlugin)
public:
    std::vector<std::shared_ptr<Runner>> createRunners(const RunnerContext& context) override;
};

} // namespace rb
