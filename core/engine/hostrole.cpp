// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostrole.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace rb {

namespace {

QString hostIds(const ExperimentSpec& spec, const QString& role = {})
{
    QStringList ids;
    for (const HostSpec& h : spec.hosts) {
        if (role.isEmpty() || h.hasRole(role)) {
            ids << h.id;
        }
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace

QStringList HostAssignment::rolesRun() const
{
    switch (role) {
    case Role::Sut:
        return { QStringLiteral("sut") };
    case Role::Loadgen:
        return { QStringLiteral("loadgen") };
    case Role::Both:
        break;
    }
    return { QStringLiteral("sut"), QStringLiteral("loadgen") };
}

QJsonObject HostAssignment::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), hostId },
        { QStringLiteral("roles"), QJsonArray::fromStringList(rolesRun()) }, { QStringLiteral("address"), address } };
    if (role == Role::Loadgen) {
        o.insert(QStringLiteral("sut"), sutId);
        o.insert(QStringLiteral("sut_address"), sutAddress);
    }
    return o;
}

bool isLoadScenario(const QString& kind)
{
    return kind == QLatin1String("warm-latency") || kind == QLatin1String("throughput-sweep");
}

QString specSha256(const ExperimentSpec& spec)
{
    const QByteArray canonical = QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact); // keys sorted
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString defaultHostId()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("local") : name;
}

std::optional<HostAssignment> assignHost(
    const ExperimentSpec& spec, const QString& hostId, const QString& role, const QString& sut, QString* error)
{
    HostAssignment a;
    a.controlPort = spec.controlPort;
    if (role.isEmpty() || role == QLatin1String("both")) {
        a.role = HostAssignment::Role::Both;
    } else if (role == QLatin1String("sut")) {
        a.role = HostAssignment::Role::Sut;
    } else if (role == QLatin1String("loadgen")) {
        a.role = HostAssignment::Role::Loadgen;
    } else {
        *error = QStringLiteral("--role: expected sut, loadgen or both, not \"%1\"").arg(role);
        return std::nullopt;
    }
    if (spec.hosts.isEmpty()) {
        if (a.role != HostAssignment::Role::Both) {
            *error = QStringLiteral("--role %1: the spec has no \"hosts\" (docs/multi-host.md)").arg(role);
            return std::nullopt;
        }
        a.hostId = hostId.isEmpty() ? defaultHostId() : hostId;
        a.address = a.hostId;
        a.factorHost = hostId; // only an explicit --host-id makes `host` a factor
        return a;
    }
    if (hostId.isEmpty()) {
        *error = QStringLiteral("--host-id is required: the spec has hosts (%1)").arg(hostIds(spec));
        return std::nullopt;
    }
    const HostSpec* me = spec.host(hostId);
    if (!me) {
        *error = QStringLiteral("--host-id \"%1\" is not a host of the spec (expected one of: %2)")
                     .arg(hostId, hostIds(spec));
        return std::nullopt;
    }
    a.hostId = me->id;
    a.address = me->address;
    for (const QString& r : a.rolesRun()) {
        if (!me->hasRole(r)) {
            *error =
                QStringLiteral("--role %1: host \"%2\" has the roles %3 in the spec")
                    .arg(role.isEmpty() ? QStringLiteral("both") : role, me->id, me->roles.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (a.role != HostAssignment::Role::Loadgen) {
        a.factorHost = me->id;
        if (!sut.isEmpty()) {
            *error = QStringLiteral("--sut is only for --role loadgen");
            return std::nullopt;
        }
        return a;
    }
    QString sutId = sut;
    if (sutId.isEmpty()) {
        const QString suts = hostIds(spec, QStringLiteral("sut"));
        if (suts.contains(QLatin1Char(','))) {
            *error = QStringLiteral("--sut is required: the spec has several SUT hosts (%1)").arg(suts);
            return std::nullopt;
        }
        sutId = suts;
    }
    const HostSpec* target = spec.host(sutId);
    if (!target || !target->hasRole(QStringLiteral("sut"))) {
        *error = QStringLiteral("--sut \"%1\" is not a SUT host of the spec (expected one of: %2)")
                     .arg(sutId, hostIds(spec, QStringLiteral("sut")));
        return std::nullopt;
    }
    a.sutId = target->id;
    a.sutAddress = target->address;
    a.factorHost = target->id;
    return a;
}

} // namespace rb
