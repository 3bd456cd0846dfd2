// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime × workload matrix: values and ratios against pandas (tests/data/export/reference.py), layout rules.
#include "io/exporters/matrix.h"
#include "io/resultfolder.h"

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

private:
    static QList<stats::Group> demoGroups();
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
    QFile f(QStringLiteral(RB_SOURCE_DIR "/tests/data/export/reference.json"));
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

QTEST_GUILESS_MAIN(TestMatrixExporter)
#include "tst_matrixexporter.moc"
