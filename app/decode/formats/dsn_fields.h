// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bn {

//! One block of RFC 3464 fields ("Name: value"), continuation lines unfolded.
class DsnFields
{
public:
    QString value(QStringView name) const;
    //! Every value of a field that may repeat (RFC 5965 Original-Rcpt-To), in order.
    QStringList values(QStringView name) const;
    //! The part after "type;" in typed fields such as "rfc822; user@example.jp".
    QString typedValue(QStringView name) const;
    //! The "type" of a typed field, upper-cased ("SMTP", "X-UNIX", "RFC822").
    QString typeOf(QStringView name) const;
    bool contains(QStringView name) const { return !value(name).isNull(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void append(const QString &name, const QString &value) { m_fields.append({name, value}); }

private:
    struct Field
    {
        QString name;
        QString value;
    };
    QList<Field> m_fields;
};

//! A delivery-status report: the per-message fields and one block per recipient.
struct DsnReport
{
    DsnFields perMessage;
    QList<DsnFields> recipients;
};

//! Parses the content of a message/delivery-status part (RFC 3464): blocks separated by
//! blank lines, folded fields unfolded. Blocks without a recipient field are per-message.
DsnReport parseDsn(QStringView text);

} // namespace bn
