// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb::plan {

/// What writing a plan folder did: the files written, or an error (bad input: exit code 2 in the CLI).
struct PlanWriteResult
{
    QStringList files; ///< absolute paths, in the order written
    QString error; ///< empty on success; names the file, the field or line, and what was expected
};

/// `runbench-cli plan ansible`: checks the spec's hosts against the inventory and writes DIR/playbook.yml,
/// DIR/inventory (a byte copy), DIR/spec.json (a byte copy) and DIR/README.md. `version` is what
/// `runbench-cli --version` prints. Any thread except the GUI thread (file I/O).
PlanWriteResult writeAnsiblePlan(
    const QString& specPath, const QString& inventoryPath, const QString& outDir, const QString& version);

/// Options of `runbench-cli plan k8s`.
struct K8sOptions
{
    QString image = QStringLiteral("runbench-cli:latest");
    QString ns; ///< empty: the namespace of kubectl's current context
};

/// `runbench-cli plan k8s`: writes DIR/configmap.yaml, DIR/job.yaml and DIR/README.md. Any thread except the
/// GUI thread (file I/O).
PlanWriteResult writeK8sPlan(
    const QString& specPath, const QString& outDir, const K8sOptions& options, const QString& version);

} // namespace rb::plan
