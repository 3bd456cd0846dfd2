// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

enum class WorkloadBuild
{
    Native, ///< dynamically linked, for running on the host
    Static, ///< statically linked, for containers built FROM scratch (no libc in the image)
    Wasm ///< wasm32-wasi module
};

/// "native", "static" or "wasm32-wasi": for messages.
QString workloadBuildName(WorkloadBuild build);

/// The port the catalogue's servers listen on without a PORT argument (http-hello.c: argv[1], else 8080).
inline constexpr int kDefaultServerPort = 8080;

/// How a workload's stdout is checked, so that a wrong result is a failed run, never a number.
enum class OutputCheck
{
    None,
    Exact, ///< stdout must equal `expected` (a trailing newline is ignored)
    Sha256Chain, ///< stdout is the hex SHA-256 chain of argument N, recomputed here with QCryptographicHash
    Fib, ///< stdout is fib(N) in decimal, recomputed here iteratively
    Matmul, ///< stdout is "matmul N: sum=S trace=T" of matmul's product, recomputed here in O(N²)
    Regex ///< stdout matches `expected` as a whole, each `{ARG}` replaced by that argument (escaped)
};

/// The inclusive range every argument of a workload must lie in, as an integer.
struct IntRange
{
    qint64 min = 0;
    qint64 max = 0;
};

/// A workload of the catalogue (resources/workloads/workloads.json), with its built files.
struct WorkloadDef
{
    QString name;
    QString description;
    int minArgs = 0;
    int maxArgs = 0;
    QStringList argNames;
    OutputCheck check = OutputCheck::None;
    QString expected; ///< the text (Exact) or pattern (Regex) stdout must match
    std::optional<IntRange> argRange; ///< from "arg_range": [min, max]; unset: any text
    bool server = false; ///< runs until stopped (needs a readiness scenario, not cold-start-exit)
    QString readyLine; ///< regex of the stdout line a server prints when it accepts connections
    QString nativePath; ///< empty when not built
    QString wasmPath; ///< empty when not built
    QString staticPath; ///< empty when not built
    /// Wasm builds of a server, one per way a runtime serves it, by serve build name
    /// ("wasi-sockets" → workloads/wasm/<name>.wasi-sockets.wasm); see docs/runtimes.md.
    QMap<QString, QString> wasmServeBuilds;

    QString path(WorkloadBuild build) const
    {
        switch (build) {
        case WorkloadBuild::Native:
            return nativePath;
        case WorkloadBuild::Static:
            return staticPath;
        case WorkloadBuild::Wasm:
            return wasmPath;
        }
        return {};
    }
    /// The TCP port a server listens on with `args`: its PORT argument, else kDefaultServerPort.
    int serverPort(const QStringList& args) const;
    /// Empty when args suit this workload, else what was expected.
    QString validateArgs(const QStringList& args) const;
    /// Empty when stdout is what the workload must print for args, else why not.
    QString checkOutput(const QStringList& args, const QByteArray& stdoutData) const;
    /// The Regex check's pattern for args: `expected` with each `{ARG}` replaced by that argument, escaped.
    QString patternFor(const QStringList& args) const;
};

/// The hex digest cpu-hash prints: 32 zero bytes hashed with SHA-256 `iterations` times.
QByteArray sha256ChainHex(qint64 iterations);

/// fib(n) with fib(0) = 0, fib(1) = 1, computed iteratively; n from 0 to 93 (the largest fitting 64 bits).
quint64 fibonacci(int n);

/// Sum of all entries and trace of the product C = A·B that matmul computes for n (A[i][j] = (7i + 3j) mod 17 - 8,
/// B[i][j] = (5i + 11j + 1) mod 13 - 6), from sum(C) = Σ_k colsum_A[k]·rowsum_B[k] and
/// trace(C) = Σ_i Σ_k A[i][k]·B[k][i]: O(n²), exact (integer arithmetic).
struct MatmulChecksum
{
    qint64 sum = 0;
    qint64 trace = 0;
};
MatmulChecksum matmulChecksum(int n);

/// Workloads known to this installation, read from <dataDir>/workloads/workloads.json.
class WorkloadCatalog
{
public:
    /// Reads the catalogue; `error` is set when the file is missing or malformed.
    static WorkloadCatalog load(const QString& dataDir, QString* error = nullptr);
    const QList<WorkloadDef>& workloads() const
    {
        return m_workloads;
    }
    std::optional<WorkloadDef> find(const QString& name) const;
    QStringList names() const;

private:
    QList<WorkloadDef> m_workloads;
};

} // namespace rb
