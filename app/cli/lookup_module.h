// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `check` and `guide` reach the network: they live in a module of their own (bouncenav-lookups),
// with libcurl, c-ares, Qt Network and QtKeychain, loaded only when one of them runs. Reading
// and decoding (`decode`, `scan-log`) so start without loading the network stack.

namespace bn::cli {

//! The module's one entry point: runs the command \a name ("check" or "guide") with \a arguments
//! and returns its exit code, or -1 for a name it does not know.
using LookupCommandEntry = int (*)(const QString &name, const QStringList &arguments);
inline constexpr char LookupCommandEntryName[] = "bouncenavRunLookupCommand";

//! Loads the module (next to the executable, or where it is installed) and runs \a name in it.
int runLookupCommand(const QString &name, const QStringList &arguments);

} // namespace bn::cli
