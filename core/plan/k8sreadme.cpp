// SPDX-License-Identifier: GPL-3.0-or-later
// README.md beside the Kubernetes manifests: why the pod log carries the results, and how to collect them.
#include "k8splan.h"

namespace rb::plan {

QByteArray k8sReadme(const PlanSpec& spec, const K8sOptions& options, const QString& version)
{
    const QString name = k8sName(spec.spec.name);
    const QString ns = options.ns.isEmpty() ? QString() : QStringLiteral(" -n ") + options.ns;
    QStringList ids;
    for (const PlanHost& h : spec.suts()) {
        ids << h.id;
    }
    QString t;
    t += QStringLiteral("# Runbench on Kubernetes: `%1`\n\n").arg(name);
    t += QStringLiteral(
        "Made by %1. `job.yaml` is an Indexed Job of %2 pods (one per SUT host of the spec: %3), at most one per node "
        "(pod anti-affinity on `kubernetes.io/hostname`). Pod *i* runs `runbench-cli run /spec/spec.json --role both "
        "--host-id <i-th host>`: it is SUT and load generator at once, so load-generator-only hosts of the spec are "
        "not "
        "used here. `configmap.yaml` holds the spec as run, the host of each index and `run.sh`, the fixed script each "
        "pod runs.\n\n")
             .arg(version)
             .arg(ids.size())
             .arg(ids.join(QStringLiteral(", ")));
    t += QStringLiteral("## Image\n\nThe pods run `%1`: any image with `sh`, `tar`, `base64` and runbench-cli %2, "
                        "e.g. built from\n\n"
                        "    FROM debian:bookworm-slim\n    COPY runbench-cli_*.deb /tmp/\n"
                        "    RUN apt-get update && apt-get install -y /tmp/runbench-cli_*.deb && rm /tmp/*.deb\n\n"
                        "Build it for every node architecture (arm64 and amd64: `docker buildx build --platform "
                        "linux/arm64,linux/amd64`) and pass its name with `--image`.\n\n")
             .arg(options.image, version);
    t += QStringLiteral("## Run it\n\n    kubectl apply%1 -f .\n    kubectl wait%1 --for=condition=complete "
                        "--timeout=12h job/%2\n\n")
             .arg(ns, name);
    t += QStringLiteral(
        "## Results\n\nEach pod prints its results folder as a base64 tar.gz between the lines `===== runbench results "
        "<host> begin =====` and `... end =====`. Unpack every pod's and merge them:\n\n"
        "    mkdir -p results/hosts\n"
        "    for pod in $(kubectl get pods%1 -l app.kubernetes.io/instance=%2 -o name); do\n"
        "        kubectl logs%1 \"$pod\" | sed -n '/^===== runbench results .* begin =====$/,/^===== runbench results "
        ".* end =====$/{//!p}' | base64 -d | tar -xz -C results/hosts\n"
        "    done\n"
        "    runbench-cli merge results/hosts/* --out results/merged\n\n")
             .arg(ns, name);
    t += QStringLiteral(
        "Why the log and not a volume: a log needs no storage class, no ReadWriteMany volume and no object store, so "
        "the same manifests run on k3s on a few boards and on a managed cluster. The limit is the kubelet's log "
        "rotation (`containerLogMaxSize`, 10 MiB by default): a results folder whose tar.gz is larger (long "
        "throughput runs with latency histograms) needs the `results` volume changed from `emptyDir` to a "
        "PersistentVolumeClaim, and the loop above replaced by copying from it.\n\n");
    t += QStringLiteral(
        "## Resources and privileges\n\n"
        "- `requests` = `limits` (2 CPUs, 2 GiB): the pod gets Guaranteed QoS, so it is never throttled below its "
        "request and, with the kubelet's static CPU manager, gets whole cores of its own. Change both together to "
        "fit your nodes (a Raspberry Pi 4 has 4 cores and 4 or 8 GiB).\n"
        "- Whole CPUs: a fractional limit makes the CFS quota throttle the pod every 100 ms, which shows up as "
        "latency spikes in the measurements.\n");
    t += QStringLiteral("%1").arg(k8sNeedsPrivileged(spec.spec)
            ? QStringLiteral("- `privileged: true`: the spec runs container runtimes (runc, crun, Docker, "
                             "Podman or ctr), which create namespaces, mounts and cgroups inside the pod.\n")
            : QStringLiteral("- No privilege, all capabilities dropped, RuntimeDefault seccomp: native "
                             "processes and Wasm runtimes need none (a spec with container runtimes would "
                             "get `privileged: true`).\n"));
    t += QStringLiteral("- `backoffLimit: 0`: a retried pod would be a different measurement; a failed run (exit code "
                        "1) is recorded in the results and does not fail the pod.\n");
    return t.toUtf8();
}

} // namespace rb::plan
