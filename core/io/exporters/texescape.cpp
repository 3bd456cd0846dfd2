// SPDX-License-Identifier: GPL-3.0-or-later
#include "texescape.h"

namespace rb {

QString latexEscape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\textbackslash{}");
            break;
        case '{':
        case '}':
        case '$':
        case '&':
        case '#':
        case '%':
        case '_':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '^':
            out += QLatin1String("\\textasciicircum{}");
            break;
        case '~':
            out += QLatin1String("\\textasciitilde{}");
            break;
        case '<':
            out += QLatin1String("\\textless{}");
            break;
        case '>':
            out += QLatin1String("\\textgreater{}");
            break;
        case '|':
            out += QLatin1String("\\textbar{}");
            break;
        case '\n':
        case '\r':
        case '\t':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString latexLabel(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == ':'
            || u == '-' || u == '_' || u == '.';
        if (!ok) {
            c = QLatin1Char('-');
        }
    }
    return out;
}

} // namespace rb
