// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace rb {

/// Streams raw per-response samples to a CSV file with bounded memory: each load thread appends to its
/// own 64 KiB buffer (RawSampleSink::Buffer) and writes it out under a mutex only when full, so memory
/// stays O(threads) however many requests the run makes.
///
/// File format (times in ns from the run's origin, so exact and integer):
/// `thread,intended_ns,sent_ns,done_ns,status` — corrected latency is done − intended, uncorrected
/// done − sent (equal in a closed loop).
class RawSampleSink
{
public:
    /// Opens (truncates) path and writes the header; false with *error set on failure. Calling thread.
    bool open(const std::string& path, std::string* error);
    ~RawSampleSink();
    bool isOpen() const
    {
        return m_fd >= 0;
    }
    /// Bytes that could not be written (disk full, …); checked once the run is over.
    bool failed() const
    {
        return m_failed;
    }

    /// One per load thread; appends without locking until its buffer is full.
    class Buffer
    {
    public:
        Buffer(RawSampleSink* sink, int thread);
        ~Buffer();
        void append(int64_t intendedNs, int64_t sentNs, int64_t doneNs, int status);
        void flush();

    private:
        RawSampleSink* m_sink;
        int m_thread;
        std::vector<char> m_buf;
        std::size_t m_used = 0;
    };

private:
    void write(const char* data, std::size_t len);

    int m_fd = -1;
    bool m_failed = false;
    std::mutex m_mutex;
};

} // namespace rb
