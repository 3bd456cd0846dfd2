// SPDX-License-Identifier: GPL-3.0-or-later
#include "specdraft.h"

#include "checklistmodel.h"
#include "engine/experimentplan.h"
#include "factortablemodel.h"
#include "model/scenariokinds.h"
#include "model/specwriter.h"
#include "scenarioparammodel.h"
#include "support/background.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

namespace {

QList<CheckItem> runtimeItems(const ExperimentSpec& spec, const Installation* inst)
{
    QList<CheckItem> items;
    QStringList known;
    if (inst) {
        for (const RunnerEntry& e : inst->registry.entries()) {
            const QString id = e.runner->id();
            known << id;
            const QString detail = e.probe.available ? e.probe.version : e.probe.reason;
            items << CheckItem { id, detail, e.probe.available, e.runner->displayName() + QStringLiteral("\n") + detail,
                spec.runtimes.contains(id) };
        }
    }
    // available runtimes first (the ones that can be picked), each half in the registry's order
    std::stable_partition(items.begin(), items.end(), [](const CheckItem& i) { return i.enabled; });
    for (const QString& id : spec.runtimes) {
        if (!known.contains(id)) {
            items << CheckItem { id, SpecDraft::tr("not known here"), false, SpecDraft::tr("not known here"), true };
        }
    }
    return items;
}

QString argsText(const ExperimentSpec& spec, const QString& name)
{
    QStringList groups;
    for (const WorkloadRef& w : spec.workloads) {
        if (w.name == name) {
            groups << w.args.join(QLatin1Char(' '));
        }
    }
    return groups.size() == 1 && groups.first().isEmpty() ? QString() : groups.join(QStringLiteral("; "));
}

QList<CheckItem> workloadItems(const ExperimentSpec& spec, const Installation* inst)
{
    QList<CheckItem> items;
    QStringList known;
    if (inst) {
        for (const WorkloadDef& d : inst->workloads.workloads()) {
            known << d.name;
            const bool used = std::any_of(
                spec.workloads.begin(), spec.workloads.end(), [&](const WorkloadRef& w) { return w.name == d.name; });
            const QString kind = d.server ? SpecDraft::tr("server") : SpecDraft::tr("exits when done");
            items << CheckItem { d.name, argsText(spec, d.name), true,
                QStringLiteral("%1 (%2)").arg(d.description, kind), used };
        }
    }
    for (const WorkloadRef& w : spec.workloads) {
        if (!known.contains(w.name)) {
            known << w.name;
            items << CheckItem { w.name, argsText(spec, w.name), true, SpecDraft::tr("not in the catalogue"), true };
        }
    }
    return items;
}

QList<CheckItem> scenarioItems(const ExperimentSpec& spec)
{
    QList<CheckItem> items;
    for (const ScenarioKindDef& k : scenarioKinds()) {
        const bool used = std::any_of(
            spec.scenarios.begin(), spec.scenarios.end(), [&](const ScenarioSpec& s) { return s.kind == k.kind; });
        const QString description = scenarioDescription(k);
        items << CheckItem { k.kind, description, true, description, used };
    }
    return items;
}

DraftSummary summarise(const ExperimentSpec& draft, const Installation* inst, const QString& source)
{
    DraftSummary s;
    const SpecParseResult r = parseExperimentSpec(writeExperimentSpec(draft), source);
    if (!r.spec) {
        s.error = r.error;
        return s;
    }
    s.parsed = true;
    s.error = inst ? inst->validate(*r.spec, source) : QString();
    ExperimentPlan::Compatibility suits;
    if (inst) {
        suits = [inst](const WorkloadRef& w, const ScenarioSpec& sc) { return inst->suits(w, sc); };
    }
    const ExperimentPlan plan(*r.spec, suits);
    s.runs = int(plan.runs().size());
    s.measured = plan.measuredRunCount();
    s.estimate = estimateDuration(plan);
    s.excluded = plan.excluded();
    return s;
}

} // namespace

SpecDraft::SpecDraft(QObject* parent)
    : QObject(parent)
    , m_runtimes(new CheckListModel(tr("Runtime"), tr("Version / why not"), false, this))
    , m_workloads(new CheckListModel(tr("Workload"), tr("Arguments"), true, this))
    , m_scenarios(new CheckListModel(tr("Scenario"), tr("What it measures"), false, this))
    , m_params(new ScenarioParamModel(this))
    , m_factors(new FactorTableModel(this))
{
    m_spec.name = QStringLiteral("my-experiment");
    connect(m_runtimes, &CheckListModel::toggled, this, &SpecDraft::setRuntime);
    connect(m_workloads, &CheckListModel::toggled, this, &SpecDraft::setWorkload);
    connect(m_workloads, &CheckListModel::detailEdited, this, &SpecDraft::setWorkloadArgs);
    connect(m_scenarios, &CheckListModel::toggled, this, &SpecDraft::setScenario);
    connect(m_params, &ScenarioParamModel::settingsEdited, this, [this](const QJsonObject& settings) {
        for (ScenarioSpec& s : m_spec.scenarios) {
            if (s.kind == m_current) {
                s.settings = settings;
                break;
            }
        }
        edited();
    });
    connect(m_factors, &FactorTableModel::factorsEdited, this, [this] {
        m_spec.factors = m_factors->factors();
        edited();
    });
    setSpec(m_spec);
}

SpecDraft::~SpecDraft() = default;

QStringList SpecDraft::orderNames()
{
    return { runOrderName(RunOrder::Sequential), runOrderName(RunOrder::Interleaved),
        runOrderName(RunOrder::Randomised) };
}

QStringList SpecDraft::cacheNames()
{
    return { QStringLiteral("cold"), QStringLiteral("warm") };
}

void SpecDraft::setInstallation(std::shared_ptr<const Installation> installation)
{
    m_inst = std::move(installation);
    refreshItems(true);
    edited();
}

void SpecDraft::setSpec(const ExperimentSpec& spec)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_spec = spec;
    m_current = spec.scenarios.isEmpty() ? QString() : spec.scenarios.first().kind;
    m_factors->setFactors(spec.factors);
    refreshItems(true);
    showCurrentScenario();
    edited();
    Q_EMIT specReplaced();
}

void SpecDraft::edited()
{
    m_summary = summarise(m_spec, m_inst.get(), tr("the design"));
    const QString factorProblem = m_factors->problem();
    if (!factorProblem.isEmpty()) {
        m_summary.error = factorProblem; // the commands as typed, not the spec made of their readable part
        m_summary.parsed = false;
    }
    Q_EMIT changed();
}

void SpecDraft::refreshItems(bool reset)
{
    const auto apply = [reset](CheckListModel* m, const QList<CheckItem>& items) {
        reset ? m->setItems(items) : m->update(items);
    };
    apply(m_runtimes, runtimeItems(m_spec, m_inst.get()));
    apply(m_workloads, workloadItems(m_spec, m_inst.get()));
    apply(m_scenarios, scenarioItems(m_spec));
}

void SpecDraft::showCurrentScenario()
{
    for (const ScenarioSpec& s : m_spec.scenarios) {
        if (s.kind == m_current) {
            m_params->setScenario(findScenarioKind(s.kind), s.settings);
            return;
        }
    }
    m_params->setScenario(nullptr, {});
}

void SpecDraft::setName(const QString& name)
{
    m_spec.name = name;
    edited();
}

void SpecDraft::setDescription(const QString& description)
{
    m_spec.description = description;
    edited();
}

void SpecDraft::setRepetitions(int n)
{
    m_spec.repetitions = n;
    edited();
}

void SpecDraft::setWarmup(int n)
{
    m_spec.warmup = n;
    edited();
}

void SpecDraft::setOrder(int order)
{
    m_spec.order = RunOrder(std::clamp(order, 0, 2));
    edited();
}

void SpecDraft::setSeed(double seed)
{
    m_spec.seed = quint64(std::max(0.0, seed));
    edited();
}

void SpecDraft::setTimeout(double seconds)
{
    m_spec.timeoutS = seconds;
    edited();
}

void SpecDraft::setCooldown(double seconds)
{
    m_spec.cooldownS = seconds;
    edited();
}

void SpecDraft::setCache(int policy)
{
    m_spec.cache = policy == 1 ? CachePolicy::Warm : CachePolicy::Cold;
    edited();
}

void SpecDraft::setStartDaemons(bool on)
{
    m_spec.startDaemons = on;
    edited();
}

void SpecDraft::setRuntime(const QString& id, bool on)
{
    m_spec.runtimes.removeAll(id);
    if (on) {
        m_spec.runtimes << id;
    }
    refreshItems(false);
    edited();
}

void SpecDraft::setWorkload(const QString& name, bool on)
{
    const bool has = std::any_of(
        m_spec.workloads.begin(), m_spec.workloads.end(), [&](const WorkloadRef& w) { return w.name == name; });
    if (on && !has) {
        m_spec.workloads << WorkloadRef { name, {} };
    } else if (!on) {
        m_spec.workloads.removeIf([&](const WorkloadRef& w) { return w.name == name; });
    }
    refreshItems(false);
    edited();
}

void SpecDraft::setWorkloadArgs(const QString& name, const QString& text)
{
    // The entries of this workload are replaced in place (where its first entry was), keeping spec order.
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_spec.workloads.size(); ++i) {
        if (m_spec.workloads[i].name == name && at < 0) {
            at = i;
        }
    }
    m_spec.workloads.removeIf([&](const WorkloadRef& w) { return w.name == name; });
    at = at < 0 ? m_spec.workloads.size() : at;
    const QStringList groups = text.split(QLatin1Char(';'));
    for (qsizetype g = 0; g < groups.size(); ++g) {
        m_spec.workloads.insert(at + g, WorkloadRef { name, groups[g].split(QLatin1Char(' '), Qt::SkipEmptyParts) });
    }
    refreshItems(false);
    edited();
}

void SpecDraft::setScenario(const QString& kind, bool on)
{
    const ScenarioKindDef* def = findScenarioKind(kind);
    const bool has = std::any_of(
        m_spec.scenarios.begin(), m_spec.scenarios.end(), [&](const ScenarioSpec& s) { return s.kind == kind; });
    if (on && !has && def) {
        ScenarioSpec s { kind, kind, {}, {} };
        QString field;
        QString what;
        normaliseScenarioParams(*def, s.settings, &field, &what); // fills the defaults
        m_spec.scenarios << s;
        m_current = kind;
    } else if (!on) {
        m_spec.scenarios.removeIf([&](const ScenarioSpec& s) { return s.kind == kind; });
    }
    refreshItems(false);
    showCurrentScenario();
    edited();
}

void SpecDraft::setCurrentScenario(const QString& kind)
{
    m_current = kind;
    showCurrentScenario();
}

void SpecDraft::open(const QString& path)
{
    runInBackground<SpecParseResult>(
        this, [path] { return readExperimentSpec(path); },
        [this, path](const SpecParseResult& r) {
            if (!r.spec) {
                Q_EMIT failed(r.error);
                return;
            }
            setSpec(*r.spec);
            Q_EMIT opened(path);
        });
}

void SpecDraft::save(const QString& path)
{
    const ExperimentSpec spec = m_spec;
    runInBackground<QString>(
        this, [path, spec] { return saveExperimentSpec(path, spec); },
        [this, path](const QString& error) { error.isEmpty() ? Q_EMIT saved(path) : Q_EMIT failed(error); });
}

} // namespace rb
