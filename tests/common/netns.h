// SPDX-License-Identifier: GPL-3.0-or-later
// Several "hosts" on one machine for tests of what crosses a network (multi-host runs, later the Ansible
// end-to-end test): one network namespace per host, each with its own address on a private bridge, and argv
// wrappers to run a command inside one. The bridge lives in a "switch" namespace of its own: in the root
// namespace, bridged packets go through the host's iptables FORWARD chain (bridge-nf-call-iptables), which
// Docker sets to DROP; a fresh namespace has no rules, and the host's firewall is never touched. Needs root and
// iproute2 (`ip netns add`); create() says why when it cannot, and the caller QSKIPs with that reason. Everything is
// removed by the destructor, also when the test fails half-way: processes still inside the namespaces are killed, then
// the namespaces and the bridge deleted.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <csignal>
#include <unistd.h>

namespace rb::test {

class TestNetwork
{
public:
    /// Names carry the test's pid, so that concurrent tests never share a namespace: rb<pid><tag><i>.
    explicit TestNetwork(const QString& tag)
        : m_prefix(QStringLiteral("rb%1%2").arg(::getpid()).arg(tag.left(3)))
    {
    }
    ~TestNetwork()
    {
        destroy();
    }
    TestNetwork(const TestNetwork&) = delete;
    TestNetwork& operator=(const TestNetwork&) = delete;

    /// `hosts` namespaces with 10.77.0.1, 10.77.0.2, … /24 on one bridge (in namespace <prefix>sw), loopback up
    /// in each. False with
    /// the failing command and its stderr (not root, no netns support in this kernel/container).
    bool create(int hosts, QString* why)
    {
        const QString sw = m_prefix + QStringLiteral("sw");
        if (!ip({ QStringLiteral("netns"), QStringLiteral("add"), sw }, why)) {
            return false;
        }
        m_switch = sw;
        // "name" before the device: a bare "br…" would be read as the "broadcast" keyword.
        if (!ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("name"),
                    QStringLiteral("swbr"), QStringLiteral("type"), QStringLiteral("bridge") },
                why)
            || !ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("swbr"),
                       QStringLiteral("up") },
                why)) {
            return false;
        }
        for (int i = 0; i < hosts; ++i) {
            const QString ns = m_prefix + QString::number(i);
            const QString outside = ns + QStringLiteral("o");
            const QString inside = ns + QStringLiteral("i");
            if (!ip({ QStringLiteral("netns"), QStringLiteral("add"), ns }, why)) {
                return false;
            }
            m_namespaces << ns;
            const QString addr = address(i) + QStringLiteral("/24");
            if (!ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("name"),
                        outside, QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
                        QStringLiteral("name"), inside, QStringLiteral("netns"), ns },
                    why)
                || !ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"), outside,
                           QStringLiteral("master"), QStringLiteral("swbr") },
                    why)
                || !ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"), outside,
                           QStringLiteral("up") },
                    why)
                || !ip({ QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"), addr,
                           QStringLiteral("dev"), inside },
                    why)
                || !ip({ QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), inside,
                           QStringLiteral("up") },
                    why)
                || !ip({ QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                           QStringLiteral("up") },
                    why)) {
                return false;
            }
        }
        return true;
    }

    QString name(int i) const
    {
        return m_namespaces.value(i);
    }
    /// The address of host i (10.77.0.<i+1>).
    static QString address(int i)
    {
        return QStringLiteral("10.77.0.%1").arg(i + 1);
    }
    /// `argv` run inside host i's namespace: {"ip", "netns", "exec", name, argv…} (no shell).
    QStringList wrap(int i, const QStringList& argv) const
    {
        return QStringList { QStringLiteral("netns"), QStringLiteral("exec"), name(i) } + argv;
    }
    /// Arguments for `nsenter` (util-linux) that run what follows in host i's network namespace only. Container
    /// runtimes need this one: `ip netns exec` also remounts /sys for the namespace, which hides the cgroup file
    /// system from runc, crun, podman and dockerd ("no cgroup mount found").
    QStringList enterNet(int i) const
    {
        return { QStringLiteral("--net=/run/netns/") + name(i) };
    }
    /// The program that wrap()'s arguments go to.
    static QString ipProgram()
    {
        return QStringLiteral("ip");
    }

    /// Kills what still runs inside the namespaces, deletes them and the bridge. Idempotent.
    void destroy()
    {
        for (const QString& ns : std::as_const(m_namespaces)) {
            QProcess p;
            p.start(ipProgram(), { QStringLiteral("netns"), QStringLiteral("pids"), ns });
            p.waitForFinished(5000);
            for (const QByteArray& pid : p.readAllStandardOutput().split('\n')) {
                if (pid.toInt() > 1) {
                    ::kill(pid.toInt(), SIGKILL);
                }
            }
            QString ignored;
            ip({ QStringLiteral("netns"), QStringLiteral("del"), ns }, &ignored); // removes its veth end too
        }
        m_namespaces.clear();
        if (!m_switch.isEmpty()) { // its bridge and veth ends go with it
            QString ignored;
            ip({ QStringLiteral("netns"), QStringLiteral("del"), m_switch }, &ignored);
            m_switch.clear();
        }
    }

private:
    static bool ip(const QStringList& args, QString* why)
    {
        QProcess p;
        p.start(ipProgram(), args);
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why =
                QStringLiteral("ip %1: %2")
                    .arg(args.join(QLatin1Char(' ')),
                        p.error() == QProcess::FailedToStart ? QStringLiteral("cannot start ip (iproute2 missing?)")
                                                             : QString::fromUtf8(p.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    }

    QString m_prefix;
    QString m_switch;
    QStringList m_namespaces;
};

} // namespace rb::test
