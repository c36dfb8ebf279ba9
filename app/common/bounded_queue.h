// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <optional>

namespace bn {

//! A first-in first-out queue between one producing and one consuming thread, holding at most
//! \a capacity items: the producer waits when it is full, so memory stays bounded.
template<typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    void push(T &&item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= m_capacity)
            m_notFull.wait(&m_mutex);
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
    }

    //! No more items will come: pop() returns nothing once the queue is empty.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }

    //! The next item, waiting for one; nothing when the queue is closed and empty.
    std::optional<T> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return item;
    }

private:
    const size_t m_capacity;
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace bn
