// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"

#include <QString>

namespace bn {

//! A plain-language sentence for a bounce: who refused, why, and whether it is temporary,
//! e.g. "Your message to tanaka@example.jp was refused because the sending server
//! 203.0.113.7 is on Trend Micro's Quick IP List — a temporary list."
QString bounceHeadline(const Bounce &bounce);

//! The cause a group of cards shares ("Trend Micro / ERS-QIL", "Mailbox full").
QString causeLabel(const Bounce &bounce);

} // namespace bn
