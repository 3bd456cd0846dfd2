// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnerregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <QtConcurrent/QtConcurrentMap>

namespace rb {

void RunnerRegistry::loadPlugins(const QStringList& dirs, const RunnerContext& context)
{
    for (const QString& dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& fi : files) {
            if (!QLibrary::isLibrary(fi.fileName())) {
                continue;
            }
            QPluginLoader loader(fi.absoluteFilePath());
            const QJsonObject meta = loader.metaData();
            if (meta.isEmpty()) {
                m_refused << RefusedPlugin { fi.absoluteFilePath(), QStringLiteral("not a Qt plugin") };
                continue;
            }
            if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(RunbenchRunnerPlugin_iid)) {
                m_refused << RefusedPlugin { fi.absoluteFilePath(),
                    QStringLiteral("interface %1, expected %2")
                        .arg(meta.value(QStringLiteral("IID")).toString(), QStringLiteral(RunbenchRunnerPlugin_iid)) };
                continue;
            }
            const QJsonObject md = meta.value(QStringLiteral("MetaData")).toObject();
            const int api = md.value(QStringLiteral("apiVersion")).toInt(-1);
            const QString id = md.value(QStringLiteral("id")).toString();
            if (api != kRunnerApiVersion) {
                m_refused << RefusedPlugin { fi.absoluteFilePath(),
                    QStringLiteral("runner \"%1\" has apiVersion %2, this Runbench needs %3")
                        .arg(id)
                        .arg(api)
                        .arg(kRunnerApiVersion) };
                continue;
            }
            if (m_loadedIds.contains(id)) {
                continue; // the same runner earlier in the search path wins (build tree before install)
            }
            QObject* root = loader.instance();
            auto* plugin = qobject_cast<RunnerPlugin*>(root);
            if (!plugin) {
                m_refused << RefusedPlugin { fi.absoluteFilePath(),
                    QStringLiteral("cannot load: ")
                        + (root ? QStringLiteral("wrong root object") : loader.errorString()) };
                continue;
            }
            m_loadedIds << id;
            for (std::shared_ptr<Runner>& r : plugin->createRunners(context)) {
                m_entries.push_back(RunnerEntry { std::move(r), {}, md });
            }
        }
    }
}

void RunnerRegistry::probeAll(const QStringList& only, const QHash<QString, ProbeResult>& known)
{
    QtConcurrent::blockingMap(m_entries, [&only, &known](RunnerEntry& e) {
        if (known.contains(e.runner->id())) {
            e.probe = known.value(e.runner->id());
        } else if (only.isEmpty() || only.contains(e.runner->id())) {
            e.probe = e.runner->probe();
        } else {
            e.probe = ProbeResult { false, {}, QStringLiteral("not probed"), {} };
        }
    });
}

const RunnerEntry* RunnerRegistry::find(const QString& id) const
{
    for (const RunnerEntry& e : m_entries) {
        if (e.runner->id() == id) {
            return &e;
        }
    }
    return nullptr;
}

QStringList RunnerRegistry::ids() const
{
    QStringList ids;
    for (const RunnerEntry& e : m_entries) {
        ids << e.runner->id();
    }
    return ids;
}

} // namespace rb
