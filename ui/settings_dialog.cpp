// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_dialog.h"

#include "common/language.h"
#include "language_font.h"
#include "reputation/catalog.h"
#include "reputation/keys/key_store.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bn {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_nameserver(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_automatic(new QCheckBox(this))
    , m_networkOff(new QCheckBox(this))
    , m_zonesLabel(new QLabel(this))
    , m_zones(new QListWidget(this))
    , m_keys(new QLabel(this))
    , m_dqsLabel(new QLabel(this))
    , m_dqsKey(new QLineEdit(this))
    , m_abusixLabel(new QLabel(this))
    , m_abusixKey(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_nameserverLabel(new QLabel(this))
    , m_timeoutLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_nameserver->setObjectName(QStringLiteral("settingsNameserver"));
    m_networkOff->setObjectName(QStringLiteral("settingsNetworkOff"));
    m_timeout->setObjectName(QStringLiteral("settingsTimeout"));
    m_automatic->setObjectName(QStringLiteral("settingsAutomatic"));
    // Language names are shown in their own language, so they are not translated.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Settings::language().get())));
    m_nameserver->setText(Settings::nameserver().get());
    m_nameserver->setPlaceholderText(QStringLiteral("192.0.2.53:53"));
    m_timeout->setRange(200, 30000);
    m_timeout->setSingleStep(500);
    m_timeout->setValue(Settings::timeoutMs().get());
    m_automatic->setChecked(Settings::automaticLookups().get());
    m_networkOff->setChecked(Settings::networkOff().get());
    // Every DNS zone of the catalog, checked unless switched off; the zone name is the item's data.
    m_zones->setObjectName(QStringLiteral("settingsZones"));
    const QStringList disabled = Settings::disabledZones().get();
    for (const auto &[list, zone] : Catalog::builtin().zones()) {
        const OperatorInfo *op = Catalog::builtin().operatorById(list->operatorId);
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2, %3)").arg(zone->zone, op ? op->name : list->operatorId, list->id),
                                         m_zones);
        item->setData(Qt::UserRole, zone->zone);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(disabled.contains(zone->zone) ? Qt::Unchecked : Qt::Checked);
    }
    m_zonesLabel->setBuddy(m_zones);
    m_keys->setWordWrap(true);
    m_dqsKey->setObjectName(QStringLiteral("settingsDqsKey"));
    m_dqsKey->setEchoMode(QLineEdit::Password);
    m_dqsLabel->setBuddy(m_dqsKey);
    m_abusixKey->setObjectName(QStringLiteral("settingsAbusixKey"));
    m_abusixKey->setEchoMode(QLineEdit::Password);
    m_abusixLabel->setBuddy(m_abusixKey);
    m_keyStatus->setObjectName(QStringLiteral("settingsKeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);
    m_nameserverLabel->setBuddy(m_nameserver);
    m_timeoutLabel->setBuddy(m_timeout);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_nameserverLabel, m_nameserver);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_zonesLabel, m_zones);
    form->addRow(m_automatic);
    form->addRow(m_networkOff);
    form->addRow(m_dqsLabel, m_dqsKey);
    form->addRow(m_abusixLabel, m_abusixKey);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keys);
    layout->addWidget(m_keyStatus);
    layout->addWidget(m_buttons);
    // Tab follows the form from top to bottom (the list of zones was created after the check boxes).
    QWidget *order[] = {m_language, m_nameserver, m_timeout, m_zones, m_automatic, m_networkOff, m_dqsKey, m_abusixKey, m_buttons};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    retranslateUi();
}

void SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool changed = language != Settings::language().get();
    Settings::language().set(language);
    Settings::nameserver().set(m_nameserver->text().trimmed());
    Settings::timeoutMs().set(m_timeout->value());
    Settings::automaticLookups().set(m_automatic->isChecked());
    Settings::networkOff().set(m_networkOff->isChecked());
    QStringList disabled;
    for (int i = 0; i < m_zones->count(); ++i)
        if (m_zones->item(i)->checkState() != Qt::Checked)
            disabled << m_zones->item(i)->data(Qt::UserRole).toString();
    Settings::disabledZones().set(disabled);
    if (changed) {
        const QString chosen = chooseLanguage(language);
        installTranslators(chosen); // every window retranslates on LanguageChange
        applyLanguageFont(chosen);  // and Japanese needs a font that has its glyphs
    }
    // Keys are written only when one was typed in; an empty field leaves the stored key alone.
    storeKey(m_dqsKey, QStringLiteral("spamhaus-dqs"));
    storeKey(m_abusixKey, QStringLiteral("abusix"));
}

void SettingsDialog::storeKey(QLineEdit *field, const QString &keyName)
{
    const QString key = field->text().trimmed();
    if (key.isEmpty())
        return;
    auto *job = new KeyJob(KeyJob::Operation::Write, keyName, key, this);
    field->clear(); // the key lives in the keychain, not in this window
    connect(job, &KeyJob::finished, this, [this, job, keyName] {
        const bool ok = job->result() == KeyJob::Result::Ok;
        const QString message = ok ? tr("The key was stored in the system keychain.") : job->errorString();
        m_keyStatus->setText(message);
        job->deleteLater();
        Q_EMIT keyStored(ok, message, keyName);
    });
    job->start();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_language->setItemText(0, tr("System language"));
    m_languageLabel->setText(tr("&Language:"));
    m_nameserverLabel->setText(tr("&DNS server for checks:"));
    m_nameserver->setToolTip(tr("Empty: the system's resolver. Blocklists refuse public resolvers such as 8.8.8.8."));
    m_timeoutLabel->setText(tr("&Timeout per query (ms):"));
    m_zonesLabel->setText(tr("&Blocklists to check:"));
    m_zones->setToolTip(tr("Lists switched off here are shown as not queried in live checks."));
    m_automatic->setText(tr("Check blocklists automatically when a bounce is opened"));
    m_networkOff->setText(tr("Switch all network use off (decode and guide only)"));
    m_zones->setAccessibleName(tr("Blocklists to check"));
    m_keys->setText(tr("API keys are kept only in the system keychain, never in the settings file. Without a keychain they "
                       "are not stored, and lists that need a key are explained but not queried."));
    m_dqsLabel->setText(tr("Spamhaus &DQS key:"));
    m_dqsKey->setPlaceholderText(tr("stored in the system keychain"));
    m_abusixLabel->setText(tr("Abusi&x key:"));
    m_abusixKey->setPlaceholderText(tr("stored in the system keychain"));
}

} // namespace bn
