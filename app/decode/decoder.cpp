// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decoder.h"

#include "decode/listing/listing.h"
#include "decode/reason/reason.h"
#include "reputation/catalog.h"

namespace bn {

// The pipeline: extract recipients from the report (formats/), then annotate reputation
// findings from the catalog (listing/), then classify the reason (reason/), which may use them.
QList<Bounce> decode(const Message &message, const Catalog *catalog)
{
    const Catalog &cat = catalog ? *catalog : Catalog::builtin();
    QList<Bounce> bounces; // extraction comes in formats/
    for (Bounce &b : bounces) {
        annotateListing(b, message, cat);
        classifyReason(b, ReasonContext{&message, QString(), QString()});
    }
    return bounces;
}

} // namespace bn
