// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bn::test {

//! tests/data in the source tree.
QString dataDir();
//! The shared/ folder beside the repository (corpus, fixtures, tools).
QString sharedDir();
//! The top of the source tree.
QString sourceDir();
//! The top of the build tree (executables under app/cli, app/gui).
QString binaryDir();
//! Path of a file under tests/data.
QString dataFile(const QString &relative);

} // namespace bn::test
