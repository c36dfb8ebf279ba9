// SPDX-License-Identifier: GPL-3.0-or-later
// The module's side: the one exported function the executable looks up by name.
#include "cli/commands.h"
#include "cli/lookup_module.h"

extern "C" Q_DECL_EXPORT int bouncenavRunLookupCommand(const QString &name, const QStringList &arguments)
{
    static_assert(std::is_same_v<decltype(&bouncenavRunLookupCommand), bn::cli::LookupCommandEntry>);
    if (name == QLatin1String("check"))
        return bn::cli::runCheck(arguments);
    if (name == QLatin1String("guide"))
        return bn::cli::runGuide(arguments);
    return -1;
}
