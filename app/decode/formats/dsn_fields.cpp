// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/formats/dsn_fields.h"

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
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            flushBlock();
            continue;
        }
        if (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t')) {
            if (!name.isEmpty())
                value += QLatin1Char(' ') + line.trimmed().toString();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        // "Diagnostic-Code : smtp; …" (a space before the colon) is still the field.
        if (colon <= 0 || line.left(colon).trimmed().contains(QLatin1Char(' '))) {
            if (!name.isEmpty())
                value += QLatin1Char(' ') + line.trimmed().toString();
            continue;
        }
        flushField();
        // Recipient blocks written without the blank line between them: a second
        // Final-Recipient starts the next block.
        const QStringView fieldName = line.left(colon).trimmed();
        if (fieldName.compare(u"Final-Recipient", Qt::CaseInsensitive) == 0 && block.contains(u"Final-Recipient"))
            flushBlock();
        name = fieldName.toString();
        value = line.mid(colon + 1).trimmed().toString();
    }
    flushBlock();
    return report;
}

} // namespace bn
