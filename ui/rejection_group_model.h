// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/logs/rejection_groups.h"

#include <QAbstractTableModel>

namespace bn {

//! Rejection groups from a log import, one row each, sortable by any column.
class RejectionGroupModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Count, Kind, Reason, Destination, RemoteHost, Operator, ListedIp, FirstSeen, LastSeen, ColumnCount };
    //! The raw value for sorting (counts as numbers).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RejectionGroupModel(QObject *parent = nullptr);

    void setGroups(QList<RejectionGroup> groups);
    const RejectionGroup &group(int row) const { return m_groups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectionGroup> m_groups;
};

} // namespace bn
