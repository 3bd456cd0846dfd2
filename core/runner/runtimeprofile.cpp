// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimeprofile.h"

#include "measure/processlauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <utility>

namespace rb {

namespace {

QStringList stringList(const QJsonValue& v, bool* ok)
{
    QStringList out;
    *ok = v.isArray();
    for (const QJsonValue& x : v.toArray()) {
        if (!x.isString()) {
            *ok = false;
        }
        out << x.toString();
    }
    return out;
}

/// A field of a profile and what is wrong with it; an empty field means no error.
using FieldError = std::pair<QString, QString>;

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return re;
}

bool startsModule(const QStringList& tmpl)
{
    const QString text = tmpl.join(QLatin1Char(' '));
    return text.contains(QStringLiteral("{module}")) || text.contains(QStringLiteral("{artefact}"));
}

bool usesPort(const QStringList& tmpl)
{
    return tmpl.join(QLatin1Char(' ')).contains(QStringLiteral("{port}"));
}

// Reads the profile's "serve" object.
FieldError readServe(const QJsonValue& v, WorkloadBuild build, std::optional<ProfileServe>* serve)
{
    if (v.isUndefined()) {
        return {};
    }
    if (build != WorkloadBuild::Wasm) {
        return { QStringLiteral("serve"),
            QStringLiteral("only wasm profiles have one (a native profile's run template starts a server itself)") };
    }
    const QJsonObject o = v.toObject();
    ProfileServe s;
    s.build = o.value(QStringLiteral("build")).toString();
    static const QRegularExpression buildRe(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!buildRe.match(s.build).hasMatch()) {
        return { QStringLiteral("serve.build"),
            QStringLiteral("expected the name of a wasm build of server workloads, e.g. \"wasi-sockets\"") };
    }
    bool ok = false;
    s.runTemplate = stringList(o.value(QStringLiteral("run")), &ok);
    if (!ok || !startsModule(s.runTemplate) || !usesPort(s.runTemplate)) {
        return { QStringLiteral("serve.run"),
            QStringLiteral("expected an array of strings that uses {module} (or {artefact}) and {port}") };
    }
    *serve = s;
    return {};
}

// Reads one entry of "variants" of a profile whose run template and serve mode are read.
FieldError readVariant(const QJsonObject& vo, const RuntimeProfile& p, ProfileVariant* pv)
{
    const QString field = QStringLiteral("variants[%1]").arg(p.variants.size());
    bool ok = false;
    pv->id = vo.value(QStringLiteral("id")).toString();
    pv->description = vo.value(QStringLiteral("description")).toString();
    pv->args = stringList(vo.value(QStringLiteral("args")), &ok);
    pv->runTemplate = stringList(vo.value(QStringLiteral("run")), &ok);
    pv->prepareTemplate = stringList(vo.value(QStringLiteral("prepare")), &ok);
    pv->artefactSuffix = vo.value(QStringLiteral("artefact_suffix")).toString(QStringLiteral(".bin"));
    if (!idPattern().match(pv->id).hasMatch()) {
        return { field + QStringLiteral(".id"), QStringLiteral("expected lowercase letters, digits, '.', '_' or '-'") };
    }
    const QString prep = pv->prepareTemplate.join(QLatin1Char(' '));
    const QString run = (pv->runTemplate.isEmpty() ? p.runTemplate : pv->runTemplate).join(QLatin1Char(' '));
    if (!pv->prepareTemplate.isEmpty()
        && (!prep.contains(QStringLiteral("{artefact}")) || !run.contains(QStringLiteral("{artefact}")))) {
        return { field + QStringLiteral(".prepare"),
            QStringLiteral("a prepare step must write {artefact}, and the run template must use it") };
    }
    const QJsonValue serve = vo.value(QStringLiteral("serve"));
    if (!serve.isUndefined()) {
        if (!p.serve) {
            return { field + QStringLiteral(".serve"),
                QStringLiteral("the profile has no \"serve\" for it to override") };
        }
        pv->serveTemplate = stringList(serve.toObject().value(QStringLiteral("run")), &ok);
        if (!ok || !startsModule(pv->serveTemplate) || !usesPort(pv->serveTemplate)) {
            return { field + QStringLiteral(".serve.run"),
                QStringLiteral("expected an array of strings that uses {module} (or {artefact}) and {port}") };
        }
    }
    const QStringList& serveRun = pv->serveTemplate.isEmpty() && p.serve ? p.serve->runTemplate : pv->serveTemplate;
    if (!pv->prepareTemplate.isEmpty() && !serveRun.isEmpty()
        && !serveRun.join(QLatin1Char(' ')).contains(QStringLiteral("{artefact}"))) {
        return { field + QStringLiteral(".serve.run"),
            QStringLiteral("a variant with a prepare step serves its {artefact}: give it its own serve.run") };
    }
    return {};
}

// The line (1-based) where `field` ("variants[1].serve.run") is written: each key of the path is looked for
// after the previous one. 0 when not found (a missing field). Good enough to point a person at the place.
int fieldLine(const QByteArray& json, const QString& field)
{
    if (field.isEmpty()) {
        return 0;
    }
    qsizetype pos = 0;
    for (const QString& part : field.split(QLatin1Char('.'))) {
        const QString key = part.section(QLatin1Char('['), 0, 0);
        const qsizetype at = json.indexOf(QByteArray(QByteArray("\"") + key.toUtf8() + QByteArray("\"")), pos);
        if (at < 0) {
            return pos == 0 ? 0 : int(json.left(pos).count('\n')) + 1;
        }
        pos = at;
    }
    return int(json.left(pos).count('\n')) + 1;
}

} // namespace

std::optional<RuntimeProfile> RuntimeProfile::read(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = path + QStringLiteral(": cannot read: ") + f.errorString();
        }
        return std::nullopt;
    }
    return parse(f.readAll(), path, error);
}

std::optional<RuntimeProfile> RuntimeProfile::parse(const QByteArray& json, const QString& path, QString* error)
{
    auto fail = [&](const QString& field, const QString& what) -> std::optional<RuntimeProfile> {
        if (error) {
            const int line = fieldLine(json, field);
            *error = path + (field.isEmpty() ? QString() : QStringLiteral(": field \"") + field + QLatin1Char('"'))
                + (line > 0 ? QStringLiteral(" (line %1)").arg(line) : QString()) + QStringLiteral(": ") + what;
        }
        return std::nullopt;
    };
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(perr.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf('\n'));
        return fail({},
            QStringLiteral("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(perr.errorString()));
    }
    if (!doc.isObject()) {
        return fail({}, QStringLiteral("expected a JSON object at the top level"));
    }
    const QJsonObject o = doc.object();
    RuntimeProfile p;
    p.file = path;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString(p.id);
    if (!idPattern().match(p.id).hasMatch()) {
        return fail(QStringLiteral("id"), QStringLiteral("expected lowercase letters, digits, '.', '_' or '-'"));
    }
    const QString build = o.value(QStringLiteral("build")).toString(QStringLiteral("wasm"));
    if (build != QLatin1String("wasm") && build != QLatin1String("native")) {
        return fail(QStringLiteral("build"), QStringLiteral("expected \"wasm\" or \"native\""));
    }
    p.build = build == QLatin1String("wasm") ? WorkloadBuild::Wasm : WorkloadBuild::Native;
    const QJsonObject bin = o.value(QStringLiteral("binary")).toObject();
    bool ok = false;
    p.binaryNames = stringList(bin.value(QStringLiteral("names")), &ok);
    if (!ok || p.binaryNames.isEmpty()) {
        return fail(QStringLiteral("binary.names"), QStringLiteral("expected a non-empty array of strings"));
    }
    p.versionArgs = stringList(bin.value(QStringLiteral("version_args")), &ok);
    p.versionRegex = bin.value(QStringLiteral("version_regex")).toString(QStringLiteral("(\\d+(?:\\.\\d+)+\\S*)"));
    if (!QRegularExpression(p.versionRegex).isValid()) {
        return fail(QStringLiteral("binary.version_regex"), QStringLiteral("not a valid regular expression"));
    }
    p.runTemplate = stringList(o.value(QStringLiteral("run")), &ok);
    if (!ok || p.runTemplate.isEmpty() || !startsModule(p.runTemplate)) {
        return fail(
            QStringLiteral("run"), QStringLiteral("expected an array of strings that uses {module} (or {artefact})"));
    }
    p.envTemplate = stringList(o.value(QStringLiteral("env")), &ok);
    for (const QString& e : p.envTemplate) {
        if (!e.contains(QLatin1Char('=')) || e.startsWith(QLatin1Char('='))) {
            return fail(QStringLiteral("env"), QStringLiteral("expected \"KEY=VALUE\" strings, found \"%1\"").arg(e));
        }
    }
    if (const auto [field, what] = readServe(o.value(QStringLiteral("serve")), p.build, &p.serve); !field.isEmpty()) {
        return fail(field, what);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("variants")).toArray()) {
        ProfileVariant pv;
        if (const auto [field, what] = readVariant(v.toObject(), p, &pv); !field.isEmpty()) {
            return fail(field, what);
        }
        p.variants << pv;
    }
    if (p.variants.isEmpty()) {
        p.variants << ProfileVariant {};
    }
    return p;
}

namespace {

QStringList expandTemplate(const QStringList& tmpl, const QString& binary, const ProfileVariant& variant,
    const QString& module, const QString& dataDir, const QStringList& args, const QString& artefact,
    const QString& port = {})
{
    QStringList argv;
    for (const QString& t : tmpl) {
        if (t == QLatin1String("{variant_args}")) {
            argv << variant.args;
        } else if (t == QLatin1String("{args}")) {
            argv << args;
        } else {
            QString s = t;
            s.replace(QStringLiteral("{binary}"), binary);
            s.replace(QStringLiteral("{module}"), module);
            s.replace(QStringLiteral("{data}"), dataDir);
            s.replace(QStringLiteral("{artefact}"), artefact);
            if (!port.isNull()) {
                s.replace(QStringLiteral("{port}"), port);
            }
            argv << s;
        }
    }
    return argv;
}

} // namespace

QStringList RuntimeProfile::expandRun(const QString& binary, const ProfileVariant& variant, const QString& module,
    const QString& dataDir, const QStringList& args, const QString& artefact) const
{
    return expandTemplate(variant.runTemplate.isEmpty() ? runTemplate : variant.runTemplate, binary, variant, module,
        dataDir, args, artefact);
}

QStringList RuntimeProfile::expandServe(const QString& binary, const ProfileVariant& variant, const QString& module,
    const QString& dataDir, const QStringList& args, const QString& port, const QString& artefact) const
{
    if (!serve) {
        return {};
    }
    return expandTemplate(variant.serveTemplate.isEmpty() ? serve->runTemplate : variant.serveTemplate, binary, variant,
        module, dataDir, args, artefact, port);
}

QStringList RuntimeProfile::expandEnv(const QString& dataDir, const QString& cacheDir) const
{
    QStringList env;
    for (QString e : envTemplate) {
        e.replace(QStringLiteral("{cache}"), cacheDir);
        e.replace(QStringLiteral("{data}"), dataDir);
        env << e;
    }
    return env;
}

QStringList RuntimeProfile::expandPrepare(const QString& binary, const ProfileVariant& variant, const QString& module,
    const QString& dataDir, const QString& artefact) const
{
    return expandTemplate(variant.prepareTemplate, binary, variant, module, dataDir, {}, artefact);
}

ProbeResult RuntimeProfile::probe() const
{
    ProbeResult r;
    for (const QString& name : binaryNames) {
        const QString found = QFileInfo(name).isAbsolute() ? (QFileInfo(name).isExecutable() ? name : QString())
                                                           : QStandardPaths::findExecutable(name);
        if (!found.isEmpty()) {
            r.binary = found;
            break;
        }
    }
    if (r.binary.isEmpty()) {
        r.binary = binaryNames.join(QStringLiteral(", "));
        r.reason = QStringLiteral("%1 not found (looked for %2 in PATH)").arg(name, r.binary);
        return r;
    }
    if (!versionArgs.isEmpty()) {
        ProcessRequest req;
        req.argv = QStringList { r.binary } + versionArgs;
        req.timeout = std::chrono::milliseconds(5000);
        const ProcessOutcome out = runProcess(req);
        if (!out.succeeded()) {
            r.reason = QStringLiteral("%1 %2: %3")
                           .arg(r.binary, versionArgs.join(QLatin1Char(' ')), out.describe(req.timeout));
            return r;
        }
        const auto m = QRegularExpression(versionRegex).match(QString::fromUtf8(out.stdoutData + out.stderrData));
        r.version = m.hasMatch() ? m.captured(m.lastCapturedIndex() >= 1 ? 1 : 0) : QStringLiteral("unknown");
    }
    r.available = true;
    return r;
}

QList<RuntimeProfile> readProfiles(const QStringList& dirs, QStringList* errors)
{
    QMap<QString, RuntimeProfile> byId;
    for (const QString& dir : dirs) {
        for (const QFileInfo& fi : QDir(dir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QString err;
            if (auto p = RuntimeProfile::read(fi.absoluteFilePath(), &err)) {
                byId.insert(p->id, *p);
            } else if (errors) {
                *errors << err;
            }
        }
    }
    return byId.values();
}

} // namespace rb
