// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

/// Order in which the runs of an experiment are executed (see docs/results-format.md).
enum class RunOrder
{
    Sequential, ///< all repetitions of one configuration, then the next
    Interleaved, ///< round r runs every configuration once, in spec order
    Randomised ///< like Interleaved, but each round is shuffled with a seeded generator
};

QString runOrderName(RunOrder order);

/// What runtimes' own caches (compilation caches, …) look like to each run.
enum class CachePolicy
{
    Cold, ///< every run gets a fresh, empty cache folder, removed after the run
    Warm ///< one cache folder per runtime, shared by all runs of the experiment
};

/// A workload with its arguments, e.g. `cpu-hash 200000`.
struct WorkloadRef
{
    QString name;
    QStringList args;
    /// "name arg1 arg2": used in run ids, tables and plot legends.
    QString label() const;
    bool operator==(const WorkloadRef&) const = default;
};

/// One scenario of a spec (kinds and parameters: core/model/scenariokinds.h, docs/experiments.md).
struct ScenarioSpec
{
    QString kind;
    QString name; ///< what results call it: the spec's "name", or the kind
    QJsonObject settings; ///< the scenario's parameters as written, defaults filled (not in results tables)
    /// This configuration's level and user-factor values, e.g. {"concurrency": 4, "firewall": "on"}: empty in a
    /// spec, set by the plan. They are the `params` column of the results and part of the run id.
    QJsonObject params;
    /// "name" or "name key=value key=value" (keys sorted): the scenario part of run ids and group names.
    QString label() const;
    bool operator==(const ScenarioSpec&) const = default;
};

/// A factor of the user's (a firewall on/off, a CPU governor): each level may run setup commands before its
/// runs and teardown commands after them (argv arrays, never shell strings).
struct UserFactorLevel
{
    QString name;
    QList<QStringList> setup;
    QList<QStringList> teardown;
    bool operator==(const UserFactorLevel&) const = default;
};

struct UserFactor
{
    QString name;
    QList<UserFactorLevel> levels;
    bool operator==(const UserFactor&) const = default;
};

/// A machine of a multi-host experiment (docs/multi-host.md): what it is called, how the others reach it and what it
/// does. Roles are "sut" (runs the workloads) and "loadgen" (sends the HTTP load), in that order.
struct HostSpec
{
    QString id; ///< [A-Za-z0-9_.-]+, unique in the spec; the `host` factor of the runs whose SUT it is
    QString address; ///< IP or DNS name the other hosts use (the id when the spec gives none)
    QStringList roles; ///< non-empty subset of {"sut", "loadgen"}, in that order
    bool hasRole(const QString& role) const
    {
        return roles.contains(role);
    }
    bool operator==(const HostSpec&) const = default;
};

/// An experiment as the user wrote it (JSON). Value type; safe to copy across threads.
struct ExperimentSpec
{
    QString name;
    QString description;
    QStringList runtimes; ///< runner ids, e.g. "native", "node-wasi:no-liftoff"
    QList<WorkloadRef> workloads;
    QList<ScenarioSpec> scenarios;
    QList<UserFactor> factors;
    int repetitions = 10;
    int warmup = 1;
    RunOrder order = RunOrder::Interleaved;
    quint64 seed = 1;
    double timeoutS = 60.0;
    double cooldownS = 0.0;
    CachePolicy cache = CachePolicy::Cold;
    /// The spec allows Runbench to start a private dockerd/containerd for its runtimes when none answers (the
    /// same as `runbench-cli run --start-daemons`); stopped when the experiment ends.
    bool startDaemons = false;
    /// The machines of a multi-host experiment; empty: one machine does everything (as before hosts existed).
    QList<HostSpec> hosts;
    /// TCP port of the control channel on each SUT host (docs/multi-host.md).
    int controlPort = 7171;

    /// The host called `id`, or null.
    const HostSpec* host(const QString& id) const;
    QJsonObject toJson() const;
    bool operator==(const ExperimentSpec&) const = default;
};

/// Result of parsing a spec: either a spec or an error naming the file, the field and what was expected.
struct SpecParseResult
{
    std::optional<ExperimentSpec> spec;
    QString error;
};

/// Parses and validates a spec's shape and values. Names of runtimes and workloads are checked later
/// against the registry and the workload catalogue (they depend on the machine). Any thread.
SpecParseResult parseExperimentSpec(const QByteArray& json, const QString& sourceName);

/// Reads a spec file. Any thread (does file I/O).
SpecParseResult readExperimentSpec(const QString& path);

} // namespace rb
