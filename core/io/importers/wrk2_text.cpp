// SPDX-License-Identifier: GPL-3.0-or-later
// wrk2 text output (giltene/wrk2): wrk's summary lines (wrkformat.cpp) plus, with --latency, one or two
// HdrHistogram blocks (Recorded, and with -U Uncorrected): a percentile list ("%7.3Lf%%" + a wrk unit) and the
// "Detailed Percentile spectrum" of hdr_percentiles_print (CLASSIC; values in ms, not wrk units).
#include "importedrun.h"
#include "wrk2.h"
#include "wrkformat.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>

namespace rb {
namespace {

/// One HdrHistogram block being read.
struct Block
{
    bool recorded = true; ///< false: the -U "Uncorrected Latency" block
    bool inSpectrum = false;
    qint64 previousTotal = 0;
    double previousValue = 0;
    qint64 footerTotal = -1;
    QList<LatencyBucket> buckets;
};

/// "99.900" → "999", "50.000" → "50", "100.000" → "100": the metric suffix of a percentile.
QString percentileName(const QString& text)
{
    QString s = QString::number(text.toDouble(), 'f', 3);
    while (s.endsWith(QLatin1Char('0'))) {
        s.chop(1);
    }
    if (s.endsWith(QLatin1Char('.'))) {
        s.chop(1);
    }
    return s.remove(QLatin1Char('.'));
}

/// A spectrum row, `#[` footer line or the spectrum's heading; false when `text` is none of them.
bool readSpectrum(wrkformat::Summary& s, Block& b, int line, const QString& text)
{
    static const QRegularExpression rowRe(
        QStringLiteral("^([0-9]+\\.[0-9]+)\\s+([01]\\.[0-9]+)\\s+(\\d+)\\s+([0-9]+\\.[0-9]+|inf)$"));
    static const QRegularExpression totalRe(QStringLiteral("^#\\[Max\\s+=\\s+[0-9.]+, Total count\\s+=\\s+(\\d+)\\]$"));
    if (text.isEmpty() || text.startsWith(QLatin1String("Value"))) {
        return true;
    }
    if (text.startsWith(QLatin1String("#["))) {
        if (text.startsWith(QLatin1String("#[Max"))) {
            const auto m = totalRe.match(text);
            if (!m.hasMatch()) {
                s.fail(line, QStringLiteral("Total count"),
                    QStringLiteral("found \"%1\", expected \"#[Max = VALUE, Total count = N]\"").arg(text.left(80)));
                return true;
            }
            b.footerTotal = m.captured(1).toLongLong();
            if (b.footerTotal != b.previousTotal) {
                s.fail(line, QStringLiteral("Total count"),
                    QStringLiteral("found %1, but the spectrum's TotalCount column ends at %2 (edited or cut file?)")
                        .arg(b.footerTotal)
                        .arg(b.previousTotal));
            }
        }
        return true; // #[Mean …] and #[Buckets …]: the Thread Stats row already has the mean
    }
    const auto m = rowRe.match(text);
    if (!m.hasMatch()) {
        s.fail(line, QStringLiteral("Detailed Percentile spectrum"),
            QStringLiteral("found \"%1\", expected \"VALUE(ms) PERCENTILE TOTALCOUNT 1/(1-PERCENTILE)\"")
                .arg(text.left(80)));
        return true;
    }
    const double value = m.captured(1).toDouble();
    const qint64 total = m.captured(3).toLongLong();
    if (total < b.previousTotal || value < b.previousValue) {
        s.fail(line, QStringLiteral("TotalCount"),
            QStringLiteral("found %1 at %2 ms after %3 at %4 ms; expected both to grow down the spectrum")
                .arg(total)
                .arg(value)
                .arg(b.previousTotal)
                .arg(b.previousValue));
        return true;
    }
    if (total > b.previousTotal && b.recorded) {
        b.buckets << LatencyBucket { std::round(value * 1000.0), total - b.previousTotal };
    }
    b.previousTotal = total;
    b.previousValue = value;
    return true;
}

/// The lines of one file, in order: wrk2's blocks here, the rest by wrkformat::Summary.
struct Reader
{
    wrkformat::Summary s;
    std::optional<Block> block;
    QList<LatencyBucket> histogram; ///< the Recorded spectrum, once its block is closed
    qint64 histogramTotal = -1;

    void readLine(int line, const QString& full);
};

void Reader::readLine(int line, const QString& full)
{
    static const QRegularExpression headingRe(QStringLiteral("^Latency Distribution \\(HdrHistogram - (.+)\\)$"));
    static const QRegularExpression pctRe(QStringLiteral("^([0-9]+\\.[0-9]+)%\\s+(\\S+)$"));
    const QString text = full.trimmed();
    if (block && block->inSpectrum && !text.startsWith(QLatin1String("----"))) {
        readSpectrum(s, *block, line, text);
    } else if (block && text.startsWith(QLatin1String("----"))) {
        if (block->footerTotal < 0) {
            s.fail(line, QStringLiteral("Total count"),
                QStringLiteral("found the closing dashes before the \"#[Max = …, Total count = N]\" footer"));
        } else if (block->recorded) {
            histogram = block->buckets;
            histogramTotal = block->footerTotal;
        }
        block.reset();
    } else if (const auto h = headingRe.match(text); h.hasMatch()) {
        block = Block {};
        block->recorded = !h.captured(1).startsWith(QLatin1String("Uncorrected"));
    } else if (block && text == QLatin1String("Detailed Percentile spectrum:")) {
        block->inSpectrum = true;
    } else if (const auto p = pctRe.match(text); block && p.hasMatch()) {
        const QString prefix =
            block->recorded ? QStringLiteral("latency_ms_p") : QStringLiteral("uncorrected_latency_ms_p");
        s.addTime(line, QString(p.captured(1) + QStringLiteral("%")), p.captured(2),
            QString(prefix + percentileName(p.captured(1))));
    } else if (block && !text.isEmpty()) {
        s.fail(line, QStringLiteral("Latency Distribution"),
            QStringLiteral("found \"%1\", expected \"PP.PPP% TIME\" or \"Detailed Percentile spectrum:\"")
                .arg(text.left(80)));
    } else {
        // Thread calibration lines, the shared lines, and anything else (a Lua script's output).
        s.read(line, full);
    }
}

class Wrk2Text final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("wrk2-text");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        if (!wrkformat::hasRunningLine(head)) {
            return 0;
        }
        // wrk prints neither; wrk-text says 95 for the same head.
        return head.contains("Thread calibration: mean lat.") || head.contains("(HdrHistogram - ") ? 97 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> Wrk2Text::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    QList<QByteArray> raw = f.readAll().split('\n');
    if (!raw.isEmpty() && raw.last().isEmpty()) {
        raw.removeLast();
    }
    Reader reader;
    for (qsizetype i = 0; i < raw.size() && !reader.s.badLine; ++i) {
        reader.readLine(int(i) + 1, QString::fromUtf8(raw[i]));
    }
    wrkformat::Summary& s = reader.s;
    if (reader.block) {
        s.fail(int(raw.size()) + 1, QStringLiteral("Detailed Percentile spectrum"),
            QStringLiteral("not closed by its \"#[… Total count …]\" footer and dashes before the end of the file "
                           "(cut file?)"));
    }
    if (!s.finish(path, int(raw.size()), error)) {
        return std::nullopt;
    }
    if (reader.histogramTotal >= 0) {
        s.add(QStringLiteral("latency_count"), double(reader.histogramTotal), QString());
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("wrk2"), {});
    RunRecord r = importing::makeRun(QStringLiteral("wrk2"), name(), s.url, s.params, 1);
    r.measurements = s.measurements;
    r.latency = reader.histogram;
    importing::addRun(set, r, s.runLine);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeWrk2TextImporter()
{
    return std::make_unique<Wrk2Text>();
}

} // namespace rb
