// SPDX-License-Identifier: GPL-3.0-or-later
#include "procevents.h"

#include <cerrno>
#include <cstring>
#include <linux/cn_proc.h>
#include <linux/connector.h>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rb::detail {

ProcEvents::ProcEvents()
{
    m_fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_CONNECTOR);
    if (m_fd < 0) {
        return;
    }
    const int rcvbuf = 4 << 20; // a busy machine forks a lot between two ticks
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof rcvbuf);
    sockaddr_nl addr {};
    addr.nl_family = AF_NETLINK;
    addr.nl_groups = CN_IDX_PROC;
    // nlmsghdr, then cn_msg (whose payload is a flexible array), then the operation.
    alignas(nlmsghdr) char req[NLMSG_LENGTH(sizeof(cn_msg) + sizeof(proc_cn_mcast_op))] = {};
    auto* nl = reinterpret_cast<nlmsghdr*>(req);
    nl->nlmsg_len = sizeof req;
    nl->nlmsg_type = NLMSG_DONE;
    auto* cn = static_cast<cn_msg*>(NLMSG_DATA(nl));
    cn->id.idx = CN_IDX_PROC;
    cn->id.val = CN_VAL_PROC;
    cn->len = sizeof(proc_cn_mcast_op);
    const proc_cn_mcast_op op = PROC_CN_MCAST_LISTEN;
    std::memcpy(cn->data, &op, sizeof op);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0
        || ::send(m_fd, &req, sizeof req, 0) != ssize_t(sizeof req)) {
        ::close(m_fd);
        m_fd = -1;
    }
}

ProcEvents::~ProcEvents()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool ProcEvents::apply(std::set<pid_t>& members)
{
    alignas(nlmsghdr) char buf[16384];
    bool complete = true;
    for (;;) {
        ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            complete = complete && errno != ENOBUFS; // ENOBUFS: the kernel dropped events
            if (errno == ENOBUFS) {
                continue; // what is still queued is drained; the caller rescans
            }
            return complete;
        }
        for (auto* nl = reinterpret_cast<nlmsghdr*>(buf); NLMSG_OK(nl, n); nl = NLMSG_NEXT(nl, n)) {
            const auto* cn = static_cast<const cn_msg*>(NLMSG_DATA(nl));
            if (cn->id.idx != CN_IDX_PROC || cn->len < sizeof(proc_event)) {
                continue;
            }
            proc_event ev;
            std::memcpy(&ev, cn->data, sizeof ev);
            if (ev.what == proc_event::PROC_EVENT_FORK) {
                const auto& f = ev.event_data.fork;
                if (f.child_pid == f.child_tgid && members.count(f.parent_tgid)) {
                    members.insert(f.child_tgid);
                }
            } else if (ev.what == proc_event::PROC_EVENT_EXIT) {
                const auto& e = ev.event_data.exit;
                if (e.process_pid == e.process_tgid) {
                    members.erase(e.process_tgid);
                }
            }
        }
    }
}

} // namespace rb::detail
