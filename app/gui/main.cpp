// SPDX-License-Identifier: GPL-3.0-or-later
// bounce-navigator: the desktop application.
#include "common/language.h"
#include "common/version.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bounce Navigator"));
    QApplication::setOrganizationName(QStringLiteral("BounceNavigator"));
    QApplication::setApplicationVersion(bn::version());
    QApplication::setDesktopFileName(QStringLiteral("net.bouncenavigator.BounceNavigator"));
    bn::installTranslators(bn::chooseLanguage(qEnvironmentVariable("BOUNCENAV_LANG")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explains bounced e-mail and who can fix it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample bounce."));
    //: For packaging checks: start, paint the window once, quit.
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                       QApplication::translate("main", "Start, show the window once and quit."));
    parser.addOption(sample);
    parser.addOption(smokeTest);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Bounces or mail logs to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    bn::MainWindow window;
    window.show();
    if (parser.isSet(smokeTest))
        QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
    return app.exec();
}
