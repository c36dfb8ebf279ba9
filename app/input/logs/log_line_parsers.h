// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "input/logs/log_record.h"

#include <string_view>

namespace bn::logs {

// One parser per syslog-style format. Each takes a whole line (no newline) that contained
// one of its markers and fills \a out; false when the line is not a rejection after all.

//! Postfix: "status=bounced|deferred|expired (…said: …)" and "NOQUEUE: reject: …".
bool parsePostfixLine(std::string_view line, LogRecord &out);
//! Exim main log: "** address … : SMTP error … : 550 …" failures and "== …" deferrals.
bool parseEximLine(std::string_view line, LogRecord &out);
//! Sendmail: "to=<…>, … dsn=5.1.1, stat=…" with an optional "reply=…".
bool parseSendmailLine(std::string_view line, LogRecord &out);

//! "RCPT TO" → "RCPT", "end of DATA" → "DATA", "initial connection" → "CONN"; empty when unknown.
QString smtpCommandFromPhrase(std::string_view phrase);

} // namespace bn::logs
