// SPDX-License-Identifier: GPL-3.0-or-later
// oha importer on files written by tests/data/import/oha/make_oha.py (oha's print_json layout). Expected values are
// typed in from the files; seconds → ms by hand.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QtTest>

using namespace rb;
using importtest::near;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

} // namespace

class TestImportOha : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("1.15 with metrics") << data(QStringLiteral("oha/hello.json")) << QStringLiteral("oha-json");
        QTest::addRow("errors") << data(QStringLiteral("oha/errors.json")) << QStringLiteral("oha-json");
        QTest::addRow("hyperfine json") << data(QStringLiteral("hyperfine/basic.json"))
                                        << QStringLiteral("hyperfine-json");
        QTest::addRow("k6 legacy") << data(QStringLiteral("k6/api.json")) << QStringLiteral("k6-summary");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void secondsBecomeMs()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("oha/hello.json")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runtime, QStringLiteral("oha"));
        QCOMPARE(r.spec.workload.label(), QStringLiteral("hello"));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 1.0174891206058997)); // 0.0010174891206058997 s
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 7.001502756308562));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_min")), 0.10635669918589505));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p10")), 0.47058897346719696));
        QVERIFY(near(r.value(QStringLiteral("duration_ms")), 2012.3)); // total 2.0123 s
        QVERIFY(near(r.value(QStringLiteral("requests_per_s")), 9938.875913134223));
        QCOMPARE(r.value(QStringLiteral("body_bytes")), 260000.0);
        QCOMPARE(r.value(QStringLiteral("body_bytes_per_request")), 13.0);
        QCOMPARE(r.value(QStringLiteral("success_ratio")), 1.0);
        QCOMPARE(r.value(QStringLiteral("status_200")), 20000.0);
        QCOMPARE(r.value(QStringLiteral("responses")), 20000.0);
        QCOMPARE(r.value(QStringLiteral("errors")), 0.0);
        QVERIFY(near(r.value(QStringLiteral("dns_dialup_ms_mean")), 0.141)); // 0.000141 s
        // metrics.latency_ms (ms) repeats the seconds fields: read once, the seconds value wins.
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p95")), 2.0406587437016275));
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 2); // "summary" line
    }

    void percentileKeysAndErrors()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("oha/errors.json")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QVERIFY(!std::isnan(r.value(QStringLiteral("latency_ms_p99_9"))));
        QVERIFY(!std::isnan(r.value(QStringLiteral("latency_ms_p99_99"))));
        QVERIFY(near(r.value(QStringLiteral("window_requests_per_s_mean")), 123.06430358224341));
        QVERIFY(near(r.value(QStringLiteral("window_requests_per_s_p50")), 123.13342423904864));
        QCOMPARE(r.value(QStringLiteral("status_503")), 30.0);
        QCOMPARE(r.value(QStringLiteral("responses")), 1180.0);
        QCOMPARE(r.value(QStringLiteral("errors")), 53.0); // 50 deadline + 3 closed
        const QJsonObject errors = set->experiment.value(QStringLiteral("sources"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("errors"))
                                       .toObject()
                                       .value(r.spec.runId)
                                       .toObject();
        QCOMPARE(errors.value(QStringLiteral("aborted due to deadline")).toInt(), 50);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut file") << QStringLiteral("oha/truncated.json") << QString()
                                  << QStringLiteral("truncated.json:27: invalid JSON");
        QTest::addRow("string average") << QStringLiteral("oha/wrongtype.json") << QString()
                                        << QStringLiteral("wrongtype.json:7: summary.average: not a number");
        QTest::addRow("k6 as oha") << QStringLiteral("k6/api.json") << QStringLiteral("oha-json")
                                   << QStringLiteral("api.json:1: summary: missing");
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

QTEST_GUILESS_MAIN(TestImportOha)
#include "tst_import_oha.moc"
