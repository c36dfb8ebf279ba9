// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace bn {

//! Settings: language (switches live), DNS server, timeout, which blocklists to check,
//! automatic lookups, network off, API keys (kept in the system keychain only).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    //! Stores the values; a changed language is installed at once, without a restart. A key
    //! typed in goes to the system keychain only; keyStored() tells how that went.
    void apply();

Q_SIGNALS:
    //! Once per key written; \a keyName is its keychain name ("spamhaus-dqs", "abusix").
    void keyStored(bool ok, const QString &message, const QString &keyName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void storeKey(QLineEdit *field, const QString &keyName);

    QComboBox *m_language;
    QLineEdit *m_nameserver;
    QSpinBox *m_timeout;
    QCheckBox *m_automatic;
    QCheckBox *m_networkOff;
    QLabel *m_zonesLabel;
    QListWidget *m_zones;
    QLabel *m_keys;
    QLabel *m_dqsLabel;
    QLineEdit *m_dqsKey;
    QLabel *m_abusixLabel;
    QLineEdit *m_abusixKey;
    QLabel *m_keyStatus;
    QLabel *m_languageLabel;
    QLabel *m_nameserverLabel;
    QLabel *m_timeoutLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace bn
