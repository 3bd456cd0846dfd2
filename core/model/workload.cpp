// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb {

QByteArray sha256ChainHex(qint64 iterations)
{
    QByteArray buf(32, '\0');
    for (qint64 i = 0; i < iterations; ++i) {
        buf = QCryptographicHash::hash(buf, QCryptographicHash::Sha256);
    }
    return buf.toHex();
}

QString workloadBuildName(WorkloadBuild build)
{
    switch (build) {
    case WorkloadBuild::Native:
        return QStringLiteral("native");
    case WorkloadBuild::Static:
        return QStringLiteral("static");
    case WorkloadBuild::Wasm:
        return QStringLiteral("wasm32-wasi");
    }
    return {};
}

int WorkloadDef::serverPort(const QStringList& args) const
{
    const qsizetype i = argNames.indexOf(QStringLiteral("PORT"));
    bool ok = false;
    const int port = i >= 0 ? args.value(i).toInt(&ok) : 0;
    return ok && port > 0 && port <= 65535 ? port : kDefaultServerPort;
}

QString WorkloadDef::validateArgs(const QStringList& args) const
{
    if (args.size() < minArgs || args.size() > maxArgs) {
        const QString names = argNames.isEmpty() ? QStringLiteral("no arguments") : argNames.join(QLatin1Char(' '));
        return QStringLiteral("workload \"%1\" takes %2 argument(s) (%3), got %4")
            .arg(name)
            .arg(minArgs == maxArgs ? QString::number(minArgs) : QStringLiteral("%1–%2").arg(minArgs).arg(maxArgs),
                names)
            .arg(args.size());
    }
    if (check == OutputCheck::Sha256Chain) {
        bool ok = false;
        const qint64 n = args.value(0).toLongLong(&ok);
        if (!ok || n < 0) {
            return QStringLiteral("workload \"%1\": argument N must be a non-negative integer, got \"%2\"")
                .arg(name, args.value(0));
        }
    }
    return {};
}

QString WorkloadDef::checkOutput(const QStringList& args, const QByteArray& stdoutData) const
{
    QByteArray got = stdoutData;
    if (got.endsWith('\n')) {
        got.chop(1);
    }
    QByteArray want;
    switch (check) {
    case OutputCheck::None:
        return {};
    case OutputCheck::Exact:
        want = expected.toUtf8();
        break;
    case OutputCheck::Sha256Chain:
        want = sha256ChainHex(args.value(0).toLongLong());
        break;
    }
    if (got == want) {
        return {};
    }
    // Returns QString explicitly: a lambda returning `a + b` would return a QStringBuilder that
    // points at temporaries (GCC 12 -O2 rightly flags it as dangling).
    const auto shown = [](const QByteArray& b) -> QString {
        QString s = QString::fromUtf8(b.left(80)).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        if (b.size() > 80) {
            s += QStringLiteral("…");
        }
        return s;
    };
    return QStringLiteral("unexpected output: expected \"%1\", got \"%2\"").arg(shown(want), shown(got));
}

WorkloadCatalog WorkloadCatalog::load(const QString& dataDir, QString* error)
{
    WorkloadCatalog cat;
    const QString path = dataDir + QStringLiteral("/workloads/workloads.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = path + QStringLiteral(": cannot read: ") + f.errorString();
        }
        return cat;
    }
    const QJsonArray arr = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("workloads")).toArray();
    for (const QJsonValue& v : arr) {
        const QJsonObject o = v.toObject();
        WorkloadDef w;
        w.name = o.value(QStringLiteral("name")).toString();
        w.description = o.value(QStringLiteral("description")).toString();
        for (const QJsonValue& a : o.value(QStringLiteral("args")).toArray()) {
            w.argNames << a.toString();
        }
        w.maxArgs = int(w.argNames.size());
        w.minArgs = o.value(QStringLiteral("min_args")).toInt(w.maxArgs);
        const QString check = o.value(QStringLiteral("check")).toString();
        w.check = check == QLatin1String("exact")    ? OutputCheck::Exact
            : check == QLatin1String("sha256-chain") ? OutputCheck::Sha256Chain
                                                     : OutputCheck::None;
        w.expected = o.value(QStringLiteral("expected")).toString();
        w.server = o.value(QStringLiteral("server")).toBool();
        w.readyLine = o.value(QStringLiteral("ready_line")).toString();
        const QString native = dataDir + QStringLiteral("/workloads/native/") + w.name;
        const QString wasm = dataDir + QStringLiteral("/workloads/wasm/") + w.name + QStringLiteral(".wasm");
        if (QFileInfo(native).isExecutable()) {
            w.nativePath = native;
        }
        if (QFileInfo::exists(wasm)) {
            w.wasmPath = wasm;
        }
        const QString stat = dataDir + QStringLiteral("/workloads/static/") + w.name;
        if (QFileInfo(stat).isExecutable()) {
            w.staticPath = stat;
        }
        if (!w.name.isEmpty()) {
            cat.m_workloads << w;
        }
    }
    if (cat.m_workloads.isEmpty() && error) {
        *error = path + QStringLiteral(": no workloads listed");
    }
    return cat;
}

std::optional<WorkloadDef> WorkloadCatalog::find(const QString& name) const
{
    for (const WorkloadDef& w : m_workloads) {
        if (w.name == name) {
            return w;
        }
    }
    return std::nullopt;
}

QStringList WorkloadCatalog::names() const
{
    QStringList n;
    for (const WorkloadDef& w : m_workloads) {
        n << w.name;
    }
    return n;
}

} // namespace rb
