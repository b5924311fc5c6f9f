#include "ArrivalSelector.h"

#include "Topology.h"

ArrivalSelector::ArrivalSelector(const topology::Topology *topology,
                                 std::function<bool(const directory::Dn &)> select, QObject *parent)
    : QObject(parent)
    , m_select(std::move(select)) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(GiveUpMs);
    // After the tree has taken the change in (it is connected first), on the next turn of the loop.
    connect(topology, &topology::Topology::changed, this, [this] {
        if (isWaiting())
            QTimer::singleShot(0, this, &ArrivalSelector::tryNow);
    });
}

void ArrivalSelector::selectWhenArrives(const directory::Dn &dn) {
    m_dn = dn;
    m_timeout.start();
    tryNow();
}

void ArrivalSelector::tryNow() {
    if (!isWaiting() || !m_select(m_dn))
        return;
    m_timeout.stop();
    Q_EMIT selected(m_dn);
}
