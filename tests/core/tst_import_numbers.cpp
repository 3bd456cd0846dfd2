// SPDX-License-Identifier: GPL-3.0-or-later
// One-number-per-line files and folders of them (`numbers`, `numbers-tree`), and folders the registry imports
// file by file. Expected values are the files' own lines; the 90-file tree is cross-checked against pandas/SciPy
// by tests/crosscheck/numbers_tree.py (ctest crosscheck_numbers_tree).
#include "io/importers/registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb;

namespace {

QString importData(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

QJsonObject sourceOf(const ResultSet& set, const QString& fileEnd)
{
    for (const QJsonValue& v : set.experiment.value(QStringLiteral("sources")).toArray()) {
        if (v[QStringLiteral("file")].toString().endsWith(fileEnd)) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

class TestImportNumbers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString& rel, const QByteArray& content)
    {
        const QString path = m_dir.filePath(rel);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void fileValuesLinesAndWarnings()
    {
        const QString path = write(QStringLiteral("one/tiny.txt"), "# seconds\n1.5\n\n2.25\nabc\n3e-1\n4\n");
        ImporterRegistry reg;
        ImportError error;
        const Importer* imp = reg.pick(path, &error);
        QVERIFY2(imp, qPrintable(error.text()));
        QCOMPARE(imp->name(), QStringLiteral("numbers"));
        const auto set = imp->import(path, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 4);
        QCOMPARE(set->runs[0].spec.runId, QStringLiteral("tiny/values/numbers/r1"));
        QCOMPARE(set->runs[0].value(QStringLiteral("value")), 1.5);
        QCOMPARE(set->runs[1].value(QStringLiteral("value")), 2.25);
        QCOMPARE(set->runs[2].value(QStringLiteral("value")), 0.3);
        // Where the values are: [first repetition, first line, count] per stretch of consecutive lines
        // (comment, blank and bad lines break stretches), and the skipped line named.
        const QJsonValue lines = sourceOf(*set, QStringLiteral("tiny.txt"))[QStringLiteral("lines")];
        QCOMPARE(
            lines, QJsonValue(QJsonArray { QJsonArray { 1, 2, 1 }, QJsonArray { 2, 4, 1 }, QJsonArray { 3, 6, 2 } }));
        QCOMPARE(set->warnings.size(), 1);
        QVERIFY2(set->warnings[0].contains(QLatin1String("tiny.txt:5: found \"abc\", expected a number")),
            qPrintable(set->warnings[0]));
    }

    void fileWithoutNumbersIsAnError()
    {
        const QString path = write(QStringLiteral("empty/none.txt"), "# only a comment\n\n");
        ImporterRegistry reg;
        ImportError error;
        QVERIFY(!reg.import(path, QStringLiteral("numbers"), &error));
        QVERIFY2(error.text().contains(QLatin1String("none.txt:1: no finite number")), qPrintable(error.text()));
    }

    void treePathComponentsBecomeConfiguration()
    {
        const QString root = importData(QStringLiteral("numbers-tree"));
        QVERIFY(!root.isEmpty());
        ImporterRegistry reg;
        ImportError error;
        QStringList skipped;
        const auto sets = reg.importPath(root, {}, &error, &skipped);
        QVERIFY2(sets, qPrintable(error.text()));
        QCOMPARE(sets->size(), 1); // claimed as one tree, not 90 loose files
        const ResultSet& set = sets->first();
        QCOMPARE(set.runs.size(), 9000);
        QCOMPARE(set.experiment.value(QStringLiteral("sources")).toArray().size(), 90);
        // wasmtime/jit/03-matrix-mult.txt: runtime wasmtime, workload 03-matrix-mult, factor dir2 = jit.
        QFile f(root + QStringLiteral("/wasmtime/jit/03-matrix-mult.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        const RunRecord* r7 = nullptr;
        for (const RunRecord& r : set.runs) {
            if (r.spec.runId == QLatin1String("wasmtime/03-matrix-mult/numbers dir2=jit/r7")) {
                r7 = &r;
            }
        }
        QVERIFY(r7);
        QCOMPARE(r7->spec.runtime, QStringLiteral("wasmtime"));
        QCOMPARE(r7->spec.workload.label(), QStringLiteral("03-matrix-mult"));
        QCOMPARE(r7->spec.scenario.params[QStringLiteral("dir2")].toString(), QStringLiteral("jit"));
        QCOMPARE(r7->value(QStringLiteral("value")), lines[6].toDouble());
        // A file directly below a runtime folder has no factor.
        QVERIFY(std::any_of(set.runs.begin(), set.runs.end(), [](const RunRecord& r) {
            return r.spec.runId == QLatin1String("debian/15-hello/numbers/r100") && r.spec.scenario.params.isEmpty();
        }));
        QCOMPARE(sourceOf(set, QStringLiteral("wasmtime/jit/03-matrix-mult.txt"))[QStringLiteral("lines")],
            QJsonValue(QJsonArray { QJsonArray { 1, 1, 100 } }));
    }

    void mixedFolderIsImportedFileByFile()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("mixed/sub")));
        QFile::copy(importData(QStringLiteral("hyperfine/basic.json")), m_dir.filePath(QStringLiteral("mixed/h.json")));
        QFile::copy(importData(QStringLiteral("wrk/latency.txt")), m_dir.filePath(QStringLiteral("mixed/sub/w.txt")));
        write(QStringLiteral("mixed/README.md"), "notes, not data\n");
        ImporterRegistry reg;
        ImportError error;
        QStringList skipped;
        const auto sets = reg.importPath(m_dir.filePath(QStringLiteral("mixed")), {}, &error, &skipped);
        QVERIFY2(sets, qPrintable(error.text()));
        QCOMPARE(sets->size(), 2);
        QCOMPARE(sets->at(0).experiment[QStringLiteral("sources")][0][QStringLiteral("format")].toString(),
            QStringLiteral("hyperfine-json"));
        QCOMPARE(sets->at(1).experiment[QStringLiteral("sources")][0][QStringLiteral("format")].toString(),
            QStringLiteral("wrk-text"));
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped[0].contains(QLatin1String("README.md:1: not a format Runbench can import")),
            qPrintable(skipped[0]));
    }

    void badFileInFolderStopsTheImport()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("bad")));
        QFile::copy(importData(QStringLiteral("hyperfine/basic.json")), m_dir.filePath(QStringLiteral("bad/a.json")));
        QFile::copy(
            importData(QStringLiteral("hyperfine/truncated.json")), m_dir.filePath(QStringLiteral("bad/b.json")));
        ImporterRegistry reg;
        ImportError error;
        QStringList skipped;
        QVERIFY(!reg.importPath(m_dir.filePath(QStringLiteral("bad")), {}, &error, &skipped));
        QVERIFY2(error.file.endsWith(QLatin1String("b.json")), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportNumbers)
#include "tst_import_numbers.moc"
