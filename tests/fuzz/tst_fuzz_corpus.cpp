// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz corpus as a normal test (no libFuzzer): every seed of every format in formats.txt, and systematic
// damage of it (64 prefixes, byte flips, half of it joined to half of another format's file), through the same
// invariant checks as the fuzz targets (fuzzcheck.cpp). Also fails when an importer is missing from formats.txt.
#include "fuzzcheck.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb;

namespace {

QString sourceDir()
{
    return QStringLiteral(RB_SOURCE_DIR);
}

QList<fuzz::Format> formats()
{
    QString error;
    const QList<fuzz::Format> out = fuzz::readFormats(sourceDir() + QStringLiteral("/tests/fuzz/formats.txt"), &error);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
    }
    return out;
}

QList<std::pair<QString, QByteArray>> seeds(const fuzz::Format& f)
{
    return fuzz::seedInputs(
        f, sourceDir() + QStringLiteral("/tests/data"), sourceDir() + QStringLiteral("/tests/fuzz/corpus"));
}

/// The damaged versions of `seed`: (what was done, bytes).
QList<std::pair<QString, QByteArray>> damaged(const QByteArray& seed, const QByteArray& other)
{
    QList<std::pair<QString, QByteArray>> out;
    for (qsizetype k = 1; k <= 64; ++k) {
        const qsizetype cut = seed.size() * k / 65;
        out.append({ QStringLiteral("first %1 bytes").arg(cut), seed.left(cut) });
    }
    QRandomGenerator rng(7); // fixed: the same damage on every run
    for (int i = 0; i < 16 && !seed.isEmpty(); ++i) {
        QByteArray flipped = seed;
        const auto at = qsizetype(rng.bounded(quint32(seed.size())));
        flipped[at] = char(flipped[at] ^ char(1 + rng.bounded(255)));
        out.append({ QStringLiteral("byte %1 flipped").arg(at), flipped });
    }
    out.append({ QStringLiteral("half of this file + half of another format"),
        seed.left(seed.size() / 2) + other.mid(other.size() / 2) });
    out.append({ QStringLiteral("half of another format + half of this file"),
        other.left(other.size() / 2) + seed.mid(seed.size() / 2) });
    return out;
}

/// A prefix that still imports must be a subset of the whole file's runs, value for value: a cut file never
/// imports a cut number.
QStringList notASubset(const ResultSet& part, const ResultSet& whole)
{
    QStringList out;
    for (const RunRecord& r : part.runs) {
        const auto it = std::find_if(
            whole.runs.begin(), whole.runs.end(), [&](const RunRecord& w) { return w.spec.runId == r.spec.runId; });
        if (it == whole.runs.end()) {
            out << QStringLiteral("run \"%1\" is not in the whole file").arg(r.spec.runId);
            continue;
        }
        for (const Measurement& m : r.measurements) {
            if (it->value(m.metric) != m.value) {
                out << QStringLiteral("run \"%1\": %2 = %3, the whole file says %4")
                           .arg(r.spec.runId, m.metric)
                           .arg(m.value)
                           .arg(it->value(m.metric));
            }
        }
    }
    return out;
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyImporterIsFuzzed();
    void packedTreeRoundTrip();
    void corpus_data();
    void corpus();
};

void TestFuzzCorpus::everyImporterIsFuzzed()
{
    QStringList listed;
    for (const fuzz::Format& f : formats()) {
        listed << f.name;
        QVERIFY2(!seeds(f).isEmpty(), qPrintable(QString(f.name + QStringLiteral(": its seed globs match no file"))));
    }
    QVERIFY(!listed.isEmpty());
    const ImporterRegistry registry;
    for (const QString& name : registry.names()) {
        QVERIFY2(listed.contains(name),
            qPrintable(QStringLiteral("importer %1 is not fuzzed: add a line to tests/fuzz/formats.txt").arg(name)));
    }
    for (const QString& name : listed) {
        QVERIFY2(registry.byName(name) || name == QLatin1String(fuzz::kNumberFile),
            qPrintable(QStringLiteral("formats.txt names %1, which is no importer").arg(name)));
    }
}

void TestFuzzCorpus::packedTreeRoundTrip()
{
    const QString from = sourceDir() + QStringLiteral("/tests/data/import/hyperfine");
    const QByteArray packed = fuzz::packTree(from);
    QVERIFY(packed.startsWith("@@ README.md\n"));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString to = tmp.filePath(QStringLiteral("tree"));
    QVERIFY(fuzz::writeInput(to, packed + "@@ ../escape\nx\n@@ /abs\ny\n", true));
    QCOMPARE(fuzz::packTree(to), packed); // same files, same bytes; the unsafe names were not written
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("escape"))));
}

void TestFuzzCorpus::corpus_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("directory");
    for (const fuzz::Format& f : formats()) {
        QTest::addRow("%s", qPrintable(f.name)) << f.name << f.directory;
    }
}

void TestFuzzCorpus::corpus()
{
    QFETCH(QString, format);
    QFETCH(bool, directory);
    const QList<fuzz::Format> all = formats();
    const auto self = std::find_if(all.begin(), all.end(), [&](const fuzz::Format& f) { return f.name == format; });
    QVERIFY(self != all.end());
    const auto other = all.at((std::distance(all.begin(), self) + 1) % all.size());
    const QByteArray otherSeed = seeds(other).value(0).second;

    const ImporterRegistry registry;
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("input"));
    QStringList failures;
    int inputs = 0;
    auto run = [&](const QString& what, const QByteArray& bytes) {
        ++inputs;
        if (!fuzz::writeInput(path, bytes, directory)) {
            failures << QString(what + QStringLiteral(": cannot write the input"));
            return fuzz::Outcome {};
        }
        fuzz::Outcome out = fuzz::importChecked(registry, format, path, bytes, directory, self->map);
        for (const QString& v : std::as_const(out.violations)) {
            failures << QString(what + QStringLiteral(": ") + v);
        }
        return out;
    };
    for (const auto& [file, bytes] : seeds(*self)) {
        const fuzz::Outcome whole = run(file, bytes);
        for (const auto& [how, bad] : damaged(bytes, otherSeed)) {
            const fuzz::Outcome part = run(QString(file + QStringLiteral(", ") + how), bad);
            // A cut at a line end leaves a shorter but complete-looking output (fewer hey error lines, fewer
            // perf intervals): only a cut inside a line is sure to be detectable, so only it must not import.
            if (part.set && whole.set && how.startsWith(QLatin1String("first ")) && !directory && !bad.endsWith('\n')) {
                for (const QString& v : notASubset(*part.set, *whole.set)) {
                    failures << QString(file + QStringLiteral(", ") + how + QStringLiteral(": ") + v);
                }
            }
        }
    }
    qInfo("%s: %d inputs", qPrintable(format), inputs);
    QVERIFY2(failures.isEmpty(),
        qPrintable(QStringLiteral("%1 broken:\n").arg(failures.size()) + failures.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
