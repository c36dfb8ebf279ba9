// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/regex_literal.h"

#include <algorithm>

namespace bn {

namespace {

char lowerAscii(char16_t c)
{
    return char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

//! The index just past the group or class opened at \a i, or -1 when it is not closed.
qsizetype skipBracketed(QStringView p, qsizetype i)
{
    int depth = 0;
    bool inClass = false;
    for (; i < p.size(); ++i) {
        const char16_t c = p[i].unicode();
        if (c == '\\') {
            ++i;
        } else if (inClass) {
            if (c == ']')
                inClass = false;
        } else if (c == '[') {
            inClass = true;
            if (i + 1 < p.size() && p[i + 1] == u'^')
                ++i;
            if (i + 1 < p.size() && p[i + 1] == u']') // a leading ']' is a member
                ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return i + 1;
        }
        if (!inClass && depth == 0)
            return i + 1; // a class at the top level just closed
    }
    return -1;
}

} // namespace

std::string requiredLiteral(QStringView p)
{
    std::string best, run;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    qsizetype i = 0;
    while (i < p.size()) {
        const char16_t c = p[i].unicode();
        switch (c) {
        case '|': // an alternative at the top level: no literal is required by all
            return {};
        case '(':
            // Option settings such as (?x) or (?i) change how the rest reads.
            if (i + 2 < p.size() && p[i + 1] == u'?'
                && (isAsciiAlnum(p[i + 2].unicode()) || p[i + 2] == u'^' || p[i + 2] == u'-'))
                return {};
            [[fallthrough]];
        case '[':
            endRun();
            i = skipBracketed(p, i);
            if (i < 0)
                return {};
            continue;
        case '?':
        case '*':
        case '{': // the atom before may be absent: it leaves the run
            if (!run.empty())
                run.pop_back();
            endRun();
            if (c == '{') {
                const qsizetype close = p.indexOf(u'}', i);
                if (close < 0)
                    return {};
                i = close + 1;
                continue;
            }
            break;
        case '+': // the atom before is there, but what follows it need not be next to it
        case '.':
        case '^':
        case '$':
        case ')':
            endRun();
            break;
        case '\\': {
            if (i + 1 >= p.size())
                return {};
            const char16_t e = p[i + 1].unicode();
            if (isAsciiAlnum(e)) {
                // Escapes of one character class or assertion; others (\x41, \Q…, \1) may
                // stand for literal text of their own: give up.
                if (QStringView(u"bBdDsSwWhHvVRN").contains(QChar(e)) && !(e == 'N' && i + 2 < p.size() && p[i + 2] == u'{')) {
                    endRun();
                    i += 2;
                    continue;
                }
                return {};
            }
            if (e < 128)
                run += lowerAscii(e);
            else
                endRun();
            i += 2;
            continue;
        }
        default:
            if (c < 128)
                run += lowerAscii(c);
            else
                endRun();
        }
        ++i;
    }
    endRun();
    return best;
}

namespace {

size_t shortest(const std::vector<std::string> &literals)
{
    size_t n = literals.empty() ? 0 : literals.front().size();
    for (const std::string &l : literals)
        n = std::min(n, l.size());
    return n;
}

//! Whether \a p sets options anywhere ("(?x)", "(?i:"): they may change how a group reads.
bool setsOptions(QStringView p)
{
    for (qsizetype i = p.indexOf(u"(?"); i >= 0; i = p.indexOf(u"(?", i + 1))
        if (i + 2 < p.size() && (isAsciiAlnum(p[i + 2].unicode()) || p[i + 2] == u'^' || p[i + 2] == u'-'))
            return true;
    return false;
}

//! Literals one of which every match of \a p, one alternative (no '|' at its top level), holds:
//! its requiredLiteral(), or the literals of the alternatives of a group it cannot match without
//! ("^\s*(?:Failed recipient|Address)s?:" holds "failed recipient" or "address"), whichever
//! set's shortest literal is the longest.
std::vector<std::string> alternativeLiterals(QStringView p)
{
    std::vector<std::string> best;
    if (std::string literal = requiredLiteral(p); !literal.empty())
        best.push_back(std::move(literal));
    if (setsOptions(p))
        return best;
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] == u'\\') {
            ++i;
        } else if (p[i] == u'[' || p[i] == u'(') {
            const qsizetype after = skipBracketed(p, i);
            if (after < 0)
                return {};
            const bool required = after == p.size() || !QStringView(u"?*{").contains(p[after]);
            QStringView inside = p.mid(i + 1, after - i - 2);
            // A group that captures, or "(?:…)"; not a lookaround, a named group, a class.
            const bool group = p[i] == u'(' && (!inside.startsWith(u'?') || inside.startsWith(u"?:"));
            if (group && required) {
                if (inside.startsWith(u"?:"))
                    inside = inside.mid(2);
                std::vector<std::string> inner = requiredLiterals(inside);
                if (!inner.empty() && shortest(inner) > shortest(best))
                    best = std::move(inner);
            }
            i = after - 1;
        }
    }
    return best;
}

} // namespace

std::vector<std::string> requiredLiterals(QStringView pattern)
{
    std::vector<std::string> out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= pattern.size(); ++i) {
        if (i < pattern.size() && pattern[i] == u'\\') {
            ++i;
        } else if (i < pattern.size() && (pattern[i] == u'(' || pattern[i] == u'[')) {
            const qsizetype after = skipBracketed(pattern, i);
            if (after < 0)
                return {};
            i = after - 1;
        } else if (i == pattern.size() || pattern[i] == u'|') {
            std::vector<std::string> literals = alternativeLiterals(pattern.mid(from, i - from));
            if (literals.empty())
                return {};
            for (std::string &l : literals)
                out.push_back(std::move(l));
            from = i + 1;
        }
    }
    return out;
}

bool caselessAt(QStringView text, qsizetype i, std::string_view lower, qsizetype *end)
{
    if (i < 0 || text.size() - i < qsizetype(lower.size()))
        return false;
    for (size_t k = 0; k < lower.size(); ++k)
        if (caselessFoldOf(text[i + qsizetype(k)].unicode()) != lower[k])
            return false;
    if (end)
        *end = i + qsizetype(lower.size());
    return true;
}

bool caselessFold(QStringView text, std::string &out)
{
    out.resize(size_t(text.size()));
    bool valid = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        out[size_t(i)] = caselessFoldOf(c);
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                out[size_t(++i)] = char(0x80);
            else
                valid = false; // a lone half of a pair
        }
    }
    return valid;
}

} // namespace bn

namespace bn {

RegexPrefilter::RegexPrefilter(const QStringList &patterns)
{
    std::vector<std::string> literals;
    for (const QString &p : patterns) {
        m_literalsOf.emplace_back();
        for (std::string &literal : requiredLiterals(p)) {
            m_literalsOf.back().push_back(int(literals.size()));
            literals.push_back(std::move(literal));
        }
    }
    m_literals = PhraseSet(literals);
}

RegexPrefilter::Scan RegexPrefilter::scan(QStringView text) const
{
    Scan s;
    std::string lower;
    s.m_validUtf16 = caselessFold(text, lower);
    s.m_all = false;
    s.m_literalsOf = &m_literalsOf;
    m_literals.find(lower, s.m_found);
    return s;
}

CaselessPhrases::CaselessPhrases(const std::vector<std::string> &phrases)
    : m_phrases(phrases)
{
}

bool CaselessPhrases::foundIn(QStringView text) const
{
    std::string folded;
    if (!caselessFold(text, folded))
        return false;
    std::vector<bool> found;
    m_phrases.find(folded, found);
    return std::find(found.begin(), found.end(), true) != found.end();
}

namespace {

QStringList patternsOf(const QList<QRegularExpression> &regexes)
{
    QStringList out;
    for (const QRegularExpression &re : regexes)
        out.append(re.pattern());
    return out;
}

} // namespace

OrderedRegexes::OrderedRegexes(QList<QRegularExpression> regexes, std::vector<TextCheck> checks)
    : m_regexes(std::move(regexes))
    , m_checks(std::move(checks))
    , m_prefilter(patternsOf(m_regexes))
{
}

QRegularExpressionMatch OrderedRegexes::firstMatch(QStringView text, qsizetype *which) const
{
    const RegexPrefilter::Scan scan = m_prefilter.scan(text);
    for (qsizetype i = 0; i < m_regexes.size(); ++i) {
        if (!scan.mayMatch(i) || (size_t(i) < m_checks.size() && m_checks[size_t(i)] && !m_checks[size_t(i)](text)))
            continue;
        QRegularExpressionMatch m = m_regexes[i].match(text, 0, QRegularExpression::NormalMatch, scan.matchOptions());
        if (m.hasMatch()) {
            if (which)
                *which = i;
            return m;
        }
    }
    return {};
}

} // namespace bn
