// SPDX-License-Identifier: GPL-3.0-or-later
// Aho–Corasick: a trie of the phrases in which a byte with no edge falls back to the state's
// longest proper suffix that is also in the trie (its fail state), so the search never
// backtracks in the text; each state also links to the nearest suffix at which a phrase ends.
#include "common/phrase_set.h"

#include <algorithm>
#include <deque>

namespace bn {

PhraseSet::PhraseSet(const std::vector<std::string> &phrases)
    : m_phraseCount(int(phrases.size()))
{
    m_rootChild.fill(-1);
    const auto addState = [this](unsigned char label) {
        m_firstChild.push_back(-1);
        m_nextSibling.push_back(-1);
        m_label.push_back(label);
        m_outputs.push_back(-1);
        return int32_t(m_outputs.size() - 1);
    };
    addState(0); // the root
    for (int id = 0; id < m_phraseCount; ++id) {
        int32_t s = 0;
        for (unsigned char c : phrases[size_t(id)]) {
            int32_t t = child(s, c);
            if (t < 0) {
                t = addState(c);
                if (s == 0) {
                    m_rootChild[c] = t;
                } else {
                    m_nextSibling[size_t(t)] = m_firstChild[size_t(s)];
                    m_firstChild[size_t(s)] = t;
                }
            }
            s = t;
        }
        if (m_outputs[size_t(s)] < 0)
            m_outputs[size_t(s)] = id;
        else
            m_equalPhrases.emplace_back(s, id);
    }

    // Breadth first: a state's fail state is shallower, so complete before it is needed.
    const size_t states = m_outputs.size();
    m_fail.assign(states, 0);
    m_moreOutputs.assign(states, -1);
    std::deque<int32_t> queue;
    for (int32_t t : m_rootChild)
        if (t >= 0)
            queue.push_back(t);
    while (!queue.empty()) {
        const int32_t s = queue.front();
        queue.pop_front();
        const int32_t f = m_fail[size_t(s)];
        m_moreOutputs[size_t(s)] = m_outputs[size_t(f)] >= 0 ? f : m_moreOutputs[size_t(f)];
        for (int32_t t = m_firstChild[size_t(s)]; t >= 0; t = m_nextSibling[size_t(t)]) {
            m_fail[size_t(t)] = step(f, m_label[size_t(t)]);
            queue.push_back(t);
        }
    }

    // The states one byte deep get complete rows too: a mismatch deeper falls back along the
    // fail chain, which mostly ends at one of them or at the root, and stops there at once.
    m_denseRow.assign(states, -1);
    for (int32_t s : m_rootChild) {
        if (s < 0)
            continue;
        std::array<int32_t, 256> row;
        for (int c = 0; c < 256; ++c)
            row[size_t(c)] = step(s, static_cast<unsigned char>(c)); // before the state is marked dense
        m_denseRow[size_t(s)] = int32_t(m_dense.size() / 256);
        m_dense.insert(m_dense.end(), row.begin(), row.end());
    }
}

int32_t PhraseSet::child(int32_t state, unsigned char byte) const
{
    if (state == 0)
        return m_rootChild[byte];
    for (int32_t t = m_firstChild[size_t(state)]; t >= 0; t = m_nextSibling[size_t(t)])
        if (m_label[size_t(t)] == byte)
            return t;
    return -1;
}

//! The state after \a byte: the edge of the longest suffix of \a state that has one.
int32_t PhraseSet::step(int32_t state, unsigned char byte) const
{
    for (;;) {
        if (state == 0)
            return std::max(m_rootChild[byte], 0);
        if (!m_denseRow.empty() && m_denseRow[size_t(state)] >= 0)
            return m_dense[size_t(m_denseRow[size_t(state)]) * 256 + byte];
        const int32_t t = child(state, byte);
        if (t >= 0)
            return t;
        state = m_fail[size_t(state)];
    }
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
    int32_t s = 0;
    for (unsigned char c : text) {
        // Most bytes of a text are read at the root (step's first case, kept inline).
        s = s == 0 ? std::max(m_rootChild[c], 0) : step(s, c);
        if (s != 0 && (m_outputs[size_t(s)] >= 0 || m_moreOutputs[size_t(s)] >= 0))
            mark(s, found);
    }
    // A phrase listed twice is found when its first listing is.
    for (const auto &[state, id] : m_equalPhrases)
        if (found[size_t(m_outputs[size_t(state)])])
            found[size_t(id)] = true;
}

} // namespace bn
