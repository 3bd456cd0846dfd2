// SPDX-License-Identifier: GPL-3.0-or-later
// The data behind the figures (io/figuredata.h) of a real throughput sweep (tests/data/figures/sweep-tiny) against
// tests/data/figures/reference.json, computed from the raw CSVs with pandas and SciPy by make_reference.py.
#include "io/figuredata.h"
#include "io/resultfolder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

class TstFigureData : public QObject
{
    Q_OBJECT
    rb::ResultSet m_results;
    QJsonObject m_ref;

    static bool close(double a, double b)
    {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
    }

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/figures/");
        QString error;
        const auto r = rb::loadResultFolder(dir + QStringLiteral("sweep-tiny"), &error);
        QVERIFY2(r, qPrintable(error));
        m_results = *r;
        QFile f(dir + QStringLiteral("reference.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_ref = QJsonDocument::fromJson(f.readAll()).object();
    }
    void throughputMeanAndTInterval()
    {
        const auto series = rb::figure::throughputByConcurrency(m_results);
        QCOMPARE(series.size(), std::size_t(1));
        const QJsonObject ref = m_ref.value(QStringLiteral("throughput")).toObject();
        QCOMPARE(series.front().points.size(), std::size_t(ref.size()));
        for (const rb::figure::LevelPoint& p : series.front().points) {
            const QJsonObject r = ref.value(QString::number(p.x)).toObject();
            QVERIFY2(!r.isEmpty(), qPrintable(QString::number(p.x)));
            QCOMPARE(p.runs, r.value(QStringLiteral("n")).toInt());
            QVERIFY(close(p.y, r.value(QStringLiteral("mean")).toDouble()));
            QVERIFY(close(p.ciLow, r.value(QStringLiteral("ci_low")).toDouble()));
            QVERIFY(close(p.ciHigh, r.value(QStringLiteral("ci_high")).toDouble()));
        }
    }
    void latencyByRateFromMergedHistograms()
    {
        const rb::figure::LoadLatency l = rb::figure::latencyByLoad(m_results);
        QVERIFY(l.byRate);
        QCOMPARE(l.p50.size(), std::size_t(1));
        const QJsonObject ref = m_ref.value(QStringLiteral("latency_by_rate")).toObject();
        QCOMPARE(l.p50.front().points.size(), std::size_t(ref.size()));
        for (std::size_t i = 0; i < l.p50.front().points.size(); ++i) {
            const QJsonObject r = ref.value(QString::number(l.p50.front().points[i].x)).toObject();
            QVERIFY(close(l.p50.front().points[i].y, r.value(QStringLiteral("p50_ms")).toDouble()));
            QVERIFY(close(l.p99.front().points[i].y, r.value(QStringLiteral("p99_ms")).toDouble()));
        }
    }
    void spectrumCountsEveryRequest()
    {
        // One curve per level (configuration); each adds up the histograms of its runs.
        std::map<QString, qint64> perConfig;
        const QJsonObject ref = m_ref.value(QStringLiteral("requests")).toObject();
        for (auto it = ref.begin(); it != ref.end(); ++it) {
            perConfig[it.key().section(QLatin1Char('/'), 0, -2)] += it.value().toInteger();
        }
        std::vector<qint64> expected;
        for (const auto& [config, n] : perConfig) {
            expected.push_back(n);
        }
        std::vector<qint64> got;
        for (const rb::figure::SpectrumSeries& s : rb::figure::latencySpectra(m_results)) {
            got.push_back(s.requests);
            QCOMPARE(s.fraction.back(), 1.0);
            QVERIFY(std::is_sorted(s.latencyMs.begin(), s.latencyMs.end()));
        }
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }
    void shortNamesKeepUrlsWhole()
    {
        QCOMPARE(rb::figure::shortNames({ QStringLiteral("wrk2/http://h:80/a/wrk2-text c=1"),
                     QStringLiteral("wrk2/http://h:80/b/wrk2-text c=1") }),
            (QStringList { QStringLiteral("http://h:80/a"), QStringLiteral("http://h:80/b") }));
        QCOMPARE(rb::figure::shortNames({ QStringLiteral("native/hello/cold"), QStringLiteral("node/hello/cold") }),
            (QStringList { QStringLiteral("native"), QStringLiteral("node") }));
    }
};

QTEST_GUILESS_MAIN(TstFigureData)
#include "tst_figuredata.moc"
