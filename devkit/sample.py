"""Sample data of the demo: cooperating municipalities of the Noord-Veluwe and a German partner.

The people directory (``resources/sample/people.csv``, as an HR system exports it) and the
groups (``resources/sample/groups.json``) are files, because IT provisions a real server from
exactly such files. Posts, comments, likes and documents are generated from them here,
deterministically, as plain dataclasses: the demo writes them into a local replica through
``client.ingest`` (``write_to_replica``), and provisioning can post the same values to a
Matrix server. Nothing here touches Qt or the network.

``python -m devkit.sample --write-resources`` regenerates the two files; they are committed,
so that hand edits (as IT would make them) survive until someone regenerates on purpose.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection

from client import ingest
from client.changes import Changes

SERVER = "intranet.test"
RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "sample"
SEED = 2026
# Fixed, so that the demo looks the same on every run; dates are spread over the weeks before.
NOW = datetime(2026, 3, 2, 9, 0)
LIKE = "👍"
CSV_COLUMNS = (
    "name",
    "user name",
    "email",
    "organisation",
    "department",
    "title",
    "skills",
    "phone",
    "location",
)


@dataclass(frozen=True)
class SampleOrganisation:
    key: str
    name: str
    description: str
    language: str  # "nl" or "de"
    mail_domain: str
    phone_prefix: str
    locations: tuple[str, ...]

    @property
    def room_id(self) -> str:
        return f"!{self.key}:{SERVER}"


ORGANISATIONS = (
    SampleOrganisation(
        "ermelo",
        "Gemeente Ermelo",
        "Gemeente Ermelo op de Veluwe.",
        "nl",
        "ermelo.example",
        "+31 341 555 1",
        ("Gemeentehuis Ermelo", "Gemeentewerf Ermelo"),
    ),
    SampleOrganisation(
        "harderwijk",
        "Gemeente Harderwijk",
        "Gemeente Harderwijk en Hierden.",
        "nl",
        "harderwijk.example",
        "+31 341 555 2",
        ("Stadhuis Harderwijk", "Servicepunt Drielanden", "Gemeentewerf Harderwijk"),
    ),
    SampleOrganisation(
        "zeewolde",
        "Gemeente Zeewolde",
        "Gemeente Zeewolde in Flevoland.",
        "nl",
        "zeewolde.example",
        "+31 36 555 3",
        ("Gemeentehuis Zeewolde",),
    ),
    SampleOrganisation(
        "sdnv",
        "Sociale Dienst Noord-Veluwe",
        "Gezamenlijke sociale dienst van de gemeenten in de regio Noord-Veluwe.",
        "nl",
        "sdnv.example",
        "+31 341 555 4",
        ("Kantoor Harderwijk", "Spreekuur Ermelo"),
    ),
    SampleOrganisation(
        "kleve",
        "Stadt Kleve",
        "Partnerstadt am Niederrhein, grenzüberschreitende Zusammenarbeit.",
        "de",
        "kleve.example",
        "+49 2821 555-",
        ("Rathaus Kleve", "Technisches Rathaus", "Bürgerbüro"),
    ),
)

# External partners: members of groups with no directory entry in any organisation.
EXTERNALS = (
    (
        "Architectenbureau Van Dijk & Kuipers",
        "architecten.example",
        ("Emma van Dijk", "Sven Kuipers", "Noor Bouzid", "Tim Verhoef"),
    ),
    (
        "Bouwbedrijf Hendriks Nunspeet",
        "bouw-hendriks.example",
        ("Gerrit Hendriks", "Anouk Hendriks", "Dennis Mol", "Jürgen Wessels"),
    ),
)

NL_FIRST = (
    "Anke Jeroen Sanne Daan Femke Joost Marieke Pieter Eline Bram Lotte Wouter Ineke Kees "
    "Annelies Maarten Floor Ruud Geert Hanneke Thijs Noor Sem Fleur Niels Mirjam Sjoerd Ilse "
    "Bart Loes Zoë Chloë Noël Eelco Rik Jasper Gerrit Wilma Henk Ans Fatima Mohamed Hatice "
    "Ayşe Joëlle Renée Inge Hester Tjerk Karin Marloes Gijs Roel Esther"
).split()
NL_LAST = (
    "de Vries|Jansen|de Jong|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
    "Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
    "van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|"
    "van Dijk|Koster|Prins|Huisman|Kuipers|van Beek|Veenstra|Scholten|Post|Willems|Bosch|"
    "Timmermans|Groen|Gerritsen|Verhoeven|van Wijk|Schouten|Hoekstra|Brinkman|Kramer|"
    "Eijkelboom|Ruiterkamp|van 't Hof|Boëseken|Ruïs|Hooijer|El Amrani|Öztürk"
).split("|")
DE_FIRST = (
    "Jürgen Sören Björn Jörg Käthe Günther Bärbel Uwe Heike Sabine Thomas Katrin Stefan "
    "Andrea Michael Claudia Frank Petra Jens Birgit Ute Dirk Kerstin Torsten Silke Lena "
    "Lukas Jonas Sophie Leon Hannah Ömer Gülay Matthias Franziska Tobias Julia"
).split()
DE_LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Zimmermann Braun Krüger Hartmann Lange Köhler "
    "Groß Jäger Böhm Weiß Strauß Möller Voß Heß Kühn Dörr Janßen Terhoeven"
).split()

NL_DEPARTMENTS = {
    "Publiekszaken": ("medewerker publiekszaken", "teamleider publiekszaken"),
    "Sociaal Domein": ("beleidsmedewerker sociaal domein", "consulent Wmo", "wijkcoach"),
    "Vergunningen": ("vergunningverlener", "medewerker bouw- en woningtoezicht"),
    "Toezicht en Handhaving": ("toezichthouder", "BOA", "handhavingsjurist"),
    "Ruimtelijke Ontwikkeling": ("beleidsadviseur ruimte", "projectleider", "stedenbouwkundige"),
    "Openbare Ruimte": ("opzichter", "medewerker buitendienst", "beheerder groen"),
    "Bedrijfsvoering": ("informatieadviseur", "controller", "HR-adviseur", "functioneel beheerder"),
    "Communicatie": ("communicatieadviseur", "webredacteur"),
}
SDNV_DEPARTMENTS = {
    "Werk en Inkomen": ("klantmanager", "consulent inkomen", "jobcoach"),
    "Schuldhulpverlening": ("schuldhulpverlener", "budgetcoach"),
    "Bijzondere Bijstand": ("consulent bijzondere bijstand",),
    "Staf": ("beleidsadviseur", "teamleider", "juridisch medewerker"),
}
DE_DEPARTMENTS = {
    "Bauamt": ("Sachbearbeiterin Bauordnung", "Bauingenieur", "Amtsleiter Bauamt"),
    "Jugendamt": ("Sozialarbeiterin", "Sachbearbeiter Elterngeld", "Teamleiterin ASD"),
    "Sozialamt": ("Sachbearbeiterin Sozialhilfe", "Sachbearbeiter Wohngeld"),
    "Bürgerbüro": ("Verwaltungsfachangestellte", "Sachbearbeiter Meldewesen"),
    "Wirtschaftsförderung": ("Referentin Euregio", "Projektkoordinator"),
}
SKILLS = {
    "nl": (
        "Wmo-indicatie",
        "Jeugdwet",
        "Participatiewet",
        "Omgevingswet",
        "bestemmingsplan",
        "handhaving",
        "schuldhulpverlening",
        "inburgering",
        "leerplicht",
        "aanbesteding",
        "AVG",
        "Power BI",
        "Excel",
        "GIS",
        "Duits",
        "mediation",
        "crisiscommunicatie",
        "coördinatie",
        "subsidieregeling",
        "BRP",
        "zaaksysteem",
        "armoedebeleid",
        "mantelzorg",
        "projectmanagement",
        "Arabisch",
        "Turks",
        "EHBO",
        "BHV",
    ),
    "de": (
        "Bauordnungsrecht",
        "Vergaberecht",
        "GIS",
        "Excel",
        "Datenschutz",
        "Jugendhilfe",
        "Kinderschutz",
        "Elterngeld",
        "Wohngeld",
        "Sozialhilfe",
        "Bebauungsplan",
        "Denkmalschutz",
        "Projektmanagement",
        "Niederländisch",
        "Türkisch",
        "Erste Hilfe",
        "Fördermittel",
        "Euregio",
        "Öffentlichkeitsarbeit",
        "Meldewesen",
    ),
}
EXTERNAL_SKILLS = ("bouwbegeleiding", "BIM", "duurzaam bouwen", "Bauleitung", "monumentenzorg")


# --- the data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SamplePerson:
    user_id: str
    name: str
    user_name: str
    email: str
    organisation: str  # the organisation's name, or the external partner's company
    department: str
    title: str
    skills: tuple[str, ...]
    phone: str
    location: str

    @property
    def organisation_key(self) -> str | None:
        """The key of the sample organisation, None for an external partner."""
        return next((o.key for o in ORGANISATIONS if o.name == self.organisation), None)


@dataclass(frozen=True)
class SampleGroup:
    key: str
    name: str
    description: str
    kind: str
    organisations: tuple[str, ...]  # organisation keys
    members: tuple[str, ...]  # user ids
    # Members of its organisations may join without an invitation ("Join groups").
    open: bool = False

    @property
    def room_id(self) -> str:
        return f"!{self.key}:{SERVER}"


@dataclass(frozen=True)
class SampleMessage:
    """A post, question or comment; ``thread_root`` is the key of the post of a comment."""

    key: str
    group: str
    author: str
    body: str  # Markdown, mentions as matrix.to links
    created_at: datetime
    kind: str  # "post", "question" or "comment"
    thread_root: str | None = None
    mentions: tuple[str, ...] = ()
    likes: tuple[str, ...] = ()
    # For a question: the key of the comment its author marked as the answer.
    answer: str | None = None


@dataclass(frozen=True)
class SampleDocument:
    key: str
    group: str
    name: str
    folder: str
    mimetype: str
    content: bytes
    author: str
    created_at: datetime

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def text(self) -> str | None:
        if self.mimetype.startswith("text/"):
            return self.content.decode("utf-8")
        return None


@dataclass(frozen=True)
class SampleData:
    organisations: tuple[SampleOrganisation, ...]
    people: tuple[SamplePerson, ...]
    groups: tuple[SampleGroup, ...]
    messages: tuple[SampleMessage, ...]
    documents: tuple[SampleDocument, ...]
    people_by_id: dict[str, SamplePerson] = field(default_factory=dict, compare=False)


# --- the directory and the groups (written to resources/sample) ----------------------------


def _local_part(name: str) -> str:
    # Dutch tussenvoegsels are kept and run together (Anke de Vries → anke.devries), as
    # Dutch municipalities do; umlauts become ae/oe/ue as in German e-mail addresses.
    first, _, last = name.partition(" ")
    text = f"{first}.{last}".lower()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(src, dst)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c == "."))


def generate_directory(seed: int = SEED) -> list[SamplePerson]:
    """About 300 people: staff of the five organisations and a few external partners."""
    rng = random.Random(seed)
    counts = {"ermelo": 66, "harderwijk": 80, "zeewolde": 50, "sdnv": 45, "kleve": 51}
    names = {
        "nl": [f"{f} {last}" for f in NL_FIRST for last in NL_LAST],
        "de": [f"{f} {last}" for f in DE_FIRST for last in DE_LAST],
    }
    for pool in names.values():
        rng.shuffle(pool)
    # The demo signs in as Anke de Vries of Harderwijk: make sure she is there, first.
    names["nl"].remove("Anke de Vries")
    names["nl"].insert(0, "Anke de Vries")
    used: set[str] = set()
    people: list[SamplePerson] = []
    for org in sorted(ORGANISATIONS, key=lambda o: o.key != "harderwijk"):
        departments = (
            DE_DEPARTMENTS
            if org.language == "de"
            else SDNV_DEPARTMENTS
            if org.key == "sdnv"
            else NL_DEPARTMENTS
        )
        pool = names[org.language]
        made = 0
        while made < counts[org.key]:
            name = pool.pop(0)
            local = _local_part(name)
            if local in used:
                continue
            used.add(local)
            department = rng.choice(sorted(departments))
            if name == "Anke de Vries":
                department = "Sociaal Domein"
            skills = rng.sample(SKILLS[org.language], rng.randint(1, 4))
            people.append(
                SamplePerson(
                    user_id=f"@{local}:{SERVER}",
                    name=name,
                    user_name=local,
                    email=f"{local}@{org.mail_domain}",
                    organisation=org.name,
                    department=department,
                    title=rng.choice(departments[department]),
                    skills=tuple(skills),
                    phone=f"{org.phone_prefix}{rng.randrange(100, 1000)}",
                    location=rng.choice(org.locations),
                )
            )
            made += 1
    for company, domain, staff in EXTERNALS:
        for name in staff:
            local = _local_part(name)
            people.append(
                SamplePerson(
                    user_id=f"@{local}:{SERVER}",
                    name=name,
                    user_name=local,
                    email=f"{local}@{domain}",
                    organisation=company,
                    department="",
                    title=rng.choice(("architect", "projectleider", "uitvoerder", "tekenaar")),
                    skills=tuple(rng.sample(EXTERNAL_SKILLS, 2)),
                    phone=f"+31 577 555 {rng.randrange(100, 1000)}",
                    location=company.split()[-1],
                )
            )
    return people


# (key, name, description, kind, organisation keys, departments whose staff join, language)
GROUP_SPECS: tuple[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "nieuws-harderwijk",
        "Nieuws Harderwijk",
        "Mededelingen voor alle medewerkers van Harderwijk.",
        "announcement",
        ("harderwijk",),
        ("*",),
    ),
    (
        "nieuws-ermelo",
        "Nieuws Ermelo",
        "Mededelingen voor alle medewerkers van Ermelo.",
        "announcement",
        ("ermelo",),
        ("*",),
    ),
    (
        "nieuws-zeewolde",
        "Nieuws Zeewolde",
        "Mededelingen voor alle medewerkers van Zeewolde.",
        "announcement",
        ("zeewolde",),
        ("*",),
    ),
    (
        "nieuws-sdnv",
        "Nieuws Sociale Dienst",
        "Mededelingen van de Sociale Dienst Noord-Veluwe.",
        "announcement",
        ("sdnv",),
        ("*",),
    ),
    (
        "aktuelles-kleve",
        "Aktuelles Kleve",
        "Neuigkeiten aus der Stadtverwaltung Kleve.",
        "announcement",
        ("kleve",),
        ("*",),
    ),
    (
        "wmo-regio",
        "Wmo Noord-Veluwe",
        "Uitvoering van de Wmo in de regio: indicaties, wachtlijsten, vervoer.",
        "team",
        ("ermelo", "harderwijk", "zeewolde"),
        ("Sociaal Domein",),
    ),
    (
        "jeugd-gezin",
        "Jeugd & Gezin",
        "Jeugdhulp, Jeugdwet en samenwerking met het onderwijs.",
        "team",
        ("ermelo", "harderwijk", "zeewolde"),
        ("Sociaal Domein",),
    ),
    (
        "schuldhulp",
        "Schuldhulpverlening",
        "Casusoverleg en werkafspraken schuldhulp.",
        "team",
        ("sdnv",),
        ("Schuldhulpverlening", "Werk en Inkomen"),
    ),
    (
        "werk-inkomen",
        "Werk en Inkomen",
        "Klantmanagers, Participatiewet en re-integratie.",
        "team",
        ("sdnv",),
        ("Werk en Inkomen", "Staf"),
    ),
    (
        "bijzondere-bijstand",
        "Bijzondere bijstand",
        "Aanvragen, beleidsregels en vragen over bijzondere bijstand.",
        "team",
        ("sdnv", "harderwijk"),
        ("Bijzondere Bijstand", "Staf"),
    ),
    (
        "vergunningen-regio",
        "Vergunningen Noord-Veluwe",
        "Vergunningverlening onder de Omgevingswet: afstemming tussen de gemeenten.",
        "team",
        ("ermelo", "harderwijk", "zeewolde"),
        ("Vergunningen",),
    ),
    (
        "handhaving",
        "Toezicht en Handhaving",
        "Handhavingsverzoeken, BOA-roosters en casuïstiek.",
        "team",
        ("ermelo", "harderwijk"),
        ("Toezicht en Handhaving",),
    ),
    (
        "omgevingswet",
        "Omgevingswet",
        "Implementatie van de Omgevingswet: omgevingsplan, DSO en werkprocessen.",
        "project",
        ("ermelo", "harderwijk", "zeewolde"),
        ("Vergunningen", "Ruimtelijke Ontwikkeling"),
    ),
    (
        "publiekszaken",
        "Publiekszaken",
        "Balie, BRP, reisdocumenten en afspraken.",
        "team",
        ("harderwijk", "ermelo"),
        ("Publiekszaken",),
    ),
    (
        "buitendienst",
        "Buitendienst & Openbare Ruimte",
        "Groen, wegen, gladheidsbestrijding en meldingen openbare ruimte.",
        "team",
        ("harderwijk", "ermelo", "zeewolde"),
        ("Openbare Ruimte",),
    ),
    (
        "ict-regio",
        "ICT Noord-Veluwe",
        "Storingen, wijzigingen en informatiebeveiliging.",
        "team",
        ("ermelo", "harderwijk", "zeewolde", "sdnv"),
        ("Bedrijfsvoering",),
    ),
    (
        "privacy",
        "Privacy & AVG",
        "Vragen over de AVG, datalekken en verwerkingsregister.",
        "community",
        ("ermelo", "harderwijk", "zeewolde", "sdnv"),
        ("Bedrijfsvoering", "Staf"),
    ),
    (
        "communicatie",
        "Communicatie",
        "Persberichten, website en social media.",
        "team",
        ("ermelo", "harderwijk", "zeewolde"),
        ("Communicatie",),
    ),
    (
        "hr-regio",
        "HR & Personeel",
        "Vacatures, opleidingen en verlofregelingen.",
        "team",
        ("ermelo", "harderwijk", "zeewolde", "sdnv"),
        ("Bedrijfsvoering",),
    ),
    (
        "sportpark-drielanden",
        "Nieuwbouw Sporthal Drielanden",
        "Bouwproject sporthal Drielanden met architect en aannemer.",
        "project",
        ("harderwijk",),
        ("Ruimtelijke Ontwikkeling", "Vergunningen", "Openbare Ruimte"),
    ),
    (
        "brede-school-zeewolde",
        "Brede school Zeewolde",
        "Bouw van de brede school: planning, bouwteam en omwonenden.",
        "project",
        ("zeewolde",),
        ("Ruimtelijke Ontwikkeling", "Sociaal Domein"),
    ),
    (
        "stadhuis-renovatie",
        "Renovatie stadhuis Harderwijk",
        "Verduurzaming en renovatie van het stadhuis.",
        "project",
        ("harderwijk",),
        ("Bedrijfsvoering", "Ruimtelijke Ontwikkeling"),
    ),
    (
        "grensoverschrijdend",
        "Grenzüberschreitende Zusammenarbeit / Grensoverschrijdend",
        "Kleve und die Noord-Veluwe: Austausch, Euregio-Projekte, Praktika.",
        "project",
        ("kleve", "harderwijk", "ermelo"),
        ("Wirtschaftsförderung", "Bedrijfsvoering", "Communicatie"),
    ),
    (
        "euregio-arbeitsmarkt",
        "Euregio Arbeitsmarkt / Arbeidsmarkt",
        "Grenzarbeit, Anerkennung von Abschlüssen, gemeinsame Jobbörse.",
        "project",
        ("kleve", "sdnv"),
        ("Wirtschaftsförderung", "Werk en Inkomen"),
    ),
    (
        "bauamt-kleve",
        "Bauamt Kleve",
        "Bauanträge, Bauleitplanung und Abstimmung im Bauamt.",
        "team",
        ("kleve",),
        ("Bauamt",),
    ),
    (
        "jugendamt-kleve",
        "Jugendamt Kleve",
        "Fallbesprechungen, Kita-Plätze und Elterngeld.",
        "team",
        ("kleve",),
        ("Jugendamt",),
    ),
    (
        "sozialamt-kleve",
        "Sozialamt Kleve",
        "Sozialhilfe, Wohngeld und Beratung.",
        "team",
        ("kleve",),
        ("Sozialamt",),
    ),
    (
        "buergerbuero-kleve",
        "Bürgerbüro Kleve",
        "Meldewesen, Ausweise und Terminvergabe.",
        "team",
        ("kleve",),
        ("Bürgerbüro",),
    ),
    (
        "jugendhilfe-nl-de",
        "Jugendhilfe / Jeugdhulp NL-DE",
        "Fachaustausch Jugendhilfe über die Grenze: Kinderschutz, Verfahren, Kontakte.",
        "community",
        ("kleve", "harderwijk", "ermelo", "zeewolde"),
        ("Jugendamt", "Sociaal Domein"),
    ),
    (
        "mantelzorg",
        "Mantelzorg & Vrijwilligers",
        "Ondersteuning van mantelzorgers en vrijwilligerswerk.",
        "community",
        ("ermelo", "harderwijk", "zeewolde"),
        ("Sociaal Domein",),
    ),
    (
        "inburgering",
        "Inburgering",
        "Wet inburgering, taaltrajecten en statushouders.",
        "team",
        ("harderwijk", "ermelo", "zeewolde", "sdnv"),
        ("Sociaal Domein", "Werk en Inkomen"),
    ),
    (
        "leerplicht",
        "Leerplicht & RMC",
        "Verzuim, vrijstellingen en samenwerking met scholen.",
        "team",
        ("harderwijk", "ermelo", "zeewolde"),
        ("Sociaal Domein",),
    ),
    (
        "duurzaamheid",
        "Duurzaamheid & Energie",
        "Energietransitie, zonnepanelen op daken, warmteplan.",
        "community",
        ("ermelo", "harderwijk", "zeewolde", "kleve"),
        ("Ruimtelijke Ontwikkeling", "Wirtschaftsförderung"),
    ),
    (
        "evenementen",
        "Evenementen",
        "Evenementenvergunningen, Harderwijkse Haringdagen, Sinterklaasintocht.",
        "team",
        ("harderwijk", "ermelo"),
        ("Vergunningen", "Toezicht en Handhaving", "Publiekszaken"),
    ),
    (
        "gladheid",
        "Gladheidsbestrijding",
        "Strooiroosters en meldingen in de winter.",
        "team",
        ("harderwijk", "ermelo", "zeewolde"),
        ("Openbare Ruimte",),
    ),
    (
        "zaaksysteem",
        "Zaaksysteem gebruikers",
        "Tips, vragen en wijzigingen in het zaaksysteem.",
        "community",
        ("ermelo", "harderwijk", "zeewolde", "sdnv"),
        ("Bedrijfsvoering", "Publiekszaken", "Vergunningen", "Werk en Inkomen"),
    ),
    (
        "bhv",
        "BHV & Veiligheid",
        "Bedrijfshulpverlening, ontruimingsoefeningen en EHBO.",
        "community",
        ("ermelo", "harderwijk", "zeewolde", "sdnv"),
        ("*bhv",),
    ),
    (
        "lunchwandelen",
        "Lunchwandelen & Sport",
        "Samen wandelen in de pauze, bedrijfsloop en fietsen naar het werk.",
        "community",
        ("ermelo", "harderwijk", "zeewolde", "sdnv", "kleve"),
        ("*some",),
    ),
    (
        "kantine",
        "Prikbord",
        "Te koop, gevonden voorwerpen en alles wat nergens anders past.",
        "community",
        ("ermelo", "harderwijk", "zeewolde", "sdnv", "kleve"),
        ("*some",),
    ),
    (
        "managementteam",
        "Managementteam regio",
        "Overleg van teamleiders en afdelingshoofden.",
        "team",
        ("ermelo", "harderwijk", "zeewolde", "sdnv"),
        ("*leads",),
    ),
)


# Groups anyone of their organisations may join; a few per organisation, and Anke de Vries,
# the demo's user, is not a member of all of them, so the demo has groups to join.
OPEN_GROUPS = frozenset(
    {
        "privacy",
        "jugendhilfe-nl-de",
        "mantelzorg",
        "duurzaamheid",
        "zaaksysteem",
        "bhv",
        "lunchwandelen",
        "kantine",
        "evenementen",
    }
)


def generate_groups(people: Sequence[SamplePerson], seed: int = SEED) -> list[SampleGroup]:
    """The 40 groups, with members chosen from the organisations and departments they serve."""
    rng = random.Random(seed + 1)
    groups: list[SampleGroup] = []
    by_org: dict[str, list[SamplePerson]] = {}
    for person in people:
        by_org.setdefault(person.organisation_key or "", []).append(person)
    externals = [p for p in people if p.organisation_key is None]
    for key, name, description, kind, orgs, departments in GROUP_SPECS:
        staff = [p for org in orgs for p in by_org.get(org, [])]
        if departments == ("*",):
            members = staff
        elif departments == ("*bhv",):
            members = [p for p in staff if "BHV" in p.skills or "EHBO" in p.skills]
        elif departments == ("*some",):
            members = rng.sample(staff, len(staff) // 4)
        elif departments == ("*leads",):
            members = [p for p in staff if "teamleider" in p.title or "hoofd" in p.title]
        else:
            members = [p for p in staff if p.department in departments]
        if (
            kind == "project"
            and ("harderwijk" in orgs or "zeewolde" in orgs)
            and "kleve" not in orgs
        ):
            members = [*members, *externals]  # architect and builder sit in the building projects
        if not any(p.name == "Anke de Vries" for p in members) and rng.random() < 0.3:
            members = [*members, *(p for p in people if p.name == "Anke de Vries")]
        groups.append(
            SampleGroup(
                key=key,
                name=name,
                description=description,
                kind=kind,
                organisations=orgs,
                members=tuple(dict.fromkeys(p.user_id for p in members)),
                open=key in OPEN_GROUPS,
            )
        )
    return groups


def people_csv(people: Sequence[SamplePerson]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in people:
        writer.writerow(
            (
                p.name,
                p.user_name,
                p.email,
                p.organisation,
                p.department,
                p.title,
                ";".join(p.skills),
                p.phone,
                p.location,
            )
        )
    return out.getvalue()


def groups_json(groups: Sequence[SampleGroup]) -> str:
    return (
        json.dumps(
            [
                {
                    "key": g.key,
                    "name": g.name,
                    "description": g.description,
                    "kind": g.kind,
                    "organisations": list(g.organisations),
                    "members": list(g.members),
                    **({"open": True} if g.open else {}),
                }
                for g in groups
            ],
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    )


def write_resources(directory: Path = RESOURCES, seed: int = SEED) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    people = generate_directory(seed)
    (directory / "people.csv").write_text(people_csv(people), encoding="utf-8")
    (directory / "groups.json").write_text(
        groups_json(generate_groups(people, seed)), encoding="utf-8"
    )


def load_people(path: Path) -> list[SamplePerson]:
    """People from an HR export with the columns of ``CSV_COLUMNS``."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            SamplePerson(
                user_id=f"@{row['user name']}:{SERVER}",
                name=row["name"],
                user_name=row["user name"],
                email=row["email"],
                organisation=row["organisation"],
                department=row["department"],
                title=row["title"],
                skills=tuple(s.strip() for s in row["skills"].split(";") if s.strip()),
                phone=row["phone"],
                location=row["location"],
            )
            for row in csv.DictReader(f)
        ]


def load_groups(path: Path) -> list[SampleGroup]:
    return [
        SampleGroup(
            key=g["key"],
            name=g["name"],
            description=g["description"],
            kind=g["kind"],
            organisations=tuple(g["organisations"]),
            members=tuple(g["members"]),
            open=g.get("open") is True,
        )
        for g in json.loads(path.read_text(encoding="utf-8"))
    ]


# --- posts, comments, likes and documents (generated) --------------------------------------

TOPICS = {
    "nl": (
        "de nieuwe werkinstructie",
        "het wachtlijstoverzicht",
        "de planning voor het tweede kwartaal",
        "het regionale convenant",
        "de beleidsregels bijzondere bijstand",
        "de evaluatie van de pilot",
        "het verslag van dinsdag",
        "de storing in het zaaksysteem",
        "de nieuwe huisstijl",
        "de aanvraag voor de evenementenvergunning",
        "het strooirooster",
        "de coördinatie met Kleve",
        "de inzet van BOA's tijdens de Haringdagen",
        "het verwerkingsregister",
        "de Wmo-indicaties",
        "de vacature voor een klantmanager",
        "de overgang naar de Omgevingswet",
        "het omgevingsplan",
        "de bouwvergadering van de sporthal",
        "de verhuizing naar de tweede etage",
    ),
    "de": (
        "die neue Dienstanweisung",
        "den Bauantrag Lindenallee",
        "die Kita-Bedarfsplanung",
        "das Protokoll vom Dienstag",
        "die Wohngeldreform",
        "die Fortbildung Datenschutz",
        "die Euregio-Förderung",
        "den Austausch mit Harderwijk",
        "die Öffnungszeiten des Bürgerbüros",
        "die Überprüfung der Straßenbeleuchtung",
        "den Bebauungsplan Nr. 84",
        "die Terminvergabe",
        "die Schließung der Turnhalle",
        "die Dienstreise nach Ermelo",
        "die Elterngeldanträge",
    ),
}
FOLDERS = {
    "nl": ("Verslagen", "Werkinstructies", "Beleid", "Formulieren"),
    "de": ("Protokolle", "Dienstanweisungen", "Vorlagen", "Formulare"),
}
WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
}

POSTS = {
    "nl": (
        (
            "**{Topic}**\n\nVanaf {date} werken we met {topic}. De belangrijkste wijzigingen "
            "staan in "
            "de map *{folder}*. Vragen? Zet ze hieronder."
        ),
        (
            "Terugkoppeling van het overleg van {weekday}: we hebben afgesproken dat {topic} vóór "
            "{date} klaar is. {mention} pakt de eerste versie op."
        ),
        "Herinnering: reacties op {topic} graag uiterlijk {date}. Dank voor jullie medewerking!",
        (
            "Goed nieuws: {topic} is afgerond 🎉 Dank aan iedereen die heeft meegeholpen, in het "
            "bijzonder {mention}."
        ),
        (
            "Wie gaat er mee naar de regiobijeenkomst op {date}? Ik rijd vanaf {location} en heb "
            "nog "
            "{n} plekken vrij."
        ),
        "Ter info: {location} is op {date} vanaf 16.00 uur gesloten vanwege onderhoud.",
        (
            "Ik heb een eerste opzet gemaakt voor {topic}:\n\n- wat we al hebben\n- wat nog "
            "ontbreekt\n- wie wat doet\n\nAanvullingen zijn welkom, {mention} kijkt mee."
        ),
    ),
    "de": (
        (
            "**{Topic}**\n\nAb {date} gilt {topic}. Die wichtigsten Änderungen liegen im Ordner "
            "*{folder}*. Fragen gerne hier drunter."
        ),
        (
            "Kurze Rückmeldung aus der Besprechung am {weekday}: {topic} soll bis {date} fertig "
            "sein. "
            "{mention} übernimmt den ersten Entwurf."
        ),
        "Erinnerung: Rückmeldungen zu {topic} bitte bis {date}. Vielen Dank!",
        "Gute Nachricht: {topic} ist abgeschlossen 🎉 Danke an alle, besonders an {mention}.",
        (
            "Wer fährt am {date} mit nach Harderwijk? Ich fahre ab {location} und habe noch {n} "
            "Plätze frei."
        ),
        "Zur Info: {location} ist am {date} ab 16 Uhr wegen Wartungsarbeiten geschlossen.",
    ),
}
QUESTIONS = {
    "nl": (
        (
            "Weet iemand hoe lang de behandeltermijn voor {topic} op dit moment is? Een inwoner "
            "belde "
            "er vanochtend over."
        ),
        "Wie heeft ervaring met {skill}? Ik heb een casus waar ik graag even over wil sparren.",
        (
            "Waar vind ik de laatste versie van {topic}? In de map *{folder}* staat nog die van "
            "vorig "
            "jaar."
        ),
        "Kan iemand uitleggen hoe ik {topic} in het zaaksysteem aan een zaak koppel?",
        "Mogen we {topic} al gebruiken, of wachten we op het collegebesluit?",
    ),
    "de": (
        (
            "Weiß jemand, wie lange die Bearbeitung für {topic} gerade dauert? Ein Bürger hat "
            "heute "
            "früh angerufen."
        ),
        "Wer kennt sich mit {skill} aus? Ich hätte einen Fall, den ich gern kurz besprechen würde.",
        (
            "Wo finde ich die aktuelle Fassung für {topic}? Im Ordner *{folder}* liegt noch die "
            "vom "
            "letzten Jahr."
        ),
        "Dürfen wir {topic} schon verwenden oder warten wir auf den Ratsbeschluss?",
    ),
}
ANSWERS = {
    "nl": (
        "{root_mention} dat is nu ongeveer {n} weken. We proberen het terug te brengen naar zes.",
        "{mention} weet daar alles van, die heeft vorig jaar precies hetzelfde uitgezocht.",
        "De nieuwste versie staat in de map *{folder}*, ik heb de oude net gearchiveerd.",
        "Ja, het college heeft op {weekday} ingestemd. Je kunt het gebruiken.",
        "Via het tabblad *Relaties* → *Zaak koppelen*. Lukt het niet, bel me even.",
    ),
    "de": (
        "{root_mention} aktuell etwa {n} Wochen. Wir versuchen, wieder auf vier zu kommen.",
        "Frag mal {mention}, die Kollegin hat das letztes Jahr genau so gemacht.",
        "Die neue Fassung liegt im Ordner *{folder}*, die alte habe ich gerade archiviert.",
        "Ja, der Rat hat am {weekday} zugestimmt. Du kannst es verwenden.",
    ),
}
COMMENTS = {
    "nl": (
        "Dank je, {first}!",
        "Helder, ik pas het aan in ons werkproces.",
        "Goed om te weten 👍",
        "Kunnen we dit op de agenda van het volgende overleg zetten?",
        "Bij ons in {org} werkt het net iets anders, ik stuur je de werkinstructie.",
        "Ik sluit aan!",
        "Top, dank voor het delen.",
        "{mention} zie je dit?",
        "Is hier ook een Duitse versie van? De collega's uit Kleve vroegen ernaar.",
        "Prima geregeld. Zijn de geïnteresseerden uit Zeewolde ook op de hoogte?",
    ),
    "de": (
        "Danke, {first}!",
        "Alles klar, ich passe das bei uns an.",
        "Gut zu wissen 👍",
        "Können wir das in der nächsten Besprechung aufgreifen?",
        "Ich bin dabei!",
        "{mention} hast du das gesehen?",
        "Gibt es das auch auf Niederländisch? Die Kollegen aus Harderwijk haben gefragt.",
        "Super, vielen Dank fürs Teilen.",
    ),
}

TARGET_MESSAGES = 2000
TARGET_DOCUMENTS = 60


def _mention(person: SamplePerson) -> str:
    return f"[{person.name}](https://matrix.to/#/{person.user_id})"


def _language(person: SamplePerson) -> str:
    return "de" if person.organisation_key == "kleve" else "nl"


def _fill(rng: random.Random, template: str, lang: str, values: dict[str, str]) -> str:
    topic = rng.choice(TOPICS[lang])
    date = NOW + timedelta(days=rng.randint(3, 40))
    fields = {
        "topic": topic,
        "Topic": topic[:1].upper() + topic[1:],
        "date": f"{date.day}-{date.month}" if lang == "nl" else f"{date.day}.{date.month}.",
        "weekday": rng.choice(WEEKDAYS[lang]),
        "folder": rng.choice(FOLDERS[lang]),
        "n": str(rng.randint(2, 9)),
        "skill": rng.choice(SKILLS[lang]),
        **values,
    }
    return template.format(**fields)


def generate(directory: Path = RESOURCES, seed: int = SEED) -> SampleData:
    """The sample data: directory and groups from ``directory``, the rest generated."""
    people = load_people(directory / "people.csv")
    groups = load_groups(directory / "groups.json")
    by_id = {p.user_id: p for p in people}
    rng = random.Random(seed + 2)
    messages = _messages(rng, groups, by_id)
    documents = _documents(rng, groups, by_id)
    return SampleData(
        organisations=ORGANISATIONS,
        people=tuple(people),
        groups=tuple(groups),
        messages=tuple(messages),
        documents=tuple(documents),
        people_by_id=by_id,
    )


def _messages(
    rng: random.Random, groups: Sequence[SampleGroup], by_id: dict[str, SamplePerson]
) -> list[SampleMessage]:
    out: list[SampleMessage] = []
    # Busy teams get more threads than announcement channels.
    weights = [len(g.members) ** 0.5 * (0.4 if g.kind == "announcement" else 1.0) for g in groups]
    count = 0
    while len(out) < TARGET_MESSAGES:
        group = rng.choices(groups, weights)[0]
        members = [by_id[m] for m in group.members if m in by_id]
        if len(members) < 2:
            continue
        author = rng.choice(members)
        lang = _language(author)
        others = [m for m in members if m is not author]
        started = NOW - timedelta(days=rng.uniform(1, 90))
        started = started.replace(hour=rng.randint(8, 16), minute=rng.randrange(60), second=0)
        question = group.kind != "announcement" and rng.random() < 0.3
        mentioned = rng.choice(others)
        values = {"mention": _mention(mentioned), "location": author.location}
        template = rng.choice((QUESTIONS if question else POSTS)[lang])
        root_key = f"m{count:04d}"
        count += 1
        replies: list[SampleMessage] = []
        answer: str | None = None
        at = started
        for _ in range(min(len(others), int(rng.expovariate(1 / 2.6)))):
            replier = rng.choice(others)
            rlang = _language(replier)
            at += timedelta(minutes=rng.randint(3, 600))
            if at >= NOW:
                break
            other = rng.choice([m for m in members if m is not replier])
            key = f"m{count:04d}"
            count += 1
            pool = ANSWERS if question and answer is None else COMMENTS
            body = _fill(
                rng,
                rng.choice(pool[rlang]),
                rlang,
                {
                    "mention": _mention(other),
                    "root_mention": _mention(author),
                    "first": author.name.split()[0],
                    "org": (author.organisation.replace("Gemeente ", "") or "ons team"),
                },
            )
            if question and answer is None:
                answer = key
            mentions = tuple(
                p.user_id for p in (other, author) if p.user_id in body and p is not replier
            )
            replies.append(
                SampleMessage(
                    key=key,
                    group=group.key,
                    author=replier.user_id,
                    body=body,
                    created_at=at,
                    kind="comment",
                    thread_root=root_key,
                    mentions=mentions,
                    likes=_likes(rng, members, replier, 3),
                )
            )
        body = _fill(rng, template, lang, values)
        out.append(
            SampleMessage(
                key=root_key,
                group=group.key,
                author=author.user_id,
                body=body,
                created_at=started,
                kind="question" if question else "post",
                mentions=(mentioned.user_id,) if mentioned.user_id in body else (),
                likes=_likes(rng, members, author, 12 if group.kind == "announcement" else 6),
                answer=answer if question and rng.random() < 0.7 else None,
            )
        )
        out.extend(replies)
    # Oldest first, as a server delivers them; a comment is always later than its post.
    out.sort(key=lambda m: (m.created_at, m.key))
    return out


def _likes(
    rng: random.Random, members: Sequence[SamplePerson], author: SamplePerson, most: int
) -> tuple[str, ...]:
    others = [m.user_id for m in members if m is not author]
    return tuple(rng.sample(others, min(len(others), int(rng.random() ** 2 * (most + 1)))))


def _pdf(title: str, lines: Sequence[str]) -> bytes:
    """A small but valid one-page PDF, so that viewers and the media cache see a real file."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 16 Tf", "72 770 Td", f"({escape(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        stream_lines += ["0 -18 Td", f"({escape(line)}) Tj"]
    stream = "\n".join([*stream_lines, "ET"]).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _documents(
    rng: random.Random, groups: Sequence[SampleGroup], by_id: dict[str, SamplePerson]
) -> list[SampleDocument]:
    docs: list[SampleDocument] = []
    working = [g for g in groups if g.kind != "announcement" and len(g.members) >= 2]
    for index in range(TARGET_DOCUMENTS):
        group = working[index % len(working)]
        members = [by_id[m] for m in group.members if m in by_id]
        author = rng.choice(members)
        lang = _language(author)
        when = NOW - timedelta(days=rng.uniform(1, 120))
        day = f"{when:%Y-%m-%d}"
        kind = index % 5
        topic = rng.choice(TOPICS[lang])
        if kind in (0, 1):
            attendees = rng.sample(members, min(len(members), 5))
            if lang == "nl":
                name, folder = f"Verslag overleg {day}.md", "Verslagen"
                text = (
                    f"# Verslag {group.name}, {day}\n\n## Aanwezig\n\n"
                    + "".join(f"- {p.name}\n" for p in attendees)
                    + f"\n## Besproken\n\n1. {topic}\n2. Rondvraag\n\n## Actiepunten\n\n"
                    f"- [ ] {attendees[0].name}: {topic} uitwerken\n"
                )
            else:
                name, folder = f"Protokoll Besprechung {day}.md", "Protokolle"
                text = (
                    f"# Protokoll {group.name}, {day}\n\n## Teilnehmende\n\n"
                    + "".join(f"- {p.name}\n" for p in attendees)
                    + f"\n## Themen\n\n1. {topic}\n2. Verschiedenes\n\n## Aufgaben\n\n"
                    f"- [ ] {attendees[0].name}: {topic} vorbereiten\n"
                )
            content, mimetype = text.encode(), "text/markdown"
        elif kind == 2:
            header = (
                "week;aanvragen;afgehandeld;wachttijd (dagen)"
                if lang == "nl"
                else "Woche;Anträge;erledigt;Wartezeit (Tage)"
            )
            rows = [
                f"{week};{(n := rng.randint(10, 60))};{rng.randint(5, n)};{rng.randint(2, 40)}"
                for week in range(1, 13)
            ]
            name = f"{'Overzicht' if lang == 'nl' else 'Übersicht'} {group.name} {when.year}.csv"
            folder = "Rapportages" if lang == "nl" else "Berichte"
            content, mimetype = ("\n".join([header, *rows]) + "\n").encode(), "text/csv"
        elif kind == 3:
            items = rng.sample(TOPICS[lang], 5)
            name = "Checklist.txt" if lang == "nl" else "Checkliste.txt"
            name = f"{name[:-4]} {index}.txt"
            folder = FOLDERS[lang][1]
            content = ("\n".join(f"[ ] {item}" for item in items) + "\n").encode()
            mimetype = "text/plain"
        else:
            title = f"{'Beleidsregels' if lang == 'nl' else 'Richtlinie'}: {topic}"
            name = f"{title.replace(':', '').replace(' ', '_')}.pdf"
            folder = FOLDERS[lang][2]
            content = _pdf(title, [group.name, f"{author.name}, {day}", topic])
            mimetype = "application/pdf"
        docs.append(
            SampleDocument(
                key=f"d{index:03d}",
                group=group.key,
                name=name,
                folder=folder,
                mimetype=mimetype,
                content=content,
                author=author.user_id,
                created_at=when,
            )
        )
    return docs


# --- into a replica -----------------------------------------------------------------------


def event_id(key: str) -> str:
    return f"${key}:{SERVER}"


def write_to_replica(conn: Connection, data: SampleData) -> Changes:
    """Write the sample into a replica through ``client.ingest``, in the caller's transaction.

    Memberships, likes and accepted answers have no ingest function yet; they are written
    directly here until sync grows one (then this should call it instead).
    """
    from client.render import render_markdown

    groups = {g.key: g for g in data.groups}
    changes = ingest.upsert_organisations(
        conn,
        [ingest.OrganisationRow(o.room_id, o.name, o.description) for o in data.organisations],
    )
    changes |= ingest.upsert_groups(
        conn,
        [
            ingest.GroupRow(
                g.room_id,
                g.name,
                g.description,
                g.kind,
                tuple(f"!{o}:{SERVER}" for o in g.organisations),
            )
            for g in data.groups
        ],
    )
    # External partners have no directory entry: that is what makes them external.
    changes |= ingest.upsert_people(
        conn,
        [
            ingest.PersonRow(
                user_id=p.user_id,
                name=p.name,
                organisation_id=f"!{p.organisation_key}:{SERVER}",
                organisation=p.organisation,
                title=p.title,
                department=p.department,
                skills=p.skills,
                phone=p.phone,
                email=p.email,
                location=p.location,
                updated_at=NOW,
            )
            for p in data.people
            if p.organisation_key is not None
        ],
    )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO membership (group_id, user_id, membership, display_name) "
        "VALUES (?, ?, 'join', ?)",
        [
            (g.room_id, member, data.people_by_id[member].name)
            for g in data.groups
            for member in g.members
            if member in data.people_by_id
        ],
    )
    changes |= ingest.ingest_messages(
        conn,
        [
            ingest.MessageRow(
                event_id=event_id(m.key),
                kind=m.kind,
                group_id=groups[m.group].room_id,
                author=m.author,
                body=m.body,
                body_html=render_markdown(m.body, mentions=None).html,
                created_at=m.created_at,
                thread_root_event_id=event_id(m.thread_root) if m.thread_root else None,
                mentions=m.mentions,
            )
            for m in data.messages
        ],
    )
    ids: dict[str, int] = dict(
        conn.exec_driver_sql("SELECT event_id, id FROM message WHERE event_id IS NOT NULL").all()
    )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO reaction (event_id, message_id, author, key, created_at, pending) "
        "VALUES (?, ?, ?, ?, ?, 0)",
        [
            (event_id(f"{m.key}-like-{i}"), ids[event_id(m.key)], user, LIKE, m.created_at)
            for m in data.messages
            for i, user in enumerate(m.likes)
        ],
    )
    conn.exec_driver_sql(
        "UPDATE message SET answer_id = ? WHERE id = ?",
        [
            (ids[event_id(m.answer)], ids[event_id(m.key)])
            for m in data.messages
            if m.answer is not None
        ],
    )
    changes |= ingest.upsert_documents(
        conn,
        [
            ingest.DocumentRow(
                id=d.key,
                group_id=groups[d.group].room_id,
                name=d.name,
                folder=d.folder,
                mimetype=d.mimetype,
                size=d.size,
                sha256=d.sha256,
                mxc_url=None,
                version=1,
                based_on=None,
                updated_by=d.author,
                updated_at=d.created_at,
                event_id=event_id(d.key),
                text_content=d.text,
            )
            for d in data.documents
        ],
    )
    return changes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Treffpunkt sample data")
    parser.add_argument(
        "--write-resources", action="store_true", help="regenerate people.csv and groups.json"
    )
    parser.add_argument("--directory", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    if args.write_resources:
        write_resources(args.directory)
    data = generate(args.directory)
    print(
        f"{len(data.people)} people, {len(data.groups)} groups, {len(data.messages)} messages, "
        f"{len(data.documents)} documents"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
