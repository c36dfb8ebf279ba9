// SPDX-License-Identifier: GPL-3.0-or-later
// Aho–Corasick: a trie of the phrases in which a byte with no edge falls back to the state's
// longest proper suffix that is also in the trie (its fail state), so the search never
// backtracks in the text; each state also links to the nearest suffix at which a phrase ends.
// Transitions, fall-backs included, are remembered once worked out (a lazily built DFA).
#include "common/phrase_set.h"

#include <deque>
#include <new>
#include <type_traits>

namespace bn {

PhraseSet::PhraseSet(const std::vector<std::string> &phrases)
    : m_phraseCount(int(phrases.size()))
{
    for (const std::string &p : phrases)
        for (unsigned char c : p)
            if (m_classOf[c] == 0)
                m_classOf[c] = uint8_t(m_classCount++); // at most 256 classes: the 255 bytes and 0 share
    const auto addState = [this](uint8_t labelClass) {
        m_firstChild.push_back(-1);
        m_nextSibling.push_back(-1);
        m_labelClass.push_back(labelClass);
        m_outputs.push_back(-1);
        return int32_t(m_outputs.size() - 1);
    };
    addState(0); // the root
    for (int id = 0; id < m_phraseCount; ++id) {
        int32_t s = 0;
        for (unsigned char c : phrases[size_t(id)]) {
            int32_t t = child(s, m_classOf[c]);
            if (t < 0) {
                t = addState(m_classOf[c]);
                m_nextSibling[size_t(t)] = m_firstChild[size_t(s)];
                m_firstChild[size_t(s)] = t;
            }
            s = t;
        }
        if (m_outputs[size_t(s)] < 0)
            m_outputs[size_t(s)] = id;
        else
            m_equalPhrases.emplace_back(s, id);
    }

    const size_t states = m_outputs.size();
    static_assert(std::is_trivially_default_constructible_v<std::atomic<int32_t>> && std::atomic<int32_t>::is_always_lock_free);
    m_transitions.reset(static_cast<std::atomic<int32_t> *>(std::calloc(states * size_t(m_classCount), sizeof(std::atomic<int32_t>))));
    if (!m_transitions)
        throw std::bad_alloc();
    // Breadth first: a state's fail state is shallower, so complete before it is needed.
    m_fail.assign(states, 0);
    m_moreOutputs.assign(states, -1);
    std::deque<int32_t> queue;
    for (int32_t t = m_firstChild[0]; t >= 0; t = m_nextSibling[size_t(t)])
        queue.push_back(t); // one byte deep: the fail state is the root
    while (!queue.empty()) {
        const int32_t s = queue.front();
        queue.pop_front();
        const int32_t f = m_fail[size_t(s)];
        m_moreOutputs[size_t(s)] = m_outputs[size_t(f)] >= 0 ? f : m_moreOutputs[size_t(f)];
        for (int32_t t = m_firstChild[size_t(s)]; t >= 0; t = m_nextSibling[size_t(t)]) {
            m_fail[size_t(t)] = transition(f, m_labelClass[size_t(t)]);
            queue.push_back(t);
        }
    }
    m_reports.resize(states);
    for (size_t s = 0; s < states; ++s)
        m_reports[s] = m_outputs[s] >= 0 || m_moreOutputs[s] >= 0;
}

int32_t PhraseSet::child(int32_t state, uint8_t byteClass) const
{
    for (int32_t t = m_firstChild[size_t(state)]; t >= 0; t = m_nextSibling[size_t(t)])
        if (m_labelClass[size_t(t)] == byteClass)
            return t;
    return -1;
}

//! The state after a byte of \a byteClass: the edge of the longest suffix of \a state that has
//! one, remembered.
int32_t PhraseSet::transition(int32_t state, uint8_t byteClass) const
{
    if (byteClass == 0)
        return 0;
    std::atomic<int32_t> &known = m_transitions[size_t(state) * size_t(m_classCount) + byteClass];
    if (const int32_t t = known.load(std::memory_order_relaxed))
        return t - 1;
    int32_t next = child(state, byteClass);
    if (next < 0)
        next = state == 0 ? 0 : transition(m_fail[size_t(state)], byteClass);
    known.store(next + 1, std::memory_order_relaxed);
    return next;
}

void PhraseSet::mark(int32_t state, std::vector<bool> &found) const
{
    for (int32_t s = state; s >= 0; s = m_moreOutputs[size_t(s)])
        if (m_outputs[size_t(s)] >= 0)
            found[size_t(m_outputs[size_t(s)])] = true;
}

void PhraseSet::find(std::string_view text, std::vector<bool> &found) const
{
    found.assign(size_t(m_phraseCount), false);
    if (m_phraseCount == 0)
        return;
    mark(0, found); // an empty phrase occurs in every text, as find("") says
    const size_t width = size_t(m_classCount);
    int32_t s = 0;
    for (unsigned char c : text) {
        const uint8_t byteClass = m_classOf[c];
        if (byteClass == 0) {
            s = 0; // a byte no phrase holds
            continue;
        }
        // Inline the common case: the transition is known.
        const int32_t known = m_transitions[size_t(s) * width + byteClass].load(std::memory_order_relaxed);
        s = known ? known - 1 : transition(s, byteClass);
        if (m_reports[size_t(s)])
            mark(s, found);
    }
    // A phrase listed twice is found when its first listing is.
    for (const auto &[state, id] : m_equalPhrases)
        if (found[size_t(m_outputs[size_t(state)])])
            found[size_t(id)] = true;
}

} // namespace bn
