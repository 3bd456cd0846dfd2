// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli stats end to end: JSON contract, bad input, exit codes, group naming.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliStats : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void jsonContract();
    void matchesReference();
    void folderNamesAndBaseline();
    void degenerateGroups();
    void resultsFolder();
    void toolFilesThroughImporters();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Result run(const QStringList& args);
    QString write(const QString& rel, const QByteArray& text);
    QTemporaryDir m_dir;
};

TestCliStats::Result TestCliStats::run(const QStringList& args)
{
    QProcess p;
    p.start(QString::fromLocal8Bit(qgetenv("RUNBENCH_BUILD_DIR")) + QStringLiteral("/bin/runbench-cli"),
        QStringList { QStringLiteral("stats") } + args);
    if (!p.waitForFinished(60000)) {
        qFatal("runbench-cli stats did not finish");
    }
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

QString TestCliStats::write(const QString& rel, const QByteArray& text)
{
    const QString path = m_dir.filePath(rel);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(text);
    return path;
}

void TestCliStats::badInput_data()
{
    QTest::addColumn<QByteArray>("good"); // second file, empty for none
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty file only") << QByteArray() << QByteArray("") << 2 << QStringLiteral("bad.txt: empty file");
    QTest::addRow("only blanks and comments")
        << QByteArray() << QByteArray("# x\n\n") << 2 << QStringLiteral("bad.txt: no numbers");
    QTest::addRow("non-numeric line") << QByteArray("1\n2\n3\n") << QByteArray("1.5\nabc\n2.5\n") << 1
                                      << QStringLiteral("bad.txt:2: found \"abc\", expected a number");
    QTest::addRow("NaN and inf") << QByteArray("1\n2\n3\n") << QByteArray("nan\n4\ninf\n5\n") << 1
                                 << QStringLiteral("bad.txt:3: found \"inf\", expected a finite number");
    QTest::addRow("comma decimal") << QByteArray() << QByteArray("1,5\n") << 2
                                   << QStringLiteral("bad.txt:1: found \"1,5\", expected a number");
}

void TestCliStats::badInput()
{
    QFETCH(QByteArray, good);
    QFETCH(QByteArray, bad);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList args { write(QStringLiteral("bad.txt"), bad) };
    if (!good.isEmpty()) {
        args << write(QStringLiteral("good.txt"), good);
    }
    const Result r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliStats::jsonContract()
{
    const Result r = run({ write(QStringLiteral("j/x.txt"), "1\n2\n3\n4\n5\n6\n"),
        write(QStringLiteral("j/y.txt"), "2\n3\n4\n5\n6\n9\n"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QStringList groupKeys { "name", "n", "mean", "sd", "sem", "median", "min", "max", "mad", "iqr", "ci95_mean",
        "ci95_median", "percentiles", "outliers" };
    const QJsonObject g = doc[QStringLiteral("groups")].toArray()[0].toObject();
    for (const QString& k : groupKeys) {
        QVERIFY2(g.contains(k), qPrintable(k));
    }
    for (const char* k : { "p5", "p25", "p50", "p75", "p90", "p95", "p99", "p99.9" }) {
        QVERIFY2(g[QStringLiteral("percentiles")].toObject().contains(QLatin1String(k)), k);
    }
    for (const char* k : { "tukey_mild", "tukey_severe", "mad" }) {
        QVERIFY2(g[QStringLiteral("outliers")].toObject().contains(QLatin1String(k)), k);
    }
    const QJsonObject o = doc[QStringLiteral("omnibus")].toObject();
    QCOMPARE(o[QStringLiteral("test")].toString(), QStringLiteral("kruskal-wallis"));
    QVERIFY(o.contains(QStringLiteral("h")) && o.contains(QStringLiteral("df")) && o.contains(QStringLiteral("p")));
    const QJsonObject p = doc[QStringLiteral("pairwise")].toArray()[0].toObject();
    for (const char* k : { "a", "b", "mwu_u", "mwu_p", "kw_h", "kw_p", "welch_t", "welch_df", "welch_p", "p_holm",
             "p_bh", "cliffs_delta", "a12", "hl_shift", "hl_ci95", "ratio_median", "ratio_median_ci95", "ratio_mean",
             "ratio_mean_ci95" }) {
        QVERIFY2(p.contains(QLatin1String(k)) && !p[QLatin1String(k)].isNull(), k);
    }
    QCOMPARE(p[QStringLiteral("a")].toString(), QStringLiteral("x"));
}

void TestCliStats::matchesReference()
{
    // End to end against the SciPy reference of tests/data/stats (tiny5 vs tiny7).
    const QString data = QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/tests/data/stats/");
    QFile f(data + QStringLiteral("reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject ref;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll())[QStringLiteral("pairs")].toArray()) {
        if (v[QStringLiteral("a")] == QStringLiteral("tiny5") && v[QStringLiteral("b")] == QStringLiteral("tiny7")) {
            ref = v.toObject();
        }
    }
    QVERIFY(!ref.isEmpty());
    const Result r =
        run({ data + QStringLiteral("tiny5.txt"), data + QStringLiteral("tiny7.txt"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject p = QJsonDocument::fromJson(r.out)[QStringLiteral("pairwise")][0].toObject();
    for (const char* k :
        { "mwu_u", "mwu_p", "kw_h", "kw_p", "welch_t", "welch_p", "cliffs_delta", "a12", "hl_shift" }) {
        const double e = ref[QLatin1String(k)].toDouble();
        QVERIFY2(qAbs(p[QLatin1String(k)].toDouble() - e) <= 1e-6 * qAbs(e), k);
    }
}

void TestCliStats::folderNamesAndBaseline()
{
    write(QStringLiteral("f/wasmtime/aot/01-prime-numbers.txt"), "1\n2\n3\n4\n5\n");
    write(QStringLiteral("f/wasmtime/jit/01-prime-numbers.txt"), "2\n3\n4\n5\n6\n");
    write(QStringLiteral("f/native/01-prime-numbers.dat"), "3\n4\n5\n6\n7\n");
    write(QStringLiteral("f/README.md"), "not data\n");
    Result r = run({ m_dir.filePath(QStringLiteral("f")), QStringLiteral("--json"), QStringLiteral("--baseline"),
        QStringLiteral("native/01-prime-numbers") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QStringList names;
    for (const QJsonValue& g : doc[QStringLiteral("groups")].toArray()) {
        names << g[QStringLiteral("name")].toString();
    }
    QCOMPARE(names,
        QStringList({ "native/01-prime-numbers", "wasmtime/aot/01-prime-numbers", "wasmtime/jit/01-prime-numbers" }));
    const QJsonArray pairs = doc[QStringLiteral("pairwise")].toArray();
    QCOMPARE(pairs.size(), 2);
    for (const QJsonValue& p : pairs) {
        QCOMPARE(p[QStringLiteral("b")].toString(), QStringLiteral("native/01-prime-numbers"));
    }
    r = run({ m_dir.filePath(QStringLiteral("f")), QStringLiteral("--baseline"), QStringLiteral("nope") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--baseline \"nope\" is not a group")));
}

void TestCliStats::degenerateGroups()
{
    // One group: summary only. A group of one value: sd null. All-equal values: tests null or as SciPy.
    Result r = run({ write(QStringLiteral("d/single.txt"), "1\n2\n3\n"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("groups")].toArray().size(), 1);
    QVERIFY(doc[QStringLiteral("pairwise")].toArray().isEmpty());
    QVERIFY(doc[QStringLiteral("omnibus")][QStringLiteral("h")].isNull());
    QVERIFY(r.err.contains(QLatin1String("only one group")));

    r = run({ write(QStringLiteral("d/one.txt"), "5\n"), write(QStringLiteral("d/two.txt"), "5\n5\n5\n"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    doc = QJsonDocument::fromJson(r.out).object();
    const QJsonObject one = doc[QStringLiteral("groups")][0].toObject();
    QCOMPARE(one[QStringLiteral("n")].toInt(), 1);
    QVERIFY(one[QStringLiteral("sd")].isNull());
    QVERIFY(one[QStringLiteral("sem")].isNull());
    QVERIFY(one[QStringLiteral("ci95_mean")].isNull());
    const QJsonObject pair = doc[QStringLiteral("pairwise")][0].toObject();
    QCOMPARE(pair[QStringLiteral("mwu_p")].toDouble(), 1.0);
    QVERIFY(pair[QStringLiteral("kw_h")].isNull());
    QVERIFY(pair[QStringLiteral("welch_t")].isNull());
    QVERIFY(pair[QStringLiteral("hl_ci95")].isNull());
    QCOMPARE(pair[QStringLiteral("hl_shift")].toDouble(), 0.0);
    QVERIFY(!doc[QStringLiteral("notes")].toArray().isEmpty());
}

void TestCliStats::resultsFolder()
{
    // A real results folder written by `runbench-cli run resources/experiments/demo.json` (20 measured runs and
    // warm-ups per configuration).
    const QString dir =
        QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/tests/data/stats/results-demo");
    Result r = run({ dir, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray groups = doc[QStringLiteral("groups")].toArray();
    QCOMPARE(groups.size(), 6);
    QCOMPARE(groups[0][QStringLiteral("name")].toString(), QStringLiteral("native/hello/cold-start-exit"));
    for (const QJsonValue& g : groups) {
        QCOMPARE(g[QStringLiteral("n")].toInt(), 20);
    }
    QCOMPARE(doc[QStringLiteral("pairwise")].toArray().size(), 15);
    QVERIFY(!doc[QStringLiteral("omnibus")][QStringLiteral("p")].isNull());
    const QByteArray user =
        run({ dir, QStringLiteral("--json"), QStringLiteral("--metric"), QStringLiteral("user_ms") }).out;
    QVERIFY(QJsonDocument::fromJson(user)[QStringLiteral("groups")][0][QStringLiteral("mean")]
        != groups[0][QStringLiteral("mean")]);
    r = run({ dir, QStringLiteral("--metric"), QStringLiteral("nope") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("metrics in this folder: wall_ms")), qPrintable(r.err));
}

void TestCliStats::toolFilesThroughImporters()
{
    // A hyperfine JSON export given straight to `stats`: read by its importer, each command a group of its
    // per-run times. hyperfine's own mean and median (seconds) are the independent truth.
    const QString file = QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR"))
        + QStringLiteral("/tests/data/import/hyperfine/basic.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray results = QJsonDocument::fromJson(f.readAll())[QStringLiteral("results")].toArray();
    const Result r = run({ file, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray groups = QJsonDocument::fromJson(r.out)[QStringLiteral("groups")].toArray();
    QCOMPARE(groups.size(), results.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups[i].toObject();
        const QJsonObject h = results[i].toObject();
        QCOMPARE(g[QStringLiteral("name")].toString(),
            QString(QStringLiteral("hyperfine/") + h[QStringLiteral("command")].toString()
                + QStringLiteral("/hyperfine-json")));
        QCOMPARE(g[QStringLiteral("n")].toInt(), h[QStringLiteral("times")].toArray().size());
        QVERIFY(qAbs(g[QStringLiteral("mean")].toDouble() - 1000 * h[QStringLiteral("mean")].toDouble()) < 1e-9);
        QVERIFY(qAbs(g[QStringLiteral("median")].toDouble() - 1000 * h[QStringLiteral("median")].toDouble()) < 1e-9);
    }
    // A file no importer reads and that holds no numbers: named, exit 2.
    const Result bad = run({ QString::fromLocal8Bit(qgetenv("RUNBENCH_SOURCE_DIR")) + QStringLiteral("/README.md") });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
