#include "QueueSourceDialog.h"

#include "FieldMessage.h"
#include "PostfixSource.h"
#include "QueueMonitor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace queueui {

QueueSourceDialog::QueueSourceDialog(const QString &serverName, const queues::PostfixInstance &current,
                                     QWidget *parent)
    : QDialog(parent)
    , m_directory(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("queueSourceDialog"));
    setWindowTitle(tr("Queue Source – %1").arg(serverName));
    m_directory->setObjectName(QStringLiteral("configDirectoryEdit"));
    m_prefix->setObjectName(QStringLiteral("commandPrefixEdit"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_directory->setPlaceholderText(QString(queues::PostfixInstance::DefaultConfigDirectory));
    m_prefix->setPlaceholderText(tr("ssh root@gw1.example.com, or sudo"));
    m_directoryMessage = new widgets::FieldMessage(m_directory, this);
    m_prefixMessage = new widgets::FieldMessage(m_prefix, this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!current.isNull()) {
        m_directory->setText(current.configDirectory());
        m_prefix->setText(current.commandPrefix());
    }

    auto *intro =
        new QLabel(tr("The queue viewer reads %1's queue with Postfix's own tools (postqueue, postsuper, "
                      "postcat). Acting on messages needs root: run the console as root, or give a "
                      "command that gets there.")
                       .arg(serverName),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Configuration directory:"), m_directory), m_directoryMessage->withField());
    form->addRow(label(tr("Run through &command:"), m_prefix), m_prefixMessage->withField());
    auto *hint =
        new QLabel(tr("Leave the command empty for Postfix on this machine. With ssh the directory is the "
                      "one on the other machine."),
                   this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    if (!current.isNull()) {
        QPushButton *remove = buttons->addButton(tr("&Remove Source"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removeSource"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QueueSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &QueueSourceDialog::test);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QueueSourceDialog::~QueueSourceDialog() = default;

std::optional<queues::PostfixInstance> QueueSourceDialog::read() {
    bool ok = true;
    if (!m_directoryMessage
             ->reportAndFocus(queues::PostfixInstance::validateConfigDirectory(m_directory->text()))
             .isEmpty())
        ok = false;
    if (!m_prefixMessage->report(queues::PostfixInstance::validateCommandPrefix(m_prefix->text()))
             .isEmpty()) {
        if (ok)
            m_prefixMessage->focusField();
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return queues::PostfixInstance::create(m_directory->text(), m_prefix->text());
}

void QueueSourceDialog::test() {
    const std::optional<queues::PostfixInstance> instance = read();
    if (!instance)
        return;
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Reading the queue with %1…").arg(instance->displayName()));
    m_probe = std::make_unique<queues::QueueMonitor>(std::make_unique<queues::PostfixSource>(*instance));
    connect(
        m_probe.get(), &queues::QueueMonitor::refreshFinished, this, [this](const queues::ListingResult &r) {
            m_test->setEnabled(true);
            if (r.ok) {
                QString text = tr("Postfix answered: %n message(s) in the queue.", nullptr, r.messageCount);
                if (!r.notes.isEmpty())
                    text += QLatin1Char(' ') + r.notes.join(QLatin1Char(' '));
                m_result->setStyleSheet(QString());
                m_result->setText(text);
            } else {
                m_result->setStyleSheet(
                    QStringLiteral("color: %1").arg(widgets::FieldMessage::errorColor().name()));
                m_result->setText(tr("The queue could not be read: %1").arg(r.error));
            }
            Q_EMIT tested();
        });
    m_probe->refresh();
}

QString QueueSourceDialog::testResult() const {
    return m_result->text();
}

void QueueSourceDialog::accept() {
    const std::optional<queues::PostfixInstance> instance = read();
    if (!instance)
        return;
    m_instance = *instance;
    QDialog::accept();
}

} // namespace queueui
