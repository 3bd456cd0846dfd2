// SPDX-License-Identifier: GPL-3.0-or-later
// github-action-benchmark custom JSON: [{"name", "value", "unit", "range"?, "extra"?}, …]. The direction
// (smaller or bigger is better) is the upload's `tool` setting and is not in the file.
#include "benchaction.h"
#include "importedrun.h"
#include "jsonsource.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb {
namespace {

class BenchActionJson final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("benchmark-action-json");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const QByteArray t = head.trimmed();
        if (!t.startsWith('[') || !t.contains("\"name\"") || !t.contains("\"value\"")) {
            return 0;
        }
        return t.contains("\"unit\"") ? 85 : 50;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> BenchActionJson::import(const QString& path, ImportError* error) const
{
    const auto json = importing::readJson(path, error);
    if (!json) {
        return std::nullopt;
    }
    const QByteArray& text = json->text;
    const QJsonDocument& doc = json->doc;
    if (!doc.isArray() || doc.array().isEmpty()) {
        *error = { path, 1, {},
            QStringLiteral("expected a non-empty array of {name, value, unit} (github-action-benchmark custom "
                           "JSON)") };
        return std::nullopt;
    }
    QList<int> lines; // line of each element's "value" key (one per element; pretty-printed files)
    for (qsizetype at = text.indexOf("\"value\""); at >= 0; at = text.indexOf("\"value\"", at + 1)) {
        lines << importing::lineAt(text, at);
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("benchmark-action"), {});
    QJsonObject extras;
    QHash<QString, int> seen;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        importing::BenchItem item;
        QString field;
        QString message;
        const int line = lines.size() == items.size() ? lines.value(i) : 1;
        if (!importing::readBenchItem(items.at(i), {}, &item, &field, &message)) {
            *error = { path, line, QString(QStringLiteral("[%1]").arg(i) + field), message };
            return std::nullopt;
        }
        const int rep = seen.value(item.name) + 1;
        seen.insert(item.name, rep);
        RunRecord r = importing::makeRun(QStringLiteral("benchmark-action"), name(), item.name, {}, rep);
        r.measurements = item.measurements;
        if (!item.extra.isEmpty()) {
            extras.insert(r.spec.runId, item.extra);
        }
        if (!item.warning.isEmpty()) {
            set.warnings << QStringLiteral("%1:%2: [%3].range: %4").arg(path).arg(line).arg(i).arg(item.warning);
        }
        importing::addRun(set, r, line);
    }
    QJsonArray sources = set.experiment.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.first().toObject();
    source.insert(QStringLiteral("extra"), extras);
    source.insert(QStringLiteral("direction"), QJsonValue()); // not in the file: the upload's `tool` decides
    sources.replace(0, source);
    set.experiment.insert(QStringLiteral("sources"), sources);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeBenchActionJsonImporter()
{
    return std::make_unique<BenchActionJson>();
}

} // namespace rb
