// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bn {

//! \a text with the common named HTML entities (&lt; &gt; &quot; &#39; &apos; &nbsp; &amp;)
//! and numeric references (&#NN; &#xHH;) decoded. htmlToText() (input/reader.h) uses it.
QString decodeHtmlEntities(const QString &text);

} // namespace bn
