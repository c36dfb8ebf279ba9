// SPDX-License-Identifier: GPL-3.0-or-later
// The direct `decode --jsonl` writer gives the very bytes of QJsonDocument's compact form.
#include "decode/bounce_json.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace bn;

namespace {

QByteArray viaQt(const Bounce &b)
{
    return QJsonDocument(bounceToJson(b)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBounceJson : public QObject
{
    Q_OBJECT

private slots:
    void plainBounce()
    {
        Bounce b;
        b.file = QStringLiteral("/tmp/a.eml");
        b.recipient = QStringLiteral("user@example.jp");
        b.status = QStringLiteral("5.1.1");
        b.replyCode = QStringLiteral("550");
        b.reason = QStringLiteral("userunknown");
        b.diagnostic = QStringLiteral("550 5.1.1 <user@example.jp>: \"User\" unknown\\ \t\r\n\x01\x1f\x7f");
        b.links = {QStringLiteral("https://example.org/?a=1&b=2")};
        QCOMPARE(bounceToCompactJson(b), viaQt(b));
        b.temporary = true;
        b.links.append(QStringLiteral("x"));
        QCOMPARE(bounceToCompactJson(b), viaQt(b));
        QCOMPARE(bounceToCompactJson(Bounce{}), viaQt(Bounce{}));
        // What could not be read goes with the result, in both writers.
        b.warnings = {QStringLiteral("The address \"tan\uFFFDaka@example.jp\" cannot be read"), QStringLiteral("w2")};
        QCOMPARE(bounceToCompactJson(b), viaQt(b));
        QVERIFY(bounceToCompactJson(b).endsWith(",\"warnings\":[\"The address \\\"tan\xef\xbf\xbd" "aka@example.jp\\\" cannot be read\",\"w2\"]}"));
        QVERIFY(bounceToCompactJson(Bounce{}).endsWith(",\"warnings\":[]}"));
    }

    void everyKindOfCharacter()
    {
        Bounce b;
        b.diagnostic = QString::fromUtf8("caf\xc3\xa9 \xe2\x80\xa8 \xef\xbb\xbf \xf0\x9f\x93\xa7 \xe6\x97\xa5\xe6\x9c\xac");
        b.remoteMta = QString(QChar(0xd800)) + QChar(0xdc00) + QChar(0xdfff) + QChar(0xd83d) + QStringLiteral("x")
            + QChar(0xdbff); // a pair, then lone surrogates
        QCOMPARE(bounceToCompactJson(b), viaQt(b));

        QRandomGenerator random(7);
        const char16_t pool[] = {0x00, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1b, 0x1f, 0x20, '"', '\\', '/', 'a', 0x7f,
                                 0x80, 0xa0, 0x7ff, 0x800, 0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x2028};
        for (int round = 0; round < 300; ++round) {
            QString s;
            const int n = int(random.bounded(20));
            for (int i = 0; i < n; ++i)
                s.append(QChar(pool[random.bounded(int(std::size(pool)))]));
            Bounce r;
            r.diagnostic = s;
            r.listedIp = s;
            r.links = {s, s.left(3)};
            QCOMPARE(bounceToCompactJson(r), viaQt(r));
        }
    }
};

QTEST_APPLESS_MAIN(TestBounceJson)
#include "test_bounce_json.moc"
