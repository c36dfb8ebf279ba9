// SPDX-License-Identifier: GPL-3.0-or-later
// bounce-navigator: the desktop application.
#include "bounce_list_model.h"
#include "common/language.h"
#include "common/version.h"
#include "language_font.h"
#include "log_import_view.h"
#include "main_window.h"
#include "rejection_group_model.h"
#include "screenshot_tour.h"
#include "settings.h"
#include "stall_probe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bounce Navigator"));
    QApplication::setOrganizationName(QStringLiteral("BounceNavigator"));
    QApplication::setApplicationVersion(bn::version());
    QApplication::setDesktopFileName(QStringLiteral("net.bouncenavigator.BounceNavigator"));
    const QString configured = qEnvironmentVariableIsSet("BOUNCENAV_LANG") ? qEnvironmentVariable("BOUNCENAV_LANG")
                                                                           : bn::Settings::language().get();
    const QString language = bn::chooseLanguage(configured);
    bn::installTranslators(language);
    bn::applyLanguageFont(language); // a font with Japanese glyphs when the system has one

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explains bounced e-mail and who can fix it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample bounce."));
    //: For packaging checks: start, paint the window once, quit.
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                       QApplication::translate("main", "Start, show the window once and quit."));
    const QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
                                         QApplication::translate("main", "Save screenshots of the main views into DIR and quit."),
                                         QStringLiteral("DIR"));
    // For tests/benchmarks/gui_stalls.sh only, so neither listed nor translated.
    QCommandLineOption measureStalls(QStringLiteral("measure-stalls"), QStringLiteral("Benchmark of event-loop stalls."),
                                     QStringLiteral("NAMESERVER:PORT,ZONESFILE,LOGFILE[,MAILBOX]"));
    measureStalls.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureStalls);
    parser.addOption(screenshots);
    parser.addOption(sample);
    parser.addOption(smokeTest);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Bounces or mail logs to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    bn::MainWindow window;
    window.show();
    if (parser.isSet(screenshots)) {
        bn::runScreenshotTour(&window, parser.value(screenshots));
        return app.exec();
    }
    if (parser.isSet(measureStalls)) {
        bn::runStallBenchmark(&window, parser.value(measureStalls));
        return app.exec();
    }
    if (parser.isSet(sample))
        window.openSample();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(smokeTest)) {
        if (files.isEmpty()) {
            QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
        } else {
            // The packaging check passes a sample: the installed app must really decode it (a
            // bounce gives cards, a mail log rejection groups once its import has ended).
            auto check = [&window] {
                if (window.cardModel()->rowCount() > 0 || window.logImportView()->model()->rowCount() > 0) {
                    QApplication::exit(0);
                } else {
                    std::fprintf(stderr, "smoke test: the files given produced no bounce card and no log group\n");
                    QApplication::exit(1);
                }
            };
            QObject::connect(&window, &bn::MainWindow::filesOpened, &app, [&window, check] {
                if (window.logImportView()->isRunning())
                    QObject::connect(window.logImportView(), &bn::LogImportView::finished, qApp, check);
                else
                    check();
            });
        }
    }
    if (!files.isEmpty())
        window.openFiles(files);
    return app.exec();
}
