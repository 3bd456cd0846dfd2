// SPDX-License-Identifier: GPL-3.0-or-later
// The classic INI inventory (https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html).
#include "inventory.h"

#include <QRegularExpression>

namespace rb::plan {

namespace {

/// Splits a line on blanks, keeping quoted parts together and dropping the quotes (as Ansible's shlex does).
QStringList splitWords(const QString& line)
{
    QStringList out;
    QString cur;
    QChar quote;
    bool inWord = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else {
                cur += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord) {
                out << cur;
            }
            cur.clear();
            inWord = false;
        } else {
            cur += c;
            inWord = true;
        }
    }
    if (inWord) {
        out << cur;
    }
    return out;
}

} // namespace

InventoryResult parseIniInventory(const QString& text, const QString& path)
{
    static const QRegularExpression kSection(QStringLiteral("^\\[([^\\]:]+)(?::(vars|children))?\\]$"));
    static const QRegularExpression kRange(QStringLiteral("\\[[^\\]]*:[^\\]]*\\]"));
    Inventory inv;
    inv.path = path;
    QMap<QString, QStringList> children;
    QString group = QStringLiteral("ungrouped");
    QString kind; // "", "vars" or "children"
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const QString where = path + QStringLiteral(":%1: ").arg(i + 1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('['))) {
            const QRegularExpressionMatch m = kSection.match(line);
            if (!m.hasMatch()) {
                return { std::nullopt, where + QStringLiteral("expected [group], [group:vars] or [group:children]") };
            }
            group = m.captured(1).trimmed();
            kind = m.captured(2);
            inv.groups[group];
            continue;
        }
        const QStringList words = splitWords(line);
        if (kind == QLatin1String("vars")) {
            if (!line.contains(QLatin1Char('='))) {
                return { std::nullopt, where + QStringLiteral("expected key=value in [%1:vars]").arg(group) };
            }
            continue;
        }
        if (kind == QLatin1String("children")) {
            children[group] << words.value(0);
            continue;
        }
        QString host = words.value(0);
        if (kRange.match(host).hasMatch()) {
            return { std::nullopt,
                where + QStringLiteral("host ranges such as \"%1\" are not supported: list each host").arg(host) };
        }
        QMap<QString, QString>& vars = inv.hostVars[host];
        for (const QString& w : words.mid(1)) {
            const qsizetype eq = w.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                return { std::nullopt,
                    where + QStringLiteral("expected key=value after host \"%1\", got \"%2\"").arg(host, w) };
            }
            vars.insert(w.left(eq), w.mid(eq + 1));
        }
        if (!inv.hosts.contains(host)) {
            inv.hosts << host;
        }
        if (!inv.groups[group].contains(host)) {
            inv.groups[group] << host;
        }
    }
    finishInventory(inv, children);
    return { inv, {} };
}

} // namespace rb::plan
