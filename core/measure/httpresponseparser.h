// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <http_parser.h>

namespace rb {

/// Incremental HTTP/1.1 response parser over Debian's libhttp-parser (the parser wrk uses). One response
/// at a time (the load generator never pipelines): bytes after a complete response are an error.
/// Handles Content-Length, chunked and read-until-EOF bodies, and HEAD responses. Used by one thread.
class HttpResponseParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Error
    };

    HttpResponseParser();
    HttpResponseParser(const HttpResponseParser&) = delete;
    HttpResponseParser& operator=(const HttpResponseParser&) = delete;

    /// Prepares for the next response; headRequest: the response has no body whatever its headers say.
    void reset(bool headRequest);
    /// Feeds bytes read from the socket.
    State feed(const char* data, std::size_t len);
    /// The server closed the connection: completes a read-until-EOF body, otherwise an error.
    State feedEof();
    /// Valid once Complete.
    int statusCode() const
    {
        return int(m_parser.status_code);
    }
    /// Whether the connection may carry the next request (false for "Connection: close", HTTP/1.0, EOF bodies).
    bool keepAlive() const
    {
        return m_keepAlive;
    }
    /// http_parser's name of the last error ("HPE_INVALID_CONSTANT", …).
    const char* errorName() const;

private:
    static int onHeadersComplete(http_parser* p);
    static int onMessageComplete(http_parser* p);

    http_parser m_parser {};
    bool m_head = false;
    bool m_complete = false;
    bool m_keepAlive = false;
    bool m_started = false;
};

} // namespace rb
