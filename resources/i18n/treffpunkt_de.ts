<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/activity.py" line="236"/>
        <source>Posts and comments per week</source>
        <translation>Beiträge und Kommentare pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="239"/>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="240"/>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="241"/>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="242"/>
        <location filename="../../ui/activity.py" line="260"/>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="243"/>
        <location filename="../../ui/activity.py" line="259"/>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="244"/>
        <source>Last activity</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="245"/>
        <source>Quiet</source>
        <translation>Still</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="257"/>
        <source>Activity tables</source>
        <translation>Aktivitätstabellen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="258"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="261"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="262"/>
        <source>&amp;Open questions</source>
        <translation>&amp;Offene Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="263"/>
        <source>Active &amp;members</source>
        <translation>Aktive &amp;Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="264"/>
        <source>&amp;Export table as CSV …</source>
        <translation>Tabelle als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="265"/>
        <source>Export the table on show as CSV</source>
        <translation>Die angezeigte Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="275"/>
        <source>Posts (dark) and comments (light) per week</source>
        <translation>Beiträge (dunkel) und Kommentare (hell) pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="295"/>
        <source>Activity: %1</source>
        <translation>Aktivität: %1</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="352"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="354"/>
        <source>quiet</source>
        <translation>still</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="360"/>
        <source>no answered questions yet</source>
        <translation>noch keine beantworteten Fragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="362"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="364"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="368"/>
        <source>%1 active members in the last %2 days; %3 open questions; median time to a first answer: %4.</source>
        <translation>%1 aktive Mitglieder in den letzten %2 Tagen; %3 offene Fragen; Median der Zeit bis zur ersten Antwort: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="378"/>
        <source>%n quiet groups: %1.</source>
        <translation>
            <numerusform>%n stille Gruppe: %1.</numerusform>
            <numerusform>%n stille Gruppen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="386"/>
        <source>%1 posts and %2 comments in %3 weeks; the busiest week began on %4.</source>
        <translation>%1 Beiträge und %2 Kommentare in %3 Wochen; die aktivste Woche begann am %4.</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="405"/>
        <location filename="../../ui/activity.py" line="424"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="407"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="423"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/appointments.py" line="435"/>
        <source>Agenda</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="437"/>
        <source>Export a&amp;genda (.ics) …</source>
        <translation>Termine e&amp;xportieren (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="438"/>
        <source>Export the upcoming appointments</source>
        <translation>Die kommenden Termine exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="439"/>
        <source>No upcoming appointments.</source>
        <translation>Keine kommenden Termine.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="442"/>
        <source>Upcoming appointments</source>
        <translation>Kommende Termine</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="447"/>
        <location filename="../../ui/appointments.py" line="508"/>
        <source>Show past appointments</source>
        <translation>Vergangene Termine zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="449"/>
        <source>Past appointments</source>
        <translation>Vergangene Termine</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="500"/>
        <source>Past appointments (%1)</source>
        <translation>Vergangene Termine (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="508"/>
        <source>Hide past appointments</source>
        <translation>Vergangene Termine ausblenden</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="417"/>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="418"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt bewahrt den Schlüssel deiner lokalen Daten und deine Anmeldung im Schlüsselbund des Systems auf, und es ist keiner verfügbar.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="489"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Nicht als %1 angemeldet: Du kannst lesen und schreiben; melde dich an, um zu senden.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="481"/>
        <source>The server of %1 (%2) is not encrypted (http://); Treffpunkt does not connect to it. You can read and write; please tell your IT department.</source>
        <translation>Der Server von %1 (%2) ist nicht verschlüsselt (http://); Treffpunkt verbindet sich nicht mit ihm. Du kannst lesen und schreiben; bitte sag deiner IT-Abteilung Bescheid.</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../ui/appointments.py" line="287"/>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="288"/>
        <source>Cancel “%1” for everyone in the group?</source>
        <translation>„%1“ für alle in der Gruppe absagen?</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="312"/>
        <source>Export as a calendar file</source>
        <translation>Als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="314"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>AppointmentCard</name>
    <message>
        <location filename="../../ui/appointments.py" line="92"/>
        <source>Appointment: %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="100"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="102"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="105"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="108"/>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="110"/>
        <source>Place: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="111"/>
        <source>Organised by %1</source>
        <translation>Organisiert von %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="120"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="123"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="124"/>
        <source>Mayb&amp;e</source>
        <translation>Viell&amp;eicht</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="125"/>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="129"/>
        <source>Answer yes</source>
        <translation>Mit Ja antworten</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="130"/>
        <source>Answer maybe</source>
        <translation>Mit Vielleicht antworten</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="131"/>
        <source>Answer no</source>
        <translation>Mit Nein antworten</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="141"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="142"/>
        <source>Comment with the answer</source>
        <translation>Kommentar zur Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="147"/>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="148"/>
        <source>Open the online link</source>
        <translation>Den Online-Link öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="152"/>
        <source>E&amp;xport (.ics) …</source>
        <translation>E&amp;xportieren (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="153"/>
        <source>Export the appointment as a calendar file</source>
        <translation>Den Termin als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="155"/>
        <source>&amp;Change …</source>
        <translation>Än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="156"/>
        <source>Change the appointment</source>
        <translation>Den Termin ändern</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="157"/>
        <source>Ca&amp;ncel appointment …</source>
        <translation>&amp;Absagen …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="158"/>
        <source>Cancel the appointment</source>
        <translation>Den Termin absagen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="187"/>
        <source>Yes %1 · Maybe %2 · No %3</source>
        <translation>Ja %1 · Vielleicht %2 · Nein %3</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="193"/>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="194"/>
        <source>Maybe: %1</source>
        <translation>Vielleicht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="195"/>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="78"/>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="78"/>
        <source>Change appointment</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="83"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="86"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="87"/>
        <source>&amp;All day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="88"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="91"/>
        <source>Treffpunkt reminds you at 08:00 on the first day; of other appointments 15 minutes before they start</source>
        <translation>Treffpunkt erinnert Sie am ersten Tag um 08:00 Uhr daran, an andere Termine 15 Minuten vor Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="96"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="98"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="104"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="111"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="113"/>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="116"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="121"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="127"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="128"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="130"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="131"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="132"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="133"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="134"/>
        <source>Online &amp;link:</source>
        <translation>Online-&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="135"/>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="192"/>
        <source>Give the appointment a title.</source>
        <translation>Geben Sie dem Termin einen Titel.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="200"/>
        <source>Choose a time zone from the list.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="204"/>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="221"/>
        <source>The online link must start with https:// or http://.</source>
        <translation>Der Online-Link muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="224"/>
        <source>An appointment lasts a year at most, between 1970 and 2099.</source>
        <translation>Ein Termin dauert höchstens ein Jahr, zwischen 1970 und 2099.</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../ui/attachments.py" line="275"/>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="276"/>
        <source>This file is not on this computer yet. Open it again when you are connected.</source>
        <translation>Diese Datei ist noch nicht auf diesem Computer. Öffnen Sie sie erneut, wenn Sie verbunden sind.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="284"/>
        <source>File not opened</source>
        <translation>Datei nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="285"/>
        <source>Could not open the file: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="293"/>
        <source>Program not opened</source>
        <translation>Programm nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="294"/>
        <source>“%1” is a program (%2), not a document. It is not opened.</source>
        <translation>„%1“ ist ein Programm (%2), kein Dokument. Es wird nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <location filename="../../ui/attachments.py" line="167"/>
        <source>&amp;Attach …</source>
        <translation>An&amp;hängen …</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="169"/>
        <source>Attach a file or image</source>
        <translation>Eine Datei oder ein Bild anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="171"/>
        <source>Attach a file or image; you can also drop files or paste an image</source>
        <translation>Eine Datei oder ein Bild anhängen; Sie können Dateien auch hierher ziehen oder ein Bild einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="175"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="177"/>
        <source>Remo&amp;ve files</source>
        <translation>Dateien entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="179"/>
        <source>Remove the attached files</source>
        <translation>Die angehängten Dateien entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="190"/>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="207"/>
        <source>image.png</source>
        <translation>bild.png</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="212"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>BadgeDelegate</name>
    <message>
        <location filename="../../ui/people.py" line="118"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/stream.py" line="525"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Schreib etwas … @ erwähnt jemanden, Strg+Eingabe sendet</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="527"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="529"/>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="530"/>
        <source>Post as a question</source>
        <translation>Als Frage veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="531"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Frag die Gruppe; eine Antwort kann später markiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="533"/>
        <source>&amp;Post</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="535"/>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="536"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="578"/>
        <source>Write something first.</source>
        <translation>Schreib zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="612"/>
        <source>Could not save the post: %1</source>
        <translation>Der Beitrag konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <location filename="../../ui/members.py" line="496"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="500"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="502"/>
        <source>Name of the group</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="504"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="506"/>
        <source>&amp;Open to the organisation</source>
        <translation>&amp;Offen für die Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="507"/>
        <source>By &amp;invitation only</source>
        <translation>Nur auf &amp;Einladung</translation>
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
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="519"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="527"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="529"/>
        <source>Create the group</source>
        <translation>Die Gruppe erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="531"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="542"/>
        <source>Creating a group needs a connection: sign in to this account again.</source>
        <translation>Zum Erstellen einer Gruppe ist eine Verbindung nötig: Melden Sie sich bei diesem Konto erneut an.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="559"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="569"/>
        <source>Creating the group …</source>
        <translation>Die Gruppe wird erstellt …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="583"/>
        <source>The group could not be created: %1</source>
        <translation>Die Gruppe konnte nicht erstellt werden: %1</translation>
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
        <translation>Keine Anwendung öffnet diese Datei.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/documents/pane.py" line="58"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="62"/>
        <source>Close the detail pane</source>
        <translation>Detailbereich schließen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="69"/>
        <source>Document details</source>
        <translation>Angaben zum Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="78"/>
        <source>Conflict copy</source>
        <translation>Konfliktkopie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="80"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="82"/>
        <source>Open with the system&apos;s application</source>
        <translation>Mit der Anwendung des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="84"/>
        <source>Changes you save there are saved back as a new version</source>
        <translation>Was du dort speicherst, wird hier als neue Version gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="86"/>
        <source>&amp;Keep available offline</source>
        <translation>Offline &amp;verfügbar halten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="89"/>
        <source>Keep available offline</source>
        <translation>Offline verfügbar halten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="108"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="109"/>
        <source>Send the version that failed again</source>
        <translation>Die fehlgeschlagene Version erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="110"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="111"/>
        <source>Discard the version that failed</source>
        <translation>Die fehlgeschlagene Version verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="114"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="119"/>
        <source>Versions, newest first</source>
        <translation>Versionen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="224"/>
        <source>This document is no longer there.</source>
        <translation>Dieses Dokument gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="254"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="257"/>
        <source>on the server only (downloaded when opened)</source>
        <translation>nur auf dem Server (wird beim Öffnen geladen)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="259"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="263"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="264"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="265"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="266"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="267"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="268"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="269"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="274"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="306"/>
        <source>(no longer there)</source>
        <translation>(gibt es nicht mehr)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="310"/>
        <source>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</source>
        <translation>Konfliktkopie: gespeichert, während jemand anderes %1 geändert hat. Nichts wurde überschrieben; vergleiche beide und behalte, was stimmt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="318"/>
        <source>Conflict copies of this document: %1</source>
        <translation>Konfliktkopien dieses Dokuments: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="329"/>
        <source>Could not be sent: %1</source>
        <translation>Konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="379"/>
        <source>Opened. Changes you save there are saved here as a new version.</source>
        <translation>Geöffnet. Was du dort speicherst, wird hier als neue Version gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="387"/>
        <source>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</source>
        <translation>Dieses Dokument ist offline nicht verfügbar. Öffne es wieder, wenn du verbunden bist, oder wähle „Offline verfügbar halten“, solange du verbunden bist.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="394"/>
        <source>Could not open the document: %1</source>
        <translation>Das Dokument konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="406"/>
        <source>Not opened: this is a program (%1).</source>
        <translation>Nicht geöffnet: Das ist ein Programm (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="412"/>
        <source>Program not opened</source>
        <translation>Programm nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="413"/>
        <source>“%1” is a program (%2), not a document.</source>
        <translation>„%1“ ist ein Programm (%2), kein Dokument.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="417"/>
        <source>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</source>
        <translation>Treffpunkt öffnet keine Programme, Skripte, Installationsprogramme oder Verknüpfungen: Beim Öffnen könnte es auf diesem Computer mit deinen Rechten laufen. Du kannst es woanders speichern, zum Beispiel um es deiner IT-Abteilung zu geben.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="423"/>
        <source>&amp;Save as …</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="450"/>
        <source>Save the program as</source>
        <translation>Programm speichern unter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="457"/>
        <source>Saved as %1. It was not opened.</source>
        <translation>Gespeichert als %1. Es wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="490"/>
        <source>Could not change this: %1</source>
        <translation>Das konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="270"/>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="284"/>
        <source>its name and content</source>
        <translation>Name und Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="287"/>
        <source>its name (the content is read soon)</source>
        <translation>Name (der Inhalt wird bald gelesen)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="289"/>
        <source>its name (the content once it is on this computer)</source>
        <translation>Name (der Inhalt, sobald das Dokument auf diesem Computer ist)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="292"/>
        <source>a scan without text</source>
        <translation>ein Scan ohne Text</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="293"/>
        <source>too large to read</source>
        <translation>zu groß zum Lesen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="294"/>
        <source>took too long to read</source>
        <translation>Lesen dauerte zu lange</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="295"/>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="297"/>
        <source>its name only: %1</source>
        <translation>nur Name: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="297"/>
        <source>its name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="90"/>
        <source>Re&amp;name …</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="92"/>
        <source>Rename the document</source>
        <translation>Das Dokument umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="93"/>
        <source>&amp;Move …</source>
        <translation>Versc&amp;hieben …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="95"/>
        <source>Move the document to another folder</source>
        <translation>Das Dokument in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="96"/>
        <source>De&amp;lete …</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="98"/>
        <source>Delete the document for every member</source>
        <translation>Das Dokument für alle Mitglieder löschen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="123"/>
        <source>Open &amp;version</source>
        <translation>Version öffne&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="125"/>
        <source>Open the chosen version, read-only</source>
        <translation>Die gewählte Version schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="126"/>
        <source>Re&amp;store version</source>
        <translation>Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="128"/>
        <source>Make the chosen version the newest one</source>
        <translation>Die gewählte Version zur neuesten machen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="520"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="520"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="532"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="533"/>
        <source>Folder (parts separated by /, empty for none):</source>
        <translation>Ordner (Teile durch / getrennt, leer für keinen):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="547"/>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="548"/>
        <source>Delete “%1” for every member of the group?</source>
        <translation>„%1“ für alle Mitglieder der Gruppe löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="551"/>
        <source>The group&apos;s administrators keep its versions.</source>
        <translation>Die Administratoren der Gruppe behalten seine Versionen.</translation>
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
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/models.py" line="404"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="408"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="408"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/models.py" line="457"/>
        <source>conflict copy</source>
        <translation>Konfliktkopie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="459"/>
        <source>kept available offline</source>
        <translation>offline verfügbar gehalten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="461"/>
        <source>waiting to send</source>
        <translation>wartet auf Senden</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents/page.py" line="62"/>
        <source>&amp;Posts</source>
        <translation>&amp;Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="64"/>
        <source>Show the group&apos;s posts</source>
        <translation>Die Beiträge der Gruppe zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="65"/>
        <source>&amp;Add document …</source>
        <translation>Dokument &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="67"/>
        <source>Add a document</source>
        <translation>Ein Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="68"/>
        <source>Add files, or drop them onto this page</source>
        <translation>Dateien hinzufügen oder auf diese Seite ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="72"/>
        <source>Documents and folders</source>
        <translation>Dokumente und Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="77"/>
        <source>No documents yet — add one with “Add document” or drop files here.</source>
        <translation>Noch keine Dokumente — füge eins mit „Dokument hinzufügen“ hinzu oder ziehe Dateien hierher.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="91"/>
        <source>Storage used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="220"/>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="229"/>
        <source>Choose a group or a folder first, then add documents.</source>
        <translation>Wähle zuerst eine Gruppe oder einen Ordner, dann füge Dokumente hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="250"/>
        <source>Not added, larger than the server accepts (%1 at most): %2</source>
        <translation>Nicht hinzugefügt, größer als der Server annimmt (höchstens %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="268"/>
        <source>Adding %1 …</source>
        <translation>%1 wird hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="274"/>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="311"/>
        <source>Stored on this computer: %1, of which %2 kept available offline</source>
        <translation>Auf diesem Computer gespeichert: %1, davon %2 offline verfügbar gehalten</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/postactions.py" line="38"/>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="38"/>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="40"/>
        <source>Markdown; @ mentions someone.</source>
        <translation>Markdown; @ erwähnt jemanden.</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="43"/>
        <source>Text of the message</source>
        <translation>Text der Nachricht</translation>
    </message>
</context>
<context>
    <name>EditHistoryDialog</name>
    <message>
        <location filename="../../ui/edithistory.py" line="47"/>
        <location filename="../../ui/edithistory.py" line="48"/>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="53"/>
        <source>Looking for earlier versions on the server …</source>
        <translation>Frühere Fassungen werden auf dem Server gesucht …</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="58"/>
        <source>Versions, newest first</source>
        <translation>Fassungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="85"/>
        <source>%1, %2 (current)</source>
        <translation>%1, %2 (aktuell)</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="87"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="102"/>
        <source>Offline: showing the versions kept on this computer.</source>
        <translation>Offline: Es werden die auf diesem Computer gespeicherten Fassungen gezeigt.</translation>
    </message>
</context>
<context>
    <name>GroupAppointments</name>
    <message>
        <location filename="../../ui/appointments.py" line="376"/>
        <source>New &amp;appointment …</source>
        <translation>Neuer &amp;Termin …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="378"/>
        <source>New appointment in this group</source>
        <translation>Neuer Termin in dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="381"/>
        <source>Appointments of the group</source>
        <translation>Termine der Gruppe</translation>
    </message>
</context>
<context>
    <name>GroupOfflineModel</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>History kept offline</source>
        <translation>Offline behaltener Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="143"/>
        <source>Further groups</source>
        <translation>Weitere Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="146"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="155"/>
        <source>kept offline</source>
        <translation>offline verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="155"/>
        <source>when opened</source>
        <translation>beim Öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="161"/>
        <source>default (%n days)</source>
        <translation>
            <numerusform>Standard (%n Tag)</numerusform>
            <numerusform>Standard (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="163"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="164"/>
        <source>last %n days</source>
        <translation>
            <numerusform>letzter %n Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTextDialog</name>
    <message>
        <location filename="../../ui/moderation.py" line="87"/>
        <source>Name and description</source>
        <translation>Name und Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="90"/>
        <source>Name of the group</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="94"/>
        <source>Description of the group</source>
        <translation>Beschreibung der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="99"/>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/members.py" line="416"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="420"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="422"/>
        <source>%1 invites you to “%2” (%3).</source>
        <translation>%1 lädt Sie zu „%2“ ein (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="424"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 lädt Sie zu „%2“ ein.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="437"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="439"/>
        <source>Accept the invitation</source>
        <translation>Die Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="441"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="443"/>
        <source>Decline the invitation</source>
        <translation>Die Einladung ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="444"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="445"/>
        <source>Answer later</source>
        <translation>Später antworten</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="455"/>
        <source>This invitation was withdrawn before you could join.</source>
        <translation>Diese Einladung wurde zurückgezogen, bevor Sie beitreten konnten.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="457"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="458"/>
        <source>Dismiss the invitation</source>
        <translation>Die Einladung verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="460"/>
        <source>You accepted; you join when the connection is back.</source>
        <translation>Sie haben angenommen; Sie treten bei, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="482"/>
        <source>The answer could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>InvitationWatcher</name>
    <message>
        <location filename="../../ui/members.py" line="612"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="613"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="615"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 lädt Sie zu „%2“ ein.</translation>
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
            <numerusform>%n neue Einladung</numerusform>
            <numerusform>%n neue Einladungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/members.py" line="309"/>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="316"/>
        <source>Search by name, function, e-mail …</source>
        <translation>Nach Name, Funktion, E-Mail suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="317"/>
        <source>Search colleagues</source>
        <translation>Kolleginnen und Kollegen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="322"/>
        <source>Colleagues</source>
        <translation>Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="328"/>
        <source>State of the invitation</source>
        <translation>Stand der Einladung</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="330"/>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="331"/>
        <source>Invite the chosen colleague</source>
        <translation>Die gewählte Person einladen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="338"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="372"/>
        <source>%1 is already in this group.</source>
        <translation>%1 ist schon in dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="392"/>
        <source>%1 is invited; the invitation is sent with the next sync.</source>
        <translation>%1 ist eingeladen; die Einladung wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="399"/>
        <source>The invitation failed: %1</source>
        <translation>Die Einladung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupsDialog</name>
    <message>
        <location filename="../../ui/joindialog.py" line="39"/>
        <source>Join groups</source>
        <translation>Gruppen beitreten</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="43"/>
        <source>Open groups of your organisations that you are not a member of yet.</source>
        <translation>Offene Gruppen deiner Organisationen, in denen du noch nicht Mitglied bist.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="48"/>
        <source>Open groups</source>
        <translation>Offene Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="57"/>
        <source>State of the list</source>
        <translation>Stand der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="59"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="60"/>
        <source>Join the chosen group</source>
        <translation>Der gewählten Gruppe beitreten</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="64"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="78"/>
        <source>Joining groups needs a connection: sign in to this account again.</source>
        <translation>Zum Beitreten braucht es eine Verbindung: Melde dich bei diesem Konto erneut an.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="82"/>
        <source>Looking for open groups …</source>
        <translation>Offene Gruppen werden gesucht …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joindialog.py" line="100"/>
        <source>%n open groups</source>
        <translation>
            <numerusform>%n offene Gruppe</numerusform>
            <numerusform>%n offene Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="107"/>
        <source>No open groups to join: you are in all of your organisations&apos; groups.</source>
        <translation>Keine offenen Gruppen zum Beitreten: Du bist in allen Gruppen deiner Organisationen.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="113"/>
        <source>The list of open groups could not be loaded: %1</source>
        <translation>Die Liste der offenen Gruppen konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="136"/>
        <source>Joining “%1” …</source>
        <translation>Beitritt zu „%1“ …</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="146"/>
        <source>%1 (joined)</source>
        <translation>%1 (beigetreten)</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="148"/>
        <source>You joined “%1”. It appears in the sidebar with the next sync.</source>
        <translation>Du bist „%1“ beigetreten. Die Gruppe erscheint mit der nächsten Synchronisation in der Seitenleiste.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="157"/>
        <source>Joining “%1” failed: %2</source>
        <translation>Beitritt zu „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>LevelButton</name>
    <message>
        <location filename="../../ui/notifylevel.py" line="96"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="97"/>
        <source>Notifications of this group</source>
        <translation>Benachrichtigungen dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="98"/>
        <source>What of this group notifies you</source>
        <translation>Was aus dieser Gruppe Sie benachrichtigt</translation>
    </message>
</context>
<context>
    <name>LevelMenu</name>
    <message>
        <location filename="../../ui/notifylevel.py" line="26"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="34"/>
        <source>&amp;Everything: mentions and replies</source>
        <translation>&amp;Alles: Erwähnungen und Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="35"/>
        <source>&amp;Mentions only</source>
        <translation>Nur &amp;Erwähnungen</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="36"/>
        <source>M&amp;ute</source>
        <translation>&amp;Stumm</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="361"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="362"/>
        <source>Open this address in your browser?</source>
        <translation>Diese Adresse im Browser öffnen?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>Sign in to Treffpunkt</source>
        <translation>Bei Treffpunkt anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <source>Sign in with the account of your organisation.</source>
        <translation>Melde dich mit dem Konto deiner Organisation an.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="87"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>e.g. intranet.harderwijk.nl</source>
        <translation>z. B. intranet.kleve.de</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Set by your IT department</source>
        <translation>Von deiner IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="98"/>
        <source>e.g. anke.devries</source>
        <translation>z. B. andrea.hartmann</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="105"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="115"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="117"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="147"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Gib die Adresse des Servers deiner Organisation ein.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="153"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>„%1“ ist keine Serveradresse. Verwende einen Namen wie intranet.example.de oder eine URL, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="160"/>
        <source>Enter your user name.</source>
        <translation>Gib deinen Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="163"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="171"/>
        <source>Signing in …</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="198"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="199"/>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="200"/>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>Der Server %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="201"/>
        <source>%1 is not signed in on this computer.</source>
        <translation>%1 ist auf diesem Computer nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="228"/>
        <source>Signing in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82"/>
        <source>Your session as %1 has ended. Enter your password to go on; everything on this computer has been kept, including what waits to be sent.</source>
        <translation>Deine Sitzung als %1 ist abgelaufen. Gib dein Passwort ein, um weiterzumachen; alles auf diesem Computer ist erhalten geblieben, auch was noch gesendet werden muss.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="203"/>
        <source>%1 is not encrypted (http://). Treffpunkt signs in over https:// only, except on this computer or at a server your IT department allows.</source>
        <translation>%1 ist nicht verschlüsselt (http://). Treffpunkt meldet sich nur über https:// an, außer auf diesem Computer oder bei einem Server, den deine IT-Abteilung erlaubt.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="207"/>
        <source>The server address that %1 publishes (%2) is not encrypted (http://). Treffpunkt does not sign in there; please tell your IT department.</source>
        <translation>Die Serveradresse, die %1 angibt (%2), ist nicht verschlüsselt (http://). Treffpunkt meldet sich dort nicht an; bitte sag deiner IT-Abteilung Bescheid.</translation>
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
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <location filename="../../ui/mainwindow.py" line="488"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Suchen … (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="116"/>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <location filename="../../ui/mainwindow.py" line="489"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <location filename="../../ui/mainwindow.py" line="490"/>
        <location filename="../../ui/mainwindow.py" line="491"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <location filename="../../ui/mainwindow.py" line="492"/>
        <source>Sign in to another account …</source>
        <translation>Bei einem weiteren Konto anmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <location filename="../../ui/mainwindow.py" line="493"/>
        <source>Join groups …</source>
        <translation>Gruppen beitreten …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140"/>
        <location filename="../../ui/mainwindow.py" line="496"/>
        <source>Settings …</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <location filename="../../ui/mainwindow.py" line="497"/>
        <source>Sign out …</source>
        <translation>Abmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="776"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>Go to the sidebar</source>
        <translation>Zur Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="206"/>
        <source>Go to the list</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="207"/>
        <source>Go to the details</source>
        <translation>Zu den Details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="208"/>
        <source>Close the details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="209"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="551"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="552"/>
        <source>Sign out of %1 on this computer?</source>
        <translation>Auf diesem Computer von %1 abmelden?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="557"/>
        <source>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</source>
        <translation>Die lokale Kopie der Gruppen, Dokumente und Personen dieses Kontos wird von diesem Computer gelöscht. Nach erneuter Anmeldung wird sie neu geladen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="565"/>
        <source>%n items written here have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n hier geschriebener Eintrag wurde noch nicht gesendet und geht verloren.</numerusform>
            <numerusform>%n hier geschriebene Einträge wurden noch nicht gesendet und gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="570"/>
        <source>Sign out and delete local data</source>
        <translation>Abmelden und lokale Daten löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="608"/>
        <source>Signing out …</source>
        <translation>Abmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="710"/>
        <source>Signing out of %1 did not finish: %2</source>
        <translation>Die Abmeldung von %1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="717"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Wähle links eine Gruppe, um zu lesen und zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="719"/>
        <source>Opening your data …</source>
        <translation>Deine Daten werden geöffnet …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="723"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>Du bist noch nicht angemeldet.
Wähle „Anmelden“ im Kontomenü oben rechts.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="895"/>
        <source>Documents of %1</source>
        <translation>Dokumente von %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <location filename="../../ui/mainwindow.py" line="495"/>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="665"/>
        <source>Removing local data …</source>
        <translation>Lokale Daten werden entfernt …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="689"/>
        <source>Access withdrawn</source>
        <translation>Zugang entzogen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="690"/>
        <source>The server no longer accepts %1 on this computer.</source>
        <translation>Der Server akzeptiert %1 auf diesem Computer nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="692"/>
        <source>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</source>
        <translation>Dieser Computer wurde aus dem Konto entfernt oder sein Zugang wurde entzogen (zum Beispiel nach dem Verlust eines Laptops). Die lokale Kopie des Kontos – Gruppen, Dokumente, Personen und alles, was noch nicht gesendet war – wurde von diesem Computer gelöscht. Um das Konto hier wieder zu nutzen, melde dich an.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <location filename="../../ui/mainwindow.py" line="494"/>
        <source>New group …</source>
        <translation>Neue Gruppe …</translation>
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
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="89"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="90"/>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="118"/>
        <source>%1 (invited)</source>
        <translation>%1 (eingeladen)</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="121"/>
        <source>External partner</source>
        <translation>Externer Partner</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/members.py" line="156"/>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="164"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="176"/>
        <source>&amp;Invite colleagues …</source>
        <translation>Kolleginnen und Kollegen &amp;einladen …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="178"/>
        <source>Invite colleagues to this group</source>
        <translation>Kolleginnen und Kollegen in diese Gruppe einladen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="199"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="218"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="184"/>
        <source>&amp;Remove from group …</source>
        <translation>Aus der Gruppe &amp;entfernen …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="186"/>
        <source>Remove the selected member from the group</source>
        <translation>Das ausgewählte Mitglied aus der Gruppe entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="189"/>
        <location filename="../../ui/members.py" line="241"/>
        <source>Make &amp;moderator</source>
        <translation>Zum &amp;Moderator machen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="193"/>
        <source>&amp;Name and description …</source>
        <translation>&amp;Name und Beschreibung …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="195"/>
        <source>Change the group&apos;s name and description</source>
        <translation>Name und Beschreibung der Gruppe ändern</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="241"/>
        <source>Take back the &amp;moderator role</source>
        <translation>&amp;Moderatorrolle zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="244"/>
        <source>Take back the selected member&apos;s moderator role</source>
        <translation>Dem ausgewählten Mitglied die Moderatorrolle zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="246"/>
        <source>Make the selected member a moderator</source>
        <translation>Das ausgewählte Mitglied zum Moderator machen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="253"/>
        <source>Only members with a higher role may invite to this group</source>
        <translation>Nur Mitglieder mit einer höheren Rolle dürfen in diese Gruppe einladen</translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <location filename="../../ui/members.py" line="709"/>
        <source>Leave group</source>
        <translation>Gruppe verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="710"/>
        <source>Leave “%1”?</source>
        <translation>„%1“ verlassen?</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="712"/>
        <source>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</source>
        <translation>Ihre Beiträge und Dokumente werden von diesem Computer entfernt. Um zurückzukommen, müssen Sie erneut beitreten oder eingeladen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="716"/>
        <source>&amp;Leave group</source>
        <translation>Gruppe &amp;verlassen</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <location filename="../../ui/moderation.py" line="152"/>
        <source>Remove comment</source>
        <translation>Kommentar entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="152"/>
        <source>Remove post</source>
        <translation>Beitrag entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="153"/>
        <source>Remove this comment for everyone in the group?</source>
        <translation>Diesen Kommentar für alle in der Gruppe entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="155"/>
        <source>Remove this post and its comments for everyone in the group?</source>
        <translation>Diesen Beitrag und seine Kommentare für alle in der Gruppe entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="179"/>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="180"/>
        <source>Remove %1 from the group?</source>
        <translation>%1 aus der Gruppe entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="195"/>
        <source>A pin</source>
        <translation>Das Anheften</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="196"/>
        <source>Removing a post</source>
        <translation>Das Entfernen eines Beitrags</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="197"/>
        <source>The new name and description</source>
        <translation>Der neue Name und die Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="198"/>
        <source>Removing %1 from the group</source>
        <translation>Das Entfernen von %1 aus der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="199"/>
        <source>Changing the role of %1</source>
        <translation>Die Änderung der Rolle von %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="200"/>
        <source>A change</source>
        <translation>Eine Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="202"/>
        <source>%1 was refused by the server and has been undone: %2</source>
        <translation>%1 wurde vom Server abgelehnt und rückgängig gemacht: %2</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="213"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="215"/>
        <source>Your role in the group may have changed.</source>
        <translation>Ihre Rolle in der Gruppe hat sich vielleicht geändert.</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message numerus="yes">
        <location filename="../../ui/notifications.py" line="58"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <location filename="../../ui/notificationmodel.py" line="124"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/notificationmodel.py" line="124"/>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message>
        <location filename="../../ui/notificationlist.py" line="35"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="37"/>
        <location filename="../../ui/notificationlist.py" line="44"/>
        <source>Mentions and replies</source>
        <translation>Erwähnungen und Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="39"/>
        <source>&amp;Mark all as read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="41"/>
        <source>Mark all notifications as read</source>
        <translation>Alle Benachrichtigungen als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="49"/>
        <source>No mentions or replies yet.</source>
        <translation>Noch keine Erwähnungen oder Antworten.</translation>
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
            <numerusform>%n neue Erwähnung oder Antwort</numerusform>
            <numerusform>%n neue Erwähnungen und Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notificationmodel.py" line="44"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 hat dich in %2 erwähnt</translation>
    </message>
    <message>
        <location filename="../../ui/notificationmodel.py" line="46"/>
        <source>%1 replied to your post in %2</source>
        <translation>%1 hat in %2 auf deinen Beitrag geantwortet</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people.py" line="94"/>
        <source>External partner</source>
        <translation>Externer Partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="109"/>
        <source>%1, external partner</source>
        <translation>%1, externer Partner</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people.py" line="154"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="154"/>
        <source>People directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="160"/>
        <source>Filter by name, title, e-mail …</source>
        <translation>Nach Name, Funktion, E-Mail filtern …</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="161"/>
        <source>Filter people by text</source>
        <translation>Personen nach Text filtern</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="163"/>
        <source>Filter by organisation</source>
        <translation>Nach Organisation filtern</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="164"/>
        <source>Filter by department</source>
        <translation>Nach Abteilung filtern</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="165"/>
        <source>Filter by skill</source>
        <translation>Nach Fähigkeit filtern</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="166"/>
        <source>Filter by location</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="167"/>
        <source>Nobody matches these filters.</source>
        <translation>Niemand passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="217"/>
        <source>External partners</source>
        <translation>Externe Partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="220"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="224"/>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="226"/>
        <source>All skills</source>
        <translation>Alle Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="227"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
</context>
<context>
    <name>PinnedPosts</name>
    <message>
        <location filename="../../ui/moderation.py" line="232"/>
        <source>Pinned posts</source>
        <translation>Angeheftete Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="284"/>
        <source>Pinned: %1</source>
        <translation>Angeheftet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="286"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="287"/>
        <source>Open the pinned post %1</source>
        <translation>Den angehefteten Beitrag %1 öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="292"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="293"/>
        <source>Unpin the post %1</source>
        <translation>Den Beitrag %1 lösen</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../ui/postactions.py" line="117"/>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="117"/>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="118"/>
        <source>Delete this comment?</source>
        <translation>Diesen Kommentar löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="120"/>
        <source>Delete this post and its comments?</source>
        <translation>Diesen Beitrag und seine Kommentare löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="121"/>
        <source>Everyone in the group will no longer see it.</source>
        <translation>Niemand in der Gruppe sieht ihn danach noch.</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>✔ answer</source>
        <translation>✔ Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="161"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="166"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="170"/>
        <source>waiting to send</source>
        <translation>wartet auf Senden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="176"/>
        <source>Unmark answer</source>
        <translation>Nicht mehr als Antwort markieren</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="176"/>
        <source>Mark as answer</source>
        <translation>Als Antwort markieren</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="229"/>
        <location filename="../../ui/postview.py" line="446"/>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="232"/>
        <location filename="../../ui/postview.py" line="447"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="241"/>
        <location filename="../../ui/postview.py" line="453"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="244"/>
        <location filename="../../ui/postview.py" line="454"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>PostListView</name>
    <message>
        <location filename="../../ui/stream.py" line="475"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="481"/>
        <source>Unlike</source>
        <translation>Gefällt mir nicht mehr</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="481"/>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="494"/>
        <source>Edit …</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="495"/>
        <source>Delete …</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="486"/>
        <source>Edit history …</source>
        <translation>Bearbeitungsverlauf …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="506"/>
        <source>Remove …</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="478"/>
        <source>Open attached file</source>
        <translation>Angehängte Datei öffnen</translation>
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
        <translation>Detailbereich schließen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="310"/>
        <location filename="../../ui/people.py" line="312"/>
        <source>External partner</source>
        <translation>Externer Partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="314"/>
        <source>A member of your groups without an entry in any of your organisations</source>
        <translation>Mitglied deiner Gruppen ohne Eintrag in einer deiner Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="323"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="325"/>
        <location filename="../../ui/people.py" line="329"/>
        <source>Groups you share</source>
        <translation>Gemeinsame Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="330"/>
        <location filename="../../ui/people.py" line="334"/>
        <source>Recent posts</source>
        <translation>Neueste Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="367"/>
        <source>This person is no longer in your directory.</source>
        <translation>Diese Person ist nicht mehr in deinem Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="376"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="377"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="378"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="379"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="380"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="381"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="385"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="386"/>
        <source>User ID</source>
        <translation>Benutzerkennung</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="400"/>
        <source>No groups in common</source>
        <translation>Keine gemeinsamen Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="407"/>
        <source>Comment in %1</source>
        <translation>Kommentar in %1</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="407"/>
        <source>Post in %1</source>
        <translation>Beitrag in %1</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="418"/>
        <source>Nothing written yet</source>
        <translation>Noch nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/reactions.py" line="74"/>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="128"/>
        <source>React with %1 (%2)</source>
        <translation>Mit %1 reagieren (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="131"/>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
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
        <translation>Reaktionen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="57"/>
        <source>&amp;React</source>
        <translation>&amp;Reagieren</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/moderation.py" line="63"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="66"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Grund (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../ui/reminders.py" line="72"/>
        <source>All-day appointment today</source>
        <translation>Ganztägiger Termin heute</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="77"/>
        <source>Appointment at %1</source>
        <translation>Termin um %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="243"/>
        <location filename="../../ui/searchdialog.py" line="244"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="250"/>
        <source>Search people, posts, documents …</source>
        <translation>Personen, Beiträge, Dokumente suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="251"/>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="259"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="268"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="274"/>
        <source>Spelling correction</source>
        <translation>Rechtschreibkorrektur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="363"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="366"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nichts gefunden. Versuch es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="374"/>
        <source>Showing results for %1</source>
        <translation>Ergebnisse für %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="378"/>
        <source>Search instead for %1</source>
        <translation>Stattdessen nach %1 suchen</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="83"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="84"/>
        <source>Posts and questions</source>
        <translation>Beiträge und Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="85"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="86"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="172"/>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="174"/>
        <source>slide %1</source>
        <translation>Folie %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="176"/>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
</context>
<context>
    <name>SendState</name>
    <message>
        <location filename="../../ui/sendstate.py" line="32"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/sendstate.py" line="34"/>
        <source>the file is larger than the server accepts</source>
        <translation>die Datei ist größer, als der Server annimmt</translation>
    </message>
    <message>
        <location filename="../../ui/sendstate.py" line="40"/>
        <source>not sent since %1 · still trying</source>
        <translation>seit %1 nicht gesendet · wird weiter versucht</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="323"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="324"/>
        <source>Pages of the settings</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="325"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="326"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="327"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="328"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="329"/>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="330"/>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="331"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="332"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="335"/>
        <source>Menus and dialogs change at once; a few texts already on screen change when Treffpunkt starts the next time.</source>
        <translation>Menüs und Dialoge wechseln sofort; einige Texte, die schon angezeigt werden, wechseln beim nächsten Start von Treffpunkt.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="339"/>
        <source>Keep &amp;history of:</source>
        <translation>&amp;Verlauf behalten für:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="340"/>
        <location filename="../../ui/settingsdialog.py" line="356"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="342"/>
        <source>Days of history kept offline for groups without a choice of their own</source>
        <translation>Tage Verlauf, die offline behalten werden, für Gruppen ohne eigene Wahl</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="344"/>
        <source>&amp;Space for documents:</source>
        <translation>&amp;Platz für Dokumente:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="345"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="346"/>
        <source>Space for documents in megabytes</source>
        <translation>Platz für Dokumente in Megabyte</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="348"/>
        <source>Managed by your IT department</source>
        <translation>Von deiner IT-Abteilung verwaltet</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="350"/>
        <source>What each group keeps offline</source>
        <translation>Was jede Gruppe offline behält</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="351"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="352"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="353"/>
        <source>Last days:</source>
        <translation>Letzte Tage:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="354"/>
        <source>History of this group kept offline</source>
        <translation>Offline behaltener Verlauf dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="355"/>
        <source>This &amp;group keeps:</source>
        <translation>Diese &amp;Gruppe behält:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="357"/>
        <source>Days of history of this group</source>
        <translation>Tage Verlauf dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="358"/>
        <source>Keep this group&apos;s &amp;documents available offline</source>
        <translation>&amp;Dokumente dieser Gruppe offline verfügbar halten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="360"/>
        <source>Keep this group&apos;s documents available offline</source>
        <translation>Dokumente dieser Gruppe offline verfügbar halten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="362"/>
        <source>Signed-in accounts</source>
        <translation>Angemeldete Konten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="363"/>
        <source>&amp;Add account …</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="364"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="365"/>
        <source>Sign &amp;out …</source>
        <translation>&amp;Abmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="366"/>
        <source>Sign out of the chosen account</source>
        <translation>Vom gewählten Konto abmelden</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="413"/>
        <source>%1 MB in use</source>
        <translation>%1 MB belegt</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="505"/>
        <source>signed in</source>
        <translation>angemeldet</translation>
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
        <translation>Weitere Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="311"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="312"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="313"/>
        <source>Agenda</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="314"/>
        <source>Join groups …</source>
        <translation>Gruppen beitreten …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="351"/>
        <source>Opening %1 …</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="608"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="613"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="615"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n Erwähnung von dir</numerusform>
            <numerusform>%n Erwähnungen von dir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="617"/>
        <source>all history kept offline</source>
        <translation>ganzer Verlauf offline</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="328"/>
        <source>Invitations (%1)</source>
        <translation>Einladungen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="332"/>
        <source>%1 (invitation withdrawn)</source>
        <translation>%1 (Einladung zurückgezogen)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="334"/>
        <source>%1 (joining …)</source>
        <translation>%1 (Beitritt …)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="336"/>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="694"/>
        <source>Groups and lists</source>
        <translation>Gruppen und Listen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="798"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="833"/>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="801"/>
        <source>Copy group address</source>
        <translation>Gruppenadresse kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="815"/>
        <source>%n events could not be shown (kept for support)</source>
        <translation>
            <numerusform>%n Ereignis konnte nicht angezeigt werden (für den Support aufbewahrt)</numerusform>
            <numerusform>%n Ereignisse konnten nicht angezeigt werden (für den Support aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="803"/>
        <source>Members …</source>
        <translation>Mitglieder …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="810"/>
        <source>Leave group …</source>
        <translation>Gruppe verlassen …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="835"/>
        <source>New group …</source>
        <translation>Neue Gruppe …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="844"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="848"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="851"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="806"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="823"/>
        <source>Activity of its groups</source>
        <translation>Aktivität ihrer Gruppen</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="337"/>
        <source>answered question</source>
        <translation>beantwortete Frage</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="337"/>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="339"/>
        <source>failed to send</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="343"/>
        <source>waiting to send</source>
        <translation>wartet auf Senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="347"/>
        <source>%n likes</source>
        <translation>
            <numerusform>%n Like</numerusform>
            <numerusform>%n Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stream.py" line="350"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="346"/>
        <source>attached: %1</source>
        <translation>angehängt: %1</translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="628"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="629"/>
        <source>Docu&amp;ments</source>
        <translation>Doku&amp;mente</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="631"/>
        <source>Show the group&apos;s documents</source>
        <translation>Die Dokumente der Gruppe zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="639"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="640"/>
        <source>No posts yet — write the first one.</source>
        <translation>Noch keine Beiträge — schreib den ersten.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/status.py" line="177"/>
        <source>Syncing stopped unexpectedly; it starts again shortly.</source>
        <translation>Die Synchronisierung wurde unerwartet beendet; sie startet gleich neu.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="277"/>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="280"/>
        <source>Try to reach the server now</source>
        <translation>Jetzt versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="282"/>
        <source>Offline: Treffpunkt tries again by itself, less often the longer it lasts</source>
        <translation>Offline: Treffpunkt versucht es von selbst wieder, seltener, je länger es dauert</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="294"/>
        <source>Connection and sending state</source>
        <translation>Verbindungs- und Sendestatus</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="351"/>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="376"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="377"/>
        <source>synchronising …</source>
        <translation>synchronisiert …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="378"/>
        <source>connecting …</source>
        <translation>verbindet …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="379"/>
        <source>signed out — sign in again to send</source>
        <translation>abgemeldet — melde dich erneut an, um zu senden</translation>
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
        <translation>Verbindung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="393"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Senden</numerusform>
            <numerusform>%n warten auf Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="395"/>
        <source>%n not sent for more than a day</source>
        <translation>
            <numerusform>%n seit über einem Tag nicht gesendet</numerusform>
            <numerusform>%n seit über einem Tag nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="397"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n konnte nicht gesendet werden</numerusform>
            <numerusform>%n konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="402"/>
        <source>last synced %1</source>
        <translation>zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="406"/>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
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
        <translation>%1 (als Antwort markiert): %2</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="155"/>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="159"/>
        <source>Close the detail pane</source>
        <translation>Detailbereich schließen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="160"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="167"/>
        <source>Post and comments</source>
        <translation>Beitrag und Kommentare</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="168"/>
        <source>&amp;Like</source>
        <translation>&amp;Gefällt mir</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="171"/>
        <location filename="../../ui/detail.py" line="338"/>
        <source>Like the post</source>
        <translation>Beitrag gefällt mir</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="172"/>
        <source>&amp;Retry sending</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="174"/>
        <source>Retry sending the post</source>
        <translation>Beitrag erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="179"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="181"/>
        <source>Discard the post that failed</source>
        <translation>Fehlgeschlagenen Beitrag verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="184"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Schreib einen Kommentar … Strg+Eingabe sendet</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="185"/>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentieren</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="189"/>
        <source>Send the comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Gefällt mir (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="302"/>
        <source>Question by %1</source>
        <translation>Frage von %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="302"/>
        <source>Post by %1</source>
        <translation>Beitrag von %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="175"/>
        <source>Edi&amp;ted</source>
        <translation>Bearbei&amp;tet</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="177"/>
        <source>Show the edit history of the post</source>
        <translation>Bearbeitungsverlauf des Beitrags zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="178"/>
        <source>Earlier versions of the post</source>
        <translation>Frühere Fassungen des Beitrags</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="43"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="46"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="49"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="53"/>
        <source>yesterday, %1</source>
        <translation>gestern, %1</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../ui/updates.py" line="99"/>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="101"/>
        <source>Restart to update</source>
        <translation>Neu starten zum Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="110"/>
        <source>Check for updates</source>
        <translation>Nach Aktualisierungen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="144"/>
        <source>Checking for updates …</source>
        <translation>Suche nach Aktualisierungen …</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="166"/>
        <source>Treffpunkt %1 is up to date.</source>
        <translation>Treffpunkt %1 ist aktuell.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="186"/>
        <source>Restart Treffpunkt to update to version %1</source>
        <translation>Treffpunkt neu starten, um auf Version %1 zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="189"/>
        <source>Version %1 has been downloaded and verified</source>
        <translation>Version %1 wurde heruntergeladen und geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="204"/>
        <source>Version %1 is ready; your organisation&apos;s software deployment installs it.</source>
        <translation>Version %1 liegt bereit; die Softwareverteilung Ihrer Organisation installiert sie.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="210"/>
        <source>the update information has expired</source>
        <translation>die Aktualisierungsdaten sind abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="211"/>
        <source>the update server offered older information than already seen</source>
        <translation>der Aktualisierungsserver bot ältere Daten an als schon bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="212"/>
        <source>a downloaded file does not match its signature</source>
        <translation>eine heruntergeladene Datei passt nicht zu ihrer Signatur</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="213"/>
        <source>the update information is not signed by the trusted keys</source>
        <translation>die Aktualisierungsdaten sind nicht mit den vertrauenswürdigen Schlüsseln signiert</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="214"/>
        <source>the update server could not be reached</source>
        <translation>der Aktualisierungsserver war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="215"/>
        <source>the version is not in the signed list</source>
        <translation>die Version steht nicht in der signierten Liste</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="217"/>
        <source>the update could not be verified</source>
        <translation>die Aktualisierung konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="219"/>
        <source>Update refused: %1. Version %2 keeps running.</source>
        <translation>Aktualisierung abgelehnt: %1. Version %2 läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="227"/>
        <source>Updated to version %1.</source>
        <translation>Auf Version %1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="232"/>
        <source>The downloaded version %1 did not match its signature and was discarded. Version %2 keeps running.</source>
        <translation>Die heruntergeladene Version %1 passte nicht zu ihrer Signatur und wurde verworfen. Version %2 läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="237"/>
        <source>The downloaded version %1 was incomplete and was discarded. Version %2 keeps running.</source>
        <translation>Die heruntergeladene Version %1 war unvollständig und wurde verworfen. Version %2 läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="241"/>
        <source>Version %1 could not be installed. Version %2 keeps running.</source>
        <translation>Version %1 konnte nicht installiert werden. Version %2 läuft weiter.</translation>
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
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="504"/>
        <source>%1 (waiting to send)</source>
        <translation>%1 (wartet auf Senden)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="517"/>
        <source>Version %1 by %2, %3, %4</source>
        <translation>Version %1 von %2, %3, %4</translation>
    </message>
</context>
</TS>
