// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace rb::plan {

/// The parts of an Ansible inventory a plan needs: host names, their groups and their variables.
struct Inventory
{
    QString path;
    QStringList hosts; ///< every host name, in order of first appearance
    QMap<QString, QStringList> groups; ///< group → host names (direct members and those of its children)
    QMap<QString, QMap<QString, QString>> hostVars; ///< host → variable → value as written (scalars only)

    /// ansible_host of `host`, or the host name itself (what Ansible connects to).
    QString address(const QString& host) const;
    /// The groups `host` belongs to, sorted ("all" and "ungrouped" left out).
    QStringList groupsOf(const QString& host) const;
};

struct InventoryResult
{
    std::optional<Inventory> inventory;
    QString error; ///< names the file, the line and what was expected
};

/// Reads an inventory file: YAML (a mapping of groups with hosts/children/vars) or the classic INI format
/// ([group], [group:vars], [group:children], `host key=value`). Any thread (file I/O).
InventoryResult readInventory(const QString& path);

/// Both parsers end with this: each group gets its children's hosts (recursively), "all" gets every host.
void finishInventory(Inventory& inv, const QMap<QString, QStringList>& children);

/// The two formats, from text already read; `path` only names the file in messages. Pure.
InventoryResult parseIniInventory(const QString& text, const QString& path);
InventoryResult parseYamlInventory(const QByteArray& text, const QString& path);

} // namespace rb::plan
