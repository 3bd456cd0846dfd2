// SPDX-License-Identifier: GPL-3.0-or-later
// benchmark-action importers: custom JSON in runwasi's shapes (tests/data/import/benchaction/README.md) and an
// excerpt of a real runwasi gh-pages data.js. Expected values are typed in from the files.
#include "importtest.h"

using namespace rb;
using namespace importtest;

namespace {

QString ba(const char* name)
{
    return data(QStringLiteral("benchaction"), QString::fromLatin1(name));
}

std::optional<ResultSet> load(const QString& path, ImportError* error)
{
    return ImporterRegistry().import(path, {}, error);
}

} // namespace

class TestImportBenchAction : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f : { "stress-bench.json", "bench-mem.json", "latency_results.json", "readme-example.json",
                 "wrongtype.json" }) {
            QTest::addRow("%s", f) << ba(f) << QStringLiteral("benchmark-action-json");
        }
        QTest::addRow("data.js") << ba("data.js") << QStringLiteral("benchmark-action-datajs");
        QTest::addRow("gbench") << data(QStringLiteral("gbench"), QStringLiteral("repetitions.json"))
                                << QStringLiteral("gbench-json");
        QTest::addRow("hyperfine") << data(QStringLiteral("hyperfine"), QStringLiteral("basic.json"))
                                   << QStringLiteral("hyperfine-json");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QCOMPARE(picked(path), format);
    }

    void stressThroughput()
    {
        ImportError error;
        const auto set = load(ba("stress-bench.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 3);
        const QString id = QStringLiteral("benchmark-action/Stress Test Throughput with containerd service - wasmtime "
                                          "(app)/benchmark-action-json/r1");
        const RunRecord* r = run(*set, id);
        QVERIFY(r);
        QCOMPARE(r->value(QStringLiteral("value_tasks_per_s")), 329.85164);
        QCOMPARE(unit(*r, QStringLiteral("value_tasks_per_s")), QStringLiteral("tasks/s"));
        const QJsonObject src = source(*set);
        QCOMPARE(src.value(QStringLiteral("runs")).toObject().value(id).toInt(), 5); // its "value" line
        QCOMPARE(src.value(QStringLiteral("extra")).toObject().value(id).toString(),
            QStringLiteral("Image: app\nTasks: 1000\nParallel: 4\nDuration: 3s 31ms 663us 672ns"));
        QVERIFY(src.value(QStringLiteral("direction")).isNull());
    }

    void unitsAndRanges()
    {
        ImportError error;
        const auto set = load(ba("readme-example.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 3);
        QCOMPARE(set->runs[0].value(QStringLiteral("value_percent")), 50.0);
        QCOMPARE(unit(set->runs[0], QStringLiteral("value_percent")), QStringLiteral("Percent"));
        QCOMPARE(set->runs[1].value(QStringLiteral("value_megabytes")), 100.0);
        QCOMPARE(set->runs[1].value(QStringLiteral("value_megabytes_range")), 3.0); // "range": "3"
        QVERIFY(near(set->runs[2].value(QStringLiteral("time_ms")), 1.2505)); // "1250.5" us (a string, coerced)
        QVERIFY(near(set->runs[2].value(QStringLiteral("time_ms_range")), 0.0125)); // "+/- 12.5" us
        QCOMPARE(unit(set->runs[2], QStringLiteral("time_ms")), QStringLiteral("ms"));

        const auto lat = load(ba("latency_results.json"), &error);
        QVERIFY2(lat, qPrintable(error.text()));
        QCOMPARE(lat->runs.first().value(QStringLiteral("time_ms")), 4.1000000000000005); // ms stays ms
        const auto mem = load(ba("bench-mem.json"), &error);
        QVERIFY2(mem, qPrintable(error.text()));
        QCOMPARE(mem->runs.last().value(QStringLiteral("value_kb")), 19264.0);
        QCOMPARE(unit(mem->runs.last(), QStringLiteral("value_kb")), QStringLiteral("kB"));
    }

    void textRangeIsDropped()
    {
        ImportError error;
        const auto set = load(ba("range-text.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.first().value(QStringLiteral("time_ms")), 12.5);
        QVERIFY(std::isnan(set->runs.first().value(QStringLiteral("time_ms_range"))));
        QCOMPARE(set->warnings.size(), 1);
        QVERIFY2(set->warnings.first().contains(QStringLiteral("range-text.json:5: [0].range: range \"about 1 ms\" "
                                                               "is not a number; not kept")),
            qPrintable(set->warnings.first()));
    }

    void history()
    {
        ImportError error;
        const auto set = load(ba("data.js"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4 + 8 + 4);
        const QString mem = QStringLiteral("benchmark-action/wasmtime/memory-usage/Criterion.rs Benchmark "
                                           "commit=828bad3 tool=customSmallerIsBetter/r");
        const RunRecord* m1 = run(*set, QString(mem + QStringLiteral("1")));
        const RunRecord* m2 = run(*set, QString(mem + QStringLiteral("2"))); // same commit uploaded again
        QVERIFY(m1 && m2);
        QCOMPARE(m1->value(QStringLiteral("value_kb")), 19264.0);
        QCOMPARE(m2->value(QStringLiteral("value_kb")), 18884.0);
        QCOMPARE(m1->startedUtc.toMSecsSinceEpoch(), qint64(1740615412493));
        const RunRecord* c = run(*set,
            QStringLiteral("benchmark-action/end-to-end/wasmtime/wasi-demo-app:latest/Criterion.rs Benchmark "
                           "commit=828bad3 tool=cargo/r1"));
        QVERIFY(c);
        QVERIFY(near(c->value(QStringLiteral("time_ms_median")), 135.730759)); // 135730759 ns/iter
        QVERIFY(near(c->value(QStringLiteral("time_ms_range")), 2.619544)); // "± 2619544"
        QVERIFY(std::isnan(c->value(QStringLiteral("time_ms"))));

        const QJsonObject src = source(*set);
        QCOMPARE(src.value(QStringLiteral("commits"))
                     .toObject()
                     .value(QStringLiteral("828bad3"))
                     .toObject()
                     .value(QStringLiteral("id")),
            QStringLiteral("828bad33924cda1f534fc7fb7be03c3555d44caf"));
        const QJsonObject dirs = src.value(QStringLiteral("suites"))
                                     .toObject()
                                     .value(QStringLiteral("Criterion.rs Benchmark"))
                                     .toObject()
                                     .value(QStringLiteral("direction"))
                                     .toObject();
        QCOMPARE(dirs.value(QStringLiteral("cargo")).toString(), QStringLiteral("smaller"));
        QCOMPARE(src.value(QStringLiteral("runs")).toObject().value(QString(mem + QStringLiteral("1"))).toInt(), 46);
        // runwasi's caveat: memory (kB) and timings (ns/iter) share the suite "Criterion.rs Benchmark".
        const QString warnings = set->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("mixes uploads of tools cargo, customSmallerIsBetter")),
            qPrintable(warnings));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << ba("truncated.json") << QStringLiteral("benchmark-action-json")
                                   << QStringLiteral("truncated.json:11: invalid JSON");
        QTest::addRow("wrong type") << ba("wrongtype.json") << QStringLiteral("benchmark-action-json")
                                    << QStringLiteral("wrongtype.json:11: [1].value: missing or not a number");
        QTest::addRow("data.js wrong type")
            << ba("data-wrongtype.js") << QStringLiteral("benchmark-action-datajs")
            << QStringLiteral("data-wrongtype.js:86: entries[\"Criterion.rs Benchmark\"][1].benches[2].value: "
                              "missing or not a number");
        QTest::addRow("custom JSON as data.js") << ba("stress-bench.json") << QStringLiteral("benchmark-action-datajs")
                                                << QStringLiteral("stress-bench.json:1: expected the file to start");
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ImportError error;
        const auto set = ImporterRegistry().import(path, format, &error);
        QVERIFY(!set);
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportBenchAction)
#include "tst_import_benchaction.moc"
