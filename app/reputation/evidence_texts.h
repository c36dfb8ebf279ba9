// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reputation/evidence.h"

namespace bn {

//! A list's state in a few words, translated: "listed", "not listed",
//! "could not check (no network)", "not queried".
QString verdictLabel(Verdict verdict, CheckFailure failure = CheckFailure::None);

//! Why a list could not be checked, in a few words, translated ("no network").
QString failureLabel(CheckFailure failure);

//! One sentence summing up a check, translated: "Listed on 1 list · not listed on 14 · 12 could
//! not be checked (no network)". Never counts a list that could not be checked as not listed.
QString summaryLine(const Evidence &evidence);

//! What to do when nothing could be checked, translated; empty when something was checked.
QString nothingCheckedAdvice(const Evidence &evidence);

//! The most common cause among the lists that could not be checked.
CheckFailure mainFailure(const Evidence &evidence);

} // namespace bn
