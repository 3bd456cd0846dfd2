// SPDX-License-Identifier: GPL-3.0-or-later
// bombardier importer on files written from bombardier's JSON template (tests/data/import/bombardier/README.md).
// Expected values are typed in from the files; µs → ms by hand in the comments.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QtTest>

using namespace rb;
using importtest::near;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/bombardier/") + name));
}

std::optional<ResultSet> load(const QString& file)
{
    ImporterRegistry reg;
    ImportError error;
    auto set = reg.import(data(file), {}, &error);
    if (!set) {
        qWarning("%s", qPrintable(error.text()));
    }
    return set;
}

} // namespace

class TestImportBombardier : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        for (const char* f : { "latency.json", "timed.json", "refused.json", "cut.json", "badtype.json" }) {
            QTest::addRow("%s", f) << QString::fromLatin1(f) << QStringLiteral("bombardier-json");
        }
        QTest::addRow("hyperfine json") << QStringLiteral("../hyperfine/basic.json")
                                        << QStringLiteral("hyperfine-json");
    }
    void sniff()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        ImporterRegistry reg;
        ImportError error;
        const Importer* imp = reg.pick(data(file), &error);
        QVERIFY2(imp, qPrintable(error.text()));
        QCOMPARE(imp->name(), format);
    }

    void latency()
    {
        const auto set = load(QStringLiteral("latency.json"));
        QVERIFY(set);
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runtime, QStringLiteral("bombardier"));
        QCOMPARE(r.spec.workload.label(), QStringLiteral("http://127.0.0.1:8000/"));
        QCOMPARE(r.spec.scenario.label(),
            QStringLiteral("bombardier-json client=fasthttp connections=10 method=GET requests=200"));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 2.4125)); // 2412.5 µs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_stddev")), 0.8123)); // 812.3 µs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 6.012)); // 6012 µs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p50")), 2.301));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p95")), 3.902));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p99")), 5.8));
        QVERIFY(near(r.value(QStringLiteral("latency_2xx_ms_p75")), 2.81)); // percentiles2xx, line 2
        QVERIFY(near(r.value(QStringLiteral("requests_per_s_mean")), 3905.2));
        QVERIFY(near(r.value(QStringLiteral("requests_per_s_stddev")), 410.1));
        QVERIFY(near(r.value(QStringLiteral("requests_per_s_max")), 4400));
        QVERIFY(near(r.value(QStringLiteral("requests_per_s_p90")), 4300));
        QCOMPARE(r.value(QStringLiteral("read_bytes")), 25600.0);
        QCOMPARE(r.value(QStringLiteral("written_bytes")), 12800.0);
        QVERIFY(near(r.value(QStringLiteral("duration_ms")), 51.2)); // 0.0512 s
        QCOMPARE(r.value(QStringLiteral("status_2xx")), 200.0);
        QCOMPARE(r.value(QStringLiteral("status_5xx")), 0.0);
        QCOMPARE(r.value(QStringLiteral("requests")), 200.0);
        QCOMPARE(r.value(QStringLiteral("errors")), 0.0);
        QVERIFY(std::isnan(r.value(QStringLiteral("latency_ms")))); // summaries only
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("bombardier"));
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 1);
    }

    void timedWithErrors()
    {
        const auto set = load(QStringLiteral("timed.json"));
        QVERIFY(set);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.workload.label(), QStringLiteral("http://127.0.0.1:8081/echo"));
        QCOMPARE(r.spec.scenario.label(),
            QStringLiteral("bombardier-json client=net/http.v1 connections=125 duration_s=10 method=POST rate=5000"));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 24.96143)); // 24961.43 µs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 2001.342)); // 2001342 µs
        QVERIFY(std::isnan(r.value(QStringLiteral("latency_ms_p50")))); // no -l
        QVERIFY(std::isnan(r.value(QStringLiteral("requests_per_s_p95")))); // this version: 50/75/90/99
        QVERIFY(near(r.value(QStringLiteral("requests_per_s_p99")), 5380));
        QVERIFY(near(r.value(QStringLiteral("duration_ms")), 10004.117561));
        QCOMPARE(r.value(QStringLiteral("status_4xx")), 856.0);
        QCOMPARE(r.value(QStringLiteral("status_5xx")), 3.0);
        QCOMPARE(r.value(QStringLiteral("status_others")), 12.0);
        QCOMPARE(r.value(QStringLiteral("requests")), 49991.0); // 49120 + 856 + 3 + 12
        QCOMPARE(r.value(QStringLiteral("errors")), 12.0); // 9 timeouts + 3 refused
        QCOMPARE(set->warnings.size(), 2);
        QVERIFY(set->warnings.at(1).contains(QStringLiteral("bombardier reported 3 × dial tcp")));
    }

    void nothingCompleted()
    {
        const auto set = load(QStringLiteral("refused.json"));
        QVERIFY(set);
        const RunRecord& r = set->runs.first();
        QVERIFY(std::isnan(r.value(QStringLiteral("latency_ms_mean"))));
        QVERIFY(std::isnan(r.value(QStringLiteral("requests_per_s_mean"))));
        QCOMPARE(r.value(QStringLiteral("status_others")), 50.0);
        QCOMPARE(r.value(QStringLiteral("errors")), 50.0);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut") << QStringLiteral("cut.json") << QString()
                             << QStringLiteral("cut.json:1: invalid JSON: unterminated string (cut file?)");
        QTest::addRow("string count") << QStringLiteral("badtype.json") << QString()
                                      << QStringLiteral(
                                             "badtype.json:1: result.req2xx: found \"200\", expected a number");
        QTest::addRow("hyperfine json as bombardier")
            << QStringLiteral("../hyperfine/basic.json") << QStringLiteral("bombardier-json")
            << QStringLiteral("basic.json:1: spec.url: found nothing, expected the URL");
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(!reg.import(data(file), format, &error));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportBombardier)
#include "tst_import_bombardier.moc"
