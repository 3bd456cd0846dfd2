// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonflags.h"

#include "runner/daemonsupervisor.h"

#include <QTextStream>
#include <csignal>

namespace rb::cli {

namespace {

std::atomic<bool> g_cancel { false };

extern "C" void onInterrupt(int)
{
    g_cancel.store(true); // async-signal-safe: waits and runs check it
}

} // namespace

QCommandLineOption startDaemonsOption()
{
    return { QStringLiteral("start-daemons"),
        QStringLiteral("Allow Runbench to start a private dockerd/containerd (own socket and data root) when a "
                       "runtime needs one and none is running; it is stopped when the command ends.") };
}

DiscoverOptions discoverOptions(const QCommandLineParser& parser, const std::atomic<bool>& cancel)
{
    DiscoverOptions o;
    o.startDaemons = parser.isSet(QStringLiteral("start-daemons"));
    o.cancel = &cancel;
    o.log = [](const QString& line) { QTextStream(stderr) << "runbench-cli: " << line << '\n'; };
    return o;
}

bool stopDaemons(const Installation& inst)
{
    return !inst.daemons || inst.daemons->stop().isEmpty();
}

const std::atomic<bool>& cancelOnSignals()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    return g_cancel;
}

} // namespace rb::cli
