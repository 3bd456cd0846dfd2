// SPDX-License-Identifier: GPL-3.0-or-later
// generic-csv / generic-json with a --map column mapping, on real GNU time rows (tests/data/import/generic/README.md)
// and real hyperfine exports: the generic JSON reading of hyperfine's results[] must agree with the hyperfine-csv
// importer on the same benchmark.
#include "io/importers/generic.h"
#include "io/importers/registry.h"

#include <QJsonArray>
#include <QtTest>

using namespace rb;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

std::optional<ResultSet> importWith(const QString& format, const QString& map, const QString& file, ImportError* error)
{
    QString why;
    const auto parsed = parseColumnMap(map, &why);
    if (!parsed) {
        qFatal("bad map %s: %s", qPrintable(map), qPrintable(why));
    }
    return makeGenericImporter(format, *parsed)->import(data(file), error);
}

QJsonObject sourceRuns(const ResultSet& set)
{
    return set.experiment.value(QStringLiteral("sources")).toArray().first().toObject().value(u"runs").toObject();
}

} // namespace

class TestImportGeneric : public QObject
{
    Q_OBJECT

private slots:
    void parseMap()
    {
        QString why;
        const auto map = parseColumnMap(
            QStringLiteral("value=t,group=rt,runtime=r,workload=w,factor:size=s,factor:n=k,unit=us,rows=a.b"), &why);
        QVERIFY2(map, qPrintable(why));
        QCOMPARE(map->value, QStringLiteral("t"));
        QCOMPARE(map->group, QStringLiteral("rt"));
        QCOMPARE(map->runtime, QStringLiteral("r"));
        QCOMPARE(map->workload, QStringLiteral("w"));
        QCOMPARE(map->unit, QStringLiteral("us"));
        QCOMPARE(map->rows, QStringLiteral("a.b"));
        QCOMPARE(map->factors.size(), 2);
        QCOMPARE(map->factors.at(1).first, QStringLiteral("n"));
        QCOMPARE(map->factors.at(1).second, QStringLiteral("k"));
        QVERIFY(map->metric.isEmpty());
    }

    void badMap_data()
    {
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no value") << QStringLiteral("group=a,unit=s") << QStringLiteral("--map: no value=COL");
        QTest::addRow("unknown key") << QStringLiteral("value=a,colour=b,unit=s")
                                     << QStringLiteral("--map: \"colour=b\": expected value=COL");
        QTest::addRow("no =") << QStringLiteral("value") << QStringLiteral("--map: \"value\": expected value=COL");
        QTest::addRow("empty column") << QStringLiteral("value=,unit=s") << QStringLiteral("--map: \"value=\"");
        QTest::addRow("twice") << QStringLiteral("value=a,value=b,unit=s")
                               << QStringLiteral("--map: \"value\" given twice");
        QTest::addRow("bad factor name") << QStringLiteral("value=a,factor:1x=b,unit=s")
                                         << QStringLiteral("--map: \"factor:1x=b\"");
        QTest::addRow("no metric for a non-time unit")
            << QStringLiteral("value=a,unit=KiB") << QStringLiteral("--map: metric=NAME is needed");
        QTest::addRow("no unit, no metric") << QStringLiteral("value=a") << QStringLiteral("metric=NAME is needed");
    }
    void badMap()
    {
        QFETCH(QString, map);
        QFETCH(QString, expected);
        QString why;
        QVERIFY(!parseColumnMap(map, &why));
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    void csvSeconds()
    {
        ImportError error;
        const auto set = importWith(QStringLiteral("generic-csv"),
            QStringLiteral("value=elapsed_s,group=size_kb,workload=command,unit=s"),
            QStringLiteral("generic/gnutime-format.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4);
        const QList<double> ms { 100, 100, 180, 150 }; // 0.10, 0.10, 0.18, 0.15 s
        const QList<int> rep { 1, 2, 1, 2 };
        for (int i = 0; i < 4; ++i) {
            const RunRecord& r = set->runs[i];
            QCOMPARE(r.spec.runtime, QStringLiteral("generic"));
            QCOMPARE(r.value(QStringLiteral("wall_ms")), ms[i]);
            QCOMPARE(r.measurements.first().unit, QStringLiteral("ms"));
            QCOMPARE(r.spec.repetition, rep[i]);
            QCOMPARE(r.spec.scenario.params.value(QStringLiteral("group")).toDouble(), i < 2 ? 4096.0 : 8192.0);
            QCOMPARE(sourceRuns(*set).value(r.spec.runId).toInt(), i + 2); // the row's line
        }
        QCOMPARE(set->runs[0].spec.runId,
            QStringLiteral(
                "generic/sh -c head -c 4096k /dev/urandom | sha256sum >/dev/null/generic-csv group=4096/r1"));
    }

    void csvOtherUnit()
    {
        ImportError error;
        const auto set = importWith(QStringLiteral("generic-csv"),
            QStringLiteral("value=max_rss_kb,factor:size_kb=size_kb,metric=max_rss_kb,unit=KiB"),
            QStringLiteral("generic/gnutime-format.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4);
        QCOMPARE(set->runs[2].value(QStringLiteral("max_rss_kb")), 1964.0); // not converted
        QCOMPARE(set->runs[2].measurements.first().unit, QStringLiteral("KiB"));
        QCOMPARE(set->runs[2].spec.workload.label(), QStringLiteral("gnutime-format")); // file name, no workload=
        QCOMPARE(set->runs[2].spec.scenario.label(), QStringLiteral("generic-csv size_kb=8192"));
    }

    void jsonNested()
    {
        ImportError error;
        const auto set = importWith(QStringLiteral("generic-json"),
            QStringLiteral("rows=runs,value=result.elapsed_s,factor:size_kb=input.size_kb,unit=s"),
            QStringLiteral("generic/nested.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4);
        QCOMPARE(set->runs[2].value(QStringLiteral("wall_ms")), 180.0);
        QCOMPARE(set->runs[3].spec.repetition, 2);
        // JSON rows have no line: each run records where its value key occurs (nested.json line 10, 20, …).
        QCOMPARE(sourceRuns(*set).value(set->runs[0].spec.runId).toInt(), 10);
        QCOMPARE(sourceRuns(*set).value(set->runs[1].spec.runId).toInt(), 20);
    }

    void jsonAgreesWithHyperfineImporter()
    {
        ImportError error;
        const auto generic = importWith(QStringLiteral("generic-json"),
            QStringLiteral("rows=results,value=mean,group=command,unit=s,metric=wall_ms_mean"),
            QStringLiteral("hyperfine/basic.json"), &error);
        QVERIFY2(generic, qPrintable(error.text()));
        const auto csv = ImporterRegistry().import(data(QStringLiteral("hyperfine/basic.csv")), {}, &error);
        QVERIFY2(csv, qPrintable(error.text()));
        QCOMPARE(generic->runs.size(), csv->runs.size());
        for (qsizetype i = 0; i < csv->runs.size(); ++i) {
            QCOMPARE(generic->runs[i].spec.scenario.params.value(QStringLiteral("group")).toString(),
                csv->runs[i].spec.workload.label());
            QCOMPARE(generic->runs[i].value(QStringLiteral("wall_ms_mean")),
                csv->runs[i].value(QStringLiteral("wall_ms_mean")));
        }
    }

    void neverSniffed()
    {
        ImportError error;
        const ImporterRegistry registry;
        QVERIFY(!registry.pick(data(QStringLiteral("generic/gnutime-format.csv")), &error));
        QVERIFY(!registry.import(
            data(QStringLiteral("generic/gnutime-format.csv")), QStringLiteral("generic-csv"), &error));
        QVERIFY2(error.text().contains(QStringLiteral("--map: generic-csv needs --map value=COL")),
            qPrintable(error.text()));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not a number") << QStringLiteral("generic-csv") << QStringLiteral("value=elapsed_s,unit=s")
                                      << QStringLiteral("generic/badvalue.csv")
                                      << QStringLiteral("badvalue.csv:4: elapsed_s: found \"n/a\", expected a number");
        QTest::addRow("no such column") << QStringLiteral("generic-csv") << QStringLiteral("value=time,unit=s")
                                        << QStringLiteral("generic/gnutime-format.csv")
                                        << QStringLiteral("gnutime-format.csv:1: header: no column \"time\" (--map "
                                                          "value=time); found: command,size_kb");
        QTest::addRow("no such key") << QStringLiteral("generic-json")
                                     << QStringLiteral("rows=runs,value=result.wall,unit=s")
                                     << QStringLiteral("generic/nested.json")
                                     << QStringLiteral("nested.json:3: runs[0].result.wall: missing or not a number");
        QTest::addRow("not an array") << QStringLiteral("generic-json") << QStringLiteral("value=mean,unit=s")
                                      << QStringLiteral("hyperfine/basic.json")
                                      << QStringLiteral("basic.json:1: (document): expected an array of objects");
        QTest::addRow("truncated json") << QStringLiteral("generic-json")
                                        << QStringLiteral("rows=results,value=mean,unit=s")
                                        << QStringLiteral("hyperfine/truncated.json")
                                        << QStringLiteral("truncated.json:13: invalid JSON");
    }
    void errors()
    {
        QFETCH(QString, format);
        QFETCH(QString, map);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        ImportError error;
        QVERIFY(!importWith(format, map, file, &error));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportGeneric)
#include "tst_import_generic.moc"
