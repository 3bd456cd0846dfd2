// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers.h"

#include "importedrun.h"
#include "io/numberfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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

/// Appends one run per value of `path` to `set` as configuration runtime × workload × factors.
/// Lines that are not finite numbers are skipped and named in `set.warnings` (as `runbench-cli stats` does).
bool addNumberFile(ResultSet& set, const QString& path, const QString& runtime, const QString& workload,
    const QJsonObject& factors, ImportError* error)
{
    const NumberFile nf = readNumberFile(path);
    if (!nf.readable || nf.values.empty()) {
        *error = { path, 0, {}, nf.problems.value(0, QStringLiteral("no numbers")) };
        return false;
    }
    set.warnings << nf.problems;
    int repetition = 0;
    for (const double v : nf.values) {
        RunRecord r = importing::makeRun(runtime, QString::fromLatin1(kTool), workload, factors, ++repetition);
        r.measurements << Measurement { QString::fromLatin1(kMetric), v, QString() };
        importing::addRun(set, std::move(r), nf.lines.at(std::size_t(repetition - 1)));
    }
    return true;
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
        const QFileInfo fi(path);
        if (!addNumberFile(set, path, fi.completeBaseName(), QStringLiteral("values"), {}, error)) {
            return std::nullopt;
        }
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
            const QString workload = QFileInfo(parts.last()).completeBaseName();
            const QString runtime = parts.size() > 1 ? parts.first() : QFileInfo(root.absolutePath()).fileName();
            QJsonObject factors;
            for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
                factors.insert(QStringLiteral("dir%1").arg(i + 1), parts.at(i));
            }
            if (!addNumberFile(set, f, runtime, workload, factors, error)) {
                return std::nullopt;
            }
        }
        return set; // every file is a source of its own, with the line of each of its runs
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
