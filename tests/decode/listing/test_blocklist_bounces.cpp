// SPDX-License-Identifier: GPL-3.0-or-later
// Every catalog operator's real refusal wordings, inside the wrappers real MTAs put around
// them (tests/data/blocklist/make_fixtures.py writes them and expected.json).
#include "decode/decoder.h"
#include "input/reader.h"
#include "reputation/catalog.h"
#include "support/test_paths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace bn;

class TestBlocklistBounces : public QObject
{
    Q_OBJECT

    static QJsonObject expectations()
    {
        QFile f(test::dataFile(QStringLiteral("blocklist/expected.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void decodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject all = expectations();
        QVERIFY(all.size() >= 30);
        for (auto it = all.begin(); it != all.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
    }

    void decodes()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        const ReadResult read = readPath(test::dataFile(QStringLiteral("blocklist/") + file));
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.messages.size(), 1);
        const QList<Bounce> bounces = decode(read.messages.first());
        QCOMPARE(bounces.size(), 1);
        const Bounce &b = bounces.first();
        QCOMPARE(b.recipient, expected.value(QLatin1String("recipient")).toString());
        QCOMPARE(b.operatorId, expected.value(QLatin1String("operator")).toString());
        QCOMPARE(b.list, expected.value(QLatin1String("list")).toString());
        QCOMPARE(b.listedIp, expected.value(QLatin1String("listed_ip")).toString());
        QCOMPARE(b.listedDomain, expected.value(QLatin1String("listed_domain")).toString());
        QCOMPARE(b.temporary, expected.value(QLatin1String("temporary")).toBool());
        QCOMPARE(b.reason, expected.value(QLatin1String("reason")).toString());
        QCOMPARE(b.recipientSide, expected.value(QLatin1String("recipient_side")).toBool());
        // A listed IP is never the refusing server's own address nor a resolver's.
        QVERIFY(b.listedIp.isEmpty() || !b.remoteMta.contains(b.listedIp));
        QVERIFY(!b.listedIp.startsWith(QLatin1String("66.185.123.232")));
    }

    void everyOperatorHasTwoWordingsInDifferentWrappers()
    {
        const QJsonObject all = expectations();
        QHash<QString, QSet<QString>> wrappers;
        QHash<QString, int> count;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            const QString op = e.value(QLatin1String("operator")).toString();
            wrappers[op].insert(e.value(QLatin1String("wrapper")).toString());
            ++count[op];
        }
        QStringList thin;
        for (const OperatorInfo &op : Catalog::builtin().operators())
            if (count.value(op.id) < 2 || wrappers.value(op.id).size() < 2)
                thin << op.id;
        // Operators the facts file gives only one real wording for (or none): honestly listed here.
        const QStringList knownThin{QStringLiteral("barracuda"), QStringLiteral("psbl"), QStringLiteral("mailspike"),
                                    QStringLiteral("spamrats"), QStringLiteral("sorbs"), QStringLiteral("proofpoint"),
                                    QStringLiteral("mimecast"), QStringLiteral("abusix"), QStringLiteral("cisco-talos"),
                                    QStringLiteral("cloudmark"), QStringLiteral("hostkarma"), QStringLiteral("surbl"),
                                    QStringLiteral("uribl"), QStringLiteral("sophos"), QStringLiteral("broadcom")};
        for (const QString &id : thin)
            QVERIFY2(knownThin.contains(id), qPrintable(id + QStringLiteral(" has fewer than two wordings")));
    }
};

QTEST_GUILESS_MAIN(TestBlocklistBounces)
#include "test_blocklist_bounces.moc"
