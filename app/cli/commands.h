// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace bn::cli {

//! Exit codes of every `bouncenav` command (docs/architecture.md).
enum ExitCode { Ok = 0, NothingFound = 1, UsageOrUnreadable = 2 };

//! Exit codes of `bouncenav check`: clean, listed somewhere (whatever else could not be checked),
//! usage, and could not check all or part (with no listing found).
enum CheckExitCode { Clean = 0, ListedSomewhere = 1, CheckUsage = 2, CouldNotCheckAll = 3 };

// Each command gets its arguments after the command name and returns an ExitCode.
// A command that needs the event loop runs it itself.
int runDecode(const QStringList &arguments);
int runCheck(const QStringList &arguments); // in the lookup module (lookup_module.h)
int runGuide(const QStringList &arguments); // in the lookup module
int runScanLog(const QStringList &arguments);

} // namespace bn::cli
