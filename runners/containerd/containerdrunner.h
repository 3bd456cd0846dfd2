// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runner.h"

#include <QObject>

namespace rb {

/// containerd through `ctr run --rootfs`: `ctr:runc` and `ctr:runc-hostnet` run the static
/// workload with io.containerd.runc.v2; `ctr:wasmtime`, `ctr:wasmedge`, `ctr:wasmer`, `ctr:wamr` run
/// the wasm module with the runwasi shim io.containerd.<rt>.v1 when containerd-shim-<rt>-v1 is on PATH.
/// containerd must be running; ctr honours CONTAINERD_ADDRESS.
class ContainerdRunnerPlugin : public QObject, public RunnerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RunbenchRunnerPlugin_iid FILE "containerd.json")
    Q_INTERFACES(rb::RunnerPlugin)
public:
    std::vector<std::shared_ptr<Runner>> createRunners(const RunnerContext& context) override;
};

} // namespace rb
