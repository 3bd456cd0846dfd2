// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "runner/profilechecker.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb::ui {

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_checker(new ProfileChecker(this))
    , m_templates(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save and re-probe"), this))
{
    m_text->setObjectName(QStringLiteral("profileText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("A runtime profile (docs/runtimes.md): pick a shipped one above to start from"));
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Pick a shipped profile to start from and change its id and binary: the text is checked as "
                          "you type, with the rules that load profiles."));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Write the profile to %1 and look for runtimes again").arg(ProfileChecker::userDir()));
    m_templates->setToolTip(tr("Copy a shipped profile into the editor; change its id and binary"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Add a runtime — start from:"), this));
    top->addWidget(m_templates, 1);
    top->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message);
    connect(m_checker, &ProfileChecker::templates, this, [this](const QStringList& paths) {
        m_templates->clear();
        m_templates->addItem(tr("(choose a profile)"));
        for (const QString& p : paths) {
            m_templates->addItem(QFileInfo(p).fileName(), p);
        }
    });
    connect(m_templates, &QComboBox::activated, this, [this](int i) {
        const QString path = m_templates->itemData(i).toString();
        if (!path.isEmpty()) {
            m_checker->loadTemplate(path);
        }
    });
    connect(m_checker, &ProfileChecker::templateLoaded, m_text, &QPlainTextEdit::setPlainText);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_save->setEnabled(false);
        m_checker->setText(m_text->toPlainText());
    });
    connect(m_checker, &ProfileChecker::checked, this, &ProfileEditor::showCheck);
    connect(m_save, &QPushButton::clicked, m_checker, &ProfileChecker::save);
    connect(m_checker, &ProfileChecker::failed, this, [this](const QString& m) { showCheck(false, m); });
    connect(m_checker, &ProfileChecker::saved, this, [this](const QString& path) {
        m_message->setText(tr("Saved to %1; looking for runtimes again…").arg(path));
        Q_EMIT profileSaved(path);
    });
    m_checker->listTemplates();
}

void ProfileEditor::showCheck(bool ok, const QString& message)
{
    m_message->setText(message);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_save->setEnabled(ok);
}

} // namespace rb::ui
