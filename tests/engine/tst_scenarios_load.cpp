// SPDX-License-Identifier: GPL-3.0-or-later
// The load scenarios (warm-latency, throughput-sweep) through the real runbench-cli on the native http-hello server.
#include "io/csv.h"
#include "io/resultfolder.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <optional>

using namespace rb;

class TestScenariosLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<ResultSet> m_results;
    QHash<QString, qint64> m_latencyCounts; ///< run id → sum of its latency.csv buckets
    QHash<QString, QSet<QString>> m_series; ///< run id → series names in timeseries.csv

    QString cli() const
    {
        // ctest sets RUNBENCH_BUILD_DIR; run by hand, the binary sits in <build>/tests.
        const QString build =
            qEnvironmentVariable("RUNBENCH_BUILD_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
        return build + QStringLiteral("/bin/runbench-cli");
    }
    /// Runs `runbench-cli run` on `spec` into `out`; the results folder, or nullopt with a failure.
    std::optional<ResultSet> runSpec(const QByteArray& spec, const QString& name)
    {
        QFile f(m_dir.filePath(name + QStringLiteral(".json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(spec) != spec.size()) {
            return std::nullopt;
        }
        f.close();
        QProcess p;
        p.start(cli(), { QStringLiteral("run"), f.fileName(), QStringLiteral("--out"), m_dir.filePath(name) });
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            qWarning("runbench-cli timed out");
            return std::nullopt;
        }
        QString err;
        auto rs = loadResultFolder(m_dir.filePath(name), &err);
        if (!rs) {
            qWarning("%s; stderr: %s", qPrintable(err), p.readAllStandardError().constData());
        }
        return rs;
    }
    static QList<QStringList> readCsv(const QString& path)
    {
        QFile f(path);
        QList<QStringList> rows;
        if (!f.open(QIODevice::ReadOnly)) {
            return rows;
        }
        csv::Reader r(&f);
        QStringList row;
        while (r.readRow(row)) {
            rows << row;
        }
        return rows.mid(1); // without the header
    }
    /// The run of `scenario` whose level is levelKey = level (any run of it when levelKey is empty).
    const RunRecord* find(const QString& scenario, const QString& levelKey = {}, double level = 0) const
    {
        for (const RunRecord& r : m_results->runs) {
            const QJsonValue v = r.spec.scenario.params.value(levelKey);
            if (r.spec.scenario.kind == scenario
                && (levelKey.isEmpty() || (v.isBool() && v.toBool()) || (v.isDouble() && v.toDouble() == level))) {
                return &r;
            }
        }
        return nullptr;
    }
    void checkLoadRun(const RunRecord& r)
    {
        QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
        QVERIFY(r.value(QStringLiteral("requests_per_s")) > 0);
        QCOMPARE(r.value(QStringLiteral("errors")), 0.0);
        const double p50 = r.value(QStringLiteral("latency_p50_ms"));
        const double p99 = r.value(QStringLiteral("latency_p99_ms"));
        const double max = r.value(QStringLiteral("latency_max_ms"));
        QVERIFY2(
            p50 > 0 && p50 <= p99 && p99 <= max, qPrintable(QStringLiteral("%1 %2 %3").arg(p50).arg(p99).arg(max)));
        // Every completed request has one latency: the histogram's counts add up to the requests reported.
        QCOMPARE(m_latencyCounts.value(r.spec.runId), qint64(r.value(QStringLiteral("requests"))));
        QVERIFY(m_series.value(r.spec.runId).contains(QStringLiteral("cpu_percent")));
        QVERIFY(m_series.value(r.spec.runId).contains(QStringLiteral("rss_kb")));
        QVERIFY(m_series.value(r.spec.runId).contains(QStringLiteral("requests_per_s")));
        QVERIFY(r.value(QStringLiteral("rss_kb_peak")) > 0);
        QVERIFY(r.value(QStringLiteral("cpu_percent_mean")) >= 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_results = runSpec(R"({"name":"load","runtimes":["native"],"workloads":["http-hello"],
            "repetitions":1,"warmup":0,"scenarios":[
            {"kind":"warm-latency","duration_s":0.5,"concurrency":2},
            {"kind":"throughput-sweep","concurrency":[1,2],"rates":[200],"duration_s":0.5,
             "slo_p99_ms":50,"slo_max_rate":2000,"slo_steps":3}]})",
            QStringLiteral("ok"));
        QVERIFY(m_results);
        for (const QStringList& row : readCsv(m_dir.filePath(QStringLiteral("ok/latency.csv")))) {
            m_latencyCounts[row.value(0)] += row.value(2).toLongLong();
        }
        for (const QStringList& row : readCsv(m_dir.filePath(QStringLiteral("ok/timeseries.csv")))) {
            m_series[row.value(0)].insert(row.value(2));
        }
    }

    void warmLatency()
    {
        QCOMPARE(m_results->runs.size(), 5); // warm-latency; concurrency 1, 2; rate 200; SLO search
        const RunRecord* r = find(QStringLiteral("warm-latency"));
        QVERIFY(r);
        checkLoadRun(*r);
    }

    void sweepClosedLoop()
    {
        for (int c : { 1, 2 }) {
            const RunRecord* r = find(QStringLiteral("throughput-sweep"), QStringLiteral("concurrency"), c);
            QVERIFY(r);
            checkLoadRun(*r);
            QCOMPARE(r->value(QStringLiteral("concurrency")), double(c));
        }
    }

    void sweepOpenLoop()
    {
        const RunRecord* r = find(QStringLiteral("throughput-sweep"), QStringLiteral("rate"), 200);
        QVERIFY(r);
        checkLoadRun(*r);
        QCOMPARE(r->value(QStringLiteral("rate")), 200.0);
        const double achieved = r->value(QStringLiteral("achieved_rate"));
        QVERIFY2(std::abs(achieved - 200) <= 10, qPrintable(QString::number(achieved)));
    }

    void sloSearch()
    {
        const RunRecord* r = find(QStringLiteral("throughput-sweep"), QStringLiteral("slo_search"), 1);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        const double best = r->value(QStringLiteral("slo_max_rate_rps"));
        QVERIFY2(best > 0 && best <= 2000, qPrintable(QString::number(best)));
        QVERIFY(r->value(QStringLiteral("slo_p99_at_max_ms")) <= 50);
        QCOMPARE(r->value(QStringLiteral("slo_steps_done")), 3.0);
        QVERIFY(m_series.value(r->spec.runId).contains(QStringLiteral("slo_step_rate")));
        QVERIFY(m_series.value(r->spec.runId).contains(QStringLiteral("slo_step_p99_ms")));
    }

    void pathThatFailsFailsTheRun()
    {
        const auto rs = runSpec(R"({"name":"nf","runtimes":["native"],"workloads":["http-hello"],
            "repetitions":1,"warmup":0,"scenarios":[
            {"kind":"warm-latency","duration_s":0.3,"concurrency":1,"warmup_requests":0,"path":"/missing"}]})",
            QStringLiteral("nf"));
        QVERIFY(rs);
        QCOMPARE(rs->runs.size(), 1);
        const RunRecord& r = rs->runs.first();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("status")), qPrintable(r.error));
        QVERIFY(r.value(QStringLiteral("errors")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestScenariosLoad)
#include "tst_scenarios_load.moc"
