// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentspec.h"

#include "scenariokinds.h"
#include "support/translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

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

QString ScenarioSpec::label() const
{
    QString out = name.isEmpty() ? kind : name;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
            : v.isBool()                  ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                          : v.toString();
        out += QLatin1Char(' ') + it.key() + QLatin1Char('=') + text;
    }
    return out;
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
    QStringLiteral("factors"),
    QStringLiteral("start_daemons"),
    QStringLiteral("hosts"),
    QStringLiteral("control_port"),
    QStringLiteral("$schema"),
};

QStringList kindNames()
{
    QStringList names;
    for (const ScenarioKindDef& k : scenarioKinds()) {
        names << k.kind;
    }
    return names;
}

const QRegularExpression& identifierPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    return re;
}

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
    return TrSpecCheck::tr("line %1, column %2").arg(line).arg(col);
}

struct Parser
{
    QString source;
    QString error;

    bool fail(const QString& field, const QString& what)
    {
        if (error.isEmpty()) {
            //: %1: the file (or "the design"); %2: the field, e.g. scenarios[0].concurrency; %3: what was expected
            error = TrSpecCheck::tr("%1: field \"%2\": %3").arg(source, field, what);
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
            return fail(key, TrSpecCheck::tr("expected an integer from %1 to %2").arg(min).arg(max));
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
            return fail(key, TrSpecCheck::tr("expected a number from %1 to %2").arg(min).arg(max));
        }
        out = v.toDouble();
        return true;
    }

    bool strings(const QJsonObject& o, const QString& key, QStringList& out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().isEmpty()) {
            return fail(key, TrSpecCheck::tr("expected a non-empty array of strings"));
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().isEmpty()) {
                return fail(key + QStringLiteral("[%1]").arg(i), TrSpecCheck::tr("expected a non-empty string"));
            }
            if (out.contains(a[i].toString())) {
                return fail(
                    key + QStringLiteral("[%1]").arg(i), TrSpecCheck::tr("duplicate \"%1\"").arg(a[i].toString()));
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
                return fail(field, TrSpecCheck::tr("expected a workload name"));
            }
            out.name = parts.first();
            out.args = parts.mid(1);
            return true;
        }
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("name")).isString()) {
            return fail(field, TrSpecCheck::tr("expected a string or an object {\"name\": …, \"args\": […]}"));
        }
        out.name = o.value(QStringLiteral("name")).toString();
        const QJsonArray args = o.value(QStringLiteral("args")).toArray();
        for (int i = 0; i < args.size(); ++i) {
            if (!args[i].isString() && !args[i].isDouble()) {
                return fail(field + QStringLiteral(".args[%1]").arg(i), TrSpecCheck::tr("expected a string or number"));
            }
            out.args << (args[i].isString() ? args[i].toString() : QString::number(args[i].toDouble(), 'g', 17));
        }
        return true;
    }

    bool scenarios(const QJsonObject& o, QList<ScenarioSpec>& out)
    {
        const QJsonArray a = o.contains(QStringLiteral("scenarios")) ? o.value(QStringLiteral("scenarios")).toArray()
                                                                     : QJsonArray { QStringLiteral("cold-start-exit") };
        if (a.isEmpty()) {
            return fail(QStringLiteral("scenarios"), TrSpecCheck::tr("expected a non-empty array"));
        }
        for (int i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("scenarios[%1]").arg(i);
            ScenarioSpec s;
            if (a[i].isString()) {
                s.kind = a[i].toString();
            } else if (a[i].isObject()) {
                s.settings = a[i].toObject();
                s.kind = s.settings.take(QStringLiteral("kind")).toString();
                s.name = s.settings.take(QStringLiteral("name")).toString();
            } else {
                return fail(field, TrSpecCheck::tr("expected a kind name or an object {\"kind\": …, parameters…}"));
            }
            const ScenarioKindDef* def = findScenarioKind(s.kind);
            if (!def) {
                return fail(field + QStringLiteral(".kind"),
                    TrSpecCheck::tr("unknown scenario kind \"%1\" (expected one of: %2)")
                        .arg(s.kind, kindNames().join(QStringLiteral(", "))));
            }
            if (s.name.isEmpty()) {
                s.name = s.kind;
            } else if (!identifierPattern().match(s.name).hasMatch()) {
                return fail(field + QStringLiteral(".name"),
                    TrSpecCheck::tr("expected a letter, then letters, digits, '_', '.' or '-'"));
            }
            QString param;
            QString what;
            if (!normaliseScenarioParams(*def, s.settings, &param, &what)) {
                return fail(field + QLatin1Char('.') + param, what);
            }
            for (const ScenarioSpec& earlier : out) {
                if (earlier.name == s.name) {
                    return fail(field + QStringLiteral(".name"),
                        TrSpecCheck::tr("two scenarios are called \"%1\": give one a \"name\"").arg(s.name));
                }
            }
            out << s;
        }
        return true;
    }

    bool commands(const QJsonValue& v, const QString& field, QList<QStringList>& out)
    {
        if (v.isUndefined()) {
            return true;
        }
        const QJsonArray a = v.toArray();
        if (!v.isArray()) {
            return fail(field, TrSpecCheck::tr("expected an array of commands, each an array of strings (argv)"));
        }
        for (int i = 0; i < a.size(); ++i) {
            const QJsonArray argv = a[i].toArray();
            QStringList cmd;
            for (const QJsonValue& e : argv) {
                cmd << e.toString();
            }
            if (!a[i].isArray() || argv.isEmpty() || cmd.contains(QString())) {
                return fail(field + QStringLiteral("[%1]").arg(i),
                    TrSpecCheck::tr("expected a non-empty array of non-empty strings (argv, no shell)"));
            }
            out << cmd;
        }
        return true;
    }

    bool factors(const QJsonObject& o, const QList<ScenarioSpec>& scenarios, QList<UserFactor>& out)
    {
        if (!o.contains(QStringLiteral("factors"))) {
            return true;
        }
        const QJsonArray a = o.value(QStringLiteral("factors")).toArray();
        if (!o.value(QStringLiteral("factors")).isArray()) {
            return fail(QStringLiteral("factors"), TrSpecCheck::tr("expected an array of {\"name\", \"levels\"}"));
        }
        QStringList reserved;
        for (const ScenarioKindDef& k : scenarioKinds()) {
            for (const ScenarioParamDef& d : k.params) {
                reserved << d.levelKey;
            }
        }
        reserved << QStringLiteral("slo_search") << QStringLiteral("host");
        for (int i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("factors[%1]").arg(i);
            const QJsonObject fo = a[i].toObject();
            UserFactor f;
            f.name = fo.value(QStringLiteral("name")).toString();
            if (!identifierPattern().match(f.name).hasMatch() || reserved.contains(f.name)) {
                return fail(field + QStringLiteral(".name"),
                    TrSpecCheck::tr("expected an identifier that is not a scenario level (%1)")
                        .arg(reserved.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", "))));
            }
            for (const UserFactor& g : out) {
                if (g.name == f.name) {
                    return fail(
                        field + QStringLiteral(".name"), TrSpecCheck::tr("duplicate factor \"%1\"").arg(f.name));
                }
            }
            const QJsonArray levels = fo.value(QStringLiteral("levels")).toArray();
            if (levels.isEmpty()) {
                return fail(field + QStringLiteral(".levels"), TrSpecCheck::tr("expected a non-empty array"));
            }
            for (int j = 0; j < levels.size(); ++j) {
                const QString lf = field + QStringLiteral(".levels[%1]").arg(j);
                UserFactorLevel l;
                const QJsonObject lo = levels[j].toObject();
                l.name = levels[j].isString() ? levels[j].toString() : lo.value(QStringLiteral("name")).toString();
                if (l.name.isEmpty()) {
                    return fail(lf, TrSpecCheck::tr("expected a level name or {\"name\", \"setup\", \"teardown\"}"));
                }
                if (!commands(lo.value(QStringLiteral("setup")), lf + QStringLiteral(".setup"), l.setup)
                    || !commands(lo.value(QStringLiteral("teardown")), lf + QStringLiteral(".teardown"), l.teardown)) {
                    return false;
                }
                for (const UserFactorLevel& m : f.levels) {
                    if (m.name == l.name) {
                        return fail(lf, TrSpecCheck::tr("duplicate level \"%1\"").arg(l.name));
                    }
                }
                f.levels << l;
            }
            out << f;
        }
        Q_UNUSED(scenarios)
        return true;
    }

    bool roles(const QJsonValue& v, const QString& field, QStringList& out)
    {
        const QString expected = TrSpecCheck::tr("expected a non-empty array of \"sut\", \"loadgen\" or \"both\"");
        if (!v.isArray() || v.toArray().isEmpty()) {
            return fail(field, expected);
        }
        bool sut = false;
        bool loadgen = false;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString r = a[i].toString();
            if (r == QLatin1String("sut") || r == QLatin1String("both")) {
                sut = true;
            }
            if (r == QLatin1String("loadgen") || r == QLatin1String("both")) {
                loadgen = true;
            }
            if (r != QLatin1String("sut") && r != QLatin1String("loadgen") && r != QLatin1String("both")) {
                return fail(field + QStringLiteral("[%1]").arg(i),
                    TrSpecCheck::tr("unknown role \"%1\" (expected \"sut\", \"loadgen\" or \"both\")")
                        .arg(a[i].isString() ? r : TrSpecCheck::tr("(not a string)")));
            }
        }
        if (sut) {
            out << QStringLiteral("sut");
        }
        if (loadgen) {
            out << QStringLiteral("loadgen");
        }
        return true;
    }

    bool hosts(const QJsonObject& o, QList<HostSpec>& out)
    {
        if (!o.contains(QStringLiteral("hosts"))) {
            return true;
        }
        const QJsonValue v = o.value(QStringLiteral("hosts"));
        if (!v.isArray() || v.toArray().isEmpty()) {
            return fail(QStringLiteral("hosts"),
                TrSpecCheck::tr("expected a non-empty array of {\"id\", \"address\", \"roles\"}"));
        }
        static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("hosts[%1]").arg(i);
            if (!a[i].isObject()) {
                return fail(field, TrSpecCheck::tr("expected an object {\"id\", \"address\", \"roles\"}"));
            }
            const QJsonObject ho = a[i].toObject();
            for (auto it = ho.begin(); it != ho.end(); ++it) {
                if (it.key() != QLatin1String("id") && it.key() != QLatin1String("address")
                    && it.key() != QLatin1String("roles")) {
                    return fail(field + QLatin1Char('.') + it.key(),
                        TrSpecCheck::tr("unknown field (expected one of: id, address, roles)"));
                }
            }
            HostSpec h;
            h.id = ho.value(QStringLiteral("id")).toString();
            if (!idRe.match(h.id).hasMatch()) {
                return fail(field + QStringLiteral(".id"),
                    TrSpecCheck::tr("expected a non-empty string of letters, digits, '_', '.' or '-'"));
            }
            for (const HostSpec& earlier : out) {
                if (earlier.id == h.id) {
                    return fail(field + QStringLiteral(".id"), TrSpecCheck::tr("duplicate host \"%1\"").arg(h.id));
                }
            }
            const QJsonValue addr = ho.value(QStringLiteral("address"));
            if (!addr.isUndefined() && (!addr.isString() || addr.toString().trimmed().isEmpty())) {
                return fail(field + QStringLiteral(".address"), TrSpecCheck::tr("expected an IP address or DNS name"));
            }
            h.address = addr.isString() ? addr.toString().trimmed() : h.id;
            if (!roles(ho.value(QStringLiteral("roles")), field + QStringLiteral(".roles"), h.roles)) {
                return false;
            }
            out << h;
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
        //: %1: the file; %2: "line 3, column 7"; %3: what Qt's JSON parser says
        return { std::nullopt,
            TrSpecCheck::tr("%1: not valid JSON at %2: %3")
                .arg(sourceName, lineColumn(json, perr.offset), perr.errorString()) };
    }
    if (!doc.isObject()) {
        return { std::nullopt, TrSpecCheck::tr("%1: expected a JSON object at the top level").arg(sourceName) };
    }
    const QJsonObject o = doc.object();
    Parser p { sourceName, {} };
    ExperimentSpec s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kKnownKeys.contains(it.key())) {
            p.fail(it.key(),
                TrSpecCheck::tr("unknown field (expected one of: %1)").arg(kKnownKeys.join(QStringLiteral(", "))));
        }
    }
    s.name = o.value(QStringLiteral("name")).toString();
    s.description = o.value(QStringLiteral("description")).toString();
    if (s.name.isEmpty()) {
        p.fail(QStringLiteral("name"), TrSpecCheck::tr("expected a non-empty string"));
    }
    p.strings(o, QStringLiteral("runtimes"), s.runtimes);
    const QJsonArray wl = o.value(QStringLiteral("workloads")).toArray();
    if (wl.isEmpty()) {
        p.fail(QStringLiteral("workloads"), TrSpecCheck::tr("expected a non-empty array of workloads"));
    }
    for (int i = 0; i < wl.size(); ++i) {
        WorkloadRef w;
        if (p.workload(wl[i], QStringLiteral("workloads[%1]").arg(i), w)) {
            if (s.workloads.contains(w)) {
                p.fail(QStringLiteral("workloads[%1]").arg(i),
                    TrSpecCheck::tr("duplicate workload \"%1\"").arg(w.label()));
            }
            s.workloads << w;
        }
    }
    p.scenarios(o, s.scenarios);
    p.factors(o, s.scenarios, s.factors);
    p.integer(o, QStringLiteral("repetitions"), 1, 1000000, s.repetitions);
    p.integer(o, QStringLiteral("warmup"), 0, 10000, s.warmup);
    p.number(o, QStringLiteral("timeout_s"), 0.001, 7 * 24 * 3600.0, s.timeoutS);
    p.number(o, QStringLiteral("cooldown_s"), 0.0, 3600.0, s.cooldownS);
    if (o.contains(QStringLiteral("seed"))) {
        const QJsonValue v = o.value(QStringLiteral("seed"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9007199254740992.0
            || v.toDouble() != qint64(v.toDouble())) {
            p.fail(QStringLiteral("seed"), TrSpecCheck::tr("expected a non-negative integer"));
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
            p.fail(QStringLiteral("order"), TrSpecCheck::tr("expected \"sequential\", \"interleaved\" or \"random\""));
        }
    }
    if (o.contains(QStringLiteral("cache"))) {
        const QString c = o.value(QStringLiteral("cache")).toString();
        if (c == QLatin1String("cold")) {
            s.cache = CachePolicy::Cold;
        } else if (c == QLatin1String("warm")) {
            s.cache = CachePolicy::Warm;
        } else {
            p.fail(QStringLiteral("cache"), TrSpecCheck::tr("expected \"cold\" or \"warm\""));
        }
    }
    if (o.contains(QStringLiteral("start_daemons"))) {
        if (!o.value(QStringLiteral("start_daemons")).isBool()) {
            p.fail(QStringLiteral("start_daemons"), TrSpecCheck::tr("expected true or false"));
        }
        s.startDaemons = o.value(QStringLiteral("start_daemons")).toBool();
    }
    p.hosts(o, s.hosts);
    p.integer(o, QStringLiteral("control_port"), 1, 65535, s.controlPort);
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

const HostSpec* ExperimentSpec::host(const QString& id) const
{
    for (const HostSpec& h : hosts) {
        if (h.id == id) {
            return &h;
        }
    }
    return nullptr;
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
        QJsonObject so = s.settings;
        so.insert(QStringLiteral("kind"), s.kind);
        so.insert(QStringLiteral("name"), s.name);
        sc.append(so);
    }
    QJsonArray fa;
    for (const UserFactor& f : factors) {
        QJsonArray levels;
        for (const UserFactorLevel& l : f.levels) {
            QJsonArray setup;
            QJsonArray teardown;
            for (const QStringList& c : l.setup) {
                setup.append(QJsonArray::fromStringList(c));
            }
            for (const QStringList& c : l.teardown) {
                teardown.append(QJsonArray::fromStringList(c));
            }
            levels.append(QJsonObject { { QStringLiteral("name"), l.name }, { QStringLiteral("setup"), setup },
                { QStringLiteral("teardown"), teardown } });
        }
        fa.append(QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("levels"), levels } });
    }
    QJsonObject out {
        { QStringLiteral("factors"), fa },
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
        { QStringLiteral("start_daemons"), startDaemons },
    };
    if (!hosts.isEmpty()) { // a spec without hosts is written as before they existed
        QJsonArray ha;
        for (const HostSpec& h : hosts) {
            ha.append(QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("address"), h.address },
                { QStringLiteral("roles"), QJsonArray::fromStringList(h.roles) } });
        }
        out.insert(QStringLiteral("hosts"), ha);
        out.insert(QStringLiteral("control_port"), controlPort);
    }
    return out;
}

} // namespace rb
