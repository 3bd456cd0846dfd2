// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsamplesink.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace rb {

namespace {
constexpr std::size_t kBufferBytes = 64 * 1024;
constexpr std::size_t kMaxLine = 5 * 21 + 5;
} // namespace

bool RawSampleSink::open(const std::string& path, std::string* error)
{
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        *error = path + ": " + std::strerror(errno);
        return false;
    }
    static const char header[] = "thread,intended_ns,sent_ns,done_ns,status\n";
    write(header, sizeof(header) - 1);
    return true;
}

RawSampleSink::~RawSampleSink()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void RawSampleSink::write(const char* data, std::size_t len)
{
    std::lock_guard lock(m_mutex);
    while (len > 0) {
        const ssize_t n = ::write(m_fd, data, len);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            m_failed = true;
            return;
        }
        data += n;
        len -= std::size_t(n);
    }
}

RawSampleSink::Buffer::Buffer(RawSampleSink* sink, int thread)
    : m_sink(sink)
    , m_thread(thread)
{
    if (m_sink) {
        m_buf.resize(kBufferBytes);
    }
}

RawSampleSink::Buffer::~Buffer()
{
    flush();
}

void RawSampleSink::Buffer::append(int64_t intendedNs, int64_t sentNs, int64_t doneNs, int status)
{
    if (!m_sink) {
        return;
    }
    if (m_used + kMaxLine > m_buf.size()) {
        flush();
    }
    char* p = m_buf.data() + m_used;
    char* end = m_buf.data() + m_buf.size();
    const auto put = [&](int64_t v, char sep) {
        p = std::to_chars(p, end, v).ptr;
        *p++ = sep;
    };
    put(m_thread, ',');
    put(intendedNs, ',');
    put(sentNs, ',');
    put(doneNs, ',');
    put(status, '\n');
    m_used = std::size_t(p - m_buf.data());
}

void RawSampleSink::Buffer::flush()
{
    if (m_sink && m_used > 0) {
        m_sink->write(m_buf.data(), m_used);
        m_used = 0;
    }
}

} // namespace rb
