// SPDX-License-Identifier: GPL-3.0-or-later
// The wasm builds of http-hello need only what their runtimes provide. wasmtime and WasmEdge are
// not in Debian, so here the builds are checked through their import and export sections: the
// WASI-sockets build imports WASI preview 1 only (sock_accept included), the WasmEdge build adds
// exactly the socket extension it declares, and the handler is a reactor with the host's ABI.
#include "../common/wasmmodule.h"
#include "model/workload.h"
#include "runner/paths.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace rb;
using rb::test::WasmModuleInfo;

namespace {

const QString kWasi = QStringLiteral("wasi_snapshot_preview1");

// Every function of WASI preview 1, from its witx:
// https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/witx/wasi_snapshot_preview1.witx
const QSet<QString>& preview1Functions()
{
    static const QSet<QString> names { "args_get", "args_sizes_get", "environ_get", "environ_sizes_get",
        "clock_res_get", "clock_time_get", "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get",
        "fd_fdstat_set_flags", "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size",
        "fd_filestat_set_times", "fd_pread", "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite", "fd_read",
        "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell", "fd_write", "path_create_directory",
        "path_filestat_get", "path_filestat_set_times", "path_link", "path_open", "path_readlink",
        "path_remove_directory", "path_rename", "path_symlink", "path_unlink_file", "poll_oneoff", "proc_exit",
        "proc_raise", "sched_yield", "random_get", "sock_accept", "sock_recv", "sock_send", "sock_shutdown" };
    return names;
}

QByteArray section(char id, const QByteArray& content)
{
    return QByteArray(1, id) + char(content.size()) + content; // sizes < 128: one LEB128 byte
}

} // namespace

class TestWasmServerBuilds : public QObject
{
    Q_OBJECT

    WorkloadDef m_def;
    WasmModuleInfo m_builds[3]; ///< wasi-sockets, wasmedge-sockets, http-handler

    static WasmModuleInfo readBuild(const WorkloadDef& def, const QString& build)
    {
        QFile f(def.wasmServeBuilds.value(build));
        if (!f.open(QIODevice::ReadOnly)) {
            return WasmModuleInfo { {}, {}, build + QStringLiteral(": cannot read ") + f.fileName() };
        }
        return test::readWasmModule(f.readAll());
    }
    // Names of the imports that are not WASI preview 1 functions.
    static QStringList extensionImports(const WasmModuleInfo& m)
    {
        QStringList out;
        for (const test::WasmItem& i : m.imports) {
            if (i.module != kWasi || i.kind != 0 || !preview1Functions().contains(i.name)) {
                out << i.module + QLatin1Char('.') + i.name;
            }
        }
        return out;
    }
    static QString importSignature(const WasmModuleInfo& m, const char* name)
    {
        const test::WasmItem* i = m.findImport(kWasi, QString::fromLatin1(name));
        return i ? i->signature : QStringLiteral("<not imported>");
    }
    static QString exportSignature(const WasmModuleInfo& m, const char* name)
    {
        const test::WasmItem* e = m.findExport(QString::fromLatin1(name));
        return !e ? QStringLiteral("<not exported>") : e->kind == 2 ? QStringLiteral("memory") : e->signature;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString err;
        const WorkloadCatalog cat = WorkloadCatalog::load(paths::dataDir(), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const auto def = cat.find(QStringLiteral("http-hello"));
        QVERIFY(def && def->server);
        m_def = *def;
        const char* builds[] = { "wasi-sockets", "wasmedge-sockets", "http-handler" };
        for (int i = 0; i < 3; ++i) {
            m_builds[i] = readBuild(m_def, QString::fromLatin1(builds[i]));
            QVERIFY2(m_builds[i].error.isEmpty(), qPrintable(m_builds[i].error));
        }
    }

    void readerReadsAHandAssembledModule()
    {
        // fromHex skips the spaces. Types: (i32, i32) -> i32 and () -> (); imports m.f (type 0) and
        // env.mem (memory, min 1); one function of type 1, exported as "run" (function index 1).
        const QByteArray types = QByteArray::fromHex("02 60 02 7f 7f 01 7f 60 00 00");
        const QByteArray imports = QByteArray::fromHex("02 01 6d 01 66 00 00 03 656e76 03 6d656d 02 00 01");
        const QByteArray functions = QByteArray::fromHex("01 01");
        const QByteArray exports = QByteArray::fromHex("01 03 72756e 00 01");
        const WasmModuleInfo m = test::readWasmModule(QByteArray("\0asm\x01\0\0\0", 8) + section(1, types)
            + section(2, imports) + section(3, functions) + section(7, exports));
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QCOMPARE(m.imports.size(), 2);
        QCOMPARE(
            m.findImport(QStringLiteral("m"), QStringLiteral("f"))->signature, QStringLiteral("(i32, i32) -> i32"));
        QCOMPARE(m.findImport(QStringLiteral("env"), QStringLiteral("mem"))->kind, 2);
        QCOMPARE(m.findExport(QStringLiteral("run"))->signature, QStringLiteral("() -> ()"));
        QVERIFY(!test::readWasmModule(QByteArray("\0asm\x01\0\0\0\x01\x05\x01", 11)).error.isEmpty());
        QVERIFY(!test::readWasmModule("#!/bin/sh").error.isEmpty());
    }

    void catalogueListsEveryServeBuild()
    {
        QCOMPARE(m_def.wasmServeBuilds.keys(), (QStringList { "http-handler", "wasi-sockets", "wasmedge-sockets" }));
        QVERIFY2(m_def.wasmPath.isEmpty(), "a server has no plain wasm build: it could not listen");
    }

    // wasmtime -S tcplisten: standard preview 1 only, accepting with the 3-argument sock_accept.
    void wasiSocketsBuildImportsPreview1Only()
    {
        const WasmModuleInfo& m = m_builds[0];
        QCOMPARE(extensionImports(m), QStringList());
        QCOMPARE(importSignature(m, "sock_accept"), QStringLiteral("(i32, i32, i32) -> i32"));
        QCOMPARE(importSignature(m, "poll_oneoff"), QStringLiteral("(i32, i32, i32, i32) -> i32"));
        QCOMPARE(importSignature(m, "fd_fdstat_get"), QStringLiteral("(i32, i32) -> i32"));
        QCOMPARE(exportSignature(m, "_start"), QStringLiteral("() -> ()"));
        QCOMPARE(exportSignature(m, "memory"), QStringLiteral("memory"));
    }

    // WasmEdge: preview 1 plus exactly its socket extension, with the V1 signatures of
    // WasmEdge's lib/host/wasi/wasifunc.h (see http-hello-wasi-wasmedge.c).
    void wasmedgeBuildImportsTheSocketExtension()
    {
        const WasmModuleInfo& m = m_builds[1];
        QStringList ext = extensionImports(m);
        ext.sort();
        QCOMPARE(ext,
            (QStringList { "wasi_snapshot_preview1.sock_bind", "wasi_snapshot_preview1.sock_listen",
                "wasi_snapshot_preview1.sock_open", "wasi_snapshot_preview1.sock_setsockopt" }));
        QCOMPARE(importSignature(m, "sock_open"), QStringLiteral("(i32, i32, i32) -> i32"));
        QCOMPARE(importSignature(m, "sock_bind"), QStringLiteral("(i32, i32, i32) -> i32"));
        QCOMPARE(importSignature(m, "sock_listen"), QStringLiteral("(i32, i32) -> i32"));
        QCOMPARE(importSignature(m, "sock_setsockopt"), QStringLiteral("(i32, i32, i32, i32, i32) -> i32"));
        QCOMPARE(importSignature(m, "sock_accept"), QStringLiteral("(i32, i32) -> i32"));
        QCOMPARE(exportSignature(m, "_start"), QStringLiteral("() -> ()"));
    }

    // node-wasi-http-host.mjs: a reactor (no _start) with the handler ABI of http-hello-handler.c.
    void httpHandlerIsAReactorWithTheHostAbi()
    {
        const WasmModuleInfo& m = m_builds[2];
        QCOMPARE(extensionImports(m), QStringList());
        QCOMPARE(exportSignature(m, "_start"), QStringLiteral("<not exported>"));
        QCOMPARE(exportSignature(m, "_initialize"), QStringLiteral("() -> ()"));
        QCOMPARE(exportSignature(m, "memory"), QStringLiteral("memory"));
        QCOMPARE(exportSignature(m, "path_buffer"), QStringLiteral("() -> i32"));
        QCOMPARE(exportSignature(m, "path_buffer_size"), QStringLiteral("() -> i32"));
        QCOMPARE(exportSignature(m, "handle"), QStringLiteral("(i32, i32) -> i32"));
        QVERIFY(!m.findImport(kWasi, QStringLiteral("sock_accept")));
    }
};

QTEST_GUILESS_MAIN(TestWasmServerBuilds)
#include "tst_wasmserverbuilds.moc"
