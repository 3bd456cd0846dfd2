// SPDX-License-Identifier: GPL-3.0-or-later
// Private dockerds side by side: each on a bridge and subnet of its own (PrivateBridge), started at the same
// moment, each serving http-hello through a published port (docker:portmap) that reaches its own container;
// neither touches iptables; their bridges are gone when they stop. The routing-table reading is checked
// against iproute2's own `ip -4 route`.
#include "../common/httpget.h"
#include "../common/testsupport.h"
#include "runner/daemonsupervisor.h"
#include "runner/installation.h"
#include "runner/privatebridge.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <thread>

using namespace rb;

class TestPrivateDaemons : public QObject
{
    Q_OBJECT

    static QByteArray output(const QStringList& argv)
    {
        QProcess p;
        p.start(argv.first(), argv.mid(1));
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    }
    // iptables' nat and filter rules a dockerd with iptables would add or flush: its DOCKER chains and whatever
    // names its bridge or subnet. (Other rules may change meanwhile: podman's CNI port mappings of tests running
    // at the same time.)
    static QSet<QByteArray> iptablesRules()
    {
        QSet<QByteArray> rules;
        for (const char* table : { "nat", "filter" }) {
            for (const QByteArray& l :
                output({ QStringLiteral("iptables"), QStringLiteral("-t"), QLatin1String(table), QStringLiteral("-S") })
                    .split('\n')) {
                if (l.contains("DOCKER") || l.contains(" rb") || l.contains("10.213.")) {
                    rules.insert(QByteArray(table) + ' ' + l);
                }
            }
        }
        return rules;
    }
    static QString ipv4(const Ipv4Net& n)
    {
        return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(n.address >> 24)
            .arg((n.address >> 16) & 255)
            .arg((n.address >> 8) & 255)
            .arg(n.address & 255)
            .arg(n.prefix);
    }
    static Ipv4Net net(const char* dotted, int prefix)
    {
        const QStringList p = QString::fromLatin1(dotted).split(QLatin1Char('.'));
        return { (p[0].toUInt() << 24) | (p[1].toUInt() << 16) | (p[2].toUInt() << 8) | p[3].toUInt(), prefix };
    }

private Q_SLOTS:
    void routingTableEqualsIpRoute()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()) {
            QSKIP("iproute2's ip is not installed");
        }
        QSet<QString> ours;
        for (const Ipv4Net& n : routedNetworks()) {
            ours.insert(ipv4(n));
        }
        // `ip -4 route show table main`: "10.88.0.0/16 dev cni-podman0 …", "192.0.2.1 dev eth0 …" (a /32).
        QSet<QString> theirs;
        for (const QByteArray& l : output({ QStringLiteral("ip"), QStringLiteral("-4"), QStringLiteral("route"),
                                              QStringLiteral("show"), QStringLiteral("table"), QStringLiteral("main") })
                                       .split('\n')) {
            const QString first = QString::fromLatin1(l.split(' ').first());
            if (!first.isEmpty() && first != QLatin1String("default")) {
                theirs.insert(first.contains(QLatin1Char('/')) ? first : first + QStringLiteral("/32"));
            }
        }
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(ours, theirs);
    }

    void freeSubnetSkipsWhatIsRouted()
    {
        QCOMPARE(ipv4(freePrivateSubnet({}, 5)), QStringLiteral("10.213.5.0/24"));
        QCOMPARE(ipv4(freePrivateSubnet({}, 256 + 7)), QStringLiteral("10.213.7.0/24"));
        QCOMPARE(ipv4(freePrivateSubnet({ net("10.213.5.0", 24) }, 5)), QStringLiteral("10.213.6.0/24"));
        // A smaller network inside a candidate, and a larger one holding it, both take it.
        QCOMPARE(ipv4(freePrivateSubnet({ net("10.213.7.128", 25), net("10.213.8.0", 22) }, 7)),
            QStringLiteral("10.213.12.0/24"));
        QCOMPARE(ipv4(freePrivateSubnet({ net("10.213.255.0", 24) }, 255)), QStringLiteral("10.213.0.0/24"));
        QCOMPARE(freePrivateSubnet({ net("10.0.0.0", 8) }, 0).prefix, 0);
    }

    void bridgeOfAKilledRunbenchIsRemoved()
    {
        QTemporaryDir base;
        const QString dir = base.filePath(QStringLiteral("runbench-daemons-1/docker"));
        const PrivateBridge b = PrivateBridge::create(dir);
        if (!b.ok() && b.error.contains(QStringLiteral("not installed"))) {
            QSKIP(qPrintable(b.error));
        }
        QVERIFY2(b.ok(), qPrintable(b.error));
        const QString sys = QStringLiteral("/sys/class/net/") + b.name;
        QVERIFY(QFileInfo::exists(sys + QStringLiteral("/bridge")));
        QVERIFY(output({ QStringLiteral("ip"), QStringLiteral("-4"), QStringLiteral("addr"), QStringLiteral("show"),
                           QStringLiteral("dev"), b.name })
                    .contains(b.gatewayCidr.toLatin1()));
        QVERIFY(removeBridgesUnder(base.filePath(QStringLiteral("runbench-daemons-10"))).isEmpty());
        QVERIFY2(QFileInfo::exists(sys), "a folder whose name only starts the same must not match");
        QVERIFY(removeBridgesUnder(base.filePath(QStringLiteral("runbench-daemons-1"))).isEmpty());
        QVERIFY(!QFileInfo::exists(sys));
    }

    void twoPrivateDockerdsAtOnce()
    {
        const QSet<QByteArray> rulesBefore = iptablesRules();
        QTemporaryDir baseA, baseB;
        auto a = std::make_shared<DaemonSupervisor>(baseA.path());
        auto b = std::make_shared<DaemonSupervisor>(baseB.path());
        DaemonInfo da, db;
        {
            std::thread other([&] { db = b->startPrivate(daemonkind::docker); });
            da = a->startPrivate(daemonkind::docker);
            other.join();
        }
        auto stop = qScopeGuard([&] {
            QVERIFY(a->stop().isEmpty());
            QVERIFY(b->stop().isEmpty());
        });
        if (!da.ok() && da.error.contains(QStringLiteral("not installed"))) {
            QSKIP(qPrintable(da.error));
        }
        QVERIFY2(da.ok(), qPrintable(da.error));
        QVERIFY2(db.ok(), qPrintable(db.error));
        const QRegularExpression network(
            QStringLiteral("^bridge (rb[0-9a-f]{8}) (10\\.213\\.\\d+)\\.1/24, no iptables"));
        const auto ma = network.match(da.network);
        const auto mb = network.match(db.network);
        QVERIFY2(ma.hasMatch() && mb.hasMatch(), qPrintable(da.network + QStringLiteral(" | ") + db.network));
        QVERIFY(ma.captured(1) != mb.captured(1));
        QVERIFY(ma.captured(2) != mb.captured(2));

        // Each serves http-hello on a published port; /state counts per container, so a request that
        // reached the other daemon's container would show.
        struct Served
        {
            std::shared_ptr<Installation> inst;
            const RunnerEntry* entry = nullptr;
            RunSpec run;
            std::unique_ptr<QProcess> server;
            quint16 port = 0;
        };
        std::vector<Served> served(2);
        const auto stopServers = [&] {
            for (Served& s : served) {
                if (s.server) {
                    s.server->kill();
                    s.server->waitForFinished(10000);
                }
                if (s.entry) {
                    s.entry->runner->cleanup(s.run);
                }
                s.inst.reset();
            }
        };
        auto cleanup = qScopeGuard(stopServers);
        for (int k = 0; k < 2; ++k) {
            Served& s = served[size_t(k)];
            DiscoverOptions o;
            o.startDaemons = true;
            o.daemons = k == 0 ? a : b;
            s.inst = Installation::discover({ QStringLiteral("docker:portmap") }, o);
            s.entry = s.inst->registry.find(QStringLiteral("docker:portmap"));
            QVERIFY(s.entry);
            QVERIFY2(s.entry->probe.available, qPrintable(s.entry->probe.reason));
            const auto def = s.inst->workloads.find(QStringLiteral("http-hello"));
            QVERIFY(def);
            const PrepareResult prepared = s.entry->runner->prepare(*def);
            QVERIFY2(prepared.ok, qPrintable(prepared.error));
            s.port = test::freeLoopbackPort();
            s.run.index = 920000 + k;
            s.run.workload = WorkloadRef { def->name, { QString::number(s.port) } };
            const LaunchSpec ls = s.entry->runner->launch(prepared, s.run);
            s.server = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString& kv : ls.environmentOverrides) {
                env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
            }
            s.server->setProcessEnvironment(env);
            s.server->start(ls.argv.first(), ls.argv.mid(1));
            QVERIFY(s.server->waitForStarted());
            QString why;
            QVERIFY2(test::waitForOutput(*s.server, "listening on ", 60000, &why), qPrintable(why));
        }
        QByteArray status;
        for (const auto& [k, expected] : std::vector<std::pair<int, QByteArray>> {
                 { 0, "1\n" }, { 0, "2\n" }, { 1, "1\n" }, { 0, "3\n" }, { 1, "2\n" } }) {
            QTcpSocket sock;
            sock.connectToHost(QHostAddress::LocalHost, served[size_t(k)].port);
            QVERIFY2(sock.waitForConnected(10000), qPrintable(sock.errorString()));
            QCOMPARE(test::httpGet(sock, "/state", &status), expected);
            QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
        }
        QCOMPARE(iptablesRules(), rulesBefore);

        cleanup.dismiss();
        stopServers();
        stop.dismiss();
        QCOMPARE(a->stop(), QStringList());
        QCOMPARE(b->stop(), QStringList());
        for (const QString& name : { ma.captured(1), mb.captured(1) }) {
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/sys/class/net/") + name), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivateDaemons)
#include "tst_privatedaemons.moc"
