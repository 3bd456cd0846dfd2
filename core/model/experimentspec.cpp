// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rb {

QString runOrderName(RunOrder order)
{
    switch (order) {
    case RunOrder::Sequential:
        return QStringLiteral("sequential");
    case RunOrder::Interleaved:
        return QStringLiteral("interleaved");
    case RunOrder::Randomised:
        return QStringLiteral("random");
    }
    return {};
}

QString WorkloadRef::label() const
{
    return args.isEmpty() ? name : name + QLatin1Char(' ') + args.join(QLatin1Char(' '));
}

namespace {

const QStringList kKnownKeys = {
    QStringLiteral("name"),
    QStringLiteral("description"),
    QStringLiteral("runtimes"),
    QStringLiteral("workloads"),
    QStringLiteral("scenarios"),
    QStringLiteral("repetitions"),
    QStringLiteral("warmup"),
    QStringLiteral("order"),
    QStringLiteral("seed"),
    QStringLiteral("timeout_s"),
    QStringLiteral("cooldown_s"),
    QStringLiteral("cache"),
    QStringLiteral("$schema"),
};

const QStringList kScenarioKinds = { QStringLiteral("cold-start-exit") };

// Line and column (1-based) of a byte offset, for JSON syntax errors.
QString lineColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(col);
}

struct Parser
{
    QString source;
    QString error;

    bool fail(const QString& field, const QString& what)
    {
        if (error.isEmpty()) {
            error = source + QStringLiteral(": field \"") + field + QStringLiteral("\": ") + what;
        }
        return false;
    }

    bool integer(const QJsonObject& o, const QString& key, int min, int max, int& out)
    {
        if (!o.contains(key)) {
            return true;
        }
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
            return fail(key, QStringLiteral("expected an integer from %1 to %2").arg(min).arg(max));
        }
        out = static_cast<int>(d);
        return true;
    }

    bool number(const QJsonObject& o, const QString& key, double min, double max, double& out)
    {
        if (!o.contains(key)) {
            return true;
        }
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            return fail(key, QStringLiteral("expected a number from %1 to %2").arg(min).arg(max));
        }
        out = v.toDouble();
        return true;
    }

    bool strings(const QJsonObject& o, const QString& key, QStringList& out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().isEmpty()) {
            return fail(key, QStringLiteral("expected a non-empty array of strings"));
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().isEmpty()) {
                return fail(key + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a non-empty string"));
            }
            if (out.contains(a[i].toString())) {
                return fail(
                    key + QStringLiteral("[%1]").arg(i), QStringLiteral("duplicate \"%1\"").arg(a[i].toString()));
            }
            out << a[i].toString();
        }
        return true;
    }

    bool workload(const QJsonValue& v, const QString& field, WorkloadRef& out)
    {
        if (v.isString()) { // "cpu-hash 200000" shorthand
            const QStringList parts = v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.isEmpty()) {
                return fail(field, QStringLiteral("expected a workload name"));
            }
            out.name = parts.first();
            out.args = parts.mid(1);
            return true;
        }
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("name")).isString()) {
            return fail(field, QStringLiteral("expected a string or an object {\"name\": …, \"args\": […]}"));
        }
        out.name = o.value(QStringLiteral("name")).toString();
        const QJsonArray args = o.value(QStringLiteral("args")).toArray();
        for (int i = 0; i < args.size(); ++i) {
            if (!args[i].isString() && !args[i].isDouble()) {
                return fail(field + QStringLiteral(".args[%1]").arg(i), QStringLiteral("expected a string or number"));
            }
            out.args << (args[i].isString() ? args[i].toString() : QString::number(args[i].toDouble(), 'g', 17));
        }
        return true;
    }

    bool scenarios(const QJsonObject& o, QList<ScenarioSpec>& out)
    {
        if (!o.contains(QStringLiteral("scenarios"))) {
            out = { ScenarioSpec { QStringLiteral("cold-start-exit"), {} } };
            return true;
        }
        const QJsonArray a = o.value(QStringLiteral("scenarios")).toArray();
        if (a.isEmpty()) {
            return fail(QStringLiteral("scenarios"), QStringLiteral("expected a non-empty array"));
        }
        for (int i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("scenarios[%1]").arg(i);
            ScenarioSpec s;
            if (a[i].isString()) {
                s.kind = a[i].toString();
            } else {
                s.params = a[i].toObject();
                s.kind = s.params.take(QStringLiteral("kind")).toString();
            }
            if (!kScenarioKinds.contains(s.kind)) {
                return fail(field,
                    QStringLiteral("unknown scenario kind \"%1\" (expected one of: %2)")
                        .arg(s.kind, kScenarioKinds.join(QStringLiteral(", "))));
            }
            out << s;
        }
        return true;
    }
};

} // namespace

SpecParseResult parseExperimentSpec(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        return { std::nullopt,
            sourceName + QStringLiteral(": not valid JSON at ") + lineColumn(json, perr.offset) + QStringLiteral(": ")
                + perr.errorString() };
    }
    if (!doc.isObject()) {
        return { std::nullopt, sourceName + QStringLiteral(": expected a JSON object at the top level") };
    }
    const QJsonObject o = doc.object();
    Parser p { sourceName, {} };
    ExperimentSpec s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kKnownKeys.contains(it.key())) {
            p.fail(it.key(),
                QStringLiteral("unknown field (expected one of: %1)").arg(kKnownKeys.join(QStringLiteral(", "))));
        }
    }
    s.name = o.value(QStringLiteral("name")).toString();
    s.description = o.value(QStringLiteral("description")).toString();
    if (s.name.isEmpty()) {
        p.fail(QStringLiteral("name"), QStringLiteral("expected a non-empty string"));
    }
    p.strings(o, QStringLiteral("runtimes"), s.runtimes);
    const QJsonArray wl = o.value(QStringLiteral("workloads")).toArray();
    if (wl.isEmpty()) {
        p.fail(QStringLiteral("workloads"), QStringLiteral("expected a non-empty array of workloads"));
    }
    for (int i = 0; i < wl.size(); ++i) {
        WorkloadRef w;
        if (p.workload(wl[i], QStringLiteral("workloads[%1]").arg(i), w)) {
            if (s.workloads.contains(w)) {
                p.fail(
                    QStringLiteral("workloads[%1]").arg(i), QStringLiteral("duplicate workload \"%1\"").arg(w.label()));
            }
            s.workloads << w;
        }
    }
    p.scenarios(o, s.scenarios);
    p.integer(o, QStringLiteral("repetitions"), 1, 1000000, s.repetitions);
    p.integer(o, QStringLiteral("warmup"), 0, 10000, s.warmup);
    p.number(o, QStringLiteral("timeout_s"), 0.001, 7 * 24 * 3600.0, s.timeoutS);
    p.number(o, QStringLiteral("cooldown_s"), 0.0, 3600.0, s.cooldownS);
    if (o.contains(QStringLiteral("seed"))) {
        const QJsonValue v = o.value(QStringLiteral("seed"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9007199254740992.0
            || v.toDouble() != qint64(v.toDouble())) {
            p.fail(QStringLiteral("seed"), QStringLiteral("expected a non-negative integer"));
        }
        s.seed = quint64(v.toDouble());
    }
    if (o.contains(QStringLiteral("order"))) {
        const QString ord = o.value(QStringLiteral("order")).toString();
        if (ord == QLatin1String("sequential")) {
            s.order = RunOrder::Sequential;
        } else if (ord == QLatin1String("interleaved")) {
            s.order = RunOrder::Interleaved;
        } else if (ord == QLatin1String("random")) {
            s.order = RunOrder::Randomised;
        } else {
            p.fail(QStringLiteral("order"), QStringLiteral("expected \"sequential\", \"interleaved\" or \"random\""));
        }
    }
    if (o.contains(QStringLiteral("cache"))) {
        const QString c = o.value(QStringLiteral("cache")).toString();
        if (c == QLatin1String("cold")) {
            s.cache = CachePolicy::Cold;
        } else if (c == QLatin1String("warm")) {
            s.cache = CachePolicy::Warm;
        } else {
            p.fail(QStringLiteral("cache"), QStringLiteral("expected \"cold\" or \"warm\""));
        }
    }
    if (!p.error.isEmpty()) {
        return { std::nullopt, p.error };
    }
    return { s, {} };
}

SpecParseResult readExperimentSpec(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return { std::nullopt, path + QStringLiteral(": cannot read: ") + f.errorString() };
    }
    return parseExperimentSpec(f.readAll(), path);
}

QJsonObject ExperimentSpec::toJson() const
{
    QJsonArray wl;
    for (const WorkloadRef& w : workloads) {
        wl.append(QJsonObject {
            { QStringLiteral("name"), w.name }, { QStringLiteral("args"), QJsonArray::fromStringList(w.args) } });
    }
    QJsonArray sc;
    for (const ScenarioSpec& s : scenarios) {
        QJsonObject so = s.params;
        so.insert(QStringLiteral("kind"), s.kind);
        sc.append(so);
    }
    return QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("description"), description },
        { QStringLiteral("runtimes"), QJsonArray::fromStringList(runtimes) },
        { QStringLiteral("workloads"), wl },
        { QStringLiteral("scenarios"), sc },
        { QStringLiteral("repetitions"), repetitions },
        { QStringLiteral("warmup"), warmup },
        { QStringLiteral("order"), runOrderName(order) },
        { QStringLiteral("seed"), double(seed) },
        { QStringLiteral("timeout_s"), timeoutS },
        { QStringLiteral("cooldown_s"), cooldownS },
        { QStringLiteral("cache"), cache == CachePolicy::Cold ? QStringLiteral("cold") : QStringLiteral("warm") },
    };
}

} // namespace rb
