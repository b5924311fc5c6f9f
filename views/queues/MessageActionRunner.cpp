#include "MessageActionRunner.h"

#include "MessageQueueSource.h"

#include <QMessageBox>
#include <QPushButton>

namespace queueui {

MessageActionRunner::MessageActionRunner(QWidget *dialogParent, queues::MessageQueueSource *source,
                                         QObject *parent)
    : QObject(parent)
    , m_parent(dialogParent)
    , m_source(source) {}

QString MessageActionRunner::confirmationText(queues::MessageAction action, int count) {
    if (action == queues::MessageAction::DeleteWithNdr)
        return tr("Delete %n message(s) and send a non-delivery report (NDR) to each sender?", nullptr,
                  count);
    return tr("Delete %n message(s) without a non-delivery report? The senders are not told.", nullptr,
              count);
}

void MessageActionRunner::run(queues::MessageAction action, const QStringList &ids) {
    if (ids.isEmpty() || !m_source || m_busy)
        return;
    if (action != queues::MessageAction::Delete && action != queues::MessageAction::DeleteWithNdr) {
        execute(action, ids);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, queues::ActionResult::actionName(action),
                                confirmationText(action, int(ids.size())), QMessageBox::Yes | QMessageBox::No,
                                m_parent);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, action, ids] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            execute(action, ids);
    });
    box->open();
}

void MessageActionRunner::execute(queues::MessageAction action, const QStringList &ids) {
    m_busy = true;
    Q_EMIT started(
        tr("%1: %n message(s)…", nullptr, int(ids.size())).arg(queues::ActionResult::actionName(action)));
    queues::ActionReply *reply = m_source->act(action, ids);
    connect(reply, &queues::ActionReply::finished, this, [this, reply] {
        reply->deleteLater();
        report(reply->result());
    });
}

void MessageActionRunner::retryAll() {
    if (!m_source || m_busy)
        return;
    m_busy = true;
    Q_EMIT started(tr("Retrying every deferred message…"));
    queues::ActionReply *reply = m_source->retryAll();
    connect(reply, &queues::ActionReply::finished, this, [this, reply] {
        reply->deleteLater();
        report(reply->result());
    });
}

void MessageActionRunner::report(const queues::ActionResult &result) {
    m_busy = false;
    if (!result.error.isEmpty() && m_parent) {
        auto *box = new QMessageBox(QMessageBox::Warning, queues::ActionResult::actionName(result.action),
                                    result.summary(), QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("actionError"));
        box->setDetailedText(result.command);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT finished(result);
}

} // namespace queueui
