// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb::ui {

/// The user's preferences, kept in QSettings (Settings dialog). Read and applied on the GUI thread.
struct AppSettings
{
    enum class Theme
    {
        System, ///< the desktop's palette (light or dark)
        Light,
        Dark
    };
    /// Extra folders searched for runtime binaries (wasmtime, iwasm, …) before PATH: a desktop session's PATH
    /// often lacks ~/.wasmtime/bin or ~/.wasmedge/bin, where the runtimes' installers put them.
    QStringList searchPaths;
    Theme theme = Theme::System;
    int plotRefreshHz = 30; ///< live plots redraw at most this often (10–60)

    static AppSettings load();
    void save() const;
};

/// Puts `settings.searchPaths` in front of the process's PATH (once each; called before runtimes are probed, so
/// probes and the measured processes find the same binaries).
void applySearchPaths(const AppSettings& settings);

/// Sets the application's style and palette for `theme` (System: the style and palette Qt started with).
void applyTheme(AppSettings::Theme theme);

} // namespace rb::ui
