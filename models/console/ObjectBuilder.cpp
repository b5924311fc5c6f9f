#include "ObjectBuilder.h"

namespace console {

// Lives in the builder thread; answers in the order it was asked.
class ObjectBuilder::Worker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void built(quint64 generation, const QList<topology::PreparedChange> &changes);
    void marked(quint64 generation, console::ObjectBuilder::Marker marker);
};

ObjectBuilder::ObjectBuilder(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker) {
    qRegisterMetaType<QList<topology::PreparedChange>>();
    m_thread.setObjectName(QStringLiteral("topology-builder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::built, this,
            [this](quint64 generation, const QList<topology::PreparedChange> &c) {
                if (generation == m_generation)
                    Q_EMIT built(c);
            });
    connect(m_worker, &Worker::marked, this, [this](quint64 generation, Marker marker) {
        if (generation == m_generation)
            Q_EMIT marked(marker);
    });
    m_thread.start();
}

ObjectBuilder::~ObjectBuilder() {
    m_thread.quit();
    m_thread.wait();
}

void ObjectBuilder::build(const QList<directory::FeedChange> &changes) {
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, generation = m_generation, changes] {
            Q_EMIT w->built(generation, topology::Topology::prepare(changes));
        },
        Qt::QueuedConnection);
}

void ObjectBuilder::mark(Marker marker) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, generation = m_generation, marker] { Q_EMIT w->marked(generation, marker); },
        Qt::QueuedConnection);
}

} // namespace console

#include "ObjectBuilder.moc"
