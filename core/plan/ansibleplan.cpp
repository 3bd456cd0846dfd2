// SPDX-License-Identifier: GPL-3.0-or-later
// The Ansible playbook of a multi-host experiment, emitted with yaml-cpp. Every runbench-cli call is an argv
// list (ansible.builtin.command argv:, never shell:); host ids are [A-Za-z0-9_.-]+ (planspec.cpp), so they are
// safe inside the Jinja expressions below; everything else is a quoted YAML string.
#include "ansibleplan.h"

#include "yamlemit.h"

#include <yaml-cpp/yaml.h>

namespace rb::plan {

using namespace yamlemit;

RunLayout runLayout(const PlanSpec& spec)
{
    RunLayout l;
    const QList<PlanHost> gens = spec.loadgens();
    int next = 0;
    for (const PlanHost& h : spec.hosts) {
        l.all << h.id;
        if (!h.sut) {
            continue;
        }
        if (h.loadgen || gens.isEmpty()) {
            l.selfContained << h.id;
            l.folders << h.id + QStringLiteral("/results/") + h.id;
            continue;
        }
        const QString gen = gens[next++ % gens.size()].id;
        l.paired << qMakePair(h.id, gen);
        l.folders << h.id + QStringLiteral("/results/") + h.id;
        l.folders << gen + QStringLiteral("/results/") + gen + QStringLiteral("-for-") + h.id;
    }
    return l;
}

QStringList missingInventoryHosts(const PlanSpec& spec, const Inventory& inventory)
{
    QStringList out;
    for (const PlanHost& h : spec.hosts) {
        if (!inventory.hosts.contains(h.id)) {
            out << h.id;
        }
    }
    return out;
}

namespace {

const char* kCli = "{{ runbench_cli | default(['runbench-cli']) }}";
const char* kWorkdir = "{{ runbench_workdir | default('/var/tmp/runbench') }}";
const char* kTimeout = "{{ runbench_timeout_s | default(43200) | int }}";

/// - name: NAME\n  hosts: [...]\n  gather_facts: false\n  vars: {rb_cli, rb_workdir[, rb_timeout]} … (map left open)
void beginPlay(YAML::Emitter& e, const char* name, const QStringList& hosts, bool timeout)
{
    e << YAML::BeginMap;
    plainField(e, "name", name);
    e << YAML::Key << "hosts" << YAML::Value;
    quotedList(e, hosts);
    e << YAML::Key << "gather_facts" << YAML::Value << false;
    e << YAML::Key << "vars" << YAML::Value << YAML::BeginMap;
    field(e, "rb_cli", QLatin1String(kCli));
    field(e, "rb_workdir", QLatin1String(kWorkdir));
    if (timeout) {
        field(e, "rb_timeout", QLatin1String(kTimeout));
        field(e, "rb_spec", QStringLiteral("{{ rb_workdir }}/spec.json"));
        field(e, "rb_out", QStringLiteral("{{ rb_workdir }}/results/{{ inventory_hostname }}"));
    }
}

/// ansible.builtin.command with an argv expression; the map of the task stays open for more keys.
void commandTask(YAML::Emitter& e, const char* name, const QString& argvExpr)
{
    e << YAML::BeginMap;
    plainField(e, "name", name);
    e << YAML::Key << "ansible.builtin.command" << YAML::Value << YAML::BeginMap;
    field(e, "argv", argvExpr);
    e << YAML::EndMap;
}

void preflightPlay(YAML::Emitter& e, const RunLayout& l, const QString& version)
{
    heading(e,
        { QStringLiteral(
            "Play 1: every host runs the same runbench-cli, says how good its clock is, and gets the spec.") });
    beginPlay(e, "Preflight", l.all, false);
    e << YAML::EndMap << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
    commandTask(e, "Ask runbench-cli for its version", QStringLiteral("{{ rb_cli + ['--version'] }}"));
    plainField(e, "register", "rb_version");
    e << YAML::Key << "changed_when" << YAML::Value << false << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Check it is the version this plan was made with");
    e << YAML::Key << "ansible.builtin.assert" << YAML::Value << YAML::BeginMap << YAML::Key << "that";
    e << YAML::Value << YAML::BeginSeq;
    quoted(e, QStringLiteral("rb_version.stdout == '%1'").arg(version));
    e << YAML::EndSeq;
    field(e, "fail_msg",
        QStringLiteral(
            "{{ inventory_hostname }} runs '{{ rb_version.stdout }}', this plan needs '%1' (or set runbench_cli)")
            .arg(version));
    e << YAML::Key << "quiet" << YAML::Value << true << YAML::EndMap << YAML::EndMap;

    commandTask(e, "Record the host's fingerprint (hardware, kernel, clock)",
        QStringLiteral("{{ rb_cli + ['fingerprint', '--json'] }}"));
    plainField(e, "register", "rb_fingerprint");
    e << YAML::Key << "changed_when" << YAML::Value << false << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Read its clock report");
    e << YAML::Key << "ansible.builtin.set_fact" << YAML::Value << YAML::BeginMap;
    field(e, "rb_clock", QStringLiteral("{{ (rb_fingerprint.stdout | from_json).clock | default({}) }}"));
    e << YAML::EndMap << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Warn when the clock is not synchronised (timestamps across hosts are then not comparable)");
    e << YAML::Key << "ansible.builtin.debug" << YAML::Value << YAML::BeginMap;
    field(e, "msg",
        QStringLiteral("WARNING: the clock of {{ inventory_hostname }} is not synchronised "
                       "(max error {{ rb_clock.max_error_us | default('unknown') }} us)"));
    e << YAML::EndMap;
    field(e, "when", QStringLiteral("not (rb_clock.synchronised | default(false) | bool)"));
    e << YAML::EndMap;

    // Never delete what an earlier run measured (it may have stopped before its results were fetched): move it.
    e << YAML::BeginMap;
    plainField(e, "name", "Keep the results of an earlier run of this plan as results.<UTC time>");
    e << YAML::Key << "ansible.builtin.command" << YAML::Value << YAML::BeginMap;
    field(e, "argv",
        QStringLiteral("{{ ['mv', rb_workdir + '/results', rb_workdir + '/results.' + "
                       "now(utc=true, fmt='%Y%m%dT%H%M%SZ')] }}"));
    field(e, "removes", QStringLiteral("{{ rb_workdir }}/results"));
    e << YAML::EndMap << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Create the work folder");
    e << YAML::Key << "ansible.builtin.file" << YAML::Value << YAML::BeginMap;
    field(e, "path", QStringLiteral("{{ rb_workdir }}/results"));
    plainField(e, "state", "directory");
    field(e, "mode", QStringLiteral("0755"));
    e << YAML::EndMap << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Copy the spec");
    e << YAML::Key << "ansible.builtin.copy" << YAML::Value << YAML::BeginMap;
    field(e, "src", QStringLiteral("spec.json"));
    field(e, "dest", QStringLiteral("{{ rb_workdir }}/spec.json"));
    field(e, "mode", QStringLiteral("0644"));
    e << YAML::EndMap << YAML::EndMap;
    e << YAML::EndSeq << YAML::EndMap;
}

/// "{{ CLI + ['run', SPEC, '--out', OUT, '--host-id', ID, '--role', 'ROLE'(, '--sut', SUT)] }}": arguments are
/// names of play variables (they hold the paths), so the line stays short and readable.
QString runArgv(const QString& cli, const QString& spec, const QString& out, const QString& hostId, const QString& role,
    const QString& sut)
{
    QString argv = QStringLiteral("{{ %1 + ['run', %2, '--out', %3, '--host-id', %4, '--role', '%5'")
                       .arg(cli, spec, out, hostId, role);
    if (!sut.isEmpty()) {
        argv += QStringLiteral(", '--sut', ") + sut;
    }
    return argv + QStringLiteral("] }}");
}

/// Exit code 1 means a run failed but the others ran: the results are still fetched and merged.
void failedWhen(YAML::Emitter& e, const char* reg, bool async)
{
    field(e, "failed_when",
        async ? QStringLiteral("%1.finished and %1.rc not in [0, 1]").arg(QLatin1String(reg))
              : QStringLiteral("%1.rc not in [0, 1]").arg(QLatin1String(reg)));
}

void selfContainedPlay(YAML::Emitter& e, const RunLayout& l)
{
    heading(e,
        { QStringLiteral(
              "Play 2a: hosts that run the whole experiment themselves (load, if any, from the host itself)."),
            QStringLiteral("They share nothing, so they run in parallel.") });
    beginPlay(e, "Run on the self-contained hosts", l.selfContained, true);
    e << YAML::EndMap << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
    commandTask(e, "Run the experiment (--role both)",
        runArgv(QStringLiteral("rb_cli"), QStringLiteral("rb_spec"), QStringLiteral("rb_out"),
            QStringLiteral("inventory_hostname"), QStringLiteral("both"), {}));
    field(e, "async", QStringLiteral("{{ rb_timeout }}"));
    e << YAML::Key << "poll" << YAML::Value << 15;
    plainField(e, "register", "rb_run");
    e << YAML::Key << "changed_when" << YAML::Value << true;
    failedWhen(e, "rb_run", false);
    e << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
}

void pairedPlay(YAML::Emitter& e, const RunLayout& l)
{
    QStringList suts;
    heading(e,
        { QStringLiteral("Play 2b: SUTs loaded by a load generator. The load generator is shared, so the SUTs run one"),
            QStringLiteral(
                "after the other (serial: 1): start the SUT in the background, load it from its load generator"),
            QStringLiteral(
                "(which waits until the SUT answers on its control port), then wait for the SUT to finish.") });
    for (const auto& [sut, gen] : l.paired) {
        suts << sut;
    }
    beginPlay(e, "Run each SUT in turn with its load generator", suts, true);
    e << YAML::Key << "rb_loadgen_of" << YAML::Value << YAML::BeginMap;
    for (const auto& [sut, gen] : l.paired) {
        e << YAML::Key;
        quoted(e, sut);
        e << YAML::Value;
        quoted(e, gen);
    }
    e << YAML::EndMap;
    field(e, "rb_loadgen", QStringLiteral("{{ rb_loadgen_of[inventory_hostname] }}"));
    field(e, "rb_lg_cli", QStringLiteral("{{ hostvars[rb_loadgen]['runbench_cli'] | default(['runbench-cli']) }}"));
    field(e, "rb_lg_workdir",
        QStringLiteral("{{ hostvars[rb_loadgen]['runbench_workdir'] | default('/var/tmp/runbench') }}"));
    field(e, "rb_lg_spec", QStringLiteral("{{ rb_lg_workdir }}/spec.json"));
    field(e, "rb_lg_out", QStringLiteral("{{ rb_lg_workdir }}/results/{{ rb_loadgen }}-for-{{ inventory_hostname }}"));
    e << YAML::EndMap;
    e << YAML::Key << "serial" << YAML::Value << 1;
    e << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;

    commandTask(e, "Start the SUT role in the background",
        runArgv(QStringLiteral("rb_cli"), QStringLiteral("rb_spec"), QStringLiteral("rb_out"),
            QStringLiteral("inventory_hostname"), QStringLiteral("sut"), {}));
    field(e, "async", QStringLiteral("{{ rb_timeout }}"));
    e << YAML::Key << "poll" << YAML::Value << 0;
    plainField(e, "register", "rb_sut_job");
    e << YAML::Key << "changed_when" << YAML::Value << true << YAML::EndMap;

    commandTask(e, "Load this SUT from its load generator",
        runArgv(QStringLiteral("rb_lg_cli"), QStringLiteral("rb_lg_spec"), QStringLiteral("rb_lg_out"),
            QStringLiteral("rb_loadgen"), QStringLiteral("loadgen"), QStringLiteral("inventory_hostname")));
    field(e, "delegate_to", QStringLiteral("{{ rb_loadgen }}"));
    field(e, "async", QStringLiteral("{{ rb_timeout }}"));
    e << YAML::Key << "poll" << YAML::Value << 15;
    plainField(e, "register", "rb_loadgen_run");
    e << YAML::Key << "changed_when" << YAML::Value << true;
    failedWhen(e, "rb_loadgen_run", false);
    e << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Wait for the SUT role to finish");
    e << YAML::Key << "ansible.builtin.async_status" << YAML::Value << YAML::BeginMap;
    field(e, "jid", QStringLiteral("{{ rb_sut_job.ansible_job_id }}"));
    e << YAML::EndMap;
    plainField(e, "register", "rb_sut_run");
    field(e, "until", QStringLiteral("rb_sut_run.finished"));
    field(e, "retries", QStringLiteral("{{ (rb_timeout | int) // 10 }}"));
    e << YAML::Key << "delay" << YAML::Value << 10;
    failedWhen(e, "rb_sut_run", true);
    e << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
}

void fetchPlay(YAML::Emitter& e, const RunLayout& l)
{
    heading(e,
        { QStringLiteral("Play 3: each host's results folder comes back to results/hosts/<host>/ on this machine.") });
    beginPlay(e, "Fetch the results", l.all, false);
    field(e, "rb_local", QStringLiteral("{{ playbook_dir }}/results/hosts/{{ inventory_hostname }}"));
    e << YAML::EndMap << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
    e << YAML::BeginMap;
    plainField(e, "name", "Pack the results folder");
    e << YAML::Key << "community.general.archive" << YAML::Value << YAML::BeginMap;
    field(e, "path", QStringLiteral("{{ rb_workdir }}/results"));
    field(e, "dest", QStringLiteral("{{ rb_workdir }}/results.tar.gz"));
    plainField(e, "format", "gz");
    field(e, "mode", QStringLiteral("0644"));
    e << YAML::EndMap << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Fetch it");
    e << YAML::Key << "ansible.builtin.fetch" << YAML::Value << YAML::BeginMap;
    field(e, "src", QStringLiteral("{{ rb_workdir }}/results.tar.gz"));
    field(e, "dest", QStringLiteral("{{ rb_local }}.tar.gz"));
    e << YAML::Key << "flat" << YAML::Value << true << YAML::EndMap << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Make its folder here");
    e << YAML::Key << "ansible.builtin.file" << YAML::Value << YAML::BeginMap;
    field(e, "path", QStringLiteral("{{ rb_local }}"));
    plainField(e, "state", "directory");
    field(e, "mode", QStringLiteral("0755"));
    e << YAML::EndMap;
    plainField(e, "delegate_to", "localhost");
    e << YAML::EndMap;

    e << YAML::BeginMap;
    plainField(e, "name", "Unpack it here");
    e << YAML::Key << "ansible.builtin.unarchive" << YAML::Value << YAML::BeginMap;
    field(e, "src", QStringLiteral("{{ rb_local }}.tar.gz"));
    field(e, "dest", QStringLiteral("{{ rb_local }}"));
    e << YAML::Key << "remote_src" << YAML::Value << true << YAML::EndMap;
    plainField(e, "delegate_to", "localhost");
    e << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
}

/// Play 0: what an earlier run fetched to this machine is never overwritten (fetch and unarchive would).
void guardPlay(YAML::Emitter& e)
{
    heading(e,
        { QStringLiteral("Play 0: this machine keeps what an earlier run of this plan fetched: results/ must not exist "
                         "yet.") });
    e << YAML::BeginMap;
    plainField(e, "name", "Keep the results of an earlier run");
    e << YAML::Key << "hosts" << YAML::Value;
    quotedList(e, { QStringLiteral("localhost") });
    e << YAML::Key << "gather_facts" << YAML::Value << false;
    plainField(e, "connection", "local");
    e << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
    e << YAML::BeginMap;
    plainField(e, "name", "Look for the results of an earlier run");
    e << YAML::Key << "ansible.builtin.stat" << YAML::Value << YAML::BeginMap;
    field(e, "path", QStringLiteral("{{ playbook_dir }}/results"));
    e << YAML::EndMap;
    plainField(e, "register", "rb_earlier");
    e << YAML::EndMap;
    e << YAML::BeginMap;
    plainField(e, "name", "Refuse to overwrite them");
    e << YAML::Key << "ansible.builtin.assert" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "that" << YAML::Value << YAML::BeginSeq;
    quoted(e, QStringLiteral("not rb_earlier.stat.exists"));
    e << YAML::EndSeq;
    field(e, "fail_msg",
        QStringLiteral("{{ playbook_dir }}/results holds the results of an earlier run: move it away before running "
                       "this plan again"));
    e << YAML::Key << "quiet" << YAML::Value << true << YAML::EndMap << YAML::EndMap;
    e << YAML::EndSeq << YAML::EndMap;
}

void mergePlay(YAML::Emitter& e, const RunLayout& l)
{
    heading(e, { QStringLiteral("Play 4: one results folder with the host as a factor, on this machine.") });
    beginPlay(e, "Merge the results", { QStringLiteral("localhost") }, false);
    e << YAML::Key << "rb_folders" << YAML::Value << YAML::BeginSeq;
    for (const QString& f : l.folders) {
        quoted(e, QStringLiteral("{{ playbook_dir }}/results/hosts/") + f);
    }
    e << YAML::EndSeq << YAML::EndMap;
    plainField(e, "connection", "local");
    e << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
    commandTask(e, "Merge every host's folder into results/merged",
        QStringLiteral("{{ rb_cli + ['merge'] + rb_folders + ['--out', playbook_dir + '/results/merged'] }}"));
    e << YAML::Key << "changed_when" << YAML::Value << true << YAML::EndMap;
    e << YAML::EndSeq << YAML::EndMap;
}

} // namespace

QByteArray ansiblePlaybook(const PlanSpec& spec, const QString& version)
{
    const RunLayout l = runLayout(spec);
    YAML::Emitter e;
    e.SetIndent(2);
    comment(e,
        { QStringLiteral("Runbench plan for the experiment \"%1\", made by %2.").arg(spec.spec.name, version),
            QStringLiteral("Run it from this folder: ansible-playbook -i inventory playbook.yml"),
            QStringLiteral("Variables, set in the inventory (per host, or for all hosts):"),
            QStringLiteral(
                "  runbench_cli        the command that runs runbench-cli, as a list (default [\"runbench-cli\"])"),
            QStringLiteral(
                "  runbench_workdir    the folder on each host for spec.json and results (default /var/tmp/runbench)"),
            QStringLiteral("  runbench_timeout_s  how long one host's runs may take, in seconds (default 43200)"),
            QStringLiteral("Results come back to results/hosts/<host>/ and are merged into results/merged/; while"),
            QStringLiteral("results/ exists (an earlier run), the playbook refuses to start.") });
    e << YAML::BeginSeq;
    guardPlay(e);
    preflightPlay(e, l, version);
    if (!l.selfContained.isEmpty()) {
        selfContainedPlay(e, l);
    }
    if (!l.paired.isEmpty()) {
        pairedPlay(e, l);
    }
    fetchPlay(e, l);
    mergePlay(e, l);
    e << YAML::EndSeq;
    return QByteArray("---\n") + QByteArray(e.c_str()) + '\n';
}

} // namespace rb::plan
