// SPDX-License-Identifier: GPL-3.0-or-later
#include "planspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

namespace {

bool parseHost(const QJsonValue& v, const QString& field, PlanHost* h, QString* what)
{
    static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QJsonObject o = v.toObject();
    if (!v.isObject()) {
        *what = QStringLiteral("expected an object {\"id\", \"address\", \"roles\"}");
        return false;
    }
    h->id = o.value(QStringLiteral("id")).toString();
    if (!kId.match(h->id).hasMatch()) {
        *what = QStringLiteral("\"id\": expected a name of letters, digits, '_', '.' or '-'");
        return false;
    }
    h->address = o.value(QStringLiteral("address")).toString(h->id);
    const QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue& r : roles) {
        h->sut = h->sut || r.toString() == QLatin1String("sut");
        h->loadgen = h->loadgen || r.toString() == QLatin1String("loadgen");
        if (r.toString() != QLatin1String("sut") && r.toString() != QLatin1String("loadgen")) {
            *what = QStringLiteral("\"roles\": expected \"sut\" or \"loadgen\", got \"%1\"").arg(r.toString());
            return false;
        }
    }
    if (roles.isEmpty()) {
        *what = QStringLiteral("\"roles\": expected a non-empty array of \"sut\" and \"loadgen\"");
        return false;
    }
    Q_UNUSED(field)
    return true;
}

} // namespace

bool parseSpecHosts(
    const QJsonObject& spec, const QString& source, QList<PlanHost>* hosts, int* controlPort, QString* error)
{
    const QJsonValue port = spec.value(QStringLiteral("control_port"));
    if (!port.isUndefined()) {
        if (!port.isDouble() || port.toDouble() != port.toInt() || port.toInt() < 1 || port.toInt() > 65535) {
            *error = source + QStringLiteral(": control_port: expected a TCP port 1-65535");
            return false;
        }
        *controlPort = port.toInt();
    }
    const QJsonValue list = spec.value(QStringLiteral("hosts"));
    if (!list.isUndefined() && !list.isArray()) {
        *error = source + QStringLiteral(": hosts: expected an array of hosts");
        return false;
    }
    QSet<QString> seen;
    const QJsonArray arr = list.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        PlanHost h;
        QString what;
        const QString field = QStringLiteral("hosts[%1]").arg(i);
        if (!parseHost(arr[i], field, &h, &what)) {
            *error = source + QStringLiteral(": ") + field + QStringLiteral(": ") + what;
            return false;
        }
        if (seen.contains(h.id)) {
            *error = source + QStringLiteral(": ") + field + QStringLiteral(": duplicate host id \"%1\"").arg(h.id);
            return false;
        }
        seen.insert(h.id);
        *hosts << h;
    }
    return true;
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
    QJsonObject o = QJsonDocument::fromJson(out.bytes).object();
    QString error;
    if (!parseSpecHosts(o, path, &out.hosts, &out.controlPort, &error)) {
        return { std::nullopt, error };
    }
    // The experiment itself is checked by the spec parser, which does not know the two fields above yet.
    const bool hasHostFields = o.contains(QStringLiteral("hosts")) || o.contains(QStringLiteral("control_port"));
    o.remove(QStringLiteral("hosts"));
    o.remove(QStringLiteral("control_port"));
    const SpecParseResult parsed = parseExperimentSpec(hasHostFields ? QJsonDocument(o).toJson() : out.bytes, path);
    if (!parsed.spec) {
        return { std::nullopt, parsed.error };
    }
    out.spec = *parsed.spec;
    return { out, {} };
}

} // namespace rb::plan
