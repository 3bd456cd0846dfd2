// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rb::ui {

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_paths(new QPlainTextEdit(this))
    , m_theme(new QComboBox(this))
    , m_refresh(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_paths->setPlainText(settings.searchPaths.join(QLatin1Char('\n')));
    m_paths->setPlaceholderText(tr("One folder per line, e.g. ~/.wasmtime/bin"));
    m_paths->setMinimumSize(420, 90);
    auto* add = new QPushButton(tr("&Add folder…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Folder with runtime binaries"));
        if (!d.isEmpty()) {
            m_paths->appendPlainText(d);
        }
    });
    m_theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    m_refresh->setRange(10, 60);
    m_refresh->setValue(settings.plotRefreshHz);
    //: unit of the live plot refresh rate
    m_refresh->setSuffix(tr(" per second"));
    m_refresh->setToolTip(tr("How often live plots redraw during a run; lower it on a slow machine"));

    auto* form = new QFormLayout;
    auto* pathsNote = new QLabel(tr("Searched for runtime binaries before PATH; runtimes are probed again when "
                                    "this list changes."),
        this);
    pathsNote->setWordWrap(true);
    form->addRow(tr("Runtime &folders"), m_paths);
    form->addRow(QString(), add);
    form->addRow(QString(), pathsNote);
    form->addRow(tr("&Theme"), m_theme);
    auto* themeNote = new QLabel(tr("Plots already on screen take the new theme when they are drawn again."), this);
    themeNote->setWordWrap(true);
    form->addRow(QString(), themeNote);
    form->addRow(tr("Live &plots redraw"), m_refresh);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    for (const QString& line : m_paths->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString dir = line.trimmed();
        if (dir.startsWith(QLatin1String("~/"))) {
            dir = QDir::homePath() + dir.mid(1);
        }
        if (!dir.isEmpty()) {
            s.searchPaths << dir;
        }
    }
    s.theme = AppSettings::Theme(m_theme->currentData().toInt());
    s.plotRefreshHz = m_refresh->value();
    return s;
}

} // namespace rb::ui
