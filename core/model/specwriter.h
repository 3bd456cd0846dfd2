// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experimentspec.h"

#include <QByteArray>
#include <QString>

namespace rb {

/// The spec as indented JSON (ExperimentSpec::toJson()): parseExperimentSpec() reads it back to an equal spec.
/// Pure; any thread.
QByteArray writeExperimentSpec(const ExperimentSpec& spec);

/// Writes the spec to `path` atomically (QSaveFile). Empty on success, else a message naming the file.
/// Any thread (file I/O: not on the GUI thread).
QString saveExperimentSpec(const QString& path, const ExperimentSpec& spec);

} // namespace rb
