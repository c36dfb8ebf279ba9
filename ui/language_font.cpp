// SPDX-License-Identifier: GPL-3.0-or-later
#include "language_font.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace bn {

namespace {

//! The font before any language chose one, kept to go back to it.
const QFont &startFont()
{
    static const QFont font = QApplication::font();
    return font;
}

} // namespace

QString japaneseFontFamily()
{
    // Families drawn for Japanese UI text, best first; failing those, any family the font
    // database says writes Japanese.
    static const QStringList preferred{QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
                                       QStringLiteral("Source Han Sans JP"), QStringLiteral("IPAexGothic"),
                                       QStringLiteral("IPAGothic"),          QStringLiteral("TakaoGothic"),
                                       QStringLiteral("VL Gothic"),          QStringLiteral("Yu Gothic UI"),
                                       QStringLiteral("Meiryo UI"),          QStringLiteral("Hiragino Sans")};
    const QStringList japanese = QFontDatabase::families(QFontDatabase::Japanese);
    for (const QString &family : preferred)
        if (japanese.contains(family))
            return family;
    return japanese.value(0);
}

void applyLanguageFont(const QString &language)
{
    const QFont &original = startFont();
    if (language == QLatin1String("ja")) {
        const QString family = japaneseFontFamily();
        if (family.isEmpty())
            return;
        QFont font(family);
        font.setPointSizeF(original.pointSizeF());
        QApplication::setFont(font);
    } else if (QApplication::font() != original) {
        QApplication::setFont(original);
    }
}

} // namespace bn
