// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the tests that drive the real window.

#include "common/language.h"
#include "main_window.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

namespace bn::test {

//! For initTestCase(): settings of the tests' own, emptied, and the window in English.
inline void startWindowTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BounceNavigatorTest"));
    QSettings().clear();
    installTranslators(QStringLiteral("en"));
}

//! Opens \a paths and waits until the window has read them and shown their cards.
inline bool openAndWait(MainWindow &w, const QStringList &paths)
{
    QSignalSpy opened(&w, &MainWindow::filesOpened);
    w.openFiles(paths);
    return opened.wait(30000) && !w.isOpening();
}

} // namespace bn::test
