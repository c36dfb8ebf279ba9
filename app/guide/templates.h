// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide/diagnosis.h"

namespace bn {

//! Fills the template \a id ("isp", "list_operator", "recipient_admin", "sender_admin",
//! "recipient") in \a language from resources/templates/<language>/<id>.txt. Values the
//! evidence does not hold become fill-in markers; nothing is invented.
MessageTemplate renderTemplate(const QString &id, const QString &language, const Bounce &bounce, const Evidence *evidence);

//! The ids of every template.
QStringList templateIds();

} // namespace bn
