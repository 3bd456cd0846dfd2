// SPDX-License-Identifier: GPL-3.0-or-later
// GNU `/usr/bin/time -v` output: tab-indented "Key: value" blocks, one per command run, from
// `Command being timed: "…"` to `Exit status: N`; several blocks may follow each other (`-a -o FILE`).
// A "Command exited with non-zero status N" / "Command terminated by signal N" line comes before its block.
#include "importedrun.h"
#include "system.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace rb {
namespace {

struct Field
{
    const char* metric;
    const char* unit;
    double scale; ///< value as printed × scale = value in `unit`
};

/// Every field of GNU time 1.7–1.9 `-v` but the command, the elapsed time and the exit status.
const QHash<QString, Field>& fields()
{
    static const QHash<QString, Field> f {
        { QStringLiteral("User time (seconds)"), { "user_ms", "ms", 1000 } },
        { QStringLiteral("System time (seconds)"), { "sys_ms", "ms", 1000 } },
        { QStringLiteral("Percent of CPU this job got"), { "cpu_percent", "%", 1 } },
        { QStringLiteral("Average shared text size (kbytes)"), { "avg_shared_text_kb", "KiB", 1 } },
        { QStringLiteral("Average unshared data size (kbytes)"), { "avg_unshared_data_kb", "KiB", 1 } },
        { QStringLiteral("Average stack size (kbytes)"), { "avg_stack_kb", "KiB", 1 } },
        { QStringLiteral("Average total size (kbytes)"), { "avg_total_kb", "KiB", 1 } },
        { QStringLiteral("Maximum resident set size (kbytes)"), { "max_rss_kb", "KiB", 1 } },
        { QStringLiteral("Average resident set size (kbytes)"), { "avg_rss_kb", "KiB", 1 } },
        { QStringLiteral("Major (requiring I/O) page faults"), { "major_page_faults", "count", 1 } },
        { QStringLiteral("Minor (reclaiming a frame) page faults"), { "minor_page_faults", "count", 1 } },
        { QStringLiteral("Voluntary context switches"), { "voluntary_context_switches", "count", 1 } },
        { QStringLiteral("Involuntary context switches"), { "involuntary_context_switches", "count", 1 } },
        { QStringLiteral("Swaps"), { "swaps", "count", 1 } },
        { QStringLiteral("File system inputs"), { "fs_inputs", "count", 1 } },
        { QStringLiteral("File system outputs"), { "fs_outputs", "count", 1 } },
        { QStringLiteral("Socket messages sent"), { "socket_messages_sent", "count", 1 } },
        { QStringLiteral("Socket messages received"), { "socket_messages_received", "count", 1 } },
        { QStringLiteral("Signals delivered"), { "signals_delivered", "count", 1 } },
        { QStringLiteral("Page size (bytes)"), { "page_size_bytes", "B", 1 } },
    };
    return f;
}

const QString kCommand = QStringLiteral("Command being timed");
const QString kElapsed = QStringLiteral("Elapsed (wall clock) time (h:mm:ss or m:ss)");
const QString kExit = QStringLiteral("Exit status");

/// "1:02:03" (h:mm:ss, GNU time's form from one hour on) or "1:02.03" (m:ss.cc) → ms. faasm read every value
/// as m:ss, so a run of an hour or more came out 60 times too short; both forms are read here.
std::optional<double> elapsedMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(?:([0-9]+):)?([0-9]+):([0-9]+(?:\\.[0-9]+)?)$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const double hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toDouble();
    return ((hours * 60 + m.captured(2).toDouble()) * 60 + m.captured(3).toDouble()) * 1000;
}

/// One block being read.
struct Block
{
    RunRecord run;
    QString command;
    int line = 0; ///< of "Command being timed"
    bool hasElapsed = false;
};

class TimeVerbose final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("time-verbose");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.contains("\tCommand being timed: \"") ? 95 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;

private:
    /// Reads one "\tKey: value" line into `b`; false with `error` set when the field or value does not read.
    bool readField(const QString& key, const QString& value, Block& b, ImportError* error) const;
};

bool TimeVerbose::readField(const QString& key, const QString& value, Block& b, ImportError* error) const
{
    if (key == kElapsed) {
        const auto ms = elapsedMs(value);
        if (!ms) {
            error->message = QStringLiteral("found \"%1\", expected h:mm:ss or m:ss.cc").arg(value.left(40));
            return false;
        }
        b.run.measurements << Measurement { QStringLiteral("wall_ms"), *ms, QStringLiteral("ms") };
        b.hasElapsed = true;
        return true;
    }
    const auto it = fields().constFind(key);
    if (it == fields().constEnd()) {
        error->message = QStringLiteral("not a field of time -v (see docs/import.md)");
        return false;
    }
    const bool percent = key.startsWith(QLatin1String("Percent"));
    if (percent && value == QLatin1String("?%")) {
        return true; // GNU time prints "?%" when the elapsed time is 0: no value, not 0
    }
    bool ok = false;
    const double v = (percent && value.endsWith(QLatin1Char('%')) ? value.chopped(1) : value).toDouble(&ok);
    if (!ok || v < 0) {
        error->message =
            QStringLiteral("found \"%1\", expected a number%2").arg(value.left(40), percent ? "%" : QString());
        return false;
    }
    b.run.measurements << Measurement { QString::fromLatin1(it->metric), v * it->scale, QString::fromLatin1(it->unit) };
    return true;
}

std::optional<ResultSet> TimeVerbose::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    static const QRegularExpression statusRe(
        QStringLiteral("^Command (exited with non-zero status|terminated by signal) ([0-9]+)$"));
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("time"), {});
    QHash<QString, int> repetitions; // command → runs so far
    std::optional<Block> block;
    QString pendingError; // from a status line before the block
    const QList<QByteArray> lines = f.readAll().split('\n');
    int n = 0;
    for (const QByteArray& raw : lines) {
        ++n;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!raw.startsWith('\t')) {
            if (const auto m = statusRe.match(line); m.hasMatch()) {
                pendingError = m.captured(1).startsWith(QLatin1String("terminated"))
                    ? QString(QStringLiteral("terminated by signal ") + m.captured(2))
                    : QString();
            }
            continue; // the command's own stderr, when time wrote there too
        }
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        const QString key = colon < 0 ? line : line.left(colon);
        const QString value = colon < 0 ? QString() : line.mid(colon + 2);
        *error = { path, n, key, {} };
        if (key == kCommand) {
            if (block) {
                error->field = kExit;
                error->message = QStringLiteral("not found before the next command");
                return std::nullopt;
            }
            if (value.size() < 2 || !value.startsWith(QLatin1Char('"')) || !value.endsWith(QLatin1Char('"'))) {
                error->message = QStringLiteral("found %1, expected the command in double quotes").arg(value.left(40));
                return std::nullopt;
            }
            block = Block {};
            block->command = value.mid(1, value.size() - 2);
            block->line = n;
            block->run = importing::makeRun(
                QStringLiteral("time"), name(), block->command, {}, repetitions.value(block->command) + 1);
        } else if (!block) {
            error->message = QStringLiteral("found before any \"Command being timed\" line");
            return std::nullopt;
        } else if (key == kExit) {
            bool ok = false;
            block->run.exitCode = value.toInt(&ok);
            if (!ok || !block->hasElapsed) {
                error->message = ok ? QStringLiteral("found before the elapsed time line")
                                    : QStringLiteral("found \"%1\", expected a number").arg(value.left(40));
                return std::nullopt;
            }
            if (!pendingError.isEmpty()) {
                block->run.exitCode = -1; // time prints "Exit status: 0" for a signal
            }
            block->run.ok = pendingError.isEmpty() && block->run.exitCode == 0;
            block->run.error = !pendingError.isEmpty() ? pendingError
                : block->run.ok                        ? QString()
                                                       : QStringLiteral("exit status %1").arg(block->run.exitCode);
            repetitions[block->command] += 1;
            importing::addRun(set, block->run, block->line);
            block.reset();
            pendingError.clear();
        } else if (!readField(key, value, *block, error)) {
            return std::nullopt;
        }
    }
    if (block || set.runs.isEmpty()) {
        *error = { path, n, block ? kExit : kCommand, QStringLiteral("not found (a cut file?)") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeTimeVerboseImporter()
{
    return std::make_unique<TimeVerbose>();
}

} // namespace rb
