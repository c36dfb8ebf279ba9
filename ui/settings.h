// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace bn {

//! One typed setting: a key, a default, and conversion in one place.
template<typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T defaultValue)
        : m_key(QLatin1String(key))
        , m_default(std::move(defaultValue))
    {
    }
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

//! The application's settings. API keys are never here: they live in the system keychain.
struct Settings
{
    static SettingValue<QString> &language();       //!< "" (system), "en" or "ja"
    static SettingValue<QString> &nameserver();     //!< "HOST:PORT" or "" for the system resolver
    static SettingValue<int> &timeoutMs();
    static SettingValue<bool> &automaticLookups();
    static SettingValue<bool> &networkOff();
    static SettingValue<QStringList> &recentFiles();
    static SettingValue<QByteArray> &windowGeometry();
    static SettingValue<QByteArray> &windowState();
    //! How the window is divided between the input side and the tabs.
    static SettingValue<QByteArray> &splitterState();
    static SettingValue<QString> &sendingVia();     //!< the last answer to "how do you send mail?"
    //! DNS zones the user switched off; stored as the switched-off ones so that zones added to
    //! the catalog later are checked by default.
    static SettingValue<QStringList> &disabledZones();
};

} // namespace bn
