// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog is English; every text of it shown to users has an entry for translators
// (app/reputation/catalog_texts.cpp) and appears in Japanese in the Japanese guide.
#include "common/language.h"
#include "decode/decoder.h"
#include "guide/diagnosis.h"
#include "input/reader.h"
#include "reputation/catalog.h"
#include "reputation/dns/zone_query.h"
#include "support/test_paths.h"

#include <QRegularExpression>
#include <QTest>

using namespace bn;

class TestCatalogTexts : public QObject
{
    Q_OBJECT

private slots:
    void everyExpiryTextHasAnEntryForTranslators()
    {
        const QStringList entries = translatableCatalogTexts();
        int texts = 0;
        for (const OperatorInfo &op : Catalog::builtin().operators()) {
            for (const ListInfo &l : op.lists) {
                if (l.typicalExpiry.isEmpty())
                    continue;
                ++texts;
                QVERIFY2(entries.contains(l.typicalExpiry),
                         qPrintable(QStringLiteral("add QT_TRANSLATE_NOOP(\"bn::catalog\", \"%1\") to app/reputation/catalog_texts.cpp")
                                        .arg(l.typicalExpiry)));
            }
        }
        QVERIFY(texts > 0);
    }

    void everyCodeMeaningHasAnEntryForTranslators()
    {
        // Shown beside each list in the live check.
        const QStringList entries = translatableCatalogTexts();
        int texts = 0;
        for (const auto &[list, zone] : Catalog::builtin().zones()) {
            for (const ZoneCode &c : zone->codes) {
                if (c.meaning.isEmpty())
                    continue;
                ++texts;
                QVERIFY2(entries.contains(c.meaning),
                         qPrintable(QStringLiteral("add QT_TRANSLATE_NOOP(\"bn::catalog\", \"%1\") to app/reputation/catalog_texts.cpp")
                                        .arg(c.meaning)));
            }
        }
        QVERIFY(texts > 50);
    }

    void everyEntryIsTranslatedToJapanese()
    {
        QVERIFY(installTranslators(QStringLiteral("ja")));
        for (const QString &text : translatableCatalogTexts()) {
            const QString ja = translatedCatalogText(text);
            QVERIFY2(ja != text, qPrintable(QStringLiteral("no Japanese for \"%1\"").arg(text)));
        }
        installTranslators(QStringLiteral("en"));
        QCOMPARE(translatedCatalogText(QStringLiteral("5 minutes to 12 hours")), QStringLiteral("5 minutes to 12 hours"));
    }

    void theJapaneseTextsHaveNoEnglishWordsLeft()
    {
        // Names and abbreviations (Spamhaus, SBL, DNS…) may stay; a lower-case English word may not.
        const QRegularExpression englishWord(QStringLiteral("\\b[a-z]{3,}\\b"));
        QVERIFY(englishWord.match(QStringLiteral("spam source")).hasMatch());
        QVERIFY(installTranslators(QStringLiteral("ja")));
        QStringList left;
        for (const QString &text : translatableCatalogTexts()) {
            const QString ja = translatedCatalogText(text);
            if (englishWord.match(ja).hasMatch())
                left << ja;
        }
        installTranslators(QStringLiteral("en"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(" | "))));
    }

    void theLiveCheckGivesTheMeaningOfACodeInJapanese()
    {
        const DnsZone *zen = nullptr;
        for (const auto &[list, zone] : Catalog::builtin().zones())
            if (zone->zone == QLatin1String("zen.spamhaus.org"))
                zen = zone;
        QVERIFY(zen);
        const QStringList answer{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.11")};
        QString en;
        QCOMPARE(dnsbl::interpret(*zen, answer, &en, nullptr), Verdict::Listed);
        QVERIFY2(en.contains(QLatin1String("spam source")) && en.contains(QLatin1String("end-user")), qPrintable(en));
        QVERIFY(installTranslators(QStringLiteral("ja")));
        QString ja;
        QCOMPARE(dnsbl::interpret(*zen, answer, &ja, nullptr), Verdict::Listed);
        installTranslators(QStringLiteral("en"));
        QVERIFY2(!ja.contains(QLatin1String("spam")) && !ja.contains(QLatin1String("end-user")), qPrintable(ja));
        QVERIFY2(ja.contains(QStringLiteral("スパム送信元")), qPrintable(ja));
    }

    void theJapaneseGuideShowsTheExpiryInJapanese()
    {
        // Trend Micro's Quick IP List: "5 minutes to 12 hours".
        const ReadResult r = readPath(test::dataFile(QStringLiteral("guide/seed-004-tmems-jp-450.eml")));
        QVERIFY(!r.messages.isEmpty());
        const QList<Bounce> bounces = decode(r.messages.first());
        QVERIFY(!bounces.isEmpty());
        QVERIFY(installTranslators(QStringLiteral("ja")));
        const Diagnosis ja = diagnose(bounces.first(), &r.messages.first(), nullptr, SendingVia::Provider, QStringLiteral("ja"));
        installTranslators(QStringLiteral("en"));
        const Diagnosis en = diagnose(bounces.first(), &r.messages.first(), nullptr, SendingVia::Provider, QStringLiteral("en"));
        QVERIFY2(en.why.contains(QLatin1String("5 minutes to 12 hours")), qPrintable(en.why));
        QVERIFY2(!ja.why.contains(QLatin1String("minutes")), qPrintable(ja.why));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTexts)
#include "test_catalog_texts.moc"
