// SPDX-License-Identifier: GPL-3.0-or-later
#include "artefactcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace rb::artefactcache {

QString root()
{
    const QString env = qEnvironmentVariable("RUNBENCH_CACHE_DIR");
    if (!env.isEmpty()) {
        return env;
    }
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + QStringLiteral("/.cache"));
    return xdg + QStringLiteral("/runbench/artefacts");
}

QByteArray key(const QStringList& parts, const QStringList& files)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& p : parts) {
        const QByteArray b = p.toUtf8();
        h.addData(QByteArray(QByteArray::number(b.size()) + ':' + b)); // length-prefixed: no ambiguity between parts
    }
    for (const QString& f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly) || !h.addData(&file)) {
            return {};
        }
    }
    return h.result().toHex();
}

QString pathFor(const QByteArray& key, const QString& fileName)
{
    return root() + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1Char('/') + fileName;
}

} // namespace rb::artefactcache
