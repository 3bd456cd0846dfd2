// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

namespace rb {

QString markdownEscape(const QString& text)
{
    static const QString special = QStringLiteral("\\|*_`[]<>#~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c)) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

QString markdownTable(const ExportTable& t)
{
    std::vector<std::vector<bool>> best;
    QStringList header { markdownEscape(t.nameHeader) };
    QStringList rule { QStringLiteral(":---") };
    for (const ExportColumn& c : t.columns) {
        header << markdownEscape(c.header);
        rule << QStringLiteral("---:");
        best.push_back(c.highlightBest ? bestRows(c) : std::vector<bool>(c.values.size(), false));
    }
    QString out;
    out += markdownEscape(t.caption) + QStringLiteral("\n\n");
    out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    out += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (qsizetype r = 0; r < t.names.size(); ++r) {
        QStringList cells { markdownEscape(t.names[r]) + markdownEscape(t.marks[r]) };
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const QString number = formatCell(t.columns[c], std::size_t(r));
            if (number.isEmpty()) {
                cells << QStringLiteral("—");
                continue;
            }
            cells << (best[c][std::size_t(r)] ? QString(QStringLiteral("**") + number + QStringLiteral("**")) : number);
        }
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    if (!t.note.isEmpty()) {
        out += QLatin1Char('\n') + markdownEscape(t.note) + QLatin1Char('\n');
    }
    return out;
}

} // namespace rb
