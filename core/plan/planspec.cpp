// SPDX-License-Identifier: GPL-3.0-or-later
#include "planspec.h"

#include <QFile>

namespace rb::plan {

QList<PlanHost> PlanSpec::suts() const
{
    QList<PlanHost> out;
    for (const PlanHost& h : hosts) {
        if (h.sut) {
            out << h;
        }
    }
    return out;
}

QList<PlanHost> PlanSpec::loadgens() const
{
    QList<PlanHost> out;
    for (const PlanHost& h : hosts) {
        if (h.loadgen && !h.sut) {
            out << h;
        }
    }
    return out;
}

PlanSpecResult readPlanSpec(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return { std::nullopt, path + QStringLiteral(": cannot read the spec: ") + f.errorString() };
    }
    PlanSpec out;
    out.path = path;
    out.bytes = f.readAll();
    const SpecParseResult parsed = parseExperimentSpec(out.bytes, path);
    if (!parsed.spec) {
        return { std::nullopt, parsed.error };
    }
    out.spec = *parsed.spec;
    out.controlPort = out.spec.controlPort;
    for (const HostSpec& h : out.spec.hosts) {
        out.hosts << PlanHost { h.id, h.address, h.hasRole(QStringLiteral("sut")),
            h.hasRole(QStringLiteral("loadgen")) };
    }
    return { out, {} };
}

} // namespace rb::plan
