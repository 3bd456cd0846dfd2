// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace rb::csv {

QString field(const QString& value)
{
    QString v = value;
    // "-inf" is a number (an imported non-finite value, docs/import.md), not a formula.
    if (v.size() > 1 && QStringLiteral("=+-@").contains(v.front()) && !v.at(1).isDigit() && v.at(1) != QLatin1Char('.')
        && v != QLatin1String("-inf")) {
        v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' '));
    if (!quote) {
        return v;
    }
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString line(const QStringList& fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i) {
            out += QLatin1Char(',');
        }
        out += field(fields[i]);
    }
    out += QLatin1Char('\n');
    return out;
}

Reader::Reader(QIODevice* device)
    : m_dev(device)
{
}

bool Reader::readRow(QStringList& row)
{
    row.clear();
    if (m_dev->atEnd()) {
        return false;
    }
    m_rowLine = m_line;
    QByteArray fieldBytes;
    bool inQuotes = false;
    bool wasQuoted = false;
    char c = 0;
    m_terminated = false;
    while (m_dev->getChar(&c)) {
        if (inQuotes) {
            if (c == '"') {
                char next = 0;
                if (m_dev->peek(&next, 1) == 1 && next == '"') {
                    m_dev->getChar(&next);
                    fieldBytes += '"';
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n') {
                    ++m_line;
                }
                fieldBytes += c;
            }
            continue;
        }
        if (c == '"' && fieldBytes.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(fieldBytes);
            fieldBytes.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            ++m_line;
            m_terminated = true;
            break;
        } else if (c != '\r') {
            fieldBytes += c;
        }
    }
    row << QString::fromUtf8(fieldBytes);
    return true;
}

} // namespace rb::csv
