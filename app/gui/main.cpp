// SPDX-License-Identifier: GPL-3.0-or-later
// bounce-navigator: the desktop application.
#include "common/language.h"
#include "common/version.h"
#include "main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bounce Navigator"));
    QApplication::setOrganizationName(QStringLiteral("BounceNavigator"));
    QApplication::setApplicationVersion(bn::version());
    bn::installTranslators(bn::chooseLanguage(qEnvironmentVariable("BOUNCENAV_LANG")));

    bn::MainWindow window;
    window.show();
    return app.exec();
}
