// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabledata.h"

#include "io/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace rb {

namespace {

QStringList nameKeys(const ExportTable& t)
{
    return t.nameKeys.isEmpty() ? QStringList { QStringLiteral("group") } : t.nameKeys;
}

QStringList nameParts(const ExportTable& t, qsizetype row)
{
    return t.nameKeys.isEmpty() ? QStringList { t.names[row] } : t.nameParts.value(row);
}

bool hasMarks(const ExportTable& t)
{
    return !t.note.isEmpty();
}

QJsonValue nullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString csvText(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    bool number = false;
    text.toDouble(&number);
    return !text.isEmpty() && triggers.contains(text.front()) && !number ? QString(QLatin1Char('\'') + text) : text;
}

QString fullPrecision(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString csvTable(const ExportTable& t)
{
    QStringList header = nameKeys(t);
    for (const ExportColumn& c : t.columns) {
        header << c.key;
    }
    if (hasMarks(t)) {
        header << QStringLiteral("marks");
    }
    QString out = csv::line(header);
    for (qsizetype r = 0; r < t.names.size(); ++r) {
        QStringList cells;
        for (const QString& part : nameParts(t, r)) {
            cells << csvText(part);
        }
        for (const ExportColumn& c : t.columns) {
            const auto& v = c.values[std::size_t(r)];
            cells << (v && std::isfinite(*v) ? fullPrecision(*v) : QString());
        }
        if (hasMarks(t)) {
            cells << t.marks.value(r);
        }
        out += csv::line(cells);
    }
    return out;
}

QString jsonTable(const ExportTable& t, const TableFacts& facts)
{
    QJsonArray columns;
    for (const ExportColumn& c : t.columns) {
        columns.append(QJsonObject { { QStringLiteral("key"), c.key }, { QStringLiteral("header"), c.header },
            { QStringLiteral("decimals"), c.decimals } });
    }
    QJsonArray rows;
    const QStringList keys = nameKeys(t);
    for (qsizetype r = 0; r < t.names.size(); ++r) {
        QJsonObject row;
        const QStringList parts = nameParts(t, r);
        for (qsizetype k = 0; k < keys.size(); ++k) {
            row.insert(keys[k], parts.value(k));
        }
        for (const ExportColumn& c : t.columns) {
            const auto& v = c.values[std::size_t(r)];
            row.insert(c.key, v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
        }
        if (hasMarks(t)) {
            row.insert(QStringLiteral("marks"), t.marks.value(r));
        }
        rows.append(row);
    }
    const QJsonObject o { { QStringLiteral("table"), t.kind }, { QStringLiteral("metric"), nullable(facts.metric) },
        { QStringLiteral("center"), nullable(facts.center) },
        { QStringLiteral("correction"), nullable(facts.correction) },
        { QStringLiteral("baseline"), nullable(facts.baseline) }, { QStringLiteral("caption"), t.caption },
        { QStringLiteral("note"), nullable(t.note) }, { QStringLiteral("columns"), columns },
        { QStringLiteral("rows"), rows } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace rb
