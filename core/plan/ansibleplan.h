// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory.h"
#include "planspec.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rb::plan {

/// How the hosts of a spec take part in a run: SUTs that have a load generator of their own (paired, round
/// robin over the loadgen-only hosts; they run one after the other because the load generator is shared) and
/// SUTs that run everything themselves (`--role both`: they may run in parallel).
struct RunLayout
{
    QList<QPair<QString, QString>> paired; ///< (sut, loadgen)
    QStringList selfContained;
    QStringList all; ///< every host id, spec order
    /// Results folders the run leaves, relative to results/hosts/ on the controller: <host>/results/<folder>.
    QStringList folders;
};
RunLayout runLayout(const PlanSpec& spec);

/// The spec's host ids the inventory does not have, spec order.
QStringList missingInventoryHosts(const PlanSpec& spec, const Inventory& inventory);

/// playbook.yml: preflight, run, fetch, merge (docs/scale-out.md walks through it). `version` is what
/// `runbench-cli --version` prints on every host ("runbench-cli 0.1.0"). Pure.
QByteArray ansiblePlaybook(const PlanSpec& spec, const QString& version);

/// README.md beside the playbook: what it does and how to run it. Pure.
QByteArray ansibleReadme(const PlanSpec& spec, const QString& version);

} // namespace rb::plan
