// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli time [--runs N] [--warmup N] [--ready tcp:HOST:PORT|http:URL|line:REGEX|file:PATH] [--json]
//                   -- CMD ARGS…
#include "commands.h"
#include "measure/readyrun.h"
#include "stats/descriptive.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <csignal>
#include <optional>

namespace rb::cli {

namespace {

std::atomic<bool> g_cancel { false };

extern "C" void onTimeInterrupt(int)
{
    g_cancel.store(true);
}

struct Run
{
    bool ok = false;
    double wallMs = 0;
    std::optional<double> readyMs, userMs, sysMs, maxRssKb;
    std::optional<int> exit;
    QString failure;
};

Run measure(const ProcessRequest& req, const std::optional<ReadinessSpec>& ready, std::chrono::milliseconds grace)
{
    ReadyOutcome o;
    if (ready) {
        o = runUntilReady(req, *ready, grace, &g_cancel);
    } else {
        o.process = runProcess(req, &g_cancel);
    }
    const ProcessOutcome& p = o.process;
    Run r;
    r.ok = ready ? o.ready : p.succeeded();
    r.failure = ready ? o.failure : p.describe(req.timeout);
    r.wallMs = p.wallMs;
    if (ready && o.ready) {
        r.readyMs = o.readyMs;
    }
    const bool reported =
        p.end == ProcessOutcome::End::Exited || (p.end == ProcessOutcome::End::Signalled && p.maxRssKb > 0);
    if (reported) { // the helper reported rusage (not when it was killed with the target)
        r.userMs = p.userMs;
        r.sysMs = p.sysMs;
        r.maxRssKb = double(p.maxRssKb);
    }
    if (p.end == ProcessOutcome::End::Exited) {
        r.exit = p.exitCode;
    } else if (p.end == ProcessOutcome::End::Signalled) {
        r.exit = 128 + p.signal; // the shell's convention
    }
    return r;
}

QJsonValue num(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

// {"mean","sd","median","min","max","p90","p99"} over the successful runs that have the value.
template <typename Field> QJsonValue summary(const std::vector<Run>& runs, Field field)
{
    std::vector<double> v;
    for (const Run& r : runs) {
        const std::optional<double> x = field(r);
        if (r.ok && x) {
            v.push_back(*x);
        }
    }
    if (v.empty()) {
        return QJsonValue();
    }
    std::sort(v.begin(), v.end());
    return QJsonObject { { QStringLiteral("mean"), num(stats::mean(v)) }, { QStringLiteral("sd"), num(stats::sd(v)) },
        { QStringLiteral("median"), stats::quantileSorted(v, 0.5) }, { QStringLiteral("min"), v.front() },
        { QStringLiteral("max"), v.back() }, { QStringLiteral("p90"), stats::quantileSorted(v, 0.9) },
        { QStringLiteral("p99"), stats::quantileSorted(v, 0.99) } };
}

QString row(const QString& name, const QJsonValue& s)
{
    if (!s.isObject()) {
        return QStringLiteral("%1 %2\n").arg(name, -12).arg(QStringLiteral("-"), 10);
    }
    const QJsonObject o = s.toObject();
    QString line = QStringLiteral("%1").arg(name, -12);
    for (const char* key : { "median", "mean", "sd", "min", "max", "p90", "p99" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        line +=
            QStringLiteral(" %1").arg(v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : QStringLiteral("-"), 10);
    }
    return line + QLatin1Char('\n');
}

} // namespace

int runTime(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Runs a command --runs times (after --warmup runs) and reports wall, "
                                               "user and system time, max RSS and, with --ready, time to ready."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("CMD"), QStringLiteral("The command and its arguments, after --."));
    p.addOption({ QStringLiteral("runs"), QStringLiteral("Measured runs (default 10)."), QStringLiteral("N"),
        QStringLiteral("10") });
    p.addOption({ QStringLiteral("warmup"), QStringLiteral("Unrecorded runs first (default 0)."), QStringLiteral("N"),
        QStringLiteral("0") });
    p.addOption({ QStringLiteral("ready"),
        QStringLiteral("End each run when ready: tcp:HOST:PORT, http:URL, line:REGEX or file:PATH."),
        QStringLiteral("SPEC") });
    p.addOption({ QStringLiteral("timeout"), QStringLiteral("Seconds per run (default 60)."), QStringLiteral("S"),
        QStringLiteral("60") });
    p.addOption({ QStringLiteral("grace"), QStringLiteral("Ms between SIGTERM and SIGKILL (default 2000)."),
        QStringLiteral("MS"), QStringLiteral("2000") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout.") });
    if (const auto stop = parseOrExit(p, args)) {
        return *stop;
    }
    bool okRuns = false, okWarmup = false, okTimeout = false, okGrace = false;
    const int runs = p.value(QStringLiteral("runs")).toInt(&okRuns);
    const int warmup = p.value(QStringLiteral("warmup")).toInt(&okWarmup);
    const double timeoutS = p.value(QStringLiteral("timeout")).toDouble(&okTimeout);
    const int graceMs = p.value(QStringLiteral("grace")).toInt(&okGrace);
    if (!okRuns || runs < 1 || !okWarmup || warmup < 0 || !okTimeout || timeoutS <= 0 || !okGrace || graceMs < 0) {
        return badInput(QStringLiteral("time: --runs must be ≥ 1, --warmup ≥ 0, --timeout > 0 and --grace ≥ 0"));
    }
    const QStringList command = p.positionalArguments();
    if (command.isEmpty()) {
        return badInput(QStringLiteral("time: no command given (runbench-cli time [options] -- CMD ARGS…)"));
    }
    std::optional<ReadinessSpec> ready;
    if (p.isSet(QStringLiteral("ready"))) {
        QString error;
        ready = ReadinessSpec::parse(p.value(QStringLiteral("ready")), &error);
        if (!ready) {
            return badInput(QStringLiteral("time: ") + error);
        }
        if (ready->kind == ReadinessSpec::Kind::Exit) {
            ready.reset();
        }
    }
    ProcessRequest req;
    req.argv = command;
    req.timeout = std::chrono::milliseconds(qint64(timeoutS * 1000));
    req.maxCapture = 64 * 1024;
    std::signal(SIGINT, onTimeInterrupt);
    std::signal(SIGTERM, onTimeInterrupt);
    QTextStream err(stderr);
    for (int i = 0; i < warmup && !g_cancel.load(); ++i) {
        measure(req, ready, std::chrono::milliseconds(graceMs));
    }
    std::vector<Run> done;
    done.reserve(size_t(runs));
    for (int i = 0; i < runs && !g_cancel.load(); ++i) {
        done.push_back(measure(req, ready, std::chrono::milliseconds(graceMs)));
        if (!done.back().ok) {
            err << QStringLiteral("run %1: %2\n").arg(i + 1).arg(done.back().failure);
            err.flush();
        }
    }
    const auto okCount = std::count_if(done.begin(), done.end(), [](const Run& r) { return r.ok; });
    QJsonArray samples;
    for (const Run& r : done) {
        samples.append(QJsonObject { { QStringLiteral("wall_ms"), r.wallMs },
            { QStringLiteral("ready_ms"), num(r.readyMs) }, { QStringLiteral("user_ms"), num(r.userMs) },
            { QStringLiteral("sys_ms"), num(r.sysMs) }, { QStringLiteral("max_rss_kb"), num(r.maxRssKb) },
            { QStringLiteral("exit"), r.exit ? QJsonValue(*r.exit) : QJsonValue() } });
    }
    const QJsonObject doc { { QStringLiteral("command"), QJsonArray::fromStringList(command) },
        { QStringLiteral("runs"), int(done.size()) }, { QStringLiteral("ok"), int(okCount) },
        { QStringLiteral("wall_ms"), summary(done, [](const Run& r) { return std::optional<double>(r.wallMs); }) },
        { QStringLiteral("ready_ms"), ready ? summary(done, [](const Run& r) { return r.readyMs; }) : QJsonValue() },
        { QStringLiteral("user_ms"), summary(done, [](const Run& r) { return r.userMs; }) },
        { QStringLiteral("sys_ms"), summary(done, [](const Run& r) { return r.sysMs; }) },
        { QStringLiteral("max_rss_kb"), summary(done, [](const Run& r) { return r.maxRssKb; }) },
        { QStringLiteral("samples"), samples } };
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        out << QStringLiteral("%1 of %2 runs ok\n").arg(okCount).arg(done.size());
        out << QStringLiteral("%1").arg(QString(), -12);
        for (const char* key : { "median", "mean", "sd", "min", "max", "p90", "p99" }) {
            out << QStringLiteral(" %1").arg(QLatin1String(key), 10);
        }
        out << '\n';
        for (const char* key : { "wall_ms", "ready_ms", "user_ms", "sys_ms", "max_rss_kb" }) {
            if (doc.value(QLatin1String(key)).isObject() || QLatin1String(key) != QLatin1String("ready_ms")) {
                out << row(QLatin1String(key), doc.value(QLatin1String(key)));
            }
        }
    }
    return g_cancel.load() || okCount != qsizetype(done.size()) ? WorkFailed : Ok;
}

} // namespace rb::cli
