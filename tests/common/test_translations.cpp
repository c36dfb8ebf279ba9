// SPDX-License-Identifier: GPL-3.0-or-later
// The Japanese catalogues are complete: no unfinished, vanished or obsolete entry, and they load.
#include "common/language.h"
#include "support/test_paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("core") << "translations/core_ja.ts";
        QTest::newRow("ui") << "translations/ui_ja.ts";
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        QFile f(bn::test::sourceDir() + QLatin1Char('/') + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    problems << QStringLiteral("%1 (%2)").arg(source, type.isEmpty() ? QStringLiteral("empty") : type);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void japaneseLoadsAndTranslates()
    {
        QVERIFY(bn::installTranslators(QStringLiteral("ja")));
        QCOMPARE(QCoreApplication::translate("bn", "Your ISP or hosting provider"), QStringLiteral("プロバイダー・レンタルサーバー会社"));
        QVERIFY(bn::installTranslators(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("bn", "Your ISP or hosting provider"), QStringLiteral("Your ISP or hosting provider"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
