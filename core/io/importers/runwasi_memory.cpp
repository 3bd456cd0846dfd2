// SPDX-License-Identifier: GPL-3.0-or-later
// runwasi shim memory lines (crates/containerd-shimkit/src/sandbox/cli.rs log_mem, read by
// scripts/benchmark-mem.sh from `journalctl -u containerd`), anywhere in a line (journal prefixes vary):
//   Shim peak memory usage was: peak resident set {VmHWM} kB, peak total {VmPeak} kB
//   Zygote peak memory usage was: peak resident set {VmHWM} kB, peak total {VmPeak} kB
// A shim and a zygote line next to each other are one shim run; benchmark-mem.sh reports their VmHWM sum.
#include "importedrun.h"
#include "runwasi.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rb {
namespace {

class RunwasiMemory final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("runwasi-memory");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.contains("peak memory usage was: peak resident set") ? 90 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

struct Line
{
    QString process; // "shim" or "zygote"
    double rss = 0;
    double total = 0;
    QString shim; // the runtime when the line names it (io.containerd.<rt>.v1 or containerd-shim-<rt>-v1)
    int line = 0;
};

std::optional<ResultSet> RunwasiMemory::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    static const QRegularExpression re(
        QStringLiteral("(Shim|Zygote) peak memory usage was: peak resident set ([0-9]+) kB, peak total ([0-9]+) kB"));
    static const QRegularExpression rt(QStringLiteral("io\\.containerd\\.(\\w+)\\.v\\d|containerd-shim-(\\w+)-v\\d"));
    const QList<QByteArray> raw = f.readAll().split('\n');
    QList<Line> lines;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString text = importing::stripAnsi(QString::fromUtf8(raw[i]));
        if (!text.contains(QLatin1String("peak memory usage was:"))) {
            continue;
        }
        const auto m = re.match(text);
        if (!m.hasMatch()) {
            *error = { path, int(i) + 1, QStringLiteral("peak memory usage"),
                QStringLiteral("found \"%1\", expected \"Shim|Zygote peak memory usage was: peak resident set N kB, "
                               "peak total M kB\"")
                    .arg(text.trimmed().left(120)) };
            return std::nullopt;
        }
        const auto r = rt.match(text);
        lines << Line { m.captured(1).toLower(), m.captured(2).toDouble(), m.captured(3).toDouble(),
            r.hasMatch() ? QString(r.captured(1) + r.captured(2)) : QString(), int(i) + 1 };
    }
    if (lines.isEmpty()) {
        *error = { path, 1, QStringLiteral("peak memory usage"),
            QStringLiteral("no \"Shim|Zygote peak memory usage was:\" line found") };
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("runwasi"), {});
    int shimRun = 0;
    const auto add = [&](const QString& process, double rss, double total, const QString& shim, int line) {
        QJsonObject params { { QStringLiteral("process"), process },
            { QStringLiteral("log"), QFileInfo(path).completeBaseName() } };
        if (!shim.isEmpty()) {
            params.insert(QStringLiteral("shim"), shim);
        }
        RunRecord r = importing::makeRun(QStringLiteral("runwasi"), name(), QStringLiteral("shim"), params, shimRun);
        r.measurements << Measurement { QStringLiteral("peak_rss_kb"), rss, QStringLiteral("KiB") }
                       << Measurement { QStringLiteral("peak_total_kb"), total, QStringLiteral("KiB") };
        importing::addRun(set, r, line);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& a = lines[i];
        const bool paired = i + 1 < lines.size() && lines[i + 1].process != a.process;
        ++shimRun;
        add(a.process, a.rss, a.total, a.shim, a.line);
        if (!paired) {
            set.warnings << QStringLiteral("%1:%2: a %3 line without its %4 line next to it: no shim+zygote sum")
                                .arg(path)
                                .arg(a.line)
                                .arg(a.process, a.process == QLatin1String("shim") ? "zygote" : "shim");
            continue;
        }
        const Line& b = lines[++i];
        add(b.process, b.rss, b.total, b.shim.isEmpty() ? a.shim : b.shim, b.line);
        // M3 / benchmark-mem.sh: shim VmHWM + zygote VmHWM (VmPeak summed the same way).
        add(QStringLiteral("shim+zygote"), a.rss + b.rss, a.total + b.total, a.shim.isEmpty() ? b.shim : a.shim,
            a.line);
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeRunwasiMemoryImporter()
{
    return std::make_unique<RunwasiMemory>();
}

} // namespace rb
