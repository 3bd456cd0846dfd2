// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown export: escaping and golden tables.
#include "exportfixture.h"
#include "io/exporters/markdown.h"

#include <QtTest>

using namespace rb;

class TestMarkdownExporter : public QObject
{
    Q_OBJECT
private slots:
    void escape_data();
    void escape();
    void golden_data();
    void golden();
};

void TestMarkdownExporter::escape_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << "wasmtime 14"
                           << "wasmtime 14";
    QTest::addRow("pipe") << "a|b"
                          << "a\\|b";
    QTest::addRow("backslash") << "\\input{x}"
                               << "\\\\input{x}";
    QTest::addRow("emphasis, code") << "*a_b`"
                                    << "\\*a\\_b\\`";
    QTest::addRow("html") << "<script>"
                          << "\\<script\\>";
    QTest::addRow("newline") << "a\nb"
                             << "a b";
}

void TestMarkdownExporter::escape()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(markdownEscape(in), out);
}

void TestMarkdownExporter::golden_data()
{
    QTest::addColumn<int>("center");
    QTest::addColumn<int>("correction");
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<QString>("file");
    QTest::addRow("median, Holm") << int(ExportOptions::Center::Median) << int(ExportOptions::Correction::Holm) << true
                                  << "median-holm.md";
    QTest::addRow("mean, BH") << int(ExportOptions::Center::Mean) << int(ExportOptions::Correction::BenjaminiHochberg)
                              << true << "mean-bh.md";
    QTest::addRow("no baseline") << int(ExportOptions::Center::Median) << int(ExportOptions::Correction::Holm) << false
                                 << "no-baseline.md";
}

void TestMarkdownExporter::golden()
{
    QFETCH(int, center);
    QFETCH(int, correction);
    QFETCH(bool, baseline);
    QFETCH(QString, file);
    ExportOptions opt;
    opt.center = ExportOptions::Center(center);
    opt.correction = ExportOptions::Correction(correction);
    const QString md = markdownTable(test::exportFixture(opt, baseline));
    // Every row has as many unescaped pipes as the header: a name cannot add a column.
    const QStringList lines = md.split(QLatin1Char('\n'));
    qsizetype columns = -1;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1Char('|'))) {
            continue;
        }
        const qsizetype pipes = line.count(QLatin1Char('|')) - line.count(QLatin1String("\\|"));
        QVERIFY(columns < 0 || pipes == columns);
        columns = pipes;
    }
    test::compareGolden(md, file);
}

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
