// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponseparser.h"

namespace rb {

namespace {

http_parser_settings makeSettings(http_cb headers, http_cb complete)
{
    http_parser_settings s;
    http_parser_settings_init(&s);
    s.on_headers_complete = headers;
    s.on_message_complete = complete;
    return s;
}

} // namespace

HttpResponseParser::HttpResponseParser()
{
    reset(false);
}

void HttpResponseParser::reset(bool headRequest)
{
    http_parser_init(&m_parser, HTTP_RESPONSE);
    m_parser.data = this;
    m_head = headRequest;
    m_complete = false;
    m_keepAlive = false;
    m_started = false;
}

int HttpResponseParser::onHeadersComplete(http_parser* p)
{
    // Returning 1 tells http_parser that the response has no body (the answer to a HEAD request).
    return static_cast<HttpResponseParser*>(p->data)->m_head ? 1 : 0;
}

int HttpResponseParser::onMessageComplete(http_parser* p)
{
    auto* self = static_cast<HttpResponseParser*>(p->data);
    self->m_complete = true;
    self->m_keepAlive = http_should_keep_alive(p) != 0;
    http_parser_pause(p, 1); // stop right after this response: what follows is not ours
    return 0;
}

HttpResponseParser::State HttpResponseParser::feed(const char* data, std::size_t len)
{
    static const http_parser_settings settings = makeSettings(&onHeadersComplete, &onMessageComplete);
    if (m_complete) {
        return len ? State::Error : State::Complete;
    }
    m_started = m_started || len > 0;
    const std::size_t used = http_parser_execute(&m_parser, &settings, data, len);
    if (m_complete) {
        http_parser_pause(&m_parser, 0);
        // Pipelining is off: bytes after the response (a second response, garbage) are a protocol error.
        return used == len ? State::Complete : State::Error;
    }
    if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK) {
        return State::Error;
    }
    return State::NeedMore;
}

HttpResponseParser::State HttpResponseParser::feedEof()
{
    if (m_complete) {
        return State::Complete;
    }
    if (!m_started) {
        return State::Error;
    }
    const State s = feed(nullptr, 0); // http_parser completes an EOF-delimited body on a zero-length call
    m_keepAlive = false;
    return s == State::Complete ? State::Complete : State::Error;
}

const char* HttpResponseParser::errorName() const
{
    return http_errno_name(HTTP_PARSER_ERRNO(&m_parser));
}

} // namespace rb
