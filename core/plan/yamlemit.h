// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers over yaml-cpp's emitter, shared by the Ansible and Kubernetes writers (core/plan only).
#pragma once

#include <QString>
#include <QStringList>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace rb::plan::yamlemit {

/// A string written double-quoted, so that no value (a host id "yes", a path with ": ", a Jinja template)
/// changes type or meaning when read back.
inline void quoted(YAML::Emitter& e, const QString& s)
{
    e << YAML::DoubleQuoted << s.toStdString();
}

/// key: "value" (quoted).
inline void field(YAML::Emitter& e, const char* key, const QString& value)
{
    e << YAML::Key << key << YAML::Value;
    quoted(e, value);
}

/// key: value written as yaml-cpp chooses (plain when that reads back as the same string): fixed text only.
inline void plainField(YAML::Emitter& e, const char* key, const char* value)
{
    e << YAML::Key << key << YAML::Value << value;
}

/// Comment lines (one per item); control characters (a newline in a spec name) become spaces so that each stays
/// one line. Put before a node, they stand on lines of their own; after a value, the first one ends its line.
inline void comment(YAML::Emitter& e, const QStringList& lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = lines[i];
        for (QChar& c : text) {
            if (c.category() == QChar::Other_Control) {
                c = QLatin1Char(' ');
            }
        }
        if (i > 0) {
            e << YAML::Newline;
        }
        e << YAML::Comment(text.toStdString());
    }
}

/// A blank line, then comment lines: the heading of a play or document section.
inline void heading(YAML::Emitter& e, const QStringList& lines)
{
    e << YAML::Newline << YAML::Newline;
    comment(e, lines);
}

/// A flow sequence of quoted strings: ["a", "b"].
inline void quotedList(YAML::Emitter& e, const QStringList& items)
{
    e << YAML::Flow << YAML::BeginSeq;
    for (const QString& s : items) {
        quoted(e, s);
    }
    e << YAML::EndSeq;
}

} // namespace rb::plan::yamlemit
