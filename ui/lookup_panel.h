// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/dns/blocklist_check.h"
#include "reputation/rdap/owner_lookup.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bn {

//! Live reputation checks of one IP or domain: one row per list whose state changes as the
//! answers arrive, a progress bar, Cancel and Check again, reverse DNS beside them.
class LookupPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LookupPanel(QWidget *parent = nullptr);

    void setSubject(const QString &ipOrDomain);
    //! The zones to check (the catalog's by default); tests point them at a loopback server.
    void setZones(BlocklistCheck::Zones zones) { m_zones = std::move(zones); }
    //! Zones the user switched off in the settings: shown as not queried, never asked.
    void setDisabledZones(const QStringList &zones) { m_disabledZones = zones; }
    void setOptions(const BlocklistCheckOptions &options) { m_options = options; }
    void setOwnerOptions(const OwnerLookupOptions &options) { m_ownerOptions = options; }
    void setOffline(bool offline);
    //! Reads the API keys from the keychain again before the next check (after the settings changed them).
    void forgetKeys()
    {
        m_keysRead = false;
        m_keys.clear();
    }
    void startCheck();
    void cancel();
    bool isRunning() const { return m_check && m_check->isRunning(); }
    const Evidence *evidence() const { return m_hasEvidence ? &m_evidence : nullptr; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    //! Writes row's state (kept as a Verdict, or Checking, in the state item's Qt::UserRole).
    void showState(int row);
    static constexpr int Checking = -1;
    void showVerdict(const ZoneVerdict &v);
    void onFinished();

    QString m_subject;
    BlocklistCheck::Zones m_zones;
    QStringList m_disabledZones;
    QList<ZoneVerdict> m_switchedOff; // verdicts of the zones switched off, for the evidence
    BlocklistCheckOptions m_options;
    OwnerLookupOptions m_ownerOptions;
    QPointer<BlocklistCheck> m_check;
    QPointer<OwnerLookup> m_owner;
    bool m_checkDone = false;
    bool m_keysRead = false;
    QHash<QString, QString> m_keys; // from the keychain; kept apart so setOptions() does not drop them
    Evidence m_evidence;
    bool m_hasEvidence = false;
    bool m_offline = false;
    QLabel *m_title;
    QLabel *m_banner;
    QLabel *m_nothingChecked; //!< what to do when no list could be checked
    QLabel *m_summary;        //!< "listed on 1 list · not listed on 14 · 12 could not be checked (no network)"
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_checkButton;
    QPushButton *m_cancelButton;
    QLabel *m_reverse;
    QLabel *m_ownerLabel;
};

} // namespace bn
