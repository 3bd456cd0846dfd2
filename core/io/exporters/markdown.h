// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QString>

namespace rb {

/// `text` as the text of a GitHub-flavoured Markdown table cell: backslash, pipe and the inline markup
/// characters (* _ ` [ ] < > # ~) are backslash-escaped, line breaks become spaces. Any thread.
QString markdownEscape(const QString& text);

/// A GitHub-flavoured Markdown table of `table` (numbers right-aligned, the best value of each highlighted
/// column in bold), preceded by the caption and followed by what the marks mean. Any thread.
QString markdownTable(const ExportTable& table);

} // namespace rb
