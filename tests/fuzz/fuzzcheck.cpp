// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzcheck.h"

#include "io/importers/generic.h"
#include "io/numberfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace rb::fuzz {
namespace {

constexpr qsizetype kMaxFiles = 64;

void expect(QStringList& violations, bool holds, const QString& what)
{
    if (!holds) {
        violations << what;
    }
}

/// The last line an error may name: the line after the last one (a cut file is reported there).
int lineBound(const QByteArray& data)
{
    const int lines = int(data.count('\n')) + ((data.isEmpty() || data.endsWith('\n')) ? 0 : 1);
    return lines + 1;
}

bool safeName(const QByteArray& name)
{
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const QList<QByteArray> parts = name.split('/');
    if (name.size() > 200 || parts.size() > 8) {
        return false;
    }
    for (const QByteArray& p : parts) {
        if (p == "." || p == ".." || !part.match(QString::fromLatin1(p)).hasMatch()) {
            return false;
        }
    }
    return true;
}

void checkFailure(const Importer& imp, const QString& path, const QByteArray& data, bool directory,
    const ImportError& e, QStringList& v)
{
    const QString who = imp.name() + QStringLiteral(" failed ");
    expect(v, !e.message.isEmpty(), QString(who + QStringLiteral("without a message")));
    const bool inside = e.file == path || (directory && e.file.startsWith(path + QLatin1Char('/')));
    expect(v, inside, QString(who + QStringLiteral("naming file \"%1\", not the input").arg(e.file)));
    expect(v, e.line >= 0, QString(who + QStringLiteral("at line %1 < 0").arg(e.line)));
    if (!directory) {
        // The file was written and is readable, so the fault has a place (issue #7).
        expect(v, e.line >= 1, QString(who + QStringLiteral("without a line: %1").arg(e.text())));
        expect(v, e.line <= lineBound(data),
            QString(who + QStringLiteral("at line %1, past the end (%2)").arg(e.line).arg(lineBound(data))));
    }
}

/// True when the input itself writes a non-finite number (Google Benchmark's bare NaN, a tool's "inf"): then an
/// importer may keep it (documented); a non-finite value from a finite input is an overflow, a bug.
bool writesNonFinite(const QByteArray& data)
{
    const QByteArray lower = data.toLower();
    return lower.contains("nan") || lower.contains("inf");
}

void checkRun(const RunRecord& r, qsizetype i, QSet<QString>& ids, bool nonFiniteAllowed, QStringList& v)
{
    const QString at = QStringLiteral("run %1 \"%2\": ").arg(i).arg(r.spec.runId);
    expect(v, !r.spec.runId.isEmpty(), QString(at + QStringLiteral("empty run id")));
    expect(v, !ids.contains(r.spec.runId), QString(at + QStringLiteral("run id used twice")));
    ids.insert(r.spec.runId);
    expect(v, r.spec.index == int(i), QString(at + QStringLiteral("index %1").arg(r.spec.index)));
    expect(v, !r.spec.runtime.isEmpty(), QString(at + QStringLiteral("no runtime (tool)")));
    expect(v, r.ok == r.error.isEmpty(), QString(at + QStringLiteral("ok and error disagree")));
    for (const Measurement& m : r.measurements) {
        expect(v, !m.metric.isEmpty(), QString(at + QStringLiteral("a measurement without a metric")));
        expect(v, nonFiniteAllowed || std::isfinite(m.value),
            QString(at + QStringLiteral("%1 is not finite (and the input writes no NaN or inf)").arg(m.metric)));
    }
}

/// One `sources` entry: its file is the input (or below it), and it places its runs: `runs` (run id → line or
/// null) or, for number files, `lines` ([first repetition, first line, count] stretches). Adds how many it places.
void checkSource(const Importer& imp, const QString& path, const QByteArray& data, bool directory,
    const QJsonObject& src, const QSet<QString>& ids, qsizetype& listed, QStringList& v)
{
    const QString who =
        imp.name() + QStringLiteral(": source \"%1\": ").arg(src.value(QStringLiteral("file")).toString());
    const QString file = src.value(QStringLiteral("file")).toString();
    const QString root = QFileInfo(path).absoluteFilePath();
    expect(v, file == root || (directory && file.startsWith(root + QLatin1Char('/'))),
        QString(who + QStringLiteral("is not the input or a file below it")));
    expect(v, src.value(QStringLiteral("format")).toString() == imp.name(),
        QString(who + QStringLiteral("format is not the importer's name")));
    expect(v, !src.value(QStringLiteral("tool")).toString().isEmpty(), QString(who + QStringLiteral("tool is empty")));
    const QJsonObject runs = src.value(QStringLiteral("runs")).toObject();
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        expect(v, ids.contains(it.key()), QString(who + QStringLiteral("runs has unknown \"%1\"").arg(it.key())));
        const double line = it.value().toDouble(-1);
        const bool placed = it.value().isNull()
            || (it.value().isDouble() && line == std::floor(line) && line >= 1
                && (directory || line <= lineBound(data)));
        expect(v, placed, QString(who + QStringLiteral("runs[\"%1\"] is no line of the input").arg(it.key())));
    }
    listed += runs.size();
    if (!src.contains(QStringLiteral("lines"))) {
        return;
    }
    expect(v, runs.isEmpty(), QString(who + QStringLiteral("both runs and lines")));
    int nextRepetition = 1;
    int lastLine = 0;
    for (const QJsonValue& stretch : src.value(QStringLiteral("lines")).toArray()) {
        const QJsonArray a = stretch.toArray();
        const int rep = a.at(0).toInt(-1);
        const int line = a.at(1).toInt(-1);
        const int count = a.at(2).toInt(-1);
        expect(v,
            a.size() == 3 && rep == nextRepetition && line > lastLine && count >= 1
                && (directory || line + count - 1 <= lineBound(data)),
            QString(who
                + QStringLiteral("lines stretch [%1, %2, %3] is out of order or past the end")
                      .arg(rep)
                      .arg(line)
                      .arg(count)));
        nextRepetition = rep + count;
        lastLine = line + count - 1;
        listed += count > 0 ? count : 0;
    }
}

void checkSet(const Importer& imp, const QString& path, const QByteArray& data, bool directory, const ResultSet& set,
    QStringList& v)
{
    const QString who = imp.name() + QStringLiteral(": ");
    expect(v, !set.runs.isEmpty(), QString(who + QStringLiteral("succeeded with no runs")));
    expect(v, set.experiment.value(QStringLiteral("format")).toString() == QLatin1String("runbench-results"),
        QString(who + QStringLiteral("experiment format is not runbench-results")));
    QSet<QString> ids;
    for (qsizetype i = 0; i < set.runs.size(); ++i) {
        checkRun(set.runs.at(i), i, ids, writesNonFinite(data), v);
    }
    const QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    // A file importer names its one file; a folder importer one source per file it read, all below the folder.
    expect(v, directory ? !sources.isEmpty() : sources.size() == 1,
        QString(who + QStringLiteral("%1 sources for one %2").arg(sources.size()).arg(directory ? "folder" : "file")));
    qsizetype listed = 0;
    for (const QJsonValue& sv : sources) {
        checkSource(imp, path, data, directory, sv.toObject(), ids, listed, v);
    }
    expect(v, listed == ids.size(),
        QString(who + QStringLiteral("sources list %1 runs, the set has %2").arg(listed).arg(ids.size())));
}

std::optional<ResultSet> importOne(
    const Importer& imp, const QString& path, const QByteArray& data, bool directory, QStringList& v)
{
    ImportError e;
    std::optional<ResultSet> set = imp.read(path, &e); // as every caller (ImporterRegistry, the CLI) does
    if (set) {
        checkSet(imp, path, data, directory, *set, v);
    } else {
        checkFailure(imp, path, data, directory, e, v);
    }
    return set;
}

void checkNumberFile(const QString& path, const QByteArray& data, QStringList& v)
{
    const NumberFile nf = readNumberFile(path);
    expect(v, nf.readable, QStringLiteral("numberfile: not readable"));
    for (double x : nf.values) {
        expect(v, std::isfinite(x), QStringLiteral("numberfile: a value is not finite"));
    }
    QList<QByteArray> lines = data.split('\n');
    if (data.endsWith('\n')) {
        lines.removeLast();
    }
    qsizetype numberLines = 0;
    for (const QByteArray& l : lines) {
        const QByteArray t = l.trimmed();
        numberLines += (!t.isEmpty() && !t.startsWith('#')) ? 1 : 0;
    }
    static const QRegularExpression atLine(QStringLiteral("^:(\\d+): "));
    qsizetype skipped = 0;
    for (const QString& p : nf.problems) {
        expect(v, p.startsWith(path + QLatin1Char(':')),
            QString(QStringLiteral("numberfile: problem without file: ") + p));
        const auto m = atLine.match(p.mid(path.size()));
        if (m.hasMatch()) {
            ++skipped;
            const int line = m.captured(1).toInt();
            expect(v, line >= 1 && line <= lines.size(), QString(QStringLiteral("numberfile: no such line: ") + p));
        }
    }
    expect(v, qsizetype(nf.values.size()) + skipped == numberLines,
        QStringLiteral("numberfile: %1 values + %2 skipped lines, but %3 number lines")
            .arg(nf.values.size())
            .arg(skipped)
            .arg(numberLines));
    expect(v, !nf.values.empty() || !nf.problems.isEmpty(), QStringLiteral("numberfile: nothing read, no problem"));
}

} // namespace

QList<Format> readFormats(const QString& file, QString* error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(file, f.errorString());
        return {};
    }
    QList<Format> out;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (words.size() < 3 || (words[1] != QLatin1String("file") && words[1] != QLatin1String("dir"))) {
            *error =
                QStringLiteral("%1:%2: found \"%3\", expected NAME file|dir SEED…").arg(file).arg(lineNo).arg(line);
            return {};
        }
        Format format { words[0], words[1] == QLatin1String("dir"), {}, {} };
        for (const QString& w : words.mid(2)) {
            if (w.startsWith(QLatin1String("map="))) {
                format.map = w.mid(4);
            } else {
                format.seeds << w;
            }
        }
        out << format;
    }
    return out;
}

QByteArray packTree(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(dir).relativeFilePath(it.next());
    }
    files.sort();
    QByteArray out;
    for (const QString& name : files) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            out += "@@ " + name.toUtf8() + '\n' + f.readAll() + '\n';
        }
    }
    return out;
}

bool unpackTree(const QByteArray& packed, const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        return false;
    }
    QList<QByteArray> lines = packed.split('\n');
    if (packed.endsWith('\n')) {
        lines.removeLast(); // the empty piece after the last newline is no line
    }
    QList<std::pair<QByteArray, QList<QByteArray>>> files;
    for (const QByteArray& l : lines) {
        if (l.startsWith("@@ ")) {
            files.append({ l.mid(3), {} });
        } else if (!files.isEmpty()) {
            files.last().second << l;
        }
    }
    for (qsizetype i = 0; i < files.size() && i < kMaxFiles; ++i) {
        if (!safeName(files[i].first)) {
            continue;
        }
        const QString path = QDir(dir).filePath(QString::fromLatin1(files[i].first));
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(files[i].second.join('\n'));
        }
    }
    return true;
}

bool writeInput(const QString& path, const QByteArray& data, bool directory)
{
    if (directory) {
        QDir(path).removeRecursively();
        return unpackTree(data, path);
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QList<std::pair<QString, QByteArray>> seedInputs(const Format& format, const QString& dataDir, const QString& corpusDir)
{
    QList<std::pair<QString, QByteArray>> out;
    for (const QString& glob : format.seeds) {
        const QFileInfo g(QDir(dataDir).filePath(glob));
        const auto entries =
            QDir(g.path()).entryInfoList({ g.fileName() }, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& e : entries) {
            QFile f(e.filePath());
            if (e.isDir() && format.directory) {
                out.append({ e.filePath(), packTree(e.filePath()) });
            } else if (e.isFile() && f.open(QIODevice::ReadOnly)) {
                out.append({ e.filePath(), f.readAll() });
            }
        }
    }
    const auto committed = QDir(QDir(corpusDir).filePath(format.name)).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& e : committed) {
        QFile f(e.filePath());
        if (f.open(QIODevice::ReadOnly)) {
            out.append({ e.filePath(), f.readAll() });
        }
    }
    return out;
}

Outcome importChecked(const ImporterRegistry& registry, const QString& format, const QString& path,
    const QByteArray& data, bool directory, const QString& map)
{
    Outcome out;
    if (format == QLatin1String(kNumberFile)) {
        checkNumberFile(path, data, out.violations);
        return out;
    }
    const Importer* imp = registry.byName(format);
    std::unique_ptr<Importer> mapped; // a generic importer with the --map of formats.txt
    if (!map.isEmpty()) {
        QString why;
        const auto columns = parseColumnMap(map, &why);
        mapped = columns ? makeGenericImporter(format, *columns) : nullptr;
        imp = mapped.get();
    }
    if (!imp) {
        out.violations << QStringLiteral("no importer named \"%1\"").arg(format);
        return out;
    }
    const QByteArray head = directory ? QByteArray() : data.left(4096);
    for (const QString& name : registry.names()) {
        const int score = registry.byName(name)->sniff(path, head);
        expect(out.violations, score >= 0 && score <= 100,
            QString(name + QStringLiteral(": sniff() gave %1, outside 0–100").arg(score)));
    }
    out.set = importOne(*imp, path, data, directory, out.violations);
    if (directory) {
        return out;
    }
    // What `runbench-cli import` without --format does: the sniffed importer must keep the contract too.
    ImportError e;
    const Importer* picked = registry.pick(path, &e);
    if (!picked) {
        expect(out.violations, !e.message.isEmpty() && e.file == path && e.line >= 1,
            QString(QStringLiteral("pick() failed without file, line or message: ") + e.text()));
    } else if (picked != imp) {
        importOne(*picked, path, data, directory, out.violations);
    }
    return out;
}

} // namespace rb::fuzz
