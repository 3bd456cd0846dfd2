// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "benchaction.h"
#include "criterion.h"
#include "gbench.h"
#include "hyperfine.h"
#include "runwasi.h"
#include "wrk.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace rb {

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(makeHyperfineJsonImporter());
    m_importers.push_back(makeHyperfineCsvImporter());
    m_importers.push_back(makeHyperfineMarkdownImporter());
    m_importers.push_back(makeWrkTextImporter());
    m_importers.push_back(makeGbenchJsonImporter());
    m_importers.push_back(makeBenchActionJsonImporter());
    m_importers.push_back(makeBenchActionDataJsImporter());
    m_importers.push_back(makeCriterionBencherImporter());
    m_importers.push_back(makeCriterionDirImporter());
    m_importers.push_back(makeRunwasiStressImporter());
    m_importers.push_back(makeRunwasiMemoryImporter());
}

QStringList ImporterRegistry::names() const
{
    QStringList out;
    for (const auto& i : m_importers) {
        out << i->name();
    }
    return out;
}

const Importer* ImporterRegistry::byName(const QString& name) const
{
    for (const auto& i : m_importers) {
        if (i->name() == name) {
            return i.get();
        }
    }
    return nullptr;
}

const Importer* ImporterRegistry::pick(const QString& path, ImportError* error) const
{
    QFile f(path);
    // A directory is offered with an empty head (importer.h): tree importers claim it by its layout.
    const bool dir = QFileInfo(path).isDir();
    if (!dir && !f.open(QIODevice::ReadOnly)) {
        *error = { path, 0, {}, QStringLiteral("cannot read: %1").arg(f.errorString()) };
        return nullptr;
    }
    const QByteArray head = dir ? QByteArray() : f.read(4096);
    const Importer* best = nullptr;
    int bestScore = 0;
    for (const auto& i : m_importers) {
        const int score = i->sniff(path, head);
        if (score > bestScore) {
            best = i.get();
            bestScore = score;
        }
    }
    if (!best) {
        *error = { path, 1, {},
            QStringLiteral("not a format Runbench can import (known: %1); see docs/import.md")
                .arg(names().join(QStringLiteral(", "))) };
    }
    return best;
}

std::optional<ResultSet> ImporterRegistry::import(const QString& path, const QString& format, ImportError* error) const
{
    const Importer* imp = nullptr;
    if (format.isEmpty()) {
        imp = pick(path, error);
    } else if (!(imp = byName(format))) {
        *error = { path, 0, QStringLiteral("--format"),
            QStringLiteral("unknown format \"%1\" (known: %2)").arg(format, names().join(QStringLiteral(", "))) };
    }
    return imp ? imp->import(path, error) : std::nullopt;
}

std::optional<ResultSet> mergeImports(const QList<ResultSet>& sets, ImportError* error)
{
    ResultSet out;
    QJsonArray sources;
    QHash<QString, QString> fileOf; // run id → file it came from
    QHash<QString, int> configOf; // runtime/workload/scenario → config index
    for (const ResultSet& s : sets) {
        if (out.experiment.isEmpty()) {
            out.experiment = s.experiment;
        }
        const QJsonArray src = s.experiment.value(QStringLiteral("sources")).toArray();
        const QString file =
            src.isEmpty() ? QString() : src.first().toObject().value(QStringLiteral("file")).toString();
        for (const QJsonValue& v : src) {
            sources << v;
        }
        for (RunRecord r : s.runs) {
            if (fileOf.contains(r.spec.runId)) {
                *error = {
                    file, 0, QStringLiteral("run id"),
                    QStringLiteral("\"%1\" was already imported from %2").arg(r.spec.runId, fileOf.value(r.spec.runId))
                };
                return std::nullopt;
            }
            fileOf.insert(r.spec.runId, file);
            const QString key = r.spec.runtime + QLatin1Char('/') + r.spec.workload.label() + QLatin1Char('/')
                + r.spec.scenario.label();
            r.spec.configIndex = int(configOf.size());
            r.spec.configIndex = configOf.value(key, r.spec.configIndex);
            configOf.insert(key, r.spec.configIndex);
            r.spec.index = int(out.runs.size());
            out.runs << r;
        }
        out.warnings << s.warnings;
    }
    out.experiment.insert(QStringLiteral("sources"), sources);
    return out;
}

} // namespace rb
