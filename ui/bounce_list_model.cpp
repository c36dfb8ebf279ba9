// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce_list_model.h"

#include "headline.h"

namespace bn {

namespace {

//! Messages that report the same refusal share one row, so a mailbox of repeated bounces
//! shows each problem once, with a count.
QString sameRefusalKey(const Bounce &b)
{
    return QStringList{b.recipient,
                       b.status,
                       b.replyCode,
                       b.reason,
                       b.temporary ? QStringLiteral("t") : QStringLiteral("p"),
                       b.remoteMta,
                       b.smtpCommand,
                       b.diagnostic,
                       b.list,
                       b.listedIp,
                       b.listedDomain,
                       b.warnings.join(QChar(0x1e))}
        .join(QChar(0x1f));
}

//! The same partition as causeLabel(), but independent of the language shown.
QString causeKey(const Bounce &b)
{
    if (!b.operatorId.isEmpty())
        return QLatin1String("op:") + b.operatorId + QLatin1Char('/') + b.list;
    return QLatin1String("reason:") + b.reason;
}

} // namespace

BounceListModel::BounceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BounceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BounceListModel::rowOf(int cause, int inCause) const
{
    int row = inCause;
    for (int c = 0; c < cause; ++c)
        row += m_causeSizes.at(c);
    return row;
}

bool BounceListModel::addRepeat(const Bounce &bounce)
{
    const auto it = m_byRefusal.constFind(sameRefusalKey(bounce));
    if (it == m_byRefusal.cend())
        return false;
    const int row = rowOf(it->cause, it->inCause);
    ++m_rows[row]->count;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {CountRole, CountTextRole, Qt::AccessibleTextRole});
    return true;
}

int BounceListModel::add(const DecodedBounce &item, Party party)
{
    const QString key = causeKey(item.bounce);
    int cause = int(m_causes.indexOf(key));
    const bool newCause = cause < 0;
    if (newCause) {
        cause = int(m_causes.size());
        m_causes << key;
        m_causeSizes << 0;
    }
    const int inCause = m_causeSizes.at(cause);
    const int row = rowOf(cause, inCause);
    beginInsertRows({}, row, row);
    auto r = std::make_unique<Row>();
    r->item = item;
    r->party = party;
    r->serial = m_nextSerial++;
    r->cause = cause;
    r->inCause = inCause;
    m_rows.insert(m_rows.begin() + row, std::move(r));
    ++m_causeSizes[cause];
    m_byRefusal.insert(sameRefusalKey(item.bounce), {cause, inCause});
    endInsertRows();
    if (newCause && m_causes.size() == 2) {
        // From now on every cause has a header: the first one gains it too.
        const QModelIndex first = index(0);
        Q_EMIT dataChanged(first, first, {CauseHeaderRole});
    }
    return row;
}

void BounceListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_causes.clear();
    m_causeSizes.clear();
    m_byRefusal.clear();
    endResetModel();
}

void BounceListModel::retranslate()
{
    if (m_rows.empty())
        return;
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged(); // the heights of the cards change with their texts
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QVariant BounceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = *m_rows.at(index.row());
    const Bounce &b = r.item.bounce;
    switch (role) {
    case Qt::DisplayRole:
    case HeadlineRole:
        return bounceHeadline(b);
    case Qt::AccessibleTextRole:
        //: %1 is the headline of a bounce that several messages reported.
        return r.count > 1 ? tr("%1 (%n message(s))", nullptr, r.count).arg(bounceHeadline(b)) : bounceHeadline(b);
    case Qt::AccessibleDescriptionRole:
        return QStringList{b.temporary ? tr("Temporary") : tr("Permanent"), tr("Contact first: %1").arg(partyName(r.party))}.join(
            QLatin1String(". "));
    case BadgeRole:
        return b.temporary ? tr("Temporary") : tr("Permanent");
    case TemporaryRole:
        return b.temporary;
    case CountRole:
        return r.count;
    case CountTextRole:
        //: Beside a bounce's headline: the number of messages that reported the same refusal.
        return r.count > 1 ? tr("%n message(s)", nullptr, r.count) : QString();
    case PartyRole:
        return tr("Contact first: %1").arg(partyName(r.party));
    case DetailsRole: {
        QStringList lines;
        auto add = [&lines](const QString &label, const QString &value) {
            if (!value.isEmpty())
                lines << label + QLatin1Char(' ') + value;
        };
        add(tr("Status:"), b.status);
        add(tr("Reply code:"), b.replyCode);
        add(tr("Reason:"), b.reason);
        //: The SMTP command the server refused (RCPT, DATA…)
        add(tr("SMTP step:"), b.smtpCommand);
        add(tr("Refused by:"), b.remoteMta);
        add(tr("Reported by:"), b.reportingMta);
        add(tr("Listed IP:"), b.listedIp);
        add(tr("Listed domain:"), b.listedDomain);
        //: Before what could not be read in the message (an address with invalid bytes, a broken part)
        for (const QString &w : b.warnings)
            add(tr("Warning:"), w);
        return lines;
    }
    case CauseHeaderRole:
        return r.inCause == 0 && m_causes.size() > 1 ? causeLabel(b) : QString();
    case ExpandedRole:
        return r.expanded;
    case SerialRole:
        return r.serial;
    default:
        return {};
    }
}

bool BounceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !index.isValid() || index.row() >= rowCount())
        return false;
    m_rows[index.row()]->expanded = value.toBool();
    Q_EMIT dataChanged(index, index, {ExpandedRole});
    return true;
}

} // namespace bn
