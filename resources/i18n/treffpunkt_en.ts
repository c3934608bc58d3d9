<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="185"/>
        <source>No keyring</source>
        <translation>No keyring</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="186"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="223"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Not signed in as %1: you can read and write; sign in to send.</translation>
    </message>
</context>
<context>
    <name>CardPane</name>
    <message>
        <location filename="../../ui/detail.py" line="271"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="295"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="297"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="298"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="299"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="301"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="305"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="309"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="311"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="312"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="313"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="315"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="318"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="321"/>
        <location filename="../../ui/detail.py" line="323"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="321"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="323"/>
        <source>conflict copy</source>
        <translation>conflict copy</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/stream.py" line="440"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Write something … @ mentions someone, Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="442"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="444"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="445"/>
        <source>Post as a question</source>
        <translation>Post as a question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="446"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Ask the group; an answer can be marked later</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="447"/>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="448"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="449"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Post (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="485"/>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="506"/>
        <source>Could not save the post: %1</source>
        <translation>Could not save the post: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail.py" line="339"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>GroupOfflineModel</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="130"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="130"/>
        <source>History kept offline</source>
        <translation>History kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="130"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="142"/>
        <source>Further groups</source>
        <translation>Further groups</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="145"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="154"/>
        <source>kept offline</source>
        <translation>kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="154"/>
        <source>when opened</source>
        <translation>when opened</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="160"/>
        <source>default (%n days)</source>
        <translation>
            <numerusform>default (%n day)</numerusform>
            <numerusform>default (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="162"/>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="163"/>
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinGroupsDialog</name>
    <message>
        <location filename="../../ui/joindialog.py" line="38"/>
        <source>Join groups</source>
        <translation>Join groups</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="42"/>
        <source>Open groups of your organisations that you are not a member of yet.</source>
        <translation>Open groups of your organisations that you are not a member of yet.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="47"/>
        <source>Open groups</source>
        <translation>Open groups</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="48"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="48"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="48"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="56"/>
        <source>State of the list</source>
        <translation>State of the list</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="58"/>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="59"/>
        <source>Join the chosen group</source>
        <translation>Join the chosen group</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="63"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="77"/>
        <source>Joining groups needs a connection: sign in to this account again.</source>
        <translation>Joining groups needs a connection: sign in to this account again.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="81"/>
        <source>Looking for open groups …</source>
        <translation>Looking for open groups …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joindialog.py" line="99"/>
        <source>%n open groups</source>
        <translation>
            <numerusform>%n open group</numerusform>
            <numerusform>%n open groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="106"/>
        <source>No open groups to join: you are in all of your organisations&apos; groups.</source>
        <translation>No open groups to join: you are in all of your organisations&apos; groups.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="112"/>
        <source>The list of open groups could not be loaded: %1</source>
        <translation>The list of open groups could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="135"/>
        <source>Joining “%1” …</source>
        <translation>Joining “%1” …</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="145"/>
        <source>%1 (joined)</source>
        <translation>%1 (joined)</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="147"/>
        <source>You joined “%1”. It appears in the sidebar with the next sync.</source>
        <translation>You joined “%1”. It appears in the sidebar with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="156"/>
        <source>Joining “%1” failed: %2</source>
        <translation>Joining “%1” failed: %2</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="255"/>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="256"/>
        <source>Open this address in your browser?</source>
        <translation>Open this address in your browser?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>Sign in to Treffpunkt</source>
        <translation>Sign in to Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <source>Sign in with the account of your organisation.</source>
        <translation>Sign in with the account of your organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63"/>
        <source>e.g. intranet.harderwijk.nl</source>
        <translation>e.g. intranet.harderwijk.nl</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="68"/>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>e.g. anke.devries</source>
        <translation>e.g. anke.devries</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="91"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Enter the address of your organisation&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="129"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="132"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="140"/>
        <source>Signing in …</source>
        <translation>Signing in …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="171"/>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="58"/>
        <location filename="../../ui/mainwindow.py" line="59"/>
        <location filename="../../ui/mainwindow.py" line="70"/>
        <location filename="../../ui/mainwindow.py" line="259"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="66"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="72"/>
        <location filename="../../ui/mainwindow.py" line="260"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Search … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="74"/>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <location filename="../../ui/mainwindow.py" line="261"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="80"/>
        <location filename="../../ui/mainwindow.py" line="81"/>
        <location filename="../../ui/mainwindow.py" line="262"/>
        <location filename="../../ui/mainwindow.py" line="263"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="84"/>
        <location filename="../../ui/mainwindow.py" line="264"/>
        <source>Sign in to another account …</source>
        <translation>Sign in to another account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="86"/>
        <location filename="../../ui/mainwindow.py" line="265"/>
        <source>Join groups …</source>
        <translation>Join groups …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="88"/>
        <location filename="../../ui/mainwindow.py" line="266"/>
        <source>Settings …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="94"/>
        <location filename="../../ui/mainwindow.py" line="267"/>
        <source>Sign out …</source>
        <translation>Sign out …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <source>People directory</source>
        <translation>People directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="115"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="147"/>
        <source>Go to the sidebar</source>
        <translation>Go to the sidebar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="148"/>
        <source>Go to the list</source>
        <translation>Go to the list</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="149"/>
        <source>Go to the details</source>
        <translation>Go to the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <source>Close the details</source>
        <translation>Close the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="317"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="318"/>
        <source>Sign out of %1 on this computer?</source>
        <translation>Sign out of %1 on this computer?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="321"/>
        <source>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</source>
        <translation>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="329"/>
        <source>%n items written here have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n item written here has not been sent yet and will be lost.</numerusform>
            <numerusform>%n items written here have not been sent yet and will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="334"/>
        <source>Sign out and delete local data</source>
        <translation>Sign out and delete local data</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="373"/>
        <source>Signing out …</source>
        <translation>Signing out …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="392"/>
        <source>Signing out of %1 did not finish: %2</source>
        <translation>Signing out of %1 did not finish: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="399"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Choose a group on the left to read and write.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="403"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="122"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="122"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="124"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="129"/>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="130"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="132"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="164"/>
        <location filename="../../ui/postview.py" line="291"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="167"/>
        <location filename="../../ui/postview.py" line="292"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="229"/>
        <location filename="../../ui/searchdialog.py" line="230"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="236"/>
        <source>Search people, posts, documents …</source>
        <translation>Search people, posts, documents …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="237"/>
        <source>Search for</source>
        <translation>Search for</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="243"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="252"/>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="317"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="320"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nothing found. Try fewer or other words.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="76"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="77"/>
        <source>Posts and questions</source>
        <translation>Posts and questions</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="78"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="79"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="322"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="323"/>
        <source>Pages of the settings</source>
        <translation>Pages of the settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="324"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="325"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="326"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="327"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="328"/>
        <source>Close the settings</source>
        <translation>Close the settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="329"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="330"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="331"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="334"/>
        <source>Menus and dialogs change at once; a few texts already on screen change when Treffpunkt starts the next time.</source>
        <translation>Menus and dialogs change at once; a few texts already on screen change when Treffpunkt starts the next time.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="338"/>
        <source>Keep &amp;history of:</source>
        <translation>Keep &amp;history of:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="339"/>
        <location filename="../../ui/settingsdialog.py" line="355"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="341"/>
        <source>Days of history kept offline for groups without a choice of their own</source>
        <translation>Days of history kept offline for groups without a choice of their own</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="343"/>
        <source>&amp;Space for documents:</source>
        <translation>&amp;Space for documents:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="344"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="345"/>
        <source>Space for documents in megabytes</source>
        <translation>Space for documents in megabytes</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="347"/>
        <source>Managed by your IT department</source>
        <translation>Managed by your IT department</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="349"/>
        <source>What each group keeps offline</source>
        <translation>What each group keeps offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="350"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="351"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="352"/>
        <source>Last days:</source>
        <translation>Last days:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="353"/>
        <source>History of this group kept offline</source>
        <translation>History of this group kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="354"/>
        <source>This &amp;group keeps:</source>
        <translation>This &amp;group keeps:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="356"/>
        <source>Days of history of this group</source>
        <translation>Days of history of this group</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="357"/>
        <source>Keep this group&apos;s &amp;documents available offline</source>
        <translation>Keep this group&apos;s &amp;documents available offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="359"/>
        <source>Keep this group&apos;s documents available offline</source>
        <translation>Keep this group&apos;s documents available offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="361"/>
        <source>Signed-in accounts</source>
        <translation>Signed-in accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="362"/>
        <source>&amp;Add account …</source>
        <translation>&amp;Add account …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="363"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="364"/>
        <source>Sign &amp;out …</source>
        <translation>Sign &amp;out …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="365"/>
        <source>Sign out of the chosen account</source>
        <translation>Sign out of the chosen account</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="412"/>
        <source>%1 MB in use</source>
        <translation>%1 MB in use</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="504"/>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="504"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="506"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="150"/>
        <source>Further groups</source>
        <translation>Further groups</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="153"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="154"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="155"/>
        <source>Join groups …</source>
        <translation>Join groups …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="259"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="264"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="266"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n mention of you</numerusform>
            <numerusform>%n mentions of you</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="268"/>
        <source>all history kept offline</source>
        <translation>all history kept offline</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="329"/>
        <source>Groups and lists</source>
        <translation>Groups and lists</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="238"/>
        <source>answered question</source>
        <translation>answered question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="238"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="240"/>
        <source>failed to send</source>
        <translation>failed to send</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="242"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="244"/>
        <source>%n likes</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="245"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="521"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="525"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="526"/>
        <source>No posts yet — write the first one.</source>
        <translation>No posts yet — write the first one.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="128"/>
        <source>Connection and sending state</source>
        <translation>Connection and sending state</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="170"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="192"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="193"/>
        <source>synchronising …</source>
        <translation>synchronising …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="194"/>
        <source>connecting …</source>
        <translation>connecting …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="195"/>
        <source>signed out — sign in again to send</source>
        <translation>signed out — sign in again to send</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="196"/>
        <location filename="../../ui/status.py" line="198"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="201"/>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="204"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="206"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n could not be sent</numerusform>
            <numerusform>%n could not be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="211"/>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="215"/>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="117"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="121"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="122"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="129"/>
        <source>Post and comments</source>
        <translation>Post and comments</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="130"/>
        <source>&amp;Like</source>
        <translation>&amp;Like</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="132"/>
        <source>Like the post</source>
        <translation>Like the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="133"/>
        <source>&amp;Retry sending</source>
        <translation>&amp;Retry sending</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="134"/>
        <source>Retry sending the post</source>
        <translation>Retry sending the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="135"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="136"/>
        <source>Discard the post that failed</source>
        <translation>Discard the post that failed</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="139"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Write a comment … Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="140"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="142"/>
        <source>C&amp;omment</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="143"/>
        <source>Send the comment</source>
        <translation>Send the comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="197"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Like (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="199"/>
        <source>Question by %1</source>
        <translation>Question by %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="199"/>
        <source>Post by %1</source>
        <translation>Post by %1</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="37"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="40"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="43"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="47"/>
        <source>yesterday, %1</source>
        <translation>yesterday, %1</translation>
    </message>
</context>
</TS>
