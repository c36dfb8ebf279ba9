// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_panel.h"

#include "reputation/evidence_texts.h"
#include "reputation/keys/key_store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bn {

namespace {

constexpr int FailureRole = Qt::UserRole + 1; //!< the state item's CheckFailure, for CouldNotCheck

} // namespace

LookupPanel::LookupPanel(QWidget *parent)
    : QWidget(parent)
    , m_zones(BlocklistCheck::catalogZones())
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_nothingChecked(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_progress(new QProgressBar(this))
    , m_checkButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_reverse(new QLabel(this))
    , m_ownerLabel(new QLabel(this))
{
    m_ownerLabel->setObjectName(QStringLiteral("ipOwner"));
    m_ownerLabel->setWordWrap(true);
    m_ownerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setObjectName(QStringLiteral("lookupPanel"));
    m_table->setObjectName(QStringLiteral("lookupTable"));
    m_progress->setObjectName(QStringLiteral("lookupProgress"));
    m_checkButton->setObjectName(QStringLiteral("lookupCheck"));
    m_cancelButton->setObjectName(QStringLiteral("lookupCancel"));
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_summary->setObjectName(QStringLiteral("lookupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nothingChecked->setObjectName(QStringLiteral("nothingCheckedBanner"));
    m_nothingChecked->setWordWrap(true);
    m_nothingChecked->setStyleSheet(QStringLiteral("QLabel{background:#e8e8e8;color:#202020;padding:4px}"));
    m_nothingChecked->hide();
    m_reverse->setObjectName(QStringLiteral("reverseDns"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel{background:#fff3c4;padding:4px}"));
    m_banner->hide();
    m_reverse->setWordWrap(true);
    m_reverse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The list's zone and the state are read whole; the meaning takes the rest of the width.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cancelButton->setEnabled(false);
    connect(m_checkButton, &QPushButton::clicked, this, &LookupPanel::startCheck);
    connect(m_cancelButton, &QPushButton::clicked, this, &LookupPanel::cancel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_nothingChecked);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reverse);
    layout->addWidget(m_ownerLabel);
    // The buttons sit above the table.
    setTabOrder(m_checkButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_table);
    retranslateUi();
}

void LookupPanel::setSubject(const QString &ipOrDomain)
{
    cancel();
    m_subject = ipOrDomain;
    m_hasEvidence = false;
    m_table->setRowCount(0);
    m_reverse->clear();
    m_ownerLabel->clear();
    m_summary->clear();
    m_nothingChecked->hide();
    m_progress->setValue(0);
    retranslateUi();
}

void LookupPanel::setOffline(bool offline)
{
    m_offline = offline;
    m_banner->setVisible(offline);
    retranslateUi();
}

void LookupPanel::startCheck()
{
    if (m_subject.isEmpty())
        return;
    cancel();
    // Keys for the lists that need one come from the system keychain, once per session.
    if (!m_keysRead && !m_offline && !m_options.offline) {
        QStringList names;
        for (const auto &[list, zone] : std::as_const(m_zones))
            if (zone.needsKey && !names.contains(zone.keyName) && !m_disabledZones.contains(zone.zone))
                names << zone.keyName;
        if (!names.isEmpty()) {
            m_keysRead = true;
            m_checkButton->setEnabled(false);
            readKeys(names, this, [this](const QHash<QString, QString> &keys) {
                m_keys = keys;
                startCheck();
            });
            return;
        }
    }
    BlocklistCheckOptions options = m_options;
    options.keys.insert(m_keys);
    options.offline = options.offline || m_offline;
    // Zones switched off in the settings are never handed to the check; their rows say why.
    BlocklistCheck::Zones asked;
    m_switchedOff.clear();
    m_table->setRowCount(0);
    for (const auto &[list, zone] : std::as_const(m_zones)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString name = zone.zone.isEmpty() && list ? list->id : zone.zone;
        const bool off = !zone.zone.isEmpty() && m_disabledZones.contains(zone.zone);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->item(row, 1)->setData(Qt::UserRole, off ? int(Verdict::NotQueried) : Checking);
        m_table->setItem(row, 2, new QTableWidgetItem(off ? tr("Not checked: switched off in the settings.") : QString()));
        showState(row);
        if (off) {
            ZoneVerdict v;
            v.zone = zone.zone;
            v.operatorId = list ? list->operatorId : QString();
            v.listId = list ? list->id : QString();
            v.verdict = Verdict::NotQueried;
            v.meaning = m_table->item(row, 2)->text();
            m_switchedOff.append(v);
        } else {
            asked.append({list, zone});
        }
    }
    m_check = new BlocklistCheck(m_subject, asked, options, this);
    m_progress->setRange(0, int(asked.size()));
    m_progress->setValue(0);
    connect(m_check, &BlocklistCheck::result, this, &LookupPanel::showVerdict);
    connect(m_check, &BlocklistCheck::progress, m_progress, &QProgressBar::setValue);
    connect(m_check, &BlocklistCheck::finished, this, [this] {
        m_checkDone = true;
        if (!m_owner)
            onFinished();
    });
    m_checkButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_checkDone = false;
    m_evidence = Evidence();
    m_summary->clear();
    m_nothingChecked->hide();
    // The owner of an IP is asked at the same time as the lists.
    if (QHostAddress().setAddress(m_subject)) {
        OwnerLookupOptions ownerOptions = m_ownerOptions;
        ownerOptions.offline = ownerOptions.offline || options.offline;
        if (ownerOptions.nameserver.isEmpty())
            ownerOptions.nameserver = options.nameserver; // the DNS server chosen in the settings, for the registry's name too
        auto *owner = new OwnerLookup(m_subject, ownerOptions, this);
        m_owner = owner;
        connect(owner, &OwnerLookup::finished, this, [this, owner] {
            owner->deleteLater();
            if (m_owner != owner)
                return; // a check started since replaced it (and m_owner is that check's, or null)
            m_evidence.owner = owner->result();
            m_owner = nullptr;
            if (m_checkDone)
                onFinished();
        });
        owner->start();
    }
    m_check->start();
}

void LookupPanel::cancel()
{
    if (m_check && m_check->isRunning())
        m_check->cancel();
}

void LookupPanel::showVerdict(const ZoneVerdict &v)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *zone = m_table->item(row, 0);
        if (zone->text() != v.zone && zone->text() != v.listId)
            continue;
        if (m_table->item(row, 1)->data(Qt::UserRole).toInt() != Checking)
            continue;
        m_table->item(row, 1)->setData(Qt::UserRole, int(v.verdict));
        m_table->item(row, 1)->setData(FailureRole, int(v.failure));
        showState(row);
        QString detail = v.meaning;
        if (!v.txt.isEmpty())
            detail += QStringLiteral(" — ") + v.txt;
        if (!v.lookupUrl.isEmpty())
            detail += QStringLiteral(" ") + v.lookupUrl;
        m_table->item(row, 2)->setText(detail);
        // Listed in red; could not check in grey, never looking like a clean answer.
        if (v.verdict == Verdict::Listed || v.verdict == Verdict::CouldNotCheck)
            for (int c = 0; c < 3; ++c)
                m_table->item(row, c)->setBackground(v.verdict == Verdict::Listed ? QColor(0xf9, 0xd0, 0xcc) : QColor(0xe8, 0xe8, 0xe8));
        break;
    }
}

void LookupPanel::onFinished()
{
    const IpOwner owner = m_evidence.owner;
    m_evidence = m_check->evidence();
    m_evidence.zones += m_switchedOff;
    m_evidence.owner = owner;
    m_hasEvidence = true;
    m_checkButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    // Rows still waiting were cancelled.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 1)->data(Qt::UserRole).toInt() == Checking) {
            m_table->item(row, 1)->setData(Qt::UserRole, int(Verdict::CouldNotCheck));
            m_table->item(row, 1)->setData(FailureRole, int(CheckFailure::Cancelled));
            showState(row);
        }
    }
    retranslateUi();
    m_check->deleteLater();
    Q_EMIT finished();
}

void LookupPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LookupPanel::showState(int row)
{
    QTableWidgetItem *state = m_table->item(row, 1);
    const int verdict = state->data(Qt::UserRole).toInt();
    state->setText(verdict == Checking ? tr("checking…")
                                       : verdictLabel(Verdict(verdict), CheckFailure(state->data(FailureRole).toInt())));
}

void LookupPanel::retranslateUi()
{
    // The states follow the language; the meanings stay in the language of the check.
    for (int row = 0; row < m_table->rowCount(); ++row)
        showState(row);
    m_title->setText(m_subject.isEmpty() ? tr("No IP address or domain to check yet: open a bounce that names one.")
                                         : tr("Blocklists for %1").arg(m_subject));
    m_banner->setText(tr("You are offline, or the network is switched off in the settings. Decoding and the guide still "
                         "work; live checks wait until you are back online."));
    m_table->setHorizontalHeaderLabels({tr("List"), tr("State"), tr("Meaning")});
    m_checkButton->setText(m_hasEvidence ? tr("Check again") : tr("Check now"));
    m_checkButton->setAccessibleName(tr("Check the blocklists"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the check"));
    m_table->setAccessibleName(tr("Blocklist results"));
    m_progress->setAccessibleName(tr("Check progress"));
    if (m_hasEvidence) {
        m_summary->setText(tr("Blocklists: %1").arg(summaryLine(m_evidence)));
        const QString advice = nothingCheckedAdvice(m_evidence);
        m_nothingChecked->setText(advice);
        m_nothingChecked->setVisible(!advice.isEmpty());
        const ReverseDns &r = m_evidence.reverseDns;
        QString text = r.state != ReverseDns::State::Found
            ? r.error
            : tr("Reverse DNS: %1 (%2)").arg(r.ptrNames.join(QStringLiteral(", ")),
                                             r.forwardConfirmed ? tr("forward-confirmed") : tr("not forward-confirmed"));
        if (r.looksGeneric)
            text += QLatin1Char(' ') + tr("The name looks generic or dynamic.");
        if (m_evidence.publicResolverSuspected)
            text += QLatin1Char(' ') + tr("Your DNS server looks like a public resolver, which blocklists refuse: set another "
                                          "DNS server in the settings.");
        m_reverse->setText(text);
        const IpOwner &o = m_evidence.owner;
        m_ownerLabel->setText(o.known ? tr("Owner of the IP: %1 (%2, %3), abuse contact: %4")
                                            .arg(o.organisation.isEmpty() ? o.networkName : o.organisation, o.country, o.registry,
                                                 o.abuseEmail.isEmpty() ? tr("none listed") : o.abuseEmail)
                              : o.checked ? tr("Owner of the IP unknown: %1").arg(o.error)
                                          : tr("Owner of the IP not checked: %1").arg(o.error));
    }
}

} // namespace bn
