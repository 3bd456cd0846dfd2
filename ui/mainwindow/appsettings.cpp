// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <algorithm>

namespace rb::ui {

namespace {

const auto kSearchPaths = QStringLiteral("settings/searchPaths");
const auto kTheme = QStringLiteral("settings/theme");
const auto kRefresh = QStringLiteral("settings/plotRefreshHz");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE6, 0xE6, 0xE6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xE4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.searchPaths = s.value(kSearchPaths).toStringList();
    const QString theme = s.value(kTheme).toString();
    a.theme = theme == QLatin1String("light") ? Theme::Light
        : theme == QLatin1String("dark")      ? Theme::Dark
                                              : Theme::System;
    a.plotRefreshHz = std::clamp(s.value(kRefresh, 30).toInt(), 10, 60);
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(kSearchPaths, searchPaths);
    s.setValue(kTheme,
        theme == Theme::Light      ? QStringLiteral("light")
            : theme == Theme::Dark ? QStringLiteral("dark")
                                   : QStringLiteral("system"));
    s.setValue(kRefresh, plotRefreshHz);
}

void applySearchPaths(const AppSettings& settings)
{
    QStringList path = qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (auto it = settings.searchPaths.crbegin(); it != settings.searchPaths.crend(); ++it) {
        const QString dir = QDir::cleanPath(QDir::fromNativeSeparators(*it));
        if (!dir.isEmpty() && !path.contains(dir)) {
            path.prepend(dir);
        }
    }
    qputenv("PATH", path.join(QLatin1Char(':')).toLocal8Bit());
}

void applyTheme(AppSettings::Theme theme)
{
    // What Qt chose at start, to go back to for System.
    static const QString startStyle = QApplication::style()->name();
    static const QPalette startPalette = QApplication::palette();
    switch (theme) {
    case AppSettings::Theme::System:
        QApplication::setStyle(QStyleFactory::create(startStyle));
        QApplication::setPalette(startPalette);
        break;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace rb::ui
