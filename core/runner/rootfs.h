// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rb::rootfs {

/// Makes <dir>/rootfs holding only the static workload binary as /<name>, plus empty /proc and /dev
/// mount points: the root filesystem of an OCI bundle or a FROM-scratch image. Returns an error or empty.
QString make(const QString& dir, const QString& staticBinary, const QString& name);

} // namespace rb::rootfs
