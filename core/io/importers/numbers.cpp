// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers.h"

#include "importedrun.h"
#include "io/numberfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <functional>

namespace rb {

namespace {

constexpr auto kTool = "numbers";
constexpr auto kMetric = "value";

/// True when the complete lines of `head` are blank, '#' comments or numbers, but for a few bad lines (at most
/// one in five, which the import skips and names), and one is a number.
bool looksLikeNumbers(const QByteArray& head, bool whole)
{
    QList<QByteArray> lines = head.split('\n');
    if (!whole && lines.size() > 1) {
        lines.removeLast(); // may be cut by the 4 KiB window
    }
    int numbers = 0;
    int other = 0;
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        bool ok = false;
        line.toDouble(&ok);
        (ok ? numbers : other) += 1;
    }
    return numbers > 0 && other * 4 <= numbers;
}

bool isNumberFileName(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() || suffix == QLatin1String("txt") || suffix == QLatin1String("dat");
}

/// The number files below `dir` (recursively), sorted.
QStringList numberFilesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(
        QFileInfo(dir).absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isNumberFileName(path)) {
            files << path;
        }
    }
    files.sort();
    return files;
}

/// Where the runs of a number file came from, in bounded space: `[first repetition, first line, count]` for
/// each stretch of runs on consecutive lines (blank, comment and skipped lines break a stretch).
class LineStretches
{
public:
    void add(int repetition, int line)
    {
        if (m_count > 0 && line == m_firstLine + m_count && repetition == m_firstRepetition + m_count) {
            ++m_count;
            return;
        }
        flush();
        m_firstRepetition = repetition;
        m_firstLine = line;
        m_count = 1;
    }
    QJsonArray json()
    {
        flush();
        return m_done;
    }

private:
    void flush()
    {
        if (m_count > 0) {
            m_done.append(QJsonArray { m_firstRepetition, m_firstLine, m_count });
            m_count = 0;
        }
    }
    QJsonArray m_done;
    int m_firstRepetition = 0;
    int m_firstLine = 0;
    int m_count = 0;
};

/// One configuration's runs from number file `path`, each given to `onRun` (false stops the import with
/// `error`). The source's `lines` go to `lines`; skipped lines are named in `warnings`.
struct NumberRuns
{
    QString runtime;
    QString workload;
    QJsonObject factors;
};
bool readRuns(const QString& path, const NumberRuns& config, const std::function<bool(const RunRecord&)>& onRun,
    QJsonArray* lines, QStringList* warnings, ImportError* error)
{
    LineStretches stretches;
    int repetition = 0;
    bool stopped = false;
    QStringList problems;
    const bool readable = forEachNumber(
        path,
        [&](double v, int line) {
            if (stopped) {
                return;
            }
            RunRecord r = importing::makeRun(
                config.runtime, QString::fromLatin1(kTool), config.workload, config.factors, ++repetition);
            r.measurements << Measurement { QString::fromLatin1(kMetric), v, QString() };
            stretches.add(repetition, line);
            stopped = !onRun(r);
        },
        &problems);
    if (!readable) {
        *error = { path, 0, {}, QStringLiteral("cannot read the file") };
        return false;
    }
    if (repetition == 0) {
        *error = { path, 1, {}, QStringLiteral("no finite number in the file, expected one number per line") };
        return false;
    }
    if (stopped) {
        return false; // onRun set error
    }
    *warnings << problems;
    *lines = stretches.json();
    return true;
}

/// Appends the runs of `path` to `set` as a source of its own.
bool addNumberFile(ResultSet& set, const QString& path, const NumberRuns& config, ImportError* error)
{
    QJsonArray lines;
    const auto append = [&set](const RunRecord& r) {
        RunRecord copy = r;
        copy.spec.index = int(set.runs.size());
        set.runs << copy;
        return true;
    };
    if (!readRuns(path, config, append, &lines, &set.warnings, error)) {
        return false;
    }
    importing::setSourceDetail(set, QStringLiteral("lines"), lines);
    return true;
}

NumberRuns fileConfig(const QString& path)
{
    return { QFileInfo(path).completeBaseName(), QStringLiteral("values"), {} };
}

class NumberFileImporter final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("numbers");
    }
    int sniff(const QString& /*path*/, const QByteArray& head) const override
    {
        // Low: any more specific format that also reads as numbers wins.
        return !head.isEmpty() && looksLikeNumbers(head, head.size() < 4096) ? 10 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override
    {
        ResultSet set = importing::makeSet(path, name(), QString::fromLatin1(kTool), {});
        if (!addNumberFile(set, path, fileConfig(path), error)) {
            return std::nullopt;
        }
        return set;
    }
    bool streams() const override
    {
        return true;
    }
    std::optional<ResultSet> stream(const QString& path, RunSink& sink, ImportError* error) const override
    {
        ResultSet set = importing::makeSet(path, name(), QString::fromLatin1(kTool), {});
        int index = 0;
        const auto give = [&](const RunRecord& r) {
            QString why;
            RunRecord copy = r;
            copy.spec.index = index;
            if ((index == 0 && !sink.begin(set.experiment, &why)) || !sink.run(copy, &why)) {
                *error = { path, 0, {}, why };
                return false;
            }
            ++index;
            return true;
        };
        QJsonArray lines;
        if (!readRuns(path, fileConfig(path), give, &lines, &set.warnings, error)) {
            return std::nullopt;
        }
        importing::setSourceDetail(set, QStringLiteral("lines"), lines);
        return set;
    }
};

class NumberTreeImporter final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("numbers-tree");
    }
    int sniff(const QString& path, const QByteArray& head) const override
    {
        if (!head.isEmpty() || !QFileInfo(path).isDir()
            || QFileInfo::exists(QDir(path).filePath(QString::fromLatin1(resultformat::kExperimentFile)))) {
            return 0;
        }
        const QStringList files = numberFilesBelow(path);
        if (files.isEmpty()) {
            return 0;
        }
        for (const QString& f : files.mid(0, 3)) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly)) {
                return 0;
            }
            const QByteArray h = file.read(4096);
            if (!looksLikeNumbers(h, file.atEnd())) {
                return 0;
            }
        }
        return 10;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override
    {
        const QStringList files = numberFilesBelow(path);
        if (files.isEmpty()) {
            *error = { path, 0, {}, QStringLiteral("no *.txt, *.dat or extension-less files below this folder") };
            return std::nullopt;
        }
        const QDir root(QFileInfo(path).absoluteFilePath());
        ResultSet set = importing::makeSet(files.first(), name(), QString::fromLatin1(kTool), {});
        for (const QString& f : files) {
            if (f != files.first()) {
                importing::addSource(set, f, name(), QString::fromLatin1(kTool), {});
            }
            const QStringList parts = root.relativeFilePath(f).split(QLatin1Char('/'));
            NumberRuns config;
            config.workload = QFileInfo(parts.last()).completeBaseName();
            config.runtime = parts.size() > 1 ? parts.first() : QFileInfo(root.absolutePath()).fileName();
            for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
                config.factors.insert(QStringLiteral("dir%1").arg(i + 1), parts.at(i));
            }
            if (!addNumberFile(set, f, config, error)) {
                return std::nullopt;
            }
        }
        return set; // every file is a source of its own, with the lines of its runs
    }
};

} // namespace

std::unique_ptr<Importer> makeNumberFileImporter()
{
    return std::make_unique<NumberFileImporter>();
}

std::unique_ptr<Importer> makeNumberTreeImporter()
{
    return std::make_unique<NumberTreeImporter>();
}

} // namespace rb
