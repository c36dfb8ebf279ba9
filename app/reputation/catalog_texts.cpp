// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's texts shown to users, for lupdate: resources/catalog/catalog.json is English,
// so every distinct text that reaches the screen is listed here under the context "bn::catalog"
// and translated where it is shown (translatedCatalogText()). tests/reputation/test_catalog_texts
// fails when the catalog gains a text that is missing here.
#include "reputation/catalog.h"

#include <QCoreApplication>

namespace bn {

namespace {

// The lists' "typicalExpiry".
const char *const catalogTexts[] = {
    QT_TRANSLATE_NOOP("bn::catalog", "24 hours after the last report"),
    QT_TRANSLATE_NOOP("bn::catalog", "5 minutes to 12 hours"),
    QT_TRANSLATE_NOOP("bn::catalog", "6 to 36 hours after a removal request"),
    QT_TRANSLATE_NOOP("bn::catalog", "7 days after the last abuse"),
    QT_TRANSLATE_NOOP("bn::catalog", "about 4 hours"),
    QT_TRANSLATE_NOOP("bn::catalog", "expires automatically"),
    QT_TRANSLATE_NOOP("bn::catalog", "up to 24 hours after delisting"),
    QT_TRANSLATE_NOOP("bn::catalog", "usually within 24 hours of a removal request"),
};

} // namespace

QStringList translatableCatalogTexts()
{
    QStringList out;
    for (const char *text : catalogTexts)
        out << QString::fromUtf8(text);
    return out;
}

QString translatedCatalogText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("bn::catalog", english.toUtf8().constData());
}

} // namespace bn
