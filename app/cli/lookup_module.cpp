// SPDX-License-Identifier: GPL-3.0-or-later
// The executable's side of the lookup module: find it, load it, run the command.
#include "cli/commands.h"
#include "cli/lookup_module.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QTextStream>

namespace bn::cli {

int runLookupCommand(const QString &name, const QStringList &arguments)
{
    // Beside the executable in a build tree; in BN_CLI_MODULE_DIR (relative to it) when installed.
    const QDir here(QCoreApplication::applicationDirPath());
    const QString fileName = QStringLiteral("bouncenav-lookups");
    QStringList tried;
    for (const QString &dir : {here.path(), here.filePath(QStringLiteral(BN_CLI_MODULE_DIR))}) {
        QLibrary module(QDir(dir).filePath(fileName));
        const auto entry = reinterpret_cast<LookupCommandEntry>(module.resolve(LookupCommandEntryName));
        if (entry)
            return entry(name, arguments); // the module stays loaded until the process ends
        tried.append(module.errorString());
    }
    QTextStream(stderr) << QCoreApplication::translate("bn::cli",
                                                       "The %1 command cannot start: its module (%2) is missing or "
                                                       "damaged. Reinstall Bounce Navigator.\n%3")
                               .arg(name, fileName, tried.join(QLatin1Char('\n')))
                        << Qt::endl;
    return UsageOrUnreadable;
}

} // namespace bn::cli
