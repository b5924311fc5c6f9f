<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Bridgehead: a console for Internet mail routing kept in an LDAP directory (Exchange 2003 layout).</source>
        <translation>Bridgehead: Konsole für das Internet-Mailrouting, dessen Konfiguration in einem LDAP-Verzeichnis liegt (Aufbau wie Exchange 2003).</translation>
    </message>
    <message>
        <source>Start a private directory with the demo organization and open it.</source>
        <translation>Startet ein privates Verzeichnis mit der Demo-Organisation und öffnet es.</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Save a picture of the window once the directory is loaded, then quit.</source>
        <translation>Speichert ein Bild des Fensters, sobald das Verzeichnis geladen ist, und beendet sich dann.</translation>
    </message>
    <message>
        <source>Select this object (DN) in the tree once the directory is loaded.</source>
        <translation>Wählt dieses Objekt (DN) in der Konsolenstruktur aus, sobald das Verzeichnis geladen ist.</translation>
    </message>
    <message>
        <source>Optional subcommand to run without a window.</source>
        <translation>Optionaler Unterbefehl, der ohne Fenster ausgeführt wird.</translation>
    </message>
    <message>
        <source>--select needs a distinguished name, for example &quot;CN=GW1,CN=Servers,…&quot;.</source>
        <translation>--select erwartet einen Distinguished Name, zum Beispiel „CN=GW1,CN=Servers,…“.</translation>
    </message>
    <message>
        <source>Use either --demo or --uri, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --uri, nicht beides.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>befehl</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[befehl]</translation>
    </message>
    <message>
        <source>Commands (bridgehead COMMAND --help for their options):</source>
        <translation>Befehle (bridgehead BEFEHL --help zeigt ihre Optionen):</translation>
    </message>
    <message>
        <source>Say which directory to use with --uri (for example --uri ldap://dc1.example.com).</source>
        <translation>Geben Sie mit --uri an, welches Verzeichnis verwendet werden soll (zum Beispiel --uri ldap://dc1.example.com).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Local directory (ldapi)</source>
        <translation>Lokales Verzeichnis (ldapi)</translation>
    </message>
</context>
<context>
    <name>LdapResult</name>
    <message>
        <source>Invalid credentials: the bind DN or the password is wrong. Check both and try again.</source>
        <translation>Ungültige Anmeldeinformationen: Der Bind-DN oder das Kennwort ist falsch. Überprüfen Sie beides, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not accept this kind of authentication for this account.</source>
        <translation>Der Server akzeptiert diese Art der Authentifizierung für dieses Konto nicht.</translation>
    </message>
    <message>
        <source>Insufficient access: your account may not make this change. Bind as an administrator.</source>
        <translation>Unzureichende Zugriffsrechte: Ihr Konto darf diese Änderung nicht vornehmen. Melden Sie sich als Administrator an.</translation>
    </message>
    <message>
        <source>The entry does not exist (it may have been deleted meanwhile).</source>
        <translation>Der Eintrag ist nicht vorhanden (er wurde möglicherweise inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>The entry does not exist; the closest existing entry is %1.</source>
        <translation>Der Eintrag ist nicht vorhanden; der nächste vorhandene übergeordnete Eintrag ist %1.</translation>
    </message>
    <message>
        <source>An entry with this name already exists. Choose another name.</source>
        <translation>Ein Eintrag mit diesem Namen ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Someone else changed this entry since it was loaded. Reload it to see the change.</source>
        <translation>Ein anderer Benutzer hat diesen Eintrag geändert, nachdem er geladen wurde. Laden Sie ihn neu, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>The entry still has children. Delete or move them first.</source>
        <translation>Der Eintrag enthält noch untergeordnete Einträge. Löschen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The change breaks the directory schema (a required attribute is missing or not allowed).</source>
        <translation>Die Änderung verletzt das Verzeichnisschema (ein erforderliches Attribut fehlt oder ist nicht zulässig).</translation>
    </message>
    <message>
        <source>The server does not know one of the attributes. Is the Bridgehead schema loaded?</source>
        <translation>Der Server kennt eines der Attribute nicht. Ist das Bridgehead-Schema geladen?</translation>
    </message>
    <message>
        <source>A value has the wrong format for the directory.</source>
        <translation>Ein Wert hat nicht das Format, das das Verzeichnis erwartet.</translation>
    </message>
    <message>
        <source>A value breaks a directory constraint (for example a single-valued attribute).</source>
        <translation>Ein Wert verletzt eine Einschränkung des Verzeichnisses (zum Beispiel ein einwertiges Attribut).</translation>
    </message>
    <message>
        <source>The value is already present.</source>
        <translation>Der Wert ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The value to remove is not there any more; the entry was changed meanwhile.</source>
        <translation>Der zu entfernende Wert ist nicht mehr vorhanden; der Eintrag wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>The server returned only part of the result (size limit).</source>
        <translation>Der Server hat nur einen Teil des Ergebnisses zurückgegeben (Größenbeschränkung).</translation>
    </message>
    <message>
        <source>The directory server is busy or unavailable. Try again shortly.</source>
        <translation>Der Verzeichnisserver ist ausgelastet oder nicht verfügbar. Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The directory server refused the operation.</source>
        <translation>Der Verzeichnisserver hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>The name is not allowed here.</source>
        <translation>Dieser Name ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>Cannot reach the directory server. Check the address and that the server is running.</source>
        <translation>Der Verzeichnisserver ist nicht erreichbar. Überprüfen Sie die Adresse und ob der Server ausgeführt wird.</translation>
    </message>
    <message>
        <source>The directory server did not answer in time.</source>
        <translation>Der Verzeichnisserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Not connected to a directory server.</source>
        <translation>Keine Verbindung mit einem Verzeichnisserver.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The directory server reported an error: %1 (%2).</source>
        <translation>Der Verzeichnisserver hat einen Fehler gemeldet: %1 (%2).</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolgreich.</translation>
    </message>
    <message>
        <source>%1
Server said: %2</source>
        <translation>%1
Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this: use StartTLS or an ldaps:// address.</source>
        <translation>Der Server verlangt dafür eine verschlüsselte Verbindung: Verwenden Sie StartTLS oder eine ldaps://-Adresse.</translation>
    </message>
</context>
<context>
    <name>MailServers</name>
    <message>
        <source>No Postfix is known for %1: set its queue source on its Queues node (Queue Source…). The demo organization&apos;s gateways GW1 and GW2 have private Postfix instances when Bridgehead runs as root with Postfix installed.</source>
        <translation>Für %1 ist kein Postfix bekannt: Legen Sie seine Warteschlangenquelle in seinem Knoten „Warteschlangen“ fest (Warteschlangenquelle…). Die Gateways GW1 und GW2 der Demo-Organisation haben private Postfix-Instanzen, wenn Bridgehead als root mit installiertem Postfix läuft.</translation>
    </message>
    <message>
        <source>The Postfix log of %1 is not known: set its queue source on its Queues node (Queue Source…), and tracking reads the log where that Postfix runs.</source>
        <translation>Das Postfix-Protokoll von %1 ist nicht bekannt: Legen Sie seine Warteschlangenquelle in seinem Knoten „Warteschlangen“ fest (Warteschlangenquelle…); die Verfolgung liest das Protokoll dort, wo dieses Postfix läuft.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bridgehead</source>
        <translation>Bridgehead</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Open Demo Organization</source>
        <translation>&amp;Demo-Organisation öffnen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bridgehead</source>
        <translation>&amp;Info über Bridgehead</translation>
    </message>
    <message>
        <source>About Bridgehead</source>
        <translation>Info über Bridgehead</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bridgehead %1&lt;/b&gt;&lt;p&gt;A console for Internet mail routing kept in an LDAP directory, in the layout of Exchange 2003.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bridgehead %1&lt;/b&gt;&lt;p&gt;Eine Konsole für das Internet-Mailrouting, dessen Konfiguration in einem LDAP-Verzeichnis im Aufbau von Exchange 2003 liegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo directory</source>
        <translation>Demo-Verzeichnis</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>The directory is not reachable; nothing can be renamed until it is back.</source>
        <translation>Das Verzeichnis ist nicht erreichbar; bis es wieder verfügbar ist, kann nichts umbenannt werden.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>The directory server cannot be reached. The console is read-only and shows the organization as it was last read; it reconnects by itself.</source>
        <translation>Der Verzeichnisserver ist nicht erreichbar. Die Konsole ist schreibgeschützt und zeigt die Organisation so, wie sie zuletzt gelesen wurde; die Verbindung wird automatisch wiederhergestellt.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create an object here</source>
        <translation>Hier ein Objekt erstellen</translation>
    </message>
    <message>
        <source>&amp;Analyzer</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Console &amp;Tree</source>
        <translation>Konsolen&amp;struktur</translation>
    </message>
    <message>
        <source>Show/Hide Console Tree</source>
        <translation>Konsolenstruktur ein-/ausblenden</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Starts the demo directory server again on the same data</source>
        <translation>Startet den Server des Demo-Verzeichnisses mit denselben Daten neu</translation>
    </message>
    <message>
        <source>Restarting the demo directory…</source>
        <translation>Das Demo-Verzeichnis wird neu gestartet…</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Tries to reach the directory server now</source>
        <translation>Versucht jetzt, den Verzeichnisserver zu erreichen</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>Symbol&amp;leiste</translation>
    </message>
    <message>
        <source>Customize &amp;Columns…</source>
        <translation>&amp;Spalten anpassen…</translation>
    </message>
    <message>
        <source>Help &amp;Topics</source>
        <translation>Hilfe&amp;themen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Info über &amp;Qt</translation>
    </message>
    <message>
        <source>Connected, but there is no Exchange organization under %1. Check the base DN.</source>
        <translation>Verbunden, aber unter %1 gibt es keine Exchange-Organisation. Prüfen Sie den Basis-DN.</translation>
    </message>
    <message>
        <source>local directory</source>
        <translation>lokales Verzeichnis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Bridgehead – %1</source>
        <translation>Bridgehead – %1</translation>
    </message>
    <message>
        <source>The demo directory server stopped (%1). The console is read-only until it runs again.</source>
        <translation>Der Server des Demo-Verzeichnisses wurde beendet (%1). Die Konsole ist schreibgeschützt, bis er wieder läuft.</translation>
    </message>
    <message>
        <source>Find Messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>%1 has no queue source yet: set one in its Queues pane.</source>
        <translation>Für %1 ist noch keine Warteschlangenquelle festgelegt: Legen Sie sie in seinem Bereich „Warteschlangen“ fest.</translation>
    </message>
    <message>
        <source>The mail server of %1 did not start: %2</source>
        <translation>Der Mailserver von %1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>The demo&apos;s gateways GW1 and GW2 have private Postfix instances as their queue sources when Bridgehead runs as root with Postfix installed. Here: %1</source>
        <translation>Die Gateways GW1 und GW2 der Demo haben private Postfix-Instanzen als Warteschlangenquellen, wenn Bridgehead als root mit installiertem Postfix läuft. Hier: %1</translation>
    </message>
</context>
<context>
    <name>analyzer::AnalysisContext</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>analyzer::FindingFix</name>
    <message>
        <source>Create SMTP Connector…</source>
        <translation>SMTP-Connector erstellen…</translation>
    </message>
    <message>
        <source>Open Properties…</source>
        <translation>Eigenschaften öffnen…</translation>
    </message>
    <message>
        <source>No Fix</source>
        <translation>Keine Behebung</translation>
    </message>
    <message>
        <source>Create an SMTP connector for the address space SMTP:* that sends from this gateway.</source>
        <translation>Einen SMTP-Connector für den Adressraum SMTP:* erstellen, der von diesem Gateway aus sendet.</translation>
    </message>
    <message>
        <source>Open the object&apos;s properties at the field to correct.</source>
        <translation>Die Eigenschaften des Objekts bei dem Feld öffnen, das zu korrigieren ist.</translation>
    </message>
</context>
<context>
    <name>analyzer::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>analyzer::FindingsReport</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Analyse von %1</translation>
    </message>
    <message>
        <source>Internet gateways: %1</source>
        <translation>Internetgateways: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Bridgehead analysis</source>
        <translation>Bridgehead-Analyse</translation>
    </message>
    <message>
        <source>Bridgehead analysis of %1</source>
        <translation>Bridgehead-Analyse von %1</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Analyzed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Internet gateways</source>
        <translation>Internetgateways</translation>
    </message>
    <message>
        <source>none designated</source>
        <translation>keine festgelegt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Problem and object</source>
        <translation>Problem und Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>analyzer::RuleSet</name>
    <message>
        <source>Local bridgehead does not exist</source>
        <translation>Lokaler Bridgehead existiert nicht</translation>
    </message>
    <message>
        <source>A bridgehead that is not there cannot send anything: mail for this connector waits or takes another route.</source>
        <translation>Ein Bridgehead, den es nicht gibt, kann nichts senden: Mail für diesen Connector wartet oder nimmt einen anderen Weg.</translation>
    </message>
    <message>
        <source>Local bridgeheads of %1 that are not SMTP virtual servers in the organization: %2.</source>
        <translation>Lokale Bridgeheads von %1, die keine virtuellen SMTP-Server der Organisation sind: %2.</translation>
    </message>
    <message>
        <source>Local bridgehead is outside the connector&apos;s routing group</source>
        <translation>Lokaler Bridgehead liegt außerhalb der Routinggruppe des Connectors</translation>
    </message>
    <message>
        <source>Only servers of the connector&apos;s own routing group can be its bridgeheads; others never send through it.</source>
        <translation>Nur Server der eigenen Routinggruppe des Connectors können seine Bridgeheads sein; andere senden nie über ihn.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1 (in no routing group)</source>
        <translation>%1 (in keiner Routinggruppe)</translation>
    </message>
    <message>
        <source>%1 belongs to %2, but its local bridgeheads include servers of other routing groups: %3.</source>
        <translation>%1 gehört zu %2, aber unter seinen lokalen Bridgeheads sind Server anderer Routinggruppen: %3.</translation>
    </message>
    <message>
        <source>Connector has no local bridgehead</source>
        <translation>Connector hat keinen lokalen Bridgehead</translation>
    </message>
    <message>
        <source>Without a local bridgehead any server of the routing group may send through the connector, including servers that cannot reach its destination.</source>
        <translation>Ohne lokalen Bridgehead darf jeder Server der Routinggruppe über den Connector senden, auch Server, die sein Ziel nicht erreichen.</translation>
    </message>
    <message>
        <source>%1 has no local bridgehead, so every server of %2 may send mail through it.</source>
        <translation>%1 hat keinen lokalen Bridgehead, daher darf jeder Server von %2 über ihn senden.</translation>
    </message>
    <message>
        <source>Connector has no address space</source>
        <translation>Connector hat keinen Adressraum</translation>
    </message>
    <message>
        <source>Routing chooses connectors by address space; a connector without one is never used.</source>
        <translation>Das Routing wählt Connectors nach Adressraum; ein Connector ohne einen wird nie verwendet.</translation>
    </message>
    <message>
        <source>%1 has no address space, so no mail is ever routed to it. Add SMTP:* for Internet mail, or the domains it serves.</source>
        <translation>%1 hat keinen Adressraum, daher wird nie Mail über ihn geleitet. Fügen Sie SMTP:* für Internetmail hinzu oder die Domänen, für die er da ist.</translation>
    </message>
    <message>
        <source>Connector address space is not valid</source>
        <translation>Adressraum des Connectors ist ungültig</translation>
    </message>
    <message>
        <source>An address space that cannot be read routes nothing, and the connector may not carry the mail it was meant for.</source>
        <translation>Ein nicht lesbarer Adressraum leitet nichts, und der Connector befördert die Mail, für die er gedacht ist, womöglich nicht.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Address spaces of %1 that cannot be read: %2</source>
        <translation>Nicht lesbare Adressräume von %1: %2</translation>
    </message>
    <message>
        <source>Connector smart host is not valid</source>
        <translation>Smarthost des Connectors ist ungültig</translation>
    </message>
    <message>
        <source>Exchange uses the smart host text exactly as stored; a malformed one makes every delivery through the connector fail.</source>
        <translation>Exchange verwendet den Smarthost-Text genau so, wie er gespeichert ist; ein fehlerhafter lässt jede Zustellung über den Connector scheitern.</translation>
    </message>
    <message>
        <source>The smart host of %1 cannot be used: %2</source>
        <translation>Der Smarthost von %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Connector is limited to its routing group</source>
        <translation>Connector ist auf seine Routinggruppe beschränkt</translation>
    </message>
    <message>
        <source>Servers in other routing groups do not see this connector and route around it.</source>
        <translation>Server anderer Routinggruppen sehen diesen Connector nicht und leiten an ihm vorbei.</translation>
    </message>
    <message>
        <source>%1 is scoped to its routing group (Local:), so only servers of %2 use it.</source>
        <translation>%1 ist auf seine Routinggruppe beschränkt (Local:), daher verwenden ihn nur Server von %2.</translation>
    </message>
    <message>
        <source>Internet gateway has no outbound SMTP connector</source>
        <translation>Internetgateway ohne ausgehenden SMTP-Connector</translation>
    </message>
    <message>
        <source>Without a connector that sends from the gateway, mail to the Internet may leave through other servers, or not at all.</source>
        <translation>Ohne einen Connector, der vom Gateway aus sendet, verlässt Mail ins Internet die Organisation womöglich über andere Server oder gar nicht.</translation>
    </message>
    <message>
        <source>%1 is marked as an Internet gateway but has no SMTP virtual server, so no connector can send from it.</source>
        <translation>%1 ist als Internetgateway markiert, hat aber keinen virtuellen SMTP-Server, daher kann kein Connector von ihm aus senden.</translation>
    </message>
    <message>
        <source>%1 is marked as an Internet gateway, but no SMTP connector with an SMTP address space has one of its virtual servers (%2) as a local bridgehead. Mail for outside the organization then leaves through whichever servers the connectors name, not through this gateway.</source>
        <translation>%1 ist als Internetgateway markiert, aber kein SMTP-Connector mit einem SMTP-Adressraum hat einen seiner virtuellen Server (%2) als lokalen Bridgehead. Mail nach außerhalb der Organisation geht dann über die Server, die die Connectors nennen, nicht über dieses Gateway.</translation>
    </message>
    <message>
        <source>No connector for Internet mail</source>
        <translation>Kein Connector für Internetmail</translation>
    </message>
    <message>
        <source>Mail to domains no connector names has nowhere to go and is returned to the sender.</source>
        <translation>Mail an Domänen, die kein Connector nennt, kann nirgendwohin und geht an den Absender zurück.</translation>
    </message>
    <message>
        <source>No SMTP connector in %1 has the address space SMTP:*, so mail to Internet domains that no connector names cannot be delivered.</source>
        <translation>Kein SMTP-Connector in %1 hat den Adressraum SMTP:*, daher kann Mail an Internetdomänen, die kein Connector nennt, nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Routing group cannot reach the Internet</source>
        <translation>Routinggruppe erreicht das Internet nicht</translation>
    </message>
    <message>
        <source>Connectors limited to their own routing group are invisible to the servers of every other routing group.</source>
        <translation>Auf ihre Routinggruppe beschränkte Connectors sind für die Server aller anderen Routinggruppen unsichtbar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every connector with the address space SMTP:* is limited to another routing group (%1), so the servers of %2 have no route to the Internet.</source>
        <translation>Jeder Connector mit dem Adressraum SMTP:* ist auf eine andere Routinggruppe beschränkt (%1), daher haben die Server von %2 keinen Weg ins Internet.</translation>
    </message>
    <message>
        <source>Routing group master does not exist</source>
        <translation>Routinggruppenmaster existiert nicht</translation>
    </message>
    <message>
        <source>The routing group master keeps the routing group&apos;s link state; without a valid one, routing changes do not reach the group&apos;s servers.</source>
        <translation>Der Routinggruppenmaster führt den Verbindungsstatus der Routinggruppe; ohne gültigen Master erreichen Routingänderungen die Server der Gruppe nicht.</translation>
    </message>
    <message>
        <source>The routing group master of %1 is %2, which is not a server in the organization. Choose one of the group&apos;s servers as its master.</source>
        <translation>Der Routinggruppenmaster von %1 ist %2, und das ist kein Server der Organisation. Wählen Sie einen der Server der Gruppe als Master.</translation>
    </message>
    <message>
        <source>Administrative group has no Servers container</source>
        <translation>Administrative Gruppe ohne Container „Servers“</translation>
    </message>
    <message>
        <source>Exchange expects a Servers container in every administrative group that has routing groups; without it, routing and setup fail.</source>
        <translation>Exchange erwartet in jeder administrativen Gruppe mit Routinggruppen einen Container „Servers“; ohne ihn schlagen Routing und Setup fehl.</translation>
    </message>
    <message>
        <source>%1 has routing groups but no Servers container (CN=Servers).</source>
        <translation>%1 hat Routinggruppen, aber keinen Container „Servers“ (CN=Servers).</translation>
    </message>
    <message>
        <source>Smart host set on an SMTP virtual server</source>
        <translation>Smarthost an einem virtuellen SMTP-Server gesetzt</translation>
    </message>
    <message>
        <source>A smart host on the virtual server overrides every connector for all mail the server sends.</source>
        <translation>Ein Smarthost am virtuellen Server setzt sich für alle Mail, die der Server sendet, über jeden Connector hinweg.</translation>
    </message>
    <message>
        <source>%1 hands all the mail it sends to %2, whatever the connectors say. Set smart hosts on an SMTP connector instead and clear this one.</source>
        <translation>%1 übergibt alle Mail, die er sendet, an %2 – gleich, was die Connectors vorsehen. Legen Sie Smarthosts stattdessen an einem SMTP-Connector fest und entfernen Sie diesen.</translation>
    </message>
    <message>
        <source>The value cannot be used as it is either: %1</source>
        <translation>Der Wert ist so auch nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Smart host type changed from its default</source>
        <translation>Smarthost-Typ weicht vom Standard ab</translation>
    </message>
    <message>
        <source>msExchSmtpSmartHostType is normally 0; other values change how the virtual server delivers.</source>
        <translation>msExchSmtpSmartHostType ist normalerweise 0; andere Werte ändern, wie der virtuelle Server zustellt.</translation>
    </message>
    <message>
        <source>all mail goes to the smart host</source>
        <translation>alle Mail geht an den Smarthost</translation>
    </message>
    <message>
        <source>direct delivery is tried before the smart host, which only Exchange 2000 did</source>
        <translation>vor dem Smarthost wird direkte Zustellung versucht, was nur Exchange 2000 tat</translation>
    </message>
    <message>
        <source>a value Exchange does not define</source>
        <translation>ein Wert, den Exchange nicht kennt</translation>
    </message>
    <message>
        <source>The smart host type of %1 is %2 (%3); the default is 0.</source>
        <translation>Der Smarthost-Typ von %1 ist %2 (%3); Standard ist 0.</translation>
    </message>
    <message>
        <source>Two virtual servers listen on the same address and port</source>
        <translation>Zwei virtuelle Server lauschen an derselben Adresse und demselben Port</translation>
    </message>
    <message>
        <source>Only one of them can start: the other stays stopped and accepts no mail.</source>
        <translation>Nur einer von beiden kann starten: Der andere bleibt angehalten und nimmt keine Mail an.</translation>
    </message>
    <message>
        <source>%1 (also used by “%2” as %3)</source>
        <translation>%1 (auch von „%2“ als %3 verwendet)</translation>
    </message>
    <message>
        <source>%1 listens where another virtual server of the same server does: %2. All Unassigned counts as every address of the server.</source>
        <translation>%1 empfängt dort, wo bereits ein anderer virtueller Server desselben Servers empfängt: %2. (Alle nicht zugewiesenen) zählt als jede Adresse des Servers.</translation>
    </message>
    <message>
        <source>Virtual server does not listen on port 25</source>
        <translation>Virtueller Server lauscht nicht an Port 25</translation>
    </message>
    <message>
        <source>Other mail servers deliver to port 25; a virtual server without it only takes mail from clients that know its port.</source>
        <translation>Andere Mailserver stellen an Port 25 zu; ein virtueller Server ohne ihn nimmt nur Mail von Clients an, die seinen Port kennen.</translation>
    </message>
    <message>
        <source>%1 has no binding that can be read, so it listens on no known port.</source>
        <translation>%1 hat keine lesbare Bindung und lauscht daher an keinem bekannten Port.</translation>
    </message>
    <message>
        <source>%1 listens on %2, not on port 25.</source>
        <translation>%1 lauscht an %2, nicht an Port 25.</translation>
    </message>
    <message>
        <source>Virtual server listens on several addresses or ports</source>
        <translation>Virtueller Server lauscht an mehreren Adressen oder Ports</translation>
    </message>
    <message>
        <source>More than one binding is unusual; check that each one is meant.</source>
        <translation>Mehr als eine Bindung ist ungewöhnlich; prüfen Sie, ob jede gewollt ist.</translation>
    </message>
    <message>
        <source>%1 listens on several bindings: %2.</source>
        <translation>%1 lauscht an mehreren Bindungen: %2.</translation>
    </message>
    <message>
        <source>Outgoing SMTP port is not 25</source>
        <translation>Ausgehender SMTP-Port ist nicht 25</translation>
    </message>
    <message>
        <source>Mail servers on the Internet listen on port 25; on another port, outbound mail is refused or times out.</source>
        <translation>Mailserver im Internet lauschen an Port 25; über einen anderen Port wird ausgehende Mail abgewiesen oder läuft in eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>%1 connects to other mail servers on port %2. They expect port 25.</source>
        <translation>%1 verbindet sich mit anderen Mailservern über Port %2. Diese erwarten Port 25.</translation>
    </message>
    <message>
        <source>Recipient limit per message is low</source>
        <translation>Empfängergrenze je Nachricht ist niedrig</translation>
    </message>
    <message>
        <source>Below 250 recipients per message, ordinary mail to large lists is refused.</source>
        <translation>Unter 250 Empfängern je Nachricht wird gewöhnliche Mail an große Verteiler abgewiesen.</translation>
    </message>
    <message>
        <source>%1 accepts at most %2 recipients per message; messages to more are refused. Use at least 250 (the default is 64000).</source>
        <translation>%1 nimmt höchstens %2 Empfänger je Nachricht an; Nachrichten an mehr werden abgewiesen. Verwenden Sie mindestens 250 (Standard ist 64000).</translation>
    </message>
    <message>
        <source>The routing group master of %1 is %2, which was deleted. Choose one of the group&apos;s servers as its master.</source>
        <translation>Der Routinggruppenmaster von %1 ist %2, und dieser Server wurde gelöscht. Wählen Sie einen der Server der Gruppe als Master.</translation>
    </message>
</context>
<context>
    <name>analyzer::Severity</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Hinweise</translation>
    </message>
</context>
<context>
    <name>analyzerui::AnalyzerDock</name>
    <message>
        <source>Filter by rule, object or detail</source>
        <translation>Nach Regel, Objekt oder Einzelheit filtern</translation>
    </message>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Gateways…</translation>
    </message>
    <message>
        <source>Choose the servers that are Internet gateways</source>
        <translation>Die Server wählen, die Internetgateways sind</translation>
    </message>
    <message>
        <source>&amp;Select in Tree</source>
        <translation>In der Struktur &amp;auswählen</translation>
    </message>
    <message>
        <source>Tell Me &amp;More</source>
        <translation>&amp;Mehr erfahren</translation>
    </message>
    <message>
        <source>Show or hide: %1</source>
        <translation>Ein- oder ausblenden: %1</translation>
    </message>
    <message>
        <source>analyzing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Analyzer – %1</source>
        <translation>Analyse – %1</translation>
    </message>
    <message>
        <source>No server is marked as an Internet gateway, so outbound routes from the gateways are not checked.</source>
        <translation>Kein Server ist als Internetgateway markiert, daher werden ausgehende Wege von den Gateways nicht geprüft.</translation>
    </message>
    <message>
        <source>Likely gateways: %1.</source>
        <translation>Wahrscheinliche Gateways: %1.</translation>
    </message>
    <message>
        <source>Choose gateways…</source>
        <translation>Gateways wählen…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Choose a finding to see what to do about it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
</context>
<context>
    <name>analyzerui::FindingsStatusButton</name>
    <message>
        <source>Show the Analyzer</source>
        <translation>Die Analyse anzeigen</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>analyzerui::GatewayDialog</name>
    <message>
        <source>Internet Gateways</source>
        <translation>Internetgateways</translation>
    </message>
    <message>
        <source>Mark the servers through which mail for the Internet should leave the organization. The analyzer then checks that an SMTP connector sends from each of them.</source>
        <translation>Markieren Sie die Server, über die Mail ins Internet die Organisation verlassen soll. Die Analyse prüft dann, dass von jedem ein SMTP-Connector aus sendet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Administrative group</source>
        <translation>Administrative Gruppe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Suggested: sends through a connector for SMTP:*</source>
        <translation>Vorschlag: sendet über einen Connector für SMTP:*</translation>
    </message>
    <message>
        <source>Mark &amp;Suggested</source>
        <translation>&amp;Vorschläge markieren</translation>
    </message>
</context>
<context>
    <name>cli::AnalyzeCommand</name>
    <message>
        <source>%1 is not a server in the organization.</source>
        <translation>%1 ist kein Server der Organisation.</translation>
    </message>
    <message>
        <source>There is no server named “%1” in the organization.</source>
        <translation>In der Organisation gibt es keinen Server namens „%1“.</translation>
    </message>
    <message>
        <source>Several servers are named “%1”; give the DN of the one you mean:
  %2</source>
        <translation>Mehrere Server heißen „%1“; geben Sie den DN des gemeinten an:
  %2</translation>
    </message>
    <message>
        <source>Check the organization for gateway, bridgehead and connector problems.</source>
        <translation>Prüft die Organisation auf Probleme mit Gateways, Bridgeheads und Connectors.</translation>
    </message>
    <message>
        <source>A server that is an Internet gateway, by name or DN; repeat it for several.</source>
        <translation>Ein Server, der Internetgateway ist, mit Namen oder DN; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>Report as text (default), json or html.</source>
        <translation>Bericht als text (Standard), json oder html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>Den Bericht in diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Exit with status 1 when something at this severity or worse was found: error (default), warning, info or never.</source>
        <translation>Mit Status 1 enden, wenn etwas dieses oder eines schwereren Grades gefunden wurde: error (Standard), warning, info oder never.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>Unknown report format “%1”: use text, json or html.</source>
        <translation>Unbekanntes Berichtsformat „%1“: verwenden Sie text, json oder html.</translation>
    </message>
    <message>
        <source>Unknown severity “%1” for --fail-on: use error, warning, info or never.</source>
        <translation>Unbekannte Schwere „%1“ für --fail-on: verwenden Sie error, warning, info oder never.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cli::ConnectionOptions</name>
    <message>
        <source>Directory server address (ldap://, ldaps://, ldapi://).</source>
        <translation>Adresse des Verzeichnisservers (ldap://, ldaps://, ldapi://).</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Base DN; discovered from the server if omitted.</source>
        <translation>Basis-DN; wird vom Server ermittelt, wenn er fehlt.</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Read the bind password from this file.</source>
        <translation>Liest das Bind-Kennwort aus dieser Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Bind with SASL EXTERNAL (ldapi:// peer credentials or a TLS client certificate).</source>
        <translation>Bindet mit SASL EXTERNAL (Peer-Anmeldeinformationen über ldapi:// oder ein TLS-Clientzertifikat).</translation>
    </message>
    <message>
        <source>Use StartTLS.</source>
        <translation>Verwendet StartTLS.</translation>
    </message>
    <message>
        <source>CA certificate file for TLS.</source>
        <translation>CA-Zertifikatsdatei für TLS.</translation>
    </message>
    <message>
        <source>Use either --sasl-external or --bind-dn, not both.</source>
        <translation>Verwenden Sie entweder --sasl-external oder --bind-dn, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Kennwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--bind-dn needs a password: give it with --password-file.</source>
        <translation>--bind-dn erfordert ein Kennwort: Geben Sie es mit --password-file an.</translation>
    </message>
    <message>
        <source>Say which directory to use with --uri (for example --uri ldap://dc1.example.com).</source>
        <translation>Geben Sie mit --uri an, welches Verzeichnis verwendet werden soll (zum Beispiel --uri ldap://dc1.example.com).</translation>
    </message>
    <message>
        <source>Bind with this DN, or on Active Directory this user name such as administrator@example.com (simple bind).</source>
        <translation>Mit diesem DN anmelden, unter Active Directory auch mit einem Benutzernamen wie administrator@example.com (einfache Anmeldung).</translation>
    </message>
</context>
<context>
    <name>cli::CreationSubcommand</name>
    <message>
        <source>Print what was created as text (one DN a line) or as JSON.</source>
        <translation>Ausgeben, was erstellt wurde: als Text (ein DN pro Zeile) oder als JSON.</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format ist text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>Forward all mail to these smart hosts: host names and [IP] literals, separated by ;.</source>
        <translation>Alle E-Mails an diese Smarthosts weiterleiten: Hostnamen und [IP]-Literale, durch ; getrennt.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Route to each domain by DNS (the default).</source>
        <translation>Jede Domäne über DNS erreichen (Standard).</translation>
    </message>
    <message>
        <source>Use either --smart-host or --dns, not both.</source>
        <translation>Verwenden Sie entweder --smart-host oder --dns, nicht beides.</translation>
    </message>
    <message>
        <source>Listen on this IP address. Without --ip or --all-unassigned: all unassigned addresses when no other virtual server of the server listens on the port, else the first of the server&apos;s addresses that is free on it.</source>
        <translation>Auf dieser IP-Adresse empfangen. Ohne --ip oder --all-unassigned: alle nicht zugewiesenen Adressen, wenn kein anderer virtueller Server des Servers den Port verwendet, sonst die erste Adresse des Servers, auf der er frei ist.</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Listen on every address of the port, which no other virtual server of the server may then use.</source>
        <translation>Auf jeder Adresse des Ports empfangen; kein anderer virtueller Server des Servers darf ihn dann verwenden.</translation>
    </message>
    <message>
        <source>Listen on this TCP port (default 25).</source>
        <translation>Auf diesem TCP-Port lauschen (Standard 25).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use either --ip or --all-unassigned, not both.</source>
        <translation>Verwenden Sie entweder --ip oder --all-unassigned, nicht beides.</translation>
    </message>
    <message>
        <source>Give an IP address, or use --all-unassigned.</source>
        <translation>Geben Sie eine IP-Adresse an oder verwenden Sie --all-unassigned.</translation>
    </message>
</context>
<context>
    <name>cli::DirectorySubcommand</name>
    <message>
        <source>There is no Exchange organization under %1. Check --base.</source>
        <translation>Unter %1 gibt es keine Exchange-Organisation. Prüfen Sie --base.</translation>
    </message>
</context>
<context>
    <name>cli::NewConnectorSubcommand</name>
    <message>
        <source>Create an SMTP connector with its address spaces, bridgeheads and routing.</source>
        <translation>Einen SMTP-Connector mit Adressräumen, Bridgeheads und Routing erstellen.</translation>
    </message>
    <message>
        <source>The routing group, by name or DN.</source>
        <translation>Die Routinggruppe, mit Namen oder DN.</translation>
    </message>
    <message>
        <source>RG</source>
        <translation>RG</translation>
    </message>
    <message>
        <source>The connector&apos;s name.</source>
        <translation>Der Name des Connectors.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A local bridgehead: a server of the routing group, with the name of its virtual server when it has several, or the virtual server&apos;s DN. Repeat for more.</source>
        <translation>Ein lokaler Bridgehead: ein Server der Routinggruppe, mit dem Namen seines virtuellen Servers, wenn er mehrere hat, oder der DN des virtuellen Servers. Für weitere wiederholen.</translation>
    </message>
    <message>
        <source>SERVER[/VIRTUAL-SERVER]</source>
        <translation>SERVER[/VIRTUELLER-SERVER]</translation>
    </message>
    <message>
        <source>An address space, such as &apos;SMTP:*;1&apos; or &apos;SMTP:*.example.com;10&apos;. Repeat for more.</source>
        <translation>Ein Adressraum, etwa &apos;SMTP:*;1&apos; oder &apos;SMTP:*.example.com;10&apos;. Für weitere wiederholen.</translation>
    </message>
    <message>
        <source>SMTP:DOMAIN;COST</source>
        <translation>SMTP:DOMÄNE;KOSTEN</translation>
    </message>
    <message>
        <source>The connector scope (default organization).</source>
        <translation>Der Bereich des Connectors (Standard: organization).</translation>
    </message>
    <message>
        <source>Create the connector without a local bridgehead, so that any server of the routing group may send through it.</source>
        <translation>Den Connector ohne lokalen Bridgehead erstellen, sodass jeder Server der Routinggruppe über ihn senden darf.</translation>
    </message>
    <message>
        <source>Say in which routing group with --routing-group.</source>
        <translation>Geben Sie mit --routing-group an, in welcher Routinggruppe.</translation>
    </message>
    <message>
        <source>Name the connector with --name.</source>
        <translation>Geben Sie dem Connector mit --name einen Namen.</translation>
    </message>
    <message>
        <source>The scope is organization or routing-group, not &quot;%1&quot;.</source>
        <translation>Der Bereich ist organization oder routing-group, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give the scope with --scope routing-group, not with Local: in front of the address space.</source>
        <translation>„%1“: Geben Sie den Bereich mit --scope routing-group an, nicht mit Local: vor dem Adressraum.</translation>
    </message>
    <message>
        <source>Give --allow-no-bridgehead to create it anyway.</source>
        <translation>Geben Sie --allow-no-bridgehead an, um ihn trotzdem zu erstellen.</translation>
    </message>
    <message>
        <source>Use either --bridgehead or --allow-no-bridgehead, not both.</source>
        <translation>Verwenden Sie entweder --bridgehead oder --allow-no-bridgehead, nicht beides.</translation>
    </message>
</context>
<context>
    <name>cli::NewInternetMailSubcommand</name>
    <message>
        <source>Set up Internet mail through a gateway server (* at cost 1).</source>
        <translation>Internet-E-Mail über einen Gatewayserver einrichten (* mit Kosten 1).</translation>
    </message>
    <message>
        <source>The gateway server, by name or DN.</source>
        <translation>Der Gatewayserver, mit Namen oder DN.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Say which server is the gateway with --gateway.</source>
        <translation>Geben Sie mit --gateway an, welcher Server das Gateway ist.</translation>
    </message>
    <message>
        <source>%1 has several SMTP virtual servers (%2). Say which with --virtual-server.</source>
        <translation>%1 hat mehrere virtuelle SMTP-Server (%2). Geben Sie mit --virtual-server an, welchen.</translation>
    </message>
    <message>
        <source>The gateway&apos;s virtual server that sends, by name or DN; a name it does not have yet makes a new virtual server, which listens where --ip, --all-unassigned and --port say.</source>
        <translation>Der virtuelle Server des Gateways, der sendet, mit Name oder DN; ein Name, den es noch nicht gibt, legt einen neuen virtuellen Server an, der dort empfängt, wo --ip, --all-unassigned und --port es angeben.</translation>
    </message>
    <message>
        <source>“%1” exists already; --ip, --all-unassigned and --port are for a new virtual server. Leave them out, or name a new one with --virtual-server.</source>
        <translation>„%1“ existiert bereits; --ip, --all-unassigned und --port gelten für einen neuen virtuellen Server. Lassen Sie sie weg, oder nennen Sie mit --virtual-server einen neuen.</translation>
    </message>
</context>
<context>
    <name>cli::NewVirtualServerSubcommand</name>
    <message>
        <source>Create an SMTP virtual server with the Exchange defaults.</source>
        <translation>Einen virtuellen SMTP-Server mit den Exchange-Standardwerten erstellen.</translation>
    </message>
    <message>
        <source>The Exchange server, by name or DN.</source>
        <translation>Der Exchange-Server, mit Namen oder DN.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>The virtual server&apos;s display name.</source>
        <translation>Der Anzeigename des virtuellen Servers.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The name announced in HELO and EHLO (default: the server&apos;s DNS name).</source>
        <translation>Der in HELO und EHLO angekündigte Name (Standard: der DNS-Name des Servers).</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Say on which server with --server.</source>
        <translation>Geben Sie mit --server an, auf welchem Server.</translation>
    </message>
    <message>
        <source>Name the virtual server with --name.</source>
        <translation>Geben Sie dem virtuellen Server mit --name einen Namen.</translation>
    </message>
</context>
<context>
    <name>cli::PostfixConfigSubcommand</name>
    <message>
        <source>Write the Postfix configuration the directory describes for a server.</source>
        <translation>Die Postfix-Konfiguration schreiben, die das Verzeichnis für einen Server beschreibt.</translation>
    </message>
    <message>
        <source>The server (name or DN).</source>
        <translation>Der Server (Name oder DN).</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>The directory to write %1, %2 and %3 to (made if missing).</source>
        <translation>Das Verzeichnis, in das %1, %2 und %3 geschrieben werden (wird angelegt, falls es fehlt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Say which server with --server SERVER.</source>
        <translation>Geben Sie den Server mit --server SERVER an.</translation>
    </message>
    <message>
        <source>Say where to write the files with --out DIR.</source>
        <translation>Geben Sie mit --out VERZEICHNIS an, wohin die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot make the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Listeners: %1. Transport map entries: %2. Transports of its own: %3.</source>
        <translation>Listener: %1. Einträge der Transporttabelle: %2. Eigene Transporte: %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>cli::PrepareAdSubcommand</name>
    <message>
        <source>Prepare an Active Directory forest for Bridgehead (add the Exchange schema it uses).</source>
        <translation>Eine Active-Directory-Gesamtstruktur für Bridgehead vorbereiten (das verwendete Exchange-Schema hinzufügen).</translation>
    </message>
    <message>
        <source>Show what would be added; write nothing.</source>
        <translation>Zeigen, was hinzugefügt würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Preparing this forest would make these schema changes:</source>
        <translation>Die Vorbereitung dieser Gesamtstruktur würde diese Schemaänderungen vornehmen:</translation>
    </message>
    <message>
        <source>Preparing this forest makes these schema changes:</source>
        <translation>Die Vorbereitung dieser Gesamtstruktur nimmt diese Schemaänderungen vor:</translation>
    </message>
    <message>
        <source>Writing: %1</source>
        <translation>Schreibe: %1</translation>
    </message>
</context>
<context>
    <name>cli::QueuesSubcommand</name>
    <message>
        <source>List a Postfix instance&apos;s queues and messages, or freeze, unfreeze, delete or retry messages.</source>
        <translation>Die Warteschlangen und Nachrichten einer Postfix-Instanz auflisten oder Nachrichten einfrieren, freigeben, löschen oder erneut zustellen.</translation>
    </message>
    <message>
        <source>The instance&apos;s configuration directory on this machine (default /etc/postfix).</source>
        <translation>Das Konfigurationsverzeichnis der Instanz auf diesem Rechner (Standard: /etc/postfix).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Run Postfix&apos;s tools through this command, e.g. &quot;ssh root@gw1&quot; or &quot;sudo&quot;.</source>
        <translation>Die Postfix-Werkzeuge über diesen Befehl ausführen, z. B. „ssh root@gw1“ oder „sudo“.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>Only messages whose sender contains this text.</source>
        <translation>Nur Nachrichten, deren Absender diesen Text enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only messages with a recipient containing this text.</source>
        <translation>Nur Nachrichten mit einem Empfänger, der diesen Text enthält.</translation>
    </message>
    <message>
        <source>Only messages whose subject contains this text (reads their headers).</source>
        <translation>Nur Nachrichten, deren Betreff diesen Text enthält (liest ihre Kopfzeilen).</translation>
    </message>
    <message>
        <source>Only messages in this state: all, active, ready, retry, frozen.</source>
        <translation>Nur Nachrichten in diesem Zustand: all, active, ready, retry, frozen.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>List at most this many messages, oldest first (0: all).</source>
        <translation>Höchstens so viele Nachrichten auflisten, die ältesten zuerst (0: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Freeze (hold) these messages: queue IDs, comma-separated, or &quot;-&quot; to read them from standard input.</source>
        <translation>Diese Nachrichten einfrieren (hold): Warteschlangen-IDs, durch Kommas getrennt, oder „-“, um sie von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Unfreeze (release) these messages.</source>
        <translation>Diese Nachrichten freigeben (release).</translation>
    </message>
    <message>
        <source>Delete these messages without an NDR.</source>
        <translation>Diese Nachrichten ohne Unzustellbarkeitsbericht löschen.</translation>
    </message>
    <message>
        <source>Delete these messages, returning each to its sender (NDR).</source>
        <translation>Diese Nachrichten löschen und jede an ihren Absender zurückgeben (Unzustellbarkeitsbericht).</translation>
    </message>
    <message>
        <source>Try to deliver these messages now.</source>
        <translation>Diese Nachrichten jetzt zuzustellen versuchen.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Say which Postfix to read: --postfix-config DIR, or --postfix-command PREFIX.</source>
        <translation>Geben Sie an, welches Postfix gelesen werden soll: --postfix-config VERZ oder --postfix-command PRÄFIX.</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format ist text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>--state is all, active, ready, retry or frozen, not &quot;%1&quot;.</source>
        <translation>--state ist all, active, ready, retry oder frozen, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit needs a number of messages (0 for all).</source>
        <translation>--limit braucht eine Anzahl Nachrichten (0 für alle).</translation>
    </message>
    <message>
        <source>Give one action at a time.</source>
        <translation>Geben Sie jeweils nur eine Aktion an.</translation>
    </message>
    <message>
        <source>No queue IDs given.</source>
        <translation>Keine Warteschlangen-IDs angegeben.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>not acted on (already delivered, gone, or not in a state this applies to)</source>
        <translation>nicht bearbeitet (bereits zugestellt, nicht mehr vorhanden oder nicht in einem passenden Zustand)</translation>
    </message>
</context>
<context>
    <name>cli::RouteSubcommand</name>
    <message>
        <source>Show the route a message takes from a server to a recipient, and why.</source>
        <translation>Den Weg zeigen, den eine Nachricht von einem Server zu einem Empfänger nimmt, und warum.</translation>
    </message>
    <message>
        <source>The server the message leaves from (name or DN).</source>
        <translation>Der Server, von dem die Nachricht ausgeht (Name oder DN).</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>The recipient address, or just its domain.</source>
        <translation>Die Empfängeradresse oder nur ihre Domäne.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Say which server the message leaves from with --from SERVER.</source>
        <translation>Geben Sie mit --from SERVER an, von welchem Server die Nachricht ausgeht.</translation>
    </message>
    <message>
        <source>Say who the message is for with --to ADDRESS.</source>
        <translation>Geben Sie mit --to ADRESSE an, für wen die Nachricht ist.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Route from %1 to %2</source>
        <translation>Weg von %1 an %2</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>%1. %2 → %3 → %4</source>
        <translation>%1. %2 → %3 → %4</translation>
    </message>
    <message>
        <source>Not taken:</source>
        <translation>Nicht genommen:</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (Ausweichweg)</translation>
    </message>
</context>
<context>
    <name>cli::SendTestSubcommand</name>
    <message>
        <source>Send a test message over SMTP and print the transcript and the message&apos;s token.</source>
        <translation>Eine Testnachricht über SMTP senden und das Protokoll sowie das Kennzeichen der Nachricht ausgeben.</translation>
    </message>
    <message>
        <source>The recipient (repeat for more).</source>
        <translation>Der Empfänger (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The SMTP server, as host:port.</source>
        <translation>Der SMTP-Server als host:port.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>The sender (default: bridgehead@ this machine&apos;s name).</source>
        <translation>Der Absender (Standard: bridgehead@ und der Name dieses Rechners).</translation>
    </message>
    <message>
        <source>The subject (default: &quot;Bridgehead test message &lt;time&gt;&quot; with the token).</source>
        <translation>Der Betreff (Standard: „Bridgehead test message &lt;Zeit&gt;“ mit dem Kennzeichen).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Use STARTTLS and check the server&apos;s certificate.</source>
        <translation>STARTTLS verwenden und das Zertifikat des Servers prüfen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Give at least --to ADDRESS and --server HOST:PORT.</source>
        <translation>Geben Sie mindestens --to ADRESSE und --server HOST:PORT an.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout braucht eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Kennzeichen: %1</translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation>Warteschlangen-ID: %1</translation>
    </message>
</context>
<context>
    <name>cli::SubcommandRunner</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run bridgehead --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. bridgehead --help listet die Befehle auf.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for bridgehead %2.</source>
        <translation>Unerwartetes Argument „%1“ für bridgehead %2.</translation>
    </message>
</context>
<context>
    <name>cli::TrackSubcommand</name>
    <message>
        <source>Follow a message through the Postfix logs of the servers it went through.</source>
        <translation>Eine Nachricht durch die Postfix-Protokolle der Server verfolgen, über die sie ging.</translation>
    </message>
    <message>
        <source>A server&apos;s Postfix log (maillog_file, or the journal&apos;s output), as SERVER=FILE; repeat for the servers mail goes on to. The first is where to look.</source>
        <translation>Das Postfix-Protokoll eines Servers (maillog_file oder die Ausgabe des Journals) als SERVER=DATEI; für die Server, an die Mail weitergeht, wiederholen. Gesucht wird im ersten.</translation>
    </message>
    <message>
        <source>SERVER=FILE</source>
        <translation>SERVER=DATEI</translation>
    </message>
    <message>
        <source>Look for this queue ID.</source>
        <translation>Nach dieser Warteschlangen-ID suchen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Look for messages from this address.</source>
        <translation>Nach Nachrichten von dieser Adresse suchen.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Look for messages to this address.</source>
        <translation>Nach Nachrichten an diese Adresse suchen.</translation>
    </message>
    <message>
        <source>Look for the test message with this token.</source>
        <translation>Nach der Testnachricht mit diesem Token suchen.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Ausgabe: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format is text or json, not %1.</source>
        <translation>--format ist text oder json, nicht %1.</translation>
    </message>
    <message>
        <source>Say what to look for with one of --queue-id, --sender, --recipient or --token.</source>
        <translation>Geben Sie mit --queue-id, --sender, --recipient oder --token an, wonach gesucht wird.</translation>
    </message>
    <message>
        <source>--log takes SERVER=FILE, not %1.</source>
        <translation>--log erwartet SERVER=DATEI, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>No message found (%n log line(s) read).</source>
        <translation>
            <numerusform>Keine Nachricht gefunden (%n Protokollzeile gelesen).</numerusform>
            <numerusform>Keine Nachricht gefunden (%n Protokollzeilen gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, from %3 to %4: %5</source>
        <translation>%1 auf %2, von %3 an %4: %5</translation>
    </message>
    <message>
        <source>Read a server&apos;s log where its Postfix runs, from the instance with this configuration directory (its maillog_file, or the journal), as SERVER=DIR; repeatable, like --log.</source>
        <translation>Liest das Protokoll eines Servers dort, wo sein Postfix läuft, von der Instanz mit diesem Konfigurationsverzeichnis (ihre maillog_file oder das Journal), als SERVER=VERZEICHNIS; wiederholbar wie --log.</translation>
    </message>
    <message>
        <source>SERVER=DIR</source>
        <translation>SERVER=VERZEICHNIS</translation>
    </message>
    <message>
        <source>Reach the --postfix instances through this command, e.g. &quot;ssh root@gw1&quot; or &quot;sudo&quot;.</source>
        <translation>Erreicht die --postfix-Instanzen über diesen Befehl, z. B. „ssh root@gw1“ oder „sudo“.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>Say which log to read with --log SERVER=FILE or --postfix SERVER=DIR.</source>
        <translation>Geben Sie mit --log SERVER=DATEI oder --postfix SERVER=VERZEICHNIS an, welches Protokoll gelesen werden soll.</translation>
    </message>
    <message>
        <source>--postfix takes SERVER=DIR, not %1.</source>
        <translation>--postfix erwartet SERVER=VERZEICHNIS, nicht %1.</translation>
    </message>
</context>
<context>
    <name>commands::ActionController</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>All Tas&amp;ks</source>
        <translation>Alle Auf&amp;gaben</translation>
    </message>
</context>
<context>
    <name>commands::ApplyToMailServerCommand</name>
    <message>
        <source>Apply to Mail Server</source>
        <translation>Auf Mailserver anwenden</translation>
    </message>
    <message>
        <source>Apply to &amp;Mail Server…</source>
        <translation>Auf &amp;Mailserver anwenden…</translation>
    </message>
</context>
<context>
    <name>commands::CopyDnCommand</name>
    <message>
        <source>Copy &amp;Distinguished Name</source>
        <translation>&amp;Distinguished Name kopieren</translation>
    </message>
    <message>
        <source>Copies the directory name of the selected object</source>
        <translation>Kopiert den Verzeichnisnamen des ausgewählten Objekts</translation>
    </message>
</context>
<context>
    <name>commands::DeleteCommand</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Are you sure you want to delete “%1”?</source>
        <translation>Möchten Sie „%1“ wirklich löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to delete these %n objects?

%1</source>
        <translation>
            <numerusform>Möchten Sie dieses %n Objekt wirklich löschen?

%1</numerusform>
            <numerusform>Möchten Sie diese %n Objekte wirklich löschen?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deletes the selected objects from the directory</source>
        <translation>Löscht die ausgewählten Objekte aus dem Verzeichnis</translation>
    </message>
</context>
<context>
    <name>commands::ExportListCommand</name>
    <message>
        <source>E&amp;xport List…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saves the list in the right pane as a CSV file</source>
        <translation>Speichert die Liste im rechten Bereich als CSV-Datei</translation>
    </message>
</context>
<context>
    <name>commands::FindMessagesCommand</name>
    <message>
        <source>Find &amp;Messages…</source>
        <translation>&amp;Nachrichten suchen…</translation>
    </message>
</context>
<context>
    <name>commands::HelpCommand</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Shows help about the selected node</source>
        <translation>Zeigt die Hilfe zum ausgewählten Knoten</translation>
    </message>
</context>
<context>
    <name>commands::InternetMailCommand</name>
    <message>
        <source>&amp;Internet Mail Wizard…</source>
        <translation>&amp;Internet-E-Mail-Assistent…</translation>
    </message>
</context>
<context>
    <name>commands::NewConnectorCommand</name>
    <message>
        <source>SMTP &amp;Connector…</source>
        <translation>SMTP-&amp;Connector…</translation>
    </message>
</context>
<context>
    <name>commands::NewVirtualServerCommand</name>
    <message>
        <source>SMTP &amp;Virtual Server…</source>
        <translation>&amp;Virtueller SMTP-Server…</translation>
    </message>
</context>
<context>
    <name>commands::PropertiesCommand</name>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Opens the property sheet of the selected object</source>
        <translation>Öffnet die Eigenschaften des ausgewählten Objekts</translation>
    </message>
</context>
<context>
    <name>commands::RefreshCommand</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reads the organization from the directory again</source>
        <translation>Liest die Organisation erneut aus dem Verzeichnis</translation>
    </message>
</context>
<context>
    <name>commands::RenameCommand</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Renames the selected object</source>
        <translation>Benennt das ausgewählte Objekt um</translation>
    </message>
</context>
<context>
    <name>commands::SendTestMessageCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2:25)</source>
        <translation>%1 (%2:25)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>&amp;Testnachricht senden…</translation>
    </message>
</context>
<context>
    <name>commands::TestRouteCommand</name>
    <message>
        <source>Test R&amp;oute…</source>
        <translation>R&amp;oute testen…</translation>
    </message>
</context>
<context>
    <name>commands::TrackMessageCommand</name>
    <message>
        <source>Track Message</source>
        <translation>Nachricht verfolgen</translation>
    </message>
    <message>
        <source>Trac&amp;k Message…</source>
        <translation>Nachricht &amp;verfolgen…</translation>
    </message>
</context>
<context>
    <name>connectui::ConnectDialog</name>
    <message>
        <source>Connect to Directory</source>
        <translation>Mit Verzeichnis verbinden</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Forget this saved connection and its saved password</source>
        <translation>Diese gespeicherte Verbindung und ihr gespeichertes Kennwort entfernen</translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation>&amp;Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <source>The connection is saved under this name when you connect.</source>
        <translation>Beim Verbinden wird die Verbindung unter diesem Namen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Reading the saved password from the system keychain…</source>
        <translation>Das gespeicherte Kennwort wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test angehalten.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Das Kennwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
</context>
<context>
    <name>connectui::ConnectionLauncher</name>
    <message>
        <source>&amp;Recent Connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
</context>
<context>
    <name>connectui::ConnectionProbe</name>
    <message>
        <source>the server returned no entry</source>
        <translation>der Server hat keinen Eintrag zurückgegeben</translation>
    </message>
    <message>
        <source>Connected as %1, but the base DN %2 cannot be read: %3</source>
        <translation>Verbunden als %1, aber der Basis-DN %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The server does not name a base DN in its root DSE; enter one.</source>
        <translation>Der Server nennt in seinem Root-DSE keinen Basis-DN; geben Sie einen ein.</translation>
    </message>
</context>
<context>
    <name>connectui::ConnectionSettingsForm</name>
    <message>
        <source>ldap://dc1.example.com</source>
        <translation>ldap://dc1.example.com</translation>
    </message>
    <message>
        <source>ldap://host[:port], ldaps://host[:port] or ldapi://%2Fpath%2Fto%2Fsocket</source>
        <translation>ldap://Host[:Port], ldaps://Host[:Port] oder ldapi://%2Fpfad%2Fzum%2Fsocket</translation>
    </message>
    <message>
        <source>Empty: read it from the server</source>
        <translation>Leer: vom Server lesen</translation>
    </message>
    <message>
        <source>D&amp;iscover</source>
        <translation>Er&amp;mitteln</translation>
    </message>
    <message>
        <source>Read the naming contexts from the server&apos;s root DSE</source>
        <translation>Die Namenskontexte aus dem Root-DSE des Servers lesen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Base DN:</source>
        <translation>&amp;Basis-DN:</translation>
    </message>
    <message>
        <source>Timeo&amp;ut:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>An&amp;onymous</source>
        <translation>An&amp;onym</translation>
    </message>
    <message>
        <source>Si&amp;mple bind with a DN and password</source>
        <translation>&amp;Einfache Bindung mit DN und Kennwort</translation>
    </message>
    <message>
        <source>SASL &amp;EXTERNAL (ldapi:// socket or TLS client certificate)</source>
        <translation>SASL E&amp;XTERNAL (ldapi://-Socket oder TLS-Clientzertifikat)</translation>
    </message>
    <message>
        <source>Save password in the system &amp;keychain</source>
        <translation>Kennwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start, ldaps://)</source>
        <translation>LDAPS (TLS von Anfang an, ldaps://)</translation>
    </message>
    <message>
        <source>The system&apos;s trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation>Zertifikat des Servers über&amp;prüfen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>LDAPS needs an ldaps:// address; for %1 choose None or StartTLS.</source>
        <translation>LDAPS erfordert eine ldaps://-Adresse; wählen Sie für %1 „Keine“ oder „StartTLS“.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Kennwort für %1 ein.</translation>
    </message>
    <message>
        <source>Reading the root DSE of %1…</source>
        <translation>Das Root-DSE von %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>The server holds %n naming contexts; choose one from the list.</source>
        <translation>
            <numerusform>Der Server enthält %n Namenskontext; wählen Sie ihn in der Liste aus.</numerusform>
            <numerusform>Der Server enthält %n Namenskontexte; wählen Sie einen in der Liste aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>cn=admin,dc=example,dc=com or administrator@example.com</source>
        <translation>cn=admin,dc=example,dc=com oder administrator@example.com</translation>
    </message>
    <message>
        <source>Bind &amp;DN or user:</source>
        <translation>Anmelde-&amp;DN oder Benutzer:</translation>
    </message>
</context>
<context>
    <name>connectui::PasswordStore</name>
    <message>
        <source>The system keychain holds no password for %1; enter the password.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Kennwort für %1; geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1; enter the password.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1; geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; enter the password.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1; geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1; the password was not saved.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1; das Kennwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; the password was not saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1; das Kennwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1; the saved password was not removed.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1; das gespeicherte Kennwort wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; the saved password was not removed.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1; das gespeicherte Kennwort wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>console::ConsoleTreeModel</name>
    <message>
        <source>Administrative Groups</source>
        <translation>Administrative Gruppen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Routing Groups</source>
        <translation>Routinggruppen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 (Exchange)</source>
        <translation>%1 (Exchange)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1
%2
Internet gateway</source>
        <translation>%1
%2
Internetgateway</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>console::DemoDirectory</name>
    <message>
        <source>The demo directory could not be started.

%1</source>
        <translation>Das Demo-Verzeichnis konnte nicht gestartet werden.

%1</translation>
    </message>
    <message>
        <source>The demo directory could not be restarted.

%1</source>
        <translation>Das Demo-Verzeichnis konnte nicht neu gestartet werden.

%1</translation>
    </message>
    <message>
        <source>The demo directory server stopped unexpectedly (%1).</source>
        <translation>Der Server des Demo-Verzeichnisses wurde unerwartet beendet (%1).</translation>
    </message>
    <message>
        <source>%1

It printed nothing before it stopped. Restart starts it again on the same data.</source>
        <translation>%1

Er hat vor dem Beenden nichts ausgegeben. „Neu starten“ startet ihn mit denselben Daten neu.</translation>
    </message>
    <message>
        <source>%1

Its last output:
%2

Restart starts it again on the same data.</source>
        <translation>%1

Seine letzte Ausgabe:
%2

„Neu starten“ startet ihn mit denselben Daten neu.</translation>
    </message>
</context>
<context>
    <name>console::DetailsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Local bridgeheads</source>
        <translation>Lokale Bridgeheads</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Entire organization</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation>Smarthosts: %1</translation>
    </message>
    <message>
        <source>(any server in the routing group)</source>
        <translation>(beliebiger Server der Routinggruppe)</translation>
    </message>
    <message>
        <source>Routing group: %1</source>
        <translation>Routinggruppe: %1</translation>
    </message>
    <message>
        <source>Routing group connector</source>
        <translation>Routinggruppenconnector</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Mail queues</source>
        <translation>Mailwarteschlangen</translation>
    </message>
    <message>
        <source>Routing group members</source>
        <translation>Mitglieder der Routinggruppe</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Smart hosts: %1 (invalid)</source>
        <translation>Smarthosts: %1 (ungültig)</translation>
    </message>
    <message>
        <source>“%1” holds no other objects. Its settings are on its property sheet: double-click it in the tree, or choose Action › Properties (Alt+Enter).</source>
        <translation>„%1“ enthält keine weiteren Objekte. Seine Einstellungen stehen in seinen Eigenschaften: Doppelklicken Sie in der Struktur darauf oder wählen Sie Aktion › Eigenschaften (Alt+Eingabe).</translation>
    </message>
    <message>
        <source>The mail queues of %1 are kept by its mail server, not in the directory.</source>
        <translation>Die Mailwarteschlangen von %1 führt sein Mailserver, nicht das Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 is a member of this routing group. Its settings and virtual servers are under its administrative group&apos;s Servers.</source>
        <translation>%1 ist Mitglied dieser Routinggruppe. Seine Einstellungen und virtuellen Server stehen unter „Server“ seiner administrativen Gruppe.</translation>
    </message>
    <message>
        <source>No server has this routing group as its home routing group.</source>
        <translation>Kein Server hat diese Routinggruppe als Heimatroutinggruppe.</translation>
    </message>
    <message>
        <source>This routing group has no connectors. Mail for other routing groups and the Internet needs a connector.</source>
        <translation>Diese Routinggruppe hat keine Connectors. Mail für andere Routinggruppen und das Internet braucht einen Connector.</translation>
    </message>
    <message>
        <source>This server has no SMTP virtual servers.</source>
        <translation>Dieser Server hat keine virtuellen SMTP-Server.</translation>
    </message>
    <message>
        <source>This administrative group has no servers.</source>
        <translation>Diese administrative Gruppe hat keine Server.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SMTP connector</source>
        <translation>SMTP-Connector</translation>
    </message>
    <message>
        <source>Any server in the remote routing group</source>
        <translation>Beliebiger Server der entfernten Routinggruppe</translation>
    </message>
    <message>
        <source>Remote bridgeheads: %1</source>
        <translation>Entfernte Bridgeheads: %1</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>console::DirectorySession</name>
    <message>
        <source>Could not connect to %1.
%2</source>
        <translation>Es konnte keine Verbindung mit %1 hergestellt werden.
%2</translation>
    </message>
    <message>
        <source>The server does not say where its data is. Give the base DN (for example CN=Configuration,DC=example,DC=com).</source>
        <translation>Der Server gibt nicht an, wo seine Daten liegen. Geben Sie den Basis-DN an (zum Beispiel CN=Configuration,DC=example,DC=com).</translation>
    </message>
    <message>
        <source>Loading was cancelled; the tree shows what was read so far.</source>
        <translation>Das Laden wurde abgebrochen; die Konsolenstruktur zeigt, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>Could not read the organization under %1.
%2</source>
        <translation>Die Organisation unter %1 konnte nicht gelesen werden.
%2</translation>
    </message>
    <message>
        <source>Loading was cancelled; the tree shows what was read so far and does not follow changes. Press F5 to read everything.</source>
        <translation>Das Laden wurde abgebrochen; die Struktur zeigt, was bisher gelesen wurde, und folgt keinen Änderungen. Drücken Sie F5, um alles zu lesen.</translation>
    </message>
</context>
<context>
    <name>console::ListExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>consoleui::ColumnChooser</name>
    <message>
        <source>Customize Columns</source>
        <translation>Spalten anpassen</translation>
    </message>
    <message>
        <source>Columns shown in this kind of list (kept for the next time):</source>
        <translation>Spalten, die in dieser Art von Liste angezeigt werden (für das nächste Mal gespeichert):</translation>
    </message>
</context>
<context>
    <name>consoleui::ConsoleStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the directory</source>
        <translation>Lesen des Verzeichnisses abbrechen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Bound as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not live (F5 to refresh)</source>
        <translation>Nicht live (F5 zum Aktualisieren)</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Live (%1)</source>
        <translation>Live (%1)</translation>
    </message>
    <message>
        <source>Changes made anywhere appear here within two seconds.</source>
        <translation>Änderungen, die irgendwo vorgenommen werden, erscheinen hier innerhalb von zwei Sekunden.</translation>
    </message>
    <message>
        <source>Demo directory stopped</source>
        <translation>Demo-Verzeichnis beendet</translation>
    </message>
    <message>
        <source>The console is read-only until the demo directory runs again: use Restart in the banner above.</source>
        <translation>Die Konsole ist schreibgeschützt, bis das Demo-Verzeichnis wieder läuft: Verwenden Sie „Neu starten“ in der Leiste oben.</translation>
    </message>
</context>
<context>
    <name>consoleui::NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Up One Level</source>
        <translation>&amp;Eine Ebene nach oben</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>Up One Level (%1)</source>
        <translation>Eine Ebene nach oben (%1)</translation>
    </message>
</context>
<context>
    <name>directory::ChangeFeed</name>
    <message>
        <source>LDAP sync</source>
        <translation>LDAP-Sync</translation>
    </message>
    <message>
        <source>AD notification</source>
        <translation>AD-Benachrichtigung</translation>
    </message>
    <message>
        <source>The server sends every change as it happens (LDAP sync, RFC 4533).</source>
        <translation>Der Server sendet jede Änderung, sobald sie geschieht (LDAP-Sync, RFC 4533).</translation>
    </message>
    <message>
        <source>Active Directory sends additions and changes as they happen (server notification); deletions and renames are looked for every %1 s.</source>
        <translation>Active Directory sendet Hinzufügungen und Änderungen, sobald sie geschehen (Serverbenachrichtigung); nach Löschungen und Umbenennungen wird alle %1 s gesucht.</translation>
    </message>
</context>
<context>
    <name>directory::ConnectionSettings</name>
    <message>
        <source>Enter the server address, for example ldap://dc1.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel ldap://dc1.example.com.</translation>
    </message>
    <message>
        <source>The address must start with ldap://, ldaps:// or ldapi://.</source>
        <translation>Die Adresse muss mit ldap://, ldaps:// oder ldapi:// beginnen.</translation>
    </message>
    <message>
        <source>The base DN is not a valid distinguished name.</source>
        <translation>Der Basis-DN ist kein gültiger Distinguished Name.</translation>
    </message>
    <message>
        <source>Enter the DN to bind as, or choose anonymous.</source>
        <translation>Geben Sie den DN für die Bindung ein, oder wählen Sie „Anonym“.</translation>
    </message>
    <message>
        <source>SASL EXTERNAL needs an ldapi:// address or a TLS client certificate.</source>
        <translation>SASL EXTERNAL erfordert eine ldapi://-Adresse oder ein TLS-Clientzertifikat.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Use either StartTLS or an ldaps:// address, not both.</source>
        <translation>Verwenden Sie entweder StartTLS oder eine ldaps://-Adresse, nicht beides.</translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation>%1 (anonym)</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>%1 (SASL EXTERNAL)</source>
        <translation>%1 (SASL EXTERNAL)</translation>
    </message>
    <message>
        <source>Bind as a distinguished name (CN=Administrator,CN=Users,DC=example,DC=com) or, on Active Directory, a user name (Administrator@example.com or EXAMPLE\Administrator).</source>
        <translation>Melden Sie sich mit einem Distinguished Name (CN=Administrator,CN=Users,DC=example,DC=com) an oder unter Active Directory mit einem Benutzernamen (Administrator@example.com oder EXAMPLE\Administrator).</translation>
    </message>
</context>
<context>
    <name>directory::ConnectionWorker</name>
    <message>
        <source>The consistency check &quot;%1&quot; is not a valid filter.</source>
        <translation>Die Konsistenzprüfung „%1“ ist kein gültiger Filter.</translation>
    </message>
    <message>
        <source>The connection to the directory server was lost. Bridgehead will reconnect on the next operation.</source>
        <translation>Die Verbindung mit dem Verzeichnisserver wurde getrennt. Bridgehead stellt sie beim nächsten Vorgang wieder her.</translation>
    </message>
    <message>
        <source>The server did not start a transaction, so nothing was written. A change that spans several entries needs a server with LDAP transactions (RFC 5805).</source>
        <translation>Der Server hat keine Transaktion gestartet, daher wurde nichts geschrieben. Eine Änderung, die mehrere Einträge umfasst, erfordert einen Server mit LDAP-Transaktionen (RFC 5805).</translation>
    </message>
    <message>
        <source>%1 Nothing was written: the whole change was rolled back.</source>
        <translation>%1 Es wurde nichts geschrieben: Die gesamte Änderung wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>directory::Dn</name>
    <message>
        <source>&quot;%1&quot; is not a valid distinguished name (names made of several attributes are not supported).</source>
        <translation>„%1“ ist kein gültiger Distinguished Name (Namen aus mehreren Attributen werden nicht unterstützt).</translation>
    </message>
</context>
<context>
    <name>directory::LdapHandle</name>
    <message>
        <source>The address %1 is not a valid LDAP URI.</source>
        <translation>Die Adresse %1 ist kein gültiger LDAP-URI.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified. Give the CA certificate that signed it (CA file), or check that the address matches the certificate&apos;s name.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden. Geben Sie das CA-Zertifikat an, mit dem es signiert wurde (CA-Datei), oder überprüfen Sie, ob die Adresse mit dem Namen im Zertifikat übereinstimmt.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Nothing answers on the local socket %1. Check that the directory server is running.</source>
        <translation>Am lokalen Socket %1 antwortet niemand. Prüfen Sie, ob der Verzeichnisserver läuft.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: no directory server listens there. Check the address and the port, and that the server is running.</source>
        <translation>Die Verbindung zu %1 wurde abgewiesen: Dort lauscht kein Verzeichnisserver. Prüfen Sie Adresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check the address, and that no firewall drops the connection.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie die Adresse und dass keine Firewall die Verbindung verwirft.</translation>
    </message>
    <message>
        <source>The host name %1 is not known. Check the address.</source>
        <translation>Der Hostname %1 ist unbekannt. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server refused the bind as %1: %2</source>
        <translation>Der Server hat die Anmeldung als %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection but did not answer within %2 s. Is it a directory server, and is it overloaded?</source>
        <translation>Der Server unter %1 hat die Verbindung angenommen, aber nicht innerhalb von %2 s geantwortet. Ist es ein Verzeichnisserver, und ist er überlastet?</translation>
    </message>
    <message>
        <source>The server accepts a password only over an encrypted connection. Choose StartTLS, or an ldaps:// address, and give the CA certificate of the server.</source>
        <translation>Der Server nimmt ein Kennwort nur über eine verschlüsselte Verbindung an. Wählen Sie StartTLS oder eine ldaps://-Adresse und geben Sie das CA-Zertifikat des Servers an.</translation>
    </message>
</context>
<context>
    <name>directory::LdifReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected “attribute: value”.</source>
        <translation>erwartet wurde „Attribut: Wert“.</translation>
    </message>
    <message>
        <source>the base64 value of %1 cannot be decoded.</source>
        <translation>der Base64-Wert von %1 lässt sich nicht dekodieren.</translation>
    </message>
    <message>
        <source>values read from URLs are not supported.</source>
        <translation>Werte aus URLs werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>an entry must start with its dn.</source>
        <translation>ein Eintrag muss mit seinem dn beginnen.</translation>
    </message>
    <message>
        <source>change records are not supported here, only entries.</source>
        <translation>Änderungsdatensätze werden hier nicht unterstützt, nur Einträge.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>directory::LocalDirectory</name>
    <message>
        <source>The LDAP server slapd was not found at %1. Install it with: apt-get install slapd ldap-utils</source>
        <translation>Der LDAP-Server slapd wurde unter %1 nicht gefunden. Installieren Sie ihn mit: apt-get install slapd ldap-utils</translation>
    </message>
    <message>
        <source>Could not prepare a temporary directory for slapd.</source>
        <translation>Für slapd konnte kein temporäres Verzeichnis vorbereitet werden.</translation>
    </message>
    <message>
        <source>Creating the directory configuration…</source>
        <translation>Die Verzeichniskonfiguration wird erstellt…</translation>
    </message>
    <message>
        <source>The Bridgehead schema could not be written to %1.</source>
        <translation>Das Bridgehead-Schema konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The slapd configuration could not be written to %1.</source>
        <translation>Die slapd-Konfiguration konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>slapadd failed while preparing the directory:
%1</source>
        <translation>slapadd ist beim Vorbereiten des Verzeichnisses fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <source>slapadd could not be started (%1).</source>
        <translation>slapadd konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The LDIF file %1 could not be read.</source>
        <translation>Die LDIF-Datei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Starting slapd…</source>
        <translation>slapd wird gestartet…</translation>
    </message>
    <message>
        <source>slapd could not be started: %1</source>
        <translation>slapd konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>slapd did not accept connections within %1 s:
%2</source>
        <translation>slapd hat innerhalb von %1 s keine Verbindungen angenommen:
%2</translation>
    </message>
    <message>
        <source>slapd stopped while starting (%1):
%2</source>
        <translation>slapd hat sich beim Starten beendet (%1):
%2</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <translation>durch Signal %1 beendet, %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>helpui::HelpViewer</name>
    <message>
        <source>Bridgehead Help</source>
        <translation>Bridgehead-Hilfe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;All Analyzer Rules</source>
        <translation>&amp;Alle Analyseregeln</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 – Bridgehead Help</source>
        <translation>%1 – Bridgehead-Hilfe</translation>
    </message>
</context>
<context>
    <name>mailserverui::ApplyConfigDialog</name>
    <message>
        <source>Apply to Mail Server: %1</source>
        <translation>Auf Mailserver anwenden: %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Postfix configuration:</source>
        <translation>Postfix-Konfiguration:</translation>
    </message>
    <message>
        <source>Changes to the mail server&apos;s files:</source>
        <translation>Änderungen an den Dateien des Mailservers:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not carried over to Postfix: %1</source>
        <translation>Nicht in Postfix übernommen: %1</translation>
    </message>
    <message>
        <source>Reading the mail server&apos;s configuration…</source>
        <translation>Die Konfiguration des Mailservers wird gelesen…</translation>
    </message>
    <message>
        <source>Checking the new configuration with postfix check…</source>
        <translation>Die neue Konfiguration wird mit postfix check geprüft…</translation>
    </message>
    <message>
        <source>Writing main.cf, master.cf and the transport map…</source>
        <translation>main.cf, master.cf und die Transporttabelle werden geschrieben…</translation>
    </message>
    <message>
        <source>Reloading Postfix…</source>
        <translation>Postfix wird neu geladen…</translation>
    </message>
    <message>
        <source>The mail server already has this configuration: nothing to apply.</source>
        <translation>Der Mailserver hat diese Konfiguration bereits: Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>Apply checks the new configuration with postfix check first, keeps each file&apos;s previous version beside it as *%1 and reloads Postfix.</source>
        <translation>„Anwenden“ prüft die neue Konfiguration zuerst mit postfix check, behält die vorige Fassung jeder Datei daneben als *%1 und lädt Postfix neu.</translation>
    </message>
    <message>
        <source>Applied: the new configuration is in place and Postfix has reloaded.</source>
        <translation>Angewendet: Die neue Konfiguration ist aktiv, und Postfix wurde neu geladen.</translation>
    </message>
    <message>
        <source>Written: Postfix is not running, so it uses the new configuration when it starts.</source>
        <translation>Geschrieben: Postfix läuft nicht und verwendet die neue Konfiguration beim nächsten Start.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Postfix refused the new configuration; the old one stays in place.</source>
        <translation>Postfix hat die neue Konfiguration abgelehnt; die alte bleibt bestehen.</translation>
    </message>
    <message>
        <source>Writing failed; the previous files were put back.</source>
        <translation>Das Schreiben ist fehlgeschlagen; die vorigen Dateien wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The new files are in place, but Postfix did not reload.</source>
        <translation>Die neuen Dateien sind geschrieben, aber Postfix wurde nicht neu geladen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 is not in the tree.</source>
        <translation>%1 ist nicht in der Konsolenstruktur enthalten.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>postfix::ConfigApply</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the configuration in %1.</source>
        <translation>Die Konfiguration in %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no main.cf and master.cf: is it the Postfix configuration directory?</source>
        <translation>%1 enthält keine main.cf und master.cf: Ist das das Konfigurationsverzeichnis von Postfix?</translation>
    </message>
    <message>
        <source>The command ended with status %1.</source>
        <translation>Der Befehl endete mit Status %1.</translation>
    </message>
    <message>
        <source>Cancelled; the configuration was not changed.</source>
        <translation>Abgebrochen; die Konfiguration wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>postfix::ConfigMerge</name>
    <message>
        <source>Bridgehead: set in the block below instead: %1</source>
        <translation>Bridgehead: stattdessen im Block unten gesetzt: %1</translation>
    </message>
    <message>
        <source>%1 listens on port %2 now</source>
        <translation>%1 lauscht jetzt auf Port %2</translation>
    </message>
    <message>
        <source>the block below defines %1</source>
        <translation>der Block unten definiert %1</translation>
    </message>
    <message>
        <source>Bridgehead: disabled, %1:</source>
        <translation>Bridgehead: deaktiviert, %1:</translation>
    </message>
</context>
<context>
    <name>postfix::LocalMailServer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Postfix is not installed (the Debian package postfix).</source>
        <translation>Postfix ist nicht installiert (das Debian-Paket postfix).</translation>
    </message>
    <message>
        <source>Running private Postfix instances needs root: start Bridgehead as root to have them.</source>
        <translation>Private Postfix-Instanzen brauchen root: Starten Sie Bridgehead als root, um sie zu bekommen.</translation>
    </message>
    <message>
        <source>%1 is missing, which private instances start from.</source>
        <translation>%1 fehlt; private Instanzen gehen davon aus.</translation>
    </message>
    <message>
        <source>Cannot make a temporary directory: %1</source>
        <translation>Es kann kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>postfix::PostfixConfigGenerator</name>
    <message>
        <source>%1 has no valid binding, so it gets no listener.</source>
        <translation>%1 hat keine gültige Bindung und bekommt daher keinen Listener.</translation>
    </message>
    <message>
        <source>%1 (%2), binding %3</source>
        <translation>%1 (%2), Bindung %3</translation>
    </message>
    <message>
        <source>%1, with its own settings</source>
        <translation>%1, mit eigenen Einstellungen</translation>
    </message>
    <message>
        <source>%1, falling back to %2</source>
        <translation>%1, mit %2 als Ausweichweg</translation>
    </message>
    <message>
        <source>%1: no connector routes it from %2; default_transport (DNS) delivers it.</source>
        <translation>%1: Kein Connector leitet es von %2 weiter; default_transport (DNS) stellt es zu.</translation>
    </message>
    <message>
        <source>%1: no connector this server reaches names it, so the * entry routes it.</source>
        <translation>%1: Kein Connector, den dieser Server erreicht, nennt es; daher leitet es der Eintrag * weiter.</translation>
    </message>
    <message>
        <source>; %1 would be next but uses DNS, which a fallback relay cannot</source>
        <translation>; %1 käme als Nächstes, verwendet aber DNS, was ein Ausweich-Relay nicht kann</translation>
    </message>
    <message>
        <source>, then %1 as fallback relay</source>
        <translation>, danach %1 als Ausweich-Relay</translation>
    </message>
    <message>
        <source>; first to %1</source>
        <translation>; zuerst an %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3, cost %4)%5%6</source>
        <translation>%1: %2 (%3, Kosten %4)%5%6</translation>
    </message>
    <message>
        <source>The smart host set on %1: mail no connector routes goes there, as Exchange sends it.</source>
        <translation>Der Smarthost von %1: Nachrichten, die kein Connector weiterleitet, gehen dorthin, wie Exchange sie sendet.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 is not an Exchange server in the directory.</source>
        <translation>%1 ist kein Exchange-Server im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>properties::AddressSpaceDialog</name>
    <message>
        <source>Address Space Properties</source>
        <translation>Eigenschaften des Adressraums</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>For SMTP, type a domain such as contoso.com (its subdomains are included) or * for all domains. Lower costs are preferred; the cost is from 1 to 100.</source>
        <translation>Geben Sie für SMTP eine Domäne wie contoso.com (einschließlich ihrer Unterdomänen) oder * für alle Domänen ein. Niedrigere Kosten werden bevorzugt; die Kosten liegen zwischen 1 und 100.</translation>
    </message>
</context>
<context>
    <name>properties::BindingDialog</name>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>&amp;TCP port:</source>
        <translation>&amp;TCP-Port:</translation>
    </message>
</context>
<context>
    <name>properties::BridgeheadChooserDialog</name>
    <message>
        <source>Add Bridgehead</source>
        <translation>Bridgehead hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Select the SMTP virtual servers to add as local bridgeheads:</source>
        <translation>&amp;Virtuelle SMTP-Server, die als lokale Bridgeheads hinzugefügt werden sollen:</translation>
    </message>
    <message>
        <source>Every SMTP virtual server of this routing group is already a bridgehead.</source>
        <translation>Alle virtuellen SMTP-Server dieser Routinggruppe sind bereits Bridgeheads.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>properties::ConflictDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von einem anderen Benutzer geändert</translation>
    </message>
    <message>
        <source>“%1” was changed in the directory after you opened its properties. Choose Reload to see the current values and discard your changes, or Overwrite to save your values over the other changes.</source>
        <translation>„%1“ wurde im Verzeichnis geändert, nachdem Sie die Eigenschaften geöffnet haben. Wählen Sie „Neu laden“, um die aktuellen Werte anzuzeigen und Ihre Änderungen zu verwerfen, oder „Überschreiben“, um Ihre Werte anstelle der anderen Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Now in the directory</source>
        <translation>Jetzt im Verzeichnis</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>The attributes you changed hold the values you started from again. Overwrite saves your changes.</source>
        <translation>Die von Ihnen geänderten Attribute haben wieder ihre Ausgangswerte. „Überschreiben“ speichert Ihre Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation>Smarthosts</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Local bridgeheads</source>
        <translation>Lokale Bridgeheads</translation>
    </message>
    <message>
        <source>Message size limit (KB)</source>
        <translation>Größenbeschränkung für Nachrichten (KB)</translation>
    </message>
    <message>
        <source>Outbound options</source>
        <translation>Optionen für ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IP addresses and ports</source>
        <translation>IP-Adressen und Ports</translation>
    </message>
    <message>
        <source>Fully qualified domain name</source>
        <translation>Vollqualifizierter Domänenname</translation>
    </message>
    <message>
        <source>Message size limit</source>
        <translation>Größenbeschränkung für Nachrichten</translation>
    </message>
    <message>
        <source>Recipients per message</source>
        <translation>Empfänger pro Nachricht</translation>
    </message>
    <message>
        <source>Outbound TCP port</source>
        <translation>Ausgehender TCP-Port</translation>
    </message>
    <message>
        <source>Smart host use</source>
        <translation>Verwendung des Smarthosts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>properties::ConnectedRoutingGroupDialog</name>
    <message>
        <source>Modify Connected Routing Group</source>
        <translation>Verbundene Routinggruppe ändern</translation>
    </message>
    <message>
        <source>Add Connected Routing Group</source>
        <translation>Verbundene Routinggruppe hinzufügen</translation>
    </message>
    <message>
        <source>From 1 to 100. Routing prefers the route with the lowest total cost.</source>
        <translation>Von 1 bis 100. Das Routing bevorzugt den Weg mit den niedrigsten Gesamtkosten.</translation>
    </message>
    <message>
        <source>&amp;Routing group:</source>
        <translation>&amp;Routinggruppe:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>Every other routing group is on the list already.</source>
        <translation>Alle anderen Routinggruppen stehen bereits auf der Liste.</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorAddressSpaceTab</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Entire &amp;organization</source>
        <translation>&amp;Gesamte Organisation</translation>
    </message>
    <message>
        <source>Routing &amp;group</source>
        <translation>&amp;Routinggruppe</translation>
    </message>
    <message>
        <source>Mail to these addresses is sent through this connector; lower costs are preferred.</source>
        <translation>E-Mail an diese Adressen wird über diesen Connector gesendet; niedrigere Kosten werden bevorzugt.</translation>
    </message>
    <message>
        <source>Connector scope</source>
        <translation>Connectorbereich</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>This value is kept as it is. Edit it to replace it.</source>
        <translation>Dieser Wert wird unverändert beibehalten. Bearbeiten Sie ihn, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>“%1” is not valid: %2</source>
        <translation>„%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>(ungültig)</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorAdvancedTab</name>
    <message>
        <source>Send &amp;HELO instead of EHLO</source>
        <translation>&amp;HELO statt EHLO senden</translation>
    </message>
    <message>
        <source>Only for old mail servers that do not understand EHLO; HELO rules out TLS and other SMTP extensions.</source>
        <translation>Nur für alte Mailserver, die EHLO nicht verstehen; mit HELO sind TLS und andere SMTP-Erweiterungen ausgeschlossen.</translation>
    </message>
    <message>
        <source>Outbound connections</source>
        <translation>Ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Request ETRN/TURN when sending messages</source>
        <translation>Beim Senden von Nachrichten ETRN/TURN &amp;anfordern</translation>
    </message>
    <message>
        <source>After sending, asks the remote server to send the mail it holds for the domains below (ETRN).</source>
        <translation>Bittet den entfernten Server nach dem Senden, die Mail zu senden, die er für die unten stehenden Domänen bereithält (ETRN).</translation>
    </message>
    <message>
        <source>example.com; branch.example.com</source>
        <translation>example.com; branch.example.com</translation>
    </message>
    <message>
        <source>The domains whose queued mail is asked for, separated by semicolons.</source>
        <translation>Die Domänen, deren Mail in der Warteschlange angefordert wird, durch Semikolons getrennt.</translation>
    </message>
    <message>
        <source>the smart host</source>
        <translation>der Smarthost</translation>
    </message>
    <message>
        <source>Ask this server instead of the smart host: a host name or an IP address in square brackets.</source>
        <translation>Diesen Server statt des Smarthosts fragen: ein Hostname oder eine IP-Adresse in eckigen Klammern.</translation>
    </message>
    <message>
        <source>Queued mail at the remote server</source>
        <translation>Mail in der Warteschlange des entfernten Servers</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domänen:</translation>
    </message>
    <message>
        <source>From &amp;server:</source>
        <translation>Vom &amp;Server:</translation>
    </message>
    <message>
        <source>Enter at least one domain whose queued mail the remote server should send.</source>
        <translation>Geben Sie mindestens eine Domäne ein, deren Mail in der Warteschlange der entfernte Server senden soll.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorConnectedRoutingGroupsTab</name>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Routing groups this connector carries mail to, with the cost routing adds for the hop.</source>
        <translation>Routinggruppen, zu denen dieser Connector Mail befördert, mit den Kosten, die das Routing für diesen Schritt hinzurechnet.</translation>
    </message>
    <message>
        <source>Leave the list empty for a connector to the Internet. For a connector that links routing groups, list the routing groups it reaches.</source>
        <translation>Lassen Sie die Liste für einen Connector ins Internet leer. Für einen Connector, der Routinggruppen verbindet, führen Sie die Routinggruppen auf, die er erreicht.</translation>
    </message>
    <message>
        <source>Connected Routing Groups</source>
        <translation>Verbundene Routinggruppen</translation>
    </message>
    <message>
        <source>%1 (not found in this organization)</source>
        <translation>%1 (in dieser Organisation nicht gefunden)</translation>
    </message>
    <message>
        <source>(cannot be read) %1</source>
        <translation>(nicht lesbar) %1</translation>
    </message>
    <message>
        <source>Add Connected Routing Group</source>
        <translation>Verbundene Routinggruppe hinzufügen</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorContentRestrictionsTab</name>
    <message>
        <source>&amp;Limit message size to (KB):</source>
        <translation>Nachrichtengröße &amp;begrenzen auf (KB):</translation>
    </message>
    <message>
        <source>Larger messages are not sent through this connector; routing looks for another route or returns them to the sender.</source>
        <translation>Größere Nachrichten werden nicht über diesen Connector gesendet; das Routing sucht eine andere Route oder sendet sie an den Absender zurück.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
    <message>
        <source>Content Restrictions</source>
        <translation>Inhaltsbeschränkungen</translation>
    </message>
    <message>
        <source>The largest message, in KB, that this connector sends: from 1 to 2,097,151 KB. Larger messages look for another route or go back to the sender.</source>
        <translation>Die größte Nachricht in KB, die dieser Connector sendet: von 1 bis 2.097.151 KB. Größere Nachrichten suchen einen anderen Weg oder gehen an den Absender zurück.</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorDeliveryOptionsTab</name>
    <message>
        <source>Use &amp;different delivery times for oversize messages</source>
        <translation>Für übergroße Nachrichten &amp;andere Übermittlungszeiten verwenden</translation>
    </message>
    <message>
        <source>Sends large messages only at the times chosen below, for example at night, and the others at the connection times above.</source>
        <translation>Sendet große Nachrichten nur zu den unten gewählten Zeiten, etwa nachts, und die übrigen zu den oben gewählten Verbindungszeiten.</translation>
    </message>
    <message>
        <source>Messages larger than this, in KB (1 to 2,097,151), are oversize.</source>
        <translation>Nachrichten, die größer sind als dieser Wert in KB (1 bis 2.097.151), sind übergroß.</translation>
    </message>
    <message>
        <source>Specify when messages are sent through this connector</source>
        <translation>Legen Sie fest, wann Nachrichten über diesen Connector gesendet werden</translation>
    </message>
    <message>
        <source>Connection &amp;time:</source>
        <translation>Verbindungs&amp;zeit:</translation>
    </message>
    <message>
        <source>Oversize messages</source>
        <translation>Übergroße Nachrichten</translation>
    </message>
    <message>
        <source>Oversize messages are &amp;greater than (KB):</source>
        <translation>Übergroße Nachrichten sind &amp;größer als (KB):</translation>
    </message>
    <message>
        <source>Connection t&amp;ime:</source>
        <translation>Verbindungsz&amp;eit:</translation>
    </message>
    <message>
        <source>Delivery Options</source>
        <translation>Übermittlungsoptionen</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorDeliveryRestrictionsTab</name>
    <message>
        <source>&amp;Accepted</source>
        <translation>&amp;Angenommen</translation>
    </message>
    <message>
        <source>&amp;Rejected</source>
        <translation>Abge&amp;lehnt</translation>
    </message>
    <message>
        <source>Messages from every sender go through this connector, except from the senders on the reject list.</source>
        <translation>Nachrichten aller Absender gehen über diesen Connector, außer von den Absendern auf der Ablehnungsliste.</translation>
    </message>
    <message>
        <source>Messages go through this connector only from the senders on the accept list.</source>
        <translation>Über diesen Connector gehen nur Nachrichten der Absender auf der Annahmeliste.</translation>
    </message>
    <message>
        <source>Accept messages from</source>
        <translation>Nachrichten annehmen von</translation>
    </message>
    <message>
        <source>Reject messages from</source>
        <translation>Nachrichten ablehnen von</translation>
    </message>
    <message>
        <source>Senders, by distinguished name, whose messages this connector always takes.</source>
        <translation>Absender (nach Distinguished Name), deren Nachrichten dieser Connector immer annimmt.</translation>
    </message>
    <message>
        <source>Senders, by distinguished name, whose messages this connector never takes.</source>
        <translation>Absender (nach Distinguished Name), deren Nachrichten dieser Connector nie annimmt.</translation>
    </message>
    <message>
        <source>This sender is on the reject list; remove it there first.</source>
        <translation>Dieser Absender steht auf der Ablehnungsliste; entfernen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>This sender is on the accept list; remove it there first.</source>
        <translation>Dieser Absender steht auf der Annahmeliste; entfernen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>By default, messages from everyone are:</source>
        <translation>Standardmäßig werden Nachrichten von allen:</translation>
    </message>
    <message>
        <source>Restrictions are checked on the bridgehead servers for the senders of messages; other mail takes another route or goes back to the sender.</source>
        <translation>Die Beschränkungen werden auf den Bridgehead-Servern für die Absender der Nachrichten geprüft; andere Mail nimmt einen anderen Weg oder geht an den Absender zurück.</translation>
    </message>
    <message>
        <source>Delivery Restrictions</source>
        <translation>Übermittlungsbeschränkungen</translation>
    </message>
    <message>
        <source>%1 is on both lists. Remove it from one of them.</source>
        <translation>%1 steht auf beiden Listen. Entfernen Sie ihn von einer der beiden.</translation>
    </message>
    <message>
        <source>With messages rejected by default, list the senders to accept; otherwise no mail goes through this connector.</source>
        <translation>Wenn Nachrichten standardmäßig abgelehnt werden, führen Sie die anzunehmenden Absender auf; sonst geht keine Mail über diesen Connector.</translation>
    </message>
</context>
<context>
    <name>properties::ConnectorGeneralTab</name>
    <message>
        <source>&amp;Use DNS to route to each address space</source>
        <translation>&amp;DNS zum Routen an jeden Adressraum verwenden</translation>
    </message>
    <message>
        <source>&amp;Forward all mail through this connector to the following smart hosts</source>
        <translation>&amp;Sämtliche E-Mail über diesen Connector an folgende Smarthosts weiterleiten</translation>
    </message>
    <message>
        <source>relay.example.net;[192.0.2.10]</source>
        <translation>relay.example.net;[192.0.2.10]</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Virtual server</source>
        <translation>Virtueller Server</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Local bridgeheads</source>
        <translation>Lokale Bridgeheads</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>(not a virtual server of this routing group)</source>
        <translation>(kein virtueller Server dieser Routinggruppe)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>To change the name, close this sheet and use Action › Rename (F2).</source>
        <translation>Um den Namen zu ändern, schließen Sie dieses Fenster und verwenden Sie Aktion › Umbenennen (F2).</translation>
    </message>
</context>
<context>
    <name>properties::DetailsTab</name>
    <message>
        <source>A note for administrators, kept with the object in the directory (adminDescription). Mail flow does not read it.</source>
        <translation>Eine Notiz für Administratoren, die mit dem Objekt im Verzeichnis gespeichert wird (adminDescription). Der Mailfluss liest sie nicht.</translation>
    </message>
    <message>
        <source>The object&apos;s name in the directory. Rename the object to change it.</source>
        <translation>Der Name des Objekts im Verzeichnis. Benennen Sie das Objekt um, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>The directory classes of the object.</source>
        <translation>Die Verzeichnisklassen des Objekts.</translation>
    </message>
    <message>
        <source>Administrative &amp;note:</source>
        <translation>Verwaltungs&amp;notiz:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Distinguished name:</source>
        <translation>Distinguished Name:</translation>
    </message>
    <message>
        <source>Object class:</source>
        <translation>Objektklasse:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>The note has %1 characters; it may have at most %2.</source>
        <translation>Die Notiz hat %1 Zeichen; sie darf höchstens %2 haben.</translation>
    </message>
</context>
<context>
    <name>properties::DnEntryDialog</name>
    <message>
        <source>CN=Partner Relay,OU=Contacts,DC=example,DC=com</source>
        <translation>CN=Partner Relay,OU=Contacts,DC=example,DC=com</translation>
    </message>
    <message>
        <source>&amp;Distinguished name of the sender (a user, contact or group):</source>
        <translation>&amp;Distinguished Name des Absenders (ein Benutzer, Kontakt oder eine Gruppe):</translation>
    </message>
</context>
<context>
    <name>properties::DnListBox</name>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Enter the distinguished name of a sender, such as CN=Partner Relay,OU=Contacts,DC=example,DC=com.</source>
        <translation>Geben Sie den Distinguished Name eines Absenders ein, zum Beispiel CN=Partner Relay,OU=Contacts,DC=example,DC=com.</translation>
    </message>
    <message>
        <source>“%1” is not a distinguished name (attribute=value pairs separated by commas).</source>
        <translation>„%1“ ist kein Distinguished Name (durch Kommas getrennte Paare Attribut=Wert).</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
</context>
<context>
    <name>properties::DurationField</name>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Enter a number from 1 to %L1 %2.</source>
        <translation>Geben Sie eine Zahl von 1 bis %L1 %2 ein.</translation>
    </message>
</context>
<context>
    <name>properties::GenericTab</name>
    <message numerus="yes">
        <source>(binary, %n byte(s))</source>
        <translation>
            <numerusform>(binär, %n Byte)</numerusform>
            <numerusform>(binär, %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>properties::IpAccessEntryDialog</name>
    <message>
        <source>&amp;Single computer</source>
        <translation>&amp;Einzelner Computer</translation>
    </message>
    <message>
        <source>&amp;Group of computers</source>
        <translation>&amp;Gruppe von Computern</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>192.0.2.10</source>
        <translation>192.0.2.10</translation>
    </message>
    <message>
        <source>255.255.255.0</source>
        <translation>255.255.255.0</translation>
    </message>
    <message>
        <source>IP &amp;address:</source>
        <translation>IP-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Subnet &amp;mask:</source>
        <translation>Sub&amp;netzmaske:</translation>
    </message>
    <message>
        <source>Enter the subnet mask of the group, such as 255.255.255.0.</source>
        <translation>Geben Sie die Subnetzmaske der Gruppe ein, zum Beispiel 255.255.255.0.</translation>
    </message>
</context>
<context>
    <name>properties::IpAccessListBox</name>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>%1 (subnet mask %2)</source>
        <translation>%1 (Subnetzmaske %2)</translation>
    </message>
</context>
<context>
    <name>properties::ObjectGeneralTab</name>
    <message>
        <source>Operation mode:</source>
        <translation>Betriebsmodus:</translation>
    </message>
    <message>
        <source>Mixed mode keeps Exchange 5.5 servers working with the organization; native mode allows routing groups that span administrative groups.</source>
        <translation>Der gemischte Modus hält Exchange 5.5-Server in der Organisation funktionsfähig; der einheitliche Modus erlaubt Routinggruppen über administrative Gruppen hinweg.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>To change the name, close this sheet and use Action › Rename (F2).</source>
        <translation>Um den Namen zu ändern, schließen Sie dieses Fenster und verwenden Sie Aktion › Umbenennen (F2).</translation>
    </message>
    <message>
        <source>This container&apos;s name is fixed.</source>
        <translation>Der Name dieses Containers ist fest.</translation>
    </message>
    <message>
        <source>Native mode</source>
        <translation>Einheitlicher Modus</translation>
    </message>
    <message>
        <source>Mixed mode</source>
        <translation>Gemischter Modus</translation>
    </message>
    <message numerus="yes">
        <source>%n administrative group(s)</source>
        <translation>
            <numerusform>%n administrative Gruppe</numerusform>
            <numerusform>%n administrative Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP virtual server(s)</source>
        <translation>
            <numerusform>%n virtueller SMTP-Server</numerusform>
            <numerusform>%n virtuelle SMTP-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing group(s)</source>
        <translation>
            <numerusform>%n Routinggruppe</numerusform>
            <numerusform>%n Routinggruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP connector(s)</source>
        <translation>
            <numerusform>%n SMTP-Connector</numerusform>
            <numerusform>%n SMTP-Connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing group connector(s)</source>
        <translation>
            <numerusform>%n Routinggruppenconnector</numerusform>
            <numerusform>%n Routinggruppenconnectors</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
</context>
<context>
    <name>properties::OutboundSecurityBox</name>
    <message>
        <source>Outbound security</source>
        <translation>Ausgehende Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Anonymous access</source>
        <translation>&amp;Anonymer Zugriff</translation>
    </message>
    <message>
        <source>&amp;Basic authentication (password sent in clear text)</source>
        <translation>&amp;Standardauthentifizierung (Kennwort wird im Klartext gesendet)</translation>
    </message>
    <message>
        <source>&amp;Integrated Windows authentication</source>
        <translation>&amp;Integrierte Windows-Authentifizierung</translation>
    </message>
    <message>
        <source>Connects to the remote server without authenticating.</source>
        <translation>Verbindet sich ohne Authentifizierung mit dem entfernten Server.</translation>
    </message>
    <message>
        <source>Authenticates with an account name and password, sent unencrypted unless TLS is on as well.</source>
        <translation>Authentifiziert sich mit Kontoname und Kennwort, unverschlüsselt gesendet, sofern nicht auch TLS eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Authenticates with a Windows account (NTLM or Kerberos).</source>
        <translation>Authentifiziert sich mit einem Windows-Konto (NTLM oder Kerberos).</translation>
    </message>
    <message>
        <source>The account the remote server knows, such as DOMAIN\relay or relay@example.com.</source>
        <translation>Das Konto, das der entfernte Server kennt, zum Beispiel DOMÄNE\relay oder relay@example.com.</translation>
    </message>
    <message>
        <source>Stored in the directory with the object, as Exchange stores it; anyone who may read the object may read it.</source>
        <translation>Wird wie bei Exchange mit dem Objekt im Verzeichnis gespeichert; wer das Objekt lesen darf, kann es lesen.</translation>
    </message>
    <message>
        <source>&amp;TLS encryption (mail waits when the remote server does not offer it)</source>
        <translation>&amp;TLS-Verschlüsselung (Mail wartet, wenn der entfernte Server sie nicht anbietet)</translation>
    </message>
    <message>
        <source>Requires TLS for outbound connections. Mail waits in the queue when the remote server does not offer TLS.</source>
        <translation>Verlangt TLS für ausgehende Verbindungen. Mail wartet in der Warteschlange, wenn der entfernte Server kein TLS anbietet.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
</context>
<context>
    <name>properties::PropertySheet</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>%1 is no longer in the directory.</source>
        <translation>%1 ist nicht mehr im Verzeichnis vorhanden.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>The connection to the directory was closed. Nothing was saved.</source>
        <translation>Die Verbindung mit dem Verzeichnis wurde geschlossen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>Die aktuellen Werte werden gelesen…</translation>
    </message>
    <message>
        <source>%1 is no longer in the directory. Nothing was saved.</source>
        <translation>%1 ist nicht mehr im Verzeichnis vorhanden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The changes could not be saved.

%1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
</context>
<context>
    <name>properties::RoutingGroupConnectorGeneralTab</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>To change the name, close this sheet and use Action › Rename (F2).</source>
        <translation>Um den Namen zu ändern, schließen Sie dieses Fenster und verwenden Sie Aktion › Umbenennen (F2).</translation>
    </message>
    <message>
        <source>From 1 to 100. Routing prefers the route with the lowest total cost.</source>
        <translation>Von 1 bis 100. Das Routing bevorzugt den Weg mit den niedrigsten Gesamtkosten.</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Connects to routing group:</source>
        <translation>Verbindet mit Routinggruppe:</translation>
    </message>
    <message>
        <source>Local bridgeheads:</source>
        <translation>Lokale Bridgeheads:</translation>
    </message>
    <message>
        <source>Remote bridgeheads:</source>
        <translation>Entfernte Bridgeheads:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>(any server in the routing group)</source>
        <translation>(beliebiger Server der Routinggruppe)</translation>
    </message>
    <message>
        <source>(any server in the remote routing group)</source>
        <translation>(beliebiger Server der entfernten Routinggruppe)</translation>
    </message>
</context>
<context>
    <name>properties::RoutingGroupGeneralTab</name>
    <message>
        <source>To change the name, close this sheet and use Action › Rename (F2).</source>
        <translation>Um den Namen zu ändern, schließen Sie dieses Fenster und verwenden Sie Aktion › Umbenennen (F2).</translation>
    </message>
    <message>
        <source>The member server that keeps the routing state of this group. Every routing group with members needs one; the Exchange Server Analyzer warns when it names no valid server.</source>
        <translation>Der Mitgliedsserver, der den Routingstatus dieser Gruppe führt. Jede Routinggruppe mit Mitgliedern braucht einen; der Exchange Server Analyzer warnt, wenn er keinen gültigen Server nennt.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Routing group &amp;master:</source>
        <translation>Routinggruppen&amp;master:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Members (servers whose home routing group this is):</source>
        <translation>Mitglieder (Server, deren Heimatroutinggruppe dies ist):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (not a member)</source>
        <translation>%1 (kein Mitglied)</translation>
    </message>
    <message>
        <source>The stored master is not a member of this routing group; choose one of the members.</source>
        <translation>Der gespeicherte Master ist kein Mitglied dieser Routinggruppe; wählen Sie eines der Mitglieder.</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Choose the routing group master; a routing group with members needs one.</source>
        <translation>Wählen Sie den Routinggruppenmaster; eine Routinggruppe mit Mitgliedern braucht einen.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>properties::ScheduleChooser</name>
    <message>
        <source>C&amp;ustomize…</source>
        <translation>&amp;Anpassen…</translation>
    </message>
    <message>
        <source>Always run</source>
        <translation>Immer ausführen</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausführen</translation>
    </message>
    <message>
        <source>Run daily at 11:00 PM</source>
        <translation>Täglich um 23:00 Uhr ausführen</translation>
    </message>
    <message>
        <source>Run every hour</source>
        <translation>Jede Stunde ausführen</translation>
    </message>
    <message>
        <source>Run every 2 hours</source>
        <translation>Alle 2 Stunden ausführen</translation>
    </message>
    <message>
        <source>Run every 4 hours</source>
        <translation>Alle 4 Stunden ausführen</translation>
    </message>
    <message>
        <source>Use custom schedule</source>
        <translation>Benutzerdefinierten Zeitplan verwenden</translation>
    </message>
    <message>
        <source>When the connector may open connections. Mail for its address spaces waits in the queue at other times.</source>
        <translation>Wann der Connector Verbindungen öffnen darf. Zu anderen Zeiten wartet Mail für seine Adressräume in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 Choose a connection time to replace it.</source>
        <translation>%1 Wählen Sie eine Verbindungszeit, die ihn ersetzt.</translation>
    </message>
</context>
<context>
    <name>properties::ScheduleDialog</name>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;Stunde</translation>
    </message>
    <message>
        <source>15 &amp;minutes</source>
        <translation>15 &amp;Minuten</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Detail view:</source>
        <translation>Detailansicht:</translation>
    </message>
    <message>
        <source>The connector connects during the times shown dark. Click or drag to change them. Times are as stored in the directory, without a time zone.</source>
        <translation>Der Connector verbindet sich während der dunkel dargestellten Zeiten. Klicken oder ziehen Sie, um sie zu ändern. Die Zeiten sind wie im Verzeichnis gespeichert, ohne Zeitzone.</translation>
    </message>
</context>
<context>
    <name>properties::ScheduleGrid</name>
    <message>
        <source>Click or drag over the hours to switch them on (dark) or off. The connector connects during the hours that are on.</source>
        <translation>Klicken oder ziehen Sie über die Stunden, um sie ein- (dunkel) oder auszuschalten. Der Connector verbindet sich während der eingeschalteten Stunden.</translation>
    </message>
</context>
<context>
    <name>properties::ServerGeneralTab</name>
    <message>
        <source>An Exchange server keeps the name it was installed with.</source>
        <translation>Ein Exchange-Server behält den Namen, mit dem er installiert wurde.</translation>
    </message>
    <message>
        <source>The routing group master keeps the routing state of its group and passes it to the other members.</source>
        <translation>Der Routinggruppenmaster führt den Routingstatus seiner Gruppe und gibt ihn an die anderen Mitglieder weiter.</translation>
    </message>
    <message>
        <source>SMTP virtual server</source>
        <translation>Virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>IP address and port</source>
        <translation>IP-Adresse und Port</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>DNS name:</source>
        <translation>DNS-Name:</translation>
    </message>
    <message>
        <source>Routing group:</source>
        <translation>Routinggruppe:</translation>
    </message>
    <message>
        <source>Role in the routing group:</source>
        <translation>Rolle in der Routinggruppe:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>(no routing group)</source>
        <translation>(keine Routinggruppe)</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerAccessTab</name>
    <message>
        <source>&amp;Anonymous access</source>
        <translation>&amp;Anonymer Zugriff</translation>
    </message>
    <message>
        <source>Other mail servers connect without authenticating. Needed to receive mail from the Internet.</source>
        <translation>Andere Mailserver verbinden sich ohne Authentifizierung. Nötig, um Mail aus dem Internet zu empfangen.</translation>
    </message>
    <message>
        <source>&amp;Basic authentication (password sent in clear text)</source>
        <translation>&amp;Standardauthentifizierung (Kennwort wird im Klartext gesendet)</translation>
    </message>
    <message>
        <source>Clients authenticate with a name and password, unencrypted unless they use TLS. The Exchange Server Analyzer warns about this on servers that are not Small Business Servers.</source>
        <translation>Clients authentifizieren sich mit Name und Kennwort, unverschlüsselt, sofern sie nicht TLS verwenden. Der Exchange Server Analyzer warnt davor auf Servern, die keine Small Business Server sind.</translation>
    </message>
    <message>
        <source>&amp;Integrated Windows authentication</source>
        <translation>&amp;Integrierte Windows-Authentifizierung</translation>
    </message>
    <message>
        <source>Clients authenticate with their Windows account (NTLM or Kerberos).</source>
        <translation>Clients authentifizieren sich mit ihrem Windows-Konto (NTLM oder Kerberos).</translation>
    </message>
    <message>
        <source>Connection control</source>
        <translation>Verbindungssteuerung</translation>
    </message>
    <message>
        <source>&amp;Only the list below</source>
        <translation>&amp;Nur die unten stehende Liste</translation>
    </message>
    <message>
        <source>All e&amp;xcept the list below</source>
        <translation>Alle a&amp;ußer der unten stehenden Liste</translation>
    </message>
    <message>
        <source>Which computers may connect to this virtual server.</source>
        <translation>Welche Computer sich mit diesem virtuellen Server verbinden dürfen.</translation>
    </message>
    <message>
        <source>Relay restrictions</source>
        <translation>Relaybeschränkungen</translation>
    </message>
    <message>
        <source>O&amp;nly the list below</source>
        <translation>N&amp;ur die unten stehende Liste</translation>
    </message>
    <message>
        <source>All exc&amp;ept the list below</source>
        <translation>Alle auße&amp;r der unten stehenden Liste</translation>
    </message>
    <message>
        <source>Which computers may send mail through this virtual server to other domains. “All except the list below” with an empty list makes an open relay.</source>
        <translation>Welche Computer über diesen virtuellen Server Mail an andere Domänen senden dürfen. „Alle außer der unten stehenden Liste“ mit leerer Liste ergibt ein offenes Relay.</translation>
    </message>
    <message>
        <source>Allow all computers which successfully authenticate to &amp;relay, regardless of the list</source>
        <translation>Allen Computern, die sich erfolgreich authentifizieren, das &amp;Relay erlauben, unabhängig von der Liste</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Choose at least one way for clients to connect; with none, nobody can send mail to this virtual server.</source>
        <translation>Wählen Sie mindestens eine Art, wie sich Clients verbinden; ohne eine kann niemand Mail an diesen virtuellen Server senden.</translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerDeliveryTab</name>
    <message>
        <source>none: deliver with DNS</source>
        <translation>keiner: Zustellung über DNS</translation>
    </message>
    <message>
        <source>Outbound &amp;TCP port:</source>
        <translation>Ausgehender &amp;TCP-Port:</translation>
    </message>
    <message>
        <source>Outbound connections</source>
        <translation>Ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Smart host:</source>
        <translation>&amp;Smarthost:</translation>
    </message>
    <message>
        <source>Host names and IP addresses in square brackets, separated by semicolons, for example relay.example.net;[192.0.2.10].</source>
        <translation>Hostnamen und IP-Adressen in eckigen Klammern, durch Semikolons getrennt, zum Beispiel relay.example.net;[192.0.2.10].</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; set smart hosts on an SMTP connector instead. A smart host on the virtual server applies to all mail it sends, including mail that a connector routes elsewhere.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Legen Sie Smarthosts besser an einem SMTP-Connector fest. Ein Smarthost am virtuellen Server gilt für sämtliche E-Mail, die dieser sendet, auch für E-Mail, die ein Connector an ein anderes Ziel routet.</translation>
    </message>
    <message>
        <source>Advanced delivery</source>
        <translation>Erweiterte Übermittlung</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>&amp;First retry interval (minutes):</source>
        <translation>&amp;Erstes Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <source>Se&amp;cond retry interval (minutes):</source>
        <translation>&amp;Zweites Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <source>T&amp;hird retry interval (minutes):</source>
        <translation>&amp;Drittes Wiederholungsintervall (Minuten):</translation>
    </message>
    <message>
        <source>Su&amp;bsequent retry interval (minutes):</source>
        <translation>&amp;Weitere Wiederholungsintervalle (Minuten):</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>How long to wait before trying a remote server again after a failed delivery, in minutes (1 to 9,999).</source>
        <translation>Wie lange nach einer fehlgeschlagenen Übermittlung gewartet wird, bevor ein entfernter Server erneut versucht wird, in Minuten (1 bis 9.999).</translation>
    </message>
    <message>
        <source>When the sender is told that a message for a local mailbox is delayed.</source>
        <translation>Wann der Absender erfährt, dass eine Nachricht an ein lokales Postfach verzögert ist.</translation>
    </message>
    <message>
        <source>When a message for a local mailbox is given up and returned.</source>
        <translation>Wann eine Nachricht an ein lokales Postfach aufgegeben und zurückgesendet wird.</translation>
    </message>
    <message>
        <source>When the sender is told that a message to a remote server is delayed.</source>
        <translation>Wann der Absender erfährt, dass eine Nachricht an einen entfernten Server verzögert ist.</translation>
    </message>
    <message>
        <source>When a message to a remote server is given up and returned.</source>
        <translation>Wann eine Nachricht an einen entfernten Server aufgegeben und zurückgesendet wird.</translation>
    </message>
    <message>
        <source>Notification and expiration</source>
        <translation>Benachrichtigung und Ablauf</translation>
    </message>
    <message>
        <source>Local delay notification:</source>
        <translation>Lokale Verzögerungsbenachrichtigung:</translation>
    </message>
    <message>
        <source>Local expiration timeout:</source>
        <translation>Lokales Ablaufzeitlimit:</translation>
    </message>
    <message>
        <source>Remote delay notification:</source>
        <translation>Entfernte Verzögerungsbenachrichtigung:</translation>
    </message>
    <message>
        <source>Remote expiration timeout:</source>
        <translation>Entferntes Ablaufzeitlimit:</translation>
    </message>
    <message>
        <source>At most this many outbound connections at once (1 to 1,999,999,999).</source>
        <translation>Höchstens so viele ausgehende Verbindungen gleichzeitig (1 bis 1.999.999.999).</translation>
    </message>
    <message>
        <source>At most this many outbound connections to one remote domain at once.</source>
        <translation>Höchstens so viele ausgehende Verbindungen gleichzeitig zu einer entfernten Domäne.</translation>
    </message>
    <message>
        <source>How long an idle outbound connection stays open, in minutes (1 to 9,999).</source>
        <translation>Wie lange eine untätige ausgehende Verbindung offen bleibt, in Minuten (1 bis 9.999).</translation>
    </message>
    <message>
        <source>The TCP port remote servers are reached on; 25 for SMTP. The Exchange Server Analyzer warns about any other.</source>
        <translation>Der TCP-Port, über den entfernte Server erreicht werden; 25 für SMTP. Der Exchange Server Analyzer warnt vor jedem anderen.</translation>
    </message>
    <message>
        <source>&amp;Limit connections to:</source>
        <translation>Verbindungen &amp;begrenzen auf:</translation>
    </message>
    <message>
        <source>Limit connections per &amp;domain to:</source>
        <translation>Verbindungen pro &amp;Domäne begrenzen auf:</translation>
    </message>
    <message>
        <source>&amp;Time-out (minutes):</source>
        <translation>&amp;Zeitlimit (Minuten):</translation>
    </message>
    <message>
        <source>A message that has passed this many servers is returned as a loop (10 to 256).</source>
        <translation>Eine Nachricht, die so viele Server durchlaufen hat, wird als Schleife zurückgesendet (10 bis 256).</translation>
    </message>
    <message>
        <source>&amp;Masquerade domain:</source>
        <translation>&amp;Maskierungsdomäne:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Replaces the domain of the sender in the MAIL FROM of messages sent from this virtual server.</source>
        <translation>Ersetzt die Domäne des Absenders im MAIL FROM der Nachrichten, die dieser virtuelle Server sendet.</translation>
    </message>
    <message>
        <source>Perform &amp;reverse DNS lookup on incoming messages</source>
        <translation>&amp;Reverse-DNS-Suche für eingehende Nachrichten durchführen</translation>
    </message>
    <message>
        <source>Looks up the name of each connecting computer; slows down receiving.</source>
        <translation>Sucht den Namen jedes verbindenden Computers; verlangsamt den Empfang.</translation>
    </message>
    <message>
        <source>Maximum &amp;hop count:</source>
        <translation>Maximale &amp;Hopanzahl:</translation>
    </message>
    <message>
        <source>%1 Exchange&apos;s defaults are shown; the stored value stays unless you change one.</source>
        <translation>%1 Die Exchange-Standardwerte werden angezeigt; der gespeicherte Wert bleibt, solange Sie keinen ändern.</translation>
    </message>
    <message>
        <source>The connections to one domain cannot be more than all connections (%L1).</source>
        <translation>Die Verbindungen zu einer Domäne können nicht mehr sein als alle Verbindungen (%L1).</translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerGeneralTab</name>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>the server&apos;s own DNS name</source>
        <translation>der DNS-Name des Servers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>IP addresses and ports this virtual server listens on</source>
        <translation>IP-Adressen und Ports, an denen dieser virtuelle Server lauscht</translation>
    </message>
    <message>
        <source>&amp;Fully qualified domain name:</source>
        <translation>&amp;Vollqualifizierter Domänenname:</translation>
    </message>
    <message>
        <source>Announced in HELO and EHLO. Leave it empty to use the server&apos;s DNS name.</source>
        <translation>Wird in HELO und EHLO angekündigt. Lassen Sie das Feld leer, um den DNS-Namen des Servers zu verwenden.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>This value is kept as it is. Edit it to replace it with a valid binding.</source>
        <translation>Dieser Wert wird unverändert beibehalten. Bearbeiten Sie ihn, um ihn durch eine gültige IP-Adresse mit Port zu ersetzen.</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>&amp;TCP port:</source>
        <translation>&amp;TCP-Port:</translation>
    </message>
    <message>
        <source>IP address and port this virtual server listens on</source>
        <translation>IP-Adresse und Port, auf denen dieser virtuelle Server lauscht</translation>
    </message>
    <message>
        <source>Another virtual server of this server may not listen on the same address and port. (All Unassigned) takes the port on every address, so it shares that port with none.</source>
        <translation>Ein anderer virtueller Server dieses Servers darf nicht auf derselben Adresse und demselben Port empfangen. (Alle nicht zugewiesenen) belegt den Port auf jeder Adresse und teilt ihn daher mit keinem.</translation>
    </message>
    <message>
        <source>“%1” is not valid: %2</source>
        <translation>„%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>(ungültig)</translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerMessagesTab</name>
    <message>
        <source>&amp;Limit message size to (KB):</source>
        <translation>Nachrichtengröße &amp;begrenzen auf (KB):</translation>
    </message>
    <message>
        <source>Limit number of &amp;recipients per message to:</source>
        <translation>Anzahl der &amp;Empfänger pro Nachricht begrenzen auf:</translation>
    </message>
    <message>
        <source>Messages above the size limit and messages with more recipients are refused when they arrive at this virtual server.</source>
        <translation>Nachrichten über der Größenbeschränkung und Nachrichten mit mehr Empfängern werden abgelehnt, wenn sie bei diesem virtuellen Server eingehen.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Messages larger than this, in KB (1 to 2,097,151), are refused when they arrive.</source>
        <translation>Nachrichten, die größer sind als dieser Wert in KB (1 bis 2.097.151), werden beim Eintreffen abgewiesen.</translation>
    </message>
    <message>
        <source>Limit &amp;session size to (KB):</source>
        <translation>&amp;Sitzungsgröße begrenzen auf (KB):</translation>
    </message>
    <message>
        <source>The most a client may send in one connection, in KB (1 to 2,097,151).</source>
        <translation>Das Höchste, was ein Client in einer Verbindung senden darf, in KB (1 bis 2.097.151).</translation>
    </message>
    <message>
        <source>Limit number of &amp;messages per connection to:</source>
        <translation>Anzahl der &amp;Nachrichten pro Verbindung begrenzen auf:</translation>
    </message>
    <message>
        <source>After this many messages the virtual server opens another connection to the same remote server.</source>
        <translation>Nach so vielen Nachrichten öffnet der virtuelle Server eine weitere Verbindung zum selben entfernten Server.</translation>
    </message>
    <message>
        <source>Recipients beyond this number are refused. The Exchange Server Analyzer warns below 250.</source>
        <translation>Empfänger über diese Anzahl hinaus werden abgewiesen. Der Exchange Server Analyzer warnt unter 250.</translation>
    </message>
    <message>
        <source>postmaster@example.com</source>
        <translation>postmaster@example.com</translation>
    </message>
    <message>
        <source>A copy of every non-delivery report goes to this address. Leave it empty for none.</source>
        <translation>Eine Kopie jedes Unzustellbarkeitsberichts geht an diese Adresse. Leer lassen für keine.</translation>
    </message>
    <message>
        <source>C:\Program Files\Exchsrvr\Mailroot\vsi 1\BadMail</source>
        <translation>C:\Program Files\Exchsrvr\Mailroot\vsi 1\BadMail</translation>
    </message>
    <message>
        <source>Where messages that cannot be delivered or returned are kept, on the server itself.</source>
        <translation>Wo Nachrichten, die weder zugestellt noch zurückgesendet werden können, auf dem Server selbst aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Send copy of &amp;non-delivery report to:</source>
        <translation>Kopie des &amp;Unzustellbarkeitsberichts senden an:</translation>
    </message>
    <message>
        <source>&amp;Badmail directory:</source>
        <translation>&amp;Badmail-Verzeichnis:</translation>
    </message>
    <message>
        <source>The path has %1 characters; Windows paths have at most %2.</source>
        <translation>Der Pfad hat %1 Zeichen; Windows-Pfade haben höchstens %2.</translation>
    </message>
    <message>
        <source>The path contains “%1”, which a Windows path may not.</source>
        <translation>Der Pfad enthält „%1“, was in einem Windows-Pfad nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>Enter the badmail directory; the virtual server needs one.</source>
        <translation>Geben Sie das Badmail-Verzeichnis ein; der virtuelle Server braucht eines.</translation>
    </message>
</context>
<context>
    <name>queues::ActionResult</name>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Delete (no NDR)</source>
        <translation>Löschen (ohne Unzustellbarkeitsbericht)</translation>
    </message>
    <message>
        <source>Delete (send NDR)</source>
        <translation>Löschen (Unzustellbarkeitsbericht senden)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) frozen</source>
        <translation>
            <numerusform>%n Nachricht eingefroren</numerusform>
            <numerusform>%n Nachrichten eingefroren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unfrozen</source>
        <translation>
            <numerusform>%n Nachricht freigegeben</numerusform>
            <numerusform>%n Nachrichten freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted without NDR</source>
        <translation>
            <numerusform>%n Nachricht ohne Unzustellbarkeitsbericht gelöscht</numerusform>
            <numerusform>%n Nachrichten ohne Unzustellbarkeitsbericht gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) expired: the senders get an NDR</source>
        <translation>
            <numerusform>%n Nachricht abgelaufen: Der Absender erhält einen Unzustellbarkeitsbericht</numerusform>
            <numerusform>%n Nachrichten abgelaufen: Die Absender erhalten einen Unzustellbarkeitsbericht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for delivery now</source>
        <translation>
            <numerusform>%n Nachricht wird jetzt zugestellt</numerusform>
            <numerusform>%n Nachrichten werden jetzt zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Every deferred message is being tried now.</source>
        <translation>Alle zurückgestellten Nachrichten werden jetzt erneut versucht.</translation>
    </message>
    <message>
        <source>Not acted on (already delivered, gone, or not in a state this applies to): %1.</source>
        <translation>Nicht bearbeitet (bereits zugestellt, nicht mehr vorhanden oder nicht in einem passenden Zustand): %1.</translation>
    </message>
    <message>
        <source>Refused, not queue IDs: %1.</source>
        <translation>Abgelehnt, keine Warteschlangen-IDs: %1.</translation>
    </message>
</context>
<context>
    <name>queues::CommandRun</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>%1 ended with exit status %2.</source>
        <translation>%1 endete mit dem Exit-Status %2.</translation>
    </message>
</context>
<context>
    <name>queues::ConnectorForNextHop</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>queues::MessageFilter</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>queues::MessageListModel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The subject could not be read: %1</source>
        <translation>Der Betreff konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (NDR on the next attempt)</source>
        <translation>%1 (Unzustellbarkeitsbericht beim nächsten Versuch)</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
</context>
<context>
    <name>queues::PostfixInstance</name>
    <message>
        <source>The configuration directory contains control characters.</source>
        <translation>Das Konfigurationsverzeichnis enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The configuration directory must be an absolute path, such as /etc/postfix.</source>
        <translation>Das Konfigurationsverzeichnis muss ein absoluter Pfad sein, etwa /etc/postfix.</translation>
    </message>
    <message>
        <source>The command contains control characters.</source>
        <translation>Der Befehl enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
    <message>
        <source>The command has an unmatched quote.</source>
        <translation>Im Befehl fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>Postfix in %1</source>
        <translation>Postfix in %1</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
</context>
<context>
    <name>queues::PostfixSource</name>
    <message>
        <source>The listing was cancelled.</source>
        <translation>Das Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The NDRs go out on the next delivery attempt: %1</source>
        <translation>Die Unzustellbarkeitsberichte gehen beim nächsten Zustellversuch hinaus: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>queues::PostqueueListing</name>
    <message>
        <source>The listing was cancelled.</source>
        <translation>Das Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 ended with exit status %2.</source>
        <translation>%1 endete mit dem Exit-Status %2.</translation>
    </message>
    <message>
        <source>Postfix is not running; the queue was read directly from its files.</source>
        <translation>Postfix läuft nicht; die Warteschlange wurde direkt aus ihren Dateien gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the listing could not be read (%1).</source>
        <translation>
            <numerusform>%n Zeile der Liste konnte nicht gelesen werden (%1).</numerusform>
            <numerusform>%n Zeilen der Liste konnten nicht gelesen werden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>queues::PostqueueParser</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no valid queue_id</source>
        <translation>keine gültige queue_id</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>queues::QueueId</name>
    <message>
        <source>The queue ID is empty.</source>
        <translation>Die Warteschlangen-ID ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Postfix queue ID: queue IDs have at most %2 letters and digits.</source>
        <translation>„%1“ ist keine Postfix-Warteschlangen-ID: Warteschlangen-IDs haben höchstens %2 Buchstaben und Ziffern.</translation>
    </message>
</context>
<context>
    <name>queues::QueueKey</name>
    <message>
        <source>Messages pending submission</source>
        <translation>Nachrichten, deren Übermittlung aussteht</translation>
    </message>
</context>
<context>
    <name>queues::QueueListModel</name>
    <message>
        <source>Estimated from the mail server&apos;s backoff times; a flush or a restart moves it.</source>
        <translation>Aus den Wartezeiten des Mailservers geschätzt; ein Flush oder Neustart verschiebt ihn.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Number of
messages</source>
        <translation>Anzahl
Nachrichten</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Anzahl Nachrichten</translation>
    </message>
    <message>
        <source>Total size
(KB)</source>
        <translation>Gesamtgröße
(KB)</translation>
    </message>
    <message>
        <source>Total size (KB)</source>
        <translation>Gesamtgröße (KB)</translation>
    </message>
    <message>
        <source>Oldest
message</source>
        <translation>Älteste
Nachricht</translation>
    </message>
    <message>
        <source>Oldest message</source>
        <translation>Älteste Nachricht</translation>
    </message>
    <message>
        <source>Next
retry</source>
        <translation>Nächster
Versuch</translation>
    </message>
    <message>
        <source>Next retry (estimated)</source>
        <translation>Nächster Versuch (geschätzt)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>queues::QueueReport</name>
    <message>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>SIZE (KB)</source>
        <translation>GRÖSSE (KB)</translation>
    </message>
    <message>
        <source>OLDEST</source>
        <translation>ÄLTESTE</translation>
    </message>
    <message>
        <source>NEXT RETRY</source>
        <translation>NÄCHSTER VERSUCH</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Keine Nachricht passt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>EMPFANGEN</translation>
    </message>
</context>
<context>
    <name>queues::QueuedMessage</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
</context>
<context>
    <name>queues::SubjectSearch</name>
    <message>
        <source>The queue source is gone.</source>
        <translation>Die Warteschlangenquelle ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>queueui::FindMessagesDialog</name>
    <message>
        <source>&amp;Find Now</source>
        <translation>&amp;Jetzt suchen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Find Messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>part of the sender&apos;s address</source>
        <translation>Teil der Absenderadresse</translation>
    </message>
    <message>
        <source>part of a recipient&apos;s address</source>
        <translation>Teil einer Empfängeradresse</translation>
    </message>
    <message>
        <source>part of the subject (reads each candidate&apos;s headers)</source>
        <translation>Teil des Betreffs (liest die Kopfzeilen jedes Kandidaten)</translation>
    </message>
    <message>
        <source>Search criteria</source>
        <translation>Suchkriterien</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Message s&amp;tate:</source>
        <translation>Nachrichten&amp;zustand:</translation>
    </message>
    <message>
        <source>&amp;Number of messages to list:</source>
        <translation>A&amp;nzahl aufzulistender Nachrichten:</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Die Warteschlange wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n Nachricht gefunden.</numerusform>
            <numerusform>%n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading headers: %1 of %2 messages…</source>
        <translation>Kopfzeilen werden gelesen: %1 von %2 Nachrichten…</translation>
    </message>
    <message>
        <source>%1 The headers could not all be read: %2</source>
        <translation>%1 Nicht alle Kopfzeilen konnten gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s): </source>
        <translation>
            <numerusform>Nach %n Nachricht angehalten: </numerusform>
            <numerusform>Nach %n Nachrichten angehalten: </numerusform>
        </translation>
    </message>
    <message>
        <source>Reading headers…</source>
        <translation>Kopfzeilen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>queueui::MessageActionRunner</name>
    <message numerus="yes">
        <source>Delete %n message(s) and send a non-delivery report (NDR) to each sender?</source>
        <translation>
            <numerusform>%n Nachricht löschen und dem Absender einen Unzustellbarkeitsbericht senden?</numerusform>
            <numerusform>%n Nachrichten löschen und jedem Absender einen Unzustellbarkeitsbericht senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) without a non-delivery report? The senders are not told.</source>
        <translation>
            <numerusform>%n Nachricht ohne Unzustellbarkeitsbericht löschen? Der Absender erfährt davon nichts.</numerusform>
            <numerusform>%n Nachrichten ohne Unzustellbarkeitsbericht löschen? Die Absender erfahren davon nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)…</source>
        <translation>
            <numerusform>%1: %n Nachricht…</numerusform>
            <numerusform>%1: %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying every deferred message…</source>
        <translation>Alle zurückgestellten Nachrichten werden erneut versucht…</translation>
    </message>
</context>
<context>
    <name>queueui::MessageHeadersDialog</name>
    <message>
        <source>Message %1 – Headers</source>
        <translation>Nachricht %1 – Kopfzeilen</translation>
    </message>
    <message>
        <source>Reading the message&apos;s headers…</source>
        <translation>Die Kopfzeilen der Nachricht werden gelesen…</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the queue.</source>
        <translation>Die Nachricht ist nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>The headers could not be read: %1</source>
        <translation>Die Kopfzeilen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>queueui::MessageListView</name>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Einfrieren</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Delete (no NDR)</source>
        <translation>&amp;Löschen (ohne Unzustellbarkeitsbericht)</translation>
    </message>
    <message>
        <source>Delete (send &amp;NDR)</source>
        <translation>Löschen (Unzustellbarkeits&amp;bericht senden)</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>View &amp;Headers…</source>
        <translation>&amp;Kopfzeilen anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Track Message…</source>
        <translation>Nachricht &amp;verfolgen…</translation>
    </message>
</context>
<context>
    <name>queueui::QueueMessagesDialog</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Messages in %1</source>
        <translation>Nachrichten in %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s), %2</source>
        <translation>
            <numerusform>%1 — %n Nachricht, %2</numerusform>
            <numerusform>%1 — %n Nachrichten, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::QueueSettingsDialog</name>
    <message>
        <source>Queue Viewer Settings</source>
        <translation>Einstellungen der Warteschlangenanzeige</translation>
    </message>
    <message>
        <source>Never (F5 only)</source>
        <translation>Nie (nur mit F5)</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 2 minutes</source>
        <translation>Alle 2 Minuten</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 10 minutes</source>
        <translation>Alle 10 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Jede Sekunde</numerusform>
            <numerusform>Alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh the queues:</source>
        <translation>Warteschlangen &amp;aktualisieren:</translation>
    </message>
</context>
<context>
    <name>queueui::QueueSourceDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Queue Source – %1</source>
        <translation>Warteschlangenquelle – %1</translation>
    </message>
    <message>
        <source>ssh root@gw1.example.com, or sudo</source>
        <translation>ssh root@gw1.example.com oder sudo</translation>
    </message>
    <message>
        <source>The queue viewer reads %1&apos;s queue with Postfix&apos;s own tools (postqueue, postsuper, postcat). Acting on messages needs root: run the console as root, or give a command that gets there.</source>
        <translation>Die Warteschlangenanzeige liest die Warteschlange von %1 mit den Werkzeugen von Postfix (postqueue, postsuper, postcat). Für Aktionen an Nachrichten sind Root-Rechte nötig: Führen Sie die Konsole als root aus, oder geben Sie einen Befehl an, der dorthin führt.</translation>
    </message>
    <message>
        <source>&amp;Configuration directory:</source>
        <translation>&amp;Konfigurationsverzeichnis:</translation>
    </message>
    <message>
        <source>Run through &amp;command:</source>
        <translation>Über &amp;Befehl ausführen:</translation>
    </message>
    <message>
        <source>Leave the command empty for Postfix on this machine. With ssh the directory is the one on the other machine.</source>
        <translation>Lassen Sie den Befehl für Postfix auf diesem Rechner leer. Mit ssh ist das Verzeichnis das auf dem anderen Rechner.</translation>
    </message>
    <message>
        <source>&amp;Remove Source</source>
        <translation>Quelle &amp;entfernen</translation>
    </message>
    <message>
        <source>Reading the queue with %1…</source>
        <translation>Die Warteschlange wird mit %1 gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Postfix answered: %n message(s) in the queue.</source>
        <translation>
            <numerusform>Postfix hat geantwortet: %n Nachricht in der Warteschlange.</numerusform>
            <numerusform>Postfix hat geantwortet: %n Nachrichten in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>queueui::QueueViewer</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Find &amp;Messages…</source>
        <translation>&amp;Nachrichten suchen…</translation>
    </message>
    <message>
        <source>Retry &amp;All</source>
        <translation>&amp;Alle erneut versuchen</translation>
    </message>
    <message>
        <source>Try every deferred message of this server now (postqueue -f)</source>
        <translation>Alle zurückgestellten Nachrichten dieses Servers jetzt erneut versuchen (postqueue -f)</translation>
    </message>
    <message>
        <source>Queue &amp;Source…</source>
        <translation>Warteschlangen&amp;quelle…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <source>&amp;View Messages</source>
        <translation>Nachrichten an&amp;zeigen</translation>
    </message>
    <message>
        <source>F&amp;reeze All Messages</source>
        <translation>Alle Nachrichten ein&amp;frieren</translation>
    </message>
    <message>
        <source>&amp;Unfreeze All Messages</source>
        <translation>Alle Nachrichten frei&amp;geben</translation>
    </message>
    <message>
        <source>Force &amp;Connection</source>
        <translation>&amp;Verbindung erzwingen</translation>
    </message>
    <message>
        <source>Try the queue&apos;s deferred messages now</source>
        <translation>Die zurückgestellten Nachrichten der Warteschlange jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Configure Queue Source…</source>
        <translation>Warteschlangenquelle &amp;festlegen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the queue</source>
        <translation>Das Lesen der Warteschlange anhalten</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Queues on %1</source>
        <translation>Warteschlangen auf %1</translation>
    </message>
    <message>
        <source>No queue source is set for %1, so its queues cannot be shown. Tell the console where its Postfix is: a configuration directory on this machine, or a command such as &quot;ssh root@%2&quot; that reaches it.</source>
        <translation>Für %1 ist keine Warteschlangenquelle festgelegt, daher können seine Warteschlangen nicht angezeigt werden. Teilen Sie der Konsole mit, wo sein Postfix ist: ein Konfigurationsverzeichnis auf diesem Rechner oder ein Befehl wie „ssh root@%2“, der es erreicht.</translation>
    </message>
    <message>
        <source>Select a server&apos;s Queues node.</source>
        <translation>Wählen Sie den Knoten „Warteschlangen“ eines Servers aus.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the queue… %n message(s) so far.</source>
        <translation>
            <numerusform>Die Warteschlange wird gelesen… bisher %n Nachricht.</numerusform>
            <numerusform>Die Warteschlange wird gelesen… bisher %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), read at %1.</source>
        <translation>
            <numerusform>%n Nachricht, gelesen um %1.</numerusform>
            <numerusform>%n Nachrichten, gelesen um %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) as last read.</source>
        <translation>
            <numerusform>%n Nachricht beim letzten Lesen.</numerusform>
            <numerusform>%n Nachrichten beim letzten Lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last listing was cancelled.</source>
        <translation>Das letzte Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Nothing to do: no message in this queue is in a state this applies to.</source>
        <translation>Nichts zu tun: Keine Nachricht in dieser Warteschlange ist in einem passenden Zustand.</translation>
    </message>
    <message>
        <source>Find Messages – %1</source>
        <translation>Nachrichten suchen – %1</translation>
    </message>
</context>
<context>
    <name>queueui::SendTestMessageDialog</name>
    <message>
        <source>Use &amp;STARTTLS (the server&apos;s certificate is checked)</source>
        <translation>&amp;STARTTLS verwenden (das Zertifikat des Servers wird geprüft)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Find This Message</source>
        <translation>Diese Nachricht &amp;suchen</translation>
    </message>
    <message>
        <source>Send Test Message – %1</source>
        <translation>Testnachricht senden – %1</translation>
    </message>
    <message>
        <source>A binding of the virtual server, or any host:port</source>
        <translation>Eine Bindung des virtuellen Servers oder ein beliebiges host:port</translation>
    </message>
    <message>
        <source>extra CA certificates (PEM), if the server&apos;s CA is private</source>
        <translation>zusätzliche CA-Zertifikate (PEM), wenn die CA des Servers privat ist</translation>
    </message>
    <message>
        <source>The SMTP conversation shows here as it happens.</source>
        <translation>Die SMTP-Unterhaltung erscheint hier, während sie stattfindet.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Its token is %1; Find This Message looks for it in the queues.</source>
        <translation>Ihr Kennzeichen ist %1; „Diese Nachricht suchen“ sucht sie in den Warteschlangen.</translation>
    </message>
</context>
<context>
    <name>routing::NextHop</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>DNS (mail exchangers of the recipient&apos;s domain)</source>
        <translation>DNS (Mail-Exchanger der Domäne des Empfängers)</translation>
    </message>
    <message>
        <source>DNS (mail exchangers of %1)</source>
        <translation>DNS (Mail-Exchanger von %1)</translation>
    </message>
    <message>
        <source>on port %1</source>
        <translation>auf Port %1</translation>
    </message>
</context>
<context>
    <name>routing::RecipientAddress</name>
    <message>
        <source>Enter a recipient address, for example user@contoso.com.</source>
        <translation>Geben Sie eine Empfängeradresse ein, zum Beispiel user@contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @.</source>
        <translation>„%1“ hat nichts vor dem @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no domain after the @.</source>
        <translation>„%1“ hat keine Domäne nach dem @.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is longer than 253 characters.</source>
        <translation>Die Domäne „%1“ ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has an empty part: it starts or ends with a dot, or has two dots in a row.</source>
        <translation>Die Domäne „%1“ hat einen leeren Teil: Sie beginnt oder endet mit einem Punkt oder hat zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has a part longer than 63 characters.</source>
        <translation>Die Domäne „%1“ hat einen Teil, der länger als 63 Zeichen ist.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; contains &quot;%2&quot;, which is not allowed in a domain name.</source>
        <translation>Die Domäne „%1“ enthält „%2“, was in einem Domänennamen nicht erlaubt ist.</translation>
    </message>
</context>
<context>
    <name>routing::RouteResolver</name>
    <message>
        <source>%1 is not an Exchange server in the directory.</source>
        <translation>%1 ist kein Exchange-Server im Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 belongs to no routing group: its msExchHomeRoutingGroup is empty or names no routing group.</source>
        <translation>%1 gehört zu keiner Routinggruppe: Sein msExchHomeRoutingGroup ist leer oder nennt keine Routinggruppe.</translation>
    </message>
    <message>
        <source>It has no address space.</source>
        <translation>Er hat keinen Adressraum.</translation>
    </message>
    <message>
        <source>Its address space &quot;%1&quot; cannot be read: %2</source>
        <translation>Sein Adressraum „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>It has no SMTP address space (%1).</source>
        <translation>Er hat keinen SMTP-Adressraum (%1).</translation>
    </message>
    <message>
        <source>It is not a default route: its address spaces (%1) have no *.</source>
        <translation>Er ist kein Standardweg: Seine Adressräume (%1) enthalten kein *.</translation>
    </message>
    <message>
        <source>Its address spaces (%1) do not cover %2.</source>
        <translation>Seine Adressräume (%1) decken %2 nicht ab.</translation>
    </message>
    <message>
        <source>It is not inside a routing group&apos;s Connectors container.</source>
        <translation>Er liegt nicht im Connectors-Container einer Routinggruppe.</translation>
    </message>
    <message>
        <source>Its scope is its routing group (Local:), %1, and %2 is in %3.</source>
        <translation>Sein Bereich ist seine Routinggruppe (Local:), %1, und %2 ist in %3.</translation>
    </message>
    <message>
        <source>Its smart host &quot;%1&quot; cannot be used: %2</source>
        <translation>Sein Smarthost „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>No routing group connector leads from %1 to %2, where it is.</source>
        <translation>Kein Routinggruppenconnector führt von %1 nach %2, wo er liegt.</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>None of its local bridgeheads is a virtual server of a server in %1.</source>
        <translation>Keiner seiner lokalen Bridgeheadserver ist ein virtueller Server eines Servers in %1.</translation>
    </message>
    <message>
        <source>%1 is not a local bridgehead of %2, so the message goes to its bridgehead %3 (%4) first.</source>
        <translation>%1 ist kein lokaler Bridgeheadserver von %2; die Nachricht geht daher zuerst an dessen Bridgeheadserver %3 (%4).</translation>
    </message>
    <message>
        <source>The routing group connector %1 leads to %2 at cost %3; %4 receives for it.</source>
        <translation>Der Routinggruppenconnector %1 führt mit Kosten %3 nach %2; %4 nimmt für ihn entgegen.</translation>
    </message>
    <message>
        <source>No connector is a default route (*) for %1.</source>
        <translation>Kein Connector ist ein Standardweg (*) für %1.</translation>
    </message>
    <message>
        <source>No connector routes %1 from %2.</source>
        <translation>Kein Connector leitet %1 von %2 weiter.</translation>
    </message>
    <message>
        <source>%1 has no SMTP virtual server either, so the message cannot leave it.</source>
        <translation>%1 hat auch keinen virtuellen SMTP-Server; die Nachricht kann ihn daher nicht verlassen.</translation>
    </message>
    <message>
        <source>As Exchange does without a connector, its virtual server %1 delivers the message itself, to the smart host set on the virtual server.</source>
        <translation>Wie Exchange ohne Connector stellt sein virtueller Server %1 die Nachricht selbst zu, an den Smarthost des virtuellen Servers.</translation>
    </message>
    <message>
        <source>As Exchange does without a connector, its virtual server %1 delivers the message itself, by DNS.</source>
        <translation>Wie Exchange ohne Connector stellt sein virtueller Server %1 die Nachricht selbst zu, über DNS.</translation>
    </message>
    <message>
        <source>Its address space %1 is a default route.</source>
        <translation>Sein Adressraum %1 ist ein Standardweg.</translation>
    </message>
    <message>
        <source>Its address space %1 covers %2.</source>
        <translation>Sein Adressraum %1 deckt %2 ab.</translation>
    </message>
    <message>
        <source>Cost %1: %2 for the address space and %3 for the routing group connectors on the way.</source>
        <translation>Kosten %1: %2 für den Adressraum und %3 für die Routinggruppenconnectors auf dem Weg.</translation>
    </message>
    <message>
        <source>Cost %1.</source>
        <translation>Kosten %1.</translation>
    </message>
    <message numerus="yes">
        <source>It comes first of %n candidates: the most specific address space, then the lowest cost.</source>
        <translation>
            <numerusform>Er steht an erster Stelle von %n Kandidaten: der spezifischste Adressraum, dann die niedrigsten Kosten.</numerusform>
            <numerusform>Er steht an erster Stelle von %n Kandidaten: der spezifischste Adressraum, dann die niedrigsten Kosten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connector uses DNS, but the smart host set on the sending virtual server %1 applies.</source>
        <translation>Der Connector verwendet DNS, aber der Smarthost des sendenden virtuellen Servers %1 gilt.</translation>
    </message>
    <message>
        <source>It forwards to its smart hosts, in this order.</source>
        <translation>Er leitet an seine Smarthosts weiter, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>It forwards to its smart host.</source>
        <translation>Er leitet an seinen Smarthost weiter.</translation>
    </message>
    <message>
        <source>It uses DNS to find the recipient domain&apos;s mail exchangers.</source>
        <translation>Er findet die Mail-Exchanger der Empfängerdomäne über DNS.</translation>
    </message>
    <message>
        <source>Its address space %1 is less specific than %2 of %3, and routing never falls back to a less specific address space.</source>
        <translation>Sein Adressraum %1 ist weniger spezifisch als %2 von %3, und das Routing weicht nie auf einen weniger spezifischen Adressraum aus.</translation>
    </message>
    <message>
        <source>%1 (%2 for the address space, %3 for the routing group connectors)</source>
        <translation>%1 (%2 für den Adressraum, %3 für die Routinggruppenconnectors)</translation>
    </message>
    <message>
        <source>Cost %1 is higher than %2 for %3; it is used only when %3 cannot deliver.</source>
        <translation>Kosten %1 sind höher als %2 für %3; er wird nur verwendet, wenn %3 nicht zustellen kann.</translation>
    </message>
    <message>
        <source>Same cost as %1, which is in %2&apos;s own routing group; it is used only when %1 cannot deliver.</source>
        <translation>Gleiche Kosten wie %1, der in der eigenen Routinggruppe von %2 liegt; er wird nur verwendet, wenn %1 nicht zustellen kann.</translation>
    </message>
    <message>
        <source>Same cost as %1, which %2 sends through itself without a hop to a bridgehead; it is used only when %1 cannot deliver.</source>
        <translation>Gleiche Kosten wie %1, über den %2 selbst sendet, ohne Umweg über einen Bridgeheadserver; er wird nur verwendet, wenn %1 nicht zustellen kann.</translation>
    </message>
    <message>
        <source>Same cost as %1, which comes first by name (Exchange shares the load between them); it is used only when %1 cannot deliver.</source>
        <translation>Gleiche Kosten wie %1, der nach dem Namen zuerst kommt (Exchange verteilt die Last auf beide); er wird nur verwendet, wenn %1 nicht zustellen kann.</translation>
    </message>
</context>
<context>
    <name>routing::RoutingTopology</name>
    <message>
        <source>its local bridgeheads do not exist</source>
        <translation>seine lokalen Bridgeheadserver existieren nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it names no destination routing group</source>
        <translation>er nennt keine Zielroutinggruppe</translation>
    </message>
    <message>
        <source>its destination routing group does not exist</source>
        <translation>seine Zielroutinggruppe existiert nicht</translation>
    </message>
    <message>
        <source>its remote bridgeheads do not exist</source>
        <translation>seine Remote-Bridgeheadserver existieren nicht</translation>
    </message>
    <message>
        <source>no server of %1 has an SMTP virtual server</source>
        <translation>kein Server von %1 hat einen virtuellen SMTP-Server</translation>
    </message>
</context>
<context>
    <name>routingui::RouteDiagram</name>
    <message>
        <source>to its bridgehead</source>
        <translation>an seinen Bridgeheadserver</translation>
    </message>
    <message>
        <source>no connector: delivers itself</source>
        <translation>kein Connector: stellt selbst zu</translation>
    </message>
    <message>
        <source>Virtual server&apos;s smart host</source>
        <translation>Smarthost des virtuellen Servers</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>recipient&apos;s domain</source>
        <translation>Domäne des Empfängers</translation>
    </message>
    <message>
        <source>MX of %1</source>
        <translation>MX von %1</translation>
    </message>
    <message>
        <source>Nowhere</source>
        <translation>Nirgendwohin</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routingui::TestRouteDialog</name>
    <message>
        <source>Test Route from %1</source>
        <translation>Route von %1 testen</translation>
    </message>
    <message>
        <source>user@contoso.com</source>
        <translation>benutzer@contoso.com</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Enter a recipient address and choose Test to see the route a message from %1 takes.</source>
        <translation>Geben Sie eine Empfängeradresse ein und wählen Sie „Testen“, um den Weg einer Nachricht von %1 zu sehen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leaves by</source>
        <translation>Verlässt über</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>Nächster Hop</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Hops:</translation>
    </message>
    <message>
        <source>Connectors not taken:</source>
        <translation>Nicht genommene Connectors:</translation>
    </message>
    <message>
        <source>(to a bridgehead)</source>
        <translation>(an einen Bridgeheadserver)</translation>
    </message>
    <message>
        <source>(no connector)</source>
        <translation>(kein Connector)</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (Ausweichweg)</translation>
    </message>
    <message>
        <source>No connector routes %1 from %2: its virtual server delivers the message itself.</source>
        <translation>Kein Connector leitet %1 von %2 weiter: Sein virtueller Server stellt die Nachricht selbst zu.</translation>
    </message>
    <message>
        <source>Mail from %1 to %2 leaves through %3, at cost %4.</source>
        <translation>Nachrichten von %1 an %2 gehen über %3, mit Kosten %4.</translation>
    </message>
    <message>
        <source>If it cannot deliver: %1.</source>
        <translation>Wenn er nicht zustellen kann: %1.</translation>
    </message>
</context>
<context>
    <name>schema::SchemaPlan</name>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>case-insensitive string</source>
        <translation>Zeichenkette ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>IA5 string</source>
        <translation>IA5-Zeichenkette</translation>
    </message>
    <message>
        <source>OR-name</source>
        <translation>OR-Name</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>enumeration</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>octet string</source>
        <translation>Oktettfolge</translation>
    </message>
    <message>
        <source>Unicode string</source>
        <translation>Unicode-Zeichenkette</translation>
    </message>
    <message>
        <source>security descriptor</source>
        <translation>Sicherheitsbeschreibung</translation>
    </message>
    <message>
        <source>the forest defines attribute %1 as %2; Bridgehead needs %3.</source>
        <translation>die Gesamtstruktur definiert das Attribut %1 als %2; Bridgehead braucht %3.</translation>
    </message>
    <message>
        <source>the forest defines attribute %1 as single-valued; Bridgehead writes several values.</source>
        <translation>die Gesamtstruktur definiert das Attribut %1 als einwertig; Bridgehead schreibt mehrere Werte.</translation>
    </message>
    <message>
        <source>the forest gives attribute %1 link ID %2; Bridgehead&apos;s schema has %3.</source>
        <translation>die Gesamtstruktur gibt dem Attribut %1 die Link-ID %2; das Schema von Bridgehead hat %3.</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>the forest already has %1 %2 with OID %3; Bridgehead&apos;s has OID %4.</source>
        <translation>die Gesamtstruktur hat bereits %1 %2 mit der OID %3; das von Bridgehead hat die OID %4.</translation>
    </message>
    <message>
        <source>OID %1 is already taken in the forest by %2; Bridgehead needs it for %3 %4.</source>
        <translation>die OID %1 ist in der Gesamtstruktur bereits von %2 belegt; Bridgehead braucht sie für %3 %4.</translation>
    </message>
    <message>
        <source>the forest defines %1 as another kind of schema object.</source>
        <translation>die Gesamtstruktur definiert %1 als eine andere Art von Schemaobjekt.</translation>
    </message>
    <message>
        <source>the forest derives class %1 from %2; Bridgehead&apos;s derives it from %3.</source>
        <translation>die Gesamtstruktur leitet die Klasse %1 von %2 ab; die von Bridgehead leitet sie von %3 ab.</translation>
    </message>
    <message>
        <source>the forest&apos;s class %1 requires %2, which Bridgehead does not write.</source>
        <translation>die Klasse %1 der Gesamtstruktur verlangt %2, was Bridgehead nicht schreibt.</translation>
    </message>
    <message>
        <source>Exchange&apos;s own schema is in this forest (ms-Exch-Schema-Version-Pt %1): it defines everything Bridgehead uses, so nothing is added.</source>
        <translation>Das Schema von Exchange selbst ist in dieser Gesamtstruktur (ms-Exch-Schema-Version-Pt %1): Es definiert alles, was Bridgehead verwendet, daher wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Add attribute %1 (%2, %3, %4%5)</source>
        <translation>Attribut %1 hinzufügen (%2, %3, %4%5)</translation>
    </message>
    <message>
        <source>single-valued</source>
        <translation>einwertig</translation>
    </message>
    <message>
        <source>multi-valued</source>
        <translation>mehrwertig</translation>
    </message>
    <message>
        <source>, link ID %1</source>
        <translation>, Link-ID %1</translation>
    </message>
    <message>
        <source>Add class %1 (%2, derived from %3, created under %4)</source>
        <translation>Klasse %1 hinzufügen (%2, abgeleitet von %3, angelegt unter %4)</translation>
    </message>
    <message>
        <source>Let class %1 hold %2</source>
        <translation>Klasse %1 darf %2 enthalten</translation>
    </message>
    <message>
        <source>Let class %1 be created under %2</source>
        <translation>Klasse %1 darf unter %2 angelegt werden</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n definition(s) already in the forest</source>
        <translation>
            <numerusform>%n Definition ist bereits in der Gesamtstruktur</numerusform>
            <numerusform>%n Definitionen sind bereits in der Gesamtstruktur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema::SchemaPreparer</name>
    <message>
        <source>Bridgehead&apos;s schema file cannot be read: %1</source>
        <translation>Die Schemadatei von Bridgehead kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no connection to the directory.</source>
        <translation>Es besteht keine Verbindung zum Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s root DSE.
%1</source>
        <translation>Der Root-DSE des Servers konnte nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>This server is not Active Directory (its root DSE does not say so), so there is no forest to prepare. On OpenLDAP, load resources/schema/bridgehead.ldif instead.</source>
        <translation>Dieser Server ist kein Active Directory (sein Root-DSE sagt es nicht), es gibt also keine Gesamtstruktur vorzubereiten. Laden Sie unter OpenLDAP stattdessen resources/schema/bridgehead.ldif.</translation>
    </message>
    <message>
        <source>Could not read the forest&apos;s schema.
%1</source>
        <translation>Das Schema der Gesamtstruktur konnte nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>The forest already has definitions that differ from Bridgehead&apos;s, so nothing was added:
%1</source>
        <translation>Die Gesamtstruktur hat bereits Definitionen, die von denen von Bridgehead abweichen, daher wurde nichts hinzugefügt:
%1</translation>
    </message>
    <message>
        <source>The forest is prepared for Bridgehead already: nothing to add.</source>
        <translation>Die Gesamtstruktur ist bereits für Bridgehead vorbereitet: Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>Nothing was written (only the plan was asked for).</source>
        <translation>Es wurde nichts geschrieben (nur der Plan war gefragt).</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Attribut %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>Klasse %1 hinzufügen</translation>
    </message>
    <message>
        <source>Let class %1 be created under %2</source>
        <translation>Klasse %1 darf unter %2 angelegt werden</translation>
    </message>
    <message>
        <source>Extend class %1</source>
        <translation>Klasse %1 erweitern</translation>
    </message>
    <message numerus="yes">
        <source>The forest is prepared for Bridgehead: %n schema change(s) written.</source>
        <translation>
            <numerusform>Die Gesamtstruktur ist für Bridgehead vorbereitet: %n Schemaänderung geschrieben.</numerusform>
            <numerusform>Die Gesamtstruktur ist für Bridgehead vorbereitet: %n Schemaänderungen geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection was closed after %n schema change(s).</source>
        <translation>
            <numerusform>Die Verbindung wurde nach %n Schemaänderung geschlossen.</numerusform>
            <numerusform>Die Verbindung wurde nach %n Schemaänderungen geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed: %2
%n schema change(s) were written before it; running the preparation again adds the rest.</source>
        <translation>
            <numerusform>„%1“ ist fehlgeschlagen: %2
%n Schemaänderung wurde zuvor geschrieben; eine erneute Vorbereitung fügt den Rest hinzu.</numerusform>
            <numerusform>„%1“ ist fehlgeschlagen: %2
%n Schemaänderungen wurden zuvor geschrieben; eine erneute Vorbereitung fügt den Rest hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema cache could not be refreshed: %1</source>
        <translation>Der Schemacache konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>smtp::SmtpClient</name>
    <message>
        <source>The server accepted the message.</source>
        <translation>Der Server hat die Nachricht angenommen.</translation>
    </message>
    <message>
        <source>The server accepted the message as %1.</source>
        <translation>Der Server hat die Nachricht als %1 angenommen.</translation>
    </message>
    <message>
        <source>The server refused the message: %1 %2</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not SMTP: %1</source>
        <translation>Die Antwort des Servers ist kein SMTP: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Der Server bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>TLS wird gestartet…</translation>
    </message>
    <message>
        <source>TLS is up (%1, %2).</source>
        <translation>TLS ist aktiv (%1, %2).</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: %1</translation>
    </message>
</context>
<context>
    <name>smtp::SmtpEndpoint</name>
    <message>
        <source>Enter the server as host:port, for example 192.0.2.10:25.</source>
        <translation>Geben Sie den Server als host:port ein, zum Beispiel 192.0.2.10:25.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an opening bracket but no closing one.</source>
        <translation>„%1“ hat eine öffnende, aber keine schließende Klammer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port.</source>
        <translation>„%1“ ist nicht host:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in brackets is not an IPv6 address.</source>
        <translation>„%1“ in Klammern ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Write an IPv6 address with a port as [address]:port.</source>
        <translation>Schreiben Sie eine IPv6-Adresse mit Port als [Adresse]:Port.</translation>
    </message>
    <message>
        <source>The host is missing.</source>
        <translation>Der Host fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>smtp::TestMessage</name>
    <message>
        <source>Bridgehead test message %1 [%2]</source>
        <translation>Bridgehead-Testnachricht %1 [%2]</translation>
    </message>
    <message>
        <source>Enter an e-mail address, such as postmaster@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa postmaster@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs a name, &quot;@&quot; and a domain.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht einen Namen, „@“ und eine Domäne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters an address cannot have here (spaces, brackets, quotes).</source>
        <translation>„%1“ enthält Zeichen, die eine Adresse hier nicht haben kann (Leerzeichen, Klammern, Anführungszeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid domain after the &quot;@&quot;.</source>
        <translation>„%1“ hat nach dem „@“ keine gültige Domäne.</translation>
    </message>
    <message>
        <source>This is a test message sent by Bridgehead to check mail flow.</source>
        <translation>Dies ist eine Testnachricht, die Bridgehead gesendet hat, um den Mailfluss zu prüfen.</translation>
    </message>
    <message>
        <source>Its token is %1: Find Messages finds it by that.</source>
        <translation>Ihr Kennzeichen ist %1: Daran findet „Nachrichten suchen“ sie.</translation>
    </message>
</context>
<context>
    <name>topology::ActiveDirectoryWrites</name>
    <message>
        <source>%1 would name %2 in %3, which is not in the directory. Active Directory keeps links only to objects that exist; create it first.</source>
        <translation>%1 würde in %3 auf %2 verweisen, das nicht im Verzeichnis ist. Active Directory speichert Verknüpfungen nur zu vorhandenen Objekten; legen Sie es zuerst an.</translation>
    </message>
    <message>
        <source>%1 has %2 “%3”, but Active Directory requires the naming attribute to equal the name in the DN (“%4”).</source>
        <translation>%1 hat %2 „%3“, aber Active Directory verlangt, dass das Namensattribut dem Namen im DN („%4“) entspricht.</translation>
    </message>
    <message>
        <source>Link “%1” to the objects created after it</source>
        <translation>„%1“ mit den danach angelegten Objekten verknüpfen</translation>
    </message>
</context>
<context>
    <name>topology::AddressSpace</name>
    <message>
        <source>The address space is empty. Write it as type:address;cost, for example SMTP:*;1.</source>
        <translation>Der Adressraum ist leer. Schreiben Sie ihn als Typ:Adresse;Kosten, zum Beispiel SMTP:*;1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no address type. Write it as type:address;cost, for example SMTP:*;1.</source>
        <translation>„%1“ hat keinen Adresstyp. Schreiben Sie den Adressraum als Typ:Adresse;Kosten, zum Beispiel SMTP:*;1.</translation>
    </message>
    <message>
        <source>Choose an address type, such as SMTP.</source>
        <translation>Wählen Sie einen Adresstyp, zum Beispiel SMTP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address type. Use letters and digits only, such as SMTP or X400.</source>
        <translation>„%1“ ist kein gültiger Adresstyp. Verwenden Sie nur Buchstaben und Ziffern, zum Beispiel SMTP oder X400.</translation>
    </message>
    <message>
        <source>Type an address. Use * to match every address of this type.</source>
        <translation>Geben Sie eine Adresse ein. Mit * werden alle Adressen dieses Typs erfasst.</translation>
    </message>
    <message>
        <source>The cost must be a whole number from 1 to 100.</source>
        <translation>Die Kosten müssen eine ganze Zahl von 1 bis 100 sein.</translation>
    </message>
    <message>
        <source>Type a domain such as contoso.com, or * for all domains.</source>
        <translation>Geben Sie eine Domäne wie contoso.com oder * für alle Domänen ein.</translation>
    </message>
    <message>
        <source>A domain cannot contain spaces.</source>
        <translation>Eine Domäne darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Type only the domain, without a user name or @ (for example contoso.com).</source>
        <translation>Geben Sie nur die Domäne ein, ohne Benutzernamen und ohne @ (zum Beispiel contoso.com).</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed in a domain. Use letters, digits, hyphens and dots, with * as a wildcard.</source>
        <translation>Das Zeichen „%1“ ist in einer Domäne nicht zulässig. Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte sowie * als Platzhalter.</translation>
    </message>
    <message>
        <source>A domain cannot start or end with a dot.</source>
        <translation>Eine Domäne darf nicht mit einem Punkt beginnen oder enden.</translation>
    </message>
    <message>
        <source>A domain cannot contain two dots in a row.</source>
        <translation>Eine Domäne darf nicht zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>Use * on its own or as the first part of a domain, as in *.contoso.com.</source>
        <translation>Verwenden Sie * allein oder als ersten Teil einer Domäne, wie in *.contoso.com.</translation>
    </message>
    <message>
        <source>A domain can have at most 253 characters.</source>
        <translation>Eine Domäne darf höchstens 253 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Each part of a domain between dots can have at most 63 characters.</source>
        <translation>Jeder Teil einer Domäne zwischen zwei Punkten darf höchstens 63 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>topology::ChangeSetWriter</name>
    <message>
        <source>The connection to the directory was closed. Nothing was written.</source>
        <translation>Die Verbindung zum Verzeichnis wurde geschlossen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“%1” failed, so nothing was written.
%2</source>
        <translation>„%1“ ist fehlgeschlagen, daher wurde nichts geschrieben.
%2</translation>
    </message>
    <message>
        <source>Nothing was written.
%1</source>
        <translation>Es wurde nichts geschrieben.
%1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed. The %n change(s) already written were undone, so the directory is as it was.
%2</source>
        <translation>
            <numerusform>„%1“ ist fehlgeschlagen. Die bereits geschriebene Änderung wurde rückgängig gemacht; das Verzeichnis ist wie vorher.
%2</numerusform>
            <numerusform>„%1“ ist fehlgeschlagen. Die %n bereits geschriebenen Änderungen wurden rückgängig gemacht; das Verzeichnis ist wie vorher.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed, and the connection was lost while undoing the changes before it. These are still in the directory:
%2</source>
        <translation>„%1“ ist fehlgeschlagen, und beim Rückgängigmachen der vorherigen Änderungen ging die Verbindung verloren. Diese sind noch im Verzeichnis:
%2</translation>
    </message>
    <message>
        <source>“%1” failed (%2), and undoing the changes before it failed too (%3). These are still in the directory:
%4</source>
        <translation>„%1“ ist fehlgeschlagen (%2), und auch das Rückgängigmachen der vorherigen Änderungen ist fehlgeschlagen (%3). Diese sind noch im Verzeichnis:
%4</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>topology::ConnectedRoutingGroup</name>
    <message>
        <source>The connected routing group “%1” cannot be read: %2</source>
        <translation>Die verbundene Routinggruppe „%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>it does not have five parts separated by “§”.</source>
        <translation>sie hat nicht fünf durch „§“ getrennte Teile.</translation>
    </message>
    <message>
        <source>it names no routing group.</source>
        <translation>sie nennt keine Routinggruppe.</translation>
    </message>
    <message>
        <source>its cost “%1” is not a number from %2 to %3.</source>
        <translation>ihre Kosten „%1“ sind keine Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>topology::ConnectionSchedule</name>
    <message>
        <source>The stored connection style “%1” is not one Bridgehead knows (0, 1 or 2).</source>
        <translation>Die gespeicherte Verbindungsart „%1“ kennt Bridgehead nicht (0, 1 oder 2).</translation>
    </message>
    <message>
        <source>The stored schedule has %1 bytes; a weekly schedule has %2.</source>
        <translation>Der gespeicherte Zeitplan hat %1 Bytes; ein Wochenzeitplan hat %2.</translation>
    </message>
    <message>
        <source>The connector runs at selected times, but no schedule is stored.</source>
        <translation>Der Connector läuft zu ausgewählten Zeiten, aber es ist kein Zeitplan gespeichert.</translation>
    </message>
    <message>
        <source>Select at least one time in the schedule, or choose “Never run”.</source>
        <translation>Wählen Sie mindestens eine Zeit im Zeitplan oder „Nie ausführen“.</translation>
    </message>
</context>
<context>
    <name>topology::ConnectorChecks</name>
    <message>
        <source>Add at least one address space. Use SMTP with address * for all Internet mail.</source>
        <translation>Fügen Sie mindestens einen Adressraum hinzu. Verwenden Sie SMTP mit der Adresse * für sämtliche Internet-E-Mail.</translation>
    </message>
    <message>
        <source>%1:%2 is listed more than once.</source>
        <translation>%1:%2 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>Type at least one smart host, or choose “Use DNS to route to each address space”.</source>
        <translation>Geben Sie mindestens einen Smarthost ein, oder wählen Sie „DNS zum Routen an jeden Adressraum verwenden“.</translation>
    </message>
    <message>
        <source>Type a name for the connector.</source>
        <translation>Geben Sie einen Namen für den Connector ein.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name.</source>
        <translation>„%1“ kann nicht als Name verwendet werden.</translation>
    </message>
    <message>
        <source>“%1” already exists in this routing group. Choose another name.</source>
        <translation>„%1“ gibt es in dieser Routinggruppe bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No local bridgehead is chosen, so any server of the routing group may send mail through this connector, including servers that cannot reach the Internet or that should not relay it. Choose the virtual servers that should send, unless every server of the routing group is meant to.</source>
        <translation>Es ist kein lokaler Bridgehead gewählt, daher darf jeder Server der Routinggruppe E-Mails über diesen Connector senden, auch Server, die das Internet nicht erreichen oder keine E-Mails weiterleiten sollen. Wählen Sie die virtuellen Server, die senden sollen, es sei denn, jeder Server der Routinggruppe soll es.</translation>
    </message>
</context>
<context>
    <name>topology::CreationPlanner</name>
    <message>
        <source>%1 is a %2, not the %3 it should be.</source>
        <translation>%1 ist ein(e) %2, nicht der/die %3, der/die es sein sollte.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange server of this organization.</source>
        <translation>%1 ist kein Exchange-Server dieser Organisation.</translation>
    </message>
    <message>
        <source>Create the Protocols container of %1</source>
        <translation>Den Protocols-Container von %1 erstellen</translation>
    </message>
    <message>
        <source>Create the SMTP container of %1</source>
        <translation>Den SMTP-Container von %1 erstellen</translation>
    </message>
    <message>
        <source>Create SMTP virtual server “%1” (CN=%2) on %3, listening on %4</source>
        <translation>Virtuellen SMTP-Server „%1“ (CN=%2) auf %3 erstellen, der auf %4 lauscht</translation>
    </message>
    <message>
        <source>%1 is not a routing group of this organization.</source>
        <translation>%1 ist keine Routinggruppe dieser Organisation.</translation>
    </message>
    <message>
        <source>%1 is not an SMTP virtual server of a server in “%2”, so it cannot be a local bridgehead of its connectors.</source>
        <translation>%1 ist kein virtueller SMTP-Server eines Servers in „%2“ und kann daher kein lokaler Bridgehead ihrer Connectors sein.</translation>
    </message>
    <message>
        <source>%1 is chosen more than once as a local bridgehead.</source>
        <translation>%1 ist mehrmals als lokaler Bridgehead gewählt.</translation>
    </message>
    <message>
        <source>“%1” has no servers, so there is no server for the connector to belong to. Move a server into the routing group first.</source>
        <translation>„%1“ hat keine Server, also keinen Server, zu dem der Connector gehören könnte. Verschieben Sie zuerst einen Server in die Routinggruppe.</translation>
    </message>
    <message>
        <source>Create the Connectors container of “%1”</source>
        <translation>Den Connectors-Container von „%1“ erstellen</translation>
    </message>
    <message>
        <source>Create SMTP connector “%1” in “%2”</source>
        <translation>SMTP-Connector „%1“ in „%2“ erstellen</translation>
    </message>
    <message>
        <source>%1 belongs to no routing group of this organization, so no connector can send through it.</source>
        <translation>%1 gehört zu keiner Routinggruppe dieser Organisation, daher kann kein Connector über ihn senden.</translation>
    </message>
    <message>
        <source>%1 is not an SMTP virtual server of %2.</source>
        <translation>%1 ist kein virtueller SMTP-Server von %2.</translation>
    </message>
</context>
<context>
    <name>topology::DirectoryObject</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Administrative Groups container</source>
        <translation>Container für administrative Gruppen</translation>
    </message>
    <message>
        <source>Administrative group</source>
        <translation>Administrative Gruppe</translation>
    </message>
    <message>
        <source>Servers container</source>
        <translation>Container für Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Protocols container</source>
        <translation>Container für Protokolle</translation>
    </message>
    <message>
        <source>SMTP container</source>
        <translation>SMTP-Container</translation>
    </message>
    <message>
        <source>SMTP virtual server</source>
        <translation>Virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>Routing Groups container</source>
        <translation>Container für Routinggruppen</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Connectors container</source>
        <translation>Container für Connectors</translation>
    </message>
    <message>
        <source>SMTP connector</source>
        <translation>SMTP-Connector</translation>
    </message>
    <message>
        <source>Routing group connector</source>
        <translation>Routinggruppenconnector</translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation>Verzeichniseintrag</translation>
    </message>
</context>
<context>
    <name>topology::IpAccessList</name>
    <message>
        <source>Enter an IP address.</source>
        <translation>Geben Sie eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers from 0 to 255, such as 192.0.2.10).</source>
        <translation>„%1“ ist keine IPv4-Adresse (vier Zahlen von 0 bis 255, zum Beispiel 192.0.2.10).</translation>
    </message>
    <message>
        <source>“%1” is an IPv6 address; these lists hold IPv4 addresses.</source>
        <translation>„%1“ ist eine IPv6-Adresse; diese Listen enthalten IPv4-Adressen.</translation>
    </message>
    <message>
        <source>“%1” is not a subnet mask (such as 255.255.255.0).</source>
        <translation>„%1“ ist keine Subnetzmaske (zum Beispiel 255.255.255.0).</translation>
    </message>
    <message>
        <source>“%1” is not a subnet mask: its ones must come first (such as 255.255.255.0).</source>
        <translation>„%1“ ist keine Subnetzmaske: Ihre Einsen müssen vorn stehen (zum Beispiel 255.255.255.0).</translation>
    </message>
    <message>
        <source>A subnet mask of 0.0.0.0 would mean every computer; choose the other option instead.</source>
        <translation>Eine Subnetzmaske 0.0.0.0 bedeutete jeden Computer; wählen Sie stattdessen die andere Option.</translation>
    </message>
    <message>
        <source>%1 is not the network address of the subnet %2; enter the first address of the group.</source>
        <translation>%1 ist nicht die Netzwerkadresse des Subnetzes %2; geben Sie die erste Adresse der Gruppe ein.</translation>
    </message>
    <message>
        <source>The list is stored in a form Bridgehead cannot read (Exchange’s own binary list). It is kept as it is.</source>
        <translation>Die Liste ist in einer Form gespeichert, die Bridgehead nicht lesen kann (die binäre Liste von Exchange). Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The list is stored in a form Bridgehead cannot read. It is kept as it is.</source>
        <translation>Die Liste ist in einer Form gespeichert, die Bridgehead nicht lesen kann. Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The stored list has an entry that is not valid: %1</source>
        <translation>Die gespeicherte Liste hat einen ungültigen Eintrag: %1</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
</context>
<context>
    <name>topology::Limit</name>
    <message>
        <source>Enter a size from %1 to %2 KB.</source>
        <translation>Geben Sie eine Größe von %1 bis %2 KB ein.</translation>
    </message>
    <message>
        <source>Enter a time from %1 to %2 minutes.</source>
        <translation>Geben Sie eine Zeit von %1 bis %2 Minuten ein.</translation>
    </message>
    <message>
        <source>Enter a time from %1 to %2 seconds.</source>
        <translation>Geben Sie eine Zeit von %1 bis %2 Sekunden ein.</translation>
    </message>
    <message>
        <source>Enter a number of connections from %1 to %2.</source>
        <translation>Geben Sie eine Anzahl Verbindungen von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a number of messages from %1 to %2.</source>
        <translation>Geben Sie eine Anzahl Nachrichten von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a number of recipients from %1 to %2.</source>
        <translation>Geben Sie eine Anzahl Empfänger von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a hop count from %1 to %2.</source>
        <translation>Geben Sie eine Hopanzahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a port from %1 to %2.</source>
        <translation>Geben Sie einen Port von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a cost from %1 to %2.</source>
        <translation>Geben Sie Kosten von %1 bis %2 ein.</translation>
    </message>
</context>
<context>
    <name>topology::MailAddress</name>
    <message>
        <source>Enter a domain name, such as example.com.</source>
        <translation>Geben Sie einen Domänennamen ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>“%1” is an IP address; enter a domain name, such as example.com.</source>
        <translation>„%1“ ist eine IP-Adresse; geben Sie einen Domänennamen ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>Enter a mail address, such as postmaster@example.com.</source>
        <translation>Geben Sie eine Mailadresse ein, zum Beispiel postmaster@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a mail address: it needs a name, “@” and a domain, such as postmaster@example.com.</source>
        <translation>„%1“ ist keine Mailadresse: Sie braucht einen Namen, „@“ und eine Domäne, zum Beispiel postmaster@example.com.</translation>
    </message>
    <message>
        <source>The part before “@” in “%1” contains “%2”, which is not allowed.</source>
        <translation>Der Teil vor „@“ in „%1“ enthält „%2“, was nicht zulässig ist.</translation>
    </message>
    <message>
        <source>The part before “@” in “%1” is longer than 64 characters.</source>
        <translation>Der Teil vor „@“ in „%1“ ist länger als 64 Zeichen.</translation>
    </message>
</context>
<context>
    <name>topology::ObjectLookup</name>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>SMTP virtual server</source>
        <translation>Virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP connector</source>
        <translation>SMTP-Connector</translation>
    </message>
    <message>
        <source>administrative group</source>
        <translation>administrative Gruppe</translation>
    </message>
    <message>
        <source>Name the %1, or give its DN.</source>
        <translation>Nennen Sie den Namen (%1) oder geben Sie den DN an.</translation>
    </message>
    <message>
        <source>%1 is not a %2 (it is: %3).</source>
        <translation>%1 ist kein(e) %2 (sondern: %3).</translation>
    </message>
    <message>
        <source>There is no %1 named “%2” in the organization.</source>
        <translation>In der Organisation gibt es kein(e) %1 namens „%2“.</translation>
    </message>
    <message>
        <source>More than one %1 is named “%2”; give the DN of the one you mean:
  %3</source>
        <translation>Mehrere Objekte (%1) heißen „%2“; geben Sie den DN des gemeinten an:
  %3</translation>
    </message>
    <message>
        <source>%1 is not an SMTP virtual server of %2.</source>
        <translation>%1 ist kein virtueller SMTP-Server von %2.</translation>
    </message>
    <message>
        <source>%1 has no SMTP virtual server named “%2”.</source>
        <translation>%1 hat keinen virtuellen SMTP-Server namens „%2“.</translation>
    </message>
    <message>
        <source>%1 has several SMTP virtual servers named “%2”; give the DN of the one you mean:
  %3</source>
        <translation>%1 hat mehrere virtuelle SMTP-Server namens „%2“; geben Sie den DN des gemeinten an:
  %3</translation>
    </message>
    <message>
        <source>%1 is not an SMTP virtual server.</source>
        <translation>%1 ist kein virtueller SMTP-Server.</translation>
    </message>
    <message>
        <source>%1 has no SMTP virtual server.</source>
        <translation>%1 hat keinen virtuellen SMTP-Server.</translation>
    </message>
    <message>
        <source>%1 has several SMTP virtual servers (%2). Say which, as in %1/%3.</source>
        <translation>%1 hat mehrere virtuelle SMTP-Server (%2). Geben Sie an, welchen, etwa als %1/%3.</translation>
    </message>
</context>
<context>
    <name>topology::OutboundSecurity</name>
    <message>
        <source>Enter the account to authenticate with.</source>
        <translation>Geben Sie das Konto für die Authentifizierung ein.</translation>
    </message>
    <message>
        <source>The account name is longer than 256 characters.</source>
        <translation>Der Kontoname ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>The account name contains a control character.</source>
        <translation>Der Kontoname enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>topology::Planner</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 is no longer in the directory.</source>
        <translation>%1 ist nicht mehr im Verzeichnis vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not empty: it still contains %n object(s). Delete or move them first.</source>
        <translation>
            <numerusform>„%1“ ist nicht leer: Es enthält noch %n Objekt. Löschen oder verschieben Sie es zuerst.</numerusform>
            <numerusform>„%1“ ist nicht leer: Es enthält noch %n Objekte. Löschen oder verschieben Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still has member servers. Move them to another routing group first.</source>
        <translation>„%1“ hat noch Mitgliedsserver. Verschieben Sie diese zuerst in eine andere Routinggruppe.</translation>
    </message>
    <message>
        <source>Remove “%1” from the local bridgeheads of “%2”</source>
        <translation>„%1“ aus den lokalen Bridgeheads von „%2“ entfernen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>“%1” already exists here. Choose another name.</source>
        <translation>„%1“ ist hier bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Set the display name of “%1”</source>
        <translation>Anzeigenamen von „%1“ setzen</translation>
    </message>
    <message>
        <source>Update the links of “%1”</source>
        <translation>Verweise von „%1“ anpassen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)</source>
        <translation>„%1“ löschen (%2)</translation>
    </message>
    <message>
        <source>Active Directory does not allow renaming “%1”: it was created without permission to be renamed (systemFlags). Create a new one with the name you want and delete this one.</source>
        <translation>Active Directory erlaubt nicht, „%1“ umzubenennen: Es wurde ohne die Erlaubnis zum Umbenennen angelegt (systemFlags). Legen Sie ein neues mit dem gewünschten Namen an und löschen Sie dieses.</translation>
    </message>
</context>
<context>
    <name>topology::RetryIntervals</name>
    <message>
        <source>First retry interval</source>
        <translation>Erstes Wiederholungsintervall</translation>
    </message>
    <message>
        <source>Second retry interval</source>
        <translation>Zweites Wiederholungsintervall</translation>
    </message>
    <message>
        <source>Third retry interval</source>
        <translation>Drittes Wiederholungsintervall</translation>
    </message>
    <message>
        <source>Subsequent retry interval</source>
        <translation>Weitere Wiederholungsintervalle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not four retry intervals in minutes separated by commas (such as 15,30,60,240).</source>
        <translation>„%1“ sind nicht vier durch Kommas getrennte Wiederholungsintervalle in Minuten (zum Beispiel 15,30,60,240).</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>„%1“ ist keine Anzahl Minuten.</translation>
    </message>
</context>
<context>
    <name>topology::ServerBinding</name>
    <message>
        <source>The binding is empty. Write it as IP:port:, for example :25: for all unassigned addresses.</source>
        <translation>Die Angabe ist leer. Schreiben Sie sie als IP:Port:, zum Beispiel :25: für alle nicht zugewiesenen Adressen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing the ] after the IPv6 address.</source>
        <translation>In „%1“ fehlt die ] nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a colon and a port after the address, as in [2001:db8::1]:25:.</source>
        <translation>„%1“ benötigt nach der Adresse einen Doppelpunkt und einen Port, wie in [2001:db8::1]:25:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port. Write it as IP:port:, for example 10.1.0.5:25:.</source>
        <translation>„%1“ enthält keinen Port. Schreiben Sie die Angabe als IP:Port:, zum Beispiel 10.1.0.5:25:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address. Type an IPv4 address such as 10.1.0.5 or an IPv6 address, or leave it empty for all unassigned addresses.</source>
        <translation>„%1“ ist keine gültige IP-Adresse. Geben Sie eine IPv4-Adresse wie 10.1.0.5 oder eine IPv6-Adresse ein, oder lassen Sie das Feld für alle nicht zugewiesenen Adressen leer.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>(All Unassigned)</source>
        <translation>(Alle nicht zugewiesenen)</translation>
    </message>
</context>
<context>
    <name>topology::SmartHostList</name>
    <message>
        <source>&quot;%1&quot; is listed more than once.</source>
        <translation>„%1“ ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its closing bracket ].</source>
        <translation>In „%1“ fehlt die schließende eckige Klammer ].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the closing bracket.</source>
        <translation>„%1“ enthält Text nach der schließenden eckigen Klammer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address. Square brackets can only hold an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine gültige IP-Adresse. Eckige Klammern dürfen nur eine IPv4- oder IPv6-Adresse enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid. Square brackets must enclose a whole IP address, as in [192.0.2.10].</source>
        <translation>„%1“ ist ungültig. Eckige Klammern müssen eine vollständige IP-Adresse umschließen, wie in [192.0.2.10].</translation>
    </message>
    <message>
        <source>Put IP addresses in square brackets: [%1]</source>
        <translation>Setzen Sie IP-Adressen in eckige Klammern: [%1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address.</source>
        <translation>„%1“ ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;, which is not allowed. Use letters, digits, hyphens and dots.</source>
        <translation>Der Hostname „%1“ enthält „%2“; das ist nicht zulässig. Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has an empty part: it starts or ends with a dot, or has two dots in a row.</source>
        <translation>Der Hostname „%1“ hat einen leeren Teil: Er beginnt oder endet mit einem Punkt oder enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has a part longer than 63 characters.</source>
        <translation>Der Hostname „%1“ hat einen Teil, der länger als 63 Zeichen ist.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is longer than 253 characters.</source>
        <translation>Der Hostname „%1“ ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces. Exchange reads the value exactly as it is stored, so separate smart hosts with semicolons only.</source>
        <translation>„%1“ enthält Leerzeichen. Exchange liest den Wert genau so, wie er gespeichert ist; trennen Sie Smarthosts daher nur durch Semikolons.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty entry: two separators in a row, or one at the start or end.</source>
        <translation>„%1“ hat einen leeren Eintrag: zwei Trennzeichen hintereinander oder eines am Anfang oder Ende.</translation>
    </message>
</context>
<context>
    <name>topology::VirtualServerChecks</name>
    <message>
        <source>Add at least one IP address and port for the virtual server to listen on.</source>
        <translation>Fügen Sie mindestens eine IP-Adresse mit Port hinzu, an der der virtuelle Server lauschen soll.</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is already used by “%2” on this server.</source>
        <translation>%1 wird auf diesem Server bereits von „%2“ verwendet.</translation>
    </message>
    <message>
        <source>Type a name for the virtual server.</source>
        <translation>Geben Sie einen Namen für den virtuellen Server ein.</translation>
    </message>
    <message>
        <source>Another virtual server on this server is already called “%1”.</source>
        <translation>Ein anderer virtueller Server auf diesem Server heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Type a host name such as mail.example.com, not an IP address.</source>
        <translation>Geben Sie einen Hostnamen wie mail.example.com ein, keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Type one host name, such as mail.example.com.</source>
        <translation>Geben Sie genau einen Hostnamen ein, zum Beispiel mail.example.com.</translation>
    </message>
    <message>
        <source>%1 is already used by “%2” on this server, which listens on port %3 of all unassigned addresses.</source>
        <translation>%1 wird auf diesem Server bereits von „%2“ verwendet, der auf Port %3 aller nicht zugewiesenen Adressen empfängt.</translation>
    </message>
    <message>
        <source>%1 includes %2, which “%3” on this server already uses.</source>
        <translation>%1 schließt %2 ein, das „%3“ auf diesem Server bereits verwendet.</translation>
    </message>
    <message>
        <source>%1 is already covered by %2 in this list.</source>
        <translation>%1 ist in dieser Liste bereits durch %2 abgedeckt.</translation>
    </message>
</context>
<context>
    <name>tracking::FileLogSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tracking::InstanceLogSource</name>
    <message>
        <source>Cannot read the Postfix log of %1 (%2): %3</source>
        <translation>Das Postfix-Protokoll von %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the Postfix log of %1 (%2): it answered with no log.</source>
        <translation>Das Postfix-Protokoll von %1 (%2) kann nicht gelesen werden: Es kam kein Protokoll zurück.</translation>
    </message>
</context>
<context>
    <name>tracking::MessageEvent</name>
    <message>
        <source>Submitted on the server itself</source>
        <translation>Auf dem Server selbst eingeliefert</translation>
    </message>
    <message>
        <source>Accepted by %1 from %2</source>
        <translation>Angenommen von %1 von %2</translation>
    </message>
    <message>
        <source>Refused by %1 for %2: %3</source>
        <translation>Von %1 für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Message-ID %1</source>
        <translation>Message-ID %1</translation>
    </message>
    <message>
        <source>Queued: from %1, %2 bytes, recipients: %3</source>
        <translation>In der Warteschlange: von %1, %2 Byte, Empfänger: %3</translation>
    </message>
    <message>
        <source>Delivered to %1 through %2 after %3 s: %4</source>
        <translation>An %1 über %2 nach %3 s zugestellt: %4</translation>
    </message>
    <message>
        <source>Handed on for %1 to %2 after %3 s, queued there as %4</source>
        <translation>Für %1 nach %3 s an %2 weitergegeben, dort eingereiht als %4</translation>
    </message>
    <message>
        <source>Deferred for %1 after %2 s (relay %3): %4</source>
        <translation>Für %1 nach %2 s zurückgestellt (Relay %3): %4</translation>
    </message>
    <message>
        <source>Bounced for %1 (relay %2): %3</source>
        <translation>Für %1 unzustellbar (Relay %2): %3</translation>
    </message>
    <message>
        <source>Expired: returned to the sender</source>
        <translation>Abgelaufen: an den Absender zurückgesandt</translation>
    </message>
    <message>
        <source>Delivery report to the sender sent as %1</source>
        <translation>Zustellbericht an den Absender als %1 gesendet</translation>
    </message>
    <message>
        <source>Frozen (placed on hold)</source>
        <translation>Eingefroren (angehalten)</translation>
    </message>
    <message>
        <source>Unfrozen (released from hold)</source>
        <translation>Aufgetaut (freigegeben)</translation>
    </message>
    <message>
        <source>Deleted by an administrator</source>
        <translation>Von einem Administrator gelöscht</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Neu eingereiht</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>Hat die Warteschlange verlassen</translation>
    </message>
</context>
<context>
    <name>tracking::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>tracking::TrackQuery</name>
    <message>
        <source>Enter what to look for.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Postfix queue ID: those are 6 to 24 letters and digits, such as 068ABA7230C.</source>
        <translation>„%1“ ist keine Postfix-Queue-ID: Diese bestehen aus 6 bis 24 Buchstaben und Ziffern, etwa 068ABA7230C.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: leave out spaces and angle brackets.</source>
        <translation>„%1“ ist keine Adresse: Lassen Sie Leerzeichen und spitze Klammern weg.</translation>
    </message>
    <message>
        <source>A test message&apos;s token has no spaces, as in BH-k7m2q9x4ab3c.</source>
        <translation>Das Kennzeichen einer Testnachricht hat keine Leerzeichen, wie in BH-k7m2q9x4ab3c.</translation>
    </message>
    <message>
        <source>queue ID %1</source>
        <translation>Queue-ID %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>Absender %1</translation>
    </message>
    <message>
        <source>recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>test message %1</source>
        <translation>Testnachricht %1</translation>
    </message>
</context>
<context>
    <name>tracking::TrackedMessage</name>
    <message>
        <source>Deleted on %1</source>
        <translation>Auf %1 gelöscht</translation>
    </message>
    <message>
        <source>Frozen on %1</source>
        <translation>Auf %1 eingefroren</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>waiting to be retried</source>
        <translation>wartet auf einen neuen Versuch</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message>
        <source>Left the queue on %1</source>
        <translation>Hat die Warteschlange auf %1 verlassen</translation>
    </message>
    <message>
        <source>In the queue on %1</source>
        <translation>In der Warteschlange auf %1</translation>
    </message>
</context>
<context>
    <name>tracking::TrackingRun</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>trackingui::TrackingDialog</name>
    <message>
        <source>Track Message on %1</source>
        <translation>Nachricht auf %1 verfolgen</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Test message token</source>
        <translation>Kennzeichen der Testnachricht</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Auf:</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>&amp;Suchen nach:</translation>
    </message>
    <message>
        <source>Reads the Postfix logs of: %1.</source>
        <translation>Liest die Postfix-Protokolle von: %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Wo sie ist</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the logs: %1 of %2…</source>
        <translation>Protokolle werden gelesen: %1 von %2…</translation>
    </message>
    <message>
        <source>Following the messages…</source>
        <translation>Die Nachrichten werden verfolgt…</translation>
    </message>
    <message>
        <source>Refusals before queueing: %1</source>
        <translation>Ablehnungen vor dem Einreihen: %1</translation>
    </message>
    <message>
        <source>Nothing found in %1 log lines.</source>
        <translation>In %1 Protokollzeilen nichts gefunden.</translation>
    </message>
    <message>
        <source>Messages found: %1, in %2 log lines.</source>
        <translation>Gefundene Nachrichten: %1, in %2 Protokollzeilen.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>wizards::GatewayPage</name>
    <message>
        <source>Internet Mail Gateway</source>
        <translation>Internet-E-Mail-Gateway</translation>
    </message>
    <message>
        <source>Choose the server that sends and receives the organization&apos;s Internet mail.</source>
        <translation>Wählen Sie den Server, der die Internet-E-Mails der Organisation sendet und empfängt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Gateway server:</source>
        <translation>&amp;Gatewayserver:</translation>
    </message>
    <message>
        <source>The wizard gives it an SMTP connector for all Internet mail (* at cost 1) with one of its virtual servers as the only local bridgehead.</source>
        <translation>Der Assistent gibt ihm einen SMTP-Connector für alle Internet-E-Mails (* mit Kosten 1) mit einem seiner virtuellen Server als einzigem lokalem Bridgehead.</translation>
    </message>
    <message>
        <source>There is no Exchange server here.</source>
        <translation>Hier gibt es keinen Exchange-Server.</translation>
    </message>
    <message>
        <source>This server is no longer in the directory.</source>
        <translation>Dieser Server ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 belongs to no routing group, so no connector can send through it.</source>
        <translation>%1 gehört zu keiner Routinggruppe, daher kann kein Connector über ihn senden.</translation>
    </message>
</context>
<context>
    <name>wizards::InternetMailWizard</name>
    <message>
        <source>Internet Mail Wizard</source>
        <translation>Internet-E-Mail-Assistent</translation>
    </message>
    <message>
        <source>New SMTP Virtual Server</source>
        <translation>Neuer virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>Name the new virtual server and say where it listens.</source>
        <translation>Benennen Sie den neuen virtuellen Server und geben Sie an, wo er lauscht.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Send Internet mail straight to each domain (DNS), or through your provider&apos;s smart hosts.</source>
        <translation>Internet-E-Mails direkt an jede Domäne senden (DNS) oder über die Smarthosts Ihres Providers.</translation>
    </message>
    <message>
        <source>a new one, “%1”, listening on %2</source>
        <translation>ein neuer, „%1“, der auf %2 lauscht</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Gateway: %1</translation>
    </message>
    <message>
        <source>Virtual server: %1</source>
        <translation>Virtueller Server: %1</translation>
    </message>
    <message>
        <source>Connector: %1 in %2</source>
        <translation>Connector: %1 in %2</translation>
    </message>
    <message>
        <source>Address space: SMTP:* (cost 1) for the entire organization</source>
        <translation>Adressraum: SMTP:* (Kosten 1) für die gesamte Organisation</translation>
    </message>
    <message>
        <source>Local bridgehead: that virtual server only</source>
        <translation>Lokaler Bridgehead: nur dieser virtuelle Server</translation>
    </message>
    <message>
        <source>Routing: %1</source>
        <translation>Routing: %1</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>smart hosts %1</source>
        <translation>Smarthosts %1</translation>
    </message>
</context>
<context>
    <name>wizards::NewConnectorWizard</name>
    <message>
        <source>New SMTP Connector</source>
        <translation>Neuer SMTP-Connector</translation>
    </message>
    <message>
        <source>SMTP Connector</source>
        <translation>SMTP-Connector</translation>
    </message>
    <message>
        <source>Name the connector for %1, choose the virtual servers that send through it and how it routes.</source>
        <translation>Benennen Sie den Connector für %1, wählen Sie die virtuellen Server, die über ihn senden, und wie er routet.</translation>
    </message>
    <message>
        <source>&amp;Let any server of the routing group send through this connector</source>
        <translation>&amp;Jeden Server der Routinggruppe über diesen Connector senden lassen</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Mail to these domains goes through the connector. * is every domain.</source>
        <translation>E-Mails an diese Domänen gehen über den Connector. * steht für jede Domäne.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1:%2 (cost %3)</source>
        <translation>%1:%2 (Kosten %3)</translation>
    </message>
    <message>
        <source>Routing group: %1</source>
        <translation>Routinggruppe: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Local bridgeheads: %1</source>
        <translation>Lokale Bridgeheads: %1</translation>
    </message>
    <message>
        <source>none (any server of the routing group may send)</source>
        <translation>keine (jeder Server der Routinggruppe darf senden)</translation>
    </message>
    <message>
        <source>Address spaces: %1</source>
        <translation>Adressräume: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Entire organization</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Routing: %1</source>
        <translation>Routing: %1</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>smart hosts %1</source>
        <translation>Smarthosts %1</translation>
    </message>
</context>
<context>
    <name>wizards::NewVirtualServerWizard</name>
    <message>
        <source>New SMTP Virtual Server</source>
        <translation>Neuer virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP Virtual Server</source>
        <translation>Virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>Name the new virtual server of %1 and say where it listens.</source>
        <translation>Benennen Sie den neuen virtuellen Server von %1 und geben Sie an, wo er lauscht.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Listens on: %1</source>
        <translation>Lauscht auf: %1</translation>
    </message>
    <message>
        <source>Fully qualified domain name: %1</source>
        <translation>Vollqualifizierter Domänenname: %1</translation>
    </message>
    <message>
        <source>the server&apos;s DNS name</source>
        <translation>der DNS-Name des Servers</translation>
    </message>
</context>
<context>
    <name>wizards::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>LDIF</source>
        <translation>LDIF</translation>
    </message>
    <message>
        <source>Open &amp;Properties</source>
        <translation>&amp;Eigenschaften öffnen</translation>
    </message>
    <message>
        <source>The same from a script, or for the record:</source>
        <translation>Dasselbe für ein Skript oder zum Nachlesen:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Writing to the directory…</source>
        <translation>Wird ins Verzeichnis geschrieben…</translation>
    </message>
    <message>
        <source>Creating:</source>
        <translation>Wird erstellt:</translation>
    </message>
    <message>
        <source>Everything was created.</source>
        <translation>Alles wurde erstellt.</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>The directory holds the new objects now; the console shows them as soon as they arrive.</source>
        <translation>Das Verzeichnis enthält die neuen Objekte jetzt; die Konsole zeigt sie, sobald sie ankommen.</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Nichts wurde erstellt.</translation>
    </message>
    <message>
        <source>Not created:</source>
        <translation>Nicht erstellt:</translation>
    </message>
    <message>
        <source>%1

Go back to change the settings, or close the wizard.</source>
        <translation>%1

Gehen Sie zurück, um die Einstellungen zu ändern, oder schließen Sie den Assistenten.</translation>
    </message>
</context>
<context>
    <name>wizards::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check the settings. Nothing is written until you click Finish.</source>
        <translation>Prüfen Sie die Einstellungen. Erst mit „Fertig stellen“ wird etwas geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig stellen</translation>
    </message>
    <message>
        <source>Finish will create:</source>
        <translation>„Fertig stellen“ erstellt:</translation>
    </message>
    <message>
        <source>%1
Go back to change it.</source>
        <translation>%1
Gehen Sie zurück, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>wizards::VirtualServerChoicePage</name>
    <message>
        <source>SMTP Virtual Server</source>
        <translation>Virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>Choose the virtual server of the gateway that sends the mail.</source>
        <translation>Wählen Sie den virtuellen Server des Gateways, der die E-Mails sendet.</translation>
    </message>
    <message>
        <source>&amp;Use an existing virtual server:</source>
        <translation>&amp;Vorhandenen virtuellen Server verwenden:</translation>
    </message>
    <message>
        <source>&amp;Create a new SMTP virtual server</source>
        <translation>Neuen virtuellen SMTP-Server &amp;erstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
