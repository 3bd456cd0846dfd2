// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace rb {

/// What this machine does in an experiment (docs/multi-host.md): `run --role both` (everything here, as without
/// hosts), `--role sut` (every run; the load scenarios' servers wait for a load generator over the control
/// channel) or `--role loadgen` (only the load scenarios' loads, against the SUT host).
struct HostAssignment
{
    enum class Role
    {
        Both,
        Sut,
        Loadgen
    };
    Role role = Role::Both;
    QString hostId; ///< this machine's id: --host-id, else the hostname (or "local")
    QString address; ///< how other hosts reach it (the spec's address; the id without hosts)
    /// The `host` factor of every run: the SUT host's id. Empty without hosts and without --host-id: the runs
    /// then have no `host` parameter at all (results exactly as before hosts existed).
    QString factorHost;
    QString sutId; ///< Loadgen: the SUT host it loads
    QString sutAddress; ///< Loadgen: where it reaches the SUT (control channel and HTTP)
    int controlPort = 7171;

    /// "sut", "loadgen" or ["sut","loadgen"] for Both: the roles this machine ran, for experiment.json "host".
    QStringList rolesRun() const;
    /// experiment.json "host": {"id", "roles", "address"}.
    QJsonObject toJson() const;
};

/// Scenario kinds whose runs are split between a SUT and a load generator host (warm-latency, throughput-sweep).
bool isLoadScenario(const QString& kind);

/// SHA-256 (hex) of the spec's canonical JSON: both sides of a control channel must run the same spec.
QString specSha256(const ExperimentSpec& spec);

/// This machine's id when --host-id is not given: its hostname, or "local" when it has none.
QString defaultHostId();

/// Checks --host-id, --role and --sut against the spec. `role` is "", "both", "sut" or "loadgen" (""
/// = both). Null with a message naming the option and the spec's host ids when they do not fit (exit code 2).
std::optional<HostAssignment> assignHost(
    const ExperimentSpec& spec, const QString& hostId, const QString& role, const QString& sut, QString* error);

} // namespace rb
