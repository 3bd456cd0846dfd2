// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace rb {

/// The importers Runbench knows, and the choice among them for a file. Immutable after construction: any thread.
class ImporterRegistry
{
public:
    /// Every built-in importer.
    ImporterRegistry();
    QStringList names() const;
    const Importer* byName(const QString& name) const;
    /// The importer whose sniff() is most confident for `path` (content first), or nullptr with `error` set.
    const Importer* pick(const QString& path, ImportError* error) const;
    /// Imports `path` with the importer named `format`, or the sniffed one when `format` is empty.
    std::optional<ResultSet> import(const QString& path, const QString& format, ImportError* error) const;
    /// Imports a file, or a folder: one a tree importer claims (importer.h), else every file below it (sorted)
    /// that an importer recognises; each file no importer recognises is named in `skipped`. Fails on the first
    /// file that does not read, or when nothing below the folder is importable.
    std::optional<QList<ResultSet>> importPath(
        const QString& path, const QString& format, ImportError* error, QStringList* skipped) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

/// Joins imported sets into one (runs renumbered in order; configurations by runtime × workload × scenario);
/// a run id that two files both produce is an error naming both.
std::optional<ResultSet> mergeImports(const QList<ResultSet>& sets, ImportError* error);

} // namespace rb
