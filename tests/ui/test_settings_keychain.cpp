// SPDX-License-Identifier: GPL-3.0-or-later
// A key typed in the settings lands in the real gnome-keyring (tests/support/with-keyring.sh),
// not in the settings file.
#include "reputation/catalog.h"
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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BounceNavigatorKeyTest"));
    }

    void storingAKeyUsesTheKeychainOnly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("secret");
        QTest::newRow("Spamhaus DQS") << QStringLiteral("settingsDqsKey") << QStringLiteral("spamhaus-dqs")
                                      << QStringLiteral("dqs-from-the-settings-42");
        QTest::newRow("Abusix") << QStringLiteral("settingsAbusixKey") << QStringLiteral("abusix")
                                << QStringLiteral("abusix-from-the-settings-77");
    }

    void storingAKeyUsesTheKeychainOnly()
    {
        QFETCH(QString, field);
        QFETCH(QString, keyName);
        QFETCH(QString, secret);
        // The catalog's keyed zones ask the keychain under this name.
        bool named = false;
        for (const auto &[list, zone] : Catalog::builtin().zones())
            named = named || (zone->needsKey && zone->keyName == keyName);
        QVERIFY(named);

        SettingsDialog dialog;
        QSignalSpy stored(&dialog, &SettingsDialog::keyStored);
        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, secret);
        dialog.apply();
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QCOMPARE(stored.first().at(2).toString(), keyName);
        QCOMPARE(stored.size(), 1); // only the key typed in is written
        QVERIFY(edit->text().isEmpty());

        KeyJob read(KeyJob::Operation::Read, keyName);
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
