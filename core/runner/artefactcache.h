// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rb::artefactcache {

/// Root of the cache: $RUNBENCH_CACHE_DIR, else ~/.cache/runbench/artefacts.
QString root();

/// SHA-256 (hex) over `parts` and the bytes of every file in `files`: the same inputs give the same
/// key, so an unchanged module, runtime version and command reuse the artefact made before.
/// Empty when a file cannot be read.
QByteArray key(const QStringList& parts, const QStringList& files);

/// <root>/<key>/<fileName>
QString pathFor(const QByteArray& key, const QString& fileName);

} // namespace rb::artefactcache
