// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb::mounts {

/// Mount points at or below `dir` in this process's mount namespace (/proc/self/mounts), deepest first.
QStringList under(const QString& dir);
/// Unmounts every mount point at or below `dir`, deepest first (detached when busy). Returns those still
/// mounted afterwards, with why. Needs CAP_SYS_ADMIN (root). Any thread.
QStringList unmountUnder(const QString& dir);

} // namespace rb::mounts
