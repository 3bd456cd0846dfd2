// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedirs.h"

#include <QDir>
#include <QTemporaryDir>

namespace rb {

namespace {

QString makeDir()
{
    QTemporaryDir d(QDir::tempPath() + QStringLiteral("/runbench-cache-XXXXXX"));
    if (!d.isValid()) {
        return {};
    }
    d.setAutoRemove(false);
    return d.path();
}

} // namespace

CacheDirs::CacheDirs(CachePolicy policy)
    : m_policy(policy)
{
}

CacheDirs::~CacheDirs()
{
    clear();
}

QString CacheDirs::dirFor(const QString& runtime)
{
    if (m_policy == CachePolicy::Cold) {
        return makeDir();
    }
    auto it = m_warm.find(runtime);
    if (it == m_warm.end()) {
        it = m_warm.insert(runtime, makeDir());
    }
    return it.value();
}

void CacheDirs::runDone(const QString& dir)
{
    if (m_policy == CachePolicy::Cold && !dir.isEmpty()) {
        QDir(dir).removeRecursively();
    }
}

void CacheDirs::clear()
{
    for (const QString& d : std::as_const(m_warm)) {
        if (!d.isEmpty()) {
            QDir(d).removeRecursively();
        }
    }
    m_warm.clear();
}

} // namespace rb
