// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bn {

//! Sets the application font for \a language ("en", "ja"): for Japanese a family with Japanese
//! glyphs when the system has one (Noto Sans CJK JP first), at the size of the default font;
//! for other languages the font the application started with. Called at start-up and whenever
//! the language switches live; every widget then receives QEvent::FontChange.
void applyLanguageFont(const QString &language);

//! The family applyLanguageFont() uses for Japanese, or an empty string when there is none.
QString japaneseFontFamily();

} // namespace bn
