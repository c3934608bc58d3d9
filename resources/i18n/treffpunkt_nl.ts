<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/activity.py" line="236"/>
        <source>Posts and comments per week</source>
        <translation>Berichten en reacties per week</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="239"/>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="240"/>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="241"/>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="242"/>
        <location filename="../../ui/activity.py" line="260"/>
        <source>Active members</source>
        <translation>Actieve leden</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="243"/>
        <location filename="../../ui/activity.py" line="259"/>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="244"/>
        <source>Last activity</source>
        <translation>Laatst actief</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="245"/>
        <source>Quiet</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="250"/>
        <source>Age (days)</source>
        <translation>Leeftijd (dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="254"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="257"/>
        <source>Activity tables</source>
        <translation>Activiteitstabellen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="258"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="261"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="262"/>
        <source>&amp;Open questions</source>
        <translation>&amp;Open vragen</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="263"/>
        <source>Active &amp;members</source>
        <translation>Actieve &amp;leden</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="264"/>
        <source>&amp;Export table as CSV …</source>
        <translation>Tabel als CSV &amp;exporteren …</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="265"/>
        <source>Export the table on show as CSV</source>
        <translation>De getoonde tabel als CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="275"/>
        <source>Posts (dark) and comments (light) per week</source>
        <translation>Berichten (donker) en reacties (licht) per week</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="295"/>
        <source>Activity: %1</source>
        <translation>Activiteit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="352"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="354"/>
        <source>quiet</source>
        <translation>stil</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="360"/>
        <source>no answered questions yet</source>
        <translation>nog geen beantwoorde vragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="362"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="364"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="368"/>
        <source>%1 active members in the last %2 days; %3 open questions; median time to a first answer: %4.</source>
        <translation>%1 actieve leden in de laatste %2 dagen; %3 open vragen; mediane tijd tot een eerste antwoord: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity.py" line="378"/>
        <source>%n quiet groups: %1.</source>
        <translation>
            <numerusform>%n stille groep: %1.</numerusform>
            <numerusform>%n stille groepen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="386"/>
        <source>%1 posts and %2 comments in %3 weeks; the busiest week began on %4.</source>
        <translation>%1 berichten en %2 reacties in %3 weken; de drukste week begon op %4.</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="405"/>
        <location filename="../../ui/activity.py" line="424"/>
        <source>Export as CSV</source>
        <translation>Als CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="407"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.py" line="423"/>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
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
        <translation>A&amp;genda exporteren (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="438"/>
        <source>Export the upcoming appointments</source>
        <translation>De komende afspraken exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="439"/>
        <source>No upcoming appointments.</source>
        <translation>Geen komende afspraken.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="442"/>
        <source>Upcoming appointments</source>
        <translation>Komende afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="447"/>
        <location filename="../../ui/appointments.py" line="508"/>
        <source>Show past appointments</source>
        <translation>Afgelopen afspraken tonen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="449"/>
        <source>Past appointments</source>
        <translation>Afgelopen afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="500"/>
        <source>Past appointments (%1)</source>
        <translation>Afgelopen afspraken (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="508"/>
        <source>Hide past appointments</source>
        <translation>Afgelopen afspraken verbergen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="417"/>
        <source>No keyring</source>
        <translation>Geen sleutelbos</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="418"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt bewaart de sleutel van je lokale gegevens en je aanmelding in de sleutelbos van het systeem, en er is er geen beschikbaar.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="489"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Niet aangemeld als %1: je kunt lezen en schrijven; meld je aan om te verzenden.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="481"/>
        <source>The server of %1 (%2) is not encrypted (http://); Treffpunkt does not connect to it. You can read and write; please tell your IT department.</source>
        <translation>De server van %1 (%2) is niet versleuteld (http://); Treffpunkt maakt er geen verbinding mee. Je kunt lezen en schrijven; laat het je IT-afdeling weten.</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../ui/appointments.py" line="287"/>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="288"/>
        <source>Cancel “%1” for everyone in the group?</source>
        <translation>‘%1’ voor iedereen in de groep annuleren?</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="312"/>
        <source>Export as a calendar file</source>
        <translation>Als agendabestand exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="314"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>AppointmentCard</name>
    <message>
        <location filename="../../ui/appointments.py" line="92"/>
        <source>Appointment: %1</source>
        <translation>Afspraak: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="100"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="102"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="105"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="108"/>
        <source>Group: %1</source>
        <translation>Groep: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="110"/>
        <source>Place: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="111"/>
        <source>Organised by %1</source>
        <translation>Georganiseerd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="120"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="123"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="124"/>
        <source>Mayb&amp;e</source>
        <translation>Misschi&amp;en</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="125"/>
        <source>N&amp;o</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="129"/>
        <source>Answer yes</source>
        <translation>Met ja antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="130"/>
        <source>Answer maybe</source>
        <translation>Met misschien antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="131"/>
        <source>Answer no</source>
        <translation>Met nee antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="141"/>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="142"/>
        <source>Comment with the answer</source>
        <translation>Opmerking bij het antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="147"/>
        <source>Open &amp;link</source>
        <translation>&amp;Link openen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="148"/>
        <source>Open the online link</source>
        <translation>De onlinelink openen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="152"/>
        <source>E&amp;xport (.ics) …</source>
        <translation>E&amp;xporteren (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="153"/>
        <source>Export the appointment as a calendar file</source>
        <translation>De afspraak als agendabestand exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="155"/>
        <source>&amp;Change …</source>
        <translation>&amp;Wijzigen …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="156"/>
        <source>Change the appointment</source>
        <translation>De afspraak wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="157"/>
        <source>Ca&amp;ncel appointment …</source>
        <translation>Ann&amp;uleren …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="158"/>
        <source>Cancel the appointment</source>
        <translation>De afspraak annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="187"/>
        <source>Yes %1 · Maybe %2 · No %3</source>
        <translation>Ja %1 · Misschien %2 · Nee %3</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="193"/>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="194"/>
        <source>Maybe: %1</source>
        <translation>Misschien: %1</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="195"/>
        <source>No: %1</source>
        <translation>Nee: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="78"/>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="78"/>
        <source>Change appointment</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="83"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="86"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="87"/>
        <source>&amp;All day</source>
        <translation>&amp;Hele dag</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="88"/>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="91"/>
        <source>Treffpunkt reminds you at 08:00 on the first day; of other appointments 15 minutes before they start</source>
        <translation>Treffpunkt herinnert u er op de eerste dag om 08:00 aan, aan andere afspraken 15 minuten voor het begin</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="96"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="98"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="104"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="111"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="113"/>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="116"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="121"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="127"/>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="128"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="130"/>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="131"/>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="132"/>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="133"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="134"/>
        <source>Online &amp;link:</source>
        <translation>Online&amp;link:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="135"/>
        <source>&amp;Description:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="192"/>
        <source>Give the appointment a title.</source>
        <translation>Geef de afspraak een titel.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="200"/>
        <source>Choose a time zone from the list.</source>
        <translation>Kies een tijdzone uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="204"/>
        <source>The end is before the start.</source>
        <translation>Het einde ligt voor het begin.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="221"/>
        <source>The online link must start with https:// or http://.</source>
        <translation>De onlinelink moet met https:// of http:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="224"/>
        <source>An appointment lasts a year at most, between 1970 and 2099.</source>
        <translation>Een afspraak duurt hoogstens een jaar, tussen 1970 en 2099.</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../ui/attachments.py" line="275"/>
        <source>Not available offline</source>
        <translation>Niet offline beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="276"/>
        <source>This file is not on this computer yet. Open it again when you are connected.</source>
        <translation>Dit bestand staat nog niet op deze computer. Open het opnieuw wanneer u verbonden bent.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="284"/>
        <source>File not opened</source>
        <translation>Bestand niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="285"/>
        <source>Could not open the file: %1</source>
        <translation>Het bestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="293"/>
        <source>Program not opened</source>
        <translation>Programma niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="294"/>
        <source>“%1” is a program (%2), not a document. It is not opened.</source>
        <translation>‘%1’ is een programma (%2), geen document. Het wordt niet geopend.</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <location filename="../../ui/attachments.py" line="167"/>
        <source>&amp;Attach …</source>
        <translation>&amp;Bijvoegen …</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="169"/>
        <source>Attach a file or image</source>
        <translation>Een bestand of afbeelding bijvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="171"/>
        <source>Attach a file or image; you can also drop files or paste an image</source>
        <translation>Een bestand of afbeelding bijvoegen; u kunt ook bestanden hierheen slepen of een afbeelding plakken</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="175"/>
        <source>Attached files</source>
        <translation>Bijgevoegde bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="177"/>
        <source>Remo&amp;ve files</source>
        <translation>Bestanden verwijd&amp;eren</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="179"/>
        <source>Remove the attached files</source>
        <translation>De bijgevoegde bestanden verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="190"/>
        <source>pasted image</source>
        <translation>geplakte afbeelding</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="207"/>
        <source>image.png</source>
        <translation>afbeelding.png</translation>
    </message>
    <message>
        <location filename="../../ui/attachments.py" line="212"/>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
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
        <translation>Schrijf iets … @ noemt iemand, Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="527"/>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="529"/>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="530"/>
        <source>Post as a question</source>
        <translation>Als vraag plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="531"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Vraag het de groep; een antwoord kan later gemarkeerd worden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="533"/>
        <source>&amp;Post</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="535"/>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="536"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Plaatsen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="578"/>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="612"/>
        <source>Could not save the post: %1</source>
        <translation>Het bericht kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <location filename="../../ui/members.py" line="496"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="500"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="502"/>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="504"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="506"/>
        <source>&amp;Open to the organisation</source>
        <translation>&amp;Open voor de organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="507"/>
        <source>By &amp;invitation only</source>
        <translation>Alleen op &amp;uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="516"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="517"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="518"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="519"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="527"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="529"/>
        <source>Create the group</source>
        <translation>De groep aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="531"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="542"/>
        <source>Creating a group needs a connection: sign in to this account again.</source>
        <translation>Voor het aanmaken van een groep is een verbinding nodig: meld u opnieuw aan bij dit account.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="559"/>
        <source>A group needs a name.</source>
        <translation>Een groep heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="569"/>
        <source>Creating the group …</source>
        <translation>De groep wordt aangemaakt …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="583"/>
        <source>The group could not be created: %1</source>
        <translation>De groep kon niet worden aangemaakt: %1</translation>
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
        <translation>Geen programma opent dit bestand.</translation>
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
        <translation>Detailvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="69"/>
        <source>Document details</source>
        <translation>Gegevens van het document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="78"/>
        <source>Conflict copy</source>
        <translation>Conflictkopie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="80"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="82"/>
        <source>Open with the system&apos;s application</source>
        <translation>Openen met het programma van het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="84"/>
        <source>Changes you save there are saved back as a new version</source>
        <translation>Wat je daar opslaat, wordt hier als nieuwe versie bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="86"/>
        <source>&amp;Keep available offline</source>
        <translation>Offline &amp;beschikbaar houden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="89"/>
        <source>Keep available offline</source>
        <translation>Offline beschikbaar houden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="108"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="109"/>
        <source>Send the version that failed again</source>
        <translation>De mislukte versie opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="110"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="111"/>
        <source>Discard the version that failed</source>
        <translation>De mislukte versie weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="114"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="119"/>
        <source>Versions, newest first</source>
        <translation>Versies, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="224"/>
        <source>This document is no longer there.</source>
        <translation>Dit document bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="254"/>
        <source>on this computer</source>
        <translation>op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="257"/>
        <source>on the server only (downloaded when opened)</source>
        <translation>alleen op de server (wordt bij openen gedownload)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="259"/>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="263"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="264"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="265"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="266"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="267"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="268"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="269"/>
        <source>Stored</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="274"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="306"/>
        <source>(no longer there)</source>
        <translation>(bestaat niet meer)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="310"/>
        <source>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</source>
        <translation>Conflictkopie: opgeslagen terwijl iemand anders %1 wijzigde. Er is niets overschreven; vergelijk beide en houd wat klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="318"/>
        <source>Conflict copies of this document: %1</source>
        <translation>Conflictkopieën van dit document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="329"/>
        <source>Could not be sent: %1</source>
        <translation>Kon niet worden verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="379"/>
        <source>Opened. Changes you save there are saved here as a new version.</source>
        <translation>Geopend. Wat je daar opslaat, wordt hier als nieuwe versie bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="387"/>
        <source>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</source>
        <translation>Dit document is offline niet beschikbaar. Open het opnieuw als je verbonden bent, of kies ‘Offline beschikbaar houden’ terwijl je verbonden bent.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="394"/>
        <source>Could not open the document: %1</source>
        <translation>Het document kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="406"/>
        <source>Not opened: this is a program (%1).</source>
        <translation>Niet geopend: dit is een programma (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="412"/>
        <source>Program not opened</source>
        <translation>Programma niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="413"/>
        <source>“%1” is a program (%2), not a document.</source>
        <translation>‘%1’ is een programma (%2), geen document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="417"/>
        <source>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</source>
        <translation>Treffpunkt opent geen programma’s, scripts, installatieprogramma’s of snelkoppelingen: openen kan het op deze computer met jouw rechten laten draaien. Je kunt het ergens anders opslaan, bijvoorbeeld om het aan je IT-afdeling te geven.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="423"/>
        <source>&amp;Save as …</source>
        <translation>&amp;Opslaan als …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="450"/>
        <source>Save the program as</source>
        <translation>Programma opslaan als</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="457"/>
        <source>Saved as %1. It was not opened.</source>
        <translation>Opgeslagen als %1. Het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="490"/>
        <source>Could not change this: %1</source>
        <translation>Dit kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="270"/>
        <source>Found by</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="284"/>
        <source>its name and content</source>
        <translation>naam en inhoud</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="287"/>
        <source>its name (the content is read soon)</source>
        <translation>naam (de inhoud wordt zo gelezen)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="289"/>
        <source>its name (the content once it is on this computer)</source>
        <translation>naam (de inhoud zodra het document op deze computer staat)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="292"/>
        <source>a scan without text</source>
        <translation>een scan zonder tekst</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="293"/>
        <source>too large to read</source>
        <translation>te groot om te lezen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="294"/>
        <source>took too long to read</source>
        <translation>lezen duurde te lang</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="295"/>
        <source>could not be read</source>
        <translation>kon niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="297"/>
        <source>its name only: %1</source>
        <translation>alleen naam: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="297"/>
        <source>its name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="90"/>
        <source>Re&amp;name …</source>
        <translation>&amp;Naam wijzigen …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="92"/>
        <source>Rename the document</source>
        <translation>De naam van het document wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="93"/>
        <source>&amp;Move …</source>
        <translation>&amp;Verplaatsen …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="95"/>
        <source>Move the document to another folder</source>
        <translation>Het document naar een andere map verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="96"/>
        <source>De&amp;lete …</source>
        <translation>Verwij&amp;deren …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="98"/>
        <source>Delete the document for every member</source>
        <translation>Het document voor alle leden verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="123"/>
        <source>Open &amp;version</source>
        <translation>Versie o&amp;penen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="125"/>
        <source>Open the chosen version, read-only</source>
        <translation>De gekozen versie alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="126"/>
        <source>Re&amp;store version</source>
        <translation>Versie &amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="128"/>
        <source>Make the chosen version the newest one</source>
        <translation>De gekozen versie de nieuwste maken</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="520"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="520"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="532"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="533"/>
        <source>Folder (parts separated by /, empty for none):</source>
        <translation>Map (delen gescheiden door /, leeg voor geen):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="547"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="548"/>
        <source>Delete “%1” for every member of the group?</source>
        <translation>‘%1’ voor alle leden van de groep verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="551"/>
        <source>The group&apos;s administrators keep its versions.</source>
        <translation>De beheerders van de groep houden de versies.</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="378"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/models.py" line="404"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="408"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="408"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/models.py" line="457"/>
        <source>conflict copy</source>
        <translation>conflictkopie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="459"/>
        <source>kept available offline</source>
        <translation>offline beschikbaar gehouden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="461"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents/page.py" line="62"/>
        <source>&amp;Posts</source>
        <translation>&amp;Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="64"/>
        <source>Show the group&apos;s posts</source>
        <translation>De berichten van de groep tonen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="65"/>
        <source>&amp;Add document …</source>
        <translation>Document &amp;toevoegen …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="67"/>
        <source>Add a document</source>
        <translation>Een document toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="68"/>
        <source>Add files, or drop them onto this page</source>
        <translation>Bestanden toevoegen, of ze naar deze pagina slepen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="72"/>
        <source>Documents and folders</source>
        <translation>Documenten en mappen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="77"/>
        <source>No documents yet — add one with “Add document” or drop files here.</source>
        <translation>Nog geen documenten — voeg er een toe met ‘Document toevoegen’ of sleep bestanden hierheen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="91"/>
        <source>Storage used</source>
        <translation>Gebruikte opslag</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="220"/>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="229"/>
        <source>Choose a group or a folder first, then add documents.</source>
        <translation>Kies eerst een groep of een map en voeg dan documenten toe.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="250"/>
        <source>Not added, larger than the server accepts (%1 at most): %2</source>
        <translation>Niet toegevoegd, groter dan de server accepteert (hoogstens %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="268"/>
        <source>Adding %1 …</source>
        <translation>%1 wordt toegevoegd …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="274"/>
        <source>Could not add %1: %2</source>
        <translation>%1 kon niet worden toegevoegd: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/page.py" line="311"/>
        <source>Stored on this computer: %1, of which %2 kept available offline</source>
        <translation>Opgeslagen op deze computer: %1, waarvan %2 offline beschikbaar gehouden</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/postactions.py" line="38"/>
        <source>Edit comment</source>
        <translation>Reactie bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="38"/>
        <source>Edit post</source>
        <translation>Bericht bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="40"/>
        <source>Markdown; @ mentions someone.</source>
        <translation>Markdown; @ noemt iemand.</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="43"/>
        <source>Text of the message</source>
        <translation>Tekst van het bericht</translation>
    </message>
</context>
<context>
    <name>EditHistoryDialog</name>
    <message>
        <location filename="../../ui/edithistory.py" line="47"/>
        <location filename="../../ui/edithistory.py" line="48"/>
        <source>Edit history</source>
        <translation>Bewerkingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="53"/>
        <source>Looking for earlier versions on the server …</source>
        <translation>Eerdere versies worden op de server gezocht …</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="58"/>
        <source>Versions, newest first</source>
        <translation>Versies, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="85"/>
        <source>%1, %2 (current)</source>
        <translation>%1, %2 (huidig)</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="87"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/edithistory.py" line="102"/>
        <source>Offline: showing the versions kept on this computer.</source>
        <translation>Offline: de versies die op deze computer bewaard zijn.</translation>
    </message>
</context>
<context>
    <name>GroupAppointments</name>
    <message>
        <location filename="../../ui/appointments.py" line="376"/>
        <source>New &amp;appointment …</source>
        <translation>Nieuwe &amp;afspraak …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="378"/>
        <source>New appointment in this group</source>
        <translation>Nieuwe afspraak in deze groep</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="381"/>
        <source>Appointments of the group</source>
        <translation>Afspraken van de groep</translation>
    </message>
</context>
<context>
    <name>GroupOfflineModel</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>History kept offline</source>
        <translation>Offline bewaarde geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="131"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="143"/>
        <source>Further groups</source>
        <translation>Overige groepen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="146"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="155"/>
        <source>kept offline</source>
        <translation>offline beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="155"/>
        <source>when opened</source>
        <translation>bij openen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsdialog.py" line="161"/>
        <source>default (%n days)</source>
        <translation>
            <numerusform>standaard (%n dag)</numerusform>
            <numerusform>standaard (%n dagen)</numerusform>
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
            <numerusform>laatste %n dag</numerusform>
            <numerusform>laatste %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTextDialog</name>
    <message>
        <location filename="../../ui/moderation.py" line="87"/>
        <source>Name and description</source>
        <translation>Naam en beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="90"/>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="94"/>
        <source>Description of the group</source>
        <translation>Beschrijving van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="99"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/members.py" line="416"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="420"/>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="422"/>
        <source>%1 invites you to “%2” (%3).</source>
        <translation>%1 nodigt u uit voor ‘%2’ (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="424"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 nodigt u uit voor ‘%2’.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="437"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="439"/>
        <source>Accept the invitation</source>
        <translation>De uitnodiging accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="441"/>
        <source>&amp;Decline</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="443"/>
        <source>Decline the invitation</source>
        <translation>De uitnodiging weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="444"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="445"/>
        <source>Answer later</source>
        <translation>Later antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="455"/>
        <source>This invitation was withdrawn before you could join.</source>
        <translation>Deze uitnodiging is ingetrokken voordat u lid kon worden.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="457"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="458"/>
        <source>Dismiss the invitation</source>
        <translation>De uitnodiging verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="460"/>
        <source>You accepted; you join when the connection is back.</source>
        <translation>U hebt geaccepteerd; u wordt lid zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="482"/>
        <source>The answer could not be saved: %1</source>
        <translation>Het antwoord kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>InvitationWatcher</name>
    <message>
        <location filename="../../ui/members.py" line="612"/>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="613"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="615"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 nodigt u uit voor ‘%2’.</translation>
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
            <numerusform>%n nieuwe uitnodiging</numerusform>
            <numerusform>%n nieuwe uitnodigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/members.py" line="309"/>
        <source>Invite to %1</source>
        <translation>Uitnodigen voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="316"/>
        <source>Search by name, function, e-mail …</source>
        <translation>Zoeken op naam, functie, e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="317"/>
        <source>Search colleagues</source>
        <translation>Collega’s zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="322"/>
        <source>Colleagues</source>
        <translation>Collega’s</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="328"/>
        <source>State of the invitation</source>
        <translation>Stand van de uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="330"/>
        <source>&amp;Invite</source>
        <translation>&amp;Uitnodigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="331"/>
        <source>Invite the chosen colleague</source>
        <translation>De gekozen collega uitnodigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="338"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="372"/>
        <source>%1 is already in this group.</source>
        <translation>%1 zit al in deze groep.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="392"/>
        <source>%1 is invited; the invitation is sent with the next sync.</source>
        <translation>%1 is uitgenodigd; de uitnodiging wordt bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="399"/>
        <source>The invitation failed: %1</source>
        <translation>De uitnodiging is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>JoinGroupsDialog</name>
    <message>
        <location filename="../../ui/joindialog.py" line="39"/>
        <source>Join groups</source>
        <translation>Lid worden van groepen</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="43"/>
        <source>Open groups of your organisations that you are not a member of yet.</source>
        <translation>Open groepen van je organisaties waarvan je nog geen lid bent.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="48"/>
        <source>Open groups</source>
        <translation>Open groepen</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="49"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="57"/>
        <source>State of the list</source>
        <translation>Status van de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="59"/>
        <source>&amp;Join</source>
        <translation>&amp;Lid worden</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="60"/>
        <source>Join the chosen group</source>
        <translation>Lid worden van de gekozen groep</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="64"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="78"/>
        <source>Joining groups needs a connection: sign in to this account again.</source>
        <translation>Voor lid worden is een verbinding nodig: meld je opnieuw aan bij dit account.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="82"/>
        <source>Looking for open groups …</source>
        <translation>Open groepen worden gezocht …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joindialog.py" line="100"/>
        <source>%n open groups</source>
        <translation>
            <numerusform>%n open groep</numerusform>
            <numerusform>%n open groepen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="107"/>
        <source>No open groups to join: you are in all of your organisations&apos; groups.</source>
        <translation>Geen open groepen om lid van te worden: je zit in alle groepen van je organisaties.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="113"/>
        <source>The list of open groups could not be loaded: %1</source>
        <translation>De lijst met open groepen kon niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="136"/>
        <source>Joining “%1” …</source>
        <translation>Lid worden van ‘%1’ …</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="146"/>
        <source>%1 (joined)</source>
        <translation>%1 (lid geworden)</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="148"/>
        <source>You joined “%1”. It appears in the sidebar with the next sync.</source>
        <translation>Je bent lid geworden van ‘%1’. De groep verschijnt bij de volgende synchronisatie in de zijbalk.</translation>
    </message>
    <message>
        <location filename="../../ui/joindialog.py" line="157"/>
        <source>Joining “%1” failed: %2</source>
        <translation>Lid worden van ‘%1’ is mislukt: %2</translation>
    </message>
</context>
<context>
    <name>LevelButton</name>
    <message>
        <location filename="../../ui/notifylevel.py" line="96"/>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="97"/>
        <source>Notifications of this group</source>
        <translation>Meldingen van deze groep</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="98"/>
        <source>What of this group notifies you</source>
        <translation>Waarover deze groep je een melding geeft</translation>
    </message>
</context>
<context>
    <name>LevelMenu</name>
    <message>
        <location filename="../../ui/notifylevel.py" line="26"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="34"/>
        <source>&amp;Everything: mentions and replies</source>
        <translation>&amp;Alles: vermeldingen en reacties</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="35"/>
        <source>&amp;Mentions only</source>
        <translation>Alleen &amp;vermeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/notifylevel.py" line="36"/>
        <source>M&amp;ute</source>
        <translation>&amp;Dempen</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="361"/>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="362"/>
        <source>Open this address in your browser?</source>
        <translation>Dit adres openen in je browser?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>Sign in to Treffpunkt</source>
        <translation>Aanmelden bij Treffpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <source>Sign in with the account of your organisation.</source>
        <translation>Meld je aan met het account van je organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="87"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>e.g. intranet.harderwijk.nl</source>
        <translation>bijv. intranet.harderwijk.nl</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Set by your IT department</source>
        <translation>Ingesteld door je IT-afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="98"/>
        <source>e.g. anke.devries</source>
        <translation>bijv. anke.devries</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="105"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>Sign-in problem</source>
        <translation>Probleem bij het aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="115"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="117"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="147"/>
        <source>Enter the address of your organisation&apos;s server.</source>
        <translation>Vul het adres van de server van je organisatie in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="153"/>
        <source>“%1” is not a server address. Use a name like intranet.example.nl or a URL starting with https://.</source>
        <translation>‘%1’ is geen serveradres. Gebruik een naam als intranet.example.nl of een URL die begint met https://.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="160"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="163"/>
        <source>Enter your password.</source>
        <translation>Vul je wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="171"/>
        <source>Signing in …</source>
        <translation>Bezig met aanmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="198"/>
        <source>Wrong user name or password.</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="199"/>
        <source>The server refused the sign-in: %1</source>
        <translation>De server heeft het aanmelden geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="200"/>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>De server %1 is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="201"/>
        <source>%1 is not signed in on this computer.</source>
        <translation>%1 is op deze computer niet aangemeld.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="228"/>
        <source>Signing in failed: %1</source>
        <translation>Aanmelden is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82"/>
        <source>Your session as %1 has ended. Enter your password to go on; everything on this computer has been kept, including what waits to be sent.</source>
        <translation>Je sessie als %1 is verlopen. Voer je wachtwoord in om verder te gaan; alles op deze computer is bewaard gebleven, ook wat nog verzonden moet worden.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="203"/>
        <source>%1 is not encrypted (http://). Treffpunkt signs in over https:// only, except on this computer or at a server your IT department allows.</source>
        <translation>%1 is niet versleuteld (http://). Treffpunkt meldt zich alleen via https:// aan, behalve op deze computer of bij een server die je IT-afdeling toestaat.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="207"/>
        <source>The server address that %1 publishes (%2) is not encrypted (http://). Treffpunkt does not sign in there; please tell your IT department.</source>
        <translation>Het serveradres dat %1 opgeeft (%2) is niet versleuteld (http://). Treffpunkt meldt zich daar niet aan; laat het je IT-afdeling weten.</translation>
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
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <location filename="../../ui/mainwindow.py" line="488"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Zoeken … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="116"/>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <location filename="../../ui/mainwindow.py" line="489"/>
        <source>Search</source>
        <translation>Zoeken</translation>
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
        <translation>Aanmelden bij een ander account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <location filename="../../ui/mainwindow.py" line="493"/>
        <source>Join groups …</source>
        <translation>Lid worden van groepen …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140"/>
        <location filename="../../ui/mainwindow.py" line="496"/>
        <source>Settings …</source>
        <translation>Instellingen …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <location filename="../../ui/mainwindow.py" line="497"/>
        <source>Sign out …</source>
        <translation>Afmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="776"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>Go to the sidebar</source>
        <translation>Naar de zijbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="206"/>
        <source>Go to the list</source>
        <translation>Naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="207"/>
        <source>Go to the details</source>
        <translation>Naar de details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="208"/>
        <source>Close the details</source>
        <translation>Details sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="209"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="551"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="552"/>
        <source>Sign out of %1 on this computer?</source>
        <translation>Op deze computer afmelden bij %1?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="557"/>
        <source>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</source>
        <translation>De lokale kopie van de groepen, documenten en personen van dit account wordt van deze computer verwijderd. Bij opnieuw aanmelden wordt ze opnieuw opgehaald.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="565"/>
        <source>%n items written here have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n hier geschreven item is nog niet verstuurd en gaat verloren.</numerusform>
            <numerusform>%n hier geschreven items zijn nog niet verstuurd en gaan verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="570"/>
        <source>Sign out and delete local data</source>
        <translation>Afmelden en lokale gegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="608"/>
        <source>Signing out …</source>
        <translation>Bezig met afmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="710"/>
        <source>Signing out of %1 did not finish: %2</source>
        <translation>Het afmelden bij %1 is niet voltooid: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="717"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Kies links een groep om te lezen en te schrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="719"/>
        <source>Opening your data …</source>
        <translation>Je gegevens worden geopend …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="723"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>Je bent nog niet aangemeld.
Kies ‘Aanmelden’ in het accountmenu rechtsboven.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="895"/>
        <source>Documents of %1</source>
        <translation>Documenten van %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <location filename="../../ui/mainwindow.py" line="495"/>
        <source>Mark all as read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="665"/>
        <source>Removing local data …</source>
        <translation>Lokale gegevens worden verwijderd …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="689"/>
        <source>Access withdrawn</source>
        <translation>Toegang ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="690"/>
        <source>The server no longer accepts %1 on this computer.</source>
        <translation>De server accepteert %1 op deze computer niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="692"/>
        <source>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</source>
        <translation>Deze computer is uit het account verwijderd of de toegang ervan is ingetrokken (bijvoorbeeld nadat een laptop kwijtraakte). De lokale kopie van het account – groepen, documenten, personen en alles wat nog niet verzonden was – is van deze computer verwijderd. Meld je aan om het account hier weer te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <location filename="../../ui/mainwindow.py" line="494"/>
        <source>New group …</source>
        <translation>Nieuwe groep …</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../ui/members.py" line="87"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="88"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="89"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="90"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="115"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="115"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="116"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="118"/>
        <source>%1 (invited)</source>
        <translation>%1 (uitgenodigd)</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="121"/>
        <source>External partner</source>
        <translation>Externe partner</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/members.py" line="156"/>
        <source>Members of %1</source>
        <translation>Leden van %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="164"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="176"/>
        <source>&amp;Invite colleagues …</source>
        <translation>Collega’s &amp;uitnodigen …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="178"/>
        <source>Invite colleagues to this group</source>
        <translation>Collega’s voor deze groep uitnodigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="199"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="218"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="184"/>
        <source>&amp;Remove from group …</source>
        <translation>Uit de groep &amp;verwijderen …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="186"/>
        <source>Remove the selected member from the group</source>
        <translation>Het geselecteerde lid uit de groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="189"/>
        <location filename="../../ui/members.py" line="241"/>
        <source>Make &amp;moderator</source>
        <translation>Tot &amp;moderator maken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="193"/>
        <source>&amp;Name and description …</source>
        <translation>&amp;Naam en beschrijving …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="195"/>
        <source>Change the group&apos;s name and description</source>
        <translation>Naam en beschrijving van de groep wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="241"/>
        <source>Take back the &amp;moderator role</source>
        <translation>&amp;Moderatorrol intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="244"/>
        <source>Take back the selected member&apos;s moderator role</source>
        <translation>De moderatorrol van het geselecteerde lid intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="246"/>
        <source>Make the selected member a moderator</source>
        <translation>Het geselecteerde lid tot moderator maken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="253"/>
        <source>Only members with a higher role may invite to this group</source>
        <translation>Alleen leden met een hogere rol mogen voor deze groep uitnodigen</translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <location filename="../../ui/members.py" line="709"/>
        <source>Leave group</source>
        <translation>Groep verlaten</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="710"/>
        <source>Leave “%1”?</source>
        <translation>‘%1’ verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="712"/>
        <source>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</source>
        <translation>De berichten en documenten ervan worden van deze computer verwijderd. Om terug te komen moet u opnieuw lid worden of uitgenodigd worden.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="716"/>
        <source>&amp;Leave group</source>
        <translation>Groep &amp;verlaten</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <location filename="../../ui/moderation.py" line="152"/>
        <source>Remove comment</source>
        <translation>Reactie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="152"/>
        <source>Remove post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="153"/>
        <source>Remove this comment for everyone in the group?</source>
        <translation>Deze reactie voor iedereen in de groep verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="155"/>
        <source>Remove this post and its comments for everyone in the group?</source>
        <translation>Dit bericht en de reacties erop voor iedereen in de groep verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="179"/>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="180"/>
        <source>Remove %1 from the group?</source>
        <translation>%1 uit de groep verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="195"/>
        <source>A pin</source>
        <translation>Het vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="196"/>
        <source>Removing a post</source>
        <translation>Het verwijderen van een bericht</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="197"/>
        <source>The new name and description</source>
        <translation>De nieuwe naam en beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="198"/>
        <source>Removing %1 from the group</source>
        <translation>Het verwijderen van %1 uit de groep</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="199"/>
        <source>Changing the role of %1</source>
        <translation>Het wijzigen van de rol van %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="200"/>
        <source>A change</source>
        <translation>Een wijziging</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="202"/>
        <source>%1 was refused by the server and has been undone: %2</source>
        <translation>%1 is door de server geweigerd en ongedaan gemaakt: %2</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="213"/>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="215"/>
        <source>Your role in the group may have changed.</source>
        <translation>Je rol in de groep is misschien gewijzigd.</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message numerus="yes">
        <location filename="../../ui/notifications.py" line="58"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Meldingen: %n ongelezen</numerusform>
            <numerusform>Meldingen: %n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <location filename="../../ui/notificationmodel.py" line="124"/>
        <source>read</source>
        <translation>gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/notificationmodel.py" line="124"/>
        <source>unread</source>
        <translation>ongelezen</translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message>
        <location filename="../../ui/notificationlist.py" line="35"/>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="37"/>
        <location filename="../../ui/notificationlist.py" line="44"/>
        <source>Mentions and replies</source>
        <translation>Vermeldingen en reacties</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="39"/>
        <source>&amp;Mark all as read</source>
        <translation>Alles als gelezen &amp;markeren</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="41"/>
        <source>Mark all notifications as read</source>
        <translation>Alle meldingen als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/notificationlist.py" line="49"/>
        <source>No mentions or replies yet.</source>
        <translation>Nog geen vermeldingen of reacties.</translation>
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
            <numerusform>%n nieuwe vermelding of reactie</numerusform>
            <numerusform>%n nieuwe vermeldingen en reacties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../ui/notificationmodel.py" line="44"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 heeft je genoemd in %2</translation>
    </message>
    <message>
        <location filename="../../ui/notificationmodel.py" line="46"/>
        <source>%1 replied to your post in %2</source>
        <translation>%1 heeft in %2 op je bericht gereageerd</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people.py" line="94"/>
        <source>External partner</source>
        <translation>Externe partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="109"/>
        <source>%1, external partner</source>
        <translation>%1, externe partner</translation>
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
        <translation>Smoelenboek</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="160"/>
        <source>Filter by name, title, e-mail …</source>
        <translation>Filter op naam, functie, e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="161"/>
        <source>Filter people by text</source>
        <translation>Personen filteren op tekst</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="163"/>
        <source>Filter by organisation</source>
        <translation>Filter op organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="164"/>
        <source>Filter by department</source>
        <translation>Filter op afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="165"/>
        <source>Filter by skill</source>
        <translation>Filter op vaardigheid</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="166"/>
        <source>Filter by location</source>
        <translation>Filter op locatie</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="167"/>
        <source>Nobody matches these filters.</source>
        <translation>Niemand voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="217"/>
        <source>External partners</source>
        <translation>Externe partners</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="220"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="224"/>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="226"/>
        <source>All skills</source>
        <translation>Alle vaardigheden</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="227"/>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
</context>
<context>
    <name>PinnedPosts</name>
    <message>
        <location filename="../../ui/moderation.py" line="232"/>
        <source>Pinned posts</source>
        <translation>Vastgezette berichten</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="284"/>
        <source>Pinned: %1</source>
        <translation>Vastgezet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="286"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="287"/>
        <source>Open the pinned post %1</source>
        <translation>Het vastgezette bericht %1 openen</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="292"/>
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="293"/>
        <source>Unpin the post %1</source>
        <translation>Het bericht %1 losmaken</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../ui/postactions.py" line="117"/>
        <source>Delete comment</source>
        <translation>Reactie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="117"/>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="118"/>
        <source>Delete this comment?</source>
        <translation>Deze reactie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="120"/>
        <source>Delete this post and its comments?</source>
        <translation>Dit bericht en de reacties erop verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="121"/>
        <source>Everyone in the group will no longer see it.</source>
        <translation>Niemand in de groep ziet het daarna nog.</translation>
    </message>
    <message>
        <location filename="../../ui/postactions.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>✔ answer</source>
        <translation>✔ antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="161"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="166"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="170"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="176"/>
        <source>Unmark answer</source>
        <translation>Niet meer als antwoord markeren</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="176"/>
        <source>Mark as answer</source>
        <translation>Als antwoord markeren</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="229"/>
        <location filename="../../ui/postview.py" line="446"/>
        <source>Retry</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="232"/>
        <location filename="../../ui/postview.py" line="447"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="241"/>
        <location filename="../../ui/postview.py" line="453"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="244"/>
        <location filename="../../ui/postview.py" line="454"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PostListView</name>
    <message>
        <location filename="../../ui/stream.py" line="475"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="481"/>
        <source>Unlike</source>
        <translation>Vind ik niet meer leuk</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="481"/>
        <source>Like</source>
        <translation>Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="494"/>
        <source>Edit …</source>
        <translation>Bewerken …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="495"/>
        <source>Delete …</source>
        <translation>Verwijderen …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="486"/>
        <source>Edit history …</source>
        <translation>Bewerkingsgeschiedenis …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>Pin to the top</source>
        <translation>Bovenaan vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="506"/>
        <source>Remove …</source>
        <translation>Verwijderen …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="478"/>
        <source>Open attached file</source>
        <translation>Bijgevoegd bestand openen</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <location filename="../../ui/people.py" line="298"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="302"/>
        <source>Close the detail pane</source>
        <translation>Detailvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="310"/>
        <location filename="../../ui/people.py" line="312"/>
        <source>External partner</source>
        <translation>Externe partner</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="314"/>
        <source>A member of your groups without an entry in any of your organisations</source>
        <translation>Lid van je groepen zonder vermelding in een van je organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="323"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="325"/>
        <location filename="../../ui/people.py" line="329"/>
        <source>Groups you share</source>
        <translation>Gedeelde groepen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="330"/>
        <location filename="../../ui/people.py" line="334"/>
        <source>Recent posts</source>
        <translation>Recente berichten</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="367"/>
        <source>This person is no longer in your directory.</source>
        <translation>Deze persoon staat niet meer in je overzicht.</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="376"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="377"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="378"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="379"/>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="380"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="381"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="385"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="386"/>
        <source>User ID</source>
        <translation>Gebruikers-ID</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="400"/>
        <source>No groups in common</source>
        <translation>Geen gedeelde groepen</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="407"/>
        <source>Comment in %1</source>
        <translation>Reactie in %1</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="407"/>
        <source>Post in %1</source>
        <translation>Bericht in %1</translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="418"/>
        <source>Nothing written yet</source>
        <translation>Nog niets geschreven</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <location filename="../../ui/reactions.py" line="74"/>
        <source>Reactions</source>
        <translation>Emoji-reacties</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="128"/>
        <source>React with %1 (%2)</source>
        <translation>Emoji %1 geven (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="131"/>
        <source>React with %1</source>
        <translation>Emoji %1 geven</translation>
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
        <translation>emoji-reacties: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reactions.py" line="57"/>
        <source>&amp;React</source>
        <translation>&amp;Emoji</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/moderation.py" line="63"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="66"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reden (optioneel):</translation>
    </message>
    <message>
        <location filename="../../ui/moderation.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../ui/reminders.py" line="72"/>
        <source>All-day appointment today</source>
        <translation>Afspraak van de hele dag vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="77"/>
        <source>Appointment at %1</source>
        <translation>Afspraak om %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/searchdialog.py" line="243"/>
        <location filename="../../ui/searchdialog.py" line="244"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="250"/>
        <source>Search people, posts, documents …</source>
        <translation>Personen, berichten, documenten zoeken …</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="251"/>
        <source>Search for</source>
        <translation>Zoeken naar</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="259"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="268"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="274"/>
        <source>Spelling correction</source>
        <translation>Spellingcorrectie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/searchdialog.py" line="363"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="366"/>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Niets gevonden. Probeer minder of andere woorden.</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="374"/>
        <source>Showing results for %1</source>
        <translation>Resultaten voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="378"/>
        <source>Search instead for %1</source>
        <translation>In plaats daarvan zoeken naar %1</translation>
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
        <translation>Berichten en vragen</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="85"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="86"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="172"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="174"/>
        <source>slide %1</source>
        <translation>dia %1</translation>
    </message>
    <message>
        <location filename="../../ui/searchdialog.py" line="176"/>
        <source>sheet %1</source>
        <translation>blad %1</translation>
    </message>
</context>
<context>
    <name>SendState</name>
    <message>
        <location filename="../../ui/sendstate.py" line="32"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../../ui/sendstate.py" line="34"/>
        <source>the file is larger than the server accepts</source>
        <translation>het bestand is groter dan de server accepteert</translation>
    </message>
    <message>
        <location filename="../../ui/sendstate.py" line="40"/>
        <source>not sent since %1 · still trying</source>
        <translation>niet verstuurd sinds %1 · wordt opnieuw geprobeerd</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.py" line="323"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="324"/>
        <source>Pages of the settings</source>
        <translation>Pagina&apos;s van de instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="325"/>
        <source>General</source>
        <translation>Algemeen</translation>
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
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="329"/>
        <source>Close the settings</source>
        <translation>Instellingen sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="330"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="331"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="332"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="335"/>
        <source>Menus and dialogs change at once; a few texts already on screen change when Treffpunkt starts the next time.</source>
        <translation>Menu&apos;s en dialoogvensters wisselen meteen; enkele teksten die al op het scherm staan, wisselen bij de volgende start van Treffpunkt.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="339"/>
        <source>Keep &amp;history of:</source>
        <translation>&amp;Geschiedenis bewaren van:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="340"/>
        <location filename="../../ui/settingsdialog.py" line="356"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="342"/>
        <source>Days of history kept offline for groups without a choice of their own</source>
        <translation>Dagen geschiedenis die offline bewaard blijven voor groepen zonder eigen keuze</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="344"/>
        <source>&amp;Space for documents:</source>
        <translation>&amp;Ruimte voor documenten:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="345"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="346"/>
        <source>Space for documents in megabytes</source>
        <translation>Ruimte voor documenten in megabyte</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="348"/>
        <source>Managed by your IT department</source>
        <translation>Beheerd door je IT-afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="350"/>
        <source>What each group keeps offline</source>
        <translation>Wat elke groep offline bewaart</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="351"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="352"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="353"/>
        <source>Last days:</source>
        <translation>Laatste dagen:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="354"/>
        <source>History of this group kept offline</source>
        <translation>Offline bewaarde geschiedenis van deze groep</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="355"/>
        <source>This &amp;group keeps:</source>
        <translation>Deze &amp;groep bewaart:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="357"/>
        <source>Days of history of this group</source>
        <translation>Dagen geschiedenis van deze groep</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="358"/>
        <source>Keep this group&apos;s &amp;documents available offline</source>
        <translation>&amp;Documenten van deze groep offline beschikbaar houden</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="360"/>
        <source>Keep this group&apos;s documents available offline</source>
        <translation>Documenten van deze groep offline beschikbaar houden</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="362"/>
        <source>Signed-in accounts</source>
        <translation>Aangemelde accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="363"/>
        <source>&amp;Add account …</source>
        <translation>Account &amp;toevoegen …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="364"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="365"/>
        <source>Sign &amp;out …</source>
        <translation>&amp;Afmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="366"/>
        <source>Sign out of the chosen account</source>
        <translation>Afmelden bij het gekozen account</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="413"/>
        <source>%1 MB in use</source>
        <translation>%1 MB in gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.py" line="505"/>
        <source>signed in</source>
        <translation>aangemeld</translation>
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
        <translation>Overige groepen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="311"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="312"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="313"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="314"/>
        <source>Join groups …</source>
        <translation>Lid worden van groepen …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="351"/>
        <source>Opening %1 …</source>
        <translation>%1 wordt geopend …</translation>
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
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="615"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n vermelding van jou</numerusform>
            <numerusform>%n vermeldingen van jou</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="617"/>
        <source>all history kept offline</source>
        <translation>hele geschiedenis offline</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="328"/>
        <source>Invitations (%1)</source>
        <translation>Uitnodigingen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="332"/>
        <source>%1 (invitation withdrawn)</source>
        <translation>%1 (uitnodiging ingetrokken)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="334"/>
        <source>%1 (joining …)</source>
        <translation>%1 (lid worden …)</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="336"/>
        <source>%1, from %2</source>
        <translation>%1, van %2</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../ui/sidebar.py" line="694"/>
        <source>Groups and lists</source>
        <translation>Groepen en lijsten</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="798"/>
        <source>Mark as read</source>
        <translation>Als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="833"/>
        <source>Mark all as read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="801"/>
        <source>Copy group address</source>
        <translation>Groepsadres kopiëren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="815"/>
        <source>%n events could not be shown (kept for support)</source>
        <translation>
            <numerusform>%n gebeurtenis kon niet worden getoond (bewaard voor support)</numerusform>
            <numerusform>%n gebeurtenissen konden niet worden getoond (bewaard voor support)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="803"/>
        <source>Members …</source>
        <translation>Leden …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="810"/>
        <source>Leave group …</source>
        <translation>Groep verlaten …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="835"/>
        <source>New group …</source>
        <translation>Nieuwe groep …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="844"/>
        <source>Dismiss</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="848"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="851"/>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="806"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="823"/>
        <source>Activity of its groups</source>
        <translation>Activiteit van de groepen</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="337"/>
        <source>answered question</source>
        <translation>beantwoorde vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="337"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="339"/>
        <source>failed to send</source>
        <translation>verzenden mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="343"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
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
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="346"/>
        <source>attached: %1</source>
        <translation>bijgevoegd: %1</translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="628"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="629"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;menten</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="631"/>
        <source>Show the group&apos;s documents</source>
        <translation>De documenten van de groep tonen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="639"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="640"/>
        <source>No posts yet — write the first one.</source>
        <translation>Nog geen berichten — schrijf het eerste.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/status.py" line="177"/>
        <source>Syncing stopped unexpectedly; it starts again shortly.</source>
        <translation>Het synchroniseren stopte onverwacht; het start zo opnieuw.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/status.py" line="277"/>
        <source>Try now</source>
        <translation>Nu proberen</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="280"/>
        <source>Try to reach the server now</source>
        <translation>Nu proberen de server te bereiken</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="282"/>
        <source>Offline: Treffpunkt tries again by itself, less often the longer it lasts</source>
        <translation>Offline: Treffpunkt probeert het zelf opnieuw, minder vaak naarmate het langer duurt</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="294"/>
        <source>Connection and sending state</source>
        <translation>Verbindings- en verzendstatus</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="351"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="376"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="377"/>
        <source>synchronising …</source>
        <translation>synchroniseren …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="378"/>
        <source>connecting …</source>
        <translation>verbinden …</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="379"/>
        <source>signed out — sign in again to send</source>
        <translation>afgemeld — meld je opnieuw aan om te verzenden</translation>
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
        <translation>Verbinding: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="393"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wacht op verzenden</numerusform>
            <numerusform>%n wachten op verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="395"/>
        <source>%n not sent for more than a day</source>
        <translation>
            <numerusform>%n al meer dan een dag niet verstuurd</numerusform>
            <numerusform>%n al meer dan een dag niet verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="397"/>
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n kon niet worden verzonden</numerusform>
            <numerusform>%n konden niet worden verzonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="402"/>
        <source>last synced %1</source>
        <translation>laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="406"/>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
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
        <translation>%1 (gemarkeerd als antwoord): %2</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="155"/>
        <source>Thread</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="159"/>
        <source>Close the detail pane</source>
        <translation>Detailvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="160"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="167"/>
        <source>Post and comments</source>
        <translation>Bericht en reacties</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="168"/>
        <source>&amp;Like</source>
        <translation>&amp;Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="171"/>
        <location filename="../../ui/detail.py" line="338"/>
        <source>Like the post</source>
        <translation>Bericht leuk vinden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="172"/>
        <source>&amp;Retry sending</source>
        <translation>Opnieuw &amp;verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="174"/>
        <source>Retry sending the post</source>
        <translation>Bericht opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="179"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="181"/>
        <source>Discard the post that failed</source>
        <translation>Mislukt bericht weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="184"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Schrijf een reactie … Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="185"/>
        <source>New comment</source>
        <translation>Nieuwe reactie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="187"/>
        <source>C&amp;omment</source>
        <translation>&amp;Reageren</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="189"/>
        <source>Send the comment</source>
        <translation>Reactie versturen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="300"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Vind ik leuk (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="302"/>
        <source>Question by %1</source>
        <translation>Vraag van %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="302"/>
        <source>Post by %1</source>
        <translation>Bericht van %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="175"/>
        <source>Edi&amp;ted</source>
        <translation>Bewerk&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="177"/>
        <source>Show the edit history of the post</source>
        <translation>Bewerkingsgeschiedenis van het bericht tonen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="178"/>
        <source>Earlier versions of the post</source>
        <translation>Eerdere versies van het bericht</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/timefmt.py" line="43"/>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="46"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min. geleden</numerusform>
            <numerusform>%n min. geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timefmt.py" line="49"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timefmt.py" line="53"/>
        <source>yesterday, %1</source>
        <translation>gisteren, %1</translation>
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
        <translation>Herstarten om bij te werken</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="110"/>
        <source>Check for updates</source>
        <translation>Controleren op updates</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="144"/>
        <source>Checking for updates …</source>
        <translation>Controleren op updates …</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="166"/>
        <source>Treffpunkt %1 is up to date.</source>
        <translation>Treffpunkt %1 is up-to-date.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="186"/>
        <source>Restart Treffpunkt to update to version %1</source>
        <translation>Treffpunkt herstarten om bij te werken naar versie %1</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="189"/>
        <source>Version %1 has been downloaded and verified</source>
        <translation>Versie %1 is gedownload en gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="204"/>
        <source>Version %1 is ready; your organisation&apos;s software deployment installs it.</source>
        <translation>Versie %1 staat klaar; de softwaredistributie van uw organisatie installeert haar.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="210"/>
        <source>the update information has expired</source>
        <translation>de update-informatie is verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="211"/>
        <source>the update server offered older information than already seen</source>
        <translation>de updateserver bood oudere informatie aan dan al bekend</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="212"/>
        <source>a downloaded file does not match its signature</source>
        <translation>een gedownload bestand komt niet overeen met zijn handtekening</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="213"/>
        <source>the update information is not signed by the trusted keys</source>
        <translation>de update-informatie is niet ondertekend met de vertrouwde sleutels</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="214"/>
        <source>the update server could not be reached</source>
        <translation>de updateserver was niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="215"/>
        <source>the version is not in the signed list</source>
        <translation>de versie staat niet in de ondertekende lijst</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="217"/>
        <source>the update could not be verified</source>
        <translation>de update kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="219"/>
        <source>Update refused: %1. Version %2 keeps running.</source>
        <translation>Update geweigerd: %1. Versie %2 blijft in gebruik.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="227"/>
        <source>Updated to version %1.</source>
        <translation>Bijgewerkt naar versie %1.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="232"/>
        <source>The downloaded version %1 did not match its signature and was discarded. Version %2 keeps running.</source>
        <translation>De gedownloade versie %1 kwam niet overeen met haar handtekening en is verwijderd. Versie %2 blijft in gebruik.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="237"/>
        <source>The downloaded version %1 was incomplete and was discarded. Version %2 keeps running.</source>
        <translation>De gedownloade versie %1 was onvolledig en is verwijderd. Versie %2 blijft in gebruik.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="241"/>
        <source>Version %1 could not be installed. Version %2 keeps running.</source>
        <translation>Versie %1 kon niet worden geïnstalleerd. Versie %2 blijft in gebruik.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="493"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="504"/>
        <source>%1 (waiting to send)</source>
        <translation>%1 (wacht op verzenden)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/models.py" line="517"/>
        <source>Version %1 by %2, %3, %4</source>
        <translation>Versie %1 door %2, %3, %4</translation>
    </message>
</context>
</TS>
