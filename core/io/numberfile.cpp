// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberfile.h"

#include "anyresults.h"
#include "importers/registry.h"
#include "resultfolder.h"
#include "stats/groups.h"
#include "support/translation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace rb {

bool forEachNumber(
    const QString& path, const std::function<void(double value, int line)>& onValue, QStringList* problems)
{
    constexpr int kMaxProblems = 1000;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problems << QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    int lineNo = 0;
    int numberLines = 0;
    int bad = 0;
    const auto problem = [&](const QString& text) {
        if (++bad <= kMaxProblems) {
            *problems << text;
        }
    };
    QByteArray raw;
    while (!f.atEnd()) {
        raw = f.readLine();
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        ++numberLines;
        if (!raw.endsWith('\n')) {
            // The file ends inside this line: it was cut (maybe inside the number) or written without its
            // last line end; either way the number cannot be trusted to be whole.
            problem(QStringLiteral("%1:%2: found \"%3\" without a line end at the end of the file, expected a "
                                   "complete line (the file may be cut); line skipped")
                        .arg(path)
                        .arg(lineNo)
                        .arg(QString::fromUtf8(line.left(40))));
            continue;
        }
        bool ok = false;
        const double v = line.toDouble(&ok);
        if (!ok) {
            problem(QStringLiteral("%1:%2: found \"%3\", expected a number (one per line); line skipped")
                        .arg(path)
                        .arg(lineNo)
                        .arg(QString::fromUtf8(line.left(40))));
        } else if (!std::isfinite(v)) {
            problem(QStringLiteral("%1:%2: found \"%3\", expected a finite number (not NaN or infinity); "
                                   "line skipped")
                        .arg(path)
                        .arg(lineNo)
                        .arg(QString::fromUtf8(line.left(40))));
        } else {
            onValue(v, lineNo);
        }
    }
    if (bad > kMaxProblems) {
        *problems << QStringLiteral("%1: %2 more lines skipped").arg(path).arg(bad - kMaxProblems);
    }
    if (lineNo == 0) {
        *problems << QStringLiteral("%1: empty file, expected one number per line").arg(path);
    } else if (numberLines == 0) {
        *problems
            << QStringLiteral("%1: no numbers (only blank or comment lines), expected one number per line").arg(path);
    }
    return true;
}

NumberFile readNumberFile(const QString& path)
{
    NumberFile nf;
    nf.readable = forEachNumber(
        path,
        [&nf](double v, int line) {
            nf.values.push_back(v);
            nf.lines.push_back(line);
        },
        &nf.problems);
    return nf;
}

namespace {

QString withoutSuffix(const QString& path)
{
    const QFileInfo fi(path);
    const QString base = fi.completeBaseName();
    const QString dir = QFileInfo(path).path();
    return dir == QLatin1String(".") ? base : QString(dir + QLatin1Char('/') + base);
}

void addFile(StatsInput& in, const QString& path, const QString& name)
{
    NumberFile nf = readNumberFile(path);
    in.problems << nf.problems;
    if (!nf.values.empty()) {
        in.samples.push_back(stats::NamedSample { name, std::move(nf.values) });
    }
}

/// The groups of a results folder or of an imported set (named `source` in messages).
void addGroups(StatsInput& in, const QString& source, const ResultSet& rs, const QString& askedMetric)
{
    in.metric = chooseMetric(rs, askedMetric);
    for (stats::NamedSample& s : resultSamples(rs, source, askedMetric, &in.problems)) {
        in.samples.push_back(std::move(s));
    }
}

void addResultsFolder(StatsInput& in, const QString& dir, const QString& metric)
{
    QString err;
    const auto rs = loadResultFolder(dir, &err);
    if (!rs) {
        in.problems << err;
        return;
    }
    addGroups(in, dir, *rs, metric);
}

/// A file or folder another tool wrote, read by its importer (docs/import.md).
void addImported(StatsInput& in, const QString& path, const QString& metric)
{
    QString error;
    QStringList notes;
    const auto rs = loadAnyResults(path, &error, &notes);
    in.problems << notes;
    if (!rs) {
        in.problems << error;
        return;
    }
    ResultSet quiet = *rs;
    quiet.warnings.clear(); // already in notes
    addGroups(in, path, quiet, metric);
}

/// True when `path` is what `stats` has always read itself: a number file, or a folder of them.
bool isNumbers(const ImporterRegistry& registry, const QString& path)
{
    ImportError unknown;
    const Importer* imp = registry.pick(path, &unknown);
    return !imp || imp->name().startsWith(QLatin1String("numbers"));
}

void addFolder(StatsInput& in, const QString& dir)
{
    QStringList files;
    QDirIterator it(
        QFileInfo(dir).absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix.isEmpty() || suffix == QLatin1String("txt") || suffix == QLatin1String("dat")) {
            files << path;
        }
    }
    files.sort();
    if (files.isEmpty()) {
        in.problems << QStringLiteral("%1: no *.txt or *.dat files below this folder").arg(dir);
    }
    const QDir root(QFileInfo(dir).absoluteFilePath());
    for (const QString& f : files) {
        addFile(in, f, withoutSuffix(root.relativeFilePath(f)));
    }
}

} // namespace

std::vector<stats::NamedSample> resultSamples(
    const ResultSet& rs, const QString& source, const QString& askedMetric, QStringList* problems)
{
    std::vector<stats::NamedSample> samples;
    for (const QString& w : rs.warnings) {
        *problems << QStringLiteral("%1: %2").arg(source, w);
    }
    const QString metric = chooseMetric(rs, askedMetric);
    const auto groups = stats::groupsFromResults(rs, metric);
    if (std::all_of(groups.begin(), groups.end(), [](const stats::Group& g) { return g.values.empty(); })) {
        *problems << TrComparison::tr("%1: no values of metric \"%2\"; metrics in this folder: %3")
                         .arg(source, metric, metricsOf(rs).join(QStringLiteral(", ")));
        return samples;
    }
    int without = 0; // groups of other scenarios, which do not measure this metric
    for (const stats::Group& g : groups) {
        if (g.failed > 0) {
            *problems << failedRunsLeftOut(g.name, g.failed);
        }
        if (g.values.empty()) {
            ++without;
            continue;
        }
        samples.push_back(stats::NamedSample { g.name, g.values });
    }
    if (without > 0) {
        //: %1: the set; %n configurations of %2 (all of the set's) have no values of the metric %3
        *problems << TrComparison::tr(
            "%1: %n of %2 configurations have no values of metric \"%3\" (left out)", nullptr, without)
                         .arg(source, QString::number(groups.size()), metric);
    }
    return samples;
}

QString failedRunsLeftOut(const QString& group, int failed)
{
    return TrComparison::tr("%1: %n failed run(s) left out", nullptr, failed).arg(group);
}

QStringList metricsOf(const ResultSet& rs)
{
    QStringList metrics;
    for (const RunRecord& r : rs.runs) {
        for (const Measurement& m : r.measurements) {
            if (!metrics.contains(m.metric)) {
                metrics << m.metric;
            }
        }
    }
    return metrics;
}

QString chooseMetric(const ResultSet& rs, const QString& asked)
{
    if (!asked.isEmpty()) {
        return asked;
    }
    const QStringList metrics = metricsOf(rs);
    return metrics.size() == 1 ? metrics.first() : QStringLiteral("wall_ms");
}

StatsInput loadStatsInput(const QStringList& paths, const QString& metric)
{
    const ImporterRegistry registry;
    StatsInput in;
    for (const QString& path : paths) {
        const QFileInfo fi(path);
        if (!fi.exists()) {
            in.problems << QStringLiteral("%1: no such file or folder").arg(path);
        } else if (fi.isDir() && isResultsFolder(path)) {
            addResultsFolder(in, path, metric);
        } else if (!isNumbers(registry, path)) {
            addImported(in, path, metric);
        } else if (fi.isDir()) {
            addFolder(in, path);
        } else {
            addFile(in, path, fi.completeBaseName());
        }
    }
    // Two inputs giving the same name would be indistinguishable in the report: number the later ones.
    QSet<QString> seen;
    for (stats::NamedSample& s : in.samples) {
        QString name = s.name;
        for (int k = 2; seen.contains(name); ++k) {
            name = QStringLiteral("%1#%2").arg(s.name).arg(k);
        }
        if (name != s.name) {
            in.problems << QStringLiteral("%1: duplicate group name, renamed %2").arg(s.name, name);
            s.name = name;
        }
        seen.insert(name);
    }
    return in;
}

} // namespace rb
