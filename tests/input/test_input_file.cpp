// SPDX-License-Identifier: GPL-3.0-or-later
// What the user names is opened once and asked what it is: FIFOs and pipes are streams held to
// the file limit, a mailbox in one streams message by message, a FIFO inside a folder is skipped
// with a note (never waited on), and a path that cannot be opened says why.
#include "input/input_file.h"
#include "input/mailbox_reader.h"
#include "support/test_paths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace bn;

namespace {

const QByteArray bounce = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
                          "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown\n";

//! Writes \a bytes into the FIFO at \a path from another thread, once a reader opens it.
std::thread writer(const QString &path, QByteArray bytes, qint64 repeat = 1)
{
    return std::thread([path, bytes = std::move(bytes), repeat] {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        if (fd < 0)
            return;
        for (qint64 i = 0; i < repeat; ++i) {
            qsizetype done = 0;
            while (done < bytes.size()) {
                const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
                if (n <= 0) {
                    ::close(fd); // the reader stopped (too large): that is expected
                    return;
                }
                done += n;
            }
        }
        ::close(fd);
    });
}

struct Split
{
    QList<QByteArray> pieces;
    QList<InputError> errors;
};

Split splitAll(const QString &path)
{
    Split out;
    splitPathEach(path, [&out](RawInput &&r) {
        if (!r.bytes.isEmpty())
            out.pieces.append(r.bytes);
        out.errors += r.errors;
    });
    return out;
}

} // namespace

class TestInputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fifo(const char *name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        signal(SIGPIPE, SIG_IGN); // a writer whose reader stopped at the limit gets EPIPE instead
        QVERIFY(m_dir.isValid());
    }

    void aFifoIsReadAsAStream()
    {
        const QString path = fifo("one.fifo");
        QVERIFY(!path.isEmpty());
        std::thread w = writer(path, bounce);
        const Split s = splitAll(path);
        w.join();
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.pieces, QList<QByteArray>{bounce});
    }

    void aMailboxInAFifoStreamsMessageByMessage()
    {
        const QString path = fifo("box.fifo");
        QVERIFY(!path.isEmpty());
        std::thread w = writer(path, "From a@example.com Mon Jan  1 00:00:00 2024\n" + bounce, 3);
        const Split s = splitAll(path);
        w.join();
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.pieces, (QList<QByteArray>{bounce, bounce, bounce}));
    }

    void aFifoHasTheFileLimit()
    {
        // 65 MB of one text through a FIFO: refused as a file of that size is, not held whole.
        const QString path = fifo("huge.fifo");
        QVERIFY(!path.isEmpty());
        std::thread w = writer(path, QByteArray(1024 * 1024, 'x'), 65);
        Split s = splitAll(path);
        w.join();
        // readFileRaw() (a single path, as readPath() reads it) holds it to the same limit.
        const QString again = fifo("huge2.fifo");
        std::thread w2 = writer(again, QByteArray(1024 * 1024, 'x'), 65);
        const RawInput raw = readFileRaw(again);
        w2.join();
        QVERIFY(raw.bytes.isEmpty());
        s.errors += raw.errors;
        QVERIFY(s.pieces.isEmpty());
        QCOMPARE(s.errors.size(), 2);
        for (const InputError &e : std::as_const(s.errors)) {
            QCOMPARE(e.kind, InputError::Kind::TooLarge);
            QVERIFY(e.message.contains(QLatin1String("64 MB")));
        }
    }

    void aStreamOfOneHugeMessageIsRefusedWithTheFileError()
    {
        QByteArray data = bounce;
        data += QByteArray(MaxSingleInput, 'x');
        QBuffer device(&data);
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        Split s;
        splitStream(device, QStringLiteral("-"), [&s](RawInput &&r) {
            if (!r.bytes.isEmpty())
                s.pieces.append(r.bytes);
            s.errors += r.errors;
        });
        QVERIFY(s.pieces.isEmpty());
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.first().kind, InputError::Kind::TooLarge);
        QVERIFY(s.errors.first().message.startsWith(QLatin1String("standard input is larger than 64 MB")));
    }

    void aFifoInAFolderIsSkippedWithANote()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("a.eml")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(bounce);
        good.close();
        // Nobody ever writes to it: opening it to read would wait for ever.
        QCOMPARE(mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("b.fifo"))).constData(), 0600), 0);
        const Split s = splitAll(dir.path());
        QCOMPARE(s.pieces, QList<QByteArray>{bounce});
        QCOMPARE(s.errors.size(), 1);
        QVERIFY(s.errors.first().message.contains(QLatin1String("b.fifo")));
        QVERIFY(s.errors.first().message.contains(QLatin1String("not a regular file")));
    }

    void aPathThatCannotBeOpenedSaysWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("missing.eml") << QStringLiteral("no such file or folder");
        QTest::newRow("through a file") << QStringLiteral("a-file/x.eml") << QStringLiteral("a part of the path is not a folder");
        QTest::newRow("a folder where a file is wanted") << QStringLiteral("a-folder") << QStringLiteral("it is a folder");
    }

    void aPathThatCannotBeOpenedSaysWhy()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
        const RawInput raw = readFileRaw(dir.filePath(path));
        QCOMPARE(raw.errors.size(), 1);
        QCOMPARE(raw.errors.first().kind, InputError::Kind::Unreadable);
        QCOMPARE(raw.errors.first().message, QStringLiteral("Cannot open %1: %2").arg(dir.filePath(path), reason));
    }

    void permissionDeniedIsNamed()
    {
        QCOMPARE(openFailureReason(EACCES), QStringLiteral("permission denied"));
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QFile file(dir.filePath(QStringLiteral("locked.eml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions({}));
        if (geteuid() != 0) {
            const RawInput raw = readFileRaw(file.fileName());
            QCOMPARE(raw.errors.size(), 1);
            QVERIFY(raw.errors.first().message.endsWith(QLatin1String("permission denied")));
            return;
        }
        // Root opens any file: the command line, run as nobody, meets the refusal instead.
        QProcess p;
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"),
                                            test::binaryDir() + QStringLiteral("/app/cli/bouncenav"), QStringLiteral("decode"),
                                            file.fileName()});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Cannot open %1: permission denied").arg(file.fileName())), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "test_input_file.moc"
