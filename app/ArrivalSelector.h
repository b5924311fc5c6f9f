#pragma once

// Selects an object in the console tree as soon as it is there: at once, or when the change feed
// brings it (what a wizard has just written). One object at a time, the last one asked for; it gives
// up after a while, since someone may delete the object before it arrives.

#include "Dn.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace topology {
class Topology;
}

class ArrivalSelector : public QObject {
    Q_OBJECT
public:
    static constexpr int GiveUpMs = 30000;

    // `select` puts the tree's current node on the object and says whether the object was there.
    ArrivalSelector(const topology::Topology *topology, std::function<bool(const directory::Dn &)> select,
                    QObject *parent = nullptr);

    void selectWhenArrives(const directory::Dn &dn);
    bool isWaiting() const { return m_timeout.isActive(); }

Q_SIGNALS:
    void selected(const directory::Dn &dn);

private:
    void tryNow();

    std::function<bool(const directory::Dn &)> m_select;
    directory::Dn m_dn;
    QTimer m_timeout;
};
