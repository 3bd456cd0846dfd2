// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "benchaction.h"
#include "bombardier.h"
#include "criterion.h"
#include "gbench.h"
#include "generic.h"
#include "hey.h"
#include "hyperfine.h"
#include "importedrun.h"
#include "k6.h"
#include "numbers.h"
#include "oha.h"
#include "polybench.h"
#include "rewrk.h"
#include "rsx207.h"
#include "runwasi.h"
#include "system.h"
#include "wrk.h"
#include "wrk2.h"

#include <QDir>
#include <QDirIterator>
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
    m_importers.push_back(makeNumberFileImporter());
    m_importers.push_back(makeNumberTreeImporter());
    m_importers.push_back(makeRsx207LogImporter());
    m_importers.push_back(makeRsx207MemoryCsvImporter());
    m_importers.push_back(makeRsx207ColdStartCsvImporter());
    m_importers.push_back(makePolybenchCsvImporter());
    m_importers.push_back(makeRewrkTextImporter());
    m_importers.push_back(makeRewrkJsonImporter());
    m_importers.push_back(makeOhaJsonImporter());
    m_importers.push_back(makeK6SummaryImporter());
    m_importers.push_back(makeK6SummaryV2Importer());
    m_importers.push_back(makeTimeVerboseImporter());
    m_importers.push_back(makePerfStatCsvImporter());
    m_importers.push_back(makeFaasmTimeCsvImporter());
    m_importers.push_back(makeFaasmMemCsvImporter());
    m_importers.push_back(makeGenericImporter(QStringLiteral("generic-csv"), {}));
    m_importers.push_back(makeGenericImporter(QStringLiteral("generic-json"), {}));
    m_importers.push_back(makeWrk2TextImporter());
    m_importers.push_back(makeHeyTextImporter());
    m_importers.push_back(makeHeyCsvImporter());
    m_importers.push_back(makeBombardierJsonImporter());
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
    QByteArray head; // stays empty for a folder (importer.h)
    if (!QFileInfo(path).isDir()) {
        QFile f(path);
        if (!importing::openForReading(f, error)) {
            return nullptr;
        }
        head = f.read(4096);
    }
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
    return imp ? imp->read(path, error) : std::nullopt;
}

std::optional<QList<ResultSet>> ImporterRegistry::importPath(
    const QString& path, const QString& format, ImportError* error, QStringList* skipped) const
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *error = { path, 0, {}, QStringLiteral("no such file or folder") };
        return std::nullopt;
    }
    if (!fi.isDir() || !format.isEmpty()) {
        auto set = import(path, format, error);
        return set ? std::optional(QList<ResultSet> { *set }) : std::nullopt;
    }
    ImportError notClaimed;
    if (const Importer* tree = pick(path, &notClaimed)) {
        auto set = tree->read(path, error);
        return set ? std::optional(QList<ResultSet> { *set }) : std::nullopt;
    }
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    QList<ResultSet> sets;
    for (const QString& file : files) {
        ImportError unknown;
        const Importer* imp = pick(file, &unknown);
        if (!imp) {
            *skipped << unknown.text();
            continue;
        }
        auto set = imp->read(file, error);
        if (!set) {
            return std::nullopt;
        }
        sets << *set;
    }
    if (sets.isEmpty()) {
        *error = { path, 0, {}, QStringLiteral("no file below this folder is a format Runbench can import") };
        return std::nullopt;
    }
    return sets;
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
