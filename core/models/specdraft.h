// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/durationestimate.h"
#include "model/experimentspec.h"
#include "runner/installation.h"

#include <QObject>
#include <memory>

namespace rb {

class CheckListModel;
class FactorTableModel;
class ScenarioParamModel;

/// What the draft amounts to: whether it is a valid spec here, and if so its runs and duration.
struct DraftSummary
{
    QString error; ///< empty: valid; else the first problem, naming the field (readExperimentSpec/validate())
    bool parsed = false; ///< the spec's shape is valid (the counts below are set), even if validate() is not
    int runs = 0; ///< planned runs, warm-ups included (ExperimentPlan::runs().size())
    int measured = 0;
    DurationEstimate estimate;
    QStringList excluded; ///< workload × scenario pairs the plan leaves out
};

/// The experiment being designed: an ExperimentSpec edited through intent slots and small models (runtimes,
/// workloads and scenario kinds to pick, the current scenario's parameters, user factors). After every change
/// it checks the spec the same way a file is checked (parseExperimentSpec of the written JSON, then
/// Installation::validate()) and expands the plan to count runs: pure, in-memory work on small values.
/// Opening and saving files run on the thread pool. Lives in and is used from the GUI thread.
class SpecDraft : public QObject
{
    Q_OBJECT
public:
    explicit SpecDraft(QObject* parent = nullptr);
    ~SpecDraft() override;

    void setInstallation(std::shared_ptr<const Installation> installation);
    /// Replaces the whole draft (emits specReplaced()).
    void setSpec(const ExperimentSpec& spec);
    const ExperimentSpec& spec() const
    {
        return m_spec;
    }
    const DraftSummary& summary() const
    {
        return m_summary;
    }
    /// The kind whose parameters params() shows.
    const QString& currentScenario() const
    {
        return m_current;
    }

    CheckListModel* runtimes() const
    {
        return m_runtimes;
    }
    CheckListModel* workloads() const
    {
        return m_workloads;
    }
    CheckListModel* scenarios() const
    {
        return m_scenarios;
    }
    ScenarioParamModel* params() const
    {
        return m_params;
    }
    FactorTableModel* factors() const
    {
        return m_factors;
    }

    /// The spec's order names in RunOrder order ("sequential", "interleaved", "random"), and cache policies.
    static QStringList orderNames();
    static QStringList cacheNames();

public Q_SLOTS:
    void setName(const QString& name);
    void setDescription(const QString& description);
    void setRepetitions(int n);
    void setWarmup(int n);
    void setOrder(int order); ///< index into orderNames()
    void setSeed(double seed);
    void setTimeout(double seconds);
    void setCooldown(double seconds);
    void setCache(int policy); ///< index into cacheNames()
    void setStartDaemons(bool on);
    void setRuntime(const QString& id, bool on);
    void setWorkload(const QString& name, bool on);
    /// One workload entry per ';'-separated group of arguments: "1000; 2000" → cpu-hash 1000, cpu-hash 2000.
    void setWorkloadArgs(const QString& name, const QString& text);
    void setScenario(const QString& kind, bool on);
    void setCurrentScenario(const QString& kind);
    /// Reads a spec file on the thread pool; opened() or failed().
    void open(const QString& path);
    /// Writes the draft on the thread pool; saved() or failed().
    void save(const QString& path);

Q_SIGNALS:
    /// The spec or the summary changed.
    void changed();
    /// setSpec() or open() replaced everything: widgets showing fields re-read them.
    void specReplaced();
    void opened(const QString& path);
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void edited();
    void refreshItems(bool reset);
    void showCurrentScenario();

    ExperimentSpec m_spec;
    DraftSummary m_summary;
    std::shared_ptr<const Installation> m_inst;
    QString m_current;
    CheckListModel* m_runtimes;
    CheckListModel* m_workloads;
    CheckListModel* m_scenarios;
    ScenarioParamModel* m_params;
    FactorTableModel* m_factors;
};

} // namespace rb
