// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonsupervisor.h"

#include "privatedaemon.h"
#include "stalecontainers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <future>
#include <thread>

namespace rb {

/// A thread that runs jobs one at a time, in order, for as long as the supervisor lives.
class DaemonSupervisor::Keeper
{
public:
    Keeper()
        : m_thread([this] { loop(); })
    {
    }
    ~Keeper()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    /// Runs `job` on the keeper thread and waits for it.
    void call(std::function<void()> job)
    {
        std::packaged_task<void()> task(std::move(job));
        std::future<void> done = task.get_future();
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(task));
        }
        m_wake.notify_one();
        done.get();
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
            if (m_jobs.empty()) {
                return;
            }
            std::packaged_task<void()> job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job();
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void()>> m_jobs;
    bool m_quit = false;
    std::thread m_thread;
};

namespace {

std::atomic<int> g_sequence { 0 };

} // namespace

DaemonSupervisor::DaemonSupervisor(QString baseDir)
    : m_base(baseDir.isEmpty() ? defaultBaseDir() : std::move(baseDir))
    , m_keeper(std::make_unique<Keeper>())
{
    const int n = g_sequence.fetch_add(1);
    m_dir = m_base + QStringLiteral("/runbench-daemons-") + QString::number(QCoreApplication::applicationPid())
        + (n == 0 ? QString() : QString(QLatin1Char('-') + QString::number(n)));
}

DaemonSupervisor::~DaemonSupervisor()
{
    stop();
    m_keeper.reset(); // joins the keeper thread after its last job
}

void DaemonSupervisor::setLog(std::function<void(const QString&)> log)
{
    std::lock_guard lock(m_mutex);
    m_log = std::move(log);
}

void DaemonSupervisor::log(const QString& line) const
{
    std::function<void(const QString&)> sink;
    {
        std::lock_guard lock(m_mutex);
        sink = m_log;
    }
    if (sink) {
        sink(line);
    }
}

QString DaemonSupervisor::defaultBaseDir()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !xdg.isEmpty() && QFileInfo(xdg).isDir() ? xdg : QStringLiteral("/tmp");
}

DaemonInfo DaemonSupervisor::ensure(const QString& kind, const std::atomic<bool>* cancel)
{
    if (const auto known = find(kind)) {
        return *known;
    }
    DaemonInfo user = queryDaemon(kind, userDaemonAddress(kind));
    if (user.ok()) {
        log(QStringLiteral("using the running %1 %2 at %3").arg(user.program, user.version, user.address));
        std::lock_guard lock(m_mutex);
        m_infos << user;
        return user;
    }
    return startPrivate(kind, cancel);
}

DaemonInfo DaemonSupervisor::startPrivate(const QString& kind, const std::atomic<bool>* cancel)
{
    log(QStringLiteral("starting a private %1 in %2").arg(daemonProgram(kind), m_dir));
    DaemonInfo info;
    m_keeper->call([&] { info = startOnKeeper(kind, cancel); });
    if (info.ok()) {
        log(QStringLiteral("private %1 %2 answered after %3 ms (pid %4); %5")
                .arg(info.program, info.version)
                .arg(info.startMs, 0, 'f', 0)
                .arg(info.pid)
                .arg(info.environmentEntry()));
        if (!info.network.isEmpty()) {
            log(QStringLiteral("private %1's network: %2").arg(info.program, info.network));
        }
    } else {
        log(QStringLiteral("could not start a private %1: %2").arg(info.program, info.error));
    }
    std::lock_guard lock(m_mutex);
    m_infos << info;
    return info;
}

DaemonInfo DaemonSupervisor::startOnKeeper(const QString& kind, const std::atomic<bool>* cancel)
{
    if (!m_reaped) {
        m_reaped = true;
        for (const QString& line : reapStale(m_base)) {
            log(line);
        }
    }
    auto daemon = std::make_unique<PrivateDaemon>(kind, m_dir + QLatin1Char('/') + kind);
    daemon->start(cancel, std::chrono::seconds(60));
    DaemonInfo info = daemon->info();
    if (info.ok()) {
        m_private.push_back(std::move(daemon));
    }
    return info;
}

QStringList DaemonSupervisor::stop()
{
    QStringList problems;
    QStringList stopped;
    m_keeper->call([&] {
        while (!m_private.empty()) {
            const DaemonInfo info = m_private.back()->info();
            const QStringList p = m_private.back()->stop();
            m_private.pop_back();
            problems += p;
            stopped << QStringLiteral("stopped private %1 (pid %2)%3")
                           .arg(info.program)
                           .arg(info.pid)
                           .arg(p.isEmpty() ? QString() : QStringLiteral(" with problems"));
        }
        if (QFileInfo::exists(m_dir)) {
            problems += PrivateDaemon::cleanUp(m_dir);
        }
    });
    for (const QString& line : stopped) {
        log(line);
    }
    for (const QString& p : problems) {
        log(p);
    }
    return problems;
}

QList<DaemonInfo> DaemonSupervisor::daemons() const
{
    std::lock_guard lock(m_mutex);
    return m_infos;
}

std::optional<DaemonInfo> DaemonSupervisor::find(const QString& kind) const
{
    std::lock_guard lock(m_mutex);
    for (const DaemonInfo& d : m_infos) {
        if (d.kind == kind && d.ok()) {
            return d;
        }
    }
    return std::nullopt;
}

QStringList DaemonSupervisor::environmentFor(const QStringList& kinds) const
{
    QStringList env;
    std::lock_guard lock(m_mutex);
    for (const DaemonInfo& d : m_infos) {
        if (d.ok() && d.isPrivate && kinds.contains(d.kind)) {
            env << d.environmentEntry();
        }
    }
    return env;
}

QStringList DaemonSupervisor::reapStale(const QString& baseDir)
{
    QStringList lines;
    const QStringList entries = QDir(baseDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : stale::leftBehind(entries, QStringLiteral("runbench-daemons-"))) {
        const QString owner = entry.section(QLatin1Char('-'), 2, 2);
        const QString dir = baseDir + QLatin1Char('/') + entry;
        const QStringList problems = PrivateDaemon::cleanUp(dir);
        lines << QStringLiteral("cleaned up %1, left by Runbench process %2 that was killed%3")
                     .arg(dir, owner,
                         problems.isEmpty() ? QString()
                                            : QString(QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
    return lines;
}

} // namespace rb
