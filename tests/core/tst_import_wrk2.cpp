// SPDX-License-Identifier: GPL-3.0-or-later
// wrk2 importer on the outputs published in wrk2's README (tests/data/import/wrk2/README.md). Expected values are
// typed in from the files (units converted by hand in the comments); spectrumMatchesText() also reads every
// spectrum row independently with a regular expression and rebuilds the buckets.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace rb;
using importtest::near;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/wrk2/") + name));
}

} // namespace

class TestImportWrk2 : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f : { "latency.txt", "ulatency.txt", "truncated.txt", "badtotal.txt", "badrow.txt" }) {
            QTest::addRow("%s", f) << data(QString::fromLatin1(f)) << QStringLiteral("wrk2-text");
        }
        // wrk's own files stay wrk's: they have no calibration lines and no HdrHistogram block.
        QTest::addRow("wrk latency") << QFINDTESTDATA("../data/import/wrk/latency.txt") << QStringLiteral("wrk-text");
        QTest::addRow("wrk plain") << QFINDTESTDATA("../data/import/wrk/plain.txt") << QStringLiteral("wrk-text");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void latency()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("latency.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runtime, QStringLiteral("wrk2"));
        QCOMPARE(r.spec.workload.label(), QStringLiteral("http://127.0.0.1:80/index.html"));
        QCOMPARE(r.spec.scenario.label(), QStringLiteral("wrk2-text connections=100 duration=30s threads=2"));
        QCOMPARE(r.spec.runId,
            QStringLiteral("wrk2/http://127.0.0.1:80/index.html/wrk2-text connections=100 duration=30s threads=2/r1"));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 6.60));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_stddev")), 1.92));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 12.50));
        QVERIFY(near(r.value(QStringLiteral("thread_requests_per_s_mean")), 1040)); // 1.04k
        QVERIFY(near(r.value(QStringLiteral("thread_requests_per_s_max")), 2500)); // 2.50k
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p50")), 6.67)); // " 50.000%    6.67ms"
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p99")), 11.18));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p999")), 12.30)); // 99.900%
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p9999")), 12.45)); // 99.990%
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p99999")), 12.50)); // 99.999%
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p100")), 12.50));
        QCOMPARE(r.value(QStringLiteral("requests")), 60018.0);
        QVERIFY(near(r.value(QStringLiteral("duration_ms")), 30000)); // 30.00s
        QVERIFY(near(r.value(QStringLiteral("read_bytes")), 19.81 * 1024 * 1024)); // 19.81MB
        QVERIFY(near(r.value(QStringLiteral("requests_per_s")), 2000.28));
        QVERIFY(near(r.value(QStringLiteral("transfer_bytes_per_s")), 676.18 * 1024)); // 676.18KB
        QCOMPARE(r.value(QStringLiteral("latency_count")), 39500.0); // footer "Total count"
        QCOMPARE(r.value(QStringLiteral("non_2xx_3xx")), 0.0);
        QVERIFY(std::isnan(r.value(QStringLiteral("uncorrected_latency_ms_p50")))); // no -U
        QVERIFY(std::isnan(r.value(QStringLiteral("latency_ms")))); // summaries only

        // The spectrum as the latency histogram (counted by hand in the README).
        QCOMPARE(r.latency.size(), 67);
        QCOMPARE(r.latency.first().upToUs, 921.0);
        QCOMPARE(r.latency.first().count, 1);
        QCOMPARE(r.latency.at(1).upToUs, 4053.0);
        QCOMPARE(r.latency.at(1).count, 3950);
        QCOMPARE(r.latency.last().upToUs, 12503.0);
        QCOMPARE(r.latency.last().count, 1);
        qint64 sum = 0;
        for (const LatencyBucket& b : r.latency) {
            sum += b.count;
        }
        QCOMPARE(sum, 39500);

        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("wrk2"));
        QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("wrk2-text"));
        QVERIFY(source.value(QStringLiteral("tool_version")).isNull());
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 1);
    }

    void uncorrected()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("ulatency.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 1420)); // 1.42s
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p99")), 1270)); // 1.27s
        QVERIFY(near(r.value(QStringLiteral("thread_requests_per_s_stddev")), 231.13)); // no suffix
        QVERIFY(near(r.value(QStringLiteral("uncorrected_latency_ms_p50")), 3.02));
        QVERIFY(near(r.value(QStringLiteral("uncorrected_latency_ms_p999")), 1410)); // 1.41s
        // The histogram is the Recorded (corrected) spectrum, not the Uncorrected one.
        QCOMPARE(r.latency.size(), 40);
        QCOMPARE(r.latency.first().upToUs, 1317.0);
        QCOMPARE(r.latency.last().upToUs, 1417215.0);
        QCOMPARE(r.latency.last().count, 100);
        QCOMPARE(r.value(QStringLiteral("requests")), 60055.0);
    }

    void spectrumMatchesText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("latency") << QStringLiteral("latency.txt");
        QTest::addRow("ulatency") << QStringLiteral("ulatency.txt");
    }
    void spectrumMatchesText()
    {
        QFETCH(QString, file);
        QFile f(data(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // The first spectrum only (the Recorded one), read independently: rows up to its first footer.
        const QString first = text.section(QStringLiteral("#[Mean"), 0, 0);
        static const QRegularExpression row(QStringLiteral("^\\s*([0-9.]+)\\s+[0-9.]+\\s+(\\d+)\\s+(?:[0-9.]+|inf)$"),
            QRegularExpression::MultilineOption);
        QList<LatencyBucket> expected;
        qint64 previous = 0;
        for (auto it = row.globalMatch(first); it.hasNext();) {
            const auto m = it.next();
            const qint64 total = m.captured(2).toLongLong();
            if (total > previous) {
                expected << LatencyBucket { qRound(m.captured(1).toDouble() * 1000.0) * 1.0, total - previous };
            }
            previous = total;
        }
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(file), QStringLiteral("wrk2-text"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        const QList<LatencyBucket>& got = set->runs.first().latency;
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].upToUs, expected[i].upToUs);
            QCOMPARE(got[i].count, expected[i].count);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut in the spectrum") << QStringLiteral(
            "truncated.txt") << QStringLiteral("truncated.txt:61: Detailed Percentile spectrum: not closed");
        QTest::addRow("footer total differs")
            << QStringLiteral("badtotal.txt")
            << QStringLiteral("badtotal.txt:101: Total count: found 39501, but the spectrum's TotalCount column ends "
                              "at 39500");
        QTest::addRow("value with a unit")
            << QStringLiteral("badrow.txt")
            << QStringLiteral("badrow.txt:22: Detailed Percentile spectrum: found \"4.053ms     0.100000");
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(!reg.import(data(file), {}, &error));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportWrk2)
#include "tst_import_wrk2.moc"
