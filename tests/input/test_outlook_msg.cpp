// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook .msg files (tests/data/input/make_msg.js writes them) read with libolecf.
#include "decode/decoder.h"
#include "input/outlook_msg.h"
#include "input/reader.h"
#include "support/test_paths.h"

#include <QFile>
#include <QTest>

using namespace bn;

class TestOutlookMsg : public QObject
{
    Q_OBJECT

private slots:
    void readsTheNdr_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("operatorId");
        QTest::newRow("Microsoft 365 banned IP") << "input/ndr-m365-banned-ip.msg" << "Undeliverable: Quote" << "ceo@example.com"
                                                 << "blocked" << "microsoft-365";
        QTest::newRow("Japanese, user unknown") << "input/ndr-user-unknown-ja.msg" << QString::fromUtf8("配信不能: 見積もり")
                                                << "nobody@example.jp" << "userunknown" << "";
    }
    void readsTheNdr()
    {
        QFETCH(QString, file);
        const ReadResult r = readPath(test::dataFile(file));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.messages.size(), 1);
        QTEST(r.messages.first().headers.value("Subject"), "subject");
        const QList<Bounce> b = decode(r.messages.first());
        QCOMPARE(b.size(), 1);
        QTEST(b.first().recipient, "recipient");
        QTEST(b.first().reason, "reason");
        QTEST(b.first().operatorId, "operatorId");
    }

    void bytesOfAMsgAreReadToo()
    {
        QFile f(test::dataFile(QStringLiteral("input/ndr-m365-banned-ip.msg")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(isOleFile(data));
        const ReadResult r = readData(data, QStringLiteral("dropped.msg"));
        QCOMPARE(r.messages.size(), 1);
        QCOMPARE(r.messages.first().source, QStringLiteral("dropped.msg"));
    }

    void aDamagedMsgIsAClearError()
    {
        QByteArray data = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1000, 'x');
        const ReadResult r = readData(data, QStringLiteral("broken.msg"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().message.contains(QLatin1String("broken.msg")) || r.errors.first().message.contains(QLatin1String(".msg")));
        QVERIFY(r.messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutlookMsg)
#include "test_outlook_msg.moc"
