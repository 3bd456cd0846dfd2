// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure/processlauncher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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

/// The runbench-cli of the build under test: ctest sets RUNBENCH_BUILD_DIR; run by hand, tests sit in <build>/tests.
inline QString cliPath()
{
    const QString build =
        qEnvironmentVariable("RUNBENCH_BUILD_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    return build + QStringLiteral("/bin/runbench-cli");
}

/// What a finished command printed; code -1 when it crashed or timed out.
struct CommandOutput
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs `program args` to the end (killed after timeoutMs).
inline CommandOutput runCommand(const QString& program, const QStringList& args,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, {}, QStringLiteral("timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

/// Reads a started server's stdout until it contains `needle` (true), or it exits or `timeoutMs` pass
/// (false; then `why` says which, with the end of its stderr: a `docker run` that failed says so at once).
inline bool waitForOutput(QProcess& p, const QByteArray& needle, int timeoutMs, QString* why)
{
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains(needle)) {
        if (p.state() == QProcess::NotRunning) {
            *why = QStringLiteral("exited (code %1) before printing \"%2\": %3")
                       .arg(p.exitCode())
                       .arg(QString::fromUtf8(needle), QString::fromUtf8(p.readAllStandardError().right(400)));
            return false;
        }
        if (clock.elapsed() > timeoutMs) {
            *why = QStringLiteral("no \"%1\" within %2 ms; stdout: %3; stderr: %4")
                       .arg(QString::fromUtf8(needle))
                       .arg(timeoutMs)
                       .arg(QString::fromUtf8(out.right(200)), QString::fromUtf8(p.readAllStandardError().right(400)));
            return false;
        }
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    return true;
}

/// Writes content to `path` (replacing it) and returns the path.
inline QString writeTextFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace rb::test
