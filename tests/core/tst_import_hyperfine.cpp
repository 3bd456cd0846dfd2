// SPDX-License-Identifier: GPL-3.0-or-later
// hyperfine importers on real hyperfine 1.15.0 exports (tests/data/import/hyperfine/README.md).
#include "io/importers/registry.h"
#include "stats/descriptive.h"

#include <QFile>
#include <QtTest>
#include <vector>

using namespace rb;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/hyperfine/") + name));
}

std::vector<double> values(const ResultSet& set, const QString& command, const QString& metric)
{
    std::vector<double> out;
    for (const RunRecord& r : set.runs) {
        if (r.spec.workload.label() == command && !std::isnan(r.value(metric))) {
            out.push_back(r.value(metric));
        }
    }
    return out;
}

/// reference.txt: file, command, n, mean ms, stdev ms (reference.py, Python's statistics module).
QList<QStringList> reference()
{
    QFile f(data(QStringLiteral("reference.txt")));
    f.open(QIODevice::ReadOnly);
    QList<QStringList> rows;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.isEmpty()) {
            rows << QString::fromUtf8(line).split(QLatin1Char('\t'));
        }
    }
    return rows;
}

} // namespace

class TestImportHyperfine : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        for (const char* base : { "basic", "scan" }) {
            const QString b = QString::fromLatin1(base);
            QTest::addRow("%s json", base) << QString(b + QStringLiteral(".json")) << QStringLiteral("hyperfine-json");
            QTest::addRow("%s csv", base) << QString(b + QStringLiteral(".csv")) << QStringLiteral("hyperfine-csv");
            QTest::addRow("%s markdown", base)
                << QString(b + QStringLiteral(".md")) << QStringLiteral("hyperfine-markdown");
        }
        QTest::addRow("seconds markdown") << QStringLiteral("seconds.md") << QStringLiteral("hyperfine-markdown");
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

    void notAnExport()
    {
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(!reg.pick(data(QStringLiteral("README.md")), &error));
        QVERIFY2(error.text().contains(QLatin1String("not a format")), qPrintable(error.text()));
    }

    void jsonMeansMatchPython()
    {
        ImporterRegistry reg;
        for (const QStringList& ref : reference()) {
            ImportError error;
            const auto set = reg.import(data(ref[0]), {}, &error);
            QVERIFY2(set, qPrintable(error.text()));
            const std::vector<double> ms = values(*set, ref[1], QStringLiteral("wall_ms"));
            QCOMPARE(qsizetype(ms.size()), ref[2].toLongLong());
            QVERIFY(qAbs(stats::mean(ms) - ref[3].toDouble()) < 1e-9 * ref[3].toDouble());
            QVERIFY(qAbs(*stats::sd(ms) - ref[4].toDouble()) < 1e-9 * ref[4].toDouble());
        }
    }

    void jsonRuns()
    {
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(QStringLiteral("basic.json")), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 40);
        const RunRecord& first = set->runs.first();
        QCOMPARE(first.spec.runId, QStringLiteral("hyperfine/sleep 0.01/hyperfine-json/r1"));
        QCOMPARE(first.spec.workload.label(), QStringLiteral("sleep 0.01"));
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.ok);
        QCOMPARE(first.value(QStringLiteral("wall_ms")), 0.012562268000000001 * 1000); // times[0], in s in the file
        QCOMPARE(first.value(QStringLiteral("user_ms_mean")), 0.0008583999999999999 * 1000);
        QVERIFY(std::isnan(set->runs.at(1).value(QStringLiteral("user_ms_mean")))); // summaries once per command
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("hyperfine"));
        QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("hyperfine-json"));
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(first.spec.runId).toInt(), 4);
    }

    void parameters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("json") << QStringLiteral("scan.json");
        QTest::addRow("csv") << QStringLiteral("scan.csv");
    }
    void parameters()
    {
        QFETCH(QString, file);
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(file), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.last().spec.scenario.params.value(QStringLiteral("ms")).toDouble(), 3.0);
        QCOMPARE(set->runs.first().spec.scenario.params.value(QStringLiteral("ms")).toDouble(), 1.0);
    }

    void summaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("stddev");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("csv, s") << QStringLiteral("basic.csv") << 13.239933 << 1.3681212792729573 << 1e-9;
        QTest::addRow("markdown, [ms], rounded") << QStringLiteral("basic.md") << 13.2 << 1.4 << 1e-9;
        QTest::addRow("markdown, [s]") << QStringLiteral("seconds.md") << 23.0 << 1.0 << 1e-9;
    }
    void summaries()
    {
        QFETCH(QString, file);
        QFETCH(double, mean);
        QFETCH(double, stddev);
        QFETCH(double, tolerance);
        ImporterRegistry reg;
        ImportError error;
        const auto set = reg.import(data(file), {}, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QVERIFY(qAbs(r.value(QStringLiteral("wall_ms_mean")) - mean) < tolerance);
        QVERIFY(qAbs(r.value(QStringLiteral("wall_ms_stddev")) - stddev) < tolerance);
        QVERIFY(std::isnan(r.value(QStringLiteral("wall_ms")))); // no invented samples
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated json") << QStringLiteral("truncated.json") << QString()
                                        << QStringLiteral("truncated.json:13: invalid JSON");
        QTest::addRow("csv, wrong header") << QStringLiteral("wrongheader.csv") << QStringLiteral("hyperfine-csv")
                                           << QStringLiteral("wrongheader.csv:1: header: found \"command,avg,");
        QTest::addRow("markdown read as csv")
            << QStringLiteral("basic.md") << QStringLiteral("hyperfine-csv") << QStringLiteral("basic.md:1: header: ");
        QTest::addRow("unknown format") << QStringLiteral("basic.csv") << QStringLiteral("nope")
                                        << QStringLiteral("--format: unknown format \"nope\"");
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

QTEST_GUILESS_MAIN(TestImportHyperfine)
#include "tst_import_hyperfine.moc"
