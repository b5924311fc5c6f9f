#include "ChangeSetWriter.h"

#include "Connection.h"

#include <QTimer>

namespace topology {

ChangeSetWriter::ChangeSetWriter(directory::Connection *connection, const ChangeSet &set, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_set(set) {
    qRegisterMetaType<topology::ChangeSetResult>();
}

ChangeSetWriter *ChangeSetWriter::write(directory::Connection *connection, const ChangeSet &set,
                                        bool transactions, QObject *parent) {
    auto *writer = new ChangeSetWriter(connection, set, parent);
    // Always asynchronous, so callers can connect to finished() first.
    QTimer::singleShot(0, writer, [writer, transactions] {
        if (writer->m_set.isEmpty())
            writer->done();
        else if (transactions && writer->m_set.size() > 1)
            writer->writeAsTransaction();
        else
            writer->writeStep(0);
    });
    return writer;
}

ChangeSetWriter *ChangeSetWriter::refuse(const ChangeSet &set, const QString &reason, QObject *parent) {
    auto *writer = new ChangeSetWriter(nullptr, set, parent);
    writer->m_result.failedStep = 0;
    writer->m_result.error = directory::LdapResult::clientError(reason);
    writer->m_result.message = tr("Nothing was written: %1").arg(reason);
    QTimer::singleShot(0, writer, &ChangeSetWriter::done);
    return writer;
}

void ChangeSetWriter::writeAsTransaction() {
    if (!m_connection) {
        m_result.error = directory::LdapResult::fromCode(directory::LdapResult::NotConnected);
        m_result.failedStep = 0;
        m_result.message = tr("The connection to the directory was closed. Nothing was written.");
        done();
        return;
    }
    m_connection->applyAll(m_set.requests())->then(this, [this](directory::DirectoryReply *reply) {
        const directory::LdapResult result = reply->result();
        if (!result.ok()) {
            m_result.error = result;
            m_result.failedStep = std::max(0, result.failedIndex());
            const QString step = m_set.steps().value(m_result.failedStep).description;
            m_result.message = result.failedIndex() >= 0
                                   ? tr("“%1” failed, so nothing was written.\n%2").arg(step, result.text())
                                   : tr("Nothing was written.\n%1").arg(result.text());
        }
        done();
    });
}

void ChangeSetWriter::writeStep(int index) {
    if (index >= m_set.size()) {
        done();
        return;
    }
    if (!m_connection) {
        m_result.error = directory::LdapResult::fromCode(directory::LdapResult::NotConnected);
        m_result.failedStep = index;
        undoFrom(index - 1, {});
        return;
    }
    m_connection->apply(m_set.steps().at(index).request)
        ->then(this, [this, index](directory::DirectoryReply *reply) {
            if (reply->result().ok()) {
                writeStep(index + 1);
                return;
            }
            m_result.error = reply->result();
            m_result.failedStep = index;
            undoFrom(index - 1, {});
        });
}

void ChangeSetWriter::undoFrom(int index, const QList<directory::ChangeRequest> &pending) {
    const QString failed = m_set.steps().at(m_result.failedStep).description;
    // The steps before the failed one were written: take them back, last first.
    if (pending.isEmpty()) {
        if (index < 0) {
            m_result.message =
                m_result.failedStep == 0
                    ? tr("“%1” failed, so nothing was written.\n%2").arg(failed, m_result.error.text())
                    : tr("“%1” failed. The %n change(s) already written were undone, so the "
                         "directory is as it was.\n%2",
                         nullptr, m_result.failedStep)
                          .arg(failed, m_result.error.text());
            done();
            return;
        }
        undoFrom(index, m_set.steps().at(index).undo);
        return;
    }
    if (!m_connection) {
        for (int i = 0; i <= index; ++i)
            m_result.leftWritten.append(m_set.steps().at(i).description);
        m_result.message = tr("“%1” failed, and the connection was lost while undoing the changes before it. "
                              "These are still in the directory:\n%2")
                               .arg(failed, m_result.leftWritten.join(QLatin1Char('\n')));
        done();
        return;
    }
    m_connection->apply(pending.first())
        ->then(this, [this, index, pending](directory::DirectoryReply *reply) {
            if (!reply->result().ok()) {
                for (int i = 0; i <= index; ++i)
                    m_result.leftWritten.append(m_set.steps().at(i).description);
                m_result.message =
                    tr("“%1” failed (%2), and undoing the changes before it failed too (%3). These are still "
                       "in the directory:\n%4")
                        .arg(m_set.steps().at(m_result.failedStep).description, m_result.error.text(),
                             reply->result().text(), m_result.leftWritten.join(QLatin1Char('\n')));
                done();
                return;
            }
            const QList<directory::ChangeRequest> rest = pending.mid(1);
            if (rest.isEmpty())
                undoFrom(index - 1, {});
            else
                undoFrom(index, rest);
        });
}

void ChangeSetWriter::done() {
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace topology
