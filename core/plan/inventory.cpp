// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory.h"

#include <QFile>
#include <QRegularExpression>

namespace rb::plan {

QString Inventory::address(const QString& host) const
{
    return hostVars.value(host).value(QStringLiteral("ansible_host"), host);
}

QStringList Inventory::groupsOf(const QString& host) const
{
    QStringList out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it.key() != QLatin1String("all") && it.key() != QLatin1String("ungrouped") && it.value().contains(host)) {
            out << it.key();
        }
    }
    return out;
}

/// Adds each group's children's hosts to it (children of children too) and puts every host in "all".
void finishInventory(Inventory& inv, const QMap<QString, QStringList>& children)
{
    for (int round = 0; round < children.size() + 1; ++round) {
        for (auto it = children.begin(); it != children.end(); ++it) {
            for (const QString& child : it.value()) {
                for (const QString& h : inv.groups.value(child)) {
                    if (!inv.groups[it.key()].contains(h)) {
                        inv.groups[it.key()] << h;
                    }
                }
            }
        }
    }
    inv.groups[QStringLiteral("all")] = inv.hosts;
}

InventoryResult readInventory(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return { std::nullopt, path + QStringLiteral(": cannot read the inventory: ") + f.errorString() };
    }
    const QByteArray text = f.readAll();
    // Ansible itself tries its YAML plugin for .yml/.yaml files and the INI one otherwise; a YAML inventory
    // without the extension starts with a mapping key ("all:") or a document marker, never with "[".
    const bool yaml = path.endsWith(QLatin1String(".yml")) || path.endsWith(QLatin1String(".yaml"))
        || QRegularExpression(QStringLiteral("^(---|[A-Za-z0-9_.-]+:\\s*$)"), QRegularExpression::MultilineOption)
               .match(QString::fromUtf8(text))
               .hasMatch();
    return yaml ? parseYamlInventory(text, path) : parseIniInventory(QString::fromUtf8(text), path);
}

} // namespace rb::plan
