// SPDX-License-Identifier: GPL-3.0-or-later
// rewrk importers on files written by tests/data/import/rewrk/make_rewrk.py (rewrk 0.3.2's formatting and
// arithmetic). Expected values are typed in from the files (units converted by hand in the comments).
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

class TestImportRewrk : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("text, rounds") << data(QStringLiteral("rewrk/rounds.txt")) << QStringLiteral("rewrk-text");
        QTest::addRow("text, heavy") << data(QStringLiteral("rewrk/heavy.txt")) << QStringLiteral("rewrk-text");
        QTest::addRow("json") << data(QStringLiteral("rewrk/rounds.json")) << QStringLiteral("rewrk-json");
        QTest::addRow("wrk is not rewrk") << data(QStringLiteral("wrk/latency.txt")) << QStringLiteral("wrk-text");
        QTest::addRow("hyperfine json") << data(QStringLiteral("hyperfine/basic.json"))
                                        << QStringLiteral("hyperfine-json");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void roundsAreRuns()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("rewrk/rounds.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 2);
        const RunRecord& r1 = set->runs.at(0);
        QCOMPARE(r1.spec.runtime, QStringLiteral("rewrk"));
        QCOMPARE(r1.spec.workload.label(), QStringLiteral("http://localhost:8080/"));
        QCOMPARE(r1.spec.scenario.label(), QStringLiteral("rewrk-text connections=8 duration_s=15"));
        QCOMPARE(r1.spec.repetition, 1);
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_mean")), 2.19));
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_stddev")), 1.06));
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_min")), 0.41));
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_max")), 10.39));
        QCOMPARE(r1.value(QStringLiteral("requests")), 3977.0);
        QVERIFY(near(r1.value(QStringLiteral("requests_per_s")), 265.10));
        QVERIFY(near(r1.value(QStringLiteral("read_bytes")), 361.19 * 1024)); // 361.19 KB
        QVERIFY(near(r1.value(QStringLiteral("transfer_bytes_per_s")), 24.08 * 1024)); // 24.08 KB/Sec
        // The --pct rows are tail means, never percentiles.
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_tailmean_99_9")), 9.77));
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_tailmean_50")), 2.96));
        QVERIFY(std::isnan(r1.value(QStringLiteral("latency_ms_p99"))));
        QCOMPARE(r1.value(QStringLiteral("errors")), 0.0);
        const RunRecord& r2 = set->runs.at(1);
        QCOMPARE(r2.spec.repetition, 2);
        QVERIFY(near(r2.value(QStringLiteral("latency_ms_tailmean_95")), 4.75));
        QCOMPARE(r2.value(QStringLiteral("errors")), 3.0);
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r1.spec.runId).toInt(), 1);
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r2.spec.runId).toInt(), 21);
        QCOMPARE(source.value(QStringLiteral("errors"))
                     .toObject()
                     .value(r2.spec.runId)
                     .toObject()
                     .value(QStringLiteral("error shutting down connection: Socket is not connected (os error 57)"))
                     .toInt(),
            3);
    }

    void heavyMinutesAndErrors()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("rewrk/heavy.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.scenario.label(), QStringLiteral("rewrk-text connections=8 duration_s=90")); // 1 min 30 s
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 2316.22));
        QVERIFY(near(r.value(QStringLiteral("read_bytes")), 5.26 * 1024));
        QVERIFY(near(r.value(QStringLiteral("transfer_bytes_per_s")), 359.33)); // B/Sec
        QVERIFY(near(r.value(QStringLiteral("latency_ms_tailmean_99")), 4402.34));
        QCOMPARE(r.value(QStringLiteral("errors")), 684.0);
    }

    void json()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("rewrk/rounds.json")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 3);
        const RunRecord& r1 = set->runs.at(0);
        QCOMPARE(r1.spec.workload.label(), QStringLiteral("rounds")); // the file does not name the URL
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_mean")), 2.189779490964735));
        QVERIFY(near(r1.value(QStringLiteral("latency_ms_stddev")), 1.0564758687121167));
        QCOMPARE(r1.value(QStringLiteral("requests")), 3977.0);
        QVERIFY(near(r1.value(QStringLiteral("read_bytes")), 369861));
        QVERIFY(r1.ok);
        // Same round as rounds.txt: the text is the JSON rounded to 2 decimals.
        QVERIFY(qAbs(r1.value(QStringLiteral("requests_per_s")) - 265.10) < 0.005);
        const RunRecord& empty = set->runs.at(2);
        QVERIFY(!empty.ok); // every value null: no request completed
        QCOMPARE(empty.value(QStringLiteral("requests")), 0.0);
        QVERIFY(std::isnan(empty.value(QStringLiteral("latency_ms_mean"))));
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(empty.spec.runId).toInt(), 3);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut in the table") << QStringLiteral("rewrk/truncated.txt") << QString()
                                          << QStringLiteral("truncated.txt:17: Percentile table (4 of 6 rows)");
        QTest::addRow("string latency") << QStringLiteral("rewrk/wrongtype.json") << QString()
                                        << QStringLiteral("wrongtype.json:2: latency_avg: not a number");
        QTest::addRow("wrk as rewrk") << QStringLiteral("wrk/latency.txt") << QStringLiteral("rewrk-text")
                                      << QStringLiteral("latency.txt:14: Benchmarking: no round found");
        QTest::addRow("oha as rewrk json") << QStringLiteral("oha/hello.json") << QStringLiteral("rewrk-json")
                                           << QStringLiteral("hello.json:1: invalid JSON");
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

QTEST_GUILESS_MAIN(TestImportRewrk)
#include "tst_import_rewrk.moc"
