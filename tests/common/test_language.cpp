// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"

#include <QCoreApplication>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void choose_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("configured wins") << "ja" << QStringList{"en-US"} << "ja";
        QTest::newRow("system japanese") << "" << QStringList{"ja-JP", "en-US"} << "ja";
        QTest::newRow("first supported system language") << "" << QStringList{"de-DE", "en-GB", "ja-JP"} << "en";
        QTest::newRow("unsupported configured falls back") << "fr" << QStringList{"ja_JP"} << "ja";
        QTest::newRow("nothing supported") << "" << QStringList{"de-DE"} << "en";
    }
    void choose()
    {
        QFETCH(QString, configured);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(bn::chooseLanguage(configured, system), expected);
    }

    void installedLanguageFollowsTheTranslators()
    {
        QCOMPARE(bn::installedLanguage(), QStringLiteral("en"));
        QVERIFY(bn::installTranslators(QStringLiteral("ja")));
        QCOMPARE(bn::installedLanguage(), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("bn::cli", "permanent failure"), QStringLiteral("恒久的な失敗"));
        QVERIFY(bn::installTranslators(QStringLiteral("en")));
        QCOMPARE(bn::installedLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("bn::cli", "permanent failure"), QStringLiteral("permanent failure"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
