// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli figure: every kind to PDF, SVG and PNG from real results folders (the committed cold-start demo and
// a small throughput sweep run here on native), missing data, bad options, and a PDF figure in a LaTeX document.
#include "../common/testsupport.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TstCliFigure : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_demo;
    QString m_sweep;

    rb::test::CommandOutput figure(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // must work without a display
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return rb::test::runCommand(rb::test::cliPath(), QStringList { QStringLiteral("figure") } + args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_demo = qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/stats/results-demo");
        const QString spec = rb::test::writeTextFile(m_tmp.filePath(QStringLiteral("sweep.json")),
            R"({"name": "figure-test", "runtimes": ["native"], "workloads": ["http-hello"],
                "scenarios": [{"kind": "throughput-sweep", "concurrency": [1, 2], "rates": [300, 600],
                               "duration_s": 0.4, "warmup_s": 0.1}],
                "repetitions": 2, "warmup": 0})");
        m_sweep = m_tmp.filePath(QStringLiteral("sweep"));
        const auto r = rb::test::runCommand(
            rb::test::cliPath(), { QStringLiteral("run"), spec, QStringLiteral("--out"), m_sweep });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("sweep");
        QTest::addColumn<QStringList>("labels"); ///< axis titles the figure must show
        for (const QString& ext : { QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png") }) {
            const auto row = [&](const char* kind, bool sweep, const QStringList& labels) {
                QTest::addRow("%s %s", kind, qPrintable(ext)) << QString::fromLatin1(kind) << sweep << labels;
            };
            row("ecdf", false, { QStringLiteral("wall (ms)"), QStringLiteral("Fraction of runs") });
            row("box", false, { QStringLiteral("wall (ms)"), QStringLiteral("native") });
            row("violin", false, { QStringLiteral("wall (ms)"), QStringLiteral("node-wasi") });
            row("spectrum", true, { QStringLiteral("Percentile (%)"), QStringLiteral("Latency (ms)") });
            row("throughput", true, { QStringLiteral("Concurrency (connections)"), QStringLiteral("Requests/s") });
            row("latency-load", true, { QStringLiteral("load (requests/s)"), QStringLiteral("p99") });
            row("timeline", true, { QStringLiteral("Time since the run's start (s)"), QStringLiteral("CPU (% of") });
            row("heatmap", false, { QStringLiteral("Workload"), QStringLiteral("native (means)") });
        }
    }
    void formats()
    {
        QFETCH(QString, kind);
        QFETCH(bool, sweep);
        QFETCH(QStringList, labels);
        const QString ext = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), -1);
        const QString out = m_tmp.filePath(kind + QLatin1Char('.') + ext);
        QStringList args { kind, sweep ? m_sweep : m_demo, QStringLiteral("--out"), out, QStringLiteral("--width-mm"),
            QStringLiteral("88"), QStringLiteral("--height-mm"), QStringLiteral("60"), QStringLiteral("--dpi"),
            QStringLiteral("200") };
        if (kind == QLatin1String("heatmap")) {
            args << QStringLiteral("--baseline") << QStringLiteral("native");
        }
        const auto r = figure(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (ext == QLatin1String("png")) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QCOMPARE(image.size(), QSize(693, 472)); // round(88 and 60 mm × 200 dpi / 25.4)
            return;
        }
        QString text;
        if (ext == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF"));
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
                QSKIP("pdftotext not installed");
            }
            text = rb::test::runCommand(QStringLiteral("pdftotext"), { out, QStringLiteral("-") }).out;
        } else {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::Characters) {
                    text += xml.text();
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        }
        for (const QString& label : labels) {
            QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" not in: ") + text));
        }
    }

    void paletteAndFontSize()
    {
        // greyscale: no pixel of the figure has a hue; okabe-ito: some have. A larger font makes longer text runs,
        // so the same figure has more dark (text) pixels.
        const auto draw = [&](const QString& palette, const QString& pt) {
            const QString out = m_tmp.filePath(QStringLiteral("style-%1-%2.png").arg(palette, pt));
            const auto r =
                figure({ QStringLiteral("ecdf"), m_demo, QStringLiteral("--out"), out, QStringLiteral("--palette"),
                    palette, QStringLiteral("--font-pt"), pt, QStringLiteral("--dpi"), QStringLiteral("150") });
            return r.code == 0 ? QImage(out) : QImage();
        };
        const auto count = [](const QImage& image, auto predicate) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    n += predicate(image.pixelColor(x, y)) ? 1 : 0;
                }
            }
            return n;
        };
        const auto coloured = [](const QColor& c) { return c.hsvSaturation() > 60 && c.value() > 40; };
        const auto dark = [](const QColor& c) { return c.value() < 80; };
        const QImage grey = draw(QStringLiteral("greyscale"), QStringLiteral("8"));
        const QImage colour = draw(QStringLiteral("okabe-ito"), QStringLiteral("8"));
        const QImage big = draw(QStringLiteral("greyscale"), QStringLiteral("11"));
        QVERIFY(!grey.isNull() && !colour.isNull() && !big.isNull());
        QCOMPARE(count(grey, coloured), 0);
        QVERIFY(count(colour, coloured) > 200);
        QVERIFY2(count(big, dark) > count(grey, dark) * 11 / 10,
            qPrintable(QStringLiteral("%1 vs %2").arg(count(big, dark)).arg(count(grey, dark))));
    }

    void numberFiles()
    {
        // ecdf, box and violin read what `stats` reads: one group per number file, named after it.
        const QString data = qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/stats/");
        const QString out = m_tmp.filePath(QStringLiteral("numbers.svg"));
        const auto r = figure({ QStringLiteral("violin"), data + QStringLiteral("mid_a.txt"),
            data + QStringLiteral("mid_b.txt"), QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("mid_a (n = "));
        QVERIFY(svg.contains("mid_b (n = "));
    }

    void importedWrk2Spectrum()
    {
        // A wrk2 --latency file goes through the importer: its spectrum has the file's "Total count" of requests
        // and its top step reaches the file's "Max" (12.496 ms, within the histogram's 3 digits).
        const QString out = m_tmp.filePath(QStringLiteral("wrk2.svg"));
        const auto r = figure({ QStringLiteral("spectrum"),
            qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/import/wrk2/latency.txt"),
            QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("(n = 39500)"));
        QVERIFY(svg.contains("Percentile (%)"));
    }

    void missingData_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("spectrum without latency.csv") << "spectrum"
                                                      << "no latency histograms (latency.csv)";
        QTest::addRow("throughput without levels") << "throughput"
                                                   << "no throughput-sweep concurrency levels";
        QTest::addRow("latency-load without levels") << "latency-load"
                                                     << "no throughput-sweep levels";
        QTest::addRow("timeline without timeseries") << "timeline"
                                                     << "no series \"cpu_percent\"";
    }
    void missingData()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString out = m_tmp.filePath(QStringLiteral("missing.png"));
        const auto r = figure({ kind, m_demo, QStringLiteral("--out"), out });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown kind") << QStringList { "pie", "x", "--out", "a.png" } << "KIND must be one of";
        QTest::addRow("no out") << QStringList { "ecdf", "x" } << "--out FILE must end in";
        QTest::addRow("bad suffix") << QStringList { "ecdf", "x", "--out", "a.jpg" } << "--out FILE must end in";
        QTest::addRow("bad width") << QStringList { "ecdf", "x", "--out", "a.png", "--width-mm", "0" }
                                   << "--width-mm must be";
        QTest::addRow("heatmap, unknown baseline") << QStringList { "heatmap",
            QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + "/tests/data/stats/results-demo", "--out", "a.png",
            "--baseline", "wasmtime" } << "--baseline \"wasmtime\" is not a runtime of this folder";
        QTest::addRow("bad palette") << QStringList { "ecdf", "x", "--out", "a.png", "--palette", "rainbow" }
                                     << "--palette must be one of okabe-ito, tol-bright, tol-vibrant, greyscale";
        QTest::addRow("bad font size") << QStringList { "ecdf", "x", "--out", "a.png", "--font-pt", "40" }
                                       << "--font-pt must be a number from 4 to 24";
        QTest::addRow("not a folder") << QStringList { "spectrum", "/nonexistent", "--out", "a.png" }
                                      << "/nonexistent: no such file or folder";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = figure(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void latexIncludesPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdflatex")).isEmpty()) {
            QSKIP("pdflatex not installed");
        }
        QTemporaryDir dir;
        const auto r = figure(
            { QStringLiteral("spectrum"), m_sweep, QStringLiteral("--out"), dir.filePath(QStringLiteral("fig.pdf")) });
        QCOMPARE(r.code, 0);
        // The table of the same folder, exported by runbench-cli export, in the same paper.
        const auto table = rb::test::runCommand(rb::test::cliPath(),
            { QStringLiteral("export"), m_sweep, QStringLiteral("--format"), QStringLiteral("latex"),
                QStringLiteral("--metric"), QStringLiteral("requests_per_s"), QStringLiteral("--caption"),
                QStringLiteral("Throughput by configuration"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("table.tex")) });
        QVERIFY2(table.code == 0, qPrintable(table.err));
        rb::test::writeTextFile(dir.filePath(QStringLiteral("paper.tex")),
            "\\documentclass[twocolumn]{article}\n\\usepackage{graphicx}\n\\usepackage{booktabs}\n"
            "\\usepackage{siunitx}\n\\begin{document}\n"
            "\\begin{figure}\\includegraphics[width=\\columnwidth]{fig.pdf}\\caption{Latency "
            "spectrum.}\\end{figure}\n\\input{table.tex}\n\\end{document}\n");
        QProcess tex;
        tex.setWorkingDirectory(dir.path());
        tex.start(QStringLiteral("pdflatex"),
            { QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
                QStringLiteral("paper.tex") });
        QVERIFY(tex.waitForFinished(120000));
        QVERIFY2(tex.exitCode() == 0, tex.readAllStandardOutput().right(2000).constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("paper.pdf"))));
        const auto text = rb::test::runCommand(
            QStringLiteral("pdftotext"), { dir.filePath(QStringLiteral("paper.pdf")), QStringLiteral("-") });
        QVERIFY2(text.out.contains(QLatin1String("Latency spectrum")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Throughput by configuration")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TstCliFigure)
#include "tst_cli_figure.moc"
