// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb::stale {

/// Whether the Runbench process `pid` that named a container or bundle is gone (a SIGKILLed run: its
/// processes died with it, but containers run under their runtime or daemon and outlive it).
bool ownerGone(qint64 pid);

/// Names among `names` that are `<prefix><pid>` or `<prefix><pid>-…` with a pid that is gone: what a killed
/// Runbench left (containers, bundles, private daemons' folders).
QStringList leftBehind(const QStringList& names, const QString& prefix);

} // namespace rb::stale
