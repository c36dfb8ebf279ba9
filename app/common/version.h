// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bn {

//! The application's version, set once in the top-level CMakeLists.txt.
inline QString version()
{
    return QStringLiteral(BN_VERSION);
}

} // namespace bn
