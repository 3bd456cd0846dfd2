// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rb {

/// The container daemons Runbench knows how to reach and start (Runner::requiredDaemons()).
namespace daemonkind {
inline const QString docker = QStringLiteral("docker"); ///< dockerd (it starts its own containerd)
inline const QString containerd = QStringLiteral("containerd");
} // namespace daemonkind

/// One container daemon Runbench uses: the user's, or a private one it started. A value.
struct DaemonInfo
{
    QString kind; ///< daemonkind::docker or daemonkind::containerd
    QString program; ///< "dockerd" or "containerd"
    bool isPrivate = false; ///< started by Runbench for this session, on its own socket and data root
    QString variable; ///< DOCKER_HOST or CONTAINERD_ADDRESS
    QString address; ///< unix:///…/docker.sock, or the containerd socket's path
    QString version; ///< the server's version, as its client reports it
    qint64 pid = 0; ///< a private daemon's process
    QString dir; ///< a private daemon's folder: socket, data root, state, log
    double startMs = 0; ///< how long a private daemon took to answer
    /// A private dockerd's network: "bridge rb1a2b3c4d 10.213.17.1/24, no iptables (published ports go
    /// through docker-proxy)"; empty otherwise.
    QString network;
    QString error; ///< empty when usable, else why not (not installed, did not come up, cancelled)

    bool ok() const
    {
        return error.isEmpty();
    }
    /// "DOCKER_HOST=unix:///…": what points a client at it.
    QString environmentEntry() const;
    /// For experiment.json and `runners --json`: kind, program, private, version, address, pid, dir,
    /// network.
    QJsonObject toJson() const;
};

/// "dockerd" / "containerd" for a kind.
QString daemonProgram(const QString& kind);
/// DOCKER_HOST / CONTAINERD_ADDRESS.
QString daemonVariable(const QString& kind);
/// Where the user's daemon is looked for: the variable when set, else the default socket.
QString userDaemonAddress(const QString& kind);
/// Asks the daemon at `address` for its version with its client (`docker version`, `ctr version`); a
/// socket nobody listens on fails at once. `error` set when it does not answer. Blocks ≤ 15 s; any thread.
DaemonInfo queryDaemon(const QString& kind, const QString& address);
/// The sentence a runner's probe reason ends with when its daemon is down: how to let Runbench start a
/// private one (`--start-daemons`, or the GUI setting) or how to start it by hand.
QString daemonStartHint(const QString& kind);

} // namespace rb
