// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QString>

namespace rb {

/// A LaTeX `table` of `table`: booktabs rules, siunitx `S` columns aligned on the decimal point, the best
/// (lowest) value of each highlighted column in bold, significance marks as superscripts, the caption
/// (with what the marks mean) and the label. The document needs `\usepackage{booktabs}` and
/// `\usepackage{siunitx}` (v3). Every string from data goes through latexEscape(). Any thread.
QString latexTable(const ExportTable& table);

} // namespace rb
