// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/dsn_fields.h"

#include "common/field_lines.h"

namespace bn {

QString DsnFields::value(QStringView name) const
{
    for (const Field &f : m_fields)
        if (QStringView(f.name).compare(name, Qt::CaseInsensitive) == 0)
            return f.value;
    return {};
}

QStringList DsnFields::values(QStringView name) const
{
    QStringList out;
    for (const Field &f : m_fields)
        if (QStringView(f.name).compare(name, Qt::CaseInsensitive) == 0)
            out.append(f.value);
    return out;
}

QString DsnFields::typedValue(QStringView name) const
{
    const QString v = value(name);
    const qsizetype semi = v.indexOf(QLatin1Char(';'));
    return semi < 0 ? v : v.mid(semi + 1).trimmed();
}

QString DsnFields::typeOf(QStringView name) const
{
    const QString v = value(name);
    const qsizetype semi = v.indexOf(QLatin1Char(';'));
    return semi < 0 ? QString() : v.left(semi).trimmed().toUpper();
}

DsnReport parseDsn(QStringView text)
{
    DsnReport report;
    DsnFields block;
    QString name;
    QString value;
    auto flushField = [&] {
        if (!name.isEmpty())
            block.append(name, value.simplified());
        name.clear();
        value.clear();
    };
    auto flushBlock = [&] {
        flushField();
        if (block.isEmpty())
            return;
        const bool recipient = block.contains(u"Final-Recipient") || block.contains(u"Original-Recipient")
            || block.contains(u"X-Actual-Recipient");
        if (recipient)
            report.recipients.append(block);
        else if (report.recipients.isEmpty())
            report.perMessage = block;
        block = DsnFields();
    };
    for (QStringView raw : text.split(QLatin1Char('\n'))) {
        const FieldLine line = readFieldLine(raw);
        switch (line.kind) {
        case FieldLine::Kind::Blank:
            flushBlock();
            break;
        case FieldLine::Kind::Continuation:
        case FieldLine::Kind::Other: // a line that is no field goes on with the one before it
            if (!name.isEmpty())
                value += QLatin1Char(' ') + line.value.toString();
            break;
        case FieldLine::Kind::Field:
            flushField();
            // Recipient blocks written without the blank line between them: a second
            // Final-Recipient starts the next block.
            if (line.name.compare(u"Final-Recipient", Qt::CaseInsensitive) == 0 && block.contains(u"Final-Recipient"))
                flushBlock();
            name = line.name.toString();
            value = line.value.toString();
            break;
        }
    }
    flushBlock();
    return report;
}

} // namespace bn
