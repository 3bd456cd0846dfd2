// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli fingerprint [--json]: this host's machine and clock status (docs/multi-host.md).
#include "commands.h"
#include "engine/environment.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace rb::cli {

namespace {

QString text(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return QStringLiteral("(unknown)");
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    }
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 19) : v.toString();
}

} // namespace

int runFingerprint(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("This host's machine and clock status (docs/multi-host.md)."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.") });
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    if (!p.positionalArguments().isEmpty()) {
        return badInput(QStringLiteral("fingerprint: takes no arguments"));
    }
    const QJsonObject fp = environmentFingerprint();
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(fp).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (auto it = fp.begin(); it != fp.end(); ++it) {
        if (it.key() != QLatin1String("clock")) {
            out << QStringLiteral("%1: %2\n").arg(it.key(), -16).arg(text(it.value()));
        }
    }
    const QJsonObject clock = fp.value(QStringLiteral("clock")).toObject();
    out << QStringLiteral("clock:\n");
    for (auto it = clock.begin(); it != clock.end(); ++it) {
        out << QStringLiteral("  %1: %2\n").arg(it.key(), -16).arg(text(it.value()));
    }
    return Ok;
}

} // namespace rb::cli
