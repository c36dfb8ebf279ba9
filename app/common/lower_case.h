// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bn {

//! QString::toLower(), faster for the text bounces are mostly made of: ASCII text is lowered in
//! one pass (and shared, not copied, when it holds no capital), anything else by Qt's Unicode
//! tables.
inline QString lowerCased(const QString &text)
{
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    const char16_t *firstCapital = nullptr;
    for (const char16_t *p = begin; p != end; ++p) {
        if (*p >= 128)
            return text.toLower();
        if (!firstCapital && *p >= u'A' && *p <= u'Z')
            firstCapital = p;
    }
    if (!firstCapital)
        return text;
    QString out = text;
    char16_t *to = reinterpret_cast<char16_t *>(out.data()); // detaches: a copy of ours
    for (qsizetype i = firstCapital - begin; i < out.size(); ++i)
        if (to[i] >= u'A' && to[i] <= u'Z')
            to[i] = char16_t(to[i] - u'A' + u'a');
    return out;
}

} // namespace bn
