// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide/diagnosis.h"

namespace bn {

//! Fills the template \a id ("isp", "list_operator", "recipient_admin", "sender_admin",
//! "recipient") in \a language from resources/templates/<language>/<id>.txt. Values the
//! evidence does not hold become fill-in markers; nothing is invented.
MessageTemplate renderTemplate(const QString &id, const QString &language, const Bounce &bounce, const Evidence *evidence);

//! The refusal as one sentence to quote: the continuation prefixes of a multi-line reply
//! ("550-5.7.1 " at each line Gmail and others send) removed from its middle, white space
//! collapsed; longer than \a maxLength, it is cut at a space, never inside a word or URL.
QString quotableRefusal(const QString &diagnostic, qsizetype maxLength = -1);

//! The ids of every template.
QStringList templateIds();

} // namespace bn
