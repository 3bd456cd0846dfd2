// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rb::test {

/// An import or export of a WebAssembly module. `signature` is set for functions, as
/// "(i32, i32) -> i32" ("() -> ()" for no parameters and no results).
struct WasmItem
{
    QString module; ///< imports only
    QString name;
    int kind = 0; ///< 0 function, 1 table, 2 memory, 3 global
    QString signature;
};

/// What a module needs from its runtime and what it offers: the import and export sections
/// (with the type and function sections for signatures) of the binary format, version 1.
struct WasmModuleInfo
{
    QList<WasmItem> imports;
    QList<WasmItem> exports;
    QString error; ///< empty when the module was read

    const WasmItem* findImport(const QString& module, const QString& name) const;
    const WasmItem* findExport(const QString& name) const;
};

/// Reads `bytes`; never throws, reports a malformed module in `error` with its byte offset.
WasmModuleInfo readWasmModule(const QByteArray& bytes);

} // namespace rb::test
