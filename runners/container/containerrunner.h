// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runner.h"

#include <QObject>

namespace rb {

/// Podman and Docker, each with no network (`:nonet`) or the host's network (`:hostnet`). The image
/// holds only the static workload (a rootfs tarball imported with `<engine> import`: no registry
/// needed), tagged by content so an unchanged workload is never re-imported.
class ContainerRunnerPlugin : public QObject, public RunnerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RunbenchRunnerPlugin_iid FILE "container.json")
    Q_INTERFACES(rb::RunnerPlugin)
public:
    std::vector<std::shared_ptr<Runner>> createRunners(const RunnerContext& context) override;
};

} // namespace rb
