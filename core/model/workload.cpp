// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

#include "support/translation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace rb {

namespace {

// Returns QString explicitly: a lambda returning `a + b` would return a QStringBuilder that
// points at temporaries (GCC 12 -O2 rightly flags it as dangling).
QString shown(const QByteArray& b)
{
    QString s = QString::fromUtf8(b.left(80)).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (b.size() > 80) {
        s += QStringLiteral("…");
    }
    return s;
}

// The program prints exact integers with %.17g; the tolerance only forgives another float format.
bool nearlyEqual(double got, qint64 want)
{
    return std::abs(got - double(want)) <= 1e-9 * std::max(1.0, std::abs(double(want)));
}

QString checkMatmul(const QString& arg, const QByteArray& got)
{
    bool ok = false;
    const int n = arg.toInt(&ok);
    if (!ok || n < 1 || n > 4096) {
        return QStringLiteral("cannot check matmul: N must be an integer from 1 to 4096, got \"%1\"").arg(arg);
    }
    static const QRegularExpression line(
        QRegularExpression::anchoredPattern(QStringLiteral("matmul (\\d+): sum=(\\S+) trace=(\\S+)")));
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(got));
    if (!m.hasMatch() || m.captured(1).toInt() != n) {
        return QStringLiteral("unexpected output: expected \"matmul %1: sum=S trace=T\", got \"%2\"")
            .arg(QString::number(n), shown(got));
    }
    const MatmulChecksum want = matmulChecksum(n);
    bool okSum = false, okTrace = false;
    const double sum = m.captured(2).toDouble(&okSum);
    const double trace = m.captured(3).toDouble(&okTrace);
    if (okSum && okTrace && nearlyEqual(sum, want.sum) && nearlyEqual(trace, want.trace)) {
        return {};
    }
    return QStringLiteral("unexpected output: expected \"matmul %1: sum=%2 trace=%3\", got \"%4\"")
        .arg(QString::number(n), QString::number(want.sum), QString::number(want.trace), shown(got));
}

} // namespace

quint64 fibonacci(int n)
{
    Q_ASSERT(n >= 0 && n <= 93);
    quint64 a = 0, b = 1;
    for (int i = 0; i < n; ++i) {
        const quint64 next = a + b; // wraps only past fib(93), which is never returned
        a = b;
        b = next;
    }
    return a;
}

MatmulChecksum matmulChecksum(int n)
{
    const auto a = [](qint64 i, qint64 j) { return (7 * i + 3 * j) % 17 - 8; };
    const auto b = [](qint64 i, qint64 j) { return (5 * i + 11 * j + 1) % 13 - 6; };
    MatmulChecksum c;
    for (qint64 k = 0; k < n; ++k) {
        qint64 colA = 0, rowB = 0;
        for (qint64 i = 0; i < n; ++i) {
            colA += a(i, k);
            rowB += b(k, i);
            c.trace += a(k, i) * b(i, k);
        }
        c.sum += colA * rowB;
    }
    return c;
}

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
        const QString names = argNames.isEmpty() ? TrSpecCheck::tr("no arguments") : argNames.join(QLatin1Char(' '));
        return TrSpecCheck::tr("workload \"%1\" takes %2 argument(s) (%3), got %4")
            .arg(name)
            .arg(minArgs == maxArgs ? QString::number(minArgs) : QStringLiteral("%1–%2").arg(minArgs).arg(maxArgs),
                names)
            .arg(args.size());
    }
    if (check == OutputCheck::Sha256Chain) {
        bool ok = false;
        const qint64 n = args.value(0).toLongLong(&ok);
        if (!ok || n < 0) {
            return TrSpecCheck::tr("workload \"%1\": argument N must be a non-negative integer, got \"%2\"")
                .arg(name, args.value(0));
        }
    }
    for (qsizetype i = 0; argRange && i < args.size(); ++i) {
        bool ok = false;
        const qint64 v = args[i].toLongLong(&ok);
        if (!ok || v < argRange->min || v > argRange->max) {
            return TrSpecCheck::tr("workload \"%1\": argument %2 must be an integer from %3 to %4, got \"%5\"")
                .arg(name, argNames.value(i), QString::number(argRange->min), QString::number(argRange->max), args[i]);
        }
    }
    return {};
}

QString WorkloadDef::patternFor(const QStringList& args) const
{
    QString pattern = expected;
    for (qsizetype i = 0; i < argNames.size(); ++i) {
        pattern.replace(
            QString(QLatin1Char('{') + argNames[i] + QLatin1Char('}')), QRegularExpression::escape(args.value(i)));
    }
    return pattern;
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
    case OutputCheck::Fib: {
        bool ok = false;
        const int n = args.value(0).toInt(&ok);
        if (!ok || n < 0 || n > 93) {
            return QStringLiteral("cannot check fib: N must be an integer from 0 to 93, got \"%1\"").arg(args.value(0));
        }
        want = QByteArray::number(fibonacci(n));
        break;
    }
    case OutputCheck::Matmul:
        return checkMatmul(args.value(0), got);
    case OutputCheck::Regex: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(patternFor(args)));
        if (!re.isValid()) {
            return QStringLiteral("workload \"%1\": bad check pattern \"%2\": %3")
                .arg(name, expected, re.errorString());
        }
        if (re.match(QString::fromUtf8(got)).hasMatch()) {
            return {};
        }
        return QStringLiteral("unexpected output: expected a match of \"%1\", got \"%2\"")
            .arg(re.pattern(), shown(got));
    }
    }
    if (got == want) {
        return {};
    }
    return QStringLiteral("unexpected output: expected \"%1\", got \"%2\"").arg(shown(want), shown(got));
}

namespace {

// <name>.<build>.wasm files in the wasm folder, by build.
QMap<QString, QString> serveBuilds(const QString& wasmDir, const QString& name)
{
    QMap<QString, QString> builds;
    const QString prefix = name + QLatin1Char('.');
    for (const QFileInfo& fi :
        QDir(wasmDir).entryInfoList({ prefix + QStringLiteral("*.wasm") }, QDir::Files, QDir::Name)) {
        const QString build = fi.fileName().mid(prefix.size()).chopped(5);
        if (!build.isEmpty() && !build.contains(QLatin1Char('.'))) {
            builds.insert(build, fi.absoluteFilePath());
        }
    }
    return builds;
}

} // namespace

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
            : check == QLatin1String("fib")          ? OutputCheck::Fib
            : check == QLatin1String("matmul")       ? OutputCheck::Matmul
            : check == QLatin1String("regex")        ? OutputCheck::Regex
                                                     : OutputCheck::None;
        w.expected = o.value(QStringLiteral("expected")).toString();
        const QJsonArray range = o.value(QStringLiteral("arg_range")).toArray();
        if (range.size() == 2) {
            w.argRange = IntRange { range[0].toInteger(), range[1].toInteger() };
        }
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
        if (w.server) {
            w.wasmServeBuilds = serveBuilds(dataDir + QStringLiteral("/workloads/wasm"), w.name);
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
