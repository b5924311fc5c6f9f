#pragma once

// Names in the demo organization (resources/demo/demo-org.ldif) that tests refer to.

#include <QString>

namespace testsupport::demo {

inline const QString Org =
    QStringLiteral("CN=Example Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=example,DC=com");
inline const QString FirstAg =
    QStringLiteral("CN=First Administrative Group,CN=Administrative Groups,") + Org;
inline const QString FirstRg = QStringLiteral("CN=First Routing Group,CN=Routing Groups,") + FirstAg;
inline const QString FirstRgConnections = QStringLiteral("CN=Connections,") + FirstRg;
inline const QString Gw1 = QStringLiteral("CN=GW1,CN=Servers,") + FirstAg;

} // namespace testsupport::demo
