// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workload.h"
#include "runner.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

/// One variant of a profile: extra runtime flags (node's `--no-liftoff`), and optionally its own
/// run template and a prepare step that makes an artefact once (an AOT-compiled module).
struct ProfileVariant
{
    QString id;
    QString description;
    QStringList args;
    QStringList runTemplate; ///< empty: the profile's
    QStringList prepareTemplate; ///< empty: no prepare step; else makes {artefact} from {module}
    QString artefactSuffix; ///< file name suffix of the artefact, e.g. ".cwasm"
    QStringList serveTemplate; ///< empty: the profile's serve template
};

/// How a wasm profile starts a server workload (profile key "serve"): WASI preview 1 cannot open
/// sockets, so a server has one wasm build per way a runtime serves it (a preopened listening
/// socket, a runtime's socket extension, a host that calls an exported handler).
struct ProfileServe
{
    QString build; ///< which wasm build of the server: workloads/wasm/<name>.<build>.wasm
    QStringList runTemplate; ///< argv template; uses {port}
};

/// A declarative runtime (runners/profiles/*.json): how to find the binary and its version, and the
/// argv template of a run. Format documented in docs/runtimes.md. Value type.
struct RuntimeProfile
{
    QString id;
    QString name;
    QString file; ///< where it was read from
    WorkloadBuild build = WorkloadBuild::Wasm;
    QStringList binaryNames; ///< looked up in PATH (or absolute paths)
    QStringList versionArgs;
    QString versionRegex; ///< first capture group is the version
    QStringList runTemplate;
    QStringList envTemplate; ///< "KEY=VALUE" set for every run; {cache} and {data} are replaced
    QList<ProfileVariant> variants; ///< at least one (an unnamed "" variant when the file has none)
    std::optional<ProfileServe> serve; ///< nullopt: the runtime cannot serve server workloads

    /// Reads and validates one profile; on error returns nullopt and sets `error` (file and field).
    static std::optional<RuntimeProfile> read(const QString& path, QString* error);
    /// Parses and validates profile text as read() does (`path` names it in messages and becomes `file`); the
    /// error names the line (and column) of a JSON syntax error, or the field and the line it is on. Any thread.
    static std::optional<RuntimeProfile> parse(const QByteArray& json, const QString& path, QString* error);
    /// Expands the run template. Tokens that are exactly {variant_args} or {args} splice lists;
    /// {binary}, {module} and {data} are replaced inside any token.
    QStringList expandRun(const QString& binary, const ProfileVariant& variant, const QString& module,
        const QString& dataDir, const QStringList& args, const QString& artefact = {}) const;
    /// Expands the serve template (the variant's, else the profile's; empty when the profile has none):
    /// as run, plus {port} replaced inside any token. `module` is the server's serve build.
    QStringList expandServe(const QString& binary, const ProfileVariant& variant, const QString& module,
        const QString& dataDir, const QStringList& args, const QString& port, const QString& artefact = {}) const;
    /// Expands a variant's prepare template (same placeholders as run, without {args}).
    QStringList expandPrepare(const QString& binary, const ProfileVariant& variant, const QString& module,
        const QString& dataDir, const QString& artefact) const;
    /// The environment overrides of a run with its cache folder.
    QStringList expandEnv(const QString& dataDir, const QString& cacheDir) const;
    /// Finds the binary and asks it for its version (5 s timeout). Any thread.
    ProbeResult probe() const;
};

/// Every profile in `dirs` (later folders override earlier ones with the same id); unreadable
/// profiles are reported in `errors`, never fatal.
QList<RuntimeProfile> readProfiles(const QStringList& dirs, QStringList* errors);

} // namespace rb
