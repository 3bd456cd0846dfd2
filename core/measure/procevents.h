// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/measure (used by the resource sampler).
#pragma once

#include <set>
#include <sys/types.h>

namespace rb::detail {

/// Fork and exit notifications from the kernel's process connector (netlink, CN_IDX_PROC; needs
/// CAP_NET_ADMIN and CONFIG_PROC_EVENTS). It lets the sampler follow a process tree without rescanning /proc
/// every tick. Owned and used by one thread.
class ProcEvents
{
public:
    ProcEvents();
    ~ProcEvents();
    ProcEvents(const ProcEvents&) = delete;
    ProcEvents& operator=(const ProcEvents&) = delete;

    /// Subscribed: events flow. When false the caller must scan /proc instead.
    bool ok() const
    {
        return m_fd >= 0;
    }
    /// Applies the pending events to `members` (thread-group ids): a new process (not a thread) whose parent
    /// is a member joins, an exiting process leaves. Returns false when events were lost (the socket's buffer
    /// overflowed) and the caller must rescan.
    bool apply(std::set<pid_t>& members);

private:
    int m_fd = -1;
};

} // namespace rb::detail
