// SPDX-License-Identifier: GPL-3.0-or-later
// faasm Polybench CSV importer on files built from the real rows in seed-systems.md §4.3
// (tests/data/import/polybench/README.md). Expected values typed in from the files; µs → ms by hand.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QJsonArray>
#include <QtTest>

using namespace rb;
using importtest::near;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/polybench/") + name));
}

} // namespace

class TestImportPolybench : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f :
            { "polybench_2019.csv", "polybench_out.csv", "polybench_native_out.csv", "head_out.csv" }) {
            QTest::addRow("%s", f) << data(QString::fromLatin1(f)) << QStringLiteral("polybench-csv");
        }
        QTest::addRow("hyperfine csv") << QFINDTESTDATA("../data/import/hyperfine/basic.csv")
                                       << QStringLiteral("hyperfine-csv");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        importtest::verifyPicked(path, format);
    }

    void polyBench2019()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("polybench_2019.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 6);
        QCOMPARE(set->runs[0].spec.runId, QStringLiteral("native/poly_2mm/polybench-csv/r1"));
        QCOMPARE(set->runs[1].spec.runId, QStringLiteral("native/poly_2mm/polybench-csv/r2"));
        QCOMPARE(set->runs[2].spec.runId, QStringLiteral("wasm/poly_2mm/polybench-csv/r1"));
        QVERIFY(near(set->runs[0].value(QStringLiteral("wall_ms")), 123.456)); // 123456 µs
        QVERIFY(near(set->runs[3].value(QStringLiteral("wall_ms")), 1298.74)); // 1.29874e+06 µs
        QCOMPARE(set->runs[5].spec.workload.label(), QStringLiteral("poly_atax"));
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(set->runs[3].spec.runId).toInt(), 5);
    }

    void microbenchRunner()
    {
        ImporterRegistry reg;
        ImportError error;
        auto set = reg.import(data(QStringLiteral("polybench_out.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4);
        const RunRecord& r = set->runs[0];
        QCOMPARE(r.spec.runId, QStringLiteral("faasm/poly_covariance/polybench-csv user=polybench/r1"));
        QVERIFY(near(r.value(QStringLiteral("wall_ms")), 8897.88)); // 8.89788e+06 µs
        QVERIFY(near(r.value(QStringLiteral("reset_ms")), 1.07916)); // 1079.16 µs
        QVERIFY(near(set->runs[1].value(QStringLiteral("reset_ms")), 0.00131));
        QVERIFY(r.ok);
        QVERIFY(!set->runs[3].ok); // return value 1
        QCOMPARE(set->runs[3].error, QStringLiteral("returned 1"));

        set = reg.import(data(QStringLiteral("polybench_native_out.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs[0].spec.runtime, QStringLiteral("native")); // from the file name
        QVERIFY(near(set->runs[0].value(QStringLiteral("wall_ms")), 8865.162));
        QCOMPARE(set->runs[0].value(QStringLiteral("reset_ms")), 0.0);

        set = reg.import(data(QStringLiteral("head_out.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QVERIFY(std::isnan(set->runs[0].value(QStringLiteral("reset_ms")))); // 4-column HEAD format
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("type") << QStringLiteral("bad/badtype.csv")
                              << QStringLiteral("badtype.csv:3: type: found \"wavm\", expected native or wasm");
        QTest::addRow("exec") << QStringLiteral("bad/badexec.csv")
                              << QStringLiteral("badexec.csv:3: Execution (us): found \"abc\", expected a time in µs");
        QTest::addRow("cut") << QStringLiteral("bad/cut.csv")
                             << QStringLiteral("cut.csv:3: Execution (us): the file ends in the middle");
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

    void wrongHeader()
    {
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(
            !reg.import(QFINDTESTDATA("../data/import/hyperfine/basic.csv"), QStringLiteral("polybench-csv"), &error));
        QVERIFY2(error.text().contains(QStringLiteral(":1: header: found \"command,mean")), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportPolybench)
#include "tst_import_polybench.moc"
