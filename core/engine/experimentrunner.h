// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedirs.h"
#include "experimentplan.h"
#include "hostrole.h"
#include "model/runrecord.h"
#include "runner/installation.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace rb {

class ResultWriter;
struct LiveFeed;
struct HostLink;

/// What an experiment run did, for the summary line and experiment.json.
struct ExperimentSummary
{
    QString status; ///< "complete", "partial" (some runs failed or were skipped), "cancelled", "error"
    int planned = 0;
    int alreadyDone = 0; ///< skipped by --resume
    int finished = 0;
    int failed = 0;
    int skipped = 0; ///< runs of unavailable runtimes or unpreparable workloads
    QMap<QString, int> reasons; ///< failure or skip reason → count
    QString error; ///< when status is "error" (e.g. the results folder could not be written)
    QJsonObject toJson() const;
};

/// Runs a plan synchronously on the calling thread (a worker, or the CLI's main thread): prepares
/// each runtime × workload once, then starts every run through its runner's LaunchSpec and measures
/// it with core/measure, recording each run before starting the next.
class ExperimentRunner
{
public:
    struct Observer
    {
        std::function<void(const RunSpec& run, int position, int total)> runStarting;
        std::function<void(const RunRecord& record)> runFinished;
        std::function<void(const QString& message)> log;
        /// Where load scenarios stream live values; null: nowhere (the CLI).
        LiveFeed* live = nullptr;
        /// Set: the runner waits before the next run until it is cleared (or cancel is set). A running run
        /// always finishes first: a load is never stopped half-way, so nothing measured is lost.
        const std::atomic<bool>* pause = nullptr;
        /// Called on the runner's thread when it starts waiting (true) and when it goes on (false).
        std::function<void(bool paused)> pausedChanged;
    };

    ExperimentRunner(ExperimentPlan plan, std::shared_ptr<const Installation> installation);

    /// Runs every run of the plan not yet in `writer`. `cancel` stops within ~20 ms: the running
    /// process group is killed and that run is not recorded (a resume runs it again).
    ExperimentSummary run(ResultWriter& writer, const std::atomic<bool>& cancel, const Observer& observer);

    /// What this machine does in a multi-host experiment (docs/multi-host.md); default: everything (role both).
    /// `--role loadgen` runs only the load scenarios' runs, prepares nothing and needs no runtime installed.
    void setHost(const HostAssignment& host)
    {
        m_host = host;
    }

    /// experiment.json content before the first run: spec, environment (also as "fingerprint"), this host,
    /// runtimes with versions.
    QJsonObject describe() const;

private:
    RunRecord measure(const RunSpec& run, const WorkloadDef& def, const PrepareResult& prepared, Runner& runner,
        const std::atomic<bool>& cancel, bool* cancelled);
    /// Tears down the user-factor levels that change and sets up the new ones (argv commands). False with the
    /// reason when a command fails; the level is then not active.
    bool switchFactors(const QJsonObject& params, QString* error, const std::function<void(const QString&)>& log);

    ExperimentPlan m_plan;
    std::shared_ptr<const Installation> m_inst;
    CacheDirs m_caches;
    QHash<QString, QString> m_activeFactors; ///< factor → level whose setup ran
    LiveFeed* m_live = nullptr; ///< the running observer's, during run()
    HostAssignment m_host;
    const HostLink* m_link = nullptr; ///< during run(), for --role sut and loadgen
};

} // namespace rb
