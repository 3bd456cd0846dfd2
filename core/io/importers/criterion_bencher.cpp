// SPDX-License-Identifier: GPL-3.0-or-later
// Criterion.rs bencher output (src/report.rs BencherReport): "test {id} ... " then
// "bench: {:>11} {unit}/iter (+/- {})" with the median and the std_dev point estimates, both as integers with
// thousands separators (format::integer). Other lines of `cargo bench` (compiling, "running N tests", libtest's
// "test x ... ok") are skipped.
#include "criterion.h"
#include "importedrun.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace rb {
namespace {

const QRegularExpression& benchLine()
{
    static const QRegularExpression re(QStringLiteral("^test (.+?) \\.\\.\\. bench:\\s+([0-9][0-9,]*(?:\\.[0-9]+)?) "
                                                      "(\\S+)/iter \\(\\+/- ([0-9][0-9,]*(?:\\.[0-9]+)?)\\)\\s*$"));
    return re;
}

class CriterionBencher final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("criterion-bencher");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        for (const QByteArray& line : head.split('\n')) {
            if (benchLine().match(QString::fromUtf8(line)).hasMatch()) {
                return 90;
            }
        }
        return 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> CriterionBencher::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    const QList<QByteArray> raw = f.readAll().split('\n');
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("criterion"), {});
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString text = QString::fromUtf8(raw[i]).trimmed();
        if (!text.startsWith(QLatin1String("test ")) || !text.contains(QLatin1String(" bench:"))) {
            continue;
        }
        const auto m = benchLine().match(text);
        if (!m.hasMatch()) {
            *error = { path, int(i) + 1, QStringLiteral("bench"),
                QStringLiteral("found \"%1\", expected \"test ID ... bench: N ns/iter (+/- N)\"").arg(text.left(100)) };
            return std::nullopt;
        }
        const importing::UnitMetric um = importing::unitMetric(m.captured(3));
        const double median = QString(m.captured(2)).remove(QLatin1Char(',')).toDouble();
        const double sd = QString(m.captured(4)).remove(QLatin1Char(',')).toDouble();
        const QString id = m.captured(1).trimmed();
        // Counted by the name as the run id writes it (makeRun joins words with single spaces): two spellings of
        // one name ("a  b", "a b") are repetitions of one benchmark, not two runs with one id.
        const int rep = seen.value(id.simplified()) + 1;
        seen.insert(id.simplified(), rep);
        RunRecord r = importing::makeRun(QStringLiteral("criterion"), name(), id, {}, rep);
        r.measurements << Measurement { QString(um.metric + QStringLiteral("_median")), median * um.scale, um.unit }
                       << Measurement { QString(um.metric + QStringLiteral("_stddev")), sd * um.scale, um.unit };
        importing::addRun(set, r, int(i) + 1);
    }
    if (set.runs.isEmpty()) {
        *error = { path, 1, QStringLiteral("bench"), QStringLiteral("no \"test ID ... bench:\" line found") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeCriterionBencherImporter()
{
    return std::make_unique<CriterionBencher>();
}

} // namespace rb
