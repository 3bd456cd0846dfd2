// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed report both exporter tests render: four groups, one baseline, two hostile names.
#pragma once

#include "io/exporters/exporttable.h"
#include "stats/report.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace rb::test {

inline std::vector<stats::NamedSample> exportSamples()
{
    std::vector<stats::NamedSample> s { { QStringLiteral("native"), {} }, { QStringLiteral("wasmtime"), {} },
        { QStringLiteral("a_b&c%"), {} }, { QStringLiteral("\\input{/etc/passwd}|x*"), {} } };
    for (int i = 0; i < 12; ++i) {
        const double wobble = std::sin(i * 1.7) * 0.4;
        s[0].values.push_back(10.0 + wobble);
        s[1].values.push_back(14.5 + wobble * 2);
        s[2].values.push_back(10.2 + wobble * 0.5);
        s[3].values.push_back(100.0 + i * 3 + wobble);
    }
    return s;
}

inline ExportTable exportFixture(ExportOptions opt, bool withBaseline = true)
{
    stats::ReportOptions ro;
    ro.baseline = withBaseline ? QStringLiteral("native") : QString();
    ro.bootstrapResamples = 200;
    opt.metric = QStringLiteral("wall_ms");
    return buildExportTable(stats::buildReport(exportSamples(), ro), ro.baseline, opt);
}

/// Compares `actual` with the golden file RB_EXPORT_DATA/`name`; RUNBENCH_UPDATE_GOLDEN=1 rewrites it.
inline void compareGolden(const QString& actual, const QString& name)
{
    const QString path = QStringLiteral(RB_EXPORT_DATA "/") + name;
    if (qEnvironmentVariableIntValue("RUNBENCH_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(": missing golden file")));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

/// Compiles the golden LaTeX table RB_EXPORT_DATA/`name` with pdflatex in a minimal document (booktabs, siunitx)
/// and checks that a PDF came out and that nothing read /etc/passwd. QSKIPs only when pdflatex is absent.
inline void compileGoldenLatex(const QString& name)
{
    const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
    if (pdflatex.isEmpty()) {
        QSKIP("pdflatex not installed (packaging/setup-debian.sh installs texlive-latex-base)");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(RB_EXPORT_DATA "/") + name, dir.filePath(QStringLiteral("table.tex"))));
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
    QFile log(dir.filePath(QStringLiteral("doc.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("/etc/passwd"));
}

} // namespace rb::test
