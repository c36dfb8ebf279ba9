// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot_tour.h"

#include "guide_view.h"
#include "lookup_panel.h"
#include "main_window.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

namespace bn {

void runScreenshotTour(MainWindow *window, const QString &directory)
{
    QDir().mkpath(directory);
    auto shoot = [window, directory](const QString &name) {
        QApplication::processEvents();
        window->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
    };
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
    QTimer::singleShot(300, window, [=] {
        shoot(QStringLiteral("1-empty"));
        window->openSample();
        tabs->setCurrentIndex(0);
        shoot(QStringLiteral("2-decoded"));
        LookupPanel *lookup = window->lookupPanel();
        tabs->setCurrentWidget(lookup);
        BlocklistCheckOptions offline;
        offline.offline = true;
        lookup->setOptions(offline);
        lookup->startCheck();
        QTimer::singleShot(300, window, [=] {
            shoot(QStringLiteral("3-lookups"));
            tabs->setCurrentWidget(window->guideView());
            window->guideView()->next();
            shoot(QStringLiteral("4-guide"));
            window->guideView()->next();
            window->guideView()->next();
            window->guideView()->next();
            shoot(QStringLiteral("5-guide-template"));
            QApplication::quit();
        });
    });
}

} // namespace bn
