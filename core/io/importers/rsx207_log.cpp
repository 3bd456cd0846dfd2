// SPDX-License-Identifier: GPL-3.0-or-later
// khvedela/rsx207-wasm-bench run logs (scripts/lib/common.sh, scripts/measure_*.sh): a `==== <kind> run at <TS> ====`
// header, `key: value` header lines, then `key=value` measurement lines. A `*_run_all.log` holds several such logs
// between the driver's `[YYYY-mm-ddTHH:MM:SSZ] ` lines, which lack their newline (docs/import.md).
#include "importedrun.h"
#include "rsx207.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <cmath>

namespace rb {
namespace {

const QRegularExpression kHeaderRe(
    QStringLiteral("==== (\\S.*) run at (\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ) ===="));
const QRegularExpression kDriverRe(QStringLiteral("^\\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\] "));
const QRegularExpression kPathRe(QStringLiteral("results/raw/([^/]+)/([^/]+)/[^/]*_run\\.log$"));

/// The `key: value` lines log_versions() and the scripts write (anything else, e.g. a tool's stderr, is not kept).
const QStringList kHeaderKeys { QStringLiteral("url"), QStringLiteral("host_os"), QStringLiteral("firewall_mode"),
    QStringLiteral("rustc_version"), QStringLiteral("docker_version"), QStringLiteral("wasmtime_version"),
    QStringLiteral("wasmedge_version"), QStringLiteral("wash_version"), QStringLiteral("wasmtime_cache_mode"),
    QStringLiteral("wasmtime_cache_dir"), QStringLiteral("wasmtime_cache_base"), QStringLiteral("image"),
    QStringLiteral("binary"), QStringLiteral("module"), QStringLiteral("component_wasm"), QStringLiteral("iterations"),
    QStringLiteral("runtime"), QStringLiteral("concurrency_list"), QStringLiteral("runs_per_conc"),
    QStringLiteral("base_port"), QStringLiteral("requests_per_instance"), QStringLiteral("bombardier_concurrency"),
    QStringLiteral("DOCKER_COLD"), QStringLiteral("DOCKER_PRUNE") };

/// Measurement lines, by their keys in order (the first one, or two for `run=`, tells them apart).
const QList<QStringList>& kinds()
{
    static const QList<QStringList> k {
        { QStringLiteral("cold_start_ns") },
        { QStringLiteral("cold_start_ms") },
        { QStringLiteral("rss_kb"), QStringLiteral("cpu_pct") },
        { QStringLiteral("throughput_reqs"), QStringLiteral("throughput_conc") },
        { QStringLiteral("throughput_total_s"), QStringLiteral("throughput_rps") },
        { QStringLiteral("req"), QStringLiteral("http_code"), QStringLiteral("latency_ns"),
            QStringLiteral("latency_ms") },
        { QStringLiteral("run"), QStringLiteral("outer_ms"), QStringLiteral("inner_ms"), QStringLiteral("out") },
        { QStringLiteral("run"), QStringLiteral("elapsed_ns"), QStringLiteral("elapsed_ms"), QStringLiteral("out") },
        { QStringLiteral("run"), QStringLiteral("conc"), QStringLiteral("total_ms"), QStringLiteral("total_iters"),
            QStringLiteral("throughput_iter_s"), QStringLiteral("failures") },
        { QStringLiteral("run"), QStringLiteral("conc"), QStringLiteral("total_requests"), QStringLiteral("elapsed_ms"),
            QStringLiteral("throughput_rps"), QStringLiteral("total_rss_kb"), QStringLiteral("avg_rss_kb"),
            QStringLiteral("failures") },
        { QStringLiteral("instance"), QStringLiteral("rps"), QStringLiteral("avg_lat_ns"), QStringLiteral("p50_lat_ns"),
            QStringLiteral("p95_lat_ns"), QStringLiteral("p99_lat_ns") },
    };
    return k;
}

struct Field
{
    QString key;
    QString value;
};

/// `a=1 b=2 out="x y"` → fields (`out` takes the rest of the line, quotes removed); empty when a word has no '='.
QList<Field> splitFields(const QString& text)
{
    QList<Field> out;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), at);
        const qsizetype space = text.indexOf(QLatin1Char(' '), at);
        if (eq < 0 || (space >= 0 && space < eq)) {
            return {};
        }
        const QString key = text.mid(at, eq - at);
        if (key == QLatin1String("out")) {
            QString v = text.mid(eq + 1);
            if (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')) && v.size() >= 2) {
                v = v.mid(1, v.size() - 2);
            }
            out << Field { key, v };
            return out;
        }
        const qsizetype end = space < 0 ? text.size() : space;
        out << Field { key, text.mid(eq + 1, end - eq - 1) };
        at = end + 1;
    }
    return out;
}

/// One embedded run log: what its header says, and the run of its server launch (cold start, snapshot, throughput).
struct Segment
{
    int line = 0;
    QString kind; ///< "docker http-hello", "http-hello scaling", …
    QString ts;
    QJsonObject header;
    std::optional<RunRecord> launch;
    int launchLine = 0;
    double coldStartNs = -1;
    double concurrency = 0; ///< of the last `run= conc=` line, for the `instance=` lines under it
};

class LogReader
{
public:
    LogReader(const QString& path, const QString& format)
        : m_path(path)
        , m_format(format)
        , m_set(importing::makeSet(path, format, QStringLiteral("rsx207"), {}))
    {
        const auto m = kPathRe.match(QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')));
        if (m.hasMatch()) {
            m_pathRuntime = m.captured(1);
            m_pathWorkload = m.captured(2);
        }
    }
    std::optional<ResultSet> read(const QByteArray& bytes, ImportError* error);

private:
    bool line(int number, const QString& text, bool last);
    bool measure(int number, const QList<Field>& f);
    void endSegment();
    RunRecord makeRun(const QString& phase, int repetition, const QJsonObject& extra = {}) const;
    std::optional<double> numberAt(int line, const Field& f, const QString& missingOk = {});
    bool fail(int line, const QString& field, const QString& message)
    {
        if (!m_error.line) {
            m_error = { m_path, line, field, message };
        }
        return false;
    }

    QString m_path;
    QString m_format;
    ResultSet m_set;
    QString m_pathRuntime;
    QString m_pathWorkload;
    std::optional<Segment> m_seg;
    QJsonArray m_segments;
    int m_lastRun = 1; ///< of the last `run= conc=` line
    ImportError m_error;
};

std::optional<ResultSet> LogReader::read(const QByteArray& bytes, ImportError* error)
{
    QList<QByteArray> raw = bytes.split('\n');
    const bool cut = !bytes.isEmpty() && !bytes.endsWith('\n');
    if (!raw.isEmpty() && raw.last().isEmpty()) {
        raw.removeLast();
    }
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString text = QString::fromUtf8(raw[i]);
        text.remove(QLatin1Char('\r'));
        if (!line(int(i) + 1, text, cut && i == raw.size() - 1)) {
            *error = m_error;
            return std::nullopt;
        }
    }
    endSegment();
    if (m_segments.isEmpty()) {
        *error = { m_path, 1, QStringLiteral("header"),
            QStringLiteral("no \"==== <runtime> <workload> run at <UTC TS> ====\" line: not an rsx207 run log") };
        return std::nullopt;
    }
    QJsonArray sources = m_set.experiment.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.first().toObject();
    source.insert(QStringLiteral("logs"), m_segments);
    sources.replace(0, source);
    m_set.experiment.insert(QStringLiteral("sources"), sources);
    if (!importing::checkUniqueRunIds(m_set, m_path, error)) {
        return std::nullopt; // two logs with the same header and time (a copy pasted into a _run_all.log)
    }
    return m_set;
}

bool LogReader::line(int number, const QString& full, bool last)
{
    QString text = full;
    if (kDriverRe.match(text).hasMatch()) {
        // A driver line ends the embedded log before it; a child's first line may be glued to it.
        endSegment();
        const qsizetype at = text.indexOf(QStringLiteral("===="));
        if (at < 0) {
            return true;
        }
        text = text.mid(at);
    }
    const auto h = kHeaderRe.match(text);
    if (h.hasMatch() && h.capturedStart() == 0) {
        endSegment();
        m_seg = Segment { number, h.captured(1), h.captured(2), {}, {}, 0, -1, 0 };
        return true;
    }
    if (!m_seg) {
        return true; // before the first embedded log (driver output, build logs)
    }
    Segment& s = *m_seg;
    static const QRegularExpression headerLine(QStringLiteral("^([A-Za-z_]+)(?:: |=)(.*)$"));
    const auto hm = headerLine.match(text);
    if (hm.hasMatch() && kHeaderKeys.contains(hm.captured(1)) && !text.contains(QLatin1String(" cpu_pct="))) {
        s.header.insert(hm.captured(1), hm.captured(2).trimmed());
        return true;
    }
    if (text.startsWith(QLatin1String("[measure] ERROR: "))) {
        if (!s.launch) {
            s.launch = makeRun(QStringLiteral("launch"), 1);
            s.launchLine = number;
        }
        s.launch->ok = false;
        s.launch->error = text.mid(10);
        return true;
    }
    const QString body = text.startsWith(QLatin1String("[measure] ")) ? text.mid(10) : text;
    const QList<Field> f = splitFields(body);
    bool known = false;
    for (const QStringList& k : kinds()) {
        known = known || (!f.isEmpty() && f.first().key == k.first());
    }
    if (!known) {
        return true; // progress messages, a tool's stderr: not measurements
    }
    if (last) {
        return fail(number, f.last().key,
            QStringLiteral("the file ends in the middle of this line (no newline): a cut write; "
                           "remove the line to import the rest"));
    }
    return measure(number, f);
}

std::optional<double> LogReader::numberAt(int line, const Field& f, const QString& missingOk)
{
    if (!missingOk.isEmpty() && f.value == missingOk) {
        return std::nullopt;
    }
    bool ok = false;
    const double v = f.value.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        fail(line, f.key, QStringLiteral("found \"%1\", expected a number").arg(f.value.left(40)));
        return std::nullopt;
    }
    return v;
}

RunRecord LogReader::makeRun(const QString& phase, int repetition, const QJsonObject& extra) const
{
    const Segment& s = *m_seg;
    QStringList words = s.kind.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString runtime = m_pathRuntime;
    QString workload = m_pathWorkload;
    if (runtime.isEmpty()) {
        const bool scaling = words.size() == 2 && words.last() == QLatin1String("scaling");
        runtime = scaling ? s.header.value(QStringLiteral("runtime")).toString() : words.value(0);
        workload = scaling ? words.join(QLatin1Char('-')) : words.mid(1).join(QLatin1Char('-'));
    }
    QJsonObject params = extra;
    params.insert(QStringLiteral("phase"), phase);
    const QUrl url(s.header.value(QStringLiteral("url")).toString());
    if (url.isValid() && !url.path().isEmpty()) {
        params.insert(QStringLiteral("endpoint"), url.path());
    }
    const auto copy = [&](const char* key, const char* factor) {
        if (s.header.contains(QLatin1String(key))) {
            params.insert(QLatin1String(factor), importing::factorValue(s.header.value(QLatin1String(key)).toString()));
        }
    };
    copy("firewall_mode", "firewall");
    copy("wasmtime_cache_mode", "wasmtime_cache");
    copy("DOCKER_COLD", "docker_cold");
    copy("iterations", "iterations");
    RunRecord r = importing::makeRun(runtime, m_format, workload, params, repetition);
    r.spec.runId += QLatin1Char('@') + s.ts;
    r.startedUtc = QDateTime::fromString(s.ts, QStringLiteral("yyyy-MM-dd'T'HH-mm-ss'Z'"));
    r.startedUtc.setTimeZone(QTimeZone::utc());
    return r;
}

void LogReader::endSegment()
{
    if (!m_seg) {
        return;
    }
    if (m_seg->launch) {
        importing::addRun(m_set, *m_seg->launch, m_seg->launchLine);
    }
    const RunRecord probe = makeRun(QStringLiteral("launch"), 1);
    m_segments << QJsonObject { { QStringLiteral("line"), m_seg->line },
        { QStringLiteral("runtime"), probe.spec.runtime }, { QStringLiteral("workload"), probe.spec.workload.label() },
        { QStringLiteral("started_utc"), m_seg->ts }, { QStringLiteral("header"), m_seg->header } };
    m_seg.reset();
}

bool LogReader::measure(int number, const QList<Field>& f)
{
    // Which kind: the first key, and for `run=` the second (and third); `req=` may carry an unused `path=`.
    QList<Field> fields = f;
    if (fields.first().key == QLatin1String("req") && fields.size() > 1 && fields[1].key == QLatin1String("path")) {
        fields.removeAt(1);
    }
    const QStringList* kind = nullptr;
    int best = -1;
    for (const QStringList& k : kinds()) {
        int same = 0;
        while (same < k.size() && same < fields.size() && k[same] == fields[same].key) {
            ++same;
        }
        if (k.first() == fields.first().key && same > best) {
            kind = &k;
            best = same;
        }
    }
    if (best < kind->size() || fields.size() != kind->size()) {
        const QString at = best < fields.size() ? fields[best].key : QStringLiteral("end of line");
        return fail(number, at,
            QStringLiteral("unexpected here: this line reads \"%1=…\"").arg(kind->join(QStringLiteral("=… "))));
    }
    QHash<QString, double> v;
    for (const Field& field : fields) {
        const char* missingOk = field.key == QLatin1String("cpu_pct") ? "/"
            : field.key == QLatin1String("inner_ms")                  ? "NA"
                                                                      : "";
        if (field.key == QLatin1String("out")) {
            continue;
        }
        const auto n = numberAt(number, field, QLatin1String(missingOk));
        if (m_error.line) {
            return false;
        }
        if (n) {
            v.insert(field.key, *n);
        }
        // Run, request and instance numbers, HTTP codes and concurrency are whole numbers used as such.
        static const QStringList counts { QStringLiteral("req"), QStringLiteral("run"), QStringLiteral("instance"),
            QStringLiteral("http_code"), QStringLiteral("conc") };
        if (n && counts.contains(field.key) && (*n < 0 || *n > 1e9 || *n != std::floor(*n))) {
            return fail(number, field.key,
                QStringLiteral("found %1, expected a whole number from 0 to 10^9").arg(field.value.left(40)));
        }
    }
    Segment& s = *m_seg;
    const QString first = fields.first().key;
    const auto launch = [&]() -> RunRecord& {
        if (!s.launch) {
            s.launch = makeRun(QStringLiteral("launch"), 1);
            s.launchLine = number;
        }
        return *s.launch;
    };
    const auto add = [](RunRecord& r, const char* metric, double value, const char* unit) {
        r.measurements << Measurement { QLatin1String(metric), value, QLatin1String(unit) };
    };
    if (first == QLatin1String("cold_start_ns")) {
        s.coldStartNs = v.value(first);
        add(launch(), "cold_start_ms", s.coldStartNs / 1e6, "ms");
    } else if (first == QLatin1String("cold_start_ms")) {
        if (s.coldStartNs < 0) {
            add(launch(), "cold_start_ms", v.value(first), "ms");
        } else if (std::abs(s.coldStartNs / 1e6 - v.value(first)) > 0.0006) {
            return fail(number, first,
                QStringLiteral("%1 ms disagrees with cold_start_ns=%2").arg(fields.first().value).arg(s.coldStartNs));
        }
    } else if (first == QLatin1String("rss_kb")) {
        add(launch(), "rss_kb", v.value(first), "kB");
        if (v.contains(QStringLiteral("cpu_pct"))) { // Docker's is the literal "/": missing, not 0
            add(launch(), "ps_cpu_percent", v.value(QStringLiteral("cpu_pct")), "%");
        }
    } else if (first == QLatin1String("throughput_reqs")) {
        add(launch(), "throughput_requests", v.value(first), "");
        add(launch(), "throughput_concurrency", v.value(QStringLiteral("throughput_conc")), "");
    } else if (first == QLatin1String("throughput_total_s")) {
        add(launch(), "throughput_ms", v.value(first) * 1000.0, "ms");
        add(launch(), "throughput_rps", v.value(QStringLiteral("throughput_rps")), "1/s");
    } else if (first == QLatin1String("req")) {
        RunRecord r = makeRun(QStringLiteral("request"), int(v.value(first)));
        const int code = int(v.value(QStringLiteral("http_code")));
        add(r, "latency_ms", v.value(QStringLiteral("latency_ns")) / 1e6, "ms");
        add(r, "http_code", code, "");
        r.ok = code == 200;
        r.error = r.ok ? QString() : QStringLiteral("HTTP %1").arg(fields[1].value);
        importing::addRun(m_set, r, number);
    } else if (first == QLatin1String("instance")) {
        // bombardier's latencies are µs although the script names them _ns; `rps` is always 0 (a scrape that
        // cannot match) and is not kept.
        RunRecord r =
            makeRun(QStringLiteral("scaling-instance"), 1, { { QStringLiteral("concurrency"), s.concurrency } });
        const int instance = int(v.value(first));
        r.spec.instance = instance;
        r.spec.runId.replace(QStringLiteral("/r1@"), QStringLiteral("/r%1.i%2@").arg(m_lastRun).arg(instance));
        r.spec.repetition = m_lastRun;
        add(r, "latency_ms_mean", v.value(QStringLiteral("avg_lat_ns")) / 1000.0, "ms");
        add(r, "latency_ms_p50", v.value(QStringLiteral("p50_lat_ns")) / 1000.0, "ms");
        add(r, "latency_ms_p95", v.value(QStringLiteral("p95_lat_ns")) / 1000.0, "ms");
        add(r, "latency_ms_p99", v.value(QStringLiteral("p99_lat_ns")) / 1000.0, "ms");
        importing::addRun(m_set, r, number);
    } else if (fields[1].key == QLatin1String("conc")) {
        s.concurrency = v.value(QStringLiteral("conc"));
        m_lastRun = int(v.value(first));
        RunRecord r =
            makeRun(QStringLiteral("scaling"), m_lastRun, { { QStringLiteral("concurrency"), s.concurrency } });
        const bool cpu = fields[2].key == QLatin1String("total_ms");
        for (qsizetype c = 2; c < fields.size(); ++c) {
            const QString& key = fields[c].key;
            const QString unit = key.endsWith(QLatin1String("_ms")) ? QStringLiteral("ms")
                : key.endsWith(QLatin1String("_kb"))                ? QStringLiteral("kB")
                : key.startsWith(QLatin1String("throughput"))       ? QStringLiteral("1/s")
                                                                    : QString();
            const QString metric = key == QLatin1String("throughput_iter_s") ? QStringLiteral("throughput_iter_per_s")
                : (cpu && key == QLatin1String("total_ms"))                  ? QStringLiteral("wall_ms")
                : (!cpu && key == QLatin1String("elapsed_ms"))               ? QStringLiteral("wall_ms")
                                                                             : key;
            r.measurements << Measurement { metric, v.value(key), unit };
        }
        r.ok = v.value(QStringLiteral("failures")) == 0;
        r.error = r.ok ? QString() : QStringLiteral("%1 of the copies failed").arg(fields.last().value);
        importing::addRun(m_set, r, number);
    } else { // run= outer_ms= inner_ms= out= (cpu-hash) or run= elapsed_ns= elapsed_ms= out= (hello-wasm)
        RunRecord r = makeRun(QStringLiteral("run"), int(v.value(first)));
        const bool hello = fields[1].key == QLatin1String("elapsed_ns");
        add(r, "wall_ms", hello ? v.value(QStringLiteral("elapsed_ns")) / 1e6 : v.value(QStringLiteral("outer_ms")),
            "ms");
        if (v.contains(QStringLiteral("inner_ms"))) { // "NA" on macOS (BSD sed): missing
            add(r, "inner_ms", v.value(QStringLiteral("inner_ms")), "ms");
        }
        importing::addRun(m_set, r, number);
    }
    return true;
}

class Rsx207Log final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("rsx207-log");
    }
    int sniff(const QString& path, const QByteArray& head) const override
    {
        const QString text = QString::fromUtf8(head);
        if (kHeaderRe.match(text).hasMatch()) {
            return 90;
        }
        static const QRegularExpression driver(
            QStringLiteral("^\\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\] (Starting full benchmark run|RUN)"));
        return driver.match(text).hasMatch() ? (path.endsWith(QLatin1String("_run_all.log")) ? 85 : 70) : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override
    {
        QFile f(path);
        if (!importing::openForReading(f, error)) {
            return std::nullopt;
        }
        LogReader reader(path, name());
        const QByteArray bytes = f.readAll();
        auto set = reader.read(bytes, error);
        const auto unnamed = set ? std::find_if(set->runs.begin(), set->runs.end(),
                                 [](const RunRecord& r) { return r.spec.runtime.isEmpty(); })
                                 : QList<RunRecord>::iterator {};
        if (set && unnamed != set->runs.end()) {
            *error = { path, 1, QStringLiteral("header"),
                QStringLiteral("no runtime: expected \"==== <runtime> <workload> run at <time> ====\" (or a "
                               "\"runtime:\" line for scaling logs), or the file below results/raw/<runtime>/") };
            return std::nullopt;
        }
        if (set && set->runs.isEmpty()) {
            // Headers, but the measurements never came (a script stopped before its first, or a cut file).
            *error = { path, int(bytes.count('\n')) + 1, {},
                QStringLiteral("no measurement line (cold_start_ns=, req=, run=, instance=, …) in the file") };
            return std::nullopt;
        }
        return set;
    }
};

} // namespace
std::unique_ptr<Importer> makeRsx207LogImporter()
{
    return std::make_unique<Rsx207Log>();
}

} // namespace rb
