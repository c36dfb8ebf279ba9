// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"

#include <QJsonObject>

namespace bn {

//! The `decode --jsonl` object of docs/architecture.md for one bounce.
QJsonObject bounceToJson(const Bounce &bounce);

} // namespace bn
