// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and JSON of the summary table: formula neutralisation, golden files, numbers read back against SciPy.
#include "exportfixture.h"
#include "io/csv.h"
#include "io/exporters/tabledata.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace rb;

class TestTableData : public QObject
{
    Q_OBJECT
private slots:
    void csvText_data();
    void csvText();
    void golden_data();
    void golden();
    void jsonAgainstScipy();
    void csvRoundTrip();
};

void TestTableData::csvText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << "wasmtime"
                           << "wasmtime";
    QTest::addRow("formula") << "=HYPERLINK(\"x\")"
                             << "'=HYPERLINK(\"x\")";
    QTest::addRow("formula starting with a digit") << "=1+2"
                                                   << "'=1+2";
    QTest::addRow("plus") << "+cmd|' /C calc'!A0"
                          << "'+cmd|' /C calc'!A0";
    QTest::addRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::addRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::addRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::addRow("negative number kept") << "-2.5"
                                          << "-2.5";
    QTest::addRow("minus inside kept") << "a-b"
                                       << "a-b";
    QTest::addRow("empty") << ""
                           << "";
}

void TestTableData::csvText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(rb::csvText(in), out);
}

void TestTableData::golden_data()
{
    QTest::addColumn<int>("center");
    QTest::addColumn<int>("correction");
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<QString>("file");
    for (const QString& ext : { QStringLiteral("csv"), QStringLiteral("json") }) {
        QTest::addRow("median, Holm, %s", qPrintable(ext))
            << int(ExportOptions::Center::Median) << int(ExportOptions::Correction::Holm) << true
            << QString(QStringLiteral("median-holm.") + ext);
        QTest::addRow("mean, BH, %s", qPrintable(ext))
            << int(ExportOptions::Center::Mean) << int(ExportOptions::Correction::BenjaminiHochberg) << true
            << QString(QStringLiteral("mean-bh.") + ext);
        QTest::addRow("no baseline, %s", qPrintable(ext))
            << int(ExportOptions::Center::Median) << int(ExportOptions::Correction::Holm) << false
            << QString(QStringLiteral("no-baseline.") + ext);
    }
}

void TestTableData::golden()
{
    QFETCH(int, center);
    QFETCH(int, correction);
    QFETCH(bool, baseline);
    QFETCH(QString, file);
    ExportOptions opt;
    opt.center = ExportOptions::Center(center);
    opt.correction = ExportOptions::Correction(correction);
    const ExportTable t = test::exportFixture(opt, baseline);
    const TableFacts facts { QStringLiteral("wall_ms"), baseline ? QStringLiteral("native") : QString(),
        opt.center == ExportOptions::Center::Mean ? QStringLiteral("mean") : QStringLiteral("median"),
        opt.correction == ExportOptions::Correction::Holm ? QStringLiteral("holm") : QStringLiteral("bh") };
    test::compareGolden(file.endsWith(QLatin1String(".csv")) ? csvTable(t) : jsonTable(t, facts), file);
}

void TestTableData::jsonAgainstScipy()
{
    QFile f(QStringLiteral(RB_EXPORT_DATA "/reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonArray ref = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("pairwise_baseline")].toArray();
    const QJsonObject o =
        QJsonDocument::fromJson(jsonTable(test::exportFixture(ExportOptions {}, true), {}).toUtf8()).object();
    const QJsonArray rows = o[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0][QStringLiteral("group")].toString(), QStringLiteral("native"));
    QVERIFY(rows[0][QStringLiteral("p_adjusted")].isNull()); // the baseline is not compared with itself
    QCOMPARE(rows[0][QStringLiteral("marks")].toString(), QString());
    const double nativeMedian = ref[0][QStringLiteral("median_b")].toDouble();
    QVERIFY(std::abs(rows[0][QStringLiteral("median")].toDouble() - nativeMedian) <= 1e-12 * nativeMedian);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        const QJsonObject r = ref[i - 1].toObject();
        QCOMPARE(row[QStringLiteral("group")].toString(), r[QStringLiteral("a")].toString());
        QCOMPARE(row[QStringLiteral("n")].toInt(), 12);
        const double median = r[QStringLiteral("median_a")].toDouble();
        const double p = r[QStringLiteral("p_holm")].toDouble();
        QVERIFY(std::abs(row[QStringLiteral("median")].toDouble() - median) <= 1e-12 * median);
        QVERIFY2(std::abs(row[QStringLiteral("p_adjusted")].toDouble() - p) <= 1e-9 * p,
            qPrintable(QString::number(row[QStringLiteral("p_adjusted")].toDouble(), 'g', 17)));
        QCOMPARE(row[QStringLiteral("marks")].toString(), significanceMarks(p));
    }
}

void TestTableData::csvRoundTrip()
{
    // Names come back exactly (the fixture's hostile names contain \, {, |, *, &, %), numbers at full precision.
    const ExportTable t = test::exportFixture(ExportOptions {}, true);
    QByteArray bytes = csvTable(t).toUtf8();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    csv::Reader reader(&buffer);
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row,
        (QStringList { QStringLiteral("group"), QStringLiteral("n"), QStringLiteral("median"), QStringLiteral("ci_low"),
            QStringLiteral("ci_high"), QStringLiteral("p_adjusted"), QStringLiteral("marks") }));
    for (qsizetype r = 0; r < t.names.size(); ++r) {
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.size(), 7);
        QCOMPARE(row[0], t.names[r]);
        QCOMPARE(row[2].toDouble(), *t.columns[1].values[std::size_t(r)]);
        QCOMPARE(row[6], t.marks[r]);
    }
    QVERIFY(!reader.readRow(row));
}

QTEST_GUILESS_MAIN(TestTableData)
#include "tst_tabledata.moc"
