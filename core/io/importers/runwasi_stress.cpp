// SPDX-License-Identifier: GPL-3.0-or-later
// runwasi stress-test stdout (crates/stress-test/src/main.rs), coloured with ANSI codes:
//   Using image "IMG" with arguments [ARGS]
//   N tasks succeeded                      or   S tasks succeeded, F tasks failed, I tasks didn't finish
//     elapsed time: <humantime>
//     throuput: <f64> tasks/s              (sic; "throughput" is accepted too)
#include "importedrun.h"
#include "runwasi.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace rb {
namespace importing {

std::optional<double> humantimeMs(const QString& text)
{
    // humantime's units; a year is 365.25 days and a month 30.44 days (2 630 016 s), as humantime counts them.
    static const QHash<QString, double> ms { { "years", 31557600e3 }, { "year", 31557600e3 }, { "months", 2630016e3 },
        { "month", 2630016e3 }, { "days", 86400e3 }, { "day", 86400e3 }, { "h", 3600e3 }, { "m", 60e3 }, { "s", 1e3 },
        { "ms", 1 }, { "us", 1e-3 }, { "ns", 1e-6 } };
    static const QRegularExpression part(QStringLiteral("^([0-9]+)([a-z]+)$"));
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return std::nullopt;
    }
    double total = 0;
    for (const QString& p : parts) {
        const auto m = part.match(p);
        if (!m.hasMatch() || !ms.contains(m.captured(2))) {
            return std::nullopt;
        }
        total += m.captured(1).toDouble() * ms.value(m.captured(2));
    }
    return total;
}

QString stripAnsi(const QString& text)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;?]*[A-Za-z]"));
    return QString(text).remove(ansi);
}

} // namespace importing

namespace {

class RunwasiStress final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("runwasi-stress");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        const bool result = head.contains(" tasks succeeded");
        const bool rate = head.contains("throuput: ") || head.contains("throughput: ");
        return result && (rate || head.contains("tasks failed")) ? 90 : (head.contains("Using image \"") ? 60 : 0);
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

/// The run a "tasks succeeded" line starts: `g` captured succeeded[, failed, incomplete].
RunRecord resultRun(const QString& path, const QString& image, const QString& args, int rep,
    const QRegularExpressionMatch& g, bool failedLine)
{
    // stdout names neither the shim nor the mode (mock or containerd): the log's file name stands for them.
    const QJsonObject params { { QStringLiteral("args"), args },
        { QStringLiteral("log"), QFileInfo(path).completeBaseName() } };
    RunRecord run =
        importing::makeRun(QStringLiteral("runwasi-stress"), QStringLiteral("runwasi-stress"), image, params, rep);
    const double failed = failedLine ? g.captured(2).toDouble() : 0;
    const double incomplete = failedLine ? g.captured(3).toDouble() : 0;
    run.measurements << Measurement { QStringLiteral("tasks_succeeded"), g.captured(1).toDouble(),
        QStringLiteral("count") }
                     << Measurement { QStringLiteral("tasks_failed"), failed, QStringLiteral("count") }
                     << Measurement { QStringLiteral("tasks_incomplete"), incomplete, QStringLiteral("count") };
    if (failedLine) {
        run.ok = false;
        run.exitCode = 1;
        run.error = QStringLiteral("%1 tasks failed, %2 tasks didn't finish (stress-test: Some tasks did not succeed)")
                        .arg(failed)
                        .arg(incomplete);
    }
    return run;
}

std::optional<ResultSet> RunwasiStress::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    static const QRegularExpression imageRe(QStringLiteral("^Using image \"([^\"]+)\" with arguments \\[(.*)\\]$"));
    static const QRegularExpression okRe(QStringLiteral("^([0-9]+) tasks succeeded$"));
    static const QRegularExpression failRe(
        QStringLiteral("^([0-9]+) tasks succeeded, ([0-9]+) tasks failed, ([0-9]+) tasks didn't finish$"));
    static const QRegularExpression rateRe(QStringLiteral("^(?:throuput|throughput): (\\S+) tasks/s$"));
    const QList<QByteArray> raw = f.readAll().split('\n');
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("runwasi-stress-test"), {});
    QHash<QString, int> seen;
    QString image = QStringLiteral("unknown-image");
    QString args;
    std::optional<RunRecord> run;
    int runLine = 0;
    const auto finish = [&]() {
        if (run) {
            importing::addRun(set, *run, runLine);
            run.reset();
        }
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int line = int(i) + 1;
        const QString text = importing::stripAnsi(QString::fromUtf8(raw[i])).trimmed();
        QRegularExpressionMatch m;
        const auto fail = [&](const QString& field, const QString& expected) {
            *error = { path, line, field, QStringLiteral("found \"%1\", expected %2").arg(text.left(80), expected) };
            return std::nullopt;
        };
        if (text.startsWith(QLatin1String("Using image "))) {
            if (!(m = imageRe.match(text)).hasMatch()) {
                return fail(QStringLiteral("image"), QStringLiteral("Using image \"IMG\" with arguments [ARGS]"));
            }
            finish();
            image = m.captured(1);
            args = m.captured(2);
        } else if (text.contains(QLatin1String(" tasks succeeded"))) {
            m = okRe.match(text);
            const auto mf = failRe.match(text);
            if (!m.hasMatch() && !mf.hasMatch()) {
                return fail(QStringLiteral("tasks succeeded"),
                    QStringLiteral("\"N tasks succeeded[, F tasks failed, I tasks didn't finish]\""));
            }
            finish();
            const int rep = seen.value(QString(image + args)) + 1;
            seen.insert(QString(image + args), rep);
            run = resultRun(path, image, args, rep, m.hasMatch() ? m : mf, mf.hasMatch());
            runLine = line;
        } else if (text.startsWith(QLatin1String("elapsed time:"))) {
            const auto v = importing::humantimeMs(text.mid(13).trimmed());
            if (!run || !v) {
                return fail(QStringLiteral("elapsed time"),
                    run ? QStringLiteral("a humantime duration such as \"3s 31ms 663us 672ns\"")
                        : QStringLiteral("a \"tasks succeeded\" line before it"));
            }
            run->measurements << Measurement { QStringLiteral("elapsed_ms"), *v, QStringLiteral("ms") };
        } else if (text.startsWith(QLatin1String("throuput:")) || text.startsWith(QLatin1String("throughput:"))) {
            bool ok = false;
            m = rateRe.match(text);
            const double v = m.hasMatch() ? m.captured(1).toDouble(&ok) : 0.0;
            if (!run || !ok) {
                return fail(QStringLiteral("throuput"),
                    run ? QStringLiteral("\"throuput: <number> tasks/s\"")
                        : QStringLiteral("a \"tasks succeeded\" line before it"));
            }
            run->measurements << Measurement { QStringLiteral("throughput_per_s"), v, QStringLiteral("1/s") };
            finish();
        }
    }
    if (run && run->ok) {
        *error = { path, int(raw.size()), QStringLiteral("throuput"),
            QStringLiteral("not found after the \"tasks succeeded\" line at %1 (cut file?)").arg(runLine) };
        return std::nullopt;
    }
    finish();
    if (set.runs.isEmpty()) {
        *error = { path, 1, QStringLiteral("tasks succeeded"),
            QStringLiteral("no \"N tasks succeeded\" line; expected runwasi stress-test stdout") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeRunwasiStressImporter()
{
    return std::make_unique<RunwasiStress>();
}

} // namespace rb
