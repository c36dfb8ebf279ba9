// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot_tour.h"

#include "guide_view.h"
#include "log_import_view.h"
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
        // tests/screenshots.sh serves DNS and RDAP on loopback; without them, an offline check.
        BlocklistCheckOptions dns;
        OwnerLookupOptions owner;
        dns.nameserver = qEnvironmentVariable("BN_SCREENSHOT_NAMESERVER");
        owner.baseUrl = qEnvironmentVariable("BN_SCREENSHOT_RDAP");
        dns.offline = dns.nameserver.isEmpty();
        owner.offline = owner.baseUrl.isEmpty();
        dns.timeoutMs = 1000;
        dns.deadlineMs = 2000;
        lookup->setOptions(dns);
        lookup->setOwnerOptions(owner);
        lookup->startCheck();
        QTimer::singleShot(dns.offline ? 300 : 2500, window, [=] {
            shoot(QStringLiteral("3-lookups"));
            tabs->setCurrentWidget(window->guideView());
            window->guideView()->next();
            shoot(QStringLiteral("4-guide"));
            window->guideView()->next();
            window->guideView()->next();
            window->guideView()->next();
            shoot(QStringLiteral("5-guide-template"));
            // A mail log, when tests/screenshots.sh names one: the import and its biggest group.
            const QString log = qEnvironmentVariable("BN_SCREENSHOT_LOG");
            if (log.isEmpty()) {
                QApplication::quit();
                return;
            }
            QObject::connect(window->logImportView(), &LogImportView::finished, window, [=] {
                QTimer::singleShot(200, window, [=] {
                    shoot(QStringLiteral("6-log-import"));
                    QApplication::quit();
                });
            });
            window->openFiles({log});
        });
    });
}

} // namespace bn
