// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace bn {

SettingValue<QString> &Settings::language()
{
    static SettingValue<QString> v("ui/language", QString());
    return v;
}
SettingValue<QString> &Settings::nameserver()
{
    static SettingValue<QString> v("lookups/nameserver", QString());
    return v;
}
SettingValue<int> &Settings::timeoutMs()
{
    static SettingValue<int> v("lookups/timeoutMs", 3000);
    return v;
}
SettingValue<bool> &Settings::automaticLookups()
{
    static SettingValue<bool> v("lookups/automatic", false);
    return v;
}
SettingValue<bool> &Settings::networkOff()
{
    static SettingValue<bool> v("lookups/networkOff", false);
    return v;
}
SettingValue<QStringList> &Settings::recentFiles()
{
    static SettingValue<QStringList> v("ui/recentFiles", QStringList());
    return v;
}
SettingValue<QByteArray> &Settings::windowGeometry()
{
    static SettingValue<QByteArray> v("ui/geometry", QByteArray());
    return v;
}
SettingValue<QByteArray> &Settings::windowState()
{
    static SettingValue<QByteArray> v("ui/state", QByteArray());
    return v;
}
SettingValue<QByteArray> &Settings::splitterState()
{
    static SettingValue<QByteArray> v("ui/splitter", QByteArray());
    return v;
}
SettingValue<QString> &Settings::sendingVia()
{
    static SettingValue<QString> v("guide/sendingVia", QString());
    return v;
}
SettingValue<QStringList> &Settings::disabledZones()
{
    static SettingValue<QStringList> v("lookups/disabledZones", QStringList());
    return v;
}

} // namespace bn
