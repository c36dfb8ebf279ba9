// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bn {

class MainWindow;

//! Saves PNGs of the window's main states (empty, a decoded bounce, the lookup panel, the
//! guide) into \a directory, then quits. For tests/screenshots.sh.
void runScreenshotTour(MainWindow *window, const QString &directory);

} // namespace bn
