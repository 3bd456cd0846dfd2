// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzzed input must satisfy, shared by the libFuzzer harness (fuzz_importer.cpp) and the corpus
// test (tst_fuzz_corpus.cpp), so that both check exactly the same contract (core/io/importers/importer.h).
#pragma once

#include "io/importers/registry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb::fuzz {

/// The pseudo-format that fuzzes readNumberFile() (core/io/numberfile.h), which is no registry importer.
inline constexpr auto kNumberFile = "numberfile";

/// One line of tests/fuzz/formats.txt.
struct Format
{
    QString name; ///< ImporterRegistry name, or kNumberFile
    bool directory = false; ///< the importer reads a folder: inputs are packed trees (packTree)
    QStringList seeds; ///< globs relative to tests/data
    QString map; ///< a generic importer's --map (the seed word "map=…"), empty for the others
};

/// Reads formats.txt ("NAME file|dir SEED…", '#' comments). On a malformed line returns {} and sets `error`.
QList<Format> readFormats(const QString& file, QString* error);

/// The seed inputs of `format`: the files (or, for a folder format, the packed folders) its globs name below
/// `dataDir`, then every file in `corpusDir`/NAME (committed reproducers), each as (path, bytes).
QList<std::pair<QString, QByteArray>> seedInputs(
    const Format& format, const QString& dataDir, const QString& corpusDir);

/// A folder as one fuzz input: for every file below `dir`, a line "@@ <relative path>" and its bytes.
QByteArray packTree(const QString& dir);

/// Recreates a packed folder at `dir` (created, must not exist). Bytes before the first "@@ " line are
/// ignored; unsafe names ("..", absolute, other than [A-Za-z0-9._-/]) are skipped, as are files past 64.
bool unpackTree(const QByteArray& packed, const QString& dir);

/// Writes `data` to `path` as a file, or as a folder unpacked from it when `directory`. False on I/O failure.
bool writeInput(const QString& path, const QByteArray& data, bool directory);

/// What importing `path` as `format` gave.
struct Outcome
{
    std::optional<ResultSet> set; ///< the import, when it succeeded
    QStringList violations; ///< every broken invariant, empty when the contract holds
};

/// Imports `path` (written by writeInput from `data`) with the importer named `format`, then with the importer
/// the registry sniffs for it, and checks the contract on every result. Any thread.
/// `map`: for a generic importer, the --map it reads with (Format::map).
Outcome importChecked(const ImporterRegistry& registry, const QString& format, const QString& path,
    const QByteArray& data, bool directory, const QString& map = {});

} // namespace rb::fuzz
