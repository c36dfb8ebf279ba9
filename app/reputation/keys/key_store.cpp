// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/keys/key_store.h"

#include <QCoreApplication>

#include <memory>

#include <qt6keychain/keychain.h>

namespace bn {

KeyJob::KeyJob(Operation operation, const QString &name, const QString &value, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_name(name)
    , m_value(value)
{
}

void KeyJob::start()
{
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(m_value);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setKey(m_name);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // keys stay out of files, whatever happens
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        // QtKeychain's messages are English only: ours are translated.
        switch (j->error()) {
        case QKeychain::NoError:
            m_result = Result::Ok;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                m_value = read->textData();
            break;
        case QKeychain::EntryNotFound:
            m_result = Result::NotFound;
            m_error = tr("No key named %1 is stored.").arg(m_name);
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            m_result = Result::NoKeychain;
            m_error = tr("No system keychain is available, so the key cannot be stored safely. It was not saved.");
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            m_result = Result::Denied;
            m_error = tr("The system keychain refused access.");
            break;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            // Without a secret service on the session bus QtKeychain reports OtherError.
            m_result = j->errorString().contains(QLatin1String("DBus"), Qt::CaseInsensitive)
                    || j->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                    || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
                ? Result::NoKeychain
                : Result::Failed;
            m_error = m_result == Result::NoKeychain
                ? tr("No system keychain is available, so the key cannot be stored safely. It was not saved.")
                : tr("The system keychain reported an error (%1).").arg(j->errorString());
            break;
        }
        if (m_operation != Operation::Read)
            m_value.clear(); // never kept longer than needed
        Q_EMIT finished();
    });
    job->start();
}

void readKeys(const QStringList &names, QObject *context, std::function<void(const QHash<QString, QString> &)> done)
{
    auto keys = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<int>(int(names.size()));
    if (names.isEmpty()) {
        QMetaObject::invokeMethod(context, [done, keys] { done(*keys); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &name : names) {
        auto *job = new KeyJob(KeyJob::Operation::Read, name, QString(), context);
        QObject::connect(job, &KeyJob::finished, context, [job, name, keys, pending, done] {
            if (job->result() == KeyJob::Result::Ok && !job->value().isEmpty())
                keys->insert(name, job->value());
            job->deleteLater();
            if (--*pending == 0)
                done(*keys);
        });
        job->start();
    }
}

} // namespace bn
