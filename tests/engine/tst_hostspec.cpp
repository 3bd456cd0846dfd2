// SPDX-License-Identifier: GPL-3.0-or-later
// "hosts" in a spec (docs/multi-host.md): parsing with exact messages, --host-id/--role/--sut checks, and the
// `host` factor in run ids.
#include "engine/experimentplan.h"
#include "engine/hostrole.h"
#include "model/experimentspec.h"

#include <QJsonDocument>
#include <QTest>

using namespace rb;

namespace {

const QByteArray kBase = R"("name":"x","runtimes":["native"],"workloads":["hello"])";

ExperimentSpec spec(const QByteArray& hosts)
{
    const SpecParseResult r = parseExperimentSpec("{" + kBase + ",\"hosts\":" + hosts + "}", QStringLiteral("s.json"));
    if (!r.spec) {
        qFatal("%s", qPrintable(r.error));
    }
    return *r.spec;
}

} // namespace

class TestHostSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badHostsGiveExactMessages_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("message");
        QTest::addRow("not an array") << QByteArray(R"("hosts":{})")
                                      << QStringLiteral("s.json: field \"hosts\": expected a non-empty array of "
                                                        "{\"id\", \"address\", \"roles\"}");
        QTest::addRow("duplicate id") << QByteArray(
            R"("hosts":[{"id":"pi1","roles":["sut"]},{"id":"pi1","roles":["loadgen"]}])")
                                      << QStringLiteral("s.json: field \"hosts[1].id\": duplicate host \"pi1\"");
        QTest::addRow("bad role") << QByteArray(R"("hosts":[{"id":"a","roles":["sut","client"]}])")
                                  << QStringLiteral("s.json: field \"hosts[0].roles[1]\": unknown role \"client\" "
                                                    "(expected \"sut\", \"loadgen\" or \"both\")");
        QTest::addRow("no roles") << QByteArray(R"("hosts":[{"id":"a","roles":[]}])")
                                  << QStringLiteral("s.json: field \"hosts[0].roles\": expected a non-empty array "
                                                    "of \"sut\", \"loadgen\" or \"both\"");
        QTest::addRow("bad id") << QByteArray(R"("hosts":[{"id":"a b","roles":["sut"]}])")
                                << QStringLiteral("s.json: field \"hosts[0].id\": expected a non-empty string of "
                                                  "letters, digits, '_', '.' or '-'");
        QTest::addRow("empty address") << QByteArray(R"("hosts":[{"id":"a","address":"","roles":["sut"]}])")
                                       << QStringLiteral(
                                              "s.json: field \"hosts[0].address\": expected an IP address or DNS name");
        QTest::addRow("unknown key") << QByteArray(R"("hosts":[{"id":"a","role":["sut"]}])")
                                     << QStringLiteral("s.json: field \"hosts[0].role\": unknown field (expected one "
                                                       "of: id, address, roles)");
        QTest::addRow("bad control port") << QByteArray(R"("control_port":70000)")
                                          << QStringLiteral("s.json: field \"control_port\": expected an integer "
                                                            "from 1 to 65535");
        QTest::addRow("factor called host") << QByteArray(R"("factors":[{"name":"host","levels":["a"]}])")
                                            << QStringLiteral("s.json: field \"factors[0].name\"");
    }
    void badHostsGiveExactMessages()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, message);
        const SpecParseResult r = parseExperimentSpec("{" + kBase + "," + extra + "}", QStringLiteral("s.json"));
        QVERIFY(!r.spec);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));
    }

    void hostsParseWithDefaultsAndRoundTrip()
    {
        const ExperimentSpec s = spec(R"([{"id":"pi1","address":"10.0.0.11","roles":["sut"]},
            {"id":"gen","roles":["both"]}])");
        QCOMPARE(s.hosts.size(), 2);
        QCOMPARE(s.hosts[0].address, QStringLiteral("10.0.0.11"));
        QCOMPARE(s.hosts[1].address, QStringLiteral("gen")); // default: the id
        QCOMPARE(s.hosts[1].roles, (QStringList { QStringLiteral("sut"), QStringLiteral("loadgen") }));
        QCOMPARE(s.controlPort, 7171);
        const QByteArray again = QJsonDocument(s.toJson()).toJson();
        QCOMPARE(parseExperimentSpec(again, QStringLiteral("again")).spec, std::optional<ExperimentSpec>(s));
        // Without hosts the written spec has neither key (results as before hosts existed).
        const ExperimentSpec plain = *parseExperimentSpec("{" + kBase + "}", QStringLiteral("p")).spec;
        QVERIFY(!plain.toJson().contains(QStringLiteral("hosts")));
        QVERIFY(!plain.toJson().contains(QStringLiteral("control_port")));
        QVERIFY(specSha256(plain) != specSha256(s));
    }

    void hostOptionsAreChecked()
    {
        const ExperimentSpec s = spec(R"([{"id":"a","address":"127.0.0.1","roles":["sut"]},
            {"id":"b","roles":["loadgen"]},{"id":"c","roles":["sut"]}])");
        QString err;
        QVERIFY(!assignHost(s, QStringLiteral("zz"), QStringLiteral("sut"), {}, &err));
        QCOMPARE(err, QStringLiteral("--host-id \"zz\" is not a host of the spec (expected one of: a, b, c)"));
        QVERIFY(!assignHost(s, {}, QStringLiteral("sut"), {}, &err));
        QCOMPARE(err, QStringLiteral("--host-id is required: the spec has hosts (a, b, c)"));
        QVERIFY(!assignHost(s, QStringLiteral("a"), QStringLiteral("loadgen"), {}, &err));
        QCOMPARE(err, QStringLiteral("--role loadgen: host \"a\" has the roles sut in the spec"));
        QVERIFY(!assignHost(s, QStringLiteral("a"), QStringLiteral("server"), {}, &err));
        QCOMPARE(err, QStringLiteral("--role: expected sut, loadgen or both, not \"server\""));
        QVERIFY(!assignHost(s, QStringLiteral("b"), QStringLiteral("loadgen"), {}, &err));
        QCOMPARE(err, QStringLiteral("--sut is required: the spec has several SUT hosts (a, c)"));
        QVERIFY(!assignHost(s, QStringLiteral("b"), QStringLiteral("loadgen"), QStringLiteral("b"), &err));
        QCOMPARE(err, QStringLiteral("--sut \"b\" is not a SUT host of the spec (expected one of: a, c)"));
        const auto lg = assignHost(s, QStringLiteral("b"), QStringLiteral("loadgen"), QStringLiteral("a"), &err);
        QVERIFY2(lg, qPrintable(err));
        QCOMPARE(lg->factorHost, QStringLiteral("a")); // the SUT's id is the factor on both sides
        QCOMPARE(lg->sutAddress, QStringLiteral("127.0.0.1"));
        const auto sut = assignHost(s, QStringLiteral("c"), QStringLiteral("sut"), {}, &err);
        QVERIFY2(sut, qPrintable(err));
        QCOMPARE(sut->factorHost, QStringLiteral("c"));
        QCOMPARE(sut->rolesRun(), QStringList { QStringLiteral("sut") });
        // No hosts: role both only, no factor unless --host-id names one.
        const ExperimentSpec plain = *parseExperimentSpec("{" + kBase + "}", QStringLiteral("p")).spec;
        QVERIFY(!assignHost(plain, {}, QStringLiteral("sut"), {}, &err));
        QVERIFY(assignHost(plain, {}, {}, {}, &err)->factorHost.isEmpty());
        QCOMPARE(assignHost(plain, QStringLiteral("lab"), {}, {}, &err)->factorHost, QStringLiteral("lab"));
    }

    void hostFactorIsInRunIds()
    {
        const ExperimentSpec s = spec(R"([{"id":"pi1","roles":["sut"]}])");
        const ExperimentPlan plain(s);
        const ExperimentPlan withHost(s, {}, QStringLiteral("pi1"));
        QCOMPARE(plain.runs().size(), withHost.runs().size());
        QCOMPARE(plain.runs().first().runId, QStringLiteral("native/hello/cold-start-exit/w1"));
        QCOMPARE(withHost.runs().first().runId, QStringLiteral("native/hello/cold-start-exit host=pi1/w1"));
        QCOMPARE(
            withHost.runs().first().scenario.params.value(QStringLiteral("host")).toString(), QStringLiteral("pi1"));
    }
};

QTEST_GUILESS_MAIN(TestHostSpec)
#include "tst_hostspec.moc"
