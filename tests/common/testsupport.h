// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure/processlauncher.h"

#include <QStringList>
#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rb::test {

/// A loopback port nothing listens on (bound then released: the kernel does not hand it out again at once).
inline quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

/// A request that starts `program` with `args` and a timeout.
inline ProcessRequest childRequest(
    const QString& program, const QStringList& args, std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    ProcessRequest req;
    req.argv = QStringList { program } + args;
    req.timeout = timeout;
    return req;
}

} // namespace rb::test
