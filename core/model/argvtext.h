// SPDX-License-Identifier: GPL-3.0-or-later
// Commands as one line of text for editing (the designer's user factors), and back to argv lists. The text uses a
// small, documented subset of POSIX shell quoting so that what a researcher types reads as they expect; it is only
// ever split into argv here, never given to a shell.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rb {

/// Result of parsing: the commands, or an error naming the column and what was expected.
struct ArgvParse
{
    QList<QStringList> commands;
    QString error;
};

/// Splits `text` into commands at ';' and each command into arguments at blanks. Quoting as in a POSIX shell:
/// '…' keeps everything literally, "…" keeps everything but \" and \\ literally, a backslash outside quotes
/// escapes the next character; quoted and unquoted parts next to each other form one argument ("a"'b'c → abc).
/// Nothing is expanded ($, *, ~ stay as typed). Empty commands are dropped. An unterminated quote or a trailing
/// backslash is an error.
ArgvParse parseCommandLine(const QString& text);

/// The inverse of parseCommandLine: commands joined with "; ", arguments quoted only when they need it.
QString commandLineText(const QList<QStringList>& commands);

} // namespace rb
