// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/decode_job.h"
#include "guide/diagnosis.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace bn {

//! The bounces shown in the window, one row (a "card") per distinct refusal, grouped by cause
//! in the order the causes first appeared. Messages reporting the same refusal share a row and
//! raise its count. Adding is O(number of causes), whatever the number of rows, so a mailbox of
//! thousands of different bounces fills the list without slowing down.
class BounceListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        HeadlineRole = Qt::UserRole + 1, //!< QString, the plain-language sentence (also Qt::DisplayRole)
        BadgeRole,                       //!< QString, "Permanent" or "Temporary"
        TemporaryRole,                   //!< bool
        CountRole,                       //!< int, messages that reported this refusal
        CountTextRole,                   //!< QString, "4 messages"; empty for one
        PartyRole,                       //!< QString, "Contact first: …"
        DetailsRole,                     //!< QStringList of "Label: value" lines (codes, servers, SMTP step)
        CauseHeaderRole,                 //!< QString, the cause label above the first card of a cause, when there are several causes
        ExpandedRole,                    //!< bool, whether the details are unfolded (settable)
        SerialRole,                      //!< int, stable for the life of the row
    };

    explicit BounceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = ExpandedRole) override;

    //! Counts \a bounce on the row of the same refusal, if there is one; returns whether it did.
    bool addRepeat(const Bounce &bounce);
    //! Adds a row at the end of its cause (a new cause goes last); returns the row.
    int add(const DecodedBounce &item, Party party);
    void clear();

    const DecodedBounce &item(int row) const { return m_rows.at(row)->item; }
    const Bounce &bounce(int row) const { return m_rows.at(row)->item.bounce; }
    int count(int row) const { return m_rows.at(row)->count; }
    int causeCount() const { return int(m_causes.size()); }
    //! The texts are built in the current language: tells the views they all changed.
    void retranslate();

private:
    struct Row
    {
        DecodedBounce item;
        Party party = Party::SenderAdmin;
        int count = 1;
        int serial = 0;
        int cause = 0;      // index in m_causes
        int inCause = 0;    // position among the rows of its cause (rows are only appended to a cause)
        bool expanded = false;
    };
    struct Refusal
    {
        int cause = 0;
        int inCause = 0;
    };
    int rowOf(int cause, int inCause) const;

    std::vector<std::unique_ptr<Row>> m_rows; // by pointer: inserting moves pointers, not messages
    QStringList m_causes;       // untranslated keys, in the order shown
    QList<int> m_causeSizes;    // rows under each cause
    QHash<QString, Refusal> m_byRefusal;
    int m_nextSerial = 0;
};

} // namespace bn
