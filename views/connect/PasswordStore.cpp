#include "PasswordStore.h"

#include <qt6keychain/keychain.h>

namespace connectui {

PasswordStore::PasswordStore(QObject *parent)
    : PasswordStore(QStringLiteral("Bridgehead"), parent) {}

PasswordStore::PasswordStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

void PasswordStore::read(const QString &key) {
    start(new QKeychain::ReadPasswordJob(m_service), Operation::Read, key);
}

void PasswordStore::write(const QString &key, const QString &password) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(password);
    start(job, Operation::Write, key);
}

void PasswordStore::remove(const QString &key) {
    start(new QKeychain::DeletePasswordJob(m_service), Operation::Remove, key);
}

void PasswordStore::start(QKeychain::Job *job, Operation operation, const QString &key) {
    // Jobs have no parent: one still talking to the keychain finishes (and deletes itself) even
    // when this store is gone; the context object drops the result then.
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key](QKeychain::Job *finished) { onFinished(finished, operation, key); });
    job->start();
}

void PasswordStore::onFinished(QKeychain::Job *job, Operation operation, const QString &key) {
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError ||
        (operation == Operation::Remove && error == QKeychain::EntryNotFound)) {
        switch (operation) {
        case Operation::Read:
            Q_EMIT passwordRead(key, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            break;
        case Operation::Write:
            Q_EMIT passwordWritten(key);
            break;
        case Operation::Remove:
            Q_EMIT passwordRemoved(key);
            break;
        }
        return;
    }
    Q_EMIT failed(key, failureMessage(job, operation, key));
}

QString PasswordStore::failureMessage(QKeychain::Job *job, Operation operation, const QString &key) {
    if (operation == Operation::Read && job->error() == QKeychain::EntryNotFound)
        return tr("The system keychain holds no password for %1; enter the password.").arg(key);
    QString reason = job->errorString().trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    if (reason.isEmpty())
        reason = tr("error %1").arg(int(job->error()));
    const bool denied =
        job->error() == QKeychain::AccessDenied || job->error() == QKeychain::AccessDeniedByUser;
    switch (operation) {
    case Operation::Read:
        return denied ? tr("The system keychain refused access: %1; enter the password.").arg(reason)
                      : tr("The system keychain is not available: %1; enter the password.").arg(reason);
    case Operation::Write:
        return denied
                   ? tr("The system keychain refused access: %1; the password was not saved.").arg(reason)
                   : tr("The system keychain is not available: %1; the password was not saved.").arg(reason);
    case Operation::Remove:
        return denied ? tr("The system keychain refused access: %1; the saved password was not removed.")
                            .arg(reason)
                      : tr("The system keychain is not available: %1; the saved password was not removed.")
                            .arg(reason);
    }
    return reason;
}

} // namespace connectui
