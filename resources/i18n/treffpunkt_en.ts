<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>No keyring</source>
        <translation>No keyring</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="171"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Not signed in as %1: you can read and write; sign in to send.</translation>
    </message>
</context>
<context>
    <name>CardPane</name>
    <message>
        <location filename="../../ui/detail.py" line="250"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="274"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="276"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="277"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="278"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="279"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="280"/>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="291"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="292"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="293"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="295"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="298"/>
        <location filename="../../ui/detail.py" line="300"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="298"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>conflict copy</source>
        <translation>conflict copy</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/stream.py" line="378"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Write something … @ mentions someone, Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="379"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="381"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="382"/>
        <source>Post as a question</source>
        <translation>Post as a question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="383"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Ask the group; an answer can be marked later</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="384"/>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="385"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="386"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Post (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="422"/>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="443"/>
        <source>Could not save the post: %1</source>
        <translation>Could not save the post: %1</translation>
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
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="236"/>
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
        <location filename="../../ui/login.py" line="67"/>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>e.g. anke.devries</source>
        <translation>e.g. anke.devries</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="90"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="114"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Enter the address of your organisation&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="128"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="138"/>
        <source>Signing in …</source>
        <translation>Signing in …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="168"/>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
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
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="61"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Search … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="63"/>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>Search</source>
        <translation>Search</translation>
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
        <translation>Sign in to another account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>People directory</source>
        <translation>People directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="90"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <source>Go to the sidebar</source>
        <translation>Go to the sidebar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>Go to the list</source>
        <translation>Go to the list</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>Go to the details</source>
        <translation>Go to the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>Close the details</source>
        <translation>Close the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="126"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="191"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Choose a group on the left to read and write.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="108"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="108"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="110"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="115"/>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="116"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="118"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="144"/>
        <location filename="../../ui/postview.py" line="249"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="147"/>
        <location filename="../../ui/postview.py" line="250"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="210"/>
        <location filename="../../ui/searchdialog.py" line="211"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="217"/>
        <source>Search people, posts, documents …</source>
        <translation>Search people, posts, documents …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="218"/>
        <source>Search for</source>
        <translation>Search for</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="224"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="233"/>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="293"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="296"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nothing found. Try fewer or other words.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="67"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="68"/>
        <source>Posts and questions</source>
        <translation>Posts and questions</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="69"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="70"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="143"/>
        <source>Further groups</source>
        <translation>Further groups</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="147"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="148"/>
        <source>Documents</source>
        <translation>Documents</translation>
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
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="255"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n mention of you</numerusform>
            <numerusform>%n mentions of you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="317"/>
        <source>Groups and lists</source>
        <translation>Groups and lists</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="218"/>
        <source>answered question</source>
        <translation>answered question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="218"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="220"/>
        <source>failed to send</source>
        <translation>failed to send</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="222"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
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
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="458"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="462"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="463"/>
        <source>No posts yet — write the first one.</source>
        <translation>No posts yet — write the first one.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="110"/>
        <source>Connection and sending state</source>
        <translation>Connection and sending state</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="151"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="169"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="170"/>
        <source>synchronising …</source>
        <translation>synchronising …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="171"/>
        <source>connecting …</source>
        <translation>connecting …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="172"/>
        <source>signed out — sign in again to send</source>
        <translation>signed out — sign in again to send</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="173"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="175"/>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="178"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="180"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n could not be sent</numerusform>
            <numerusform>%n could not be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="185"/>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="189"/>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="108"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="112"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="113"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="118"/>
        <source>Post and comments</source>
        <translation>Post and comments</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="119"/>
        <source>&amp;Like</source>
        <translation>&amp;Like</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="121"/>
        <source>Like the post</source>
        <translation>Like the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="122"/>
        <source>&amp;Retry sending</source>
        <translation>&amp;Retry sending</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="123"/>
        <source>Retry sending the post</source>
        <translation>Retry sending the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="124"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="125"/>
        <source>Discard the post that failed</source>
        <translation>Discard the post that failed</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="128"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Write a comment … Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="129"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="131"/>
        <source>C&amp;omment</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="132"/>
        <source>Send the comment</source>
        <translation>Send the comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="185"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Like (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>Question by %1</source>
        <translation>Question by %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>Post by %1</source>
        <translation>Post by %1</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="34"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="37"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="40"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="44"/>
        <source>yesterday, %1</source>
        <translation>yesterday, %1</translation>
    </message>
</context>
</TS>
