// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatebridge.h"

#include "measure/processlauncher.h"
#include "paths.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <bit>

namespace rb {

namespace {

constexpr std::uint32_t kPoolBase = (10u << 24) | (213u << 16); // 10.213.0.0/16
constexpr auto kIpTimeout = std::chrono::seconds(10);

std::uint32_t maskOf(int prefix)
{
    return prefix <= 0 ? 0u : ~std::uint32_t(0) << (32 - prefix);
}

bool overlaps(const Ipv4Net& a, const Ipv4Net& b)
{
    const std::uint32_t mask = maskOf(std::min(a.prefix, b.prefix));
    return (a.address & mask) == (b.address & mask);
}

QString dotted(std::uint32_t a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 255).arg((a >> 8) & 255).arg(a & 255);
}

/// Runs `ip args…`; the error ("ip link add …: <its stderr>") or empty.
QString ip(const QString& program, const QStringList& args)
{
    const ProcessOutcome o = runCommand(QStringList { program } + args, kIpTimeout);
    if (o.succeeded()) {
        return {};
    }
    const QByteArray said = o.stderrData.isEmpty() ? o.stdoutData : o.stderrData;
    return QStringLiteral("ip %1: %2")
        .arg(args.join(QLatin1Char(' ')), said.isEmpty() ? o.describe(kIpTimeout) : firstLine(said));
}

} // namespace

std::vector<Ipv4Net> routedNetworks(const QString& routeFile)
{
    std::vector<Ipv4Net> out;
    QFile f(routeFile);
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    f.readLine(); // header: Iface Destination Gateway Flags RefCnt Use Metric Mask …
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().simplified().split(' ');
        if (fields.size() < 8) {
            continue;
        }
        bool okDest = false, okMask = false;
        // The kernel prints the big-endian address as a native integer in hex.
        const auto dest = qFromBigEndian(std::uint32_t(fields.at(1).toUInt(&okDest, 16)));
        const auto mask = qFromBigEndian(std::uint32_t(fields.at(7).toUInt(&okMask, 16)));
        if (okDest && okMask && mask != 0) {
            out.push_back({ dest, std::popcount(mask) });
        }
    }
    return out;
}

Ipv4Net freePrivateSubnet(const std::vector<Ipv4Net>& used, unsigned start)
{
    for (unsigned i = 0; i < 256; ++i) {
        const Ipv4Net candidate { kPoolBase | (((start + i) % 256) << 8), 24 };
        if (std::none_of(used.begin(), used.end(), [&](const Ipv4Net& u) { return overlaps(u, candidate); })) {
            return candidate;
        }
    }
    return {};
}

PrivateBridge PrivateBridge::create(const QString& dir)
{
    PrivateBridge b;
    const QString program = paths::systemProgram(QStringLiteral("ip"));
    if (program.isEmpty()) {
        b.error = QStringLiteral("iproute2's ip is not installed (Debian package iproute2): a private dockerd "
                                 "needs a bridge of its own");
        return b;
    }
    const auto hash = qHash(dir, 0x5242); // the same folder gives the same name and, mostly, subnet
    b.name = QStringLiteral("rb%1").arg(quint32(hash), 8, 16, QLatin1Char('0'));
    const Ipv4Net subnet = freePrivateSubnet(routedNetworks(), unsigned(hash >> 8));
    if (subnet.prefix == 0) {
        b.error = QStringLiteral("no free /24 left in 10.213.0.0/16 for a private dockerd's bridge");
        return b;
    }
    b.gatewayCidr = dotted(subnet.address | 1) + QStringLiteral("/24");
    b.error = ip(program,
        { QStringLiteral("link"), QStringLiteral("add"), b.name, QStringLiteral("type"), QStringLiteral("bridge") });
    if (!b.error.isEmpty()) {
        return b;
    }
    for (const QStringList& args :
        { QStringList {
              QStringLiteral("link"), QStringLiteral("set"), b.name, QStringLiteral("alias"), QDir::cleanPath(dir) },
            QStringList { QStringLiteral("addr"), QStringLiteral("add"), b.gatewayCidr, QStringLiteral("dev"), b.name },
            QStringList { QStringLiteral("link"), QStringLiteral("set"), b.name, QStringLiteral("up") } }) {
        b.error = ip(program, args);
        if (!b.error.isEmpty()) {
            ip(program, { QStringLiteral("link"), QStringLiteral("del"), b.name });
            return b;
        }
    }
    return b;
}

QStringList removeBridgesUnder(const QString& dir)
{
    QStringList problems;
    const QString clean = QDir::cleanPath(dir);
    const QString program = paths::systemProgram(QStringLiteral("ip"));
    const QDir net(QStringLiteral("/sys/class/net"));
    for (const QString& name : net.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        if (!name.startsWith(QLatin1String("rb"))) {
            continue;
        }
        QFile alias(net.filePath(name + QStringLiteral("/ifalias")));
        if (!alias.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString owner = QString::fromLocal8Bit(alias.readAll()).trimmed();
        if (owner != clean && !owner.startsWith(clean + QLatin1Char('/'))) {
            continue;
        }
        const QString error = program.isEmpty()
            ? QStringLiteral("cannot delete bridge %1: iproute2's ip is not installed").arg(name)
            : ip(program, { QStringLiteral("link"), QStringLiteral("del"), name });
        if (!error.isEmpty()) {
            problems << error;
        }
    }
    return problems;
}

} // namespace rb
