// SPDX-License-Identifier: GPL-3.0-or-later
// A key typed in the settings lands in the real gnome-keyring (tests/support/with-keyring.sh),
// not in the settings file.
#include "reputation/keys/key_store.h"
#include "settings_dialog.h"

#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bn;

class TestSettingsKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storingAKeyUsesTheKeychainOnly()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BounceNavigatorKeyTest"));
        const QString secret = QStringLiteral("dqs-from-the-settings-42");
        SettingsDialog dialog;
        QSignalSpy stored(&dialog, &SettingsDialog::keyStored);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("settingsDqsKey")), secret);
        dialog.apply();
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("settingsDqsKey"))->text().isEmpty());

        KeyJob read(KeyJob::Operation::Read, QStringLiteral("spamhaus-dqs"));
        QSignalSpy done(&read, &KeyJob::finished);
        read.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(read.value(), secret);

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(secret.toUtf8()));
        for (const QString &k : settings.allKeys())
            QVERIFY(!settings.value(k).toString().contains(secret));
    }
};

QTEST_MAIN(TestSettingsKeychain)
#include "test_settings_keychain.moc"
