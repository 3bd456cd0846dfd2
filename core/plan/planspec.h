// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace rb::plan {

/// One machine of a multi-host experiment (the spec's HostSpec, with its roles as flags for the planners).
struct PlanHost
{
    QString id; ///< [A-Za-z0-9_.-]+; the Ansible inventory host name and `--host-id`
    QString address; ///< where the others reach it; defaults to the id
    bool sut = false; ///< runs the workloads (role "sut")
    bool loadgen = false; ///< generates load for a SUT (role "loadgen")
    bool operator==(const PlanHost&) const = default;
};

/// A spec read for planning: the experiment, its hosts and the raw bytes written next to the plan.
struct PlanSpec
{
    QString path;
    QByteArray bytes; ///< the file as read: DIR/spec.json is a byte copy (the spec as run)
    ExperimentSpec spec;
    QList<PlanHost> hosts;
    int controlPort = 7171;

    QList<PlanHost> suts() const;
    QList<PlanHost> loadgens() const;
};

struct PlanSpecResult
{
    std::optional<PlanSpec> spec;
    QString error; ///< names the file, the field and what was expected
};

/// Reads and validates a spec file for `plan` (parseExperimentSpec, hosts included).
/// Any thread (file I/O).
PlanSpecResult readPlanSpec(const QString& path);

} // namespace rb::plan
