// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli load URL (-d SECONDS | -n COUNT) [-c CONNS] [-t THREADS] [--rate RPS] [--json]
#include "commands.h"
#include "measure/httploadgen.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <csignal>
#include <functional>

namespace rb::cli {

namespace {

std::atomic<bool> g_cancel { false };

extern "C" void onLoadInterrupt(int)
{
    g_cancel.store(true); // async-signal-safe; the load threads see it within 50 ms
}

struct Pct
{
    const char* key;
    const char* label;
    double p;
};
constexpr Pct kPercentiles[] = { { "p50", "50%", 50 }, { "p75", "75%", 75 }, { "p90", "90%", 90 }, { "p99", "99%", 99 },
    { "p999", "99.9%", 99.9 }, { "p9999", "99.99%", 99.99 } };

QJsonObject latencyJson(const HdrHistogram& h)
{
    QJsonObject o;
    const auto us = [&](double ns) { return h.count() ? QJsonValue(ns / 1000.0) : QJsonValue(); };
    o.insert(QStringLiteral("min"), us(double(h.min())));
    o.insert(QStringLiteral("mean"), us(h.mean()));
    o.insert(QStringLiteral("sd"), us(h.stddev()));
    for (const Pct& p : kPercentiles) {
        o.insert(QLatin1String(p.key), us(double(h.valueAtPercentile(p.p))));
    }
    o.insert(QStringLiteral("max"), us(double(h.max())));
    return o;
}

QJsonObject reportJson(const LoadConfig& cfg, const LoadResult& r)
{
    const QJsonObject errors { { QStringLiteral("connect"), r.errors.connect },
        { QStringLiteral("read"), r.errors.read }, { QStringLiteral("write"), r.errors.write },
        { QStringLiteral("timeout"), r.errors.timeout }, { QStringLiteral("status"), r.errors.status } };
    return QJsonObject {
        { QStringLiteral("url"), cfg.url.toString() },
        { QStringLiteral("connections"), cfg.connections },
        { QStringLiteral("threads"), cfg.threads },
        { QStringLiteral("duration_s"), r.elapsedS },
        { QStringLiteral("requests"), r.requests },
        { QStringLiteral("bytes"), r.bytes },
        { QStringLiteral("rps"), r.rps() },
        { QStringLiteral("rate"), cfg.rate ? QJsonValue(*cfg.rate) : QJsonValue() },
        { QStringLiteral("achieved_rate"), r.achievedRate },
        { QStringLiteral("late_sends"), r.lateSends },
        { QStringLiteral("errors"), errors },
        { QStringLiteral("latency_us"), latencyJson(r.latency) },
        { QStringLiteral("latency_uncorrected_us"),
            r.openLoop ? QJsonValue(latencyJson(r.latencyUncorrected)) : QJsonValue() },
    };
}

QString fmtTime(double ns)
{
    if (ns < 1e6) {
        return QString::number(ns / 1e3, 'f', 2) + QStringLiteral("us");
    }
    if (ns < 1e9) {
        return QString::number(ns / 1e6, 'f', 2) + QStringLiteral("ms");
    }
    return QString::number(ns / 1e9, 'f', 2) + QStringLiteral("s");
}

QString fmtBytes(double b)
{
    const char* units[] = { "B", "KB", "MB", "GB", "TB" };
    int u = 0;
    while (b >= 1024 && u < 4) {
        b /= 1024;
        ++u;
    }
    return QString::number(b, 'f', 2) + QLatin1String(units[u]);
}

void printLatency(QTextStream& out, const QString& title, const HdrHistogram& h)
{
    out << "  " << title << '\n';
    out << QStringLiteral("    %1 %2 %3 %4\n")
               .arg(QStringLiteral("min"), 10)
               .arg(QStringLiteral("mean"), 10)
               .arg(QStringLiteral("stdev"), 10)
               .arg(QStringLiteral("max"), 10);
    out << QStringLiteral("    %1 %2 %3 %4\n")
               .arg(fmtTime(double(h.min())), 10)
               .arg(fmtTime(h.mean()), 10)
               .arg(fmtTime(h.stddev()), 10)
               .arg(fmtTime(double(h.max())), 10);
    for (const Pct& p : kPercentiles) {
        out << QStringLiteral("    %1 %2\n")
                   .arg(QLatin1String(p.label), 7)
                   .arg(fmtTime(double(h.valueAtPercentile(p.p))), 10);
    }
}

void printReport(QTextStream& out, const LoadConfig& cfg, const LoadResult& r)
{
    out << QStringLiteral("Load test @ %1\n").arg(cfg.url.toString());
    out << QStringLiteral("  %1 threads and %2 connections, %3\n")
               .arg(cfg.threads)
               .arg(cfg.connections)
               .arg(cfg.rate ? QStringLiteral("open loop at %1 req/s").arg(*cfg.rate) : QStringLiteral("closed loop"));
    if (!r.setupError.isEmpty()) {
        out << "  could not run: " << r.setupError << '\n';
    }
    printLatency(out,
        cfg.rate ? QStringLiteral("Latency (corrected, from intended send time)") : QStringLiteral("Latency"),
        r.latency);
    if (r.openLoop) {
        printLatency(out, QStringLiteral("Latency (uncorrected, from actual send)"), r.latencyUncorrected);
    }
    out << QStringLiteral("  %1 requests in %2s, %3 read\n")
               .arg(r.requests)
               .arg(r.elapsedS, 0, 'f', 2)
               .arg(fmtBytes(double(r.bytes)));
    if (r.errors.total() > 0) {
        out << QStringLiteral("  Errors: connect %1, read %2, write %3, timeout %4, status %5\n")
                   .arg(r.errors.connect)
                   .arg(r.errors.read)
                   .arg(r.errors.write)
                   .arg(r.errors.timeout)
                   .arg(r.errors.status);
    }
    if (r.reconnects > 0) {
        out << QStringLiteral("  Reconnects (server closed the connection): %1\n").arg(r.reconnects);
    }
    if (r.openLoop) {
        out << QStringLiteral("  Rate: requested %1/s, achieved %2/s, late sends (> 1 ms) %3\n")
                   .arg(*cfg.rate, 0, 'f', 2)
                   .arg(r.achievedRate, 0, 'f', 2)
                   .arg(r.lateSends);
    }
    out << QStringLiteral("Requests/sec: %1\n").arg(r.rps(), 0, 'f', 2);
    out << QStringLiteral("Transfer/sec: %1\n").arg(fmtBytes(r.elapsedS > 0 ? double(r.bytes) / r.elapsedS : 0.0));
}

/// Fills cfg from the parsed options; returns an error message or empty.
QString configFrom(const QCommandLineParser& p, LoadConfig* cfg)
{
    const auto number = [&](const QString& name, double* out) -> QString {
        bool ok = false;
        *out = p.value(name).toDouble(&ok);
        return ok ? QString() : QStringLiteral("load: --%1 expects a number, got \"%2\"").arg(name, p.value(name));
    };
    if (p.positionalArguments().size() != 1) {
        return QStringLiteral("load: expected exactly one URL");
    }
    cfg->url = QUrl(p.positionalArguments().first(), QUrl::StrictMode);
    if (p.isSet(QStringLiteral("duration")) == p.isSet(QStringLiteral("requests"))) {
        return QStringLiteral("load: give exactly one of -d SECONDS or -n COUNT");
    }
    double v = 0;
    QString err;
    for (const auto& [name, apply] : std::initializer_list<std::pair<QString, std::function<void(double)>>> {
             { QStringLiteral("duration"), [&](double x) { cfg->durationS = x; } },
             { QStringLiteral("requests"), [&](double x) { cfg->requestCount = qint64(x); } },
             { QStringLiteral("connections"), [&](double x) { cfg->connections = int(x); } },
             { QStringLiteral("threads"), [&](double x) { cfg->threads = int(x); } },
             { QStringLiteral("rate"), [&](double x) { cfg->rate = x; } },
             { QStringLiteral("timeout"), [&](double x) { cfg->timeoutS = x; } } }) {
        if (p.isSet(name)) {
            if (!(err = number(name, &v)).isEmpty()) {
                return err;
            }
            if (!(v > 0)) {
                return QStringLiteral("load: --%1 must be positive").arg(name);
            }
            apply(v);
        }
    }
    cfg->method = p.value(QStringLiteral("method")).toLatin1();
    for (const QString& h : p.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return QStringLiteral("load: --header expects \"Name: value\", got \"%1\"").arg(h);
        }
        cfg->headers.append({ h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toLatin1() });
    }
    cfg->body = p.value(QStringLiteral("body")).toUtf8();
    cfg->paths = p.values(QStringLiteral("path"));
    cfg->rawSamplesPath = p.value(QStringLiteral("raw"));
    const QString invalid = validateLoadConfig(*cfg);
    return invalid.isEmpty() ? QString() : QStringLiteral("load: ") + invalid;
}

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("http://host:port/path to load."));
    p.addOption({ { QStringLiteral("d"), QStringLiteral("duration") }, QStringLiteral("Run this many seconds."),
        QStringLiteral("SECONDS") });
    p.addOption({ { QStringLiteral("n"), QStringLiteral("requests") }, QStringLiteral("Make exactly COUNT requests."),
        QStringLiteral("COUNT") });
    p.addOption({ { QStringLiteral("c"), QStringLiteral("connections") },
        QStringLiteral("Connections kept open (default 10)."), QStringLiteral("CONNS"), QStringLiteral("10") });
    p.addOption({ { QStringLiteral("t"), QStringLiteral("threads") }, QStringLiteral("Load threads (default 1)."),
        QStringLiteral("THREADS"), QStringLiteral("1") });
    p.addOption({ QStringLiteral("rate"), QStringLiteral("Open loop at RPS requests/s in total (wrk2 semantics)."),
        QStringLiteral("RPS") });
    p.addOption({ QStringLiteral("timeout"), QStringLiteral("Request timeout in seconds (default 2)."),
        QStringLiteral("SECONDS"), QStringLiteral("2") });
    p.addOption({ { QStringLiteral("m"), QStringLiteral("method") }, QStringLiteral("HTTP method (default GET)."),
        QStringLiteral("METHOD"), QStringLiteral("GET") });
    p.addOption({ { QStringLiteral("H"), QStringLiteral("header") },
        QStringLiteral("Extra request header \"Name: value\" (repeatable)."), QStringLiteral("HEADER") });
    p.addOption({ QStringLiteral("body"), QStringLiteral("Request body."), QStringLiteral("BODY") });
    p.addOption({ QStringLiteral("path"), QStringLiteral("Request path, repeatable: used round robin."),
        QStringLiteral("PATH") });
    p.addOption(
        { QStringLiteral("raw"), QStringLiteral("Stream one CSV line per response to FILE."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print the report as one JSON document on stdout.") });
}

} // namespace

int runLoad(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("HTTP/1.1 load generator (closed loop, or open loop with --rate)."));
    p.addHelpOption();
    addOptions(p);
    if (!p.parse(args)) {
        return badInput(p.errorText());
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    LoadConfig cfg;
    const QString err = configFrom(p, &cfg);
    if (!err.isEmpty()) {
        return badInput(err);
    }
    std::signal(SIGINT, onLoadInterrupt);
    std::signal(SIGTERM, onLoadInterrupt);
    const LoadResult r = runHttpLoad(cfg, &g_cancel);
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(reportJson(cfg, r)).toJson(QJsonDocument::Indented);
    } else {
        printReport(out, cfg, r);
    }
    if (!r.setupError.isEmpty()) {
        QTextStream(stderr) << "runbench-cli: load: " << r.setupError << '\n';
    }
    return (r.errors.total() > 0 || !r.setupError.isEmpty()) ? WorkFailed : Ok;
}

} // namespace rb::cli
