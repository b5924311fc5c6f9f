#pragma once

// Apply to Mail Server… on a server: generates the server's Postfix configuration from the
// directory, shows how it differs from what the mail server has now, and on Apply has it checked,
// written and Postfix reloaded (ConfigApply), each step shown as it runs, Cancel until the files
// are being written, and the outcome said in the dialog.

#include "ConfigApply.h"
#include "Dn.h"
#include "PostfixInstance.h"
#include "PostfixConfigGenerator.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace topology {
class Topology;
}

namespace mailserverui {

class ApplyConfigDialog : public QDialog {
    Q_OBJECT
public:
    ApplyConfigDialog(const topology::Topology &topology, const directory::Dn &server,
                      const queues::PostfixInstance &instance,
                      const postfix::PostfixConfigGenerator::Options &options, QWidget *parent = nullptr);

    // Reads the mail server's configuration and shows the difference (called when shown).
    void start();
    QString diffText() const;
    QString statusText() const;
    bool canApply() const;
    void apply();
    void cancel();

Q_SIGNALS:
    void ready(); // the difference is shown
    void applied(const postfix::ConfigApply::Outcome &outcome);

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void onProgress(postfix::ConfigApply::Step step);
    void onRead();
    void onFinished(const postfix::ConfigApply::Outcome &outcome);
    void setBusy(bool busy);

    const topology::Topology &m_topology;
    directory::Dn m_server;
    queues::PostfixInstance m_instance;
    postfix::PostfixConfigGenerator::Options m_options;
    postfix::ConfigApply m_apply;
    bool m_started = false;
    bool m_done = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace mailserverui
