// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace bn {

//! A lower-case ASCII string that every match of the regular expression \a pattern contains,
//! compared without case, or empty when none is known. Conservative: whatever it cannot read
//! for sure (alternations, groups, classes, escapes with arguments, options) yields no literal
//! or splits one. A regex can then be skipped on a text whose caselessFold() lacks it.
std::string requiredLiteral(QStringView pattern);

//! Literals one of which every match of \a pattern contains: for each alternative at the top
//! level ("proofpoint|pphosted"), its requiredLiteral() or the literals of the alternatives of a
//! group it requires ("(?:failed recipient|address):"), whichever set's shortest is longer;
//! none when an alternative has none.
std::vector<std::string> requiredLiterals(QStringView pattern);

//! \a text into \a out, one byte a UTF-16 unit, as the literals are compared with it: ASCII in
//! lower case; the two characters outside ASCII that a case-insensitive regex matches with an
//! ASCII letter (PCRE2's caseless sets: the Kelvin sign with "k", the long s with "s") as that
//! letter; every other character as 0x80, which no literal holds. Returns whether \a text is
//! valid UTF-16 (no half of a surrogate pair alone), which PCRE2 checks before every match.
bool caselessFold(QStringView text, std::string &out);

//! One UTF-16 unit as caselessFold() writes it (0x80 for each half of a surrogate pair).
inline char caselessFoldOf(char16_t c)
{
    if (c < 128)
        return char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (c == u'\u212A') // KELVIN SIGN
        return 'k';
    if (c == u'\u017F') // LATIN SMALL LETTER LONG S
        return 's';
    return char(0x80);
}

//! Whether \a text at \a i starts with \a lower (lower-case ASCII), compared as a
//! case-insensitive regex compares it (caselessFoldOf()); the index just past it in \a end.
bool caselessAt(QStringView text, qsizetype i, std::string_view lower, qsizetype *end = nullptr);

} // namespace bn

#include "common/phrase_set.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace bn {

//! The required literals of a list of regexes, searched at once: which of them can match a
//! text at all. A regex without a known literal always can.
class RegexPrefilter
{
public:
    RegexPrefilter() = default;
    explicit RegexPrefilter(const QStringList &patterns);

    class Scan
    {
    public:
        //! False only when regex \a index (its position in the list) cannot match.
        bool mayMatch(qsizetype index) const
        {
            if (m_all)
                return true;
            const std::vector<int> &literals = (*m_literalsOf)[size_t(index)];
            if (literals.empty())
                return true;
            for (int literal : literals)
                if (m_found[size_t(literal)])
                    return true;
            return false;
        }

        //! Options for matching the scanned text: PCRE2's check that the text is valid UTF-16,
        //! made again for every match of every expression, is skipped once the scan found it so.
        QRegularExpression::MatchOptions matchOptions() const
        {
            return m_validUtf16 ? QRegularExpression::DontCheckSubjectStringMatchOption : QRegularExpression::NoMatchOption;
        }

    private:
        friend class RegexPrefilter;
        bool m_all = true;
        bool m_validUtf16 = false;
        const std::vector<std::vector<int>> *m_literalsOf = nullptr;
        std::vector<bool> m_found;
    };

    Scan scan(QStringView text) const;
    qsizetype size() const { return qsizetype(m_literalsOf.size()); }

private:
    std::vector<std::vector<int>> m_literalsOf; //!< per regex, its literals' ids in m_literals
    PhraseSet m_literals;
};

//! Fixed phrases found in a text as a case-insensitive regex of their alternation, "mailbox
//! full|over quota|…", finds them: in its caselessFold(), one pass of a PhraseSet. Such a
//! regex costs PCRE2 a JIT compile as large as its words when first used; this costs nothing.
class CaselessPhrases
{
public:
    //! \a phrases: lower-case ASCII, none empty.
    explicit CaselessPhrases(const std::vector<std::string> &phrases);

    //! Whether one of the phrases occurs in \a text. False for a text that is not valid UTF-16
    //! (a lone half of a surrogate pair), which PCRE2 matches nothing in.
    bool foundIn(QStringView text) const;

private:
    PhraseSet m_phrases;
};

//! Regular expressions tried in order, the first that matches wins; each is skipped, without
//! running, on a text that lacks its required literal.
class OrderedRegexes
{
public:
    //! A cheap test that a text can match a regex: false only where it cannot.
    using TextCheck = bool (*)(QStringView text);

    //! \a checks: per regex, in the same order, one run before it, or null; none past the end.
    explicit OrderedRegexes(QList<QRegularExpression> regexes, std::vector<TextCheck> checks = {});

    //! The match of the first expression that matches \a text, and its position in the list
    //! (in \a which, if given); a match without hasMatch() when none does.
    QRegularExpressionMatch firstMatch(QStringView text, qsizetype *which = nullptr) const;

private:
    QList<QRegularExpression> m_regexes;
    std::vector<TextCheck> m_checks;
    RegexPrefilter m_prefilter;
};

} // namespace bn
