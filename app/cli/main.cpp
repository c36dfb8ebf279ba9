// SPDX-License-Identifier: GPL-3.0-or-later
// bouncenav: the command line over the core.
#include "cli/commands.h"
#include "cli/lookup_module.h"
#include "common/language.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
};

constexpr Command commands[] = {
    {"decode", bn::cli::runDecode},
    {"scan-log", bn::cli::runScanLog},
};

QString usage()
{
    return QCoreApplication::translate("bn::cli",
        "Usage: bouncenav COMMAND [OPTIONS] ARGUMENTS\n"
        "\n"
        "Commands:\n"
        "  decode [--json|--jsonl] PATH|- ...      explain bounced e-mail (files, folders, mbox, stdin)\n"
        "  check [--json] IP|DOMAIN ...            check DNS blocklists, reverse DNS and the IP's owner\n"
        "  guide [--json] [--sending-via provider|own-server|cloud|unknown] [--lang en|ja] PATH|-\n"
        "                                          who to contact, step by step, with messages to send\n"
        "  scan-log [--json] LOGFILE ...           rejections in mail server logs, grouped\n"
        "\n"
        "  --version                               print the version\n"
        "  --help                                  print this help\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bouncenav"));
    QCoreApplication::setOrganizationName(QStringLiteral("BounceNavigator"));
    QCoreApplication::setApplicationVersion(bn::version());
    bn::installTranslators(bn::chooseLanguage(qEnvironmentVariable("BOUNCENAV_LANG")));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage();
        return bn::cli::UsageOrUnreadable;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out << "bouncenav " << bn::version() << Qt::endl;
        return bn::cli::Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usage();
        return bn::cli::Ok;
    }
    for (const Command &c : commands)
        if (first == QLatin1String(c.name))
            return c.run(args);
    if (first == QLatin1String("check") || first == QLatin1String("guide"))
        return bn::cli::runLookupCommand(first, args);
    err << QCoreApplication::translate("bn::cli", "Unknown command: %1").arg(first) << Qt::endl << usage();
    return bn::cli::UsageOrUnreadable;
}
