// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime × workload matrix: values and ratios against pandas (tests/data/export/reference.py), layout rules.
#include "exportfixture.h"
#include "io/csv.h"
#include "io/exporters/matrix.h"
#include "io/exporters/matrixtable.h"
#include "io/resultfolder.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace rb;

class TestMatrixExporter : public QObject
{
    Q_OBJECT
private slots:
    void againstPandas_data();
    void againstPandas();
    void layout();
    void baselineAbsentOrZero();
    void golden_data();
    void golden();
    void compiles_data();
    void compiles();
    void csvRoundTrip();
    void jsonNumbers();

private:
    static QList<stats::Group> demoGroups();
    static QList<stats::Group> hostileGroups();
    static ResultMatrix matrix(const QString& fixture);
};

QList<stats::Group> TestMatrixExporter::demoGroups()
{
    QString error;
    const auto rs = loadResultFolder(QStringLiteral(RB_SOURCE_DIR "/tests/data/stats/results-demo"), &error);
    if (!rs) {
        qFatal("results-demo: %s", qPrintable(error));
    }
    return stats::groupsFromResults(*rs, QStringLiteral("wall_ms"));
}

void TestMatrixExporter::againstPandas_data()
{
    QTest::addColumn<int>("center");
    QTest::addColumn<QString>("key");
    QTest::addRow("mean") << int(ResultMatrix::Center::Mean) << "mean";
    QTest::addRow("median") << int(ResultMatrix::Center::Median) << "median";
}

void TestMatrixExporter::againstPandas()
{
    QFETCH(int, center);
    QFETCH(QString, key);
    QFile f(QStringLiteral(RB_EXPORT_DATA "/reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject ref = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("matrix")][key].toObject();
    const ResultMatrix m = buildMatrix(demoGroups(),
        MatrixOptions { ResultMatrix::Center(center), QStringLiteral("native"), QStringLiteral("wall_ms") });
    QCOMPARE(m.rows, (QStringList { QStringLiteral("hello"), QStringLiteral("cpu-hash 200000") }));
    QCOMPARE(m.columns,
        (QStringList {
            QStringLiteral("native"), QStringLiteral("node-wasi:default"), QStringLiteral("node-wasi:no-liftoff") }));
    QCOMPARE(m.baselineColumn, 0);
    QCOMPARE(m.unit, QStringLiteral("ms"));
    int checked = 0;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            const auto value = m.values[std::size_t(r)][std::size_t(c)];
            const auto ratio = m.ratios[std::size_t(r)][std::size_t(c)];
            QVERIFY(value && ratio);
            const double refValue = ref[QStringLiteral("values")][m.rows[r]][m.columns[c]].toDouble(-1);
            const double refRatio = ref[QStringLiteral("ratios")][m.rows[r]][m.columns[c]].toDouble(-1);
            const int refCount = ref[QStringLiteral("counts")][m.rows[r]][m.columns[c]].toInt(-1);
            QVERIFY2(std::abs(*value - refValue) <= 1e-12 * std::abs(refValue),
                qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(m.rows[r], m.columns[c]).arg(*value).arg(refValue)));
            QVERIFY2(std::abs(*ratio - refRatio) <= 1e-12 * std::abs(refRatio), qPrintable(m.columns[c]));
            QCOMPARE(int(m.counts[std::size_t(r)][std::size_t(c)]), refCount);
            ++checked;
        }
    }
    QCOMPARE(checked, 6);
}

void TestMatrixExporter::layout()
{
    // Two scenarios: rows carry the scenario with its parameters; a group without values leaves its cell empty.
    const QList<stats::Group> groups {
        { QStringLiteral("rt a/w|1/load rate=10"), QStringLiteral("rt a"), QStringLiteral("w|1"),
            QStringLiteral("load"), QStringLiteral("ms"), { 1, 2, 3 }, 0 },
        { QStringLiteral("rt a/w|1/load rate=20"), QStringLiteral("rt a"), QStringLiteral("w|1"),
            QStringLiteral("load"), QStringLiteral("ms"), { 4, 6 }, 0 },
        { QStringLiteral("b/w|1/load rate=10"), QStringLiteral("b"), QStringLiteral("w|1"), QStringLiteral("load"),
            QStringLiteral("ms"), { 2, 4, 9 }, 1 },
        { QStringLiteral("b/w|1/load rate=20"), QStringLiteral("b"), QStringLiteral("w|1"), QStringLiteral("load"),
            QStringLiteral("ms"), {}, 3 },
    };
    const ResultMatrix m =
        buildMatrix(groups, MatrixOptions { ResultMatrix::Center::Median, QStringLiteral("rt a"), {} });
    QCOMPARE(m.rows, (QStringList { QStringLiteral("w|1 (load rate=10)"), QStringLiteral("w|1 (load rate=20)") }));
    QCOMPARE(m.columns, (QStringList { QStringLiteral("rt a"), QStringLiteral("b") }));
    QCOMPARE(m.values[0][0], std::optional<double>(2));
    QCOMPARE(m.values[0][1], std::optional<double>(4));
    QCOMPARE(m.values[1][0], std::optional<double>(5));
    QVERIFY(!m.values[1][1]);
    QCOMPARE(m.counts[1][1], std::size_t(0));
    QCOMPARE(m.ratios[0][1], std::optional<double>(2));
    QCOMPARE(m.ratios[0][0], std::optional<double>(1));
    QVERIFY(!m.ratios[1][1]);
    // One scenario only: rows are the bare workload labels.
    const ResultMatrix one = buildMatrix(groups.mid(0, 1) + groups.mid(2, 1), MatrixOptions {});
    QCOMPARE(one.rows, QStringList { QStringLiteral("w|1") });
    QCOMPARE(one.values[0][1], std::optional<double>(5));
    QCOMPARE(one.baselineColumn, -1);
    QVERIFY(!one.ratios[0][0] && !one.ratios[0][1]);
}

void TestMatrixExporter::baselineAbsentOrZero()
{
    const QList<stats::Group> groups {
        { QStringLiteral("a/w/s"), QStringLiteral("a"), QStringLiteral("w"), QStringLiteral("s"), {}, { 0, 0 }, 0 },
        { QStringLiteral("b/w/s"), QStringLiteral("b"), QStringLiteral("w"), QStringLiteral("s"), {}, { 1, 3 }, 0 },
    };
    const ResultMatrix zero =
        buildMatrix(groups, MatrixOptions { ResultMatrix::Center::Mean, QStringLiteral("a"), {} });
    QCOMPARE(zero.baselineColumn, 0);
    QVERIFY(!zero.ratios[0][0] && !zero.ratios[0][1]); // a ratio to 0 is undefined, not infinity
    const ResultMatrix absent =
        buildMatrix(groups, MatrixOptions { ResultMatrix::Center::Mean, QStringLiteral("nope"), {} });
    QCOMPARE(absent.baselineColumn, -1);
    QVERIFY(!absent.ratios[0][1]);
}

/// Names from data that would be markup, a formula or a CSV column in any format.
QList<stats::Group> TestMatrixExporter::hostileGroups()
{
    const QString rtA = QStringLiteral("=HYPERLINK(\"http://x\")");
    const QString rtB = QStringLiteral("wasm|time*");
    const QString w1 = QStringLiteral("\\input{/etc/passwd}");
    const QString w2 = QStringLiteral("a,b \"q\" _x_ & 100%");
    const auto g = [](const QString& rt, const QString& w, std::vector<double> v) {
        return stats::Group { QString(rt + QLatin1Char('/') + w + QStringLiteral("/run")), rt, w, QStringLiteral("run"),
            QStringLiteral("ms"), std::move(v), 0 };
    };
    return { g(rtA, w1, { 2.0, 2.5, 3.0 }), g(rtB, w1, { 5.0, 5.5, 7.25 }), g(rtA, w2, { 0.125, 0.25, 0.5 }),
        g(rtB, w2, {}) };
}

ResultMatrix TestMatrixExporter::matrix(const QString& fixture)
{
    if (fixture == QLatin1String("demo")) {
        return buildMatrix(demoGroups(),
            MatrixOptions { ResultMatrix::Center::Mean, QStringLiteral("native"), QStringLiteral("wall_ms") });
    }
    if (fixture == QLatin1String("demo-nobaseline")) {
        return buildMatrix(demoGroups(), MatrixOptions { ResultMatrix::Center::Median, {}, QStringLiteral("wall_ms") });
    }
    return buildMatrix(hostileGroups(),
        MatrixOptions {
            ResultMatrix::Center::Median, QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("t_ms") });
}

void TestMatrixExporter::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("format");
    for (const QString& fixture :
        { QStringLiteral("demo"), QStringLiteral("demo-nobaseline"), QStringLiteral("hostile") }) {
        for (const QString& format :
            { QStringLiteral("tex"), QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json") }) {
            QTest::addRow("%s.%s", qPrintable(fixture), qPrintable(format)) << fixture << format;
        }
    }
}

void TestMatrixExporter::golden()
{
    QFETCH(QString, fixture);
    QFETCH(QString, format);
    const ResultMatrix m = matrix(fixture);
    const MatrixText text { {}, QStringLiteral("tab:matrix") };
    const QString out = format == QLatin1String("tex") ? latexMatrix(m, text)
        : format == QLatin1String("md")                ? markdownMatrix(m, text)
        : format == QLatin1String("csv")               ? csvMatrix(m)
                                                       : jsonMatrix(m);
    if (format == QLatin1String("tex")) {
        QVERIFY(!out.contains(QLatin1String("\\input{")));
    }
    test::compareGolden(out, QStringLiteral("matrix-%1.%2").arg(fixture, format));
}

void TestMatrixExporter::compiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("demo") << "matrix-demo.tex";
    QTest::addRow("demo, no baseline") << "matrix-demo-nobaseline.tex";
    QTest::addRow("hostile names") << "matrix-hostile.tex";
    // Written by tst_cli_export from the real results folder.
    QTest::addRow("results folder (cli)") << "results-demo-matrix.tex";
}

void TestMatrixExporter::compiles()
{
    QFETCH(QString, file);
    test::compileGoldenLatex(file);
}

void TestMatrixExporter::csvRoundTrip()
{
    // Reading the CSV back gives every name exactly, except that a formula gets a leading ' (docs/export.md).
    const ResultMatrix m = matrix(QStringLiteral("hostile"));
    QByteArray bytes = csvMatrix(m).toUtf8();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    csv::Reader reader(&buffer);
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row,
        (QStringList { QStringLiteral("workload"), QStringLiteral("runtime"), QStringLiteral("n"),
            QStringLiteral("median"), QStringLiteral("ratio") }));
    QList<QStringList> rows;
    while (reader.readRow(row)) {
        rows << row;
    }
    QCOMPARE(rows.size(), 3); // the empty cell has no row
    QCOMPARE(rows[0][0], m.rows[0]);
    QCOMPARE(rows[0][1], QString(QLatin1Char('\'') + m.columns[0]));
    QCOMPARE(rows[1][1], m.columns[1]);
    QCOMPARE(rows[2][0], m.rows[1]);
    QCOMPARE(rows[0][3].toDouble(), 2.5);
    QCOMPARE(rows[1][3].toDouble(), 5.5);
    QCOMPARE(rows[1][4].toDouble(), 2.2);
    QCOMPARE(rows[2][3].toDouble(), 0.25);
    QCOMPARE(rows[2][4].toDouble(), 1.0);
}

void TestMatrixExporter::jsonNumbers()
{
    const ResultMatrix m = matrix(QStringLiteral("hostile"));
    const QJsonObject o = QJsonDocument::fromJson(jsonMatrix(m).toUtf8()).object();
    QCOMPARE(o[QStringLiteral("baseline")].toString(), m.baseline);
    QCOMPARE(o[QStringLiteral("rows")].toArray().at(0).toString(), m.rows[0]);
    QCOMPARE(o[QStringLiteral("columns")].toArray().at(1).toString(), QStringLiteral("wasm|time*"));
    QCOMPARE(o[QStringLiteral("values")][0][1].toDouble(), 5.5);
    QVERIFY(o[QStringLiteral("values")][1][1].isNull());
    QCOMPARE(o[QStringLiteral("counts")][1][1].toInt(-1), 0);
    QCOMPARE(o[QStringLiteral("ratios")][0][1].toDouble(), 2.2);
    QVERIFY(o[QStringLiteral("ratios")][1][1].isNull());
    QCOMPARE(o[QStringLiteral("center")].toString(), QStringLiteral("median"));
    QVERIFY(QJsonDocument::fromJson(jsonMatrix(matrix(QStringLiteral("demo-nobaseline"))).toUtf8())
                .object()[QStringLiteral("ratios")]
                .isNull());
}

QTEST_GUILESS_MAIN(TestMatrixExporter)
#include "tst_matrixexporter.moc"
