// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rb {

/// `text` as LaTeX text: every character that LaTeX would read as markup (\ { } $ & # ^ _ % ~ < > |)
/// becomes its text form (`\textbackslash{}`, `\&`, …), line breaks become spaces. Used for every string
/// that comes from data (group names, metrics, captions). Any thread.
QString latexEscape(const QString& text);

/// `text` as a LaTeX `\label` key: characters other than ASCII letters, digits and `:-_.` become `-`.
QString latexLabel(const QString& text);

} // namespace rb
