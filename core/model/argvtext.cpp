// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written: Debian's libraries offer wordexp(3), which expands variables and globs (not wanted: the text is
// argv, not a shell line), and QProcess::splitCommand, which knows neither ';' nor single quotes.
#include "argvtext.h"

#include "support/translation.h"

namespace rb {

ArgvParse parseCommandLine(const QString& text)
{
    ArgvParse out;
    QStringList argv;
    QString word;
    bool inWord = false; // a word has started (an empty "" is a word)
    const auto endWord = [&] {
        if (inWord) {
            argv << word;
        }
        word.clear();
        inWord = false;
    };
    const auto endCommand = [&] {
        endWord();
        if (!argv.isEmpty()) {
            out.commands << argv;
        }
        argv.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                out.error = TrSpecCheck::tr("column %1: the ' opened here is never closed").arg(i + 1);
                return out;
            }
            word += text.mid(i + 1, close - i - 1);
            inWord = true;
            i = close;
        } else if (c == QLatin1Char('"')) {
            const qsizetype open = i;
            inWord = true;
            for (++i; i < text.size() && text[i] != QLatin1Char('"'); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 1 < text.size()
                    && (text[i + 1] == QLatin1Char('"') || text[i + 1] == QLatin1Char('\\'))) {
                    ++i;
                }
                word += text[i];
            }
            if (i >= text.size()) {
                out.error = TrSpecCheck::tr("column %1: the \" opened here is never closed").arg(open + 1);
                return out;
            }
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size()) {
                out.error = TrSpecCheck::tr("column %1: a \\ at the end escapes nothing").arg(i + 1);
                return out;
            }
            word += text[++i];
            inWord = true;
        } else if (c == QLatin1Char(';')) {
            endCommand();
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
            inWord = true;
        }
    }
    endCommand();
    return out;
}

namespace {

QString quoted(const QString& arg)
{
    static const QString special = QStringLiteral(" \t\n;'\"\\");
    bool plain = !arg.isEmpty();
    for (const QChar c : arg) {
        plain = plain && !special.contains(c) && !c.isSpace();
    }
    if (plain) {
        return arg;
    }
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''")); // close, an escaped ', reopen
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

QString commandLineText(const QList<QStringList>& commands)
{
    QStringList parts;
    for (const QStringList& argv : commands) {
        QStringList words;
        for (const QString& a : argv) {
            words << quoted(a);
        }
        parts << words.join(QLatin1Char(' '));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace rb
