"""Deterministic German and Dutch text of a municipal intranet, for benchmarks.

A few hundred base words written by hand (nouns of municipal life, verbs, adjectives, names)
are combined into compounds (Jugend+fürsorge, Schaden+s+meldung, bouw+vergunning) and
inflected, which gives a vocabulary of tens of thousands of word forms. Words are drawn with
Zipf frequencies, so a few words are everywhere and most are rare, as in real text: that is
what makes full-text search slow in the tail, and a uniform vocabulary would hide it.

Everything is seeded: the same ``seed`` gives the same vocabulary, messages, people,
documents and queries on every run and machine (for one Python minor version). Bump
``VERSION`` whenever the output changes, so that a stored benchmark replica is rebuilt.
"""

from __future__ import annotations

import array
import itertools
import operator
import random
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

VERSION = "textgen-1"

GERMAN_SHARE = 0.6
MIN_WORDS = 8
MAX_WORDS = 60
ZIPF_S = 1.0
# A document's pages: how many (log-normal: most are short, a few run to dozens) and the words
# on one, in paragraphs of a few sentences.
PAGES_MU = 1.0  # median e**1.0 = 2.7 pages
PAGES_SIGMA = 0.9
MAX_PAGES = 120
PAGE_WORDS = (150, 400)
PARAGRAPH_WORDS = (15, 80)

# --- German -------------------------------------------------------------------------------

# Function words first: their order is their frequency rank.
DE_FUNCTION = (
    "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es "
    "an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so "
    "zum war haben nur oder aber vor zur bis mehr durch man dann soll wir ich Sie bitte heute "
    "morgen danke kann können muss müssen gibt schon hier da wenn weil ob alle diese dieser "
    "unsere unser ihr Ihre gerne kurz noch mal neue neuen ab sowie bzw. ca. gegen ohne wieder"
).split()

# Modifier stems with their linking element (Fugenelement): Schaden+s+meldung.
DE_MODIFIERS = (
    "Jugend: Schaden:s Bau: Sozial: Kinder: Schul: Verkehr:s Wohnung:s Stadt: Gemeinde: "
    "Bürger: Umwelt: Abfall: Wasser: Straße:n Haushalt:s Personal: Arbeit:s Gesundheit:s "
    "Familie:n Senior:en Krank: Urlaub:s Dienst: Feuerwehr: Ordnung:s Sport: Kultur: "
    "Friedhof:s Grün: Spiel: Kita: Eltern: Miet: Grund: Steuer: Gebühr:en Antrag:s Melde: "
    "Sitzung:s Rat:s Bezirk:s Hilfe: Pflege: Integration:s Flüchtling:s Sprach: Daten: "
    "Netz: Energie: Strom: Heiz: Fahrzeug: Bibliothek:s Museum:s Schwimmbad: Rathaus: "
    "Bauhof: Markt: Fest: Wahl: Brief: Akten: Vertrag:s Haus: Gewerbe: Lärm: Baum: Winter: "
    "Sommer: Notfall: Sicherheit:s Brand: Förder: Bildung:s Ausbildung:s Fortbildung:s "
    "Projekt: Termin: Jahres: Monat:s Wochen: Wald: Rad: Fuß: Bus: Park: Grab: Hunde: "
    "Amt:s Mitarbeiter: Kunden: Service: Büro: Haupt: Sonder: Ober: Bürgermeister: Kreis: "
    "Landes: Bundes: Einwohner: Melde: Pass: Ausweis: Standes: Ehe: Geburt:s Sterbe: "
    "Kranken: Renten: Wohngeld: Unterhalt:s Vormund:s Pflegekinder: Spielplatz: Radweg: "
    "Kanal: Licht: Schnee: Glas: Papier: Müll: Sperrmüll: Grünschnitt: Denkmal: Hoch: Tief:"
).split()

# Heads as singular|plural; "+x" appends to the singular, an empty plural has none.
DE_HEADS = (
    "amt|ämter fürsorge| meldung|+en antrag|anträge hilfe|+n plan|pläne stelle|+n "
    "gebühr|+en verwaltung|+en ordnung|+en bescheid|+e genehmigung|+en konzept|+e "
    "bericht|+e sitzung|+en vorlage|+n beratung|+en zentrum|zentren platz|plätze "
    "haus|häuser dienst|+e leitung|+en vertrag|verträge satzung|+en kosten| mittel| "
    "zuschuss|zuschüsse verfahren| prüfung|+en akte|+n liste|+n termin|+e gruppe|+n "
    "team|+s projekt|+e schule|+n garten|gärten straße|+n weg|+e recht|+e gesetz|+e "
    "pflicht|+en schutz| versicherung|+en kasse|+n konto|konten nummer|+n formular|+e "
    "portal|+e system|+e zeit|+en woche|+n fest|+e markt|märkte fahrt|+en wagen| "
    "stand|stände lage|+n fall|fälle frage|+n auskunft|auskünfte anfrage|+n "
    "beschwerde|+n bestätigung|+en ausweis|+e schein|+e karte|+n steuer|+n kraft|kräfte "
    "leiter|+in beauftragte|+n referat|+e abteilung|+en bereich|+e raum|räume saal|säle "
    "zimmer| büro|+s geld|+er beitrag|beiträge förderung|+en unterstützung|+en "
    "betreuung|+en versorgung|+en planung|+en entwicklung|+en sanierung|+en "
    "erweiterung|+en nutzung|+en arbeit|+en urlaub|+e rat|räte kommission|+en "
    "ausschuss|ausschüsse verordnung|+en richtlinie|+n erlass|+e konferenz|+en "
    "protokoll|+e statistik|+en übersicht|+en anmeldung|+en abmeldung|+en "
    "erstattung|+en zahlung|+en rechnung|+en mahnung|+en frist|+en gespräch|+e "
    "besprechung|+en schulung|+en kurs|+e ordner| verzeichnis|+se datei|+en "
    "vorschrift|+en wesen| zulage|+n schaden|schäden"
).split()

# Stand-alone nouns that are not heads of compounds (capitalised, singular|plural).
DE_NOUNS = (
    "Jugendamt| Bauantrag|Bauanträge Sozialhilfe| Meldung|+en Gebäude| Maßnahme|+n "
    "Öffnungszeiten| Schließung|+en Überprüfung|+en Größe|+n Bürgerbüro|+s Ärztin|+nen "
    "Kollegin|+nen Kollege|+n Vorgesetzte|+n Dezernent|+en Sachbearbeiterin|+nen "
    "Sachbearbeiter| Bürgermeisterin|+nen Stadtrat|Stadträte Haushalt|+e Ausschreibung|+en "
    "Vergabe|+n Digitalisierung| Datenschutz| Homeoffice| Besucher| Anwohner| Nachbar|+n "
    "Kita|+s Grundschule|+n Kindergarten|Kindergärten Turnhalle|+n Feuerwache|+n "
    "Friedhof|Friedhöfe Parkhaus|Parkhäuser Brücke|+n Kreuzung|+en Baustelle|+n "
    "Umleitung|+en Sperrung|+en Wochenende|+n Feiertag|+e Dienstreise|+n Überstunde|+n "
    "Krankmeldung|+en Elternzeit| Teilzeit| Vertretung|+en Einarbeitung|+en "
    "Personalrat|Personalräte Stellenausschreibung|+en Bewerbung|+en Vorstellungsgespräch|+e "
    "Einladung|+en Tagesordnung|+en Beschluss|Beschlüsse Frist|+en Unterschrift|+en "
    "Anlage|+n Entwurf|Entwürfe Rückmeldung|+en Anregung|+en Vorschlag|Vorschläge"
).split()

DE_VERBS = (
    "prüf bearbeit meld plan beantrag genehmig bestätig inform bespre "
    "organis schick sammel such brauch frag antwort kläre änder ergänz aktualis lad "
    "stell zahl erstatt vereinbar verschieb verleg kümmer unterstütz begleit betreu "
    "berat öffn schließ feier teil leit sicher koordinier digitalisier dokumentier "
    "veröffentlich verteil übernehm entscheid empfehl erinner"
).split()
DE_VERB_ENDINGS = ("en", "e", "t", "st", "te", "ten")

DE_ADJECTIVES = (
    "neu alt groß klein wichtig dringend öffentlich sozial städtisch kommunal digital "
    "zuständig verfügbar geschlossen offen nächst letzt kurz lang schnell gut schön "
    "barrierefrei gemeinsam interkommunal regional ehrenamtlich freiwillig vorläufig "
    "endgültig aktuell bisherig zusätzlich monatlich jährlich wöchentlich"
).split()
DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")

# --- Dutch --------------------------------------------------------------------------------

NL_FUNCTION = (
    "de het een en van in is dat op te voor met zijn niet aan er om ook als bij of uit door "
    "naar maar nog wel dan over kan wordt we ik je u graag vandaag morgen bedankt dit deze "
    "die ons onze hun wie wat waar hoe al alle meer geen hier daar moet moeten kunnen zal "
    "zullen even nu eens weer tot na zonder tegen via per mvg groet"
).split()

NL_MODIFIERS = (
    "jeugd: bouw: zorg: woning: gemeente: burger: verkeer:s milieu: afval: water: straat: "
    "parkeer: school: kinder: sport: cultuur: werk: huur: belasting: subsidie: vergunning:s "
    "raad:s wijk: buurt: dienst: personeel:s ouderen: gezin:s schuld: inkomen:s "
    "participatie: welzijn:s onderwijs: groen: speel: fiets: brand: veiligheid:s "
    "gezondheid:s informatie: data: project: plan: bestemming:s omgeving:s grond: huis: "
    "bedrijf:s markt: evenement:en begraaf: bibliotheek: zwembad: gemeentehuis: stad:s "
    "dorp:s winter: zomer: nood: crisis: beleid:s budget: kwaliteit:s klant: contact: "
    "afspraak: aanvraag: melding:s klacht:en wmo: jeugdhulp: schuldhulp: bijstand:s "
    "uitkering:s re-integratie: leerplicht: taal: inburgering:s statushouder:s vluchteling:en "
    "arbeid:s loon: pensioen: ziekte: verlof: opleiding:s trainings: vakantie: "
    "kwartaal: jaar: week: maand: dag: avond: bestuur:s college: wethouder:s "
    "burgemeester:s griffie: archief: post: zaak: kennis: netwerk: regio: Veluwe:"
).split()

NL_HEADS = (
    "vergunning|+en loket|+ten plan|+nen beleid| aanvraag|aanvragen melding|+en "
    "dienst|+en team|+s overleg|+gen verordening|+en regeling|+en budget|+ten kosten| "
    "subsidie|+s zorg| hulp| centrum|centra gebouw|+en straat|straten weg|+en huis|huizen "
    "school|scholen raad|raden commissie|+s afdeling|+en medewerker|+s coördinator|+en "
    "consulent|+en adviseur|+s rapport|+en verslag|+en notitie|+s brief|brieven "
    "formulier|+en procedure|+s project|+en planning|+en ontwikkeling|+en onderzoek|+en "
    "beheer| onderhoud| toezicht| handhaving| controle|+s inspectie|+s dossier|+s "
    "systeem|systemen portaal|portalen kaart|+en pas|+sen termijn|+en week|weken "
    "dag|+en avond|+en vergadering|+en bijeenkomst|+en training|+en cursus|+sen "
    "agenda|'s besluit|+en advies|adviezen vraag|vragen antwoord|+en kantoor|kantoren "
    "ruimte|+n zaal|zalen lijst|+en map|+pen bestand|+en overzicht|+en rooster|+s "
    "uren| tarief|tarieven heffing|+en betaling|+en factuur|facturen nota|'s "
    "wet|+ten recht|+en plicht|+en fonds|+en pot|+ten regio|'s gebied|+en wijk|+en "
    "park|+en plein|+en markt|+en feest|+en dienstverlening| uitvoering| beoordeling|+en "
    "indicatie|+s toekenning|+en beschikking|+en"
).split()

NL_NOUNS = (
    "gemeente|+n vergunning|+en melding|+en wethouder|+s burgemeester|+s raadslid|raadsleden "
    "inwoner|+s bewoner|+s collega|'s leidinggevende|+n ambtenaar|ambtenaren "
    "teamleider|+s beleidsmedewerker|+s klantmanager|+s wijkcoach|+es "
    "coördinatie| ideeën| reünie|+s enquête|+s café|+s privacy| thuiswerken| "
    "wachtlijst|+en spreekuur|spreekuren stadhuis| gemeentehuis| raadhuis| "
    "sporthal|+len bibliotheek|bibliotheken zwembad|zwembaden begraafplaats|+en "
    "rotonde|+s fietspad|+en omleiding|+en afsluiting|+en weekend|+en feestdag|+en "
    "ziekmelding|+en verlofaanvraag|verlofaanvragen vacature|+s sollicitatie|+s "
    "uitnodiging|+en agendapunt|+en besluit|+en deadline|+s handtekening|+en bijlage|+n "
    "concept|+en terugkoppeling|+en voorstel|+len Wmo| Participatiewet| Omgevingswet|"
).split()

NL_VERBS = (
    "werk maak stuur vraag antwoord plan regel bel mail deel zoek check controleer "
    "bespreek organiseer informeer ondersteun begeleid adviseer meld beoordeel verwerk "
    "behandel verleng verschuif verplaats open sluit vier leid coördineer digitaliseer "
    "publiceer verdeel beslis herinner update"
).split()

NL_ADJECTIVES = (
    "nieuw oud groot klein belangrijk dringend openbaar sociaal gemeentelijk digitaal "
    "beschikbaar gesloten open volgend vorig kort lang snel goed mooi toegankelijk "
    "gezamenlijk regionaal vrijwillig voorlopig definitief actueel extra maandelijks "
    "jaarlijks wekelijks financieel geïnteresseerd"
).split()

# --- Names, places, skills, documents ----------------------------------------------------

DE_FIRST = (
    "Jürgen Anke Sören Björn Jörg Käthe Günther Bärbel Uwe Heike Sabine Thomas Katrin "
    "Stefan Andrea Michael Claudia Frank Petra Jens Birgit Ute Dirk Kerstin Torsten Silke "
    "Maik Nicole Jan Lena Lukas Mia Jonas Sophie Leon Emma Finn Hannah Ömer Zoë Gülay "
    "Matthias Franziska Tobias Julia Annegret Hans-Peter Marie-Luise"
).split()
DE_LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
    "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
    "Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Köhler Groß Jäger "
    # Turkish dotless i on purpose (Yilmaz): names that folding must not mangle.
    "Günther Böhm Weiß Fuß Strauß Möller Voß Heß Kühn Dörr Yılmaz Öztürk Nowak"  # noqa: RUF001
).split()
NL_FIRST = (
    "Anke Jeroen Sanne Daan Femke Joost Marieke Pieter Eline Bram Lotte Wouter Ineke Kees "
    "Annelies Maarten Floor Ruud Geert Hanneke Thijs Noor Sem Fleur Niels Mirjam Sjoerd "
    "Ilse Bart Loes Zoë Chloë Noël Eelco Rik Jasper Gerrit Wilma Henk Ans Fatima Mohamed "
    "Hatice Ayşe Joëlle"
).split()
NL_LAST = (
    "de_Vries Jansen de_Jong van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder de_Groot "
    "Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf "
    "van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen "
    "van_Dijk Koster Prins Huisman Kuipers van_Beek Veenstra Scholten Post Willems Bosch "
    "Timmermans Groen Gerritsen Verhoeven van_Wijk Schouten Hoekstra Brinkman Kramer "
    "Eijkelboom Ruiterkamp van_'t_Hof Boëseken"
).split()

DE_TITLES = (
    "Sachbearbeiterin",
    "Sachbearbeiter",
    "Teamleiterin",
    "Teamleiter",
    "Referentin",
    "Referent",
    "Sozialarbeiterin",
    "Sozialarbeiter",
    "Amtsleiterin",
    "Amtsleiter",
    "Verwaltungsfachangestellte",
    "Ingenieurin",
    "Ingenieur",
    "Auszubildende",
    "Hausmeister",
    "Erzieherin",
    "Fachberaterin",
    "Datenschutzbeauftragte",
)
NL_TITLES = (
    "beleidsmedewerker",
    "beleidsadviseur",
    "klantmanager",
    "consulent Wmo",
    "wijkcoach",
    "teamleider",
    "afdelingshoofd",
    "juridisch medewerker",
    "vergunningverlener",
    "toezichthouder",
    "medewerker publiekszaken",
    "projectleider",
    "secretaresse",
    "informatieadviseur",
    "jeugdconsulent",
    "schuldhulpverlener",
    "stagiair",
    "BOA",
)
DE_DEPARTMENTS = (
    "Jugendamt",
    "Sozialamt",
    "Bauamt",
    "Ordnungsamt",
    "Bürgerbüro",
    "Standesamt",
    "Personalamt",
    "Kämmerei",
    "Stadtplanung",
    "Grünflächenamt",
    "Schulverwaltung",
    "IT-Service",
    "Feuerwehr",
    "Kulturamt",
    "Umweltamt",
    "Hauptamt",
)
NL_DEPARTMENTS = (
    "Publiekszaken",
    "Sociaal Domein",
    "Ruimtelijke Ontwikkeling",
    "Vergunningen",
    "Toezicht en Handhaving",
    "Bedrijfsvoering",
    "Financiën",
    "Openbare Ruimte",
    "Jeugd en Onderwijs",
    "Werk en Inkomen",
    "Informatievoorziening",
    "Griffie",
    "Communicatie",
    "Personeel en Organisatie",
    "Wmo-loket",
    "Schuldhulpverlening",
)
SKILLS = (
    "Bauordnungsrecht",
    "Vergaberecht",
    "GIS",
    "Excel",
    "SAP",
    "Datenschutz",
    "Jugendhilfe",
    "Kinderschutz",
    "Elterngeld",
    "Wohngeld",
    "Sozialhilfe",
    "Baugenehmigung",
    "Bebauungsplan",
    "Denkmalschutz",
    "Projektmanagement",
    "Moderation",
    "Türkisch",
    "Arabisch",
    "Niederländisch",
    "Gebärdensprache",
    "Erste Hilfe",
    "Brandschutz",
    "Haushaltsrecht",
    "Personalrecht",
    "Öffentlichkeitsarbeit",
    "Social Media",
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
    "privacy",
    "AVG",
    "Power BI",
    "Python",
    "Duits",
    "Engels",
    "mediation",
    "crisiscommunicatie",
    "coördinatie",
    "subsidieregeling",
    "BRP",
    "Zaaksysteem",
    "armoedebeleid",
    "huisvesting",
    "ouderenzorg",
    "mantelzorg",
    "Verkehrsplanung",
    "Stadtentwicklung",
    "Friedhofsverwaltung",
    "Abfallwirtschaft",
    "Klimaschutz",
    "Energieberatung",
    "Fördermittel",
    "Integrationskurs",
    "Schulentwicklung",
)
DE_LOCATIONS = ("Rathaus", "Technisches Rathaus", "Bauhof", "Bürgerbüro Mitte", "Jugendzentrum")
NL_LOCATIONS = ("Stadhuis", "Gemeentehuis", "Gemeentewerf", "Servicepunt", "Wijkcentrum")
DOCUMENT_TYPES = (
    ("pdf", "application/pdf"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("txt", "text/plain"),
    ("md", "text/markdown"),
    ("csv", "text/csv"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("png", "image/png"),
)
DE_FOLDERS = ("Protokolle", "Vorlagen", "Formulare", "Berichte", "Konzepte", "Verträge", "")
NL_FOLDERS = ("Verslagen", "Sjablonen", "Formulieren", "Rapportages", "Beleid", "Contracten", "")
YEARS = ("2023", "2024", "2025", "2026")


def fold_ascii(text: str) -> str:
    """Lower case ASCII for user ids and e-mail addresses (Müller → mueller, ß → ss)."""
    text = text.lower()
    pairs = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ı", "i"))  # noqa: RUF001
    for src, dst in pairs:
        text = text.replace(src, dst)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


def _plural(entry: str) -> tuple[str, str | None]:
    singular, _, plural = entry.partition("|")
    if not plural:
        return singular, None
    if plural.startswith("+"):
        return singular, singular + plural[1:]
    if plural.startswith("'"):
        return singular, singular + plural
    return singular, plural


@dataclass(frozen=True)
class Language:
    """The vocabulary of one language in frequency-rank order, with Zipf cumulative weights."""

    code: str
    words: tuple[str, ...]
    cum_weights: tuple[float, ...]
    function_count: int
    # Heads of compounds (lower case), for queries on compound parts.
    heads: tuple[str, ...]
    # Compounds, for rare words and prefixes.
    compounds: tuple[str, ...]
    # The words repeated in proportion to their Zipf weight (see ``_urns``).
    head_urn: tuple[str, ...]
    tail_urn: tuple[str, ...]

    def draw(self, rng: random.Random, n: int) -> list[str]:
        """``n`` words with Zipf frequencies."""
        words = _draw(rng, self.head_urn, n)
        tails = iter(_draw(rng, self.tail_urn, words.count(_TAIL)))
        return [w or next(tails) for w in words]


URN_SLOTS = 1 << 16  # indexable by one unsigned 16-bit draw
_TAIL = ""  # marks a slot of the head urn whose word is drawn from the tail urn


def _zipf(n: int) -> list[float]:
    return [1.0 / (rank**ZIPF_S) for rank in range(1, n + 1)]


def _apportion(weights: Sequence[float], slots: int) -> list[int]:
    """Slots per weight, at least one each, summing to ``slots`` (largest remainder)."""
    spare = slots - len(weights)
    total = sum(weights)
    shares = [w / total * spare for w in weights]
    counts = [1 + int(share) for share in shares]
    left = slots - sum(counts)
    by_remainder = sorted(range(len(weights)), key=lambda i: int(shares[i]) - shares[i])
    for i in by_remainder[:left]:
        counts[i] += 1
    return counts


def _fill(words: Sequence[str], counts: Sequence[int]) -> tuple[str, ...]:
    return tuple(
        itertools.chain.from_iterable(
            itertools.repeat(word, count) for word, count in zip(words, counts, strict=True)
        )
    )


def _urns(words: Sequence[str], weights: Sequence[float]) -> tuple[tuple[str, ...], ...]:
    # Two urns of 2**16 slots each: the frequent words in the first, in proportion to their
    # weight; the first urn's last slots stand for the rest, which share the second urn. A
    # draw is then one 16-bit index (or two), and a batch of draws is one C call.
    total = sum(weights)
    head = next((i for i, w in enumerate(weights) if w / total * URN_SLOTS < 2), len(weights))
    tail_mass = sum(weights[head:]) / total
    tail_slots = round(tail_mass * URN_SLOTS)
    head_urn = _fill(
        [*words[:head], _TAIL],
        [*_apportion(weights[:head], URN_SLOTS - tail_slots), tail_slots],
    )
    tail_urn = _fill(words[head:], _apportion(weights[head:], URN_SLOTS)) if tail_slots else ()
    return head_urn, tail_urn


def _draw(rng: random.Random, urn: Sequence[str], n: int) -> list[str]:
    if n == 0:
        return []
    indices = array.array("H", rng.randbytes(2 * n))
    if sys.byteorder == "big":
        indices.byteswap()  # the same words on every machine
    if n == 1:
        return [urn[indices[0]]]
    return list(operator.itemgetter(*indices)(urn))


def _german(rng: random.Random) -> Language:
    heads = [_plural(h) for h in DE_HEADS]
    compounds: list[str] = []
    for entry in DE_MODIFIERS:
        stem, _, link = entry.partition(":")
        for head, plural in heads:
            compounds.append(f"{stem}{link}{head}")
            if plural:
                compounds.append(f"{stem}{link}{plural}")
    common: list[str] = []
    for entry in DE_NOUNS:
        singular, plural = _plural(entry)
        common.append(singular)
        if plural:
            common.append(plural)
    for head, plural in heads:
        common.append(head.capitalize())
        if plural:
            common.append(plural.capitalize())
    for verb in DE_VERBS:
        common.extend(verb + ending for ending in DE_VERB_ENDINGS)
        # No ge- after an inseparable prefix or in -ieren verbs: geprüft, but bestätigt.
        inseparable = verb.startswith(("be", "ver", "er", "ent", "emp", "über", "ge"))
        common.append(verb + "t" if inseparable or verb.endswith("ier") else f"ge{verb}t")
    for adjective in DE_ADJECTIVES:
        common.extend(adjective + ending for ending in DE_ADJ_ENDINGS)
    common.extend(DE_FIRST)
    common.extend(DE_LAST)
    return _language("de", rng, DE_FUNCTION, common, compounds, [h for h, _ in heads])


def _dutch(rng: random.Random) -> Language:
    heads = [_plural(h) for h in NL_HEADS]
    compounds: list[str] = []
    for entry in NL_MODIFIERS:
        stem, _, link = entry.partition(":")
        stem = stem.lower() if stem != "Veluwe" else stem
        for head, plural in heads:
            compounds.append(f"{stem}{link}{head}")
            if plural:
                compounds.append(f"{stem}{link}{plural}")
    common: list[str] = []
    for entry in NL_NOUNS:
        singular, plural = _plural(entry)
        common.append(singular)
        if plural:
            common.append(plural)
    for head, plural in heads:
        common.append(head)
        if plural:
            common.append(plural)
    for verb in NL_VERBS:
        # 't kofschip: a stem ending in a voiceless consonant takes -te, others -de.
        past = "te" if verb[-1] in "tkfsp" or verb.endswith("ch") else "de"
        prefix = "" if verb.startswith(("be", "ver", "ont", "her")) else "ge"
        common.extend((verb, verb + "t", verb + "en", verb + past, verb + past + "n"))
        common.append(prefix + verb + ("t" if past == "te" else "d"))
    for adjective in NL_ADJECTIVES:
        common.extend((adjective, adjective + "e"))
    common.extend(NL_FIRST)
    common.extend(name.replace("_", " ").split()[-1] for name in NL_LAST)
    return _language("nl", rng, NL_FUNCTION, common, compounds, [h for h, _ in heads])


def _language(
    code: str,
    rng: random.Random,
    function: Sequence[str],
    common: Sequence[str],
    compounds: Sequence[str],
    heads: Sequence[str],
) -> Language:
    # Ranks: function words, then the common words shuffled, then compounds shuffled. A
    # dict keeps the first (most frequent) rank of a word that occurs twice.
    common_list = list(dict.fromkeys(common))
    rng.shuffle(common_list)
    compound_list = list(dict.fromkeys(compounds))
    rng.shuffle(compound_list)
    words = tuple(dict.fromkeys([*function, *common_list, *compound_list]))
    weights = _zipf(len(words))
    head_urn, tail_urn = _urns(words, weights)
    return Language(
        code=code,
        words=words,
        cum_weights=tuple(itertools.accumulate(weights)),
        function_count=len(function),
        heads=tuple(dict.fromkeys(heads)),
        compounds=tuple(compound_list),
        head_urn=head_urn,
        tail_urn=tail_urn,
    )


@dataclass(frozen=True)
class Person:
    user_id: str
    name: str
    organisation_index: int
    title: str
    department: str
    skills: tuple[str, ...]
    phone: str
    email: str
    location: str


@dataclass(frozen=True)
class DocumentName:
    name: str
    folder: str
    extension: str
    mimetype: str


@dataclass(frozen=True)
class Message:
    """One generated post or comment. ``root`` is the index of the post a comment belongs to."""

    index: int
    kind: str
    group: int
    author: int
    body: str
    created_at: datetime
    root: int | None
    mentions: tuple[int, ...]


class TextGenerator:
    """Seeded source of messages, people, document names and queries."""

    def __init__(self, seed: int = 20260101, server: str = "bench.test") -> None:
        self.seed = seed
        self.server = server
        rng = random.Random(seed)
        self.german = _german(rng)
        self.dutch = _dutch(rng)

    @property
    def vocabulary_size(self) -> int:
        return len(set(self.german.words) | set(self.dutch.words))

    def word_forms(self) -> set[str]:
        """Every word the generator can write: text, names, titles, places, skills, folders."""
        fixed = (
            *DE_FIRST,
            *DE_LAST,
            *NL_FIRST,
            *(name.replace("_", " ") for name in NL_LAST),
            *DE_TITLES,
            *NL_TITLES,
            *DE_DEPARTMENTS,
            *NL_DEPARTMENTS,
            *SKILLS,
            *DE_LOCATIONS,
            *NL_LOCATIONS,
            *DE_FOLDERS,
            *NL_FOLDERS,
        )
        return set(self.german.words) | set(self.dutch.words) | set(fixed)

    # -- text ------------------------------------------------------------------------------

    def sentences(
        self, rng: random.Random, lengths: Sequence[int], language: Language
    ) -> list[str]:
        """Texts of the given word counts in one language, drawn in one call for speed."""
        words = language.draw(rng, sum(lengths))
        texts: list[str] = []
        start = 0
        for length in lengths:
            chunk = words[start : start + length]
            start += length
            first = chunk[0]
            chunk[0] = first[:1].upper() + first[1:]
            # A full stop every dozen words or so makes it read like text to a human tester.
            if length > 14:
                cut = length // 2
                chunk[cut - 1] += "."
                chunk[cut] = chunk[cut][:1].upper() + chunk[cut][1:]
            texts.append(" ".join(chunk) + ".")
        return texts

    def text(self, rng: random.Random, words: int, german: bool) -> str:
        return self.sentences(rng, [words], self.german if german else self.dutch)[0]

    def pages(self, rng: random.Random, german: bool) -> list[str]:
        """The pages of a document's text: paragraphs of municipal prose, one per line."""
        count = min(MAX_PAGES, max(1, round(rng.lognormvariate(PAGES_MU, PAGES_SIGMA))))
        shape: list[list[int]] = []
        for _ in range(count):
            left, paragraphs = rng.randint(*PAGE_WORDS), []
            while left > 0:
                n = min(left, rng.randint(*PARAGRAPH_WORDS))
                paragraphs.append(max(n, 2))
                left -= n
            shape.append(paragraphs)
        texts = iter(
            self.sentences(rng, [n for page in shape for n in page], self._language(german))
        )
        return ["\n".join(next(texts) for _ in page) for page in shape]

    def sheets(self, rng: random.Random, german: bool) -> list[tuple[str, str]]:
        """A workbook's sheets as (name, text): rows of cells separated by tabs, words and
        amounts, as a spreadsheet's text reads."""
        language = self._language(german)
        out = []
        for number in range(1, rng.randint(1, 4) + 1):
            rows = rng.randint(10, 300)
            widths = [rng.randint(2, 8) for _ in range(rows)]
            words = iter(language.draw(rng, sum(widths)))
            lines = [
                "\t".join(
                    next(words) if rng.random() < 0.7 else f"{rng.randrange(1, 100_000)},00"
                    for _ in range(width)
                )
                for width in widths
            ]
            out.append((f"{'Tabelle' if german else 'Blad'}{number}", "\n".join(lines)))
        return out

    def _language(self, german: bool) -> Language:
        return self.german if german else self.dutch

    def messages(
        self,
        count: int,
        *,
        groups: int,
        people: int,
        start: datetime = datetime(2023, 1, 1),
        span: timedelta = timedelta(days=3 * 365),
        batch: int = 1000,
    ) -> Iterator[list[Message]]:
        """``count`` messages in batches, oldest first; 30 % posts (some questions), 70 %
        comments on a recent post of the same group. Busy groups get more (Zipf again)."""
        rng = random.Random(self.seed + 1)
        group_weights = list(itertools.accumulate(1.0 / (g + 1) ** 0.8 for g in range(groups)))
        recent_posts: list[list[int]] = [[] for _ in range(groups)]
        step = span / max(count, 1)
        index = 0
        while index < count:
            n = min(batch, count - index)
            # Per-message draws in bulk: one C call instead of one Python call per message.
            spread = MAX_WORDS - MIN_WORDS + 1
            lengths = [MIN_WORDS + b % spread for b in rng.randbytes(n)]
            german = [rng.random() < GERMAN_SHARE for _ in range(n)]
            authors = rng.choices(range(people), k=n)
            de_texts = iter(
                self.sentences(
                    rng, [k for k, g in zip(lengths, german, strict=True) if g], self.german
                )
            )
            nl_texts = iter(
                self.sentences(
                    rng, [k for k, g in zip(lengths, german, strict=True) if not g], self.dutch
                )
            )
            group_of = rng.choices(range(groups), cum_weights=group_weights, k=n)
            out: list[Message] = []
            for offset in range(n):
                i = index + offset
                group = group_of[offset]
                body = next(de_texts) if german[offset] else next(nl_texts)
                posts = recent_posts[group]
                roll = rng.random()
                root: int | None = None
                if posts and roll >= 0.3:
                    kind = "comment"
                    root = posts[-1 - int(rng.random() ** 2 * len(posts))]
                else:
                    kind = "question" if roll < 0.045 else "post"
                    posts.append(i)
                    if len(posts) > 20:
                        del posts[0]
                mentions: tuple[int, ...] = ()
                if rng.random() < 0.03:
                    mentions = (rng.randrange(people),)
                out.append(
                    Message(
                        index=i,
                        kind=kind,
                        group=group,
                        author=authors[offset],
                        body=body,
                        created_at=start + step * i,
                        root=root,
                        mentions=mentions,
                    )
                )
            index += n
            yield out

    # -- people and documents ----------------------------------------------------------------

    def people(self, count: int, organisations: int) -> list[Person]:
        rng = random.Random(self.seed + 2)
        seen: dict[str, int] = {}
        result: list[Person] = []
        for _ in range(count):
            german = rng.random() < GERMAN_SHARE
            first = rng.choice(DE_FIRST if german else NL_FIRST)
            last = rng.choice(DE_LAST if german else NL_LAST).replace("_", " ")
            name = f"{first} {last}"
            local = fold_ascii(f"{first}.{last.replace(' ', '').replace(chr(39), '')}")
            seen[local] = seen.get(local, 0) + 1
            if seen[local] > 1:
                local = f"{local}{seen[local]}"
            org = rng.randrange(organisations)
            result.append(
                Person(
                    user_id=f"@{local}:{self.server}",
                    name=name,
                    organisation_index=org,
                    title=rng.choice(DE_TITLES if german else NL_TITLES),
                    department=rng.choice(DE_DEPARTMENTS if german else NL_DEPARTMENTS),
                    skills=tuple(rng.sample(SKILLS, rng.randint(1, 5))),
                    phone=(
                        f"+49 2821 84-{rng.randrange(100, 999)}"
                        if german
                        else f"+31 341 {rng.randrange(100000, 999999)}"
                    ),
                    email=f"{local}@{self.server}",
                    location=rng.choice(DE_LOCATIONS if german else NL_LOCATIONS),
                )
            )
        return result

    def document_names(self, count: int) -> Iterator[DocumentName]:
        rng = random.Random(self.seed + 3)
        for _ in range(count):
            german = rng.random() < GERMAN_SHARE
            language = self.german if german else self.dutch
            # Names are drawn from the compounds' frequent end: Bauantrag_2024.pdf.
            word = language.compounds[int(rng.random() ** 3 * len(language.compounds))]
            extension, mimetype = rng.choice(DOCUMENT_TYPES)
            year = rng.choice(YEARS)
            folder = rng.choice(DE_FOLDERS if german else NL_FOLDERS)
            if folder and rng.random() < 0.5:
                folder = f"{folder}/{year}"
            name = f"{word[:1].upper()}{word[1:]}_{year}"
            if rng.random() < 0.3:
                name += f"_v{rng.randint(2, 9)}"
            yield DocumentName(f"{name}.{extension}", folder, extension, mimetype)

    # -- queries -----------------------------------------------------------------------------

    def queries(self, count: int = 200, *, seed_offset: int = 4) -> list[tuple[str, str]]:
        """``count`` (category, query) pairs: single common and rare words, typed prefixes,
        compound parts, people by skill and two words, in fixed shares."""
        rng = random.Random(self.seed + seed_offset)
        shares = (
            ("common word", 0.2),
            ("rare word", 0.2),
            ("prefix", 0.2),
            ("compound part", 0.15),
            ("skill", 0.1),
            ("two words", 0.15),
        )
        out: list[tuple[str, str]] = []
        for category, share in shares:
            n = round(count * share)
            for _ in range(n):
                language = self.german if rng.random() < GERMAN_SHARE else self.dutch
                out.append((category, self._query(rng, category, language)))
        out = out[:count]
        while len(out) < count:
            out.append(("common word", self._query(rng, "common word", self.german)))
        return out

    def _content_word(self, rng: random.Random, language: Language, low: int, high: int) -> str:
        lo = language.function_count + low
        hi = min(language.function_count + high, len(language.words))
        return language.words[rng.randrange(lo, hi)]

    def _query(self, rng: random.Random, category: str, language: Language) -> str:
        if category == "common word":
            return self._content_word(rng, language, 0, 300)
        if category == "rare word":
            return self._content_word(rng, language, 5000, 40000)
        if category == "prefix":
            word = self._content_word(rng, language, 0, 5000).lower()
            return word[: rng.randint(3, 5)]
        if category == "compound part":
            return rng.choice(language.heads)
        if category == "skill":
            return rng.choice(SKILLS)
        # Two words people would look for together: one of the frequent, one of the middling.
        first = self._content_word(rng, language, 0, 2000)
        second = self._content_word(rng, language, 0, 200)
        return f"{first} {second}"
