#include "ConsoleStatusBar.h"

#include "DirectorySession.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace consoleui {

using console::DirectorySession;

ConsoleStatusBar::ConsoleStatusBar(DirectorySession *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_serverLabel(new QLabel(this))
    , m_identityLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoad(new QToolButton(this)) {
    setObjectName(QStringLiteral("consoleStatusBar"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop reading the directory"));
    m_cancelLoad->setAutoRaise(true);
    connect(m_cancelLoad, &QToolButton::clicked, session, &DirectorySession::cancel);
    addWidget(m_serverLabel);
    addWidget(m_identityLabel);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancelLoad);
    addPermanentWidget(m_countLabel);
    addPermanentWidget(m_syncLabel);
    connect(session, &DirectorySession::stateChanged, this, &ConsoleStatusBar::update);
    connect(session, &DirectorySession::progress, this, &ConsoleStatusBar::update);
    // The count follows every change, whoever made it.
    connect(session->topology(), &topology::Topology::changed, this, &ConsoleStatusBar::scheduleCount);
    connect(session->topology(), &topology::Topology::cleared, this, &ConsoleStatusBar::scheduleCount);
    update();
}

void ConsoleStatusBar::setDemoStopped(bool stopped) {
    if (m_demoStopped == stopped)
        return;
    m_demoStopped = stopped;
    update();
}

void ConsoleStatusBar::scheduleCount() {
    // Once per event-loop turn, however many batches arrive in it.
    if (m_countPending)
        return;
    m_countPending = true;
    QTimer::singleShot(0, this, [this] {
        m_countPending = false;
        m_countLabel->setText(tr("%n entries", nullptr, m_session->topology()->objectCount()));
    });
}

void ConsoleStatusBar::update() {
    const auto &settings = m_session->settings();
    m_serverLabel->setText(settings.uri.isEmpty() ? tr("Not connected") : tr("Server: %1").arg(settings.uri));
    const QString identity = m_session->connection()->boundIdentity();
    m_identityLabel->setText(identity.isEmpty() ? QString() : tr("Bound as %1").arg(identity));
    const DirectorySession::State state = m_session->state();
    const bool loading = state == DirectorySession::State::Loading;
    m_progress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    switch (state) {
    case DirectorySession::State::Closed:
        m_syncLabel->setText(tr("Offline"));
        break;
    case DirectorySession::State::Connecting:
        m_syncLabel->setText(tr("Connecting…"));
        break;
    case DirectorySession::State::Loading:
        m_syncLabel->setText(tr("Loading…"));
        break;
    case DirectorySession::State::Live:
        m_syncLabel->setText(tr("Live (%1)").arg(m_session->followMechanismName()));
        break;
    case DirectorySession::State::Static:
        m_syncLabel->setText(tr("Not live (F5 to refresh)"));
        break;
    case DirectorySession::State::Reconnecting:
        m_syncLabel->setText(tr("Reconnecting…"));
        break;
    case DirectorySession::State::Failed:
        m_syncLabel->setText(tr("Offline"));
        break;
    }
    m_syncLabel->setToolTip(state == DirectorySession::State::Live
                                ? m_session->followMechanism() + QLatin1Char(' ') +
                                      tr("Changes made anywhere appear here within two seconds.")
                                : QString());
    if (m_demoStopped && state != DirectorySession::State::Live && !loading) {
        m_syncLabel->setText(tr("Demo directory stopped"));
        m_syncLabel->setToolTip(tr("The console is read-only until the demo directory runs again: use "
                                   "Restart in the banner above."));
    }
    m_countLabel->setText(tr("%n entries", nullptr, m_session->topology()->objectCount()));
}

} // namespace consoleui
