// SPDX-License-Identifier: GPL-3.0-or-later
// Kubernetes manifests of a multi-host experiment, emitted with yaml-cpp. Results come back through the pod
// log (a tar.gz as base64 between marker lines): no storage class or shared volume is assumed (k8sreadme.cpp).
#include "k8splan.h"

#include "yamlemit.h"

#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace rb::plan {

using namespace yamlemit;

namespace {

/// Fixed text (no user data): the pod with completion index i runs as the i-th line of /spec/hosts.
const char* kRunScript = R"(# Runs one host's share of the experiment, then prints its results folder as a base64 tar.gz
# between marker lines (README.md shows the kubectl logs command that unpacks it).
set -u
id=$(sed -n "$((JOB_COMPLETION_INDEX + 1))p" /spec/hosts)
if [ -z "$id" ]; then
    echo "runbench: no host for completion index $JOB_COMPLETION_INDEX in /spec/hosts" >&2
    exit 2
fi
runbench-cli run /spec/spec.json --role both --host-id "$id" --out "/results/$id"
rc=$?
echo "===== runbench results $id begin ====="
tar -C /results -czf - "$id" | base64
echo "===== runbench results $id end ====="
# Exit code 1 (a run failed) is in the results; only bad input (2) fails the pod, and with it the Job.
if [ "$rc" -eq 1 ]; then
    exit 0
fi
exit "$rc"
)";

void metadata(YAML::Emitter& e, const QString& name, const K8sOptions& o)
{
    e << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    field(e, "name", name);
    if (!o.ns.isEmpty()) {
        field(e, "namespace", o.ns);
    }
    e << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    field(e, "app.kubernetes.io/name", QStringLiteral("runbench"));
    field(e, "app.kubernetes.io/instance", name);
    e << YAML::EndMap << YAML::EndMap;
}

/// A multi-line value as a literal block when it reads back byte for byte, else double-quoted.
void text(YAML::Emitter& e, const QString& s)
{
    static const QRegularExpression kUnsafe(QStringLiteral("[\\x00-\\x08\\x0b-\\x1f\\x7f]|[ \\t]\\n|^\\s"));
    if (s.endsWith(QLatin1Char('\n')) && !s.endsWith(QLatin1String("\n\n")) && !kUnsafe.match(s).hasMatch()) {
        e << YAML::Literal << s.toStdString();
    } else {
        quoted(e, s);
    }
}

void securityContext(YAML::Emitter& e, bool privileged)
{
    e << YAML::Key << "securityContext" << YAML::Value << YAML::BeginMap;
    if (privileged) {
        e << YAML::Key << "privileged" << YAML::Value << true;
        comment(e, { QStringLiteral("runc, crun, Docker, Podman and ctr make namespaces, mounts and cgroups") });
    } else {
        e << YAML::Key << "allowPrivilegeEscalation" << YAML::Value << false;
        comment(e, { QStringLiteral("native processes and Wasm runtimes need no privilege") });
        e << YAML::Key << "capabilities" << YAML::Value << YAML::BeginMap << YAML::Key << "drop" << YAML::Value;
        quotedList(e, { QStringLiteral("ALL") });
        e << YAML::EndMap;
        e << YAML::Key << "seccompProfile" << YAML::Value << YAML::BeginMap;
        plainField(e, "type", "RuntimeDefault");
        e << YAML::EndMap;
    }
    e << YAML::EndMap;
}

void resources(YAML::Emitter& e)
{
    e << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    for (const char* k : { "requests", "limits" }) {
        e << YAML::Key << k << YAML::Value << YAML::BeginMap;
        field(e, "cpu", QStringLiteral("2"));
        comment(e, { QStringLiteral("requests = limits, whole CPUs: Guaranteed QoS, not throttled") });
        field(e, "memory", QStringLiteral("2Gi"));
        e << YAML::EndMap;
    }
    e << YAML::EndMap;
}

void container(YAML::Emitter& e, const PlanSpec& spec, const K8sOptions& o)
{
    e << YAML::BeginSeq << YAML::BeginMap;
    plainField(e, "name", "runbench");
    field(e, "image", o.image);
    plainField(e, "imagePullPolicy", "IfNotPresent");
    e << YAML::Key << "command" << YAML::Value;
    quotedList(e, { QStringLiteral("sh"), QStringLiteral("/spec/run.sh") });
    resources(e);
    securityContext(e, k8sNeedsPrivileged(spec.spec));
    e << YAML::Key << "volumeMounts" << YAML::Value << YAML::BeginSeq;
    e << YAML::BeginMap;
    plainField(e, "name", "spec");
    plainField(e, "mountPath", "/spec");
    e << YAML::Key << "readOnly" << YAML::Value << true << YAML::EndMap;
    e << YAML::BeginMap;
    plainField(e, "name", "results");
    plainField(e, "mountPath", "/results");
    e << YAML::EndMap << YAML::EndSeq;
    e << YAML::EndMap << YAML::EndSeq;
}

} // namespace

QString k8sName(const QString& specName)
{
    QString slug = specName.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.left(50);
    while (slug.startsWith(QLatin1Char('-')) || slug.endsWith(QLatin1Char('-'))) {
        slug = slug.startsWith(QLatin1Char('-')) ? slug.mid(1) : slug.chopped(1);
    }
    return QStringLiteral("runbench-") + (slug.isEmpty() ? QStringLiteral("experiment") : slug);
}

bool k8sNeedsPrivileged(const ExperimentSpec& spec)
{
    static const QStringList kContainer = { QStringLiteral("runc"), QStringLiteral("crun"), QStringLiteral("docker"),
        QStringLiteral("podman"), QStringLiteral("ctr") };
    for (const QString& r : spec.runtimes) {
        if (kContainer.contains(r.section(QLatin1Char(':'), 0, 0))) {
            return true;
        }
    }
    return false;
}

bool checkK8sOptions(const K8sOptions& o, QString* what)
{
    static const QRegularExpression kLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!o.ns.isEmpty() && !kLabel.match(o.ns).hasMatch()) {
        *what = QStringLiteral("--namespace: expected a Kubernetes name (lowercase letters, digits and '-', at most "
                               "63), got \"%1\"")
                    .arg(o.ns);
        return false;
    }
    if (o.image.isEmpty() || o.image.contains(QRegularExpression(QStringLiteral("\\s")))) {
        *what = QStringLiteral("--image: expected an image reference without blanks, got \"%1\"").arg(o.image);
        return false;
    }
    return true;
}

QByteArray k8sConfigMap(const PlanSpec& spec, const K8sOptions& options)
{
    QString hosts;
    for (const PlanHost& h : spec.suts()) {
        hosts += h.id + QLatin1Char('\n');
    }
    YAML::Emitter e;
    e.SetIndent(2);
    comment(e,
        { QStringLiteral("The spec of \"%1\" as run, the host of each completion index, and the pod's script.")
                .arg(spec.spec.name) });
    e << YAML::BeginMap;
    plainField(e, "apiVersion", "v1");
    plainField(e, "kind", "ConfigMap");
    metadata(e, k8sName(spec.spec.name), options);
    e << YAML::Key << "data" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "spec.json" << YAML::Value;
    text(e, QString::fromUtf8(spec.bytes));
    e << YAML::Key << "hosts" << YAML::Value;
    text(e, hosts);
    e << YAML::Key << "run.sh" << YAML::Value;
    text(e, QString::fromUtf8(kRunScript));
    e << YAML::EndMap << YAML::EndMap;
    return QByteArray("---\n") + e.c_str() + '\n';
}

QByteArray k8sJob(const PlanSpec& spec, const K8sOptions& options, const QString& version)
{
    const QString name = k8sName(spec.spec.name);
    const int n = int(spec.suts().size());
    YAML::Emitter e;
    e.SetIndent(2);
    comment(e,
        { QStringLiteral("One pod per SUT host of \"%1\", at most one per node; made by %2.")
                .arg(spec.spec.name, version) });
    e << YAML::BeginMap;
    plainField(e, "apiVersion", "batch/v1");
    plainField(e, "kind", "Job");
    metadata(e, name, options);
    e << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    plainField(e, "completionMode", "Indexed");
    e << YAML::Key << "completions" << YAML::Value << n << YAML::Key << "parallelism" << YAML::Value << n;
    e << YAML::Key << "backoffLimit" << YAML::Value << 0;
    comment(e, { QStringLiteral("a repeated pod would be another measurement: never retry") });
    e << YAML::Key << "template" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "labels" << YAML::Value
      << YAML::BeginMap;
    field(e, "app.kubernetes.io/name", QStringLiteral("runbench"));
    field(e, "app.kubernetes.io/instance", name);
    e << YAML::EndMap << YAML::EndMap;
    e << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    plainField(e, "restartPolicy", "Never");
    e << YAML::Key << "affinity" << YAML::Value << YAML::BeginMap << YAML::Key << "podAntiAffinity" << YAML::Value
      << YAML::BeginMap;
    e << YAML::Key << "requiredDuringSchedulingIgnoredDuringExecution" << YAML::Value << YAML::BeginSeq
      << YAML::BeginMap;
    e << YAML::Key << "labelSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
      << YAML::BeginMap;
    field(e, "app.kubernetes.io/instance", name);
    e << YAML::EndMap << YAML::EndMap;
    field(e, "topologyKey", QStringLiteral("kubernetes.io/hostname"));
    comment(e, { QStringLiteral("one pod per node: two SUTs on one node would measure each other") });
    e << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
    e << YAML::Key << "containers" << YAML::Value;
    container(e, spec, options);
    e << YAML::Key << "volumes" << YAML::Value << YAML::BeginSeq;
    e << YAML::BeginMap;
    plainField(e, "name", "spec");
    e << YAML::Key << "configMap" << YAML::Value << YAML::BeginMap;
    field(e, "name", name);
    e << YAML::EndMap << YAML::EndMap;
    e << YAML::BeginMap;
    plainField(e, "name", "results");
    e << YAML::Key << "emptyDir" << YAML::Value << YAML::BeginMap << YAML::EndMap << YAML::EndMap;
    e << YAML::EndSeq;
    e << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    return QByteArray("---\n") + e.c_str() + '\n';
}

} // namespace rb::plan
