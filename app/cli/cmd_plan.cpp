// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli plan ansible SPEC --inventory FILE --out DIR
// runbench-cli plan k8s SPEC --out DIR [--image IMAGE] [--namespace NS]
#include "commands.h"
#include "plan/planwriter.h"
#include "runbench_config.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rb::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(QStringLiteral(
        "Write what runs one experiment on many hosts (docs/scale-out.md):\n"
        "  ansible: playbook.yml, inventory, spec.json and README.md (run: ansible-playbook -i inventory "
        "playbook.yml)\n"
        "  k8s:     configmap.yaml, job.yaml and README.md (an Indexed Job, one pod per SUT host and node)\n"
        "The spec needs \"hosts\" (ids, addresses, roles sut/loadgen)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("ansible or k8s."));
    p.addPositionalArgument(QStringLiteral("SPEC"), QStringLiteral("Experiment spec (JSON) with \"hosts\"."));
    p.addOption({ QStringLiteral("inventory"),
        QStringLiteral("ansible: the Ansible inventory (YAML or INI); every spec host id must be a host in it."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("out"), QStringLiteral("Folder to write (created; files in it are replaced)."),
        QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("image"), QStringLiteral("k8s: the container image with runbench-cli."),
        QStringLiteral("IMAGE"), QStringLiteral("runbench-cli:latest") });
    p.addOption({ QStringLiteral("namespace"), QStringLiteral("k8s: the namespace of the Job and ConfigMap."),
        QStringLiteral("NS") });
}

} // namespace

int runPlan(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    if (const std::optional<int> stop = parseOrExit(p, args)) {
        return *stop;
    }
    const QStringList pos = p.positionalArguments();
    const QString kind = pos.value(0);
    if (pos.size() != 2 || (kind != QLatin1String("ansible") && kind != QLatin1String("k8s"))) {
        return badInput(QStringLiteral("plan: expected ansible|k8s SPEC (see runbench-cli plan --help)"));
    }
    if (!p.isSet(QStringLiteral("out"))) {
        return badInput(QStringLiteral("plan: --out DIR is required"));
    }
    const QString version = QStringLiteral("runbench-cli " RUNBENCH_VERSION);
    plan::PlanWriteResult r;
    if (kind == QLatin1String("ansible")) {
        if (!p.isSet(QStringLiteral("inventory"))) {
            return badInput(QStringLiteral("plan ansible: --inventory FILE is required"));
        }
        r = plan::writeAnsiblePlan(
            pos[1], p.value(QStringLiteral("inventory")), p.value(QStringLiteral("out")), version);
    } else {
        if (p.isSet(QStringLiteral("inventory"))) {
            return badInput(QStringLiteral("plan k8s: --inventory applies to plan ansible only"));
        }
        plan::K8sOptions o;
        o.image = p.value(QStringLiteral("image"));
        o.ns = p.value(QStringLiteral("namespace"));
        r = plan::writeK8sPlan(pos[1], p.value(QStringLiteral("out")), o, version);
    }
    if (!r.error.isEmpty()) {
        return badInput(QStringLiteral("plan %1: ").arg(kind) + r.error);
    }
    for (const QString& f : r.files) {
        QTextStream(stdout) << f << '\n';
    }
    return Ok;
}

} // namespace rb::cli
