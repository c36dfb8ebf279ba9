// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decoder.h"

#include "decode/formats/extraction.h"
#include "decode/listing/listing.h"
#include "decode/reason/reason.h"
#include "reputation/catalog.h"

#include <QDebug>

namespace bn {

// The pipeline: extract recipients from the report (formats/), then annotate reputation
// findings from the catalog (listing/), then classify the reason (reason/), which may use them.
QList<Bounce> decode(const Message &message, const Catalog *catalog)
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

    QList<Bounce> bounces;
    bounces.reserve(found.size());
    for (ExtractedRecipient &r : found) {
        Bounce &b = r.bounce;
        b.file = message.source;
        b.messageIndex = message.index;
        b.date = message.headers.value("Date");
        annotateListing(b, message, cat);
        classifyReason(b, ReasonContext{&message, r.hint, r.action});
        bounces.append(std::move(b));
    }
    return bounces;
}

} // namespace bn
