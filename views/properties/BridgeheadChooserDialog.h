#pragma once

// Lets the user pick one or more SMTP virtual servers of the connector's routing group as local
// bridgeheads ("SERVER – Virtual server name"); it only lists the choices it is given.

#include <QDialog>
#include <QList>
#include <QString>

class QListWidget;

namespace properties {

class BridgeheadChooserDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString dn;                // the virtual server's DN, as written to msExchSourceBridgeheadServersDN
        QString serverName;        // "GW1"
        QString virtualServerName; // "Internet SMTP Virtual Server"
    };

    explicit BridgeheadChooserDialog(const QList<Choice> &choices, QWidget *parent = nullptr);

    // DNs of the selected virtual servers, in list order.
    QStringList chosenDns() const;

    // "GW1 – Internet SMTP Virtual Server": how a choice is listed.
    static QString label(const Choice &choice);

private:
    QListWidget *m_list;
};

} // namespace properties
