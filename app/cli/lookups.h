// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/dns/blocklist_check.h"
#include "reputation/rdap/owner_lookup.h"

#include <QStringList>

namespace bn::cli {

//! The lookup options `check` and `guide` share.
struct LookupOptions
{
    BlocklistCheckOptions dns;
    OwnerLookupOptions owner;
    BlocklistCheck::Zones zones = BlocklistCheck::catalogZones();
};

//! Consumes one lookup option at arguments[i] (advancing i past its value). Returns false when
//! arguments[i] is not a lookup option; sets \a error for a bad value.
bool parseLookupOption(const QStringList &arguments, int &i, LookupOptions &options, QString *error);

//! Reads the keys the zones need from the keychain (when there is a session bus).
void loadKeys(LookupOptions &options);

//! Checks \a subject (IP or domain) against the lists and, for an IP, asks who owns it; both at
//! once, on a local event loop.
Evidence collectEvidence(const QString &subject, const LookupOptions &options);

} // namespace bn::cli
