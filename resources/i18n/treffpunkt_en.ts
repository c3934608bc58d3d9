<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/activity.py" line="236"/>
        <source>Posts and comments per week</source>
        <translation>Posts and comments per week</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="239"/>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="240"/>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="241"/>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="242"/>
        <location filename="../../ui/activity.py" line="260"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="243"/>
        <location filename="../../ui/activity.py" line="259"/>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="244"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="245"/>
        <source>Quiet</source>
        <translation>Quiet</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="257"/>
        <source>Activity tables</source>
        <translation>Activity tables</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="258"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="261"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="262"/>
        <source>&amp;Open questions</source>
        <translation>&amp;Open questions</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="263"/>
        <source>Active &amp;members</source>
        <translation>Active &amp;members</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="264"/>
        <source>&amp;Export table as CSV …</source>
        <translation>&amp;Export table as CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="265"/>
        <source>Export the table on show as CSV</source>
        <translation>Export the table on show as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="275"/>
        <source>Posts (dark) and comments (light) per week</source>
        <translation>Posts (dark) and comments (light) per week</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="295"/>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="352"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="354"/>
        <source>quiet</source>
        <translation>quiet</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="360"/>
        <source>no answered questions yet</source>
        <translation>no answered questions yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="362"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="364"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="368"/>
        <source>%1 active members in the last %2 days; %3 open questions; median time to a first answer: %4.</source>
        <translation>%1 active members in the last %2 days; %3 open questions; median time to a first answer: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="378"/>
        <source>%n quiet groups: %1.</source>
        <translation>
            <numerusform>%n quiet group: %1.</numerusform>
            <numerusform>%n quiet groups: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="386"/>
        <source>%1 posts and %2 comments in %3 weeks; the busiest week began on %4.</source>
        <translation>%1 posts and %2 comments in %3 weeks; the busiest week began on %4.</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="405"/>
        <location filename="../../ui/activity.py" line="424"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="407"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="423"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/appointments.py" line="435"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="437"/>
        <source>Export a&amp;genda (.ics) …</source>
        <translation>Export a&amp;genda (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="438"/>
        <source>Export the upcoming appointments</source>
        <translation>Export the upcoming appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="439"/>
        <source>No upcoming appointments.</source>
        <translation>No upcoming appointments.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="442"/>
        <source>Upcoming appointments</source>
        <translation>Upcoming appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="447"/>
        <location filename="../../ui/appointments.py" line="508"/>
        <source>Show past appointments</source>
        <translation>Show past appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="449"/>
        <source>Past appointments</source>
        <translation>Past appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="500"/>
        <source>Past appointments (%1)</source>
        <translation>Past appointments (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="508"/>
        <source>Hide past appointments</source>
        <translation>Hide past appointments</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="417"/>
        <source>No keyring</source>
        <translation>No keyring</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="418"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="489"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Not signed in as %1: you can read and write; sign in to send.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="481"/>
        <source>The server of %1 (%2) is not encrypted (http://); Treffpunkt does not connect to it. You can read and write; please tell your IT department.</source>
        <translation>The server of %1 (%2) is not encrypted (http://); Treffpunkt does not connect to it. You can read and write; please tell your IT department.</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../ui/appointments.py" line="287"/>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="288"/>
        <source>Cancel “%1” for everyone in the group?</source>
        <translation>Cancel “%1” for everyone in the group?</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="312"/>
        <source>Export as a calendar file</source>
        <translation>Export as a calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="314"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>AppointmentCard</name>
    <message>
        <location filename="../../ui/appointments.py" line="92"/>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="100"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="102"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="105"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="108"/>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="110"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="111"/>
        <source>Organised by %1</source>
        <translation>Organised by %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="120"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="123"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="124"/>
        <source>Mayb&amp;e</source>
        <translation>Mayb&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="125"/>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="129"/>
        <source>Answer yes</source>
        <translation>Answer yes</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="130"/>
        <source>Answer maybe</source>
        <translation>Answer maybe</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="131"/>
        <source>Answer no</source>
        <translation>Answer no</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="141"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="142"/>
        <source>Comment with the answer</source>
        <translation>Comment with the answer</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="147"/>
        <source>Open &amp;link</source>
        <translation>Open &amp;link</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="148"/>
        <source>Open the online link</source>
        <translation>Open the online link</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="152"/>
        <source>E&amp;xport (.ics) …</source>
        <translation>E&amp;xport (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="153"/>
        <source>Export the appointment as a calendar file</source>
        <translation>Export the appointment as a calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="155"/>
        <source>&amp;Change …</source>
        <translation>&amp;Change …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="156"/>
        <source>Change the appointment</source>
        <translation>Change the appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="157"/>
        <source>Ca&amp;ncel appointment …</source>
        <translation>Ca&amp;ncel appointment …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="158"/>
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="187"/>
        <source>Yes %1 · Maybe %2 · No %3</source>
        <translation>Yes %1 · Maybe %2 · No %3</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="193"/>
        <source>Yes: %1</source>
        <translation>Yes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="194"/>
        <source>Maybe: %1</source>
        <translation>Maybe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="195"/>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="78"/>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="78"/>
        <source>Change appointment</source>
        <translation>Change appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="83"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="86"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="87"/>
        <source>&amp;All day</source>
        <translation>&amp;All day</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="88"/>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="91"/>
        <source>Treffpunkt reminds you at 08:00 on the first day; of other appointments 15 minutes before they start</source>
        <translation>Treffpunkt reminds you at 08:00 on the first day; of other appointments 15 minutes before they start</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="96"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="98"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="104"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="111"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="113"/>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="116"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="121"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="127"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="128"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="130"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="131"/>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="132"/>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="133"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="134"/>
        <source>Online &amp;link:</source>
        <translation>Online &amp;link:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="135"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="192"/>
        <source>Give the appointment a title.</source>
        <translation>Give the appointment a title.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="200"/>
        <source>Choose a time zone from the list.</source>
        <translation>Choose a time zone from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="204"/>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="221"/>
        <source>The online link must start with https:// or http://.</source>
        <translation>The online link must start with https:// or http://.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="224"/>
        <source>An appointment lasts a year at most, between 1970 and 2099.</source>
        <translation>An appointment lasts a year at most, between 1970 and 2099.</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../ui/attachments.py" line="275"/>
        <source>Not available offline</source>
        <translation>Not available offline</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="276"/>
        <source>This file is not on this computer yet. Open it again when you are connected.</source>
        <translation>This file is not on this computer yet. Open it again when you are connected.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="284"/>
        <source>File not opened</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="285"/>
        <source>Could not open the file: %1</source>
        <translation>Could not open the file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="293"/>
        <source>Program not opened</source>
        <translation>Program not opened</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="294"/>
        <source>“%1” is a program (%2), not a document. It is not opened.</source>
        <translation>“%1” is a program (%2), not a document. It is not opened.</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <location filename="../../ui/attachments.py" line="167"/>
        <source>&amp;Attach …</source>
        <translation>&amp;Attach …</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="169"/>
        <source>Attach a file or image</source>
        <translation>Attach a file or image</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="171"/>
        <source>Attach a file or image; you can also drop files or paste an image</source>
        <translation>Attach a file or image; you can also drop files or paste an image</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="175"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="177"/>
        <source>Remo&amp;ve files</source>
        <translation>Remo&amp;ve files</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="179"/>
        <source>Remove the attached files</source>
        <translation>Remove the attached files</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="190"/>
        <source>pasted image</source>
        <translation>pasted image</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="207"/>
        <source>image.png</source>
        <translation>image.png</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="212"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>BadgeDelegate</name>
    <message>
        <location filename="../../ui/people.py" line="118"/>
        <source>External</source>
        <translation>External</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/stream.py" line="525"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Write something … @ mentions someone, Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="527"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="529"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="530"/>
        <source>Post as a question</source>
        <translation>Post as a question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="531"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Ask the group; an answer can be marked later</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="533"/>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="535"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="536"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Post (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="578"/>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="612"/>
        <source>Could not save the post: %1</source>
        <translation>Could not save the post: %1</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <location filename="../../ui/members.py" line="496"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="500"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="502"/>
        <source>Name of the group</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="504"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="506"/>
        <source>&amp;Open to the organisation</source>
        <translation>&amp;Open to the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="507"/>
        <source>By &amp;invitation only</source>
        <translation>By &amp;invitation only</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="516"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="517"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="518"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="519"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="527"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="529"/>
        <source>Create the group</source>
        <translation>Create the group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="531"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="542"/>
        <source>Creating a group needs a connection: sign in to this account again.</source>
        <translation>Creating a group needs a connection: sign in to this account again.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="559"/>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="569"/>
        <source>Creating the group …</source>
        <translation>Creating the group …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="583"/>
        <source>The group could not be created: %1</source>
        <translation>The group could not be created: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail.py" line="424"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <location filename="../../ui/documents/opener.py" line="229"/>
        <location filename="../../ui/documents/opener.py" line="298"/>
        <source>No application opens this file.</source>
        <translation>No application opens this file.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/documents/pane.py" line="58"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="62"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="69"/>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="78"/>
        <source>Conflict copy</source>
        <translation>Conflict copy</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="80"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="82"/>
        <source>Open with the system&apos;s application</source>
        <translation>Open with the system&apos;s application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="84"/>
        <source>Changes you save there are saved back as a new version</source>
        <translation>Changes you save there are saved back as a new version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="86"/>
        <source>&amp;Keep available offline</source>
        <translation>&amp;Keep available offline</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="89"/>
        <source>Keep available offline</source>
        <translation>Keep available offline</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="108"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="109"/>
        <source>Send the version that failed again</source>
        <translation>Send the version that failed again</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="110"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="111"/>
        <source>Discard the version that failed</source>
        <translation>Discard the version that failed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="114"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="119"/>
        <source>Versions, newest first</source>
        <translation>Versions, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="224"/>
        <source>This document is no longer there.</source>
        <translation>This document is no longer there.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="254"/>
        <source>on this computer</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="257"/>
        <source>on the server only (downloaded when opened)</source>
        <translation>on the server only (downloaded when opened)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="259"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="263"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="264"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="265"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="266"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="267"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="268"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="269"/>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="274"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="306"/>
        <source>(no longer there)</source>
        <translation>(no longer there)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="310"/>
        <source>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</source>
        <translation>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="318"/>
        <source>Conflict copies of this document: %1</source>
        <translation>Conflict copies of this document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="329"/>
        <source>Could not be sent: %1</source>
        <translation>Could not be sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="379"/>
        <source>Opened. Changes you save there are saved here as a new version.</source>
        <translation>Opened. Changes you save there are saved here as a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="387"/>
        <source>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</source>
        <translation>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="394"/>
        <source>Could not open the document: %1</source>
        <translation>Could not open the document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="406"/>
        <source>Not opened: this is a program (%1).</source>
        <translation>Not opened: this is a program (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="412"/>
        <source>Program not opened</source>
        <translation>Program not opened</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="413"/>
        <source>“%1” is a program (%2), not a document.</source>
        <translation>“%1” is a program (%2), not a document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="417"/>
        <source>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</source>
        <translation>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="423"/>
        <source>&amp;Save as …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="450"/>
        <source>Save the program as</source>
        <translation>Save the program as</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="457"/>
        <source>Saved as %1. It was not opened.</source>
        <translation>Saved as %1. It was not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="490"/>
        <source>Could not change this: %1</source>
        <translation>Could not change this: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="270"/>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="284"/>
        <source>its name and content</source>
        <translation>its name and content</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="287"/>
        <source>its name (the content is read soon)</source>
        <translation>its name (the content is read soon)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="289"/>
        <source>its name (the content once it is on this computer)</source>
        <translation>its name (the content once it is on this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="292"/>
        <source>a scan without text</source>
        <translation>a scan without text</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="293"/>
        <source>too large to read</source>
        <translation>too large to read</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="294"/>
        <source>took too long to read</source>
        <translation>took too long to read</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="295"/>
        <source>could not be read</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="297"/>
        <source>its name only: %1</source>
        <translation>its name only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="297"/>
        <source>its name</source>
        <translation>its name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="90"/>
        <source>Re&amp;name …</source>
        <translation>Re&amp;name …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="92"/>
        <source>Rename the document</source>
        <translation>Rename the document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="93"/>
        <source>&amp;Move …</source>
        <translation>&amp;Move …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="95"/>
        <source>Move the document to another folder</source>
        <translation>Move the document to another folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="96"/>
        <source>De&amp;lete …</source>
        <translation>De&amp;lete …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="98"/>
        <source>Delete the document for every member</source>
        <translation>Delete the document for every member</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="123"/>
        <source>Open &amp;version</source>
        <translation>Open &amp;version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="125"/>
        <source>Open the chosen version, read-only</source>
        <translation>Open the chosen version, read-only</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="126"/>
        <source>Re&amp;store version</source>
        <translation>Re&amp;store version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="128"/>
        <source>Make the chosen version the newest one</source>
        <translation>Make the chosen version the newest one</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="520"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="520"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="532"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="533"/>
        <source>Folder (parts separated by /, empty for none):</source>
        <translation>Folder (parts separated by /, empty for none):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="547"/>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="548"/>
        <source>Delete “%1” for every member of the group?</source>
        <translation>Delete “%1” for every member of the group?</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="551"/>
        <source>The group&apos;s administrators keep its versions.</source>
        <translation>The group&apos;s administrators keep its versions.</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/models.py" line="404"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="408"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="408"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/models.py" line="457"/>
        <source>conflict copy</source>
        <translation>conflict copy</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="459"/>
        <source>kept available offline</source>
        <translation>kept available offline</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="461"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents/page.py" line="62"/>
        <source>&amp;Posts</source>
        <translation>&amp;Posts</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="64"/>
        <source>Show the group&apos;s posts</source>
        <translation>Show the group&apos;s posts</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="65"/>
        <source>&amp;Add document …</source>
        <translation>&amp;Add document …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="67"/>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="68"/>
        <source>Add files, or drop them onto this page</source>
        <translation>Add files, or drop them onto this page</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="72"/>
        <source>Documents and folders</source>
        <translation>Documents and folders</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="77"/>
        <source>No documents yet — add one with “Add document” or drop files here.</source>
        <translation>No documents yet — add one with “Add document” or drop files here.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="91"/>
        <source>Storage used</source>
        <translation>Storage used</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="220"/>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="229"/>
        <source>Choose a group or a folder first, then add documents.</source>
        <translation>Choose a group or a folder first, then add documents.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="250"/>
        <source>Not added, larger than the server accepts (%1 at most): %2</source>
        <translation>Not added, larger than the server accepts (%1 at most): %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="268"/>
        <source>Adding %1 …</source>
        <translation>Adding %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="274"/>
        <source>Could not add %1: %2</source>
        <translation>Could not add %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="311"/>
        <source>Stored on this computer: %1, of which %2 kept available offline</source>
        <translation>Stored on this computer: %1, of which %2 kept available offline</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/postactions.py" line="38"/>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="38"/>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="40"/>
        <source>Markdown; @ mentions someone.</source>
        <translation>Markdown; @ mentions someone.</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="43"/>
        <source>Text of the message</source>
        <translation>Text of the message</translation>
    </message>
</context>
<context>
    <name>EditHistoryDialog</name>
    <message>
        <location filename="../../ui/edithistory.py" line="47"/>
        <location filename="../../ui/edithistory.py" line="48"/>
        <source>Edit history</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="53"/>
        <source>Looking for earlier versions on the server …</source>
        <translation>Looking for earlier versions on the server …</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="58"/>
        <source>Versions, newest first</source>
        <translation>Versions, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="85"/>
        <source>%1, %2 (current)</source>
        <translation>%1, %2 (current)</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="87"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="102"/>
        <source>Offline: showing the versions kept on this computer.</source>
        <translation>Offline: showing the versions kept on this computer.</translation>
    </message>
</context>
<context>
    <name>GroupAppointments</name>
    <message>
        <location filename="../../ui/appointments.py" line="376"/>
        <source>New &amp;appointment …</source>
        <translation>New &amp;appointment …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="378"/>
        <source>New appointment in this group</source>
        <translation>New appointment in this group</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="381"/>
        <source>Appointments of the group</source>
        <translation>Appointments of the group</translation>
    </message>
</context>
<context>
    <name>GroupOfflineModel</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>History kept offline</source>
        <translation>History kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="143"/>
        <source>Further groups</source>
        <translation>Further groups</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="146"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="155"/>
        <source>kept offline</source>
        <translation>kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="155"/>
        <source>when opened</source>
        <translation>when opened</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="161"/>
        <source>default (%n days)</source>
        <translation>
            <numerusform>default (%n day)</numerusform>
            <numerusform>default (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="163"/>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="164"/>
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTextDialog</name>
    <message>
        <location filename="../../ui/moderation.py" line="87"/>
        <source>Name and description</source>
        <translation>Name and description</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="90"/>
        <source>Name of the group</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="94"/>
        <source>Description of the group</source>
        <translation>Description of the group</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="99"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/members.py" line="416"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="420"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="422"/>
        <source>%1 invites you to “%2” (%3).</source>
        <translation>%1 invites you to “%2” (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="424"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 invites you to “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="437"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="439"/>
        <source>Accept the invitation</source>
        <translation>Accept the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="441"/>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="443"/>
        <source>Decline the invitation</source>
        <translation>Decline the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="444"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="445"/>
        <source>Answer later</source>
        <translation>Answer later</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="455"/>
        <source>This invitation was withdrawn before you could join.</source>
        <translation>This invitation was withdrawn before you could join.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="457"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="458"/>
        <source>Dismiss the invitation</source>
        <translation>Dismiss the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="460"/>
        <source>You accepted; you join when the connection is back.</source>
        <translation>You accepted; you join when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="482"/>
        <source>The answer could not be saved: %1</source>
        <translation>The answer could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>InvitationWatcher</name>
    <message>
        <location filename="../../ui/members.py" line="612"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="613"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="615"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 invites you to “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="618"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="619"/>
        <source>%n new invitations</source>
        <translation>
            <numerusform>%n new invitation</numerusform>
            <numerusform>%n new invitations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/members.py" line="309"/>
        <source>Invite to %1</source>
        <translation>Invite to %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="316"/>
        <source>Search by name, function, e-mail …</source>
        <translation>Search by name, function, e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="317"/>
        <source>Search colleagues</source>
        <translation>Search colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="322"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="328"/>
        <source>State of the invitation</source>
        <translation>State of the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="330"/>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="331"/>
        <source>Invite the chosen colleague</source>
        <translation>Invite the chosen colleague</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="338"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="372"/>
        <source>%1 is already in this group.</source>
        <translation>%1 is already in this group.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="392"/>
        <source>%1 is invited; the invitation is sent with the next sync.</source>
        <translation>%1 is invited; the invitation is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="399"/>
        <source>The invitation failed: %1</source>
        <translation>The invitation failed: %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupsDialog</name>
    <message>
        <location filename="../../ui/joindialog.py" line="39"/>
        <source>Join groups</source>
        <translation>Join groups</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="43"/>
        <source>Open groups of your organisations that you are not a member of yet.</source>
        <translation>Open groups of your organisations that you are not a member of yet.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="48"/>
        <source>Open groups</source>
        <translation>Open groups</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="57"/>
        <source>State of the list</source>
        <translation>State of the list</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="59"/>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="60"/>
        <source>Join the chosen group</source>
        <translation>Join the chosen group</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="64"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="78"/>
        <source>Joining groups needs a connection: sign in to this account again.</source>
        <translation>Joining groups needs a connection: sign in to this account again.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="82"/>
        <source>Looking for open groups …</source>
        <translation>Looking for open groups …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joindialog.py" line="100"/>
        <source>%n open groups</source>
        <translation>
            <numerusform>%n open group</numerusform>
            <numerusform>%n open groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="107"/>
        <source>No open groups to join: you are in all of your organisations&apos; groups.</source>
        <translation>No open groups to join: you are in all of your organisations&apos; groups.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="113"/>
        <source>The list of open groups could not be loaded: %1</source>
        <translation>The list of open groups could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="136"/>
        <source>Joining “%1” …</source>
        <translation>Joining “%1” …</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="146"/>
        <source>%1 (joined)</source>
        <translation>%1 (joined)</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="148"/>
        <source>You joined “%1”. It appears in the sidebar with the next sync.</source>
        <translation>You joined “%1”. It appears in the sidebar with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="157"/>
        <source>Joining “%1” failed: %2</source>
        <translation>Joining “%1” failed: %2</translation>
    </message>
</context>
<context>
    <name>LevelButton</name>
    <message>
        <location filename="../../ui/notifylevel.py" line="96"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="97"/>
        <source>Notifications of this group</source>
        <translation>Notifications of this group</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="98"/>
        <source>What of this group notifies you</source>
        <translation>What of this group notifies you</translation>
    </message>
</context>
<context>
    <name>LevelMenu</name>
    <message>
        <location filename="../../ui/notifylevel.py" line="26"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="34"/>
        <source>&amp;Everything: mentions and replies</source>
        <translation>&amp;Everything: mentions and replies</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="35"/>
        <source>&amp;Mentions only</source>
        <translation>&amp;Mentions only</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="36"/>
        <source>M&amp;ute</source>
        <translation>M&amp;ute</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="361"/>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="362"/>
        <source>Open this address in your browser?</source>
        <translation>Open this address in your browser?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>Sign in to Treffpunkt</source>
        <translation>Sign in to Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <source>Sign in with the account of your organisation.</source>
        <translation>Sign in with the account of your organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="87"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>e.g. intranet.harderwijk.nl</source>
        <translation>e.g. intranet.harderwijk.nl</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="98"/>
        <source>e.g. anke.devries</source>
        <translation>e.g. anke.devries</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="105"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="115"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="117"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="147"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Enter the address of your organisation&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="153"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="160"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="163"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="171"/>
        <source>Signing in …</source>
        <translation>Signing in …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="198"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="199"/>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="200"/>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>The server %1 cannot be reached (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="201"/>
        <source>%1 is not signed in on this computer.</source>
        <translation>%1 is not signed in on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="228"/>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82"/>
        <source>Your session as %1 has ended. Enter your password to go on; everything on this computer has been kept, including what waits to be sent.</source>
        <translation>Your session as %1 has ended. Enter your password to go on; everything on this computer has been kept, including what waits to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="203"/>
        <source>%1 is not encrypted (http://). Treffpunkt signs in over https:// only, except on this computer or at a server your IT department allows.</source>
        <translation>%1 is not encrypted (http://). Treffpunkt signs in over https:// only, except on this computer or at a server your IT department allows.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="207"/>
        <source>The server address that %1 publishes (%2) is not encrypted (http://). Treffpunkt does not sign in there; please tell your IT department.</source>
        <translation>The server address that %1 publishes (%2) is not encrypted (http://). Treffpunkt does not sign in there; please tell your IT department.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="99"/>
        <location filename="../../ui/mainwindow.py" line="100"/>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <location filename="../../ui/mainwindow.py" line="487"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="107"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <location filename="../../ui/mainwindow.py" line="488"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Search … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="116"/>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <location filename="../../ui/mainwindow.py" line="489"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <location filename="../../ui/mainwindow.py" line="490"/>
        <location filename="../../ui/mainwindow.py" line="491"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <location filename="../../ui/mainwindow.py" line="492"/>
        <source>Sign in to another account …</source>
        <translation>Sign in to another account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <location filename="../../ui/mainwindow.py" line="493"/>
        <source>Join groups …</source>
        <translation>Join groups …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140"/>
        <location filename="../../ui/mainwindow.py" line="496"/>
        <source>Settings …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <location filename="../../ui/mainwindow.py" line="497"/>
        <source>Sign out …</source>
        <translation>Sign out …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="776"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>Go to the sidebar</source>
        <translation>Go to the sidebar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="206"/>
        <source>Go to the list</source>
        <translation>Go to the list</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="207"/>
        <source>Go to the details</source>
        <translation>Go to the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="208"/>
        <source>Close the details</source>
        <translation>Close the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="209"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="551"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="552"/>
        <source>Sign out of %1 on this computer?</source>
        <translation>Sign out of %1 on this computer?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="557"/>
        <source>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</source>
        <translation>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="565"/>
        <source>%n items written here have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n item written here has not been sent yet and will be lost.</numerusform>
            <numerusform>%n items written here have not been sent yet and will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="570"/>
        <source>Sign out and delete local data</source>
        <translation>Sign out and delete local data</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="608"/>
        <source>Signing out …</source>
        <translation>Signing out …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="710"/>
        <source>Signing out of %1 did not finish: %2</source>
        <translation>Signing out of %1 did not finish: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="717"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Choose a group on the left to read and write.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="719"/>
        <source>Opening your data …</source>
        <translation>Opening your data …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="723"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="895"/>
        <source>Documents of %1</source>
        <translation>Documents of %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <location filename="../../ui/mainwindow.py" line="495"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="665"/>
        <source>Removing local data …</source>
        <translation>Removing local data …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="689"/>
        <source>Access withdrawn</source>
        <translation>Access withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="690"/>
        <source>The server no longer accepts %1 on this computer.</source>
        <translation>The server no longer accepts %1 on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="692"/>
        <source>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</source>
        <translation>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <location filename="../../ui/mainwindow.py" line="494"/>
        <source>New group …</source>
        <translation>New group …</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../ui/members.py" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="88"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="89"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="90"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="115"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="115"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="116"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="118"/>
        <source>%1 (invited)</source>
        <translation>%1 (invited)</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="121"/>
        <source>External partner</source>
        <translation>External partner</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/members.py" line="156"/>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="164"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="176"/>
        <source>&amp;Invite colleagues …</source>
        <translation>&amp;Invite colleagues …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="178"/>
        <source>Invite colleagues to this group</source>
        <translation>Invite colleagues to this group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="199"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="218"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="184"/>
        <source>&amp;Remove from group …</source>
        <translation>&amp;Remove from group …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="186"/>
        <source>Remove the selected member from the group</source>
        <translation>Remove the selected member from the group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="189"/>
        <location filename="../../ui/members.py" line="241"/>
        <source>Make &amp;moderator</source>
        <translation>Make &amp;moderator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="193"/>
        <source>&amp;Name and description …</source>
        <translation>&amp;Name and description …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="195"/>
        <source>Change the group&apos;s name and description</source>
        <translation>Change the group&apos;s name and description</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="241"/>
        <source>Take back the &amp;moderator role</source>
        <translation>Take back the &amp;moderator role</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="244"/>
        <source>Take back the selected member&apos;s moderator role</source>
        <translation>Take back the selected member&apos;s moderator role</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="246"/>
        <source>Make the selected member a moderator</source>
        <translation>Make the selected member a moderator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="253"/>
        <source>Only members with a higher role may invite to this group</source>
        <translation>Only members with a higher role may invite to this group</translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <location filename="../../ui/members.py" line="709"/>
        <source>Leave group</source>
        <translation>Leave group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="710"/>
        <source>Leave “%1”?</source>
        <translation>Leave “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="712"/>
        <source>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</source>
        <translation>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="716"/>
        <source>&amp;Leave group</source>
        <translation>&amp;Leave group</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <location filename="../../ui/moderation.py" line="152"/>
        <source>Remove comment</source>
        <translation>Remove comment</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="152"/>
        <source>Remove post</source>
        <translation>Remove post</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="153"/>
        <source>Remove this comment for everyone in the group?</source>
        <translation>Remove this comment for everyone in the group?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="155"/>
        <source>Remove this post and its comments for everyone in the group?</source>
        <translation>Remove this post and its comments for everyone in the group?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="179"/>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="180"/>
        <source>Remove %1 from the group?</source>
        <translation>Remove %1 from the group?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="195"/>
        <source>A pin</source>
        <translation>A pin</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="196"/>
        <source>Removing a post</source>
        <translation>Removing a post</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="197"/>
        <source>The new name and description</source>
        <translation>The new name and description</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="198"/>
        <source>Removing %1 from the group</source>
        <translation>Removing %1 from the group</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="199"/>
        <source>Changing the role of %1</source>
        <translation>Changing the role of %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="200"/>
        <source>A change</source>
        <translation>A change</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="202"/>
        <source>%1 was refused by the server and has been undone: %2</source>
        <translation>%1 was refused by the server and has been undone: %2</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="213"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="215"/>
        <source>Your role in the group may have changed.</source>
        <translation>Your role in the group may have changed.</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message numerus="yes">
        <location filename="../../ui/notifications.py" line="58"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <location filename="../../ui/notificationmodel.py" line="124"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../ui/notificationmodel.py" line="124"/>
        <source>unread</source>
        <translation>unread</translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message>
        <location filename="../../ui/notificationlist.py" line="35"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="37"/>
        <location filename="../../ui/notificationlist.py" line="44"/>
        <source>Mentions and replies</source>
        <translation>Mentions and replies</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="39"/>
        <source>&amp;Mark all as read</source>
        <translation>&amp;Mark all as read</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="41"/>
        <source>Mark all notifications as read</source>
        <translation>Mark all notifications as read</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="49"/>
        <source>No mentions or replies yet.</source>
        <translation>No mentions or replies yet.</translation>
    </message>
</context>
<context>
    <name>NotificationWatcher</name>
    <message>
        <location filename="../../ui/notifications.py" line="145"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifications.py" line="146"/>
        <source>%n new mentions and replies</source>
        <translation>
            <numerusform>%n new mention or reply</numerusform>
            <numerusform>%n new mentions and replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notificationmodel.py" line="44"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 mentioned you in %2</translation>
    </message>
    <message>
        <location filename="../../ui/notificationmodel.py" line="46"/>
        <source>%1 replied to your post in %2</source>
        <translation>%1 replied to your post in %2</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people.py" line="94"/>
        <source>External partner</source>
        <translation>External partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="109"/>
        <source>%1, external partner</source>
        <translation>%1, external partner</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people.py" line="154"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="154"/>
        <source>People directory</source>
        <translation>People directory</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="160"/>
        <source>Filter by name, title, e-mail …</source>
        <translation>Filter by name, title, e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="161"/>
        <source>Filter people by text</source>
        <translation>Filter people by text</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="163"/>
        <source>Filter by organisation</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="164"/>
        <source>Filter by department</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="165"/>
        <source>Filter by skill</source>
        <translation>Filter by skill</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="166"/>
        <source>Filter by location</source>
        <translation>Filter by location</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="167"/>
        <source>Nobody matches these filters.</source>
        <translation>Nobody matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="217"/>
        <source>External partners</source>
        <translation>External partners</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="220"/>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="224"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="226"/>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="227"/>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
</context>
<context>
    <name>PinnedPosts</name>
    <message>
        <location filename="../../ui/moderation.py" line="232"/>
        <source>Pinned posts</source>
        <translation>Pinned posts</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="284"/>
        <source>Pinned: %1</source>
        <translation>Pinned: %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="286"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="287"/>
        <source>Open the pinned post %1</source>
        <translation>Open the pinned post %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="292"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="293"/>
        <source>Unpin the post %1</source>
        <translation>Unpin the post %1</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../ui/postactions.py" line="117"/>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="117"/>
        <source>Delete post</source>
        <translation>Delete post</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="118"/>
        <source>Delete this comment?</source>
        <translation>Delete this comment?</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="120"/>
        <source>Delete this post and its comments?</source>
        <translation>Delete this post and its comments?</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="121"/>
        <source>Everyone in the group will no longer see it.</source>
        <translation>Everyone in the group will no longer see it.</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>✔ answer</source>
        <translation>✔ answer</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="161"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="166"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="170"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="176"/>
        <source>Unmark answer</source>
        <translation>Unmark answer</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="176"/>
        <source>Mark as answer</source>
        <translation>Mark as answer</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="229"/>
        <location filename="../../ui/postview.py" line="446"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="232"/>
        <location filename="../../ui/postview.py" line="447"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="241"/>
        <location filename="../../ui/postview.py" line="453"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="244"/>
        <location filename="../../ui/postview.py" line="454"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PostListView</name>
    <message>
        <location filename="../../ui/stream.py" line="475"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="481"/>
        <source>Unlike</source>
        <translation>Unlike</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="481"/>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="494"/>
        <source>Edit …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="495"/>
        <source>Delete …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="486"/>
        <source>Edit history …</source>
        <translation>Edit history …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>Pin to the top</source>
        <translation>Pin to the top</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="506"/>
        <source>Remove …</source>
        <translation>Remove …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="478"/>
        <source>Open attached file</source>
        <translation>Open attached file</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <location filename="../../ui/people.py" line="298"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="302"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="310"/>
        <location filename="../../ui/people.py" line="312"/>
        <source>External partner</source>
        <translation>External partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="314"/>
        <source>A member of your groups without an entry in any of your organisations</source>
        <translation>A member of your groups without an entry in any of your organisations</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="323"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="325"/>
        <location filename="../../ui/people.py" line="329"/>
        <source>Groups you share</source>
        <translation>Groups you share</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="330"/>
        <location filename="../../ui/people.py" line="334"/>
        <source>Recent posts</source>
        <translation>Recent posts</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="367"/>
        <source>This person is no longer in your directory.</source>
        <translation>This person is no longer in your directory.</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="376"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="377"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="378"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="379"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="380"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="381"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="385"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="386"/>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="400"/>
        <source>No groups in common</source>
        <translation>No groups in common</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="407"/>
        <source>Comment in %1</source>
        <translation>Comment in %1</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="407"/>
        <source>Post in %1</source>
        <translation>Post in %1</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="418"/>
        <source>Nothing written yet</source>
        <translation>Nothing written yet</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/reactions.py" line="74"/>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="128"/>
        <source>React with %1 (%2)</source>
        <translation>React with %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="131"/>
        <source>React with %1</source>
        <translation>React with %1</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="142"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Reactions</name>
    <message>
        <location filename="../../ui/reactions.py" line="39"/>
        <source>reactions: %1</source>
        <translation>reactions: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="57"/>
        <source>&amp;React</source>
        <translation>&amp;React</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/moderation.py" line="63"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="66"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../ui/reminders.py" line="72"/>
        <source>All-day appointment today</source>
        <translation>All-day appointment today</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="77"/>
        <source>Appointment at %1</source>
        <translation>Appointment at %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="243"/>
        <location filename="../../ui/searchdialog.py" line="244"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="250"/>
        <source>Search people, posts, documents …</source>
        <translation>Search people, posts, documents …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="251"/>
        <source>Search for</source>
        <translation>Search for</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="259"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="268"/>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="274"/>
        <source>Spelling correction</source>
        <translation>Spelling correction</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="363"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="366"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nothing found. Try fewer or other words.</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="374"/>
        <source>Showing results for %1</source>
        <translation>Showing results for %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="378"/>
        <source>Search instead for %1</source>
        <translation>Search instead for %1</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="83"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="84"/>
        <source>Posts and questions</source>
        <translation>Posts and questions</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="85"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="86"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="172"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="174"/>
        <source>slide %1</source>
        <translation>slide %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="176"/>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
</context>
<context>
    <name>SendState</name>
    <message>
        <location filename="../../ui/sendstate.py" line="32"/>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location filename="../../ui/sendstate.py" line="34"/>
        <source>the file is larger than the server accepts</source>
        <translation>the file is larger than the server accepts</translation>
    </message>
    <message>
        <location filename="../../ui/sendstate.py" line="40"/>
        <source>not sent since %1 · still trying</source>
        <translation>not sent since %1 · still trying</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="323"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="324"/>
        <source>Pages of the settings</source>
        <translation>Pages of the settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="325"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="326"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="327"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="328"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="329"/>
        <source>Close the settings</source>
        <translation>Close the settings</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="330"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="331"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="332"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="335"/>
        <source>Menus and dialogs change at once; a few texts already on screen change when Treffpunkt starts the next time.</source>
        <translation>Menus and dialogs change at once; a few texts already on screen change when Treffpunkt starts the next time.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="339"/>
        <source>Keep &amp;history of:</source>
        <translation>Keep &amp;history of:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="340"/>
        <location filename="../../ui/settingsdialog.py" line="356"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="342"/>
        <source>Days of history kept offline for groups without a choice of their own</source>
        <translation>Days of history kept offline for groups without a choice of their own</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="344"/>
        <source>&amp;Space for documents:</source>
        <translation>&amp;Space for documents:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="345"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="346"/>
        <source>Space for documents in megabytes</source>
        <translation>Space for documents in megabytes</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="348"/>
        <source>Managed by your IT department</source>
        <translation>Managed by your IT department</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="350"/>
        <source>What each group keeps offline</source>
        <translation>What each group keeps offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="351"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="352"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="353"/>
        <source>Last days:</source>
        <translation>Last days:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="354"/>
        <source>History of this group kept offline</source>
        <translation>History of this group kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="355"/>
        <source>This &amp;group keeps:</source>
        <translation>This &amp;group keeps:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="357"/>
        <source>Days of history of this group</source>
        <translation>Days of history of this group</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="358"/>
        <source>Keep this group&apos;s &amp;documents available offline</source>
        <translation>Keep this group&apos;s &amp;documents available offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="360"/>
        <source>Keep this group&apos;s documents available offline</source>
        <translation>Keep this group&apos;s documents available offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="362"/>
        <source>Signed-in accounts</source>
        <translation>Signed-in accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="363"/>
        <source>&amp;Add account …</source>
        <translation>&amp;Add account …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="364"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="365"/>
        <source>Sign &amp;out …</source>
        <translation>Sign &amp;out …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="366"/>
        <source>Sign out of the chosen account</source>
        <translation>Sign out of the chosen account</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="413"/>
        <source>%1 MB in use</source>
        <translation>%1 MB in use</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="505"/>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="505"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="507"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="307"/>
        <source>Further groups</source>
        <translation>Further groups</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="311"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="312"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="313"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="314"/>
        <source>Join groups …</source>
        <translation>Join groups …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="351"/>
        <source>Opening %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="608"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="613"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="615"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n mention of you</numerusform>
            <numerusform>%n mentions of you</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="617"/>
        <source>all history kept offline</source>
        <translation>all history kept offline</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="328"/>
        <source>Invitations (%1)</source>
        <translation>Invitations (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="332"/>
        <source>%1 (invitation withdrawn)</source>
        <translation>%1 (invitation withdrawn)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="334"/>
        <source>%1 (joining …)</source>
        <translation>%1 (joining …)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="336"/>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="694"/>
        <source>Groups and lists</source>
        <translation>Groups and lists</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="798"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="833"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="801"/>
        <source>Copy group address</source>
        <translation>Copy group address</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="815"/>
        <source>%n events could not be shown (kept for support)</source>
        <translation>
            <numerusform>%n event could not be shown (kept for support)</numerusform>
            <numerusform>%n events could not be shown (kept for support)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="803"/>
        <source>Members …</source>
        <translation>Members …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="810"/>
        <source>Leave group …</source>
        <translation>Leave group …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="835"/>
        <source>New group …</source>
        <translation>New group …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="844"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="848"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="851"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="806"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="823"/>
        <source>Activity of its groups</source>
        <translation>Activity of its groups</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="337"/>
        <source>answered question</source>
        <translation>answered question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="337"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="339"/>
        <source>failed to send</source>
        <translation>failed to send</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="343"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="347"/>
        <source>%n likes</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="350"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="346"/>
        <source>attached: %1</source>
        <translation>attached: %1</translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="628"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="629"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;ments</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="631"/>
        <source>Show the group&apos;s documents</source>
        <translation>Show the group&apos;s documents</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="639"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="640"/>
        <source>No posts yet — write the first one.</source>
        <translation>No posts yet — write the first one.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/status.py" line="177"/>
        <source>Syncing stopped unexpectedly; it starts again shortly.</source>
        <translation>Syncing stopped unexpectedly; it starts again shortly.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="277"/>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="280"/>
        <source>Try to reach the server now</source>
        <translation>Try to reach the server now</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="282"/>
        <source>Offline: Treffpunkt tries again by itself, less often the longer it lasts</source>
        <translation>Offline: Treffpunkt tries again by itself, less often the longer it lasts</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="294"/>
        <source>Connection and sending state</source>
        <translation>Connection and sending state</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="351"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="376"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="377"/>
        <source>synchronising …</source>
        <translation>synchronising …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="378"/>
        <source>connecting …</source>
        <translation>connecting …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="379"/>
        <source>signed out — sign in again to send</source>
        <translation>signed out — sign in again to send</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="380"/>
        <location filename="../../ui/status.py" line="382"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="385"/>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="393"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="395"/>
        <source>%n not sent for more than a day</source>
        <translation>
            <numerusform>%n not sent for more than a day</numerusform>
            <numerusform>%n not sent for more than a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="397"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n could not be sent</numerusform>
            <numerusform>%n could not be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="402"/>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="406"/>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
</context>
<context>
    <name>SystemTrayNotifier</name>
    <message>
        <location filename="../../ui/notifications.py" line="97"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../ui/detail.py" line="135"/>
        <source>%1 (marked as the answer): %2</source>
        <translation>%1 (marked as the answer): %2</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="155"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="159"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="160"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="167"/>
        <source>Post and comments</source>
        <translation>Post and comments</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="168"/>
        <source>&amp;Like</source>
        <translation>&amp;Like</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="171"/>
        <location filename="../../ui/detail.py" line="338"/>
        <source>Like the post</source>
        <translation>Like the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="172"/>
        <source>&amp;Retry sending</source>
        <translation>&amp;Retry sending</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="174"/>
        <source>Retry sending the post</source>
        <translation>Retry sending the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="179"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="181"/>
        <source>Discard the post that failed</source>
        <translation>Discard the post that failed</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="184"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Write a comment … Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="185"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>C&amp;omment</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="189"/>
        <source>Send the comment</source>
        <translation>Send the comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Like (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="302"/>
        <source>Question by %1</source>
        <translation>Question by %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="302"/>
        <source>Post by %1</source>
        <translation>Post by %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="175"/>
        <source>Edi&amp;ted</source>
        <translation>Edi&amp;ted</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="177"/>
        <source>Show the edit history of the post</source>
        <translation>Show the edit history of the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="178"/>
        <source>Earlier versions of the post</source>
        <translation>Earlier versions of the post</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="43"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="46"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="49"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="53"/>
        <source>yesterday, %1</source>
        <translation>yesterday, %1</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../ui/updates.py" line="99"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="101"/>
        <source>Restart to update</source>
        <translation>Restart to update</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="110"/>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="144"/>
        <source>Checking for updates …</source>
        <translation>Checking for updates …</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="166"/>
        <source>Treffpunkt %1 is up to date.</source>
        <translation>Treffpunkt %1 is up to date.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="186"/>
        <source>Restart Treffpunkt to update to version %1</source>
        <translation>Restart Treffpunkt to update to version %1</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="189"/>
        <source>Version %1 has been downloaded and verified</source>
        <translation>Version %1 has been downloaded and verified</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="204"/>
        <source>Version %1 is ready; your organisation&apos;s software deployment installs it.</source>
        <translation>Version %1 is ready; your organisation&apos;s software deployment installs it.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="210"/>
        <source>the update information has expired</source>
        <translation>the update information has expired</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="211"/>
        <source>the update server offered older information than already seen</source>
        <translation>the update server offered older information than already seen</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="212"/>
        <source>a downloaded file does not match its signature</source>
        <translation>a downloaded file does not match its signature</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="213"/>
        <source>the update information is not signed by the trusted keys</source>
        <translation>the update information is not signed by the trusted keys</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="214"/>
        <source>the update server could not be reached</source>
        <translation>the update server could not be reached</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="215"/>
        <source>the version is not in the signed list</source>
        <translation>the version is not in the signed list</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="217"/>
        <source>the update could not be verified</source>
        <translation>the update could not be verified</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="219"/>
        <source>Update refused: %1. Version %2 keeps running.</source>
        <translation>Update refused: %1. Version %2 keeps running.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="227"/>
        <source>Updated to version %1.</source>
        <translation>Updated to version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="232"/>
        <source>The downloaded version %1 did not match its signature and was discarded. Version %2 keeps running.</source>
        <translation>The downloaded version %1 did not match its signature and was discarded. Version %2 keeps running.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="237"/>
        <source>The downloaded version %1 was incomplete and was discarded. Version %2 keeps running.</source>
        <translation>The downloaded version %1 was incomplete and was discarded. Version %2 keeps running.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="241"/>
        <source>Version %1 could not be installed. Version %2 keeps running.</source>
        <translation>Version %1 could not be installed. Version %2 keeps running.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="504"/>
        <source>%1 (waiting to send)</source>
        <translation>%1 (waiting to send)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="517"/>
        <source>Version %1 by %2, %3, %4</source>
        <translation>Version %1 by %2, %3, %4</translation>
    </message>
</context>
</TS>
