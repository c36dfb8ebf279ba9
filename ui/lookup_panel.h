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
    void setOptions(const BlocklistCheckOptions &options) { m_options = options; }
    void setOwnerOptions(const OwnerLookupOptions &options) { m_ownerOptions = options; }
    void setOffline(bool offline);
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
    void showVerdict(const ZoneVerdict &v);
    void onFinished();

    QString m_subject;
    BlocklistCheck::Zones m_zones;
    BlocklistCheckOptions m_options;
    OwnerLookupOptions m_ownerOptions;
    QPointer<BlocklistCheck> m_check;
    QPointer<OwnerLookup> m_owner;
    bool m_checkDone = false;
    bool m_keysRead = false;
    Evidence m_evidence;
    bool m_hasEvidence = false;
    bool m_offline = false;
    QLabel *m_title;
    QLabel *m_banner;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_checkButton;
    QPushButton *m_cancelButton;
    QLabel *m_reverse;
    QLabel *m_ownerLabel;
};

//! Translated name of a verdict.
QString verdictText(Verdict v);

} // namespace bn
