// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"

#include <QHash>
#include <QString>

namespace rb {

/// The runtime cache folders of an experiment, by cache policy. Cold: a fresh empty folder for every
/// run, removed when the run is done. Warm: one folder per runtime, kept for the whole experiment
/// and removed by clear(). Folders live under the system temporary folder. One thread.
class CacheDirs
{
public:
    explicit CacheDirs(CachePolicy policy);
    ~CacheDirs();
    CacheDirs(const CacheDirs&) = delete;
    CacheDirs& operator=(const CacheDirs&) = delete;

    /// The folder a run of `runtime` uses (created; empty when it could not be).
    QString dirFor(const QString& runtime);
    /// Called after each run: removes a cold run's folder.
    void runDone(const QString& dir);
    /// Removes every folder still there.
    void clear();

private:
    CachePolicy m_policy;
    QHash<QString, QString> m_warm; ///< runtime → folder
};

} // namespace rb
