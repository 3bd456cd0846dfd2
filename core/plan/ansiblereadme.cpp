// SPDX-License-Identifier: GPL-3.0-or-later
// README.md written beside playbook.yml: for the researcher who runs it and for the reader of the paper.
#include "ansibleplan.h"

namespace rb::plan {

namespace {

QString roleText(const PlanHost& h)
{
    if (h.sut && h.loadgen) {
        return QStringLiteral("sut, loadgen");
    }
    return h.sut ? QStringLiteral("sut") : QStringLiteral("loadgen");
}

/// Markdown inline code that survives backticks in the text.
QString code(const QString& s)
{
    return s.contains(QLatin1Char('`')) ? QStringLiteral("`` ") + s + QStringLiteral(" ``")
                                        : QStringLiteral("`%1`").arg(s);
}

} // namespace

QByteArray ansibleReadme(const PlanSpec& spec, const QString& version)
{
    const RunLayout l = runLayout(spec);
    QString t;
    t += QStringLiteral("# Runbench plan: %1\n\n").arg(code(spec.spec.name));
    t += QStringLiteral("Made by %1 from `spec.json` and `inventory` (both copied here unchanged). It runs the "
                        "experiment on %2 hosts with Ansible and brings the results back to this folder.\n\n")
             .arg(version)
             .arg(l.all.size());
    t += QStringLiteral("| host | roles | address in the spec |\n|---|---|---|\n");
    for (const PlanHost& h : spec.hosts) {
        t += QStringLiteral("| %1 | %2 | %3 |\n").arg(code(h.id), roleText(h), code(h.address));
    }
    t += QStringLiteral("\n## Run it\n\n    ansible-playbook -i inventory playbook.yml\n\n"
                        "Every host needs sshd, Python 3, sudo (only if the runtimes need root) and %1 installed "
                        "(`apt install ./runbench-cli_*.deb`). The controller (this machine) needs Debian's `ansible` "
                        "package (for `community.general.archive`) and runbench-cli for the final merge. SUTs serve "
                        "their load generator on TCP port %2 (`control_port`): open it between the hosts.\n\n")
             .arg(version)
             .arg(spec.controlPort);
    t += QStringLiteral(
        "Variables (set them in `inventory`, per host or for all):\n\n"
        "- `runbench_cli`: the command that runs runbench-cli, as a list (default `[\"runbench-cli\"]`), e.g. "
        "`[\"/home/pi/runbench/build/bin/runbench-cli\"]` for a build that is not installed.\n"
        "- `runbench_workdir`: the folder on each host for `spec.json` and the results (default `/var/tmp/runbench`; "
        "an earlier run's `results/` there is moved to `results.<UTC time>`, never deleted).\n"
        "- `runbench_timeout_s`: how long one host's runs may take (default 43200 s).\n\n");
    t += QStringLiteral(
        "## What the playbook does\n\n"
        "0. **Keep earlier results**: while `results/` exists beside this file (an earlier run of this plan), the "
        "playbook stops before touching any host; move it away to run again.\n"
        "1. **Preflight** on every host: `runbench-cli --version` must print `%1` (the play fails and says which "
        "host runs what otherwise); `runbench-cli fingerprint --json` is recorded and a warning is printed when "
        "the host's clock is not synchronised; `spec.json` is copied to the work folder.\n")
             .arg(version);
    if (!l.selfContained.isEmpty()) {
        t += QStringLiteral("2. **Run** on %1, in parallel: `runbench-cli run spec.json --role both --host-id <host>` "
                            "(the host runs everything, load included, itself).\n")
                 .arg(l.selfContained.join(QStringLiteral(", ")));
    }
    if (!l.paired.isEmpty()) {
        QStringList pairs;
        for (const auto& [sut, gen] : l.paired) {
            pairs << sut + QStringLiteral(" ← ") + gen;
        }
        t += QStringLiteral("2. **Run** each SUT in turn (the load generator is shared): %1. The SUT starts in the "
                            "background with `--role sut`, its load generator runs `--role loadgen --sut <sut>` (it "
                            "waits until the SUT answers), then the playbook waits for the SUT to finish.\n")
                 .arg(pairs.join(QStringLiteral(", ")));
    }
    t += QStringLiteral(
        "3. **Fetch**: each host's `results/` folder is packed, fetched and unpacked into `results/hosts/<host>/`.\n"
        "4. **Merge**: `runbench-cli merge` writes `results/merged/`, one results folder with the host as a factor; "
        "open it in Runbench (Results page, or `runbench --open results/merged`).\n\n"
        "A run that fails (exit code 1) does not stop the playbook: its error is in the results. Bad input or a "
        "missing runtime (exit code 2) stops it.\n");
    return t.toUtf8();
}

} // namespace rb::plan
