// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <QString>

namespace bn {

//! API keys (Spamhaus DQS, Abusix…) in the system keychain through QtKeychain, and nowhere
//! else: never in the settings, never in a log. A missing keychain is an error, not a reason
//! to write the key to disk.
class KeyJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };
    enum class Result { Ok, NotFound, NoKeychain, Denied, Failed };

    //! \a name is the key's name, e.g. "spamhaus-dqs"; \a value is used by Write only.
    KeyJob(Operation operation, const QString &name, const QString &value = QString(), QObject *parent = nullptr);

    void start();
    Result result() const { return m_result; }
    QString value() const { return m_value; }
    //! Translated; empty on success.
    QString errorString() const { return m_error; }

    static QString serviceName() { return QStringLiteral("BounceNavigator"); }

Q_SIGNALS:
    void finished();

private:
    Operation m_operation;
    QString m_name;
    QString m_value;
    Result m_result = Result::Failed;
    QString m_error;
};

//! Reads the keys \a names from the keychain, then calls \a done (on \a context's thread) with
//! those found. Missing keys and a missing keychain simply leave them out.
void readKeys(const QStringList &names, QObject *context, std::function<void(const QHash<QString, QString> &)> done);

} // namespace bn
