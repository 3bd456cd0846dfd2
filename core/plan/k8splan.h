// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planspec.h"
#include "planwriter.h"

#include <QByteArray>
#include <QString>

namespace rb::plan {

/// The Kubernetes name of an experiment: "runbench-" + its name lowercased, with every run of other characters
/// turned into one '-' (RFC 1123 label, at most 59 characters). Pure.
QString k8sName(const QString& specName);

/// True when a runtime of the spec runs containers (runc, crun, Docker, Podman, containerd's ctr): its pods
/// then need a privileged container. Pure.
bool k8sNeedsPrivileged(const ExperimentSpec& spec);

/// Checks the namespace (RFC 1123 label) and the image (non-empty, no blanks); false with a message. Pure.
bool checkK8sOptions(const K8sOptions& options, QString* what);

/// configmap.yaml: spec.json, the SUT host ids (one per line, index order) and run.sh, the fixed script each
/// pod runs. Pure.
QByteArray k8sConfigMap(const PlanSpec& spec, const K8sOptions& options);

/// job.yaml: an Indexed Job with one pod per SUT host, at most one per node. Pure.
QByteArray k8sJob(const PlanSpec& spec, const K8sOptions& options, const QString& version);

/// README.md: how to apply it, collect the results from the pod logs and merge them. Pure.
QByteArray k8sReadme(const PlanSpec& spec, const K8sOptions& options, const QString& version);

} // namespace rb::plan
