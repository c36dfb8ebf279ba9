// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/message.h"

#include <QList>

namespace bn {

class Catalog;

//! Decodes one message into one Bounce per bounced recipient; an empty list when the
//! message is not a bounce. \a catalog fills the reputation fields (the built-in catalog
//! when null).
QList<Bounce> decode(const Message &message, const Catalog *catalog = nullptr);

} // namespace bn
