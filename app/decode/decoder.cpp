// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decoder.h"

namespace bn {

QList<Bounce> decode(const Message &message, const Catalog *catalog)
{
    Q_UNUSED(message);
    Q_UNUSED(catalog);
    return {};
}

} // namespace bn
