// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilechecker.h"

#include "paths.h"
#include "runtimeprofile.h"
#include "support/background.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

namespace {

struct Checked
{
    QString id;
    QString message;
};

} // namespace

ProfileChecker::ProfileChecker(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &ProfileChecker::check);
}

QString ProfileChecker::userDir()
{
    return paths::profileDirs().last();
}

void ProfileChecker::setText(const QString& text)
{
    m_text = text;
    m_id.clear();
    ++m_generation; // a check still running is for older text
    m_timer.start();
}

void ProfileChecker::check()
{
    const quint64 generation = ++m_generation;
    const QByteArray json = m_text.toUtf8();
    runInBackground<Checked>(
        this,
        [json] {
            QString error;
            const auto p = RuntimeProfile::parse(json, QStringLiteral("profile"), &error);
            if (!p) {
                return Checked { {}, error };
            }
            return Checked { p->id,
                tr("Valid: runtime \"%1\" (%2), %n variant(s); saved as %3", nullptr, int(p->variants.size()))
                    .arg(p->id, p->name, userDir() + QLatin1Char('/') + p->id + QStringLiteral(".json")) };
        },
        [this, generation](const Checked& c) {
            if (generation != m_generation) {
                return;
            }
            m_id = c.id;
            Q_EMIT checked(!c.id.isEmpty(), c.message);
        });
}

void ProfileChecker::listTemplates()
{
    runInBackground<QStringList>(
        this,
        [] {
            QStringList out;
            for (const QFileInfo& fi : QDir(paths::profileDirs().first())
                                           .entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
                out << fi.absoluteFilePath();
            }
            return out;
        },
        [this](const QStringList& paths) { Q_EMIT templates(paths); });
}

void ProfileChecker::loadTemplate(const QString& path)
{
    runInBackground<QString>(
        this,
        [path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        },
        [this](const QString& text) { Q_EMIT templateLoaded(text); });
}

void ProfileChecker::save()
{
    if (m_id.isEmpty()) {
        Q_EMIT failed(tr("The profile is not valid yet: nothing was saved."));
        return;
    }
    const QString path = userDir() + QLatin1Char('/') + m_id + QStringLiteral(".json");
    const QByteArray json = m_text.toUtf8();
    runInBackground<QString>(
        this,
        [path, json]() -> QString {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(json) < 0 || !f.commit()) {
                return path + QStringLiteral(": cannot write: ") + f.errorString();
            }
            return QString();
        },
        [this, path](const QString& error) { error.isEmpty() ? Q_EMIT saved(path) : Q_EMIT failed(error); });
}

} // namespace rb
