#pragma once

// Makes the typed objects for the entries a session reads, on a thread of its own, so the GUI
// thread only indexes them and updates the tree. Batches come back in the order they went in, with
// the markers (the feed caught up, the search ended) between them where they were sent.

#include "Topology.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace console {

class ObjectBuilder : public QObject {
    Q_OBJECT
public:
    enum class Marker { Synchronized, SearchFinished };
    Q_ENUM(Marker)

    explicit ObjectBuilder(QObject *parent = nullptr);
    ~ObjectBuilder() override;

    // Results of an earlier generation (before a close or a cancel) are dropped.
    void newGeneration() { ++m_generation; }
    void build(const QList<directory::FeedChange> &changes);
    void mark(Marker marker);

Q_SIGNALS:
    void built(const QList<topology::PreparedChange> &changes);
    void marked(console::ObjectBuilder::Marker marker);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
    quint64 m_generation = 0;
};

} // namespace console
