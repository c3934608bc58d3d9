<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>No keyring</source>
        <translation>Geen sleutelbos</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="171"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt bewaart de sleutel van je lokale gegevens en je aanmelding in de sleutelbos van het systeem, en er is er geen beschikbaar.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Niet aangemeld als %1: je kunt lezen en schrijven; meld je aan om te verzenden.</translation>
    </message>
</context>
<context>
    <name>CardPane</name>
    <message>
        <location filename="../../ui/detail.py" line="250"/>
        <source>Close the detail pane</source>
        <translation>Detailvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="274"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="276"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="277"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="278"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="279"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="280"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="284"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="288"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="290"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="291"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="292"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="293"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="295"/>
        <source>Size</source>
        <translation>Grootte</translation>
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
        <translation>wacht op verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>conflict copy</source>
        <translation>conflictkopie</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/stream.py" line="378"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Schrijf iets … @ noemt iemand, Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="379"/>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="381"/>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="382"/>
        <source>Post as a question</source>
        <translation>Als vraag plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="383"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Vraag het de groep; een antwoord kan later gemarkeerd worden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="384"/>
        <source>&amp;Post</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="385"/>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="386"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Plaatsen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="422"/>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="443"/>
        <source>Could not save the post: %1</source>
        <translation>Het bericht kon niet worden opgeslagen: %1</translation>
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
        <translation>Link openen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="236"/>
        <source>Open this address in your browser?</source>
        <translation>Dit adres openen in je browser?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>Sign in to Treffpunkt</source>
        <translation>Aanmelden bij Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <source>Sign in with the account of your organisation.</source>
        <translation>Meld je aan met het account van je organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63"/>
        <source>e.g. intranet.harderwijk.nl</source>
        <translation>bijv. intranet.harderwijk.nl</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Set by your IT department</source>
        <translation>Ingesteld door je IT-afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>e.g. anke.devries</source>
        <translation>bijv. anke.devries</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <source>Sign-in problem</source>
        <translation>Probleem bij het aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="90"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="93"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="114"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Vul het adres van de server van je organisatie in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>‘%1’ is geen serveradres. Gebruik een naam als intranet.example.nl of een URL die begint met https://.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="128"/>
        <source>Enter your password.</source>
        <translation>Vul je wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="138"/>
        <source>Signing in …</source>
        <translation>Bezig met aanmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="168"/>
        <source>Signing in failed: %1</source>
        <translation>Aanmelden is mislukt: %1</translation>
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
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="61"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Zoeken … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="63"/>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="68"/>
        <location filename="../../ui/mainwindow.py" line="69"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="72"/>
        <source>Sign in to another account …</source>
        <translation>Aanmelden bij een ander account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>People directory</source>
        <translation>Smoelenboek</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="90"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <source>Go to the sidebar</source>
        <translation>Naar de zijbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>Go to the list</source>
        <translation>Naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>Go to the details</source>
        <translation>Naar de details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>Close the details</source>
        <translation>Details sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="126"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="191"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Kies links een groep om te lezen en te schrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>Je bent nog niet aangemeld.
Kies ‘Aanmelden’ in het accountmenu rechtsboven.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="108"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="108"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="110"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="115"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="116"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="118"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="144"/>
        <location filename="../../ui/postview.py" line="249"/>
        <source>Retry</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="147"/>
        <location filename="../../ui/postview.py" line="250"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="210"/>
        <location filename="../../ui/searchdialog.py" line="211"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="217"/>
        <source>Search people, posts, documents …</source>
        <translation>Personen, berichten, documenten zoeken …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="218"/>
        <source>Search for</source>
        <translation>Zoeken naar</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="224"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="233"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="293"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="296"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Niets gevonden. Probeer minder of andere woorden.</translation>
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
        <translation>Berichten en vragen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="69"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="70"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="143"/>
        <source>Further groups</source>
        <translation>Overige groepen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="147"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="148"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="248"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="253"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="255"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n vermelding van jou</numerusform>
            <numerusform>%n vermeldingen van jou</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="317"/>
        <source>Groups and lists</source>
        <translation>Groepen en lijsten</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="218"/>
        <source>answered question</source>
        <translation>beantwoorde vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="218"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="220"/>
        <source>failed to send</source>
        <translation>verzenden mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="222"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="224"/>
        <source>%n likes</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="225"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="458"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="462"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="463"/>
        <source>No posts yet — write the first one.</source>
        <translation>Nog geen berichten — schrijf het eerste.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="110"/>
        <source>Connection and sending state</source>
        <translation>Verbindings- en verzendstatus</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="151"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="169"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="170"/>
        <source>synchronising …</source>
        <translation>synchroniseren …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="171"/>
        <source>connecting …</source>
        <translation>verbinden …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="172"/>
        <source>signed out — sign in again to send</source>
        <translation>afgemeld — meld je opnieuw aan om te verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="173"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="175"/>
        <source>Connection: %1</source>
        <translation>Verbinding: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="178"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wacht op verzenden</numerusform>
            <numerusform>%n wachten op verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="180"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n kon niet worden verzonden</numerusform>
            <numerusform>%n konden niet worden verzonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="185"/>
        <source>last synced %1</source>
        <translation>laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="189"/>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="108"/>
        <source>Thread</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="112"/>
        <source>Close the detail pane</source>
        <translation>Detailvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="113"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="118"/>
        <source>Post and comments</source>
        <translation>Bericht en reacties</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="119"/>
        <source>&amp;Like</source>
        <translation>&amp;Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="121"/>
        <source>Like the post</source>
        <translation>Bericht leuk vinden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="122"/>
        <source>&amp;Retry sending</source>
        <translation>Opnieuw &amp;verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="123"/>
        <source>Retry sending the post</source>
        <translation>Bericht opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="124"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="125"/>
        <source>Discard the post that failed</source>
        <translation>Mislukt bericht weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="128"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Schrijf een reactie … Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="129"/>
        <source>New comment</source>
        <translation>Nieuwe reactie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="131"/>
        <source>C&amp;omment</source>
        <translation>&amp;Reageren</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="132"/>
        <source>Send the comment</source>
        <translation>Reactie versturen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="185"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Vind ik leuk (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>Question by %1</source>
        <translation>Vraag van %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>Post by %1</source>
        <translation>Bericht van %1</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="34"/>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="37"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min. geleden</numerusform>
            <numerusform>%n min. geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="40"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="44"/>
        <source>yesterday, %1</source>
        <translation>gisteren, %1</translation>
    </message>
</context>
</TS>
