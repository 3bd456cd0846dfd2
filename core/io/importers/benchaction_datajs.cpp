// SPDX-License-Identifier: GPL-3.0-or-later
// github-action-benchmark history (src/write.ts): `window.BENCHMARK_DATA = {"lastUpdate", "repoUrl", "entries":
// {"<suite>": [{"commit": {id, message, timestamp, url, …}, "date": ms, "tool", "benches": [items]}]}}`.
// Every bench of every upload is a run: the suite is the scenario, the short commit id and the tool are factors,
// and uploads of the same commit (a scheduled job re-run without a new commit) are repetitions.
#include "benchaction.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace rb {
namespace {

constexpr auto kPrefix = "window.BENCHMARK_DATA =";

class BenchActionDataJs final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("benchmark-action-datajs");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.trimmed().startsWith(kPrefix) ? 95 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

/// What the tool says about direction (github-action-benchmark: only the custom tools are bigger-is-better).
QString direction(const QString& tool)
{
    return tool == QLatin1String("customBiggerIsBetter") ? QStringLiteral("bigger") : QStringLiteral("smaller");
}

/// What reading the suites builds up besides the runs (kept in the source entry).
struct History
{
    QString path;
    QList<int> lines; // line of every bench's "value" key, in file order (commits have none)
    int bench = 0; // benches read so far (index into lines)
    QHash<QString, int> seen; // suite, bench, commit, tool → uploads so far
    QJsonObject extras;
    QJsonObject commits;
    QJsonObject suites;
};

/// The runs of upload `u` of `suite`; false with `error` set when it does not read.
bool readUpload(History& h, const QString& suite, const QJsonObject& up, qsizetype u, QSet<QString>& tools,
    ResultSet& set, ImportError* error)
{
    const QString at = QStringLiteral("entries[\"%1\"][%2]").arg(suite).arg(u);
    const QString id = up.value(QStringLiteral("commit")).toObject().value(QStringLiteral("id")).toString();
    const QString tool = up.value(QStringLiteral("tool")).toString();
    if (id.isEmpty() || tool.isEmpty() || !up.value(QStringLiteral("benches")).isArray()) {
        const QString field = id.isEmpty() ? QStringLiteral(".commit.id")
            : tool.isEmpty()               ? QStringLiteral(".tool")
                                           : QStringLiteral(".benches");
        *error = { h.path, h.lines.value(h.bench, 1), QString(at + field),
            QStringLiteral("missing or of the wrong type") };
        return false;
    }
    tools.insert(tool);
    const QString shortId = id.left(7);
    h.commits.insert(shortId, up.value(QStringLiteral("commit")));
    // tool: cargo stores the bencher line's median (Criterion) as value.
    const QString suffix = tool == QLatin1String("cargo") ? QStringLiteral("_median") : QString();
    const QJsonArray benches = up.value(QStringLiteral("benches")).toArray();
    for (qsizetype b = 0; b < benches.size(); ++b, ++h.bench) {
        const int line = h.lines.value(h.bench, 1);
        importing::BenchItem item;
        QString field;
        QString message;
        if (!importing::readBenchItem(benches.at(b), suffix, &item, &field, &message)) {
            *error = { h.path, line, QString(at + QStringLiteral(".benches[%1]").arg(b) + field), message };
            return false;
        }
        const QJsonObject params { { QStringLiteral("commit"), shortId }, { QStringLiteral("tool"), tool } };
        const QString key = QStringList { suite, item.name, shortId, tool }.join(QLatin1Char('\n'));
        const int rep = h.seen.value(key) + 1;
        h.seen.insert(key, rep);
        RunRecord r = importing::makeRun(QStringLiteral("benchmark-action"), suite, item.name, params, rep);
        r.measurements = item.measurements;
        r.startedUtc =
            QDateTime::fromMSecsSinceEpoch(qint64(up.value(QStringLiteral("date")).toDouble()), QTimeZone::utc());
        if (!item.extra.isEmpty()) {
            h.extras.insert(r.spec.runId, item.extra);
        }
        if (!item.warning.isEmpty()) {
            set.warnings << QStringLiteral("%1:%2: %3: %4").arg(h.path).arg(line).arg(at, item.warning);
        }
        importing::addRun(set, r, line);
    }
    return true;
}

/// Every upload of `suite`, and the suite's entry in `h.suites`.
bool readSuite(History& h, const QString& suite, const QJsonArray& uploads, ResultSet& set, ImportError* error)
{
    QSet<QString> tools;
    for (qsizetype u = 0; u < uploads.size(); ++u) {
        if (!readUpload(h, suite, uploads.at(u).toObject(), u, tools, set, error)) {
            return false;
        }
    }
    QStringList names = tools.values();
    names.sort();
    QJsonObject dirs;
    for (const QString& t : names) {
        dirs.insert(t, direction(t));
    }
    h.suites.insert(suite, QJsonObject { { QStringLiteral("direction"), dirs } });
    if (names.size() > 1) {
        // runwasi uploads its memory numbers (kB) under "Criterion.rs Benchmark" next to the timings.
        set.warnings << QStringLiteral("%1: suite \"%2\" mixes uploads of tools %3; the factor `tool` and the "
                                       "unit-named metrics keep them apart")
                            .arg(h.path, suite, names.join(QStringLiteral(", ")));
    }
    return true;
}

std::optional<ResultSet> BenchActionDataJs::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    QByteArray text = f.readAll();
    const qsizetype start = text.indexOf(kPrefix);
    if (start < 0 || !text.left(start).trimmed().isEmpty()) {
        *error = { path, 1, {}, QStringLiteral("expected the file to start with \"window.BENCHMARK_DATA = \"") };
        return std::nullopt;
    }
    // Blank the prefix (same length) so that offsets and lines stay those of the file; drop a trailing ';'.
    text.replace(start, qsizetype(qstrlen(kPrefix)), QByteArray(qsizetype(qstrlen(kPrefix)), ' '));
    const QByteArray body = text.trimmed().endsWith(';') ? text.left(text.lastIndexOf(';')) : text;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = { path, importing::lineAt(text, pe.offset), {},
            QStringLiteral("invalid JSON after window.BENCHMARK_DATA: %1").arg(pe.errorString()) };
        return std::nullopt;
    }
    const QJsonObject entries = doc.object().value(QStringLiteral("entries")).toObject();
    if (entries.isEmpty()) {
        *error = { path, 1, QStringLiteral("entries"),
            QStringLiteral("missing or empty, expected {suite: [uploads]}") };
        return std::nullopt;
    }
    History h;
    h.path = path;
    for (qsizetype at = text.indexOf("\"value\""); at >= 0; at = text.indexOf("\"value\"", at + 1)) {
        h.lines << importing::lineAt(text, at);
    }
    // QJsonObject sorts keys; walk the suites in file order so that lines match.
    QList<QPair<qsizetype, QString>> order;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QByteArray key = QJsonDocument(QJsonArray { it.key() }).toJson(QJsonDocument::Compact);
        order << qMakePair(text.indexOf(QByteArray(key.mid(1, key.size() - 2) + ":")), it.key());
    }
    std::sort(order.begin(), order.end());
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("benchmark-action"), {});
    for (const auto& [pos, suite] : order) {
        if (!readSuite(h, suite, entries.value(suite).toArray(), set, error)) {
            return std::nullopt;
        }
    }
    QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.first().toObject();
    source.insert(QStringLiteral("extra"), h.extras);
    source.insert(QStringLiteral("commits"), h.commits);
    source.insert(QStringLiteral("suites"), h.suites);
    source.insert(QStringLiteral("repo_url"), doc.object().value(QStringLiteral("repoUrl")));
    sources.replace(0, source);
    set.experiment.insert(QStringLiteral("sources"), sources);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeBenchActionDataJsImporter()
{
    return std::make_unique<BenchActionDataJs>();
}

} // namespace rb
