// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/catalog.h"

#include <QTest>

using namespace bn;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyOperatorOfTheVocabularyIsThere_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"trendmicro", "spamhaus", "barracuda", "spamcop", "uceprotect", "psbl", "mailspike", "spamrats",
                               "sorbs", "microsoft-outlook", "microsoft-365", "gmail", "yahoo", "proofpoint", "mimecast",
                               "abusix", "cisco-talos", "cloudmark", "hostkarma", "surbl", "uribl"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void everyOperatorOfTheVocabularyIsThere()
    {
        QFETCH(QString, id);
        const OperatorInfo *op = Catalog::builtin().operatorById(id);
        QVERIFY(op);
        QVERIFY(!op->name.isEmpty());
        QVERIFY(!op->lists.isEmpty());
        QVERIFY(!op->removalPolicy.isEmpty());
    }

    void zonesDocumentTheirCodes()
    {
        const auto zones = Catalog::builtin().zones();
        QVERIFY(zones.size() >= 15);
        for (const auto &[list, zone] : zones) {
            QVERIFY2(!zone->codes.isEmpty(), qPrintable(zone->zone));
            QVERIFY(list->operatorId.size() > 0);
        }
    }

    void knownFacts()
    {
        const Catalog &c = Catalog::builtin();
        QVERIFY(c.operatorById(QStringLiteral("sorbs"))->dead);
        QVERIFY(c.operatorById(QStringLiteral("mimecast"))->recipientSide);
        QVERIFY(c.list(QStringLiteral("trendmicro"), QStringLiteral("ERS-QIL"))->temporary);
        QVERIFY(!c.list(QStringLiteral("trendmicro"), QStringLiteral("RBL+"))->temporary);
        QCOMPARE(c.list(QStringLiteral("trendmicro"), QStringLiteral("RBL+"))->removalBy, RemovalBy::IpOwner);
        QCOMPARE(c.list(QStringLiteral("microsoft-365"), QStringLiteral("EOP-BANNED"))->removalBy, RemovalBy::NdrHolder);
        // Spamhaus error codes are refusals, never listings.
        bool refused = false;
        for (const auto &[list, zone] : c.zones())
            if (zone->zone == QLatin1String("zen.spamhaus.org"))
                for (const ZoneCode &code : zone->codes)
                    if (code.code == QLatin1String("127.255.255.254"))
                        refused = code.kind == ZoneCode::Kind::Refused;
        QVERIFY(refused);
        QVERIFY(c.list(QStringLiteral("uceprotect"), QStringLiteral("UCEPROTECT-L1"))->paidRemovalOffered);
    }

    void invalidCatalogsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{operators: [");
        QTest::newRow("no operators") << QByteArray("{\"operators\": []}");
        QTest::newRow("operator without id") << QByteArray("{\"operators\": [{\"name\": \"x\"}]}");
        QTest::newRow("zone without codes") << QByteArray(
            "{\"operators\": [{\"id\": \"x\", \"name\": \"X\", \"lists\": [{\"id\": \"L\", \"zones\": [{\"zone\": \"z.example\"}]}]}]}");
    }
    void invalidCatalogsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        Catalog c;
        QString error;
        QVERIFY(!c.loadJson(json, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(c.operators().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
