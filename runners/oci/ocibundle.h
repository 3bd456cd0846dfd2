// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rb::oci {

/// What goes into a bundle's config.json.
struct BundleOptions
{
    QStringList args; ///< process.args; args[0] is the path inside the rootfs
    QString rootfs; ///< absolute path of the (shared, read-only) rootfs
    bool networkNamespace = true; ///< false: the container shares the host's network
    qint64 memoryLimitBytes = 0; ///< 0: no limit
    bool wasmHandler = false; ///< annotate for crun's Wasm handler (`run.oci.handler: wasm`)
};

/// A minimal OCI runtime-spec 1.0 config: pid, ipc, uts, mount (and network) namespaces, /proc
/// mounted, read-only root, no terminal (stdio are the launcher's pipes).
QByteArray configJson(const BundleOptions& options);

} // namespace rb::oci
