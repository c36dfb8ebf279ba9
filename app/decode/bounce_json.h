// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"

#include <QByteArray>
#include <QJsonObject>

namespace bn {

//! The `decode --jsonl` object of docs/architecture.md for one bounce.
QJsonObject bounceToJson(const Bounce &bounce);

//! QJsonDocument(bounceToJson(bounce)).toJson(QJsonDocument::Compact), byte for byte, written
//! directly: a line of `decode --jsonl` without building the object and its document.
QByteArray bounceToCompactJson(const Bounce &bounce);

} // namespace bn
