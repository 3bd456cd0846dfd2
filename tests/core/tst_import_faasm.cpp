// SPDX-License-Identifier: GPL-3.0-or-later
// faasm-time-csv / faasm-mem-csv importers against expected.json, which make_faasm_csvs.py computed in Python
// (Decimal) next to the files it wrote in faasm's layout (tests/data/import/faasm/README.md).
#include "io/importers/registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace rb;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

bool near(double a, double b)
{
    return qAbs(a - b) <= 1e-12 * qMax(1.0, qAbs(b));
}

} // namespace

class TestImportFaasm : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("time") << data(QStringLiteral("faasm/time.csv")) << QStringLiteral("faasm-time-csv");
        QTest::addRow("mem") << data(QStringLiteral("faasm/mem.csv")) << QStringLiteral("faasm-mem-csv");
        QTest::addRow("hyperfine csv") << data(QStringLiteral("hyperfine/basic.csv"))
                                       << QStringLiteral("hyperfine-csv");
        QTest::addRow("hyperfine scan csv")
            << data(QStringLiteral("hyperfine/scan.csv")) << QStringLiteral("hyperfine-csv");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        ImportError error;
        const ImporterRegistry registry;
        const Importer* imp = registry.pick(path, &error);
        QVERIFY2(imp, qPrintable(error.text()));
        QCOMPARE(imp->name(), format);
    }

    void matchesPythonReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("runs");
        QTest::addRow("time") << QStringLiteral("time.csv") << 3;
        QTest::addRow("mem") << QStringLiteral("mem.csv") << 3;
    }
    void matchesPythonReference()
    {
        QFETCH(QString, file);
        QFETCH(int, runs);
        QFile f(data(QStringLiteral("faasm/expected.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
        ImportError error;
        const auto set = ImporterRegistry().import(data(QString(QStringLiteral("faasm/") + file)), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), runs);
        for (const RunRecord& r : set->runs) {
            QVERIFY2(expected.contains(r.spec.runId), qPrintable(r.spec.runId));
            const QJsonObject metrics = expected.value(r.spec.runId).toObject();
            QCOMPARE(r.measurements.size(), metrics.size());
            for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
                QVERIFY2(near(r.value(it.key()), it.value().toDouble()),
                    qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                   .arg(r.spec.runId, it.key())
                                   .arg(r.value(it.key()))
                                   .arg(it.value().toDouble())));
            }
        }
    }

    void cyclesDividedOnce()
    {
        ImportError error;
        const auto set = ImporterRegistry().import(data(QStringLiteral("faasm/time.csv")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& faasm = set->runs.first();
        QCOMPARE(faasm.spec.runtime, QStringLiteral("faasm"));
        QCOMPARE(faasm.spec.scenario.params.value(QStringLiteral("iterations")).toInt(), 1000);
        // row 2: faasm,cpu_cycles,2345678.912,1000,2345.678912 — the last column is divided twice
        QCOMPARE(faasm.value(QStringLiteral("cycles_per_iteration")), 2345678.912);
        QCOMPARE(faasm.value(QStringLiteral("cycles")), 2345678912.0);
        QCOMPARE(faasm.value(QStringLiteral("wall_ms_per_iteration")), 3.21); // 3.21 s / 1000
        const QJsonObject runs =
            set->experiment.value(QStringLiteral("sources")).toArray().first().toObject().value(u"runs").toObject();
        QCOMPARE(runs.value(faasm.spec.runId).toInt(), 2);
        QCOMPARE(runs.value(set->runs[1].spec.runId).toInt(), 4); // docker's first row
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unit in a value") << QStringLiteral("faasm/badvalue.csv") << QString()
                                         << QStringLiteral("badvalue.csv:13: Value: found \"715825152kB\"");
        QTest::addRow("cut row") << QStringLiteral("faasm/truncated.csv") << QString()
                                 << QStringLiteral("truncated.csv:6: found 3 fields, expected 5");
        QTest::addRow("mem as time") << QStringLiteral("faasm/mem.csv") << QStringLiteral("faasm-time-csv")
                                     << QStringLiteral("mem.csv:1: header: found \"Runtime,Measure,Value,Workers");
        QTest::addRow("hyperfine as faasm") << QStringLiteral("hyperfine/basic.csv") << QStringLiteral("faasm-mem-csv")
                                            << QStringLiteral("basic.csv:1: header: found \"command,mean");
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ImportError error;
        QVERIFY(!ImporterRegistry().import(data(file), format, &error));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportFaasm)
#include "tst_import_faasm.moc"
