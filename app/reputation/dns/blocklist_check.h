// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/catalog.h"
#include "reputation/evidence.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace bn {

class DnsChannel;

struct BlocklistCheckOptions
{
    QString nameserver;                  //!< "HOST:PORT", empty for the system resolver
    int timeoutMs = 3000;                //!< per query
    int deadlineMs = 10000;              //!< the whole check
    bool offline = false;                //!< no network at all: everything NotQueried
    bool healthCheck = true;             //!< RFC 5782 test entries per zone
    QHash<QString, QString> keys;        //!< keyName ("spamhaus-dqs") -> key
    bool reverseDns = true;              //!< PTR and forward confirmation for IP subjects
};

//! Checks one IP or domain against DNS blocklists in parallel. Results stream through
//! result() as answers arrive; finished() comes once, after the last answer, the deadline,
//! or cancel(). Only documented listing codes from lists that pass their RFC 5782 health check
//! count as listed, and only NXDOMAIN from such lists as not listed; everything else is
//! Verdict::CouldNotCheck with its cause.
class BlocklistCheck final : public QObject
{
    Q_OBJECT

public:
    //! The zones to check with their lists (the catalog's by default).
    using Zones = QList<QPair<const ListInfo *, DnsZone>>;

    BlocklistCheck(const QString &subject, Zones zones, BlocklistCheckOptions options, QObject *parent = nullptr);
    ~BlocklistCheck() override;

    //! Every zone of the built-in catalog, including dead and keyed ones (explained, not queried).
    static Zones catalogZones();

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const Evidence &evidence() const { return m_evidence; }

Q_SIGNALS:
    void result(const bn::ZoneVerdict &verdict);
    void progress(int done, int total);
    void finished();

private:
    struct Pending
    {
        ZoneVerdict verdict;
        DnsZone zone;
        bool answered = false;
        bool settled = false;
        int health = 0;              // health answers still expected
        bool healthy = true;
        bool healthDefinitive = true; // both test entries got a real answer (worth remembering)
        QStringList txt;
        bool waitingTxt = false;
        bool heldForResolver = false; // a "not listed" waiting for the other lists' test entries
    };
    void queryZone(int index, const QString &name, const QString &key);
    void settle(int index);
    void startReverseDns();
    void judgeReverseDns(CheckFailure unanswered);
    void finishIfDone();
    //! Ends the check; lists still unanswered could not be checked, for \a unanswered.
    void finish(CheckFailure unanswered);

    QString m_subjectText;
    Zones m_zones;
    BlocklistCheckOptions m_options;
    Evidence m_evidence;
    QList<Pending> m_pending;
    DnsChannel *m_channel = nullptr;
    QTimer *m_deadline;
    int m_done = 0;
    int m_reversePending = 0;
    int m_healthPending = 0; // zones whose test entries are still being asked
    bool m_anyTested = false;
    bool m_anyHealthy = false;
    //! No list answered its test entries right: the resolver itself cannot be trusted.
    bool resolverUntrusted() const { return m_anyTested && !m_anyHealthy; }
    void settleHeld();
    bool m_reverseStarted = false;
    bool m_running = false;
    bool m_finishing = false;
};

} // namespace bn
