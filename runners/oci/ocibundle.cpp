// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocibundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb::oci {

QByteArray configJson(const BundleOptions& o)
{
    QJsonArray namespaces;
    for (const char* ns : { "pid", "ipc", "uts", "mount" }) {
        namespaces.append(QJsonObject { { QStringLiteral("type"), QLatin1String(ns) } });
    }
    if (o.networkNamespace) {
        namespaces.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("network") } });
    }
    QJsonObject linux { { QStringLiteral("namespaces"), namespaces },
        { QStringLiteral("maskedPaths"), QJsonArray { QStringLiteral("/proc/kcore"), QStringLiteral("/proc/keys") } } };
    if (o.memoryLimitBytes > 0) {
        linux.insert(QStringLiteral("resources"),
            QJsonObject { { QStringLiteral("memory"),
                QJsonObject { { QStringLiteral("limit"), double(o.memoryLimitBytes) } } } });
    }
    QJsonObject config {
        { QStringLiteral("ociVersion"), QStringLiteral("1.0.2") },
        { QStringLiteral("process"),
            QJsonObject { { QStringLiteral("terminal"), false },
                { QStringLiteral("user"), QJsonObject { { QStringLiteral("uid"), 0 }, { QStringLiteral("gid"), 0 } } },
                { QStringLiteral("args"), QJsonArray::fromStringList(o.args) },
                { QStringLiteral("env"), QJsonArray { QStringLiteral("PATH=/") } },
                { QStringLiteral("cwd"), QStringLiteral("/") }, { QStringLiteral("noNewPrivileges"), true } } },
        { QStringLiteral("root"),
            QJsonObject { { QStringLiteral("path"), o.rootfs }, { QStringLiteral("readonly"), true } } },
        { QStringLiteral("hostname"), QStringLiteral("runbench") },
        { QStringLiteral("mounts"),
            // /dev is a tmpfs of the container's own (as in runc's default spec): the runtime creates its device
            // nodes and the /dev/ptmx symlink there, not in the rootfs that concurrent instances share.
            QJsonArray { QJsonObject { { QStringLiteral("destination"), QStringLiteral("/proc") },
                             { QStringLiteral("type"), QStringLiteral("proc") },
                             { QStringLiteral("source"), QStringLiteral("proc") } },
                QJsonObject { { QStringLiteral("destination"), QStringLiteral("/dev") },
                    { QStringLiteral("type"), QStringLiteral("tmpfs") },
                    { QStringLiteral("source"), QStringLiteral("tmpfs") },
                    { QStringLiteral("options"),
                        QJsonArray { QStringLiteral("nosuid"), QStringLiteral("strictatime"),
                            QStringLiteral("mode=755"), QStringLiteral("size=65536k") } } } } },
        { QStringLiteral("linux"), linux },
    };
    if (o.wasmHandler) {
        // crun's documented switch to its Wasm handler (docs/wasm-wasi-example.md in containers/crun);
        // process.args[0] must then be the .wasm module inside the rootfs.
        config.insert(QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("run.oci.handler"), QStringLiteral("wasm") },
                { QStringLiteral("module.wasm.image/variant"), QStringLiteral("compat") } });
    }
    return QJsonDocument(config).toJson(QJsonDocument::Indented);
}

} // namespace rb::oci
