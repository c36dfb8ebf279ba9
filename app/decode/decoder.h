// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/message.h"

#include <QList>

namespace bn {

class Catalog;

//! Decodes one message into one Bounce per bounced recipient; an empty list when the
//! message is not a bounce. \a catalog fills the reputation fields (the built-in catalog
//! when null). Each bounce carries the message's warnings (parts left unread, unreadable
//! addresses); \a warnings, when given, receives them too, also when no bounce is found.
QList<Bounce> decode(const Message &message, const Catalog *catalog = nullptr, QStringList *warnings = nullptr);

} // namespace bn
