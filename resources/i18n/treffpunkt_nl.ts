<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>A&amp;genda exporteren (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="435"/>
        <source>Export the upcoming appointments</source>
        <translation>De komende afspraken exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="436"/>
        <source>No upcoming appointments.</source>
        <translation>Geen komende afspraken.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="439"/>
        <source>Upcoming appointments</source>
        <translation>Komende afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="444"/>
        <location filename="../../ui/appointments.py" line="505"/>
        <source>Show past appointments</source>
        <translation>Afgelopen afspraken tonen</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="446"/>
        <source>Past appointments</source>
        <translation>Afgelopen afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="497"/>
        <source>Past appointments (%1)</source>
        <translation>Afgelopen afspraken (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="505"/>
        <source>Hide past appointments</source>
        <translation>Afgelopen afspraken verbergen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="373"/>
        <source>No keyring</source>
        <translation>Geen sleutelbos</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="374"/>
        <source>Treffpunkt keeps the key of your local data and your sign-in in the system keyring, and none is available.

%1</source>
        <translation>Treffpunkt bewaart de sleutel van je lokale gegevens en je aanmelding in de sleutelbos van het systeem, en er is er geen beschikbaar.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="445"/>
        <source>Not signed in as %1: you can read and write; sign in to send.</source>
        <translation>Niet aangemeld als %1: je kunt lezen en schrijven; meld je aan om te verzenden.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="437"/>
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
        <location filename="../../ui/appointmentdialog.py" line="90"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="92"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="98"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="105"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="107"/>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="110"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="115"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="121"/>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="122"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="124"/>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="125"/>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="126"/>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="127"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="128"/>
        <source>Online &amp;link:</source>
        <translation>Online&amp;link:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="129"/>
        <source>&amp;Description:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="186"/>
        <source>Give the appointment a title.</source>
        <translation>Geef de afspraak een titel.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="194"/>
        <source>Choose a time zone from the list.</source>
        <translation>Kies een tijdzone uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="198"/>
        <source>The end is before the start.</source>
        <translation>Het einde ligt voor het begin.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="215"/>
        <source>The online link must start with https:// or http://.</source>
        <translation>De onlinelink moet met https:// of http:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/appointmentdialog.py" line="218"/>
        <source>An appointment lasts a year at most, between 1970 and 2099.</source>
        <translation>Een afspraak duurt hoogstens een jaar, tussen 1970 en 2099.</translation>
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
        <location filename="../../ui/stream.py" line="498"/>
        <source>Write something … @ mentions someone, Ctrl+Enter sends</source>
        <translation>Schrijf iets … @ noemt iemand, Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="500"/>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="502"/>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="503"/>
        <source>Post as a question</source>
        <translation>Als vraag plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="504"/>
        <source>Ask the group; an answer can be marked later</source>
        <translation>Vraag het de groep; een antwoord kan later gemarkeerd worden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="505"/>
        <source>&amp;Attach …</source>
        <translation>&amp;Bijvoegen …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="507"/>
        <source>Attach a file or image</source>
        <translation>Een bestand of afbeelding bijvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="509"/>
        <source>Attach a file or image; you can also drop files or paste an image</source>
        <translation>Een bestand of afbeelding bijvoegen; u kunt ook bestanden hierheen slepen of een afbeelding plakken</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="513"/>
        <source>Attached files</source>
        <translation>Bijgevoegde bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="515"/>
        <source>Remo&amp;ve files</source>
        <translation>Bestanden ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="517"/>
        <source>Remove the attached files</source>
        <translation>De bijgevoegde bestanden verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="521"/>
        <source>&amp;Post</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="523"/>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="524"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Plaatsen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="556"/>
        <source>pasted image</source>
        <translation>geplakte afbeelding</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="570"/>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="596"/>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="607"/>
        <source>image.png</source>
        <translation>afbeelding.png</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="620"/>
        <source>Could not save the post: %1</source>
        <translation>Het bericht kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <location filename="../../ui/members.py" line="421"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="425"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="427"/>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="429"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="431"/>
        <source>&amp;Open to the organisation</source>
        <translation>&amp;Open voor de organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="432"/>
        <source>By &amp;invitation only</source>
        <translation>Alleen op &amp;uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="441"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="442"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="443"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="444"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="452"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="454"/>
        <source>Create the group</source>
        <translation>De groep aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="456"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="467"/>
        <source>Creating a group needs a connection: sign in to this account again.</source>
        <translation>Voor het aanmaken van een groep is een verbinding nodig: meld u opnieuw aan bij dit account.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="484"/>
        <source>A group needs a name.</source>
        <translation>Een groep heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="494"/>
        <source>Creating the group …</source>
        <translation>De groep wordt aangemaakt …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="508"/>
        <source>The group could not be created: %1</source>
        <translation>De groep kon niet worden aangemaakt: %1</translation>
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
        <location filename="../../ui/documents/pane.py" line="224"/>
        <source>This document is no longer there.</source>
        <translation>Dit document bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="253"/>
        <source>on this computer</source>
        <translation>op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="256"/>
        <source>on the server only (downloaded when opened)</source>
        <translation>alleen op de server (wordt bij openen gedownload)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="258"/>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="262"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="263"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="264"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="265"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="266"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="267"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="268"/>
        <source>Stored</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="273"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="305"/>
        <source>(no longer there)</source>
        <translation>(bestaat niet meer)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="309"/>
        <source>Conflict copy: saved while someone else changed %1. Nothing was overwritten; compare both and keep what is right.</source>
        <translation>Conflictkopie: opgeslagen terwijl iemand anders %1 wijzigde. Er is niets overschreven; vergelijk beide en houd wat klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="317"/>
        <source>Conflict copies of this document: %1</source>
        <translation>Conflictkopieën van dit document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="328"/>
        <source>Could not be sent: %1</source>
        <translation>Kon niet worden verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="378"/>
        <source>Opened. Changes you save there are saved here as a new version.</source>
        <translation>Geopend. Wat je daar opslaat, wordt hier als nieuwe versie bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="386"/>
        <source>This document is not available offline. Open it again when you are connected, or choose “Keep available offline” while connected.</source>
        <translation>Dit document is offline niet beschikbaar. Open het opnieuw als je verbonden bent, of kies ‘Offline beschikbaar houden’ terwijl je verbonden bent.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="393"/>
        <source>Could not open the document: %1</source>
        <translation>Het document kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="405"/>
        <source>Not opened: this is a program (%1).</source>
        <translation>Niet geopend: dit is een programma (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="411"/>
        <source>Program not opened</source>
        <translation>Programma niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="412"/>
        <source>“%1” is a program (%2), not a document.</source>
        <translation>‘%1’ is een programma (%2), geen document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="416"/>
        <source>Treffpunkt does not open programs, scripts, installers or shortcuts: opening one could run it on this computer with your rights. You can save it elsewhere, for example to hand it to your IT department.</source>
        <translation>Treffpunkt opent geen programma’s, scripts, installatieprogramma’s of snelkoppelingen: openen kan het op deze computer met jouw rechten laten draaien. Je kunt het ergens anders opslaan, bijvoorbeeld om het aan je IT-afdeling te geven.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="422"/>
        <source>&amp;Save as …</source>
        <translation>&amp;Opslaan als …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="449"/>
        <source>Save the program as</source>
        <translation>Programma opslaan als</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="456"/>
        <source>Saved as %1. It was not opened.</source>
        <translation>Opgeslagen als %1. Het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="489"/>
        <source>Could not change this: %1</source>
        <translation>Dit kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="519"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="519"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="531"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="532"/>
        <source>Folder (parts separated by /, empty for none):</source>
        <translation>Map (delen gescheiden door /, leeg voor geen):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="546"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="547"/>
        <source>Delete “%1” for every member of the group?</source>
        <translation>‘%1’ voor alle leden van de groep verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="550"/>
        <source>The group&apos;s administrators keep its versions.</source>
        <translation>De beheerders van de groep houden de versies.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="269"/>
        <source>Found by</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="283"/>
        <source>its name and content</source>
        <translation>naam en inhoud</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="286"/>
        <source>its name (the content is read soon)</source>
        <translation>naam (de inhoud wordt zo gelezen)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="288"/>
        <source>its name (the content once it is on this computer)</source>
        <translation>naam (de inhoud zodra het document op deze computer staat)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="291"/>
        <source>a scan without text</source>
        <translation>een scan zonder tekst</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="292"/>
        <source>too large to read</source>
        <translation>te groot om te lezen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="293"/>
        <source>took too long to read</source>
        <translation>lezen duurde te lang</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="294"/>
        <source>could not be read</source>
        <translation>kon niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="296"/>
        <source>its name only: %1</source>
        <translation>alleen naam: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="296"/>
        <source>its name</source>
        <translation>naam</translation>
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
    <name>GroupAppointments</name>
    <message>
        <location filename="../../ui/appointments.py" line="374"/>
        <source>New &amp;appointment …</source>
        <translation>Nieuwe &amp;afspraak …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="376"/>
        <source>New appointment in this group</source>
        <translation>Nieuwe afspraak in deze groep</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="379"/>
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
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/members.py" line="341"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="345"/>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="347"/>
        <source>%1 invites you to “%2” (%3).</source>
        <translation>%1 nodigt u uit voor ‘%2’ (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="349"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 nodigt u uit voor ‘%2’.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="362"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="364"/>
        <source>Accept the invitation</source>
        <translation>De uitnodiging accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="366"/>
        <source>&amp;Decline</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="368"/>
        <source>Decline the invitation</source>
        <translation>De uitnodiging weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="369"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="370"/>
        <source>Answer later</source>
        <translation>Later antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="380"/>
        <source>This invitation was withdrawn before you could join.</source>
        <translation>Deze uitnodiging is ingetrokken voordat u lid kon worden.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="382"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="383"/>
        <source>Dismiss the invitation</source>
        <translation>De uitnodiging verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="385"/>
        <source>You accepted; you join when the connection is back.</source>
        <translation>U hebt geaccepteerd; u wordt lid zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="407"/>
        <source>The answer could not be saved: %1</source>
        <translation>Het antwoord kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>InvitationWatcher</name>
    <message>
        <location filename="../../ui/members.py" line="537"/>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="538"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="540"/>
        <source>%1 invites you to “%2”.</source>
        <translation>%1 nodigt u uit voor ‘%2’.</translation>
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
            <numerusform>%n nieuwe uitnodiging</numerusform>
            <numerusform>%n nieuwe uitnodigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/members.py" line="234"/>
        <source>Invite to %1</source>
        <translation>Uitnodigen voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="241"/>
        <source>Search by name, function, e-mail …</source>
        <translation>Zoeken op naam, functie, e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="242"/>
        <source>Search colleagues</source>
        <translation>Collega’s zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="247"/>
        <source>Colleagues</source>
        <translation>Collega’s</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="253"/>
        <source>State of the invitation</source>
        <translation>Stand van de uitnodiging</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="255"/>
        <source>&amp;Invite</source>
        <translation>&amp;Uitnodigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="256"/>
        <source>Invite the chosen colleague</source>
        <translation>De gekozen collega uitnodigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="263"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="297"/>
        <source>%1 is already in this group.</source>
        <translation>%1 zit al in deze groep.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="317"/>
        <source>%1 is invited; the invitation is sent with the next sync.</source>
        <translation>%1 is uitgenodigd; de uitnodiging wordt bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="324"/>
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
    <name>Links</name>
    <message>
        <location filename="../../ui/stream.py" line="355"/>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="356"/>
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
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <location filename="../../ui/mainwindow.py" line="472"/>
        <source>Search … (Ctrl+K)</source>
        <translation>Zoeken … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <location filename="../../ui/mainwindow.py" line="200"/>
        <location filename="../../ui/mainwindow.py" line="473"/>
        <source>Search</source>
        <translation>Zoeken</translation>
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
        <translation>Aanmelden bij een ander account …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <location filename="../../ui/mainwindow.py" line="477"/>
        <source>Join groups …</source>
        <translation>Lid worden van groepen …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <location filename="../../ui/mainwindow.py" line="480"/>
        <source>Settings …</source>
        <translation>Instellingen …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="144"/>
        <location filename="../../ui/mainwindow.py" line="481"/>
        <source>Sign out …</source>
        <translation>Afmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="760"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="201"/>
        <source>Go to the sidebar</source>
        <translation>Naar de zijbalk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="202"/>
        <source>Go to the list</source>
        <translation>Naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="203"/>
        <source>Go to the details</source>
        <translation>Naar de details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <source>Close the details</source>
        <translation>Details sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="205"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="535"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="536"/>
        <source>Sign out of %1 on this computer?</source>
        <translation>Op deze computer afmelden bij %1?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="541"/>
        <source>The local copy of this account&apos;s groups, documents and people is deleted from this computer. Signing in again fetches it anew.</source>
        <translation>De lokale kopie van de groepen, documenten en personen van dit account wordt van deze computer verwijderd. Bij opnieuw aanmelden wordt ze opnieuw opgehaald.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="549"/>
        <source>%n items written here have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n hier geschreven item is nog niet verstuurd en gaat verloren.</numerusform>
            <numerusform>%n hier geschreven items zijn nog niet verstuurd en gaan verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="554"/>
        <source>Sign out and delete local data</source>
        <translation>Afmelden en lokale gegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="592"/>
        <source>Signing out …</source>
        <translation>Bezig met afmelden …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="694"/>
        <source>Signing out of %1 did not finish: %2</source>
        <translation>Het afmelden bij %1 is niet voltooid: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="701"/>
        <source>Choose a group on the left to read and write.</source>
        <translation>Kies links een groep om te lezen en te schrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="703"/>
        <source>Opening your data …</source>
        <translation>Je gegevens worden geopend …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="707"/>
        <source>You are not signed in yet.
Choose “Sign in” in the account menu at the top right.</source>
        <translation>Je bent nog niet aangemeld.
Kies ‘Aanmelden’ in het accountmenu rechtsboven.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="857"/>
        <source>Documents of %1</source>
        <translation>Documenten van %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <location filename="../../ui/mainwindow.py" line="479"/>
        <source>Mark all as read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="649"/>
        <source>Removing local data …</source>
        <translation>Lokale gegevens worden verwijderd …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="673"/>
        <source>Access withdrawn</source>
        <translation>Toegang ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="674"/>
        <source>The server no longer accepts %1 on this computer.</source>
        <translation>De server accepteert %1 op deze computer niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="676"/>
        <source>This computer was removed from the account, or its access was withdrawn (for example after a laptop was lost). The account&apos;s local copy — groups, documents, people and anything not yet sent — has been deleted from this computer. To use the account here again, sign in.</source>
        <translation>Deze computer is uit het account verwijderd of de toegang ervan is ingetrokken (bijvoorbeeld nadat een laptop kwijtraakte). De lokale kopie van het account – groepen, documenten, personen en alles wat nog niet verzonden was – is van deze computer verwijderd. Meld je aan om het account hier weer te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <location filename="../../ui/mainwindow.py" line="478"/>
        <source>New group …</source>
        <translation>Nieuwe groep …</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../ui/members.py" line="79"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="80"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="82"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="107"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="107"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="108"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="110"/>
        <source>%1 (invited)</source>
        <translation>%1 (uitgenodigd)</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="113"/>
        <source>External partner</source>
        <translation>Externe partner</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../ui/members.py" line="165"/>
        <source>Members of %1</source>
        <translation>Leden van %1</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="173"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="184"/>
        <source>&amp;Invite colleagues …</source>
        <translation>Collega’s &amp;uitnodigen …</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="186"/>
        <source>Invite colleagues to this group</source>
        <translation>Collega’s voor deze groep uitnodigen</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="189"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members.py" line="202"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <location filename="../../ui/members.py" line="634"/>
        <source>Leave group</source>
        <translation>Groep verlaten</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="635"/>
        <source>Leave “%1”?</source>
        <translation>‘%1’ verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="637"/>
        <source>Its posts and documents are removed from this computer. To come back, you need to join again or be invited.</source>
        <translation>De berichten en documenten ervan worden van deze computer verwijderd. Om terug te komen moet u opnieuw lid worden of uitgenodigd worden.</translation>
    </message>
    <message>
        <location filename="../../ui/members.py" line="641"/>
        <source>&amp;Leave group</source>
        <translation>Groep &amp;verlaten</translation>
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
        <location filename="../../ui/postview.py" line="155"/>
        <source>✔ answer</source>
        <translation>✔ antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="157"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="159"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="164"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="168"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="174"/>
        <source>Unmark answer</source>
        <translation>Niet meer als antwoord markeren</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="174"/>
        <source>Mark as answer</source>
        <translation>Als antwoord markeren</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="222"/>
        <location filename="../../ui/postview.py" line="434"/>
        <source>Retry</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="225"/>
        <location filename="../../ui/postview.py" line="435"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="234"/>
        <location filename="../../ui/postview.py" line="441"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/postview.py" line="237"/>
        <location filename="../../ui/postview.py" line="442"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PostListView</name>
    <message>
        <location filename="../../ui/stream.py" line="462"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="465"/>
        <source>Open attached file</source>
        <translation>Bijgevoegd bestand openen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="468"/>
        <source>Unlike</source>
        <translation>Vind ik niet meer leuk</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="468"/>
        <source>Like</source>
        <translation>Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="478"/>
        <source>Edit …</source>
        <translation>Bewerken …</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="479"/>
        <source>Delete …</source>
        <translation>Verwijderen …</translation>
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
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../ui/reminders.py" line="69"/>
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
        <location filename="../../ui/sendstate.py" line="42"/>
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
        <location filename="../../ui/sidebar.py" line="602"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="607"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="609"/>
        <source>%n mentions of you</source>
        <translation>
            <numerusform>%n vermelding van jou</numerusform>
            <numerusform>%n vermeldingen van jou</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="611"/>
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
        <location filename="../../ui/sidebar.py" line="687"/>
        <source>Groups and lists</source>
        <translation>Groepen en lijsten</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="789"/>
        <source>Mark as read</source>
        <translation>Als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="810"/>
        <source>Mark all as read</source>
        <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="792"/>
        <source>Copy group address</source>
        <translation>Groepsadres kopiëren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sidebar.py" line="802"/>
        <source>%n events could not be shown (kept for support)</source>
        <translation>
            <numerusform>%n gebeurtenis kon niet worden getoond (bewaard voor support)</numerusform>
            <numerusform>%n gebeurtenissen konden niet worden getoond (bewaard voor support)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="794"/>
        <source>Members …</source>
        <translation>Leden …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="797"/>
        <source>Leave group …</source>
        <translation>Groep verlaten …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="812"/>
        <source>New group …</source>
        <translation>Nieuwe groep …</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="821"/>
        <source>Dismiss</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="825"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="828"/>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <location filename="../../ui/stream.py" line="333"/>
        <source>answered question</source>
        <translation>beantwoorde vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="333"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="335"/>
        <source>failed to send</source>
        <translation>verzenden mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="339"/>
        <source>waiting to send</source>
        <translation>wacht op verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="342"/>
        <source>attached: %1</source>
        <translation>bijgevoegd: %1</translation>
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
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamPage</name>
    <message>
        <location filename="../../ui/stream.py" line="668"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="669"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;menten</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="671"/>
        <source>Show the group&apos;s documents</source>
        <translation>De documenten van de groep tonen</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="677"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="678"/>
        <source>No posts yet — write the first one.</source>
        <translation>Nog geen berichten — schrijf het eerste.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="838"/>
        <source>Not available offline</source>
        <translation>Niet offline beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="839"/>
        <source>This file is not on this computer yet. Open it again when you are connected.</source>
        <translation>Dit bestand staat nog niet op deze computer. Open het opnieuw wanneer u verbonden bent.</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="847"/>
        <source>File not opened</source>
        <translation>Bestand niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="848"/>
        <source>Could not open the file: %1</source>
        <translation>Het bestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="856"/>
        <source>Program not opened</source>
        <translation>Programma niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/stream.py" line="857"/>
        <source>“%1” is a program (%2), not a document. It is not opened.</source>
        <translation>‘%1’ is een programma (%2), geen document. Het wordt niet geopend.</translation>
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
        <location filename="../../ui/detail.py" line="122"/>
        <source>%1 (marked as the answer): %2</source>
        <translation>%1 (gemarkeerd als antwoord): %2</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <location filename="../../ui/detail.py" line="142"/>
        <source>Thread</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="146"/>
        <source>Close the detail pane</source>
        <translation>Detailvenster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="147"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="154"/>
        <source>Post and comments</source>
        <translation>Bericht en reacties</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="155"/>
        <source>&amp;Like</source>
        <translation>&amp;Vind ik leuk</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="158"/>
        <source>Like the post</source>
        <translation>Bericht leuk vinden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="159"/>
        <source>&amp;Retry sending</source>
        <translation>Opnieuw &amp;verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="161"/>
        <source>Retry sending the post</source>
        <translation>Bericht opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="162"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="164"/>
        <source>Discard the post that failed</source>
        <translation>Mislukt bericht weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="167"/>
        <source>Write a comment … Ctrl+Enter sends</source>
        <translation>Schrijf een reactie … Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="168"/>
        <source>New comment</source>
        <translation>Nieuwe reactie</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="170"/>
        <source>C&amp;omment</source>
        <translation>&amp;Reageren</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="172"/>
        <source>Send the comment</source>
        <translation>Reactie versturen</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="231"/>
        <source>&amp;Like (%1)</source>
        <translation>&amp;Vind ik leuk (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="233"/>
        <source>Question by %1</source>
        <translation>Vraag van %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="233"/>
        <source>Post by %1</source>
        <translation>Bericht van %1</translation>
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
