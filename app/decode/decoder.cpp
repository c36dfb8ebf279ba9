// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decoder.h"

#include "decode/formats/extraction.h"
#include "decode/formats/smtp_text.h"
#include "decode/listing/listing.h"
#include "decode/reason/reason.h"
#include "reputation/catalog.h"

#include <QCoreApplication>
#include <QDebug>

namespace bn {

// The pipeline: extract recipients from the report (formats/), then annotate reputation
// findings from the catalog (listing/), then classify the reason (reason/), which may use them.
namespace {

//! What the message could not give: its own reading warnings, and every address in the texts
//! the formats read that holds bytes that are no text (left out of the recipients).
QStringList warningsOf(const Message &message, const NotificationText &n)
{
    QStringList warnings = message.warnings;
    QStringList unreadable = smtp::unreadableAddresses(n.text);
    for (const QString &a : smtp::unreadableAddresses(message.deliveryStatus))
        if (!unreadable.contains(a))
            unreadable.append(a);
    for (const QString &a : smtp::unreadableAddresses(message.returnedHeaders.value("To")))
        if (!unreadable.contains(a))
            unreadable.append(a);
    for (const QString &a : std::as_const(unreadable))
        warnings.append(QCoreApplication::translate("bn", "The address \"%1\" cannot be read: it holds bytes that are not "
                                                          "valid text. No part of it is taken for the recipient.")
                            .arg(a));
    return warnings;
}

} // namespace

QList<Bounce> decode(const Message &message, const Catalog *catalog, QStringList *warnings)
{
    const Catalog &cat = catalog ? *catalog : Catalog::builtin();
    NotificationText n;
    n.text = withoutReturnedOriginal(withoutQuoting(message.notificationText()));
    n.subject = message.headers.value("Subject");
    n.from = message.headers.value("From").toLower();
    if (qEnvironmentVariableIsSet("BN_DEBUG_TEXT"))
        qWarning().noquote() << "---TEXT---\n" << n.text << "\n---DS---\n" << message.deliveryStatus;

    QList<ExtractedRecipient> found;
    for (const ReportFormat &format : reportFormats()) {
        if (format.extract(message, n, found))
            break;
        found.clear();
    }
    if (found.isEmpty() && !message.forwardedDeliveryStatus.isEmpty()) {
        // A bounce forwarded as an attachment: its own report, read with its own text.
        Message inner = message;
        inner.deliveryStatus = message.forwardedDeliveryStatus;
        NotificationText innerText = n;
        innerText.text = withoutReturnedOriginal(message.returnedText);
        if (!extractDeliveryStatus(inner, innerText, found))
            found.clear();
    }

    const QStringList readWarnings = warningsOf(message, n);
    if (warnings)
        *warnings = readWarnings;
    QList<Bounce> bounces;
    bounces.reserve(found.size());
    for (ExtractedRecipient &r : found) {
        Bounce &b = r.bounce;
        b.file = message.source;
        b.messageIndex = message.index;
        b.date = message.headers.value("Date");
        b.warnings = readWarnings;
        annotateListing(b, message, cat);
        classifyReason(b, ReasonContext{&message, r.hint, r.action});
        bounces.append(std::move(b));
    }
    return bounces;
}

} // namespace bn
