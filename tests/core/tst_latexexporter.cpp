// SPDX-License-Identifier: GPL-3.0-or-later
// LaTeX export: escaping, golden tables, and that pdflatex compiles them.
#include "exportfixture.h"
#include "io/exporters/latex.h"
#include "io/exporters/texescape.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb;

class TestLatexExporter : public QObject
{
    Q_OBJECT
private slots:
    void escape_data();
    void escape();
    void golden_data();
    void golden();
    void compiles_data();
    void compiles();
};

void TestLatexExporter::escape_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << "wasmtime 14"
                           << "wasmtime 14";
    QTest::addRow("underscore, ampersand, percent") << "a_b&c%"
                                                    << "a\\_b\\&c\\%";
    QTest::addRow("input command") << "\\input{/etc/passwd}"
                                   << "\\textbackslash{}input\\{/etc/passwd\\}";
    QTest::addRow("dollar, hash") << "$x#1"
                                  << "\\$x\\#1";
    QTest::addRow("caret, tilde") << "^~"
                                  << "\\textasciicircum{}\\textasciitilde{}";
    QTest::addRow("angle brackets, bar") << "<|>"
                                         << "\\textless{}\\textbar{}\\textgreater{}";
    QTest::addRow("newline") << "a\nb"
                             << "a b";
    QTest::addRow("unicode kept") << "Größe ±"
                                  << "Größe ±";
}

void TestLatexExporter::escape()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(latexEscape(in), out);
}

void TestLatexExporter::golden_data()
{
    QTest::addColumn<int>("center");
    QTest::addColumn<int>("correction");
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<QString>("file");
    QTest::addRow("median, Holm") << int(ExportOptions::Center::Median) << int(ExportOptions::Correction::Holm) << true
                                  << "median-holm.tex";
    QTest::addRow("mean, BH") << int(ExportOptions::Center::Mean) << int(ExportOptions::Correction::BenjaminiHochberg)
                              << true << "mean-bh.tex";
    QTest::addRow("no baseline") << int(ExportOptions::Center::Median) << int(ExportOptions::Correction::Holm) << false
                                 << "no-baseline.tex";
}

void TestLatexExporter::golden()
{
    QFETCH(int, center);
    QFETCH(int, correction);
    QFETCH(bool, baseline);
    QFETCH(QString, file);
    ExportOptions opt;
    opt.center = ExportOptions::Center(center);
    opt.correction = ExportOptions::Correction(correction);
    opt.label = QStringLiteral("tab:wall ms");
    const QString tex = latexTable(test::exportFixture(opt, baseline));
    QVERIFY(!tex.contains(QLatin1String("\\input{")));
    test::compareGolden(tex, file);
}

void TestLatexExporter::compiles_data()
{
    golden_data();
    // Written by tst_cli_export from the real results folder tests/data/stats/results-demo.
    QTest::addRow("results folder (cli)") << 0 << 0 << true << "results-demo.tex";
}

void TestLatexExporter::compiles()
{
    const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
    if (pdflatex.isEmpty()) {
        QSKIP("pdflatex not installed (packaging/setup-debian.sh installs texlive-latex-base)");
    }
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::copy(QStringLiteral(RB_EXPORT_DATA "/") + file, dir.filePath(QStringLiteral("table.tex")));
    QFile doc(dir.filePath(QStringLiteral("doc.tex")));
    QVERIFY(doc.open(QIODevice::WriteOnly));
    doc.write("\\documentclass{article}\n\\usepackage{booktabs}\n\\usepackage{siunitx}\n"
              "\\begin{document}\n\\input{table.tex}\n\\end{document}\n");
    doc.close();
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(pdflatex,
        { QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
            QStringLiteral("-no-shell-escape"), QStringLiteral("doc.tex") });
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(
        p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardOutput().right(3000).constData());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("doc.pdf"))).size() > 0);
    // The hostile name came out as text: no file was read by \input{/etc/passwd}.
    QFile log(dir.filePath(QStringLiteral("doc.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("/etc/passwd"));
}

QTEST_GUILESS_MAIN(TestLatexExporter)
#include "tst_latexexporter.moc"
