#pragma once

// Find Messages, as in ESM 2003: sender, recipient, message state and how many messages to list,
// then Find Now; plus the subject, matched by reading the headers of the candidates, with
// progress and Stop. The results take the same actions as a queue's messages.

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace queues {
class ServerQueues;
class SubjectSearch;
} // namespace queues

namespace queueui {

class MessageListView;

class FindMessagesDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int DefaultLimit = 100;

    explicit FindMessagesDialog(queues::ServerQueues *queues, QWidget *parent = nullptr);

    // Fills in the criteria (Send Test Message's "Find this message").
    void setCriteria(const QString &sender, const QString &recipient, const QString &subject);
    // Searches the messages as last listed (waiting for a listing under way, or the first one).
    void findNow();
    // Lists the queue first, then searches: for a message that has only just been sent.
    void findAfterRefresh();
    void stop();
    bool isSearching() const;

    MessageListView *results() const { return m_results; }
    QString statusText() const;

Q_SIGNALS:
    // A search ended (the results are in).
    void searched();

private:
    void finishSearch(const QString &status);

    QPointer<queues::ServerQueues> m_queues;
    QLineEdit *m_sender;
    QLineEdit *m_recipient;
    QComboBox *m_state;
    QLineEdit *m_subject;
    QSpinBox *m_limit;
    QPushButton *m_findNow;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    MessageListView *m_results;
    queues::SubjectSearch *m_search = nullptr;
    bool m_waiting = false; // for a listing, before searching
};

} // namespace queueui
