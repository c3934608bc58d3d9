<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/appointments.py" line="432"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="434"/>
        <source>Export a&amp;genda (.ics) …</source>
        <translation>Export a&amp;genda (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="435"/>
        <source>Export the upcoming appointments</source>
        <translation>Export the upcoming appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="436"/>
        <source>No upcoming appointments.</source>
        <translation>No upcoming appointments.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="439"/>
        <source>Upcoming appointments</source>
        <translation>Upcoming appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="444"/>
        <location filename="../../ui/appointments.py" line="505"/>
        <source>Show past appointments</source>
        <translation>Show past appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="446"/>
        <source>Past appointments</source>
        <translation>Past appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="497"/>
        <source>Past appointments (%1)</source>
        <translation>Past appointments (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="505"/>
        <source>Hide past appointments</source>
        <translation>Hide past appointments</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="373"/>
        <source>No keyring</source>
        <translation>No keyring</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="374"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="445"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Not signed in as %1: you can read and write; sign in to send.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="437"/>
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
        <location filename="../../ui/appointmentdialog.py" line="90"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="92"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="98"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="105"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="107"/>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="110"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="115"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="121"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="122"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="124"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="125"/>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="126"/>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="127"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="128"/>
        <source>Online &amp;link:</source>
        <translation>Online &amp;link:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="129"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="186"/>
        <source>Give the appointment a title.</source>
        <translation>Give the appointment a title.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="194"/>
        <source>Choose a time zone from the list.</source>
        <translation>Choose a time zone from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="198"/>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="215"/>
        <source>The online link must start with https:// or http://.</source>
        <translation>The online link must start with https:// or http://.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="218"/>
        <source>An appointment lasts a year at most, between 1970 and 2099.</source>
        <translation>An appointment lasts a year at most, between 1970 and 2099.</translation>
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
        <location filename="../../ui/stream.py" line="498"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Write something … @ mentions someone, Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="500"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="503"/>
        <source>Post as a question</source>
        <translation>Post as a question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="504"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Ask the group; an answer can be marked later</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="505"/>
        <source>&amp;Attach …</source>
        <translation>&amp;Attach …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="507"/>
        <source>Attach a file or image</source>
        <translation>Attach a file or image</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="509"/>
        <source>Attach a file or image; you can also drop files or paste an image</source>
        <translation>Attach a file or image; you can also drop files or paste an image</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="513"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="515"/>
        <source>Remo&amp;ve files</source>
        <translation>Remo&amp;ve files</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="517"/>
        <source>Remove the attached files</source>
        <translation>Remove the attached files</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="521"/>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="523"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="524"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Post (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="556"/>
        <source>pasted image</source>
        <translation>pasted image</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="570"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="596"/>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="607"/>
        <source>image.png</source>
        <translation>image.png</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="620"/>
        <source>Could not save the post: %1</source>
        <translation>Could not save the post: %1</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <location filename="../../ui/members.py" line="421"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="425"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="427"/>
        <source>Name of the group</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="429"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="431"/>
        <source>&amp;Open to the organisation</source>
        <translation>&amp;Open to the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="432"/>
        <source>By &amp;invitation only</source>
        <translation>By &amp;invitation only</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="441"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="442"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="443"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="444"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="452"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="454"/>
        <source>Create the group</source>
        <translation>Create the group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="456"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="467"/>
        <source>Creating a group needs a connection: sign in to this account again.</source>
        <translation>Creating a group needs a connection: sign in to this account again.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="484"/>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="494"/>
        <source>Creating the group …</source>
        <translation>Creating the group …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="508"/>
        <source>The group could not be created: %1</source>
        <translation>The group could not be created: %1</translation>
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
        <location filename="../../ui/documents/pane.py" line="224"/>
        <source>This document is no longer there.</source>
        <translation>This document is no longer there.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="253"/>
        <source>on this computer</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="256"/>
        <source>on the server only (downloaded when opened)</source>
        <translation>on the server only (downloaded when opened)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="258"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="262"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="263"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="264"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="265"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="266"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="267"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="268"/>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="273"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="305"/>
        <source>(no longer there)</source>
        <translation>(no longer there)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="309"/>
        <source>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</source>
        <translation>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="317"/>
        <source>Conflict copies of this document: %1</source>
        <translation>Conflict copies of this document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="328"/>
        <source>Could not be sent: %1</source>
        <translation>Could not be sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="378"/>
        <source>Opened. Changes you save there are saved here as a new version.</source>
        <translation>Opened. Changes you save there are saved here as a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="386"/>
        <source>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</source>
        <translation>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="393"/>
        <source>Could not open the document: %1</source>
        <translation>Could not open the document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="405"/>
        <source>Not opened: this is a program (%1).</source>
        <translation>Not opened: this is a program (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="411"/>
        <source>Program not opened</source>
        <translation>Program not opened</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="412"/>
        <source>“%1” is a program (%2), not a document.</source>
        <translation>“%1” is a program (%2), not a document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="416"/>
        <source>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</source>
        <translation>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="422"/>
        <source>&amp;Save as …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="449"/>
        <source>Save the program as</source>
        <translation>Save the program as</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="456"/>
        <source>Saved as %1. It was not opened.</source>
        <translation>Saved as %1. It was not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="489"/>
        <source>Could not change this: %1</source>
        <translation>Could not change this: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="519"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="519"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="531"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="532"/>
        <source>Folder (parts separated by /, empty for none):</source>
        <translation>Folder (parts separated by /, empty for none):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="546"/>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="547"/>
        <source>Delete “%1” for every member of the group?</source>
        <translation>Delete “%1” for every member of the group?</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="550"/>
        <source>The group&apos;s administrators keep its versions.</source>
        <translation>The group&apos;s administrators keep its versions.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="269"/>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="283"/>
        <source>its name and content</source>
        <translation>its name and content</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="286"/>
        <source>its name (the content is read soon)</source>
        <translation>its name (the content is read soon)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="288"/>
        <source>its name (the content once it is on this computer)</source>
        <translation>its name (the content once it is on this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="291"/>
        <source>a scan without text</source>
        <translation>a scan without text</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="292"/>
        <source>too large to read</source>
        <translation>too large to read</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="293"/>
        <source>took too long to read</source>
        <translation>took too long to read</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="294"/>
        <source>could not be read</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="296"/>
        <source>its name only: %1</source>
        <translation>its name only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="296"/>
        <source>its name</source>
        <translation>its name</translation>
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
    <name>GroupAppointments</name>
    <message>
        <location filename="../../ui/appointments.py" line="374"/>
        <source>New &amp;appointment …</source>
        <translation>New &amp;appointment …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="376"/>
        <source>New appointment in this group</source>
        <translation>New appointment in this group</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="379"/>
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
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/members.py" line="341"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="345"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="347"/>
        <source>%1 invites you to “%2” (%3).</source>
        <translation>%1 invites you to “%2” (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="349"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 invites you to “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="362"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="364"/>
        <source>Accept the invitation</source>
        <translation>Accept the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="366"/>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="368"/>
        <source>Decline the invitation</source>
        <translation>Decline the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="369"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="370"/>
        <source>Answer later</source>
        <translation>Answer later</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="380"/>
        <source>This invitation was withdrawn before you could join.</source>
        <translation>This invitation was withdrawn before you could join.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="382"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="383"/>
        <source>Dismiss the invitation</source>
        <translation>Dismiss the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="385"/>
        <source>You accepted; you join when the connection is back.</source>
        <translation>You accepted; you join when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="407"/>
        <source>The answer could not be saved: %1</source>
        <translation>The answer could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>InvitationWatcher</name>
    <message>
        <location filename="../../ui/members.py" line="537"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="538"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="540"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 invites you to “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="543"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="544"/>
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
        <location filename="../../ui/members.py" line="234"/>
        <source>Invite to %1</source>
        <translation>Invite to %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="241"/>
        <source>Search by name, function, e-mail …</source>
        <translation>Search by name, function, e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="242"/>
        <source>Search colleagues</source>
        <translation>Search colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="247"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="253"/>
        <source>State of the invitation</source>
        <translation>State of the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="255"/>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="256"/>
        <source>Invite the chosen colleague</source>
        <translation>Invite the chosen colleague</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="263"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="297"/>
        <source>%1 is already in this group.</source>
        <translation>%1 is already in this group.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="317"/>
        <source>%1 is invited; the invitation is sent with the next sync.</source>
        <translation>%1 is invited; the invitation is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="324"/>
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
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="355"/>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="356"/>
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
        <location filename="../../ui/mainwindow.py" line="97"/>
        <location filename="../../ui/mainwindow.py" line="98"/>
        <location filename="../../ui/mainwindow.py" line="109"/>
        <location filename="../../ui/mainwindow.py" line="471"/>
        <source>Treffpunkt</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="105"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <location filename="../../ui/mainwindow.py" line="472"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Search … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <location filename="../../ui/mainwindow.py" line="200"/>
        <location filename="../../ui/mainwindow.py" line="473"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="120"/>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <location filename="../../ui/mainwindow.py" line="474"/>
        <location filename="../../ui/mainwindow.py" line="475"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="130"/>
        <location filename="../../ui/mainwindow.py" line="476"/>
        <source>Sign in to another account …</source>
        <translation>Sign in to another account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <location filename="../../ui/mainwindow.py" line="477"/>
        <source>Join groups …</source>
        <translation>Join groups …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <location filename="../../ui/mainwindow.py" line="480"/>
        <source>Settings …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="144"/>
        <location filename="../../ui/mainwindow.py" line="481"/>
        <source>Sign out …</source>
        <translation>Sign out …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="760"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="201"/>
        <source>Go to the sidebar</source>
        <translation>Go to the sidebar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="202"/>
        <source>Go to the list</source>
        <translation>Go to the list</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="203"/>
        <source>Go to the details</source>
        <translation>Go to the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <source>Close the details</source>
        <translation>Close the details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="535"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="536"/>
        <source>Sign out of %1 on this computer?</source>
        <translation>Sign out of %1 on this computer?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="541"/>
        <source>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</source>
        <translation>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="549"/>
        <source>%n items written here have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n item written here has not been sent yet and will be lost.</numerusform>
            <numerusform>%n items written here have not been sent yet and will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="554"/>
        <source>Sign out and delete local data</source>
        <translation>Sign out and delete local data</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="592"/>
        <source>Signing out …</source>
        <translation>Signing out …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="694"/>
        <source>Signing out of %1 did not finish: %2</source>
        <translation>Signing out of %1 did not finish: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="701"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Choose a group on the left to read and write.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="703"/>
        <source>Opening your data …</source>
        <translation>Opening your data …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="707"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="857"/>
        <source>Documents of %1</source>
        <translation>Documents of %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <location filename="../../ui/mainwindow.py" line="479"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="649"/>
        <source>Removing local data …</source>
        <translation>Removing local data …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="673"/>
        <source>Access withdrawn</source>
        <translation>Access withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="674"/>
        <source>The server no longer accepts %1 on this computer.</source>
        <translation>The server no longer accepts %1 on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="676"/>
        <source>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</source>
        <translation>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <location filename="../../ui/mainwindow.py" line="478"/>
        <source>New group …</source>
        <translation>New group …</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../ui/members.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="80"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="82"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="107"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="107"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="108"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="110"/>
        <source>%1 (invited)</source>
        <translation>%1 (invited)</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="113"/>
        <source>External partner</source>
        <translation>External partner</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/members.py" line="165"/>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="173"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="184"/>
        <source>&amp;Invite colleagues …</source>
        <translation>&amp;Invite colleagues …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="186"/>
        <source>Invite colleagues to this group</source>
        <translation>Invite colleagues to this group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="189"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="202"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <location filename="../../ui/members.py" line="634"/>
        <source>Leave group</source>
        <translation>Leave group</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="635"/>
        <source>Leave “%1”?</source>
        <translation>Leave “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="637"/>
        <source>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</source>
        <translation>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="641"/>
        <source>&amp;Leave group</source>
        <translation>&amp;Leave group</translation>
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
        <location filename="../../ui/postview.py" line="155"/>
        <source>✔ answer</source>
        <translation>✔ answer</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="164"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="168"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="174"/>
        <source>Unmark answer</source>
        <translation>Unmark answer</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="174"/>
        <source>Mark as answer</source>
        <translation>Mark as answer</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="222"/>
        <location filename="../../ui/postview.py" line="434"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="225"/>
        <location filename="../../ui/postview.py" line="435"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="234"/>
        <location filename="../../ui/postview.py" line="441"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="237"/>
        <location filename="../../ui/postview.py" line="442"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PostListView</name>
    <message>
        <location filename="../../ui/stream.py" line="462"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="465"/>
        <source>Open attached file</source>
        <translation>Open attached file</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="468"/>
        <source>Unlike</source>
        <translation>Unlike</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="468"/>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="478"/>
        <source>Edit …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="479"/>
        <source>Delete …</source>
        <translation>Delete …</translation>
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
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../ui/reminders.py" line="69"/>
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
        <location filename="../../ui/sendstate.py" line="42"/>
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
        <location filename="../../ui/sidebar.py" line="602"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="607"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="609"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n mention of you</numerusform>
            <numerusform>%n mentions of you</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="611"/>
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
        <location filename="../../ui/sidebar.py" line="687"/>
        <source>Groups and lists</source>
        <translation>Groups and lists</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="789"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="810"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="792"/>
        <source>Copy group address</source>
        <translation>Copy group address</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="802"/>
        <source>%n events could not be shown (kept for support)</source>
        <translation>
            <numerusform>%n event could not be shown (kept for support)</numerusform>
            <numerusform>%n events could not be shown (kept for support)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="794"/>
        <source>Members …</source>
        <translation>Members …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="797"/>
        <source>Leave group …</source>
        <translation>Leave group …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="812"/>
        <source>New group …</source>
        <translation>New group …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="821"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="825"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="828"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="333"/>
        <source>answered question</source>
        <translation>answered question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="333"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="335"/>
        <source>failed to send</source>
        <translation>failed to send</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="339"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="342"/>
        <source>attached: %1</source>
        <translation>attached: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="343"/>
        <source>%n likes</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="344"/>
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
        <location filename="../../ui/stream.py" line="668"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="669"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;ments</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="671"/>
        <source>Show the group&apos;s documents</source>
        <translation>Show the group&apos;s documents</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="677"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="678"/>
        <source>No posts yet — write the first one.</source>
        <translation>No posts yet — write the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="838"/>
        <source>Not available offline</source>
        <translation>Not available offline</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="839"/>
        <source>This file is not on this computer yet. Open it again when you are connected.</source>
        <translation>This file is not on this computer yet. Open it again when you are connected.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="847"/>
        <source>File not opened</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="848"/>
        <source>Could not open the file: %1</source>
        <translation>Could not open the file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="856"/>
        <source>Program not opened</source>
        <translation>Program not opened</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="857"/>
        <source>“%1” is a program (%2), not a document. It is not opened.</source>
        <translation>“%1” is a program (%2), not a document. It is not opened.</translation>
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
        <location filename="../../ui/detail.py" line="122"/>
        <source>%1 (marked as the answer): %2</source>
        <translation>%1 (marked as the answer): %2</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="142"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="146"/>
        <source>Close the detail pane</source>
        <translation>Close the detail pane</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="147"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="154"/>
        <source>Post and comments</source>
        <translation>Post and comments</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="155"/>
        <source>&amp;Like</source>
        <translation>&amp;Like</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="158"/>
        <source>Like the post</source>
        <translation>Like the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="159"/>
        <source>&amp;Retry sending</source>
        <translation>&amp;Retry sending</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="161"/>
        <source>Retry sending the post</source>
        <translation>Retry sending the post</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="162"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="164"/>
        <source>Discard the post that failed</source>
        <translation>Discard the post that failed</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="167"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Write a comment … Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="168"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="170"/>
        <source>C&amp;omment</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="172"/>
        <source>Send the comment</source>
        <translation>Send the comment</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="231"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Like (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="233"/>
        <source>Question by %1</source>
        <translation>Question by %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="233"/>
        <source>Post by %1</source>
        <translation>Post by %1</translation>
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
