// SPDX-License-Identifier: GPL-3.0-or-later
// hyperfine --export-markdown: | Command | Mean [ms] | Min [ms] | Max [ms] | Relative |, "mean ± stddev" cells,
// rounded by hyperfine to its display precision. One summary run per command (docs/import.md).
#include "hyperfine.h"
#include "importedrun.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>

namespace rb {
namespace {

QStringList cells(const QString& line)
{
    QString t = line.trimmed();
    if (!t.startsWith(QLatin1Char('|')) || !t.endsWith(QLatin1Char('|')) || t.size() < 2) {
        return {};
    }
    QStringList out = t.mid(1, t.size() - 2).split(QLatin1Char('|'));
    for (QString& c : out) {
        c = c.trimmed();
    }
    return out;
}

class HyperfineMarkdown final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("hyperfine-markdown");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        return head.startsWith("| Command | Mean [") ? 90 : 0;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

struct Column
{
    QString title;
    QString metric; ///< "mean", "min", "max"; empty: not kept
    double msPerUnit = 0;
};

std::optional<QList<Column>> readHeader(const QString& path, const QString& line, ImportError* error)
{
    static const QRegularExpression titled(QStringLiteral("^(Mean|Min|Max) \\[(.+)\\]$"));
    const QStringList head = cells(line);
    if (head.value(0) != QLatin1String("Command") || !head.value(1).startsWith(QLatin1String("Mean ["))) {
        *error = { path, 1, QStringLiteral("header"),
            QStringLiteral("found \"%1\", expected \"| Command | Mean [UNIT] | …\"").arg(line.left(120)) };
        return std::nullopt;
    }
    QList<Column> cols;
    for (const QString& h : head) {
        const auto m = titled.match(h);
        Column c { h, {}, 0 };
        if (m.hasMatch()) {
            c.metric = m.captured(1).toLower();
            c.msPerUnit = importing::msPerUnit(m.captured(2));
            if (c.msPerUnit == 0) {
                *error = { path, 1, h, QStringLiteral("unknown unit \"%1\", expected s, ms or µs").arg(m.captured(2)) };
                return std::nullopt;
            }
        }
        cols << c;
    }
    return cols;
}

std::optional<ResultSet> HyperfineMarkdown::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const auto cols = readHeader(path, lines.value(0), error);
    if (!cols) {
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("hyperfine"), {});
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        const QStringList row = cells(lines[i]);
        if (row.size() != cols->size()) {
            *error = { path, lineNo, {},
                QStringLiteral("found %1 cells, expected %2 (as in the header)").arg(row.size()).arg(cols->size()) };
            return std::nullopt;
        }
        QString command = row[0];
        if (command.size() >= 2 && command.startsWith(QLatin1Char('`')) && command.endsWith(QLatin1Char('`'))) {
            command = command.mid(1, command.size() - 2);
        }
        RunRecord r = importing::makeRun(QStringLiteral("hyperfine"), name(), command, {}, 1);
        for (qsizetype c = 1; c < cols->size(); ++c) {
            const Column& col = cols->at(c);
            if (col.metric.isEmpty()) {
                continue;
            }
            const QStringList parts = row[c].split(QStringLiteral("±"));
            QList<double> values;
            for (const QString& p : parts) {
                bool ok = false;
                values << p.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(values.last() * col.msPerUnit)) { // in ms too
                    *error = { path, lineNo, col.title,
                        QStringLiteral("found \"%1\", expected a number or \"mean ± stddev\"").arg(row[c].left(40)) };
                    return std::nullopt;
                }
            }
            r.measurements << Measurement { QString(QStringLiteral("wall_ms_") + col.metric), values[0] * col.msPerUnit,
                QStringLiteral("ms") };
            if (values.size() > 1) {
                r.measurements << Measurement { QStringLiteral("wall_ms_stddev"), values[1] * col.msPerUnit,
                    QStringLiteral("ms") };
            }
        }
        if (!importing::addUniqueRun(set, r, lineNo, path, error)) {
            return std::nullopt;
        }
    }
    if (set.runs.isEmpty()) {
        *error = { path, int(lines.size()), {}, QStringLiteral("no rows after the header") };
        return std::nullopt;
    }
    return set;
}

} // namespace

std::unique_ptr<Importer> makeHyperfineMarkdownImporter()
{
    return std::make_unique<HyperfineMarkdown>();
}

} // namespace rb
