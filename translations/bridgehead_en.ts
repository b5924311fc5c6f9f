<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli::TrackSubcommand</name>
    <message numerus="yes">
        <source>No message found (%n log line(s) read).</source>
        <translation>
            <numerusform>No message found (%n log line read).</numerusform>
            <numerusform>No message found (%n log lines read).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands::DeleteCommand</name>
    <message numerus="yes">
        <source>Are you sure you want to delete these %n objects?

%1</source>
        <translation>
            <numerusform>Are you sure you want to delete this object?

%1</numerusform>
            <numerusform>Are you sure you want to delete these %n objects?

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>connectui::ConnectionSettingsForm</name>
    <message numerus="yes">
        <source>The server holds %n naming contexts; choose one from the list.</source>
        <translation>
            <numerusform>The server holds %n naming context; choose one from the list.</numerusform>
            <numerusform>The server holds %n naming contexts; choose one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consoleui::ConsoleStatusBar</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>properties::GenericTab</name>
    <message numerus="yes">
        <source>(binary, %n byte(s))</source>
        <translation>
            <numerusform>(binary, %n byte)</numerusform>
            <numerusform>(binary, %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>properties::ObjectGeneralTab</name>
    <message numerus="yes">
        <source>%n administrative group(s)</source>
        <translation>
            <numerusform>%n administrative group</numerusform>
            <numerusform>%n administrative groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP virtual server(s)</source>
        <translation>
            <numerusform>%n SMTP virtual server</numerusform>
            <numerusform>%n SMTP virtual servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing group(s)</source>
        <translation>
            <numerusform>%n routing group</numerusform>
            <numerusform>%n routing groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP connector(s)</source>
        <translation>
            <numerusform>%n SMTP connector</numerusform>
            <numerusform>%n SMTP connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing group connector(s)</source>
        <translation>
            <numerusform>%n routing group connector</numerusform>
            <numerusform>%n routing group connectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queues::ActionResult</name>
    <message numerus="yes">
        <source>%n message(s) frozen</source>
        <translation>
            <numerusform>%n message frozen</numerusform>
            <numerusform>%n messages frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unfrozen</source>
        <translation>
            <numerusform>%n message unfrozen</numerusform>
            <numerusform>%n messages unfrozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted without NDR</source>
        <translation>
            <numerusform>%n message deleted without NDR</numerusform>
            <numerusform>%n messages deleted without NDR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) expired: the senders get an NDR</source>
        <translation>
            <numerusform>%n message expired: the senders get an NDR</numerusform>
            <numerusform>%n messages expired: the senders get an NDR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for delivery now</source>
        <translation>
            <numerusform>%n message queued for delivery now</numerusform>
            <numerusform>%n messages queued for delivery now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queues::MessageListModel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queues::PostqueueListing</name>
    <message numerus="yes">
        <source>%n line(s) of the listing could not be read (%1).</source>
        <translation>
            <numerusform>%n line of the listing could not be read (%1).</numerusform>
            <numerusform>%n lines of the listing could not be read (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::FindMessagesDialog</name>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message found.</numerusform>
            <numerusform>%n messages found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s): </source>
        <translation>
            <numerusform>Stopped after %n message: </numerusform>
            <numerusform>Stopped after %n messages: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::MessageActionRunner</name>
    <message numerus="yes">
        <source>Delete %n message(s) and send a non-delivery report (NDR) to each sender?</source>
        <translation>
            <numerusform>Delete %n message and send a non-delivery report (NDR) to each sender?</numerusform>
            <numerusform>Delete %n messages and send a non-delivery report (NDR) to each sender?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) without a non-delivery report? The senders are not told.</source>
        <translation>
            <numerusform>Delete %n message without a non-delivery report? The senders are not told.</numerusform>
            <numerusform>Delete %n messages without a non-delivery report? The senders are not told.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)…</source>
        <translation>
            <numerusform>%1: %n message…</numerusform>
            <numerusform>%1: %n messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::QueueMessagesDialog</name>
    <message numerus="yes">
        <source>%1 — %n message(s), %2</source>
        <translation>
            <numerusform>%1 — %n message, %2</numerusform>
            <numerusform>%1 — %n messages, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::QueueSettingsDialog</name>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every %n second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::QueueSourceDialog</name>
    <message numerus="yes">
        <source>Postfix answered: %n message(s) in the queue.</source>
        <translation>
            <numerusform>Postfix answered: %n message in the queue.</numerusform>
            <numerusform>Postfix answered: %n messages in the queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queueui::QueueViewer</name>
    <message numerus="yes">
        <source>Reading the queue… %n message(s) so far.</source>
        <translation>
            <numerusform>Reading the queue… %n message so far.</numerusform>
            <numerusform>Reading the queue… %n messages so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), read at %1.</source>
        <translation>
            <numerusform>%n message, read at %1.</numerusform>
            <numerusform>%n messages, read at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) as last read.</source>
        <translation>
            <numerusform>%n message as last read.</numerusform>
            <numerusform>%n messages as last read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routing::RouteResolver</name>
    <message numerus="yes">
        <source>It comes first of %n candidates: the most specific address space, then the lowest cost.</source>
        <translation>
            <numerusform>It is the only candidate.</numerusform>
            <numerusform>It comes first of %n candidates: the most specific address space, then the lowest cost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routingui::RouteDiagram</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema::SchemaPlan</name>
    <message numerus="yes">
        <source>%n definition(s) already in the forest</source>
        <translation>
            <numerusform>%n definition already in the forest</numerusform>
            <numerusform>%n definitions already in the forest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema::SchemaPreparer</name>
    <message numerus="yes">
        <source>The forest is prepared for Bridgehead: %n schema change(s) written.</source>
        <translation>
            <numerusform>The forest is prepared for Bridgehead: %n schema change written.</numerusform>
            <numerusform>The forest is prepared for Bridgehead: %n schema changes written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection was closed after %n schema change(s).</source>
        <translation>
            <numerusform>The connection was closed after %n schema change.</numerusform>
            <numerusform>The connection was closed after %n schema changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed: %2
%n schema change(s) were written before it; running the preparation again adds the rest.</source>
        <translation>
            <numerusform>“%1” failed: %2
%n schema change was written before it; running the preparation again adds the rest.</numerusform>
            <numerusform>“%1” failed: %2
%n schema changes were written before it; running the preparation again adds the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::SmtpClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>topology::ChangeSetWriter</name>
    <message numerus="yes">
        <source>“%1” failed. The %n change(s) already written were undone, so the directory is as it was.
%2</source>
        <translation>
            <numerusform>“%1” failed. The %n change already written was undone, so the directory is as it was.
%2</numerusform>
            <numerusform>“%1” failed. The %n changes already written were undone, so the directory is as it was.
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>topology::Planner</name>
    <message numerus="yes">
        <source>“%1” is not empty: it still contains %n object(s). Delete or move them first.</source>
        <translation>
            <numerusform>“%1” is not empty: it still contains %n object. Delete or move them first.</numerusform>
            <numerusform>“%1” is not empty: it still contains %n objects. Delete or move them first.</numerusform>
        </translation>
    </message>
</context>
</TS>
