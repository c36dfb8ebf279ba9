// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace bn {

//! Runs one function over a stream of items on several threads and hands the results over in
//! the order the items came, on the thread that feeds it:
//!
//!     OrderedWorkers<Batch, Output> workers(2, 8, decodeBatch, print);
//!     for (...) workers.push(std::move(batch)); // prints earlier results as they are ready
//!     workers.finish();                         // prints the rest
//!
//! At most \a maxInFlight items are pushed and not yet handed over: push() waits (handing over
//! what is ready meanwhile), so memory stays bounded even when one item takes long. \a work must
//! be safe to call on several threads at once; \a deliver is only called by push() and finish().
template<typename In, typename Out> class OrderedWorkers
{
public:
    OrderedWorkers(int threads, size_t maxInFlight, std::function<Out(In &&)> work, std::function<void(Out &&)> deliver)
        : m_maxInFlight(maxInFlight < 1 ? 1 : maxInFlight)
        , m_work(std::move(work))
        , m_deliver(std::move(deliver))
    {
        for (int i = 0; i < (threads < 1 ? 1 : threads); ++i)
            m_threads.emplace_back([this] { runWorker(); });
    }

    ~OrderedWorkers() { finish(); }

    OrderedWorkers(const OrderedWorkers &) = delete;
    OrderedWorkers &operator=(const OrderedWorkers &) = delete;

    void push(In &&item)
    {
        std::unique_lock lock(m_mutex);
        while (m_nextSeq - m_nextOut >= m_maxInFlight) {
            if (!deliverReady(lock))
                m_resultReady.wait(lock);
        }
        m_todo.emplace_back(m_nextSeq++, std::move(item));
        m_done.emplace_back();
        m_workAvailable.notify_one();
        deliverReady(lock);
    }

    //! Waits for every item pushed, hands the remaining results over and stops the threads.
    void finish()
    {
        {
            std::unique_lock lock(m_mutex);
            while (m_nextOut < m_nextSeq) {
                if (!deliverReady(lock))
                    m_resultReady.wait(lock);
            }
            m_closing = true;
            m_workAvailable.notify_all();
        }
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }

private:
    void runWorker()
    {
        std::unique_lock lock(m_mutex);
        while (true) {
            while (m_todo.empty() && !m_closing)
                m_workAvailable.wait(lock);
            if (m_todo.empty())
                return;
            auto [seq, item] = std::move(m_todo.front());
            m_todo.pop_front();
            lock.unlock();
            Out result = m_work(std::move(item));
            lock.lock();
            m_done[size_t(seq - m_nextOut)] = std::move(result);
            if (seq == m_nextOut)
                m_resultReady.notify_one();
        }
    }

    //! Hands over the results ready at the front, with the lock released meanwhile. Returns
    //! whether any was handed over.
    bool deliverReady(std::unique_lock<std::mutex> &lock)
    {
        bool any = false;
        while (!m_done.empty() && m_done.front()) {
            Out result = std::move(*m_done.front());
            m_done.pop_front();
            ++m_nextOut;
            lock.unlock();
            m_deliver(std::move(result));
            lock.lock();
            any = true;
        }
        return any;
    }

    const size_t m_maxInFlight;
    const std::function<Out(In &&)> m_work;
    const std::function<void(Out &&)> m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_resultReady;
    std::deque<std::pair<uint64_t, In>> m_todo;
    std::deque<std::optional<Out>> m_done; //!< results from m_nextOut on, empty until computed
    uint64_t m_nextSeq = 0;
    uint64_t m_nextOut = 0;
    bool m_closing = false;
    std::vector<std::thread> m_threads;
};

} // namespace bn
