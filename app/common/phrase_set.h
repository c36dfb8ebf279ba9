// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bn {

//! A fixed set of byte strings, searched all at once (an Aho–Corasick automaton): one pass over
//! a text tells which of them occur in it, exactly as std::string_view::find of each one would,
//! without a pass per phrase. Case-sensitive: lower-case the text and the phrases alike.
//! Searching from several threads at once is safe. Movable, not copyable.
class PhraseSet
{
public:
    PhraseSet() = default;
    explicit PhraseSet(const std::vector<std::string> &phrases);

    //! The number of phrases; their ids are their positions in the constructor's list.
    int size() const { return m_phraseCount; }

    //! found[id] is true for each phrase that occurs in \a text; \a found is resized to size().
    void find(std::string_view text, std::vector<bool> &found) const;

private:
    int32_t child(int32_t state, uint8_t byteClass) const;
    int32_t transition(int32_t state, uint8_t byteClass) const;
    void mark(int32_t state, std::vector<bool> &found) const;

    // Bytes in classes: one per byte that some phrase holds, class 0 for all the others (which
    // lead back to the start). The trie is kept as lists of children (cheap to build: sets are
    // built at start-up); the complete transitions, fall-backs included, are worked out the
    // first time a search needs them and kept in a table, so a search mostly makes one look-up
    // per byte. The table is filled by whichever thread gets there first: every entry has one
    // possible value, so relaxed atomics suffice.
    int m_phraseCount = 0;
    int32_t m_classCount = 1;
    std::array<uint8_t, 256> m_classOf{};
    std::vector<int32_t> m_firstChild, m_nextSibling;
    std::vector<uint8_t> m_labelClass;  //!< the class of the byte on the edge into each state
    std::vector<int32_t> m_fail;        //!< the longest proper suffix of the state that is a state
    std::vector<int32_t> m_outputs;     //!< per state, a phrase ending there, or -1
    std::vector<int32_t> m_moreOutputs; //!< the next state on the suffix chain with an output, or -1
    std::vector<uint8_t> m_reports;     //!< per state: a phrase ends there or at a suffix of it
    std::vector<std::pair<int32_t, int32_t>> m_equalPhrases; //!< (state, id) for repeated phrases
    //! state * classes + class: the next state + 1, or 0 while unknown. Zeroed by calloc (an
    //! atomic integer needs no construction): a loop over a million atomics costs more.
    struct Free
    {
        void operator()(std::atomic<int32_t> *p) const { std::free(p); }
    };
    std::unique_ptr<std::atomic<int32_t>[], Free> m_transitions;
};

} // namespace bn
