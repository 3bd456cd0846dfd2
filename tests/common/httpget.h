// SPDX-License-Identifier: GPL-3.0-or-later
// One HTTP/1.1 GET on an open keep-alive connection, for tests that talk to a served workload.
#pragma once

#include <QRegularExpression>
#include <QTcpSocket>

namespace rb::test {

/// Sends GET `path` and returns the body (Content-Length framed); `status` gets the status line.
/// "<no answer>" when nothing more arrives within 30 s.
inline QByteArray httpGet(QTcpSocket& sock, const QByteArray& path, QByteArray* status)
{
    sock.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray in;
    int headEnd = -1;
    qsizetype length = -1;
    while (true) {
        if (headEnd < 0) {
            headEnd = int(in.indexOf("\r\n\r\n"));
            if (headEnd >= 0) {
                const auto m = QRegularExpression(
                    QStringLiteral("Content-Length: (\\d+)"), QRegularExpression::CaseInsensitiveOption)
                                   .match(QString::fromLatin1(in.left(headEnd)));
                length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                *status = in.left(in.indexOf("\r\n"));
            }
        }
        if (headEnd >= 0 && in.size() >= headEnd + 4 + length) {
            return in.mid(headEnd + 4, length);
        }
        if (!sock.waitForReadyRead(30000)) {
            return "<no answer>";
        }
        in += sock.readAll();
    }
}

} // namespace rb::test
