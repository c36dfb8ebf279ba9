// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/catalog.h"

namespace bn {

const Catalog &Catalog::builtin()
{
    static const Catalog catalog;
    return catalog;
}

bool Catalog::loadJson(const QByteArray &json, QString *error)
{
    Q_UNUSED(json);
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

const OperatorInfo *Catalog::operatorById(const QString &id) const
{
    for (const OperatorInfo &op : m_operators)
        if (op.id == id)
            return &op;
    return nullptr;
}

const ListInfo *Catalog::list(const QString &operatorId, const QString &listId) const
{
    if (const OperatorInfo *op = operatorById(operatorId))
        for (const ListInfo &l : op->lists)
            if (l.id == listId)
                return &l;
    return nullptr;
}

QList<QPair<const ListInfo *, const DnsZone *>> Catalog::zones() const
{
    QList<QPair<const ListInfo *, const DnsZone *>> out;
    for (const OperatorInfo &op : m_operators)
        for (const ListInfo &l : op.lists)
            for (const DnsZone &z : l.zones)
                out.append({&l, &z});
    return out;
}

} // namespace bn
