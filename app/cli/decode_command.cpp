// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace bn::cli {

int runDecode(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << QCoreApplication::translate("bn::cli", "This command is not available yet.") << Qt::endl;
    return UsageOrUnreadable;
}

} // namespace bn::cli
