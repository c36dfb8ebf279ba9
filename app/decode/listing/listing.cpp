// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/listing/listing.h"

#include "reputation/catalog.h"

namespace bn {

void annotateListing(Bounce &bounce, const Message &message, const Catalog &catalog)
{
    Q_UNUSED(bounce);
    Q_UNUSED(message);
    Q_UNUSED(catalog);
}

} // namespace bn
