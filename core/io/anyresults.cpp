// SPDX-License-Identifier: GPL-3.0-or-later
#include "anyresults.h"

#include "importers/registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb {

bool isResultsFolder(const QString& path)
{
    if (!QFileInfo(path).isDir()) {
        return false;
    }
    QFile f(QDir(path).filePath(QString::fromLatin1(resultformat::kExperimentFile)));
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("format")).toString()
        == QLatin1String("runbench-results");
}

std::optional<ResultSet> loadAnyResults(const QString& path, QString* error, QStringList* notes)
{
    if (isResultsFolder(path)) {
        auto rs = loadResultFolder(path, error);
        if (rs) {
            *notes << rs->warnings;
        }
        return rs;
    }
    const ImporterRegistry registry;
    ImportError importError;
    const auto sets = registry.importPath(path, {}, &importError, notes);
    std::optional<ResultSet> merged = sets ? mergeImports(*sets, &importError) : std::nullopt;
    if (!merged) {
        *error = importError.text();
        return std::nullopt;
    }
    *notes << merged->warnings;
    return merged;
}

} // namespace rb
