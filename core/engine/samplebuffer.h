// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <vector>

namespace rb {

/// Bounded single-producer single-consumer ring buffer: the worker pushes, the GUI timer drains.
/// Lock-free; when full, push() drops the value and counts it (shown in the status bar), so a
/// slow GUI can never slow a measurement down.
template <typename T> class SampleBuffer
{
public:
    explicit SampleBuffer(std::size_t capacity = 4096)
        : m_slots(capacity + 1)
    {
    }
    /// Producer thread only.
    bool push(const T& value)
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        const std::size_t next = (head + 1) % m_slots.size();
        if (next == m_tail.load(std::memory_order_acquire)) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return false;
        }
        m_slots[head] = value;
        m_head.store(next, std::memory_order_release);
        return true;
    }
    /// Consumer thread only: appends everything available to `out`, returns how many.
    std::size_t drain(std::vector<T>& out)
    {
        std::size_t tail = m_tail.load(std::memory_order_relaxed);
        const std::size_t head = m_head.load(std::memory_order_acquire);
        std::size_t n = 0;
        while (tail != head) {
            out.push_back(m_slots[tail]);
            tail = (tail + 1) % m_slots.size();
            ++n;
        }
        m_tail.store(tail, std::memory_order_release);
        return n;
    }
    std::size_t dropped() const
    {
        return m_dropped.load(std::memory_order_relaxed);
    }
    std::size_t capacity() const
    {
        return m_slots.size() - 1;
    }

private:
    std::vector<T> m_slots;
    std::atomic<std::size_t> m_head { 0 };
    std::atomic<std::size_t> m_tail { 0 };
    std::atomic<std::size_t> m_dropped { 0 };
};

} // namespace rb
