// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace rb {

/// A Linux bridge of a private dockerd's own, so that it shares neither docker0 nor its subnet with the
/// host's dockerd or with another private one. Two dockerds on docker0 both give their first container
/// 172.17.0.2: a published port then reaches the other daemon's container (connection reset), and two
/// dockerds starting at once race on iptables' DOCKER chain ("Chain already exists").
///
/// The bridge is made with iproute2's `ip` (argv, no shell), named "rb" + 8 hex digits of the folder's
/// hash, holds the gateway .1 of a free 10.213.N.0/24, and carries the daemon's folder as its interface
/// alias (/sys/class/net/<name>/ifalias), which is how removeBridgesUnder() finds what a killed Runbench
/// left behind.
struct PrivateBridge
{
    QString name; ///< e.g. "rb1a2b3c4d"
    QString gatewayCidr; ///< e.g. "10.213.17.1/24"
    QString error; ///< why it could not be made; then nothing is left behind

    bool ok() const
    {
        return error.isEmpty();
    }

    /// Makes the bridge for the daemon folder `dir` and brings it up.
    static PrivateBridge create(const QString& dir);
};

/// One IPv4 network in host byte order, e.g. {0x0AD51100, 24} for 10.213.17.0/24.
struct Ipv4Net
{
    std::uint32_t address = 0;
    int prefix = 0;
};

/// The networks of this host's routing table (/proc/net/route), its default route left out.
std::vector<Ipv4Net> routedNetworks(const QString& routeFile = QStringLiteral("/proc/net/route"));

/// The first 10.213.N.0/24, N counted from `start` modulo 256, that overlaps none of `used`; prefix 0 when
/// all 256 are taken.
Ipv4Net freePrivateSubnet(const std::vector<Ipv4Net>& used, unsigned start);

/// Deletes every bridge whose alias is `dir` or a folder below it. Returns problems (empty when clean).
QStringList removeBridgesUnder(const QString& dir);

} // namespace rb
