// SPDX-License-Identifier: GPL-3.0-or-later
// wrk importer on real wrk 4.1.0 output (tests/data/import/wrk/README.md). Expected values are typed in from the
// files (hard values, units converted by hand in the comments); totalsMatchText() also reads every file
// independently with a regular expression.
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
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/wrk/") + name));
}

QString hyperfineData(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/hyperfine/") + name));
}

} // namespace

class TestImportWrk : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f : { "latency.txt", "plain.txt", "heavy.txt", "truncated.txt", "cutline.txt" }) {
            QTest::addRow("%s", f) << data(QString::fromLatin1(f)) << QStringLiteral("wrk-text");
        }
        QTest::addRow("hyperfine csv") << hyperfineData(QStringLiteral("basic.csv")) << QStringLiteral("hyperfine-csv");
        QTest::addRow("hyperfine md") << hyperfineData(QStringLiteral("basic.md"))
                                      << QStringLiteral("hyperfine-markdown");
        QTest::addRow("hyperfine json") << hyperfineData(QStringLiteral("basic.json"))
                                        << QStringLiteral("hyperfine-json");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void readmeIsNotWrk()
    {
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(!reg.pick(data(QStringLiteral("README.md")), &error));
    }

    void latency()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("latency.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runtime, QStringLiteral("wrk"));
        QCOMPARE(r.spec.workload.label(), QStringLiteral("http://127.0.0.1:18099/"));
        QCOMPARE(r.spec.scenario.label(), QStringLiteral("wrk-text connections=4 duration=1s threads=1"));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_mean")), 0.89)); // 0.89ms
        QVERIFY(near(r.value(QStringLiteral("latency_ms_stddev")), 1.59)); // 1.59ms
        QVERIFY(near(r.value(QStringLiteral("latency_ms_max")), 9.83)); // 9.83ms
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p50")), 0.032)); // 32.00us
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p75")), 1.23));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p90")), 3.18));
        QVERIFY(near(r.value(QStringLiteral("latency_ms_p99")), 7.33));
        QVERIFY(near(r.value(QStringLiteral("thread_requests_per_s_mean")), 40580)); // 40.58k
        QVERIFY(near(r.value(QStringLiteral("thread_requests_per_s_stddev")), 7460)); // 7.46k
        QVERIFY(near(r.value(QStringLiteral("thread_requests_per_s_max")), 51660)); // 51.66k
        QCOMPARE(r.value(QStringLiteral("requests")), 44349.0);
        QVERIFY(near(r.value(QStringLiteral("duration_ms")), 1100)); // 1.10s
        QVERIFY(near(r.value(QStringLiteral("read_bytes")), 2.96 * 1024 * 1024)); // 2.96MB
        QVERIFY(near(r.value(QStringLiteral("requests_per_s")), 40325.12));
        QVERIFY(near(r.value(QStringLiteral("transfer_bytes_per_s")), 2.69 * 1024 * 1024)); // 2.69MB
        QCOMPARE(r.value(QStringLiteral("non_2xx_3xx")), 0.0); // wrk leaves the line out when 0
        QCOMPARE(r.value(QStringLiteral("socket_errors_timeout")), 0.0);
        QVERIFY(std::isnan(r.value(QStringLiteral("latency_ms")))); // summaries only: no invented samples
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("wrk"));
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 1);
    }

    void microsecondsAndPlainCounts()
    {
        ImporterRegistry reg;
        ImportError error;
        auto set = reg.import(data(QStringLiteral("plain.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& plain = set->runs.first();
        QVERIFY(near(plain.value(QStringLiteral("latency_ms_mean")), 0.08426)); // 84.26us
        QVERIFY(near(plain.value(QStringLiteral("latency_ms_stddev")), 0.30561)); // 305.61us
        QVERIFY(near(plain.value(QStringLiteral("latency_ms_max")), 5.30)); // 5.30ms
        QVERIFY(std::isnan(plain.value(QStringLiteral("latency_ms_p50")))); // no --latency
        QVERIFY(near(plain.value(QStringLiteral("thread_requests_per_s_mean")), 52470)); // 52.47k

        set = reg.import(data(QStringLiteral("heavy.txt")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& heavy = set->runs.first();
        QCOMPARE(heavy.spec.workload.label(), QStringLiteral("http://127.0.0.1:18099/heavy"));
        QVERIFY(near(heavy.value(QStringLiteral("thread_requests_per_s_mean")), 512.10)); // no suffix
        QVERIFY(near(heavy.value(QStringLiteral("latency_ms_p99")), 21.33));
        QVERIFY(near(heavy.value(QStringLiteral("read_bytes")), 35.36 * 1024)); // 35.36KB
        QVERIFY(near(heavy.value(QStringLiteral("duration_ms")), 1000)); // 1.00s
    }

    void totalsMatchText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("latency") << QStringLiteral("latency.txt");
        QTest::addRow("plain") << QStringLiteral("plain.txt");
        QTest::addRow("heavy") << QStringLiteral("heavy.txt");
    }
    void totalsMatchText()
    {
        QFETCH(QString, file);
        QFile f(data(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const auto req = QRegularExpression(QStringLiteral("(\\d+) requests in")).match(text);
        const auto rate = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(text);
        QVERIFY(req.hasMatch() && rate.hasMatch());
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(file), QStringLiteral("wrk-text"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.first().value(QStringLiteral("requests")), req.captured(1).toDouble());
        QCOMPARE(set->runs.first().value(QStringLiteral("requests_per_s")), rate.captured(1).toDouble());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut after line 11") << QStringLiteral("truncated.txt") << QString()
                                           << QStringLiteral("truncated.txt:12: Requests/sec: not found");
        QTest::addRow("cut in a row") << QStringLiteral("cutline.txt") << QString()
                                      << QStringLiteral("cutline.txt:5: Req/Sec: found \"Req/Sec    40.58k     7.4\"");
        QTest::addRow("hyperfine csv as wrk") << QStringLiteral("../hyperfine/basic.csv") << QStringLiteral("wrk-text")
                                              << QStringLiteral("basic.csv:4: Running: not found");
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

QTEST_GUILESS_MAIN(TestImportWrk)
#include "tst_import_wrk.moc"
