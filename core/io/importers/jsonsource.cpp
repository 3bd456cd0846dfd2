// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsource.h"

#include "importedrun.h"

#include <QFile>
#include <cctype>

namespace rb::importing {

int lineAt(const QByteArray& text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

qsizetype keyOffset(const QByteArray& text, const QString& key, qsizetype from)
{
    // A key is the quoted string followed by blanks and ':'; the same string as a value is skipped.
    const QByteArray quoted = QByteArray("\"") + key.toUtf8() + QByteArray("\"");
    for (qsizetype at = text.indexOf(quoted, from); at >= 0; at = text.indexOf(quoted, at + 1)) {
        qsizetype after = at + quoted.size();
        while (after < text.size() && std::isspace(static_cast<unsigned char>(text.at(after)))) {
            ++after;
        }
        if (after < text.size() && text.at(after) == ':') {
            return at;
        }
    }
    return -1;
}

int keyLine(const QByteArray& text, const QString& key, qsizetype from)
{
    const qsizetype at = keyOffset(text, key, from);
    return at < 0 ? 0 : lineAt(text, at);
}

std::optional<JsonSource> readJson(const QString& path, ImportError* error)
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    JsonSource src;
    src.text = f.readAll();
    QJsonParseError pe;
    src.doc = QJsonDocument::fromJson(src.text, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = { path, lineAt(src.text, pe.offset), {},
            QStringLiteral("invalid JSON: %1 (cut file?)").arg(pe.errorString()) };
        return std::nullopt;
    }
    return src;
}

} // namespace rb::importing
