<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="171"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt bewahrt den Schlüssel deiner lokalen Daten und deine Anmeldung im Schlüsselbund des Systems auf, und es ist keiner verfügbar.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Nicht als %1 angemeldet: Du kannst lesen und schreiben; melde dich an, um zu senden.</translation>
    </message>
</context>
<context>
    <name>CardPane</name>
    <message>
        <location filename="../../ui/detail.py" line="250"/>
        <source>Close the detail pane</source>
        <translation>Detailbereich schließen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="274"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="276"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="277"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="278"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="279"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="280"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="284"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="288"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="290"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="291"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="292"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="293"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="295"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="298"/>
        <location filename="../../ui/detail.py" line="300"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="298"/>
        <source>waiting to send</source>
        <translation>wartet auf Senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>conflict copy</source>
        <translation>Konfliktkopie</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/stream.py" line="378"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Schreib etwas … @ erwähnt jemanden, Strg+Eingabe sendet</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="379"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="381"/>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="382"/>
        <source>Post as a question</source>
        <translation>Als Frage veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="383"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Frag die Gruppe; eine Antwort kann später markiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="384"/>
        <source>&amp;Post</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="385"/>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="386"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="422"/>
        <source>Write something first.</source>
        <translation>Schreib zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="443"/>
        <source>Could not save the post: %1</source>
        <translation>Der Beitrag konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail.py" line="316"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="235"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="236"/>
        <source>Open this address in your browser?</source>
        <translation>Diese Adresse im Browser öffnen?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>Sign in to Treffpunkt</source>
        <translation>Bei Treffpunkt anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <source>Sign in with the account of your organisation.</source>
        <translation>Melde dich mit dem Konto deiner Organisation an.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63"/>
        <source>e.g. intranet.harderwijk.nl</source>
        <translation>z. B. intranet.kleve.de</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Set by your IT department</source>
        <translation>Von deiner IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>e.g. anke.devries</source>
        <translation>z. B. andrea.hartmann</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="90"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="93"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="114"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Gib die Adresse des Servers deiner Organisation ein.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>„%1“ ist keine Serveradresse. Verwende einen Namen wie intranet.example.de oder eine URL, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Enter your user name.</source>
        <translation>Gib deinen Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="128"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="138"/>
        <source>Signing in …</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="168"/>
        <source>Signing in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="47"/>
        <location filename="../../ui/mainwindow.py" line="48"/>
        <location filename="../../ui/mainwindow.py" line="59"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="55"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="61"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Suchen … (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="63"/>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="68"/>
        <location filename="../../ui/mainwindow.py" line="69"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="72"/>
        <source>Sign in to another account …</source>
        <translation>Bei einem weiteren Konto anmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>People directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="90"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <source>Go to the sidebar</source>
        <translation>Zur Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>Go to the list</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>Go to the details</source>
        <translation>Zu den Details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>Close the details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="126"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="191"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Wähle links eine Gruppe, um zu lesen und zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>Du bist noch nicht angemeldet.
Wähle „Anmelden“ im Kontomenü oben rechts.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="108"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="108"/>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="110"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="115"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="116"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="118"/>
        <source>waiting to send</source>
        <translation>wartet auf Senden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="144"/>
        <location filename="../../ui/postview.py" line="249"/>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="147"/>
        <location filename="../../ui/postview.py" line="250"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="210"/>
        <location filename="../../ui/searchdialog.py" line="211"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="217"/>
        <source>Search people, posts, documents …</source>
        <translation>Personen, Beiträge, Dokumente suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="218"/>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="224"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="233"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="293"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="296"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nichts gefunden. Versuch es mit weniger oder anderen Wörtern.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="67"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="68"/>
        <source>Posts and questions</source>
        <translation>Beiträge und Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="69"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="70"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="143"/>
        <source>Further groups</source>
        <translation>Weitere Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="147"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="148"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="248"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="253"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="255"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n Erwähnung von dir</numerusform>
            <numerusform>%n Erwähnungen von dir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="317"/>
        <source>Groups and lists</source>
        <translation>Gruppen und Listen</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="218"/>
        <source>answered question</source>
        <translation>beantwortete Frage</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="218"/>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="220"/>
        <source>failed to send</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="222"/>
        <source>waiting to send</source>
        <translation>wartet auf Senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="224"/>
        <source>%n likes</source>
        <translation>
            <numerusform>%n Like</numerusform>
            <numerusform>%n Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="225"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="458"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="462"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="463"/>
        <source>No posts yet — write the first one.</source>
        <translation>Noch keine Beiträge — schreib den ersten.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="110"/>
        <source>Connection and sending state</source>
        <translation>Verbindungs- und Sendestatus</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="151"/>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="169"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="170"/>
        <source>synchronising …</source>
        <translation>synchronisiert …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="171"/>
        <source>connecting …</source>
        <translation>verbindet …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="172"/>
        <source>signed out — sign in again to send</source>
        <translation>abgemeldet — melde dich erneut an, um zu senden</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="173"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="175"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="178"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Senden</numerusform>
            <numerusform>%n warten auf Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="180"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n konnte nicht gesendet werden</numerusform>
            <numerusform>%n konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="185"/>
        <source>last synced %1</source>
        <translation>zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="189"/>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="108"/>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="112"/>
        <source>Close the detail pane</source>
        <translation>Detailbereich schließen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="113"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="118"/>
        <source>Post and comments</source>
        <translation>Beitrag und Kommentare</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="119"/>
        <source>&amp;Like</source>
        <translation>&amp;Gefällt mir</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="121"/>
        <source>Like the post</source>
        <translation>Beitrag gefällt mir</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="122"/>
        <source>&amp;Retry sending</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="123"/>
        <source>Retry sending the post</source>
        <translation>Beitrag erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="124"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="125"/>
        <source>Discard the post that failed</source>
        <translation>Fehlgeschlagenen Beitrag verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="128"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Schreib einen Kommentar … Strg+Eingabe sendet</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="129"/>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="131"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentieren</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="132"/>
        <source>Send the comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="185"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Gefällt mir (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>Question by %1</source>
        <translation>Frage von %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>Post by %1</source>
        <translation>Beitrag von %1</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="34"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="37"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="40"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="44"/>
        <source>yesterday, %1</source>
        <translation>gestern, %1</translation>
    </message>
</context>
</TS>
