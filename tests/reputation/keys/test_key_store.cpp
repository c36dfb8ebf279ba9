// SPDX-License-Identifier: GPL-3.0-or-later
// Keys round-trip through a real gnome-keyring in a D-Bus session (tests/support/with-keyring.sh),
// and never reach a file.
#include "reputation/keys/key_store.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace bn;

namespace {

KeyJob::Result run(KeyJob &job)
{
    QSignalSpy done(&job, &KeyJob::finished);
    job.start();
    if (!done.wait(20000))
        return KeyJob::Result::Failed;
    return job.result();
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripInTheRealKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
        const QString secret = QStringLiteral("dqs-test-key-7f3a9c");
        KeyJob write(KeyJob::Operation::Write, QStringLiteral("spamhaus-dqs"), secret);
        QCOMPARE(run(write), KeyJob::Result::Ok);
        KeyJob read(KeyJob::Operation::Read, QStringLiteral("spamhaus-dqs"));
        QCOMPARE(run(read), KeyJob::Result::Ok);
        QCOMPARE(read.value(), secret);

        // In the keychain, not in any file of ours (settings, caches) under the test's HOME.
        const QString home = qEnvironmentVariable("BN_TEST_HOME");
        QVERIFY(!home.isEmpty());
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue; // gnome-keyring's own encrypted store
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(path));
        }

        KeyJob remove(KeyJob::Operation::Delete, QStringLiteral("spamhaus-dqs"));
        QCOMPARE(run(remove), KeyJob::Result::Ok);
        KeyJob again(KeyJob::Operation::Read, QStringLiteral("spamhaus-dqs"));
        QCOMPARE(run(again), KeyJob::Result::NotFound);
        QVERIFY(!again.errorString().isEmpty());
    }

    void noKeychainIsReportedAndNothingIsStored()
    {
        // The same job without any D-Bus session: a clear error, and no fallback file.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("BN_KEY_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWritesWithoutKeychain")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
    }

    void childWritesWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("BN_KEY_CHILD"))
            return; // run by noKeychainIsReportedAndNothingIsStored only
        KeyJob write(KeyJob::Operation::Write, QStringLiteral("abusix"), QStringLiteral("secret-abusix-key"));
        QCOMPARE(run(write), KeyJob::Result::NoKeychain);
        QVERIFY(write.errorString().contains(QLatin1String("keychain")));
        // Nothing fell back to a file.
        QDirIterator it(qEnvironmentVariable("BN_TEST_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("secret-abusix-key"));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "test_key_store.moc"
