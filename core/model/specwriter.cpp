// SPDX-License-Identifier: GPL-3.0-or-later
#include "specwriter.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace rb {

QByteArray writeExperimentSpec(const ExperimentSpec& spec)
{
    return QJsonDocument(spec.toJson()).toJson(QJsonDocument::Indented);
}

QString saveExperimentSpec(const QString& path, const ExperimentSpec& spec)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(writeExperimentSpec(spec)) < 0 || !f.commit()) {
        return path + QStringLiteral(": cannot write: ") + f.errorString();
    }
    return {};
}

} // namespace rb
