#include "MessageHeadersDialog.h"

#include "MessageQueueSource.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace queueui {

MessageHeadersDialog::MessageHeadersDialog(queues::MessageQueueSource *source, const QString &id,
                                           QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("messageHeadersDialog"));
    setWindowTitle(tr("Message %1 – Headers").arg(id));
    m_text->setObjectName(QStringLiteral("headersText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setText(tr("Reading the message's headers…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 420);
    queues::HeaderReply *reply = source->fetchHeaders({id});
    reply->setParent(this);
    connect(reply, &queues::HeaderReply::finished, this, [this, reply, id] {
        if (reply->headers().contains(id)) {
            m_text->setPlainText(reply->headers().value(id).text);
            m_status->setText(tr("Subject: %1").arg(reply->headers().value(id).subject));
        } else if (reply->missing().contains(id)) {
            m_status->setText(tr("The message is no longer in the queue."));
        } else {
            m_status->setText(tr("The headers could not be read: %1").arg(reply->error()));
        }
        m_status->setWordWrap(true);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

QString MessageHeadersDialog::text() const {
    return m_text->toPlainText();
}

} // namespace queueui
