// SPDX-License-Identifier: GPL-3.0-or-later
// Mailboxes are read message by message: every message of the file, in order, each with its
// index, the same decode as the message on its own, and no size limit for the mailbox itself.
#include "decode/decoder.h"
#include "input/mailbox_reader.h"
#include "support/test_paths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bn;

namespace {

QByteArray corpusMessage(const QString &name)
{
    QFile f(bn::test::sharedDir() + QStringLiteral("/corpus/sisimai/maildir/bsd/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = f.readAll();
    if (data.startsWith("From ")) // the corpus keeps some messages with their separator line
        data.remove(0, data.indexOf('\n') + 1);
    return data;
}

QByteArray asMailbox(const QList<QByteArray> &messages)
{
    QByteArray box;
    for (const QByteArray &m : messages)
        box += "From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\n" + m + (m.endsWith('\n') ? "\n" : "\n\n");
    return box;
}

QStringList recipientsOf(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages)
        for (const Bounce &b : decode(m))
            out.append(b.recipient);
    return out;
}

} // namespace

class TestMailboxReader : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageInOrder_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("postfix, exim, sendmail")
            << QStringList {QStringLiteral("lhost-postfix-01.eml"), QStringLiteral("lhost-exim-01.eml"),
                            QStringLiteral("lhost-sendmail-01.eml")};
        QTest::newRow("one message") << QStringList {QStringLiteral("lhost-qmail-01.eml")};
    }

    void everyMessageInOrder()
    {
        QFETCH(QStringList, files);
        QList<QByteArray> raw;
        QStringList expected;
        for (const QString &f : files) {
            raw.append(corpusMessage(f));
            QVERIFY2(!raw.last().isEmpty(), qPrintable(f));
            expected += recipientsOf(readData(raw.last(), f).messages);
        }
        QVERIFY(!expected.isEmpty());
        for (const char *ending : {"\n", "\r\n", "\r"}) {
            QByteArray box = asMailbox(raw);
            box.replace("\n", ending);
            QBuffer device(&box);
            QVERIFY(device.open(QIODevice::ReadOnly));
            QList<Message> read;
            QList<InputError> errors;
            const int count = readMailbox(device, QStringLiteral("box.mbox"), [&](ReadResult &&r) {
                read += r.messages;
                errors += r.errors;
            });
            QCOMPARE(count, files.size());
            QVERIFY(errors.isEmpty());
            QCOMPARE(read.size(), files.size());
            for (int i = 0; i < read.size(); ++i) {
                QCOMPARE(read.at(i).index, i);
                QCOMPARE(read.at(i).source, QStringLiteral("box.mbox"));
            }
            QCOMPARE(recipientsOf(read), expected);
        }
    }

    void splittingHandsOverRawMessagesInOrder()
    {
        // What the decode command's workers get: each message's own bytes (separator line
        // dropped, line endings made LF) and its index; parsing comes later, on any thread.
        const QList<QByteArray> raw{corpusMessage(QStringLiteral("lhost-postfix-01.eml")),
                                    corpusMessage(QStringLiteral("lhost-exim-01.eml"))};
        QByteArray box = asMailbox(raw);
        box.replace("\n", "\r\n");
        QBuffer device(&box);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QList<RawInput> pieces;
        QCOMPARE(splitMailbox(device, QStringLiteral("box.mbox"), [&](RawInput &&r) { pieces.append(std::move(r)); }), 2);
        QCOMPARE(pieces.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(pieces.at(i).index, i);
            QCOMPARE(pieces.at(i).source, QStringLiteral("box.mbox"));
            QVERIFY(pieces.at(i).errors.isEmpty());
            QCOMPARE(pieces.at(i).bytes.trimmed(), raw.at(i).trimmed());
            const ReadResult parsed = readRaw(RawInput(pieces.at(i)));
            QCOMPARE(parsed.messages.size(), 1);
            QCOMPARE(parsed.messages.first().index, i);
        }
    }

    void piecesAreTheSameWhateverTheLineEndingsAndChunks_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }

    void piecesAreTheSameWhateverTheLineEndingsAndChunks()
    {
        // Messages of every size around the 1 MB read size, so that separators, lines and line
        // endings fall on chunk boundaries; the last message ends without a line break. Each
        // piece is the message exactly, with LF line endings.
        QFETCH(QByteArray, ending);
        QList<QByteArray> messages;
        for (int i = 0; i < 600; ++i) {
            QByteArray m = "From: MAILER-DAEMON@example.com\nSubject: n" + QByteArray::number(i) + "\n\n";
            const int lines = (i * 7919) % 211;
            for (int l = 0; l < lines; ++l)
                m += QByteArray((l * 31 + i) % 97, char('a' + l % 26)) + (l % 5 == 0 ? "\n>From a quote\n" : "\n");
            messages.append(m);
        }
        QByteArray box;
        for (const QByteArray &m : messages)
            box += "From MAILER-DAEMON Thu Jul  2 12:05:05 2020\n" + m;
        box.chop(1);
        QVERIFY(box.size() > 2 * 1024 * 1024);
        box.replace("\n", ending);
        QBuffer device(&box);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QList<QByteArray> pieces;
        QCOMPARE(splitMailbox(device, QStringLiteral("box.mbox"), [&](RawInput &&r) { pieces.append(r.bytes); }),
                 int(messages.size()));
        QCOMPARE(pieces.size(), messages.size());
        for (qsizetype i = 0; i < pieces.size(); ++i)
            QCOMPARE(pieces.at(i), messages.at(i));
    }

    void aFileThatCannotBeReadIsAnErrorPiece()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.eml"));
        RawInput piece = readFileRaw(missing);
        QVERIFY(piece.bytes.isEmpty());
        QCOMPARE(piece.errors.size(), 1);
        QCOMPARE(piece.errors.first().kind, InputError::Kind::Unreadable);
        QVERIFY(piece.errors.first().message.contains(missing));
        const ReadResult parsed = readRaw(std::move(piece));
        QVERIFY(parsed.messages.isEmpty());
        QCOMPARE(parsed.errors.size(), 1);
    }

    void quotedFromLinesStayInTheirMessage()
    {
        QByteArray box = "From a@example.com Mon Jan  1 00:00:00 2024\n"
                         "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
                         "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n"
                         ">From the original message\n\n";
        QBuffer device(&box);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QList<Message> read;
        QCOMPARE(readMailbox(device, QStringLiteral("x"), [&](ReadResult &&r) { read += r.messages; }), 1);
        QCOMPARE(read.size(), 1);
        QCOMPARE(recipientsOf(read), QStringList {QStringLiteral("kijitora@example.jp")});
    }

    void largerThanTheSingleFileLimit()
    {
        // 70 MB of mailbox (more than a single file may be), read in the memory of one message.
        QByteArray one = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
                         "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n";
        const QByteArray line = QByteArray(1023, '-') + '\n';
        while (one.size() < 1024 * 1024)
            one += line;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.mbox"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray entry = asMailbox({one});
        constexpr int copies = 70;
        for (int i = 0; i < copies; ++i)
            out.write(entry);
        out.close();
        int messages = 0, errors = 0, lastIndex = -1;
        QStringList recipients;
        readPathEach(path, [&](ReadResult &&r) {
            messages += int(r.messages.size());
            errors += int(r.errors.size());
            if (!r.messages.isEmpty())
                lastIndex = r.messages.last().index;
            if (lastIndex == copies - 1)
                recipients = recipientsOf(r.messages);
        });
        QCOMPARE(errors, 0);
        QCOMPARE(messages, copies);
        QCOMPARE(lastIndex, copies - 1);
        QCOMPARE(recipients, QStringList {QStringLiteral("kijitora@example.jp")});
    }

    void progressReachesTheEndAndCancelStopsBetweenMessages()
    {
        QByteArray box;
        for (int i = 0; i < 40; ++i)
            box += asMailbox({corpusMessage(QStringLiteral("lhost-postfix-01.eml"))});
        int read = 0;
        qint64 lastDone = -1, lastSize = -1;
        ReadControl control;
        control.progress = [&](const QString &, qint64 done, qint64 size) {
            lastDone = done;
            lastSize = size;
        };
        const auto sink = [&](ReadResult &&r) { read += int(r.messages.size()); };
        {
            QBuffer device(&box);
            QVERIFY(device.open(QIODevice::ReadOnly));
            readMailbox(device, QStringLiteral("box"), sink, control);
        }
        QCOMPARE(read, 40);
        QCOMPARE(lastDone, qint64(box.size()));
        QCOMPARE(lastSize, qint64(box.size()));
        read = 0;
        control.cancelled = [&read] { return read >= 5; };
        QBuffer device(&box);
        QVERIFY(device.open(QIODevice::ReadOnly));
        readMailbox(device, QStringLiteral("box"), sink, control);
        QCOMPARE(read, 5);
    }

    void oversizedMessageIsSkippedWithAnError()
    {
        QByteArray box = asMailbox({corpusMessage(QStringLiteral("lhost-postfix-01.eml"))});
        box += "From x Mon Jan  1 00:00:00 2024\nSubject: huge\n\n";
        const QByteArray line = QByteArray(1023, 'x') + '\n';
        for (int i = 0; i < 65 * 1024; ++i)
            box += line;
        box += asMailbox({corpusMessage(QStringLiteral("lhost-exim-01.eml"))});
        QBuffer device(&box);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QList<int> indexes;
        QList<InputError> errors;
        QCOMPARE(readMailbox(device, QStringLiteral("box"),
                             [&](ReadResult &&r) {
                                 for (const Message &m : r.messages)
                                     indexes.append(m.index);
                                 errors += r.errors;
                             }),
                 3);
        QCOMPARE(indexes, (QList<int> {0, 2}));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, InputError::Kind::TooLarge);
        QVERIFY(errors.first().message.contains(QLatin1String("2")));
    }
};

QTEST_GUILESS_MAIN(TestMailboxReader)
#include "test_mailbox_reader.moc"
