// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "input/message.h"

namespace bn {

class Catalog;

//! Fills operatorId, list, listedIp, listedDomain and links from the refusal text (and, where
//! an operator judges a Received header IP, the returned original), using the catalog.
void annotateListing(Bounce &bounce, const Message &message, const Catalog &catalog);

} // namespace bn
