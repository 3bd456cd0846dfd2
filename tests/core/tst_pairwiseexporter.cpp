// SPDX-License-Identifier: GPL-3.0-or-later
// The pairwise table: its numbers against SciPy (tests/data/export/reference.py), golden files in every format,
// and that pdflatex compiles the LaTeX ones.
#include "exportfixture.h"
#include "io/exporters/latex.h"
#include "io/exporters/markdown.h"
#include "io/exporters/pairwisetable.h"
#include "io/exporters/tabledata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace rb;

class TestPairwiseExporter : public QObject
{
    Q_OBJECT
private slots:
    void againstScipy_data();
    void againstScipy();
    void golden_data();
    void golden();
    void compiles_data();
    void compiles();

private:
    static ExportTable table(bool baseline, ExportOptions::Correction correction);
};

ExportTable TestPairwiseExporter::table(bool baseline, ExportOptions::Correction correction)
{
    stats::ReportOptions ro;
    ro.baseline = baseline ? QStringLiteral("native") : QString();
    ro.bootstrapResamples = 200;
    ExportOptions opt;
    opt.metric = QStringLiteral("wall_ms");
    opt.correction = correction;
    opt.label = QStringLiteral("tab:pairs");
    return buildPairwiseTable(stats::buildReport(test::exportSamples(), ro), opt);
}

void TestPairwiseExporter::againstScipy_data()
{
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<int>("correction");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("adjusted");
    QTest::addRow("every pair, BH") << false << int(ExportOptions::Correction::BenjaminiHochberg) << "pairwise_all"
                                    << "p_bh";
    QTest::addRow("every pair, Holm") << false << int(ExportOptions::Correction::Holm) << "pairwise_all"
                                      << "p_holm";
    QTest::addRow("against native, Holm") << true << int(ExportOptions::Correction::Holm) << "pairwise_baseline"
                                          << "p_holm";
}

void TestPairwiseExporter::againstScipy()
{
    QFETCH(bool, baseline);
    QFETCH(int, correction);
    QFETCH(QString, reference);
    QFETCH(QString, adjusted);
    QFile f(QStringLiteral(RB_EXPORT_DATA "/reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray ref = QJsonDocument::fromJson(f.readAll()).object()[reference].toArray();
    // Read the numbers back from the JSON export: what a researcher's script sees.
    const ExportTable t = table(baseline, ExportOptions::Correction(correction));
    const QJsonArray rows =
        QJsonDocument::fromJson(jsonTable(t, {}).toUtf8()).object()[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), ref.size());
    QVERIFY(rows.size() >= 3);
    const auto close = [](double actual, double expected, double rel) {
        return std::abs(actual - expected) <= rel * std::max(std::abs(expected), 1e-300);
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        const QJsonObject r = ref[i].toObject();
        const QString what =
            row[QStringLiteral("a")].toString() + QStringLiteral(" vs ") + row[QStringLiteral("b")].toString();
        QCOMPARE(row[QStringLiteral("a")].toString(), r[QStringLiteral("a")].toString());
        QCOMPARE(row[QStringLiteral("b")].toString(), r[QStringLiteral("b")].toString());
        QCOMPARE(row[QStringLiteral("n_a")].toDouble(), 12.0);
        const QList<std::pair<QString, QJsonValue>> checks {
            { QStringLiteral("hl_shift"), r[QStringLiteral("hl_shift")] },
            { QStringLiteral("hl_ci_low"), r[QStringLiteral("hl_ci")][0] },
            { QStringLiteral("hl_ci_high"), r[QStringLiteral("hl_ci")][1] },
            { QStringLiteral("ratio_median"), r[QStringLiteral("ratio_median")] },
            { QStringLiteral("cliffs_delta"), r[QStringLiteral("cliffs_delta")] },
            { QStringLiteral("p"), r[QStringLiteral("p")] },
            { QStringLiteral("p_adjusted"), r[adjusted] },
        };
        for (const auto& [key, expected] : checks) {
            QVERIFY2(row[key].isDouble() && close(row[key].toDouble(), expected.toDouble(), 1e-9),
                qPrintable(QStringLiteral("%1, %2: %3 vs SciPy %4")
                               .arg(what, key)
                               .arg(row[key].toDouble(), 0, 'g', 17)
                               .arg(expected.toDouble(), 0, 'g', 17)));
        }
        const double p = r[adjusted].toDouble();
        QCOMPARE(row[QStringLiteral("marks")].toString(), significanceMarks(p));
    }
}

void TestPairwiseExporter::golden_data()
{
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<int>("correction");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    for (const QString& format :
        { QStringLiteral("tex"), QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json") }) {
        QTest::addRow("against native, Holm, %s", qPrintable(format))
            << true << int(ExportOptions::Correction::Holm) << format
            << QString(QStringLiteral("pairwise-baseline-holm.") + format);
        QTest::addRow("every pair, BH, %s", qPrintable(format))
            << false << int(ExportOptions::Correction::BenjaminiHochberg) << format
            << QString(QStringLiteral("pairwise-all-bh.") + format);
    }
}

void TestPairwiseExporter::golden()
{
    QFETCH(bool, baseline);
    QFETCH(int, correction);
    QFETCH(QString, format);
    QFETCH(QString, file);
    const ExportTable t = table(baseline, ExportOptions::Correction(correction));
    const QString text = format == QLatin1String("tex") ? latexTable(t)
        : format == QLatin1String("md")                 ? markdownTable(t)
        : format == QLatin1String("csv")
        ? csvTable(t)
        : jsonTable(t,
            TableFacts { QStringLiteral("wall_ms"), baseline ? QStringLiteral("native") : QString(),
                QStringLiteral("median"), baseline ? QStringLiteral("holm") : QStringLiteral("bh") });
    QVERIFY(!text.contains(QLatin1String("\\input{")) || format != QLatin1String("tex"));
    test::compareGolden(text, file);
}

void TestPairwiseExporter::compiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("against native") << "pairwise-baseline-holm.tex";
    QTest::addRow("every pair") << "pairwise-all-bh.tex";
    // Written by tst_cli_export from the real results folder.
    QTest::addRow("results folder (cli)") << "results-demo-pairwise.tex";
}

void TestPairwiseExporter::compiles()
{
    QFETCH(QString, file);
    test::compileGoldenLatex(file);
}

QTEST_GUILESS_MAIN(TestPairwiseExporter)
#include "tst_pairwiseexporter.moc"
