// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejection_group_model.h"

namespace bn {

RejectionGroupModel::RejectionGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectionGroupModel::setGroups(QList<RejectionGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int RejectionGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int RejectionGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const RejectionGroup &g = m_groups.at(index.row());
    if (role == SortRole && index.column() == Count)
        return g.count;
    if (role == Qt::ToolTipRole)
        return g.example.diagnostic;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Count: return g.count;
    case Kind:
        if (g.direction == LogRecord::Direction::Inbound)
            return tr("refused by this server");
        return g.temporary ? tr("temporary") : tr("permanent");
    case Reason: return g.reason;
    case Destination: return g.destinationDomain;
    case RemoteHost: return g.remoteHost;
    case Operator: return g.list.isEmpty() ? g.operatorId : g.operatorId + QLatin1String(" / ") + g.list;
    case ListedIp: return g.listedIp;
    case FirstSeen: return g.firstSeen;
    case LastSeen: return g.lastSeen;
    case ColumnCount: break;
    }
    return {};
}

QVariant RejectionGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Count: return tr("Count");
    case Kind: return tr("Kind");
    case Reason: return tr("Reason");
    case Destination: return tr("Destination");
    //: The mail server that refused the message
    case RemoteHost: return tr("Remote server");
    //: Blocklist operator and list, e.g. "trendmicro / ERS-QIL"
    case Operator: return tr("Operator / list");
    case ListedIp: return tr("Listed IP");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case ColumnCount: break;
    }
    return {};
}

} // namespace bn
