#include "SendTestMessageDialog.h"

#include "FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace queueui {

SendTestMessageDialog::SendTestMessageDialog(const QString &title, const QList<Target> &targets,
                                             const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent)
    , m_server(new QComboBox(this))
    , m_from(new QLineEdit(from, this))
    , m_to(new QLineEdit(to, this))
    , m_subject(new QLineEdit(this))
    , m_startTls(new QCheckBox(tr("Use &STARTTLS (the server's certificate is checked)"), this))
    , m_caFile(new QLineEdit(this))
    , m_transcript(new QPlainTextEdit(this))
    , m_outcome(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_find(new QPushButton(tr("&Find This Message"), this)) {
    setObjectName(QStringLiteral("sendTestMessageDialog"));
    setWindowTitle(tr("Send Test Message – %1").arg(title));
    m_server->setObjectName(QStringLiteral("testServer"));
    m_from->setObjectName(QStringLiteral("testFrom"));
    m_to->setObjectName(QStringLiteral("testTo"));
    m_subject->setObjectName(QStringLiteral("testSubject"));
    m_startTls->setObjectName(QStringLiteral("testStartTls"));
    m_caFile->setObjectName(QStringLiteral("testCaFile"));
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_outcome->setObjectName(QStringLiteral("testOutcome"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_find->setObjectName(QStringLiteral("findThisMessage"));
    m_server->setEditable(true);
    for (const Target &t : targets)
        m_server->addItem(t.label, t.endpoint);
    m_server->setCurrentIndex(targets.isEmpty() ? -1 : 0);
    if (!targets.isEmpty())
        m_server->setEditText(targets.first().endpoint);
    connect(m_server, &QComboBox::activated, this,
            [this](int index) { m_server->setEditText(m_server->itemData(index).toString()); });
    m_server->setToolTip(tr("A binding of the virtual server, or any host:port"));
    m_message = smtp::TestMessage::create(from, {to});
    m_subject->setText(m_message.subject);
    m_caFile->setPlaceholderText(tr("extra CA certificates (PEM), if the server's CA is private"));
    m_caFile->setEnabled(false);
    connect(m_startTls, &QCheckBox::toggled, m_caFile, &QWidget::setEnabled);
    m_serverMessage = new widgets::FieldMessage(m_server, this);
    m_fromMessage = new widgets::FieldMessage(m_from, this);
    m_toMessage = new widgets::FieldMessage(m_to, this);
    m_subjectMessage = new widgets::FieldMessage(m_subject, this);
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setPlaceholderText(tr("The SMTP conversation shows here as it happens."));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_find->setEnabled(false);
    m_stop->setEnabled(false);
    m_send->setDefault(true);

    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("Se&rver:"), m_server), m_serverMessage->withField());
    form->addRow(label(tr("&From:"), m_from), m_fromMessage->withField());
    form->addRow(label(tr("&To:"), m_to), m_toMessage->withField());
    form->addRow(label(tr("Su&bject:"), m_subject), m_subjectMessage->withField());
    form->addRow(QString(), m_startTls);
    form->addRow(label(tr("CA &file:"), m_caFile), m_caFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_find, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &SendTestMessageDialog::send);
    connect(m_stop, &QPushButton::clicked, &m_client, &smtp::SmtpClient::cancel);
    connect(m_find, &QPushButton::clicked, this,
            [this] { Q_EMIT findRequested(m_message.from, m_message.to.value(0), m_message.token); });
    connect(&m_client, &smtp::SmtpClient::transcript, this, &SendTestMessageDialog::onTranscript);
    connect(&m_client, &smtp::SmtpClient::finished, this, &SendTestMessageDialog::onFinished);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Transcript:"), this));
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(760, 600);
}

bool SendTestMessageDialog::validate() {
    QString error;
    const QString server = m_server->currentText();
    bool ok = true;
    const auto check = [&ok](widgets::FieldMessage *m, const QString &problem) {
        if (!problem.isEmpty()) {
            if (ok)
                m->reportAndFocus(problem);
            else
                m->report(problem);
            ok = false;
        } else {
            m->clear();
        }
    };
    check(m_serverMessage, smtp::SmtpEndpoint::parse(server, &error) ? QString() : error);
    check(m_fromMessage, smtp::TestMessage::validateAddress(m_from->text()));
    const QStringList to =
        m_to->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    QString toProblem = to.isEmpty() ? smtp::TestMessage::validateAddress(QString()) : QString();
    for (const QString &t : to)
        if (toProblem.isEmpty())
            toProblem = smtp::TestMessage::validateAddress(t);
    check(m_toMessage, toProblem);
    check(m_subjectMessage, m_subject->text().trimmed().isEmpty() ? tr("Enter a subject.") : QString());
    return ok;
}

void SendTestMessageDialog::send() {
    if (m_client.isRunning() || !validate())
        return;
    const QStringList to =
        m_to->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    // A new token for each message sent, so each can be found on its own.
    const QString subject = m_subject->text().trimmed();
    smtp::TestMessage message = smtp::TestMessage::create(m_from->text().trimmed(), to);
    message.subject = subject.contains(m_message.token)
                          ? QString(subject).replace(m_message.token, message.token)
                          : subject;
    if (!message.subject.contains(message.token))
        message.subject += QStringLiteral(" [%1]").arg(message.token);
    m_message = message;
    m_subject->setText(message.subject);
    smtp::SmtpClient::Options options;
    options.startTls = m_startTls->isChecked();
    options.caFile = m_caFile->text().trimmed();
    m_transcript->clear();
    m_outcome->clear();
    m_outcome->setStyleSheet(QString());
    m_find->setEnabled(false);
    m_send->setEnabled(false);
    m_stop->setEnabled(true);
    m_client.send(*smtp::SmtpEndpoint::parse(m_server->currentText()), m_message, options);
}

void SendTestMessageDialog::onTranscript(smtp::SmtpClient::Direction direction, const QString &line) {
    static const char *const prefix[] = {"C: ", "S: ", "* ", "! "};
    m_transcript->appendPlainText(QString::fromLatin1(prefix[int(direction)]) + line);
}

void SendTestMessageDialog::onFinished(const smtp::SmtpClient::Result &result) {
    m_result = result;
    m_send->setEnabled(true);
    m_stop->setEnabled(false);
    m_find->setEnabled(result.accepted);
    if (result.accepted) {
        m_outcome->setText(
            result.summary() + QLatin1Char(' ') +
            tr("Its token is %1; Find This Message looks for it in the queues.").arg(result.token));
    } else {
        m_outcome->setStyleSheet(QStringLiteral("color: %1").arg(widgets::FieldMessage::errorColor().name()));
        m_outcome->setText(result.summary());
    }
    Q_EMIT sent(result);
}

QString SendTestMessageDialog::transcript() const {
    return m_transcript->toPlainText();
}

} // namespace queueui
