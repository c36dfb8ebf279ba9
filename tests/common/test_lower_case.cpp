// SPDX-License-Identifier: GPL-3.0-or-later
// lowerCased() is QString::toLower(), whatever the text: ASCII with and without capitals, and
// the characters whose lower case is special (dotted capital I, final sigma, Kelvin sign).
#include "common/lower_case.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bn;

class TestLowerCase : public QObject
{
    Q_OBJECT

private slots:
    void examples()
    {
        QCOMPARE(lowerCased(QStringLiteral("550 5.7.1 Client host [203.0.113.7] BLOCKED")),
                 QStringLiteral("550 5.7.1 client host [203.0.113.7] blocked"));
        QCOMPARE(lowerCased(QString()), QString());
        QCOMPARE(lowerCased(QStringLiteral("ÉCHEC DE REMISE")), QStringLiteral("échec de remise"));
    }

    void aTextWithoutCapitalsIsSharedNotCopied()
    {
        const QString text = QStringLiteral("user unknown");
        QCOMPARE(lowerCased(text).constData(), text.constData());
    }

    void agreesWithQString()
    {
        const QStringList pieces{"A", "z", "Z", "@", "[", "`", "{", " ", "550", "\u0130", "\u03A3", "\u212A", "\u00C9",
                                 "\u00DF", "\U0001F600", QString(QChar(0xD800)), "Mailbox", "\u017F"};
        QRandomGenerator random(7);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int n = int(random.bounded(20));
            for (int i = 0; i < n; ++i)
                text += pieces.at(random.bounded(int(pieces.size())));
            QCOMPARE(lowerCased(text), text.toLower());
        }
    }
};

QTEST_APPLESS_MAIN(TestLowerCase)
#include "test_lower_case.moc"
