// SPDX-License-Identifier: GPL-3.0-or-later
// k6 importers: summary_test.json is the real example from k6's internal/js/summary_test.go; api.json and
// api-v2.json are written by tests/data/import/k6/make_k6.py with the same numbers in both layouts.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QtTest>

using namespace rb;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

QJsonObject source(const ResultSet& set)
{
    return set.experiment.value(QStringLiteral("sources")).toArray().first().toObject();
}

} // namespace

class TestImportK6 : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("k6 test example") << data(QStringLiteral("k6/summary_test.json"))
                                         << QStringLiteral("k6-summary");
        QTest::addRow("legacy") << data(QStringLiteral("k6/api.json")) << QStringLiteral("k6-summary");
        QTest::addRow("machine-readable") << data(QStringLiteral("k6/api-v2.json")) << QStringLiteral("k6-summary-v2");
        QTest::addRow("oha") << data(QStringLiteral("oha/hello.json")) << QStringLiteral("oha-json");
        QTest::addRow("rewrk json") << data(QStringLiteral("rewrk/rounds.json")) << QStringLiteral("rewrk-json");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void typesInferredAndThresholdsInverted()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("k6/summary_test.json")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.workload.label(), QStringLiteral("summary_test"));
        QCOMPARE(r.value(QStringLiteral("checks_rate")), 0.75); // rate: value, passes, fails
        QCOMPARE(r.value(QStringLiteral("checks_passes")), 45.0);
        QCOMPARE(r.value(QStringLiteral("http_reqs")), 3.0); // counter: count, rate
        QCOMPARE(r.value(QStringLiteral("http_reqs_per_s")), 3.0);
        QCOMPARE(r.value(QStringLiteral("my_trend_median")), 15.0); // custom trend: unit unknown, no _ms
        QCOMPARE(r.value(QStringLiteral("my_trend_p99")), 19.9);
        QCOMPARE(r.value(QStringLiteral("my_trend_count")), 3.0);
        QCOMPARE(r.value(QStringLiteral("vus")), 1.0); // gauge
        QCOMPARE(r.value(QStringLiteral("vus_max")), 1.0);
        QCOMPARE(r.value(QStringLiteral("thresholds_failed")), 2.0); // "rate<100": true, "my_trend<1000": true
        const QJsonObject t =
            source(*set).value(QStringLiteral("thresholds")).toObject().value(r.spec.runId).toObject();
        QCOMPARE(t.value(QStringLiteral("checks")).toObject().value(QStringLiteral("rate>70")).toString(),
            QStringLiteral("passed")); // false in the file
        QCOMPARE(t.value(QStringLiteral("http_reqs")).toObject().value(QStringLiteral("rate<100")).toString(),
            QStringLiteral("failed")); // true in the file
    }

    void legacyAndV2Agree()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto legacy = reg.import(data(QStringLiteral("k6/api.json")), {}, &error);
        QVERIFY2(legacy, qPrintable(error.text()));
        const auto v2 = reg.import(data(QStringLiteral("k6/api-v2.json")), {}, &error);
        QVERIFY2(v2, qPrintable(error.text()));
        const RunRecord& a = legacy->runs.first();
        const RunRecord& b = v2->runs.first();
        QCOMPARE(a.value(QStringLiteral("http_req_duration_ms_p95")), 30.120554);
        QCOMPARE(a.value(QStringLiteral("http_req_duration_ms_mean")), 12.482913);
        QCOMPARE(a.value(QStringLiteral("http_req_duration_expected_response_true_ms_median")), 9.861023);
        QCOMPARE(a.value(QStringLiteral("data_received_bytes")), 1056720.0);
        QCOMPARE(a.value(QStringLiteral("thresholds_failed")), 1.0); // p(95)<25 failed, 30.12 ms
        for (const char* m : { "http_req_duration_ms_p95", "http_req_duration_ms_mean", "iteration_duration_ms_max",
                 "http_reqs", "data_received_bytes", "http_req_failed_rate", "http_req_failed_passes",
                 "http_req_failed_fails", "vus", "vus_max_max" }) {
            QVERIFY2(!std::isnan(a.value(QLatin1String(m))), m);
            QCOMPARE(b.value(QLatin1String(m)), a.value(QLatin1String(m)));
        }
        QCOMPARE(b.spec.workload.label(), QStringLiteral("script.js"));
        QCOMPARE(b.value(QStringLiteral("duration_ms")), 30077.0);
        QCOMPARE(b.value(QStringLiteral("checks_total")), 2960.0);
        QCOMPARE(b.value(QStringLiteral("checks_failed_passes")), 20.0);
        QCOMPARE(source(*v2).value(QStringLiteral("tool_version")).toString(), QStringLiteral("1.5.0"));
        QCOMPARE(source(*v2)
                     .value(QStringLiteral("checks"))
                     .toObject()
                     .value(b.spec.runId)
                     .toObject()
                     .value(QStringLiteral("status is 200"))
                     .toObject()
                     .value(QStringLiteral("fails"))
                     .toInt(),
            20);
        QCOMPARE(source(*legacy).value(QStringLiteral("runs")).toObject().value(a.spec.runId).toInt(), 17);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("string median") << QStringLiteral("k6/wrongtype.json") << QString()
                                       << QStringLiteral(
                                              "wrongtype.json:21: metrics.http_req_duration.med: not a number");
        QTest::addRow("oha as k6") << QStringLiteral("oha/hello.json") << QStringLiteral("k6-summary")
                                   << QStringLiteral("hello.json:16: metrics.latency_ms: cannot tell the metric type");
        QTest::addRow("legacy as v2") << QStringLiteral("k6/api.json") << QStringLiteral("k6-summary-v2")
                                      << QStringLiteral("api.json:1: results: missing");
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

QTEST_GUILESS_MAIN(TestImportK6)
#include "tst_import_k6.moc"
