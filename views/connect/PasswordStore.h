#pragma once

// Saved passwords in the system keychain (Secret Service, KWallet …) through QtKeychain, without
// waiting: every call returns at once and a signal follows. Where no keychain is available it
// says so and stores nothing; there is no fallback to a file.

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace connectui {

class PasswordStore : public QObject {
    Q_OBJECT
public:
    // Service "Bridgehead".
    explicit PasswordStore(QObject *parent = nullptr);
    PasswordStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    void read(const QString &key);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);

Q_SIGNALS:
    void passwordRead(const QString &key, const QString &password);
    void passwordWritten(const QString &key);
    void passwordRemoved(const QString &key);
    // What went wrong and what it means for the password, ready to show next to the field.
    void failed(const QString &key, const QString &message);

private:
    enum class Operation { Read, Write, Remove };
    void start(QKeychain::Job *job, Operation operation, const QString &key);
    void onFinished(QKeychain::Job *job, Operation operation, const QString &key);
    static QString failureMessage(QKeychain::Job *job, Operation operation, const QString &key);

    QString m_service;
};

} // namespace connectui
