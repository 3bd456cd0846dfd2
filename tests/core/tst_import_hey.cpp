// SPDX-License-Identifier: GPL-3.0-or-later
// hey importers on real hey 0.1.4 output (tests/data/import/hey/README.md). Text values are typed in from the
// files (seconds → ms by hand in the comments); CSV statistics come from tests/data/import/hey/reference.py, which
// reads the files independently.
#include "io/importers/registry.h"
#include "stats/descriptive.h"
#include "stats/groups.h"

#include <QtTest>

using namespace rb;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/hey/") + name));
}

bool near(double a, double b, double rel = 1e-9)
{
    return qAbs(a - b) <= rel * qMax(1.0, qAbs(b));
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

class TestImportHey : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        for (const char* f :
            { "summary.txt", "notfound.txt", "refused.txt", "mixed.txt", "truncated.txt", "badvalue.txt" }) {
            QTest::addRow("%s", f) << QString::fromLatin1(f) << QStringLiteral("hey-text");
        }
        for (const char* f :
            { "requests.csv", "notfound.csv", "refused.csv", "mixed.csv", "cut.csv", "badstatus.csv" }) {
            QTest::addRow("%s", f) << QString::fromLatin1(f) << QStringLiteral("hey-csv");
        }
        QTest::addRow("hyperfine csv") << QStringLiteral("../hyperfine/basic.csv") << QStringLiteral("hyperfine-csv");
        QTest::addRow("wrk") << QStringLiteral("../wrk/latency.txt") << QStringLiteral("wrk-text");
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

    void readmeIsNotHey()
    {
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(!reg.pick(data(QStringLiteral("README.md")), &error));
    }

    void summary()
    {
        const auto set = load(QStringLiteral("summary.txt"));
        QVERIFY(set);
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runId, QStringLiteral("hey/summary/hey-text/r1")); // hey does not print the URL
        QVERIFY(near(r.value(QStringLiteral("duration_ms")), 2045.2)); // Total: 2.0452 secs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 1226.6)); // Slowest: 1.2266 secs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_min")), 0.4)); // Fastest: 0.0004 secs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 6.7)); // Average: 0.0067 secs
        QVERIFY(near(r.value(QStringLiteral("requests_per_s")), 977.8899));
        QCOMPARE(r.value(QStringLiteral("total_data_bytes")), 50000.0);
        QCOMPARE(r.value(QStringLiteral("size_per_request_bytes")), 25.0);
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p10")), 0.9)); // 10% in 0.0009 secs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p50")), 2.9));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p95")), 11.0)); // 95% in 0.0110 secs
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p99")), 15.1));
        QVERIFY(near(r.value(QStringLiteral("dns_dialup_ms_mean")), 2.7)); // DNS+dialup: 0.0027, 0.0004, 1.2266
        QVERIFY(near(r.value(QStringLiteral("dns_dialup_ms_min")), 0.4));
        QVERIFY(near(r.value(QStringLiteral("dns_dialup_ms_max")), 1226.6));
        QVERIFY(near(r.value(QStringLiteral("response_delay_ms_mean")), 3.6)); // resp wait: 0.0036, 0.0002, 0.2137
        QVERIFY(near(r.value(QStringLiteral("response_delay_ms_max")), 213.7));
        QVERIFY(near(r.value(QStringLiteral("response_read_ms_max")), 7.1)); // resp read: …, 0.0071 secs
        QCOMPARE(r.value(QStringLiteral("status_200")), 2000.0);
        QCOMPARE(r.value(QStringLiteral("responses")), 2000.0);
        QCOMPARE(r.value(QStringLiteral("errors")), 0.0);
        QVERIFY(std::isnan(r.value(QStringLiteral("latency_ms")))); // summaries only
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("hey"));
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 2); // "Summary:"
    }

    void statusesAndErrors()
    {
        auto set = load(QStringLiteral("mixed.txt"));
        QVERIFY(set);
        const RunRecord& mixed = set->runs.first();
        QCOMPARE(mixed.value(QStringLiteral("status_200")), 137.0);
        QCOMPARE(mixed.value(QStringLiteral("status_404")), 35.0);
        QCOMPARE(mixed.value(QStringLiteral("responses")), 172.0);
        QCOMPARE(mixed.value(QStringLiteral("errors")), 28.0);
        QCOMPARE(set->warnings.size(), 1);
        QVERIFY2(set->warnings.first().contains(QStringLiteral("mixed.txt:47: hey reported 28 × Get")),
            qPrintable(set->warnings.first()));

        set = load(QStringLiteral("refused.txt"));
        QVERIFY(set);
        const RunRecord& refused = set->runs.first();
        QVERIFY(std::isnan(refused.value(QStringLiteral("latency_ms_mean")))); // "Average:	 NaN secs": left out
        QVERIFY(std::isnan(refused.value(QStringLiteral("dns_dialup_ms_mean"))));
        QCOMPARE(refused.value(QStringLiteral("dns_dialup_ms_min")), 0.0);
        QVERIFY(std::isnan(refused.value(QStringLiteral("latency_ms_p50")))); // no percentiles printed
        QVERIFY(std::isnan(refused.value(QStringLiteral("total_data_bytes")))); // not printed either
        QVERIFY(near(refused.value(QStringLiteral("requests_per_s")), 15122.3336)); // hey counts errors too
        QCOMPARE(refused.value(QStringLiteral("responses")), 0.0);
        QCOMPARE(refused.value(QStringLiteral("errors")), 50.0);
    }

    void csvRow()
    {
        const auto set = load(QStringLiteral("requests.csv"));
        QVERIFY(set);
        QCOMPARE(set->runs.size(), 200);
        // Line 2: 0.0012,0.0005,0.0000,0.0001,0.0005,0.0001,200,0.0003
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runId, QStringLiteral("hey/requests/hey-csv/r1"));
        QVERIFY(r.ok);
        QVERIFY(near(r.value(QStringLiteral("latency_ms")), 1.2));
        QVERIFY(near(r.value(QStringLiteral("dns_dialup_ms")), 0.5));
        QCOMPARE(r.value(QStringLiteral("dns_ms")), 0.0);
        QVERIFY(near(r.value(QStringLiteral("request_write_ms")), 0.1));
        QVERIFY(near(r.value(QStringLiteral("response_delay_ms")), 0.5));
        QVERIFY(near(r.value(QStringLiteral("response_read_ms")), 0.1));
        QCOMPARE(r.value(QStringLiteral("status")), 200.0);
        QVERIFY(near(r.value(QStringLiteral("offset_ms")), 0.3));
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(
            source.value(QStringLiteral("runs")).toObject().value(QStringLiteral("hey/requests/hey-csv/r200")).toInt(),
            201);

        const auto notFound = load(QStringLiteral("notfound.csv"));
        QVERIFY(notFound);
        QVERIFY(!notFound->runs.first().ok);
        QCOMPARE(notFound->runs.first().error, QStringLiteral("HTTP status 404"));
    }

    void csvStatsMatchReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("ok");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("sd");
        // Printed by reference.py (see the README).
        QTest::addRow("requests") << QStringLiteral("requests.csv") << 200 << 200 << 1.8275 << 1.6 << 1.087015068;
        QTest::addRow("mixed") << QStringLiteral("mixed.csv") << 86 << 69 << 39.10289855 << 46.5 << 17.65146195;
        QTest::addRow("404 only") << QStringLiteral("notfound.csv") << 40 << 0 << 0.0 << 0.0 << 0.0;
    }
    void csvStatsMatchReference()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, ok);
        QFETCH(double, mean);
        QFETCH(double, median);
        QFETCH(double, sd);
        const auto set = load(file);
        QVERIFY(set);
        QCOMPARE(set->runs.size(), rows);
        // What `runbench-cli stats --metric latency_ms` groups: ok runs as values, the others counted as failed.
        const QList<stats::Group> groups = stats::groupsFromResults(*set, QStringLiteral("latency_ms"));
        QCOMPARE(groups.size(), 1);
        QCOMPARE(int(groups.first().values.size()), ok);
        QCOMPARE(groups.first().failed, rows - ok);
        if (ok == 0) {
            return;
        }
        const std::vector<double>& v = groups.first().values;
        QVERIFY2(near(stats::mean(v), mean, 1e-8), qPrintable(QString::number(stats::mean(v), 'g', 12)));
        QVERIFY(near(stats::median(v), median, 1e-8));
        QVERIFY(near(*stats::sd(v), sd, 1e-8));
        QCOMPARE(groups.first().unit, QStringLiteral("ms"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text cut") << QStringLiteral("truncated.txt") << QString()
                                  << QStringLiteral("truncated.txt:31: Status code distribution: not found");
        QTest::addRow("text unit") << QStringLiteral("badvalue.txt") << QString()
                                   << QStringLiteral(
                                          "badvalue.txt:4: Slowest: found \"1.2266 ms\", expected \"S secs\"");
        QTest::addRow("csv cut") << QStringLiteral("cut.csv") << QString()
                                 << QStringLiteral("cut.csv:52: found 3 fields, expected 8");
        QTest::addRow("csv status") << QStringLiteral("badstatus.csv") << QString()
                                    << QStringLiteral("badstatus.csv:11: status-code: found \"OK\"");
        QTest::addRow("csv of errors only")
            << QStringLiteral("refused.csv") << QString() << QStringLiteral("refused.csv:2: no requests");
        QTest::addRow("hyperfine csv as hey") << QStringLiteral("../hyperfine/basic.csv") << QStringLiteral("hey-csv")
                                              << QStringLiteral("basic.csv:1: header: found \"command,mean");
        QTest::addRow("wrk as hey text") << QStringLiteral("../wrk/latency.txt") << QStringLiteral("hey-text")
                                         << QStringLiteral("latency.txt:1: Summary: found \"Running");
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

QTEST_GUILESS_MAIN(TestImportHey)
#include "tst_import_hey.moc"
