// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bn {

//! A fixed set of byte strings, searched all at once (an Aho–Corasick automaton): one pass over
//! a text tells which of them occur in it, exactly as std::string_view::find of each one would,
//! without a pass per phrase. Case-sensitive: lower-case the text and the phrases alike.
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
    int32_t child(int32_t state, unsigned char byte) const;
    int32_t step(int32_t state, unsigned char byte) const;
    void mark(int32_t state, std::vector<bool> &found) const;

    // The trie, kept small (cheap to build, since a set is built at start-up): the root's edges
    // in a table, every other state's as a list of its children.
    int m_phraseCount = 0;
    std::array<int32_t, 256> m_rootChild{};
    std::vector<int32_t> m_firstChild, m_nextSibling;
    std::vector<unsigned char> m_label; //!< the byte on the edge into each state
    std::vector<int32_t> m_fail;        //!< the longest proper suffix of the state that is a state
    std::vector<int32_t> m_outputs;     //!< per state, a phrase ending there, or -1
    std::vector<int32_t> m_moreOutputs; //!< the next state on the suffix chain with an output, or -1
    std::vector<std::pair<int32_t, int32_t>> m_equalPhrases; //!< (state, id) for repeated phrases
    std::vector<int32_t> m_denseRow; //!< per state, its row in m_dense, or -1 (built last)
    std::vector<int32_t> m_dense;    //!< complete rows of 256 next states
};

} // namespace bn
