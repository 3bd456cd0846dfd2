// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwriter.h"

#include "ansibleplan.h"
#include "k8splan.h"

#include <QDir>
#include <QSaveFile>

namespace rb::plan {

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, PlanWriteResult* r)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        r->error = path + QStringLiteral(": cannot write: ") + f.errorString();
        return false;
    }
    r->files << path;
    return true;
}

/// The spec with hosts, or an error; `needHosts`: a spec without hosts is bad input.
std::optional<PlanSpec> specWithHosts(const QString& specPath, PlanWriteResult* r)
{
    PlanSpecResult spec = readPlanSpec(specPath);
    if (!spec.spec) {
        r->error = spec.error;
        return std::nullopt;
    }
    if (spec.spec->suts().isEmpty()) {
        r->error = specPath
            + (spec.spec->hosts.isEmpty()
                    ? QStringLiteral(": hosts: spec has no hosts (expected \"hosts\": "
                                     "[{\"id\": …, \"roles\": [\"sut\"]}, …])")
                    : QStringLiteral(": hosts: expected at least one host with the role \"sut\""));
        return std::nullopt;
    }
    return spec.spec;
}

bool makeDir(const QString& outDir, PlanWriteResult* r)
{
    if (!QDir().mkpath(outDir)) {
        r->error = outDir + QStringLiteral(": cannot create the output folder");
        return false;
    }
    return true;
}

} // namespace

PlanWriteResult writeAnsiblePlan(
    const QString& specPath, const QString& inventoryPath, const QString& outDir, const QString& version)
{
    PlanWriteResult r;
    const std::optional<PlanSpec> spec = specWithHosts(specPath, &r);
    if (!spec) {
        return r;
    }
    const InventoryResult inv = readInventory(inventoryPath);
    if (!inv.inventory) {
        r.error = inv.error;
        return r;
    }
    const QStringList missing = missingInventoryHosts(*spec, *inv.inventory);
    if (!missing.isEmpty()) {
        r.error = inventoryPath
            + QStringLiteral(": the inventory has no host %1 (every id in the spec's \"hosts\" must be an inventory "
                             "host name; spec %2)")
                  .arg(missing.join(QStringLiteral(", ")), specPath);
        return r;
    }
    QFile invFile(inventoryPath);
    if (!invFile.open(QIODevice::ReadOnly)) {
        r.error = inventoryPath + QStringLiteral(": cannot read the inventory: ") + invFile.errorString();
        return r;
    }
    const QDir dir(outDir);
    if (makeDir(outDir, &r) && writeFile(dir.filePath(QStringLiteral("spec.json")), spec->bytes, &r)
        && writeFile(dir.filePath(QStringLiteral("inventory")), invFile.readAll(), &r)
        && writeFile(dir.filePath(QStringLiteral("playbook.yml")), ansiblePlaybook(*spec, version), &r)) {
        writeFile(dir.filePath(QStringLiteral("README.md")), ansibleReadme(*spec, version), &r);
    }
    return r;
}

PlanWriteResult writeK8sPlan(
    const QString& specPath, const QString& outDir, const K8sOptions& options, const QString& version)
{
    PlanWriteResult r;
    const std::optional<PlanSpec> spec = specWithHosts(specPath, &r);
    if (!spec) {
        return r;
    }
    QString what;
    if (!checkK8sOptions(options, &what)) {
        r.error = what;
        return r;
    }
    const QDir dir(outDir);
    if (makeDir(outDir, &r)
        && writeFile(dir.filePath(QStringLiteral("configmap.yaml")), k8sConfigMap(*spec, options), &r)
        && writeFile(dir.filePath(QStringLiteral("job.yaml")), k8sJob(*spec, options, version), &r)) {
        writeFile(dir.filePath(QStringLiteral("README.md")), k8sReadme(*spec, options, version), &r);
    }
    return r;
}

} // namespace rb::plan
