// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's texts shown to users, for lupdate: resources/catalog/catalog.json is English,
// so every distinct text that reaches the screen is listed here under the context "bn::catalog"
// and translated where it is shown (translatedCatalogText()). tests/reputation/test_catalog_texts
// fails when the catalog gains a text that is missing here.
#include "reputation/catalog.h"

#include <QCoreApplication>

namespace bn {

namespace {

// The lists' "typicalExpiry", then their zones' code meanings. Operator and list names are
// names (as the operators write them) and removalPolicy is not shown: neither is listed.
const char *const catalogTexts[] = {
    QT_TRANSLATE_NOOP("bn::catalog", "24 hours after the last report"),
    QT_TRANSLATE_NOOP("bn::catalog", "5 minutes to 12 hours"),
    QT_TRANSLATE_NOOP("bn::catalog", "6 to 36 hours after a removal request"),
    QT_TRANSLATE_NOOP("bn::catalog", "7 days after the last abuse"),
    QT_TRANSLATE_NOOP("bn::catalog", "about 4 hours"),
    QT_TRANSLATE_NOOP("bn::catalog", "expires automatically"),
    QT_TRANSLATE_NOOP("bn::catalog", "up to 24 hours after delisting"),
    QT_TRANSLATE_NOOP("bn::catalog", "usually within 24 hours of a removal request"),
    // The meaning of each DNS return code, shown beside a list in the live check.
    QT_TRANSLATE_NOOP("bn::catalog", "ABUSE: spam"),
    QT_TRANSLATE_NOOP("bn::catalog", "Abusix black list"),
    QT_TRANSLATE_NOOP("bn::catalog", "Abusix exploit list"),
    QT_TRANSLATE_NOOP("bn::catalog", "Abusix policy list"),
    QT_TRANSLATE_NOOP("bn::catalog", "BCL: botnet controller"),
    QT_TRANSLATE_NOOP("bn::catalog", "CR: cracked sites"),
    QT_TRANSLATE_NOOP("bn::catalog", "CSS: automated spam-source listing"),
    QT_TRANSLATE_NOOP("bn::catalog", "DROP: hijacked or criminal network"),
    QT_TRANSLATE_NOOP("bn::catalog", "H1: probably legitimate"),
    QT_TRANSLATE_NOOP("bn::catalog", "H2: possibly legitimate"),
    QT_TRANSLATE_NOOP("bn::catalog", "H3: good"),
    QT_TRANSLATE_NOOP("bn::catalog", "H4: very good"),
    QT_TRANSLATE_NOOP("bn::catalog", "H5: excellent"),
    QT_TRANSLATE_NOOP("bn::catalog", "MW: malware"),
    QT_TRANSLATE_NOOP("bn::catalog", "Mailspike block list"),
    QT_TRANSLATE_NOOP("bn::catalog", "NOBL (not a spam-only source)"),
    QT_TRANSLATE_NOOP("bn::catalog", "PBL: end-user address range (maintained by Spamhaus)"),
    QT_TRANSLATE_NOOP("bn::catalog", "PBL: end-user address range (maintained by the ISP)"),
    QT_TRANSLATE_NOOP("bn::catalog", "PH: phishing"),
    QT_TRANSLATE_NOOP("bn::catalog", "Query error: an IP address was queried against a domain list"),
    QT_TRANSLATE_NOOP("bn::catalog", "Query error: typing error in the list name"),
    QT_TRANSLATE_NOOP("bn::catalog", "Query refused"),
    QT_TRANSLATE_NOOP("bn::catalog", "Query refused (public resolver or over quota)"),
    QT_TRANSLATE_NOOP("bn::catalog", "Query refused: sent through a public or unattributable resolver"),
    QT_TRANSLATE_NOOP("bn::catalog", "Query refused: too many queries"),
    QT_TRANSLATE_NOOP("bn::catalog", "SBL: Spamhaus Block List (spam source)"),
    QT_TRANSLATE_NOOP("bn::catalog", "UCEPROTECT level 1: this IP"),
    QT_TRANSLATE_NOOP("bn::catalog", "UCEPROTECT level 2: the provider's allocation"),
    QT_TRANSLATE_NOOP("bn::catalog", "UCEPROTECT level 3: the provider's whole network (ASN)"),
    QT_TRANSLATE_NOOP("bn::catalog", "XBL: exploited or infected host (CBL)"),
    QT_TRANSLATE_NOOP("bn::catalog", "abused legitimate botnet C&C domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "abused legitimate malware domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "abused legitimate phish domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "abused legitimate spam domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "abused spammed redirector domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "black"),
    QT_TRANSLATE_NOOP("bn::catalog", "blacklist"),
    QT_TRANSLATE_NOOP("bn::catalog", "botnet C&C domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "brown list (all spam, not yet black)"),
    QT_TRANSLATE_NOOP("bn::catalog", "generic or dynamic-looking reverse DNS"),
    QT_TRANSLATE_NOOP("bn::catalog", "grey"),
    QT_TRANSLATE_NOOP("bn::catalog", "listed by Barracuda"),
    QT_TRANSLATE_NOOP("bn::catalog", "malware domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "neutral"),
    QT_TRANSLATE_NOOP("bn::catalog", "no reverse DNS"),
    QT_TRANSLATE_NOOP("bn::catalog", "phishing domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "red"),
    QT_TRANSLATE_NOOP("bn::catalog", "reported to SpamCop"),
    QT_TRANSLATE_NOOP("bn::catalog", "reputation L1: probably spam"),
    QT_TRANSLATE_NOOP("bn::catalog", "reputation L2: suspicious"),
    QT_TRANSLATE_NOOP("bn::catalog", "reputation L3: bad"),
    QT_TRANSLATE_NOOP("bn::catalog", "reputation L4: very bad"),
    QT_TRANSLATE_NOOP("bn::catalog", "reputation L5: worst"),
    QT_TRANSLATE_NOOP("bn::catalog", "sent mail to a PSBL spam trap"),
    QT_TRANSLATE_NOOP("bn::catalog", "spam domain"),
    QT_TRANSLATE_NOOP("bn::catalog", "spam source"),
    QT_TRANSLATE_NOOP("bn::catalog", "whitelist (good sender)"),
    QT_TRANSLATE_NOOP("bn::catalog", "yellow list (mixed)"),
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
