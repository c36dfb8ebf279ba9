// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_paths.h"

#include <QDir>

namespace bn::test {

QString dataDir()
{
    return QStringLiteral(BN_TEST_DATA_DIR);
}

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("BN_SHARED_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(BN_SHARED_DIR_DEFAULT) : fromEnv);
}

QString sourceDir()
{
    return QStringLiteral(BN_SOURCE_DIR_DEFAULT);
}

QString binaryDir()
{
    return QStringLiteral(BN_BINARY_DIR_DEFAULT);
}

QString dataFile(const QString &relative)
{
    return dataDir() + QLatin1Char('/') + relative;
}

} // namespace bn::test
