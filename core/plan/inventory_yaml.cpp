// SPDX-License-Identifier: GPL-3.0-or-later
// YAML inventories: {group: {hosts: {name: {var: value}}, children: {group: …}, vars: {…}}}, read with yaml-cpp.
#include "inventory.h"

#include <yaml-cpp/yaml.h>

namespace rb::plan {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

struct YamlReader
{
    QString path;
    Inventory inv;
    QMap<QString, QStringList> children;
    QString error;

    bool fail(const YAML::Node& at, const QString& what)
    {
        error = path + QStringLiteral(":%1: ").arg(at.Mark().line + 1) + what;
        return false;
    }

    bool host(const QString& group, const YAML::Node& name, const YAML::Node& vars)
    {
        const QString h = qs(name.as<std::string>());
        if (!vars.IsNull() && !vars.IsMap()) {
            return fail(vars, QStringLiteral("host \"%1\": expected a mapping of variables or nothing").arg(h));
        }
        // Range-for over yaml-cpp nodes: its iterators' operator-> proxy trips GCC 12's -Wmaybe-uninitialized.
        for (const auto& v : vars.IsMap() ? vars : YAML::Node(YAML::NodeType::Map)) {
            if (v.second.IsScalar()) {
                inv.hostVars[h].insert(qs(v.first.as<std::string>()), qs(v.second.as<std::string>()));
            }
        }
        if (!inv.hosts.contains(h)) {
            inv.hosts << h;
        }
        if (!inv.groups[group].contains(h)) {
            inv.groups[group] << h;
        }
        return true;
    }

    bool group(const QString& name, const YAML::Node& node)
    {
        inv.groups[name];
        if (node.IsNull()) {
            return true;
        }
        if (!node.IsMap()) {
            return fail(
                node, QStringLiteral("group \"%1\": expected a mapping with hosts, children or vars").arg(name));
        }
        for (const auto& kv : node) {
            const QString key = qs(kv.first.as<std::string>());
            const YAML::Node& value = kv.second;
            if (key != QLatin1String("hosts") && key != QLatin1String("children") && key != QLatin1String("vars")) {
                return fail(kv.first,
                    QStringLiteral("group \"%1\": unknown key \"%2\" (expected hosts, children or vars)")
                        .arg(name, key));
            }
            if (!value.IsNull() && !value.IsMap()) {
                return fail(value, QStringLiteral("group \"%1\": %2: expected a mapping").arg(name, key));
            }
            for (const auto& m : value.IsMap() ? value : YAML::Node(YAML::NodeType::Map)) {
                if (key == QLatin1String("hosts") && !host(name, m.first, m.second)) {
                    return false;
                }
                if (key == QLatin1String("children")) {
                    children[name] << qs(m.first.as<std::string>());
                    if (!group(qs(m.first.as<std::string>()), m.second)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
};

} // namespace

InventoryResult parseYamlInventory(const QByteArray& text, const QString& path)
{
    YamlReader r { path, {}, {}, {} };
    r.inv.path = path;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsMap()) {
            return { std::nullopt, path + QStringLiteral(": expected a YAML mapping of groups (e.g. \"all:\")") };
        }
        for (const auto& kv : root) {
            if (!r.group(qs(kv.first.as<std::string>()), kv.second)) {
                return { std::nullopt, r.error };
            }
        }
    } catch (const YAML::Exception& e) {
        return { std::nullopt, path + QStringLiteral(":%1: not valid YAML: %2").arg(e.mark.line + 1).arg(qs(e.msg)) };
    }
    finishInventory(r.inv, r.children);
    return { r.inv, {} };
}

} // namespace rb::plan
