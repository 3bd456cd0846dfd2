// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace rb::csv {

/// RFC 4180 field: quoted when it holds a comma, quote, CR or LF, or starts with a space;
/// a leading =, +, - or @ followed by a non-digit is prefixed with ' so spreadsheets do not run it.
QString field(const QString& value);
/// A whole line, with the trailing "\n".
QString line(const QStringList& fields);

/// Streaming RFC 4180 reader (quoted fields may span lines). Written by hand because Qt has no CSV
/// reader and the one in Debian (libcsv) has no line numbers for error messages.
class Reader
{
public:
    explicit Reader(QIODevice* device);
    /// Reads the next row; false at end of input.
    bool readRow(QStringList& row);
    /// Line (1-based) where the last row read started.
    int line() const
    {
        return m_rowLine;
    }
    /// False when the last row read ended at end of input without a newline (e.g. a write cut by a crash).
    bool lastRowTerminated() const
    {
        return m_terminated;
    }

private:
    QIODevice* m_dev;
    int m_line = 1;
    int m_rowLine = 0;
    bool m_terminated = true;
};

} // namespace rb::csv
