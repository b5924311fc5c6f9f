<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Bridgehead: a console for Internet mail routing kept in an LDAP directory (Exchange 2003 layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private directory with the demo organization and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory server address (ldap://, ldaps://, ldapi://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base DN; discovered from the server if omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind with this DN (simple bind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bind password from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind with SASL EXTERNAL (ldapi:// peer credentials or a TLS client certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use StartTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the directory is loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this object (DN) in the tree once the directory is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional subcommand to run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select needs a distinguished name, for example &quot;CN=GW1,CN=Servers,…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --uri, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind-dn needs a password: give it with --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Local directory (ldapi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdapResult</name>
    <message>
        <source>Invalid credentials: the bind DN or the password is wrong. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this kind of authentication for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient access: your account may not make this change. Bind as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry does not exist (it may have been deleted meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry does not exist; the closest existing entry is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with this name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this entry since it was loaded. Reload it to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry still has children. Delete or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks the directory schema (a required attribute is missing or not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know one of the attributes. Is the Bridgehead schema loaded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value has the wrong format for the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value breaks a directory constraint (for example a single-valued attribute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to remove is not there any more; the entry was changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned only part of the result (size limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server is busy or unavailable. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the directory server. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a directory server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server reported an error: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bridgehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Exchange organization under %1. Check the base DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Demo Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bridgehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bridgehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bridgehead %1&lt;/b&gt;&lt;p&gt;A console for Internet mail routing kept in an LDAP directory, in the layout of Exchange 2003.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo directory could not be started.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is not reachable; nothing can be renamed until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live (F5 to refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made anywhere appear here within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The directory server cannot be reached. The console is read-only and shows the organization as it was last read; it reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands::DeleteCommand</name>
    <message>
        <source>%1 is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not empty: it still contains %n object(s). Delete or move them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still has member servers. Move them to another routing group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to delete these %n objects?

%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands::ExportListCommand</name>
    <message>
        <source>E&amp;xport List…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands::PropertiesCommand</name>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands::RefreshCommand</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands::RenameCommand</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another virtual server on this server is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists here. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectui::ConnectDialog</name>
    <message>
        <source>Connect to Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this saved connection and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is saved under this name when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved password from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectui::ConnectionProbe</name>
    <message>
        <source>the server returned no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1, but the base DN %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not name a base DN in its root DSE; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectui::ConnectionSettingsForm</name>
    <message>
        <source>ldap://dc1.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldap://host[:port], ldaps://host[:port] or ldapi://%2Fpath%2Fto%2Fsocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: read it from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the naming contexts from the server&apos;s root DSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeo&amp;ut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;onymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mple bind with a DN and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL &amp;EXTERNAL (ldapi:// socket or TLS client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn=admin,dc=example,dc=com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind &amp;DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start, ldaps://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS needs an ldaps:// address; for %1 choose None or StartTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the root DSE of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server holds %n naming contexts; choose one from the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>connectui::PasswordStore</name>
    <message>
        <source>The system keychain holds no password for %1; enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1; enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1; the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1; the saved password was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1; the saved password was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ConsoleTreeModel</name>
    <message>
        <source>Administrative Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::DetailsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local bridgeheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entire organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any server in the routing group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing group connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::DirectorySession</name>
    <message>
        <source>Could not connect to %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not say where its data is. Give the base DN (for example CN=Configuration,DC=example,DC=com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; the tree shows what was read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the organization under %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory::ConnectionSettings</name>
    <message>
        <source>Enter the server address, for example ldap://dc1.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with ldap://, ldaps:// or ldapi://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base DN is not a valid distinguished name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the DN to bind as, or choose anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind DN is not a valid distinguished name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL EXTERNAL needs an ldapi:// address or a TLS client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either StartTLS or an ldaps:// address, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SASL EXTERNAL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory::ConnectionWorker</name>
    <message>
        <source>The consistency check &quot;%1&quot; is not a valid filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the directory server was lost. Bridgehead will reconnect on the next operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start a transaction, so nothing was written. A change that spans several entries needs a server with LDAP transactions (RFC 5805).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was written: the whole change was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory::Dn</name>
    <message>
        <source>&quot;%1&quot; is not a valid distinguished name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-valued names such as &quot;%1&quot; are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory::LdapHandle</name>
    <message>
        <source>The address %1 is not a valid LDAP URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified. Give the CA certificate that signed it (CA file), or check that the address matches the certificate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory::LocalDirectory</name>
    <message>
        <source>The LDAP server slapd was not found at %1. Install it with: apt-get install slapd ldap-utils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare a temporary directory for slapd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the directory configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bridgehead schema could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slapd configuration could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slapadd failed while preparing the directory:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slapadd could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LDIF file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting slapd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slapd stopped while starting (exit code %1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slapd could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slapd did not accept connections within %1 s:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::AddressSpaceDialog</name>
    <message>
        <source>Address Space Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SMTP, type a domain such as contoso.com (its subdomains are included) or * for all domains. Lower costs are preferred; the cost is from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::BindingDialog</name>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::BridgeheadChooserDialog</name>
    <message>
        <source>Add Bridgehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select the SMTP virtual servers to add as local bridgeheads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SMTP virtual server of this routing group is already a bridgehead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::ConflictDialog</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed in the directory after you opened its properties. Choose Reload to see the current values and discard your changes, or Overwrite to save your values over the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes you changed hold the values you started from again. Overwrite saves your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::ConnectorAddressSpaceTab</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entire &amp;organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to these addresses is sent through this connector; lower costs are preferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is kept as it is. Edit it to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one address space. Use SMTP with address * for all Internet mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::ConnectorAdvancedTab</name>
    <message>
        <source>Send &amp;HELO instead of EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &amp;TLS (encrypt outbound connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for old mail servers that do not understand EHLO; HELO rules out TLS and other SMTP extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail waits in the queue when the remote server does not offer TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::ConnectorContentRestrictionsTab</name>
    <message>
        <source>&amp;Limit message size to (KB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger messages are not sent through this connector; routing looks for another route or returns them to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::ConnectorDetailsTab</name>
    <message>
        <source>Administrative &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinguished name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::ConnectorGeneralTab</name>
    <message>
        <source>&amp;Use DNS to route to each address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward all mail through this connector to the following smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay.example.net;[192.0.2.10]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local bridgeheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a virtual server of this routing group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one smart host, or choose “Use DNS to route to each address space”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::GenericTab</name>
    <message numerus="yes">
        <source>(binary, %n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::PropertySheet</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the directory was closed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the directory. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerDeliveryTab</name>
    <message>
        <source>none: deliver with DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound &amp;TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smart host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names and IP addresses in square brackets, separated by semicolons, for example relay.example.net;[192.0.2.10].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; set smart hosts on an SMTP connector instead. A smart host on the virtual server applies to all mail it sends, including mail that a connector routes elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerGeneralTab</name>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s own DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses and ports this virtual server listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fully qualified domain name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced in HELO and EHLO. Leave it empty to use the server&apos;s DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is kept as it is. Edit it to replace it with a valid binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one IP address and port for the virtual server to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by “%2” on this server, which listens on port %3 of all unassigned addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by “%2” on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a host name such as mail.example.com, not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one host name, such as mail.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the virtual server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties::VirtualServerMessagesTab</name>
    <message>
        <source>&amp;Limit message size to (KB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit number of &amp;recipients per message to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages above the size limit and messages with more recipients are refused when they arrive at this virtual server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>topology::AddressSpace</name>
    <message>
        <source>The address space is empty. Write it as type:address;cost, for example SMTP:*;1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no address type. Write it as type:address;cost, for example SMTP:*;1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an address type, such as SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address type. Use letters and digits only, such as SMTP or X400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address. Use * to match every address of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost must be a whole number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a domain such as contoso.com, or * for all domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type only the domain, without a user name or @ (for example contoso.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed in a domain. Use letters, digits, hyphens and dots, with * as a wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot start or end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use * on its own or as the first part of a domain, as in *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain can have at most 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of a domain between dots can have at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>topology::DirectoryObject</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative Groups container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP virtual server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing Groups container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing group connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>topology::ServerBinding</name>
    <message>
        <source>The binding is empty. Write it as IP:port:, for example :25: for all unassigned addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing the ] after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a colon and a port after the address, as in [2001:db8::1]:25:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port. Write it as IP:port:, for example 10.1.0.5:25:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address. Type an IPv4 address such as 10.1.0.5 or an IPv6 address, or leave it empty for all unassigned addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(All Unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>topology::SmartHostList</name>
    <message>
        <source>&quot;%1&quot; is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its closing bracket ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the closing bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address. Square brackets can only hold an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid. Square brackets must enclose a whole IP address, as in [192.0.2.10].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put IP addresses in square brackets: [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;, which is not allowed. Use letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has an empty part: it starts or ends with a dot, or has two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has a part longer than 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is longer than 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
