"""Mentions of entities in one article: table names, name chunks, people, aliases, coreference.

Everything works on the working text (boilerplate blanked, mojibake repaired). Each mention
points at one entity (or, for "the two countries", several). Sentences are then rendered as
templates in which every mention is a placeholder «<kind><index>», so relation rules can be
short regexes over "«P3», «C1»'s Ambassador to «C2», ...".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import groupby

from rapidfuzz.distance import Levenshtein

from graph.model import entity_id, slugify
from graph.vocabulary import EntityType
from ingest.extract import gazetteer as gz
from ingest.extract.clean import Working
from ingest.extract.dates import MONTHS, WEEKDAYS
from ingest.extract.header import Dateline
from ingest.extract.lexicon import (
    APOS,
    CONNECTORS,
    HON,
    HONORIFICS,
    LOW,
    MONTH_WORDS,
    NAME_PARTICLES,
    NOT_NAME,
    PORTFOLIO_WORDS,
    SENTENCE_CACHE,
    TITLE,
    TITLE_HEAD_WORDS,
    TITLE_RE,
    TITLE_WORDS,
    UP,
    Anchored,
    Cues,
    letter_words,
    literal_anchor,
    words,
)

KIND_OF_TYPE = {
    EntityType.COUNTRY: "C",
    EntityType.PERSON: "P",
    EntityType.INSTITUTION: "I",
    EntityType.ORGANIZATION: "O",
    EntityType.PROJECT: "J",
}


@dataclass
class Mention:
    start: int  # working-text offsets
    end: int
    kind: str  # C country, D demonym, L place, I/O/J bodies, P person, G/Q groups
    ents: tuple[str, ...]
    # name | alias | acronym | capital | demonym | coref | group | place | speaker ("I" in a speech)
    role: str = "name"
    affil: str = ""  # "the Moroccan minister": the country the description names
    name_start: int = -1  # persons: the name without honorifics
    name_end: int = -1


@dataclass
class EntityInfo:
    id: str
    type: EntityType
    name: str
    first: int
    aliases: list[str] = field(default_factory=list)
    head: str = ""  # head noun, lower case ("institute", "pipeline"), for "the Institute"
    roles: set[str] = field(default_factory=set)  # persons: office words seen ("ambassador")
    tokens: tuple[str, ...] = ()  # persons: name tokens
    folded: frozenset[str] = frozenset()  # persons: the tokens casefolded, for look-ups
    acronym: str = ""
    shown: bool = False  # has a mention outside other names (emitted when True)
    affil: set[str] = field(default_factory=set)  # persons: countries their posts name


# --- name chunks -------------------------------------------------------------------------

# a capitalised token after its capital ("Erasmus+": a plus ends it)
_TOK_REST = (
    rf"[\w\-–]*(?:[{APOS}](?!s\b)[\w\-]+)*(?:\+(?![\w+]))?"
    # "Farmers' Agricultural and Rural Training Centre", "Workers' Party": a plural possessive
    # inside a name, before a capitalised word
    rf"(?:(?<=[a-z]s)[{APOS}](?=[^\S\n]+[{UP}]))?"
    # ("Da Nang People's Committee", "Women's Union": an irregular plural's possessive, the same)
    rf"(?:(?:(?<=People)|(?<=Women)|(?<=Children))[{APOS}]s(?=[^\S\n]+[{UP}])"
    # ("National Prosecutor's Office", "Prosecutor General's Office": a legal officer's office;
    # not "Attorney General's", a title cut out of names)
    rf"|(?:(?<=Prosecutor)|(?<=Prosecutor\sGeneral)|(?<=Ombudsman)|(?<=Defender))[{APOS}]s"
    rf"(?=[^\S\n]+Office\b))?"
)
_TOK = rf"(?:[a-z]-)?[{UP}]{_TOK_REST}|\d{{4}}(?=\s+[{UP}])"
# ("Pontificia Universidad Católica Madre y Maestra": the Spanish "y" inside a name)
_CONN = (r"(?:of|for|and|on|the|de|du|des|la|le|da|do|dos|das|del|della|di|van|von|der|den|naar|"
         # ("Mohammed bin Rashid School of Government", "Hamad bin Khalifa University": a
         # patronymic particle inside a body's name, its head right after the next word; not a
         # person's "Adel bin Saad Al-Harbi")
         # ("Mohammed bin Mubarak Al Khalifa Academy": a family name of up to three words)
         r"es|y|&|(?:bin|ibn)(?=(?:[^\S\n]+[A-Z][\w-]*){1,3}[^\S\n]+(?:School|University|College|"
         r"Institute|Academy|Foundation|Centre|Center|Hospital|Library|Fund|Prize|Award)\b))")
_SP = r"[^\S\n]+"  # spaces within a line: a name never runs over a line break
# ("the Arrangement on a Working Holiday Scheme": an article after an agreement's head and its
# "on" or "for")
_HEAD_ON_A = (rf"(?:(?<=Agreement)|(?<=Arrangement)|(?<=Convention)|(?<=Treaty)|(?<=Protocol)|"
              rf"(?<=Memorandum)|(?<=Declaration)|(?<=Accord)){_SP}(?:on|for){_SP}an?(?={_SP}[{UP}])")
# ("Institut d'Economie Rurale": the French elided "d'" before a name's word)
# ("the Ministry of Foreign Affairs U Kyaw Min": the Burmese honorifics "U" and "Daw" open a
# person's name after a body's, no word of it)
_CHUNK_MORE = (rf"(?:(?:{_HEAD_ON_A})?{_SP}(?:{_CONN}{_SP})*(?:d[{APOS}](?=[{UP}]))?"
               rf"(?!(?:U|Daw){_SP}[{UP}][{LOW}])(?:{_TOK}))*")
# A name chunk, at a word start (see _chunk_matches).
# ("St. George's University", "Saint Mary's College": a saint's possessive opens a name, as
# "His Majesty's")
# (a school's or a university's name only: "Saint Lucia's Ministry of ..." is a state's body)
_SAINT_OPENER = (rf"(?:t\.?|aint){_SP}[{UP}][\w-]*[{APOS}]s{_SP}"
                 rf"(?=(?:[{UP}][\w-]*{_SP}){{0,2}}(?:University|College|School|Academy|Institute)\b)"
                 rf"(?:{_TOK})")
_CHUNK = re.compile(rf"(?:(?:His|Her){_SP}Majesty[{APOS}]s{_SP}(?:{_TOK})|S{_SAINT_OPENER}|"
                    rf"(?:{_TOK})){_CHUNK_MORE}")
# _CHUNK at a word start that is a capital or a digit, written to open with that character
# class: re then scans for the class in C instead of trying the pattern (and a look-behind) at
# every character. The look-behinds after the first character pick _CHUNK's branch for it.
_CHUNK_AT = re.compile(
    rf"[{UP}0-9](?<!\w.)(?:(?<=H)(?:is|er){_SP}Majesty[{APOS}]s{_SP}(?:{_TOK})"
    rf"|(?<=S){_SAINT_OPENER}"
    rf"|(?<=[{UP}]){_TOK_REST}|(?<=[0-9])\d{{3}}(?=\s+[{UP}])){_CHUNK_MORE}"
)


_AFFAIRES_OF = re.compile(r"Affaires\s+(?:a\.\s?i\.\s+)?of\s+(?:the\s+)?(?=[A-Z])")


def _chunk_matches(text: str) -> Iterator[re.Match[str]]:
    r"""The matches of (?<!\w)(?=[UP0-9]|[a-z]-) + _CHUNK over the text. _CHUNK_AT finds those
    that open with a capital or a digit; one that opens with a lower-case letter and a hyphen
    ("e-Government") has a capital two characters on, where _CHUNK_AT finds its rest."""
    pos = 0
    while (m := _CHUNK_AT.search(text, pos)) is not None:
        p = m.start() - 2
        if p >= pos and text[p + 1] == "-" and "a" <= text[p] <= "z" and text[p + 2].isalpha() \
                and not (p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_")):
            m = _CHUNK.match(text, p) or m  # (always matches there)
        yield m
        pos = m.end()


# body heads that a lower-case "project" or "programme" right after them turns into a project
_TAILED_HEADS = frozenset(("network", "platform"))
_ACRONYM = re.compile(rf"\s*\((?P<acr>[A-Z][A-Za-z{UP[3:]}{LOW[3:]}&\-]{{1,11}})\)")
_LOWER_TAIL = re.compile(
    # lower-case modifiers, never function words ("Karachi and Gwadar by road" names nothing)
    r"(?P<tail>(?:\s+(?!(?:by|on|in|at|to|from|via|of|for|with|and|or|the|a|an|its|their|his|her)"
    r"\b)[a-z][a-z\-]+){0,3}?\s+(?:railway line|railway|road|highway|motorway|expressway|"
    r"pipeline|project|"
    # "the Greater Tortue Ahmeyim (GTA) gas field"
    r"gas field|oil field|"
    r"programme|program|scheme|corridor|initiative|bridge|dam|tunnel|agreement|plant))\b"
)

INST_HEADS = frozenset(
    words(
        """ministry embassy consulate mission institute institution university college academy
        school faculty agency authority board bureau office department council centre center
        parliament assembly senate congress cabinet forces force army navy police court
        tribunal directorate inspectorate service guard commission committee subcommittee presidency
        administration
        treasury
        universitas universiti universidad universidade université universität instituto
        colegio hospital library archives survey ecole école institut
        autonome foundation fondation fundación fundação stiftung museum
        xunta generalitat landtag politecnico politécnico"""
    )
)
ORG_HEADS = frozenset(
    words(
        """organization organisation union community forum alliance group association
        federation confederation chamber bank fund society league movement
        secretariat airways airlines railways corporation company network party club conclave
        chambers coalition"""
    )
)
PROJ_HEADS = frozenset(
    words(
        """project projects programme programmes program initiative corridor railway road highway
        motorway expressway pipeline tunnel bridge airport dam factory route agreement treaty
        memorandum convention
        protocol accord pact compact arrangement charter partnership strategy plan framework
        mechanism area zone scheme declaration facility exchange process telescope plant
        instrument interconnector grants conduct package roadmap"""
    )
)
# A chunk ending in one of these is a venue or an event, not an entity.
_NOT_ENTITY_TAIL = frozenset(
    words(
        """house palace hall building buildings base square street avenue lodge stadium hotel
        lecture lectures summit conference session seminar meeting meetings dialogue talks
        week day games cup festival expo exhibition award awards lecture series workshop
        ceremony visit guest guests"""
    )
)
_SUBNATIONAL = frozenset(words("Regional Autonomous Provincial"))
_DIALOGUE_CHANNEL = re.compile(
    # ("have cooperated on T within the framework of (by means of) the A-B Political
    # Consultations": a standing round of consultations named as the channel, its topic between)
    r"\b(?:(?:cooperated|co-operated|collaborated|worked\s+together|worked)\s+"
    r"(?:(?:closely|since\s+\d{4})\s+)?(?:on\s+[a-z][a-z\s,-]{0,60}?\s+)?"
    r"(?:under|through|within(?:\s+the\s+framework\s+of)?|in|by\s+means\s+of|by\s+way\s+of)|"
    r"(?:taken|taking|takes|took)\s+part\s+in|participated\s+in|"
    r"(?:a\s+)?(?:partner|participant)\s+in)"
    r"\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?\Z"
)
_BUILDING_ACTIVITY = frozenset(words("Capacity Peace Institution Confidence Nation State"))
_TITLE_ANCHORED = Anchored(TITLE_RE, f"[{UP}]", fused=True)
_DEGREE = re.compile(r"^(?:Master|Bachelor|Doctor|Diploma)\b")
_LEGISLATURES = frozenset({"Parliament", "Congress", "Senate"})


def _head(tokens: list[str]) -> str:
    """Head noun: the last keyword before the first 'of/for/on', else the last keyword."""
    return _head_of(tuple(tokens))


@lru_cache(maxsize=50_000)  # names recur within and across articles
def _head_of(tokens: tuple[str, ...]) -> str:
    cut = len(tokens)
    for i, t in enumerate(tokens):
        if t in ("of", "for", "on") and i > 0:
            if t == "of" and i + 2 < len(tokens) and tokens[i + 2].lower() in (
                    "convention", "treaty", "agreement", "protocol", "charter"):
                continue  # "Council of Europe Convention on ...": a convention, not a council
            cut = i
            break
    # "Claire Dubeau on Parliament Hill": a name before "on" with no head word of its own takes
    # none from the place after it (a body's head comes before its "on": "Committee on X")
    spans = (tokens[:cut],) if cut < len(tokens) and tokens[cut] == "on" else (tokens[:cut], tokens)
    for span in spans:
        for k, t in enumerate(reversed(span)):
            low = t.lower()
            if low == "mou":
                return "memorandum"  # "MoU on Cooperation in ...": a memorandum's name
            if low == "compact" and k:
                continue  # "Compact of Free Association", not a headline's "Compact Talks"
            if low == "administration" and k + 1 < len(span) and span[-k - 2] == "Public":
                continue  # "... and Public Administration": a field of study, not an agency
            if low in ("cross", "crescent") and k == 0 and len(span) > 1 and span[-2] == "Red":
                return "society"  # "the Norwegian Red Cross": a national society
            if low in INST_HEADS or low in ORG_HEADS or low in PROJ_HEADS:
                return low
            if k == 0 and "-" in low and low.rsplit("-", 1)[1] in INST_HEADS:
                # "Goethe-Institut": a founder's name joined to the head by a hyphen
                return low.rsplit("-", 1)[1]
            if k == 0 and "-" in low and low.rsplit("-", 1)[0] in INST_HEADS and \
                    t.rsplit("-", 1)[1][:1].isupper():
                # "National Defence University-Kenya": the head, a hyphen and the state's name
                # that tells the body from its namesakes
                return low.rsplit("-", 1)[0]
    if len(tokens) >= 3 and tokens[0] == "House" and tokens[1] == "of" and (
            tokens[-1] in _CHAMBERS
            # ("House of Representatives of Egypt": the chamber and the state it belongs to)
            or len(tokens) >= 5 and tokens[2] in _CHAMBERS and tokens[3] == "of"):
        return "parliament"  # "House of Representatives", "House of Commons": a legislature
    return ""


# What a legislative "House of ..." is made of
_CHAMBERS = frozenset(
    words("Representatives Commons Lords Assembly Councillors Delegates Peers Keys Federation")
)


# a state's combining form before a hyphen: "Franco-", "Sino-"
_COMBINING = frozenset(words("Franco Sino Russo Italo Luso Anglo Hispano Germano Greco Nippo"))
_PAIR_PREFIX = re.compile(rf"[{UP}][\w’']+[-–][{UP}][\w’']+")


# the organs of a multilateral body that take its name ("ECOWAS Commission"); not its missions
# ("OSCE Mission to Moldova", an Institution)
_ORGAN_HEADS = frozenset(words("commission parliament assembly council court tribunal committee"))


def _body_type(tokens: list[str], head: str) -> EntityType | None:
    if not head:
        return None
    low = [t.lower() for t in tokens]
    if head in ("commission", "committee", "council") and (
            "joint" in low or "intergovernmental" in low or "inter-governmental" in low):
        return EntityType.PROJECT
    if head in ("commission", "committee", "council") and _PAIR_PREFIX.fullmatch(tokens[0]) and (
            len(gz.scan_name(tokens[0])) + (re.split("[-–]", tokens[0])[0] in _COMBINING) == 2):
        # "Saudi-Iraqi Coordination Council": a bilateral mechanism ("Franco-Paraguayan
        # Education Committee": a state's combining form before the other's demonym)
        return EntityType.PROJECT
    if head in ("committee", "council") and ("olympic" in low or "paralympic" in low):
        # "the Kuwait Olympic Committee", "the Olympic Council of Asia": the bodies of the
        # Olympic movement are associations, no state's (as a federation or a club)
        return EntityType.ORGANIZATION
    if head == "group" and ("joint" in low or "working" in low) and _PAIR_PREFIX.fullmatch(
            tokens[0]) and len(gz.scan_name(tokens[0])) == 2:
        # "Peru-Chile Joint Working Group on Mining": a mechanism ("Fiji-Tonga Maritime Working
        # Group": a working group of the two states, "Joint" left out)
        return EntityType.PROJECT
    if head == "fund" and ("cooperation" in low or _PAIR_PREFIX.fullmatch(tokens[0]) and (
            len(gz.scan_name(tokens[0])) == 2)):
        return EntityType.PROJECT  # "ECOWAS-Spain Fund for Migration": a channel, not a body
    if head == "fund" and low[-1] == "fund" and len(low) > 2 and low[-2] == "support":
        return EntityType.PROJECT  # "Education Sector Support Fund": a pooled fund, a channel
    if head == "fund" and "for" in low and low.index("for") == low.index("fund") + 1 and (
            low.index("fund") > 0):
        # "Qatar Fund for Development": a state's own development fund (not "ECOWAS Fund for
        # ...", whose name opens with a multilateral body)
        prefix = " ".join(tokens[: low.index("fund")])
        found = gz.scan_name(prefix)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(prefix) and (
                found[0].entry.kind in (gz.COUNTRY, gz.CAPITAL, gz.DEMONYM)):
            return EntityType.INSTITUTION
    if head == "bank" and len(tokens) <= 5 and (
            low[:2] == ["bank", "of"] or low[:3] in (["central", "bank", "of"],
                                                      ["national", "bank", "of"])):
        # "Bank of Mongolia", "Central Bank of Kenya": a state's central bank (not "Asian
        # Development Bank"), named by its one state
        rest = " ".join(tokens[low.index("of") + 1 :])
        found = gz.scan_name(rest)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(rest) and (
                found[0].entry.kind == gz.COUNTRY):
            return EntityType.INSTITUTION
    if head == "secretariat" and low[0] in ("presidential", "state"):
        # "Presidential Secretariat": the head of state's office; "State Secretariat for
        # Economic Affairs": a state's office, as a ministry
        return EntityType.INSTITUTION
    if head == "secretariat" and low[0] == head and len(tokens) > 2 and (
            low[1] in ("of", "for") and tokens[2] in PORTFOLIO_WORDS):
        # "Secretariat of Science, Humanities, Technology and Innovation": a state's ministry
        # named by its portfolio (not "the Secretariat of the Pacific Community")
        return EntityType.INSTITUTION
    if head in _ORGAN_HEADS and low[-1] == head and len(tokens) >= 2:
        # "ECOWAS Commission", "ECOWAS Parliament": an organ of a multilateral body
        prefix = " ".join(tokens[:-1])
        found = gz.scan_name(prefix)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(prefix) and (
                found[0].entry.body_type is EntityType.ORGANIZATION):
            return EntityType.ORGANIZATION
    if head in ("council", "commission", "assembly") and "of" in low and (
            {"States", "Countries", "Nations"} & set(tokens[low.index("of") + 1:])):
        # "Council of Arab and African States Bordering the Red Sea": a body of states
        return EntityType.ORGANIZATION
    if head == "chamber" and ("legislative" in low or "deputies" in low or "upper" in low or (
            "lower" in low)):
        # "Legislative Chamber of the Oliy Majlis", "Chamber of Deputies": a house of a
        # parliament, not a chamber of commerce
        return EntityType.INSTITUTION
    if head == "agency" and low[0] == "international":
        # "International Renewable Energy Agency": an intergovernmental agency, not a state's
        # ("Japan International Cooperation Agency" opens with its state)
        return EntityType.ORGANIZATION
    if head == "commission" and "high" in low:
        return EntityType.INSTITUTION
    if head == "group" and "friendship" in low:
        return EntityType.INSTITUTION  # a parliament's friendship group is a body of it
    if head == "exchange" and "letters" not in low and "notes" not in low:
        return None
    if head == "survey" and not {"geological", "hydrographic", "ordnance"} & set(low):
        return None  # "Geological Survey of Namibia": a state's agency, not any survey
    if head in INST_HEADS:
        return EntityType.INSTITUTION
    if head in ORG_HEADS:
        return EntityType.ORGANIZATION
    return EntityType.PROJECT


# --- people ------------------------------------------------------------------------------

_NT = (
    # "Fepulea'i": an apostrophe (a glottal stop) before one last letter, not a possessive 's;
    # "B.Enkhtuvshin": a Mongolian patronymic initial written against the name, without a space
    # ("Ma. Teresa Cruz": the Filipino abbreviation of Maria before a given name)
    rf"Ma\.(?=\s+[{UP}][{LOW}])|"
    rf"(?:[{UP}]\.(?=[{UP}][{LOW}]{{2}}))?(?:[{UP}][{APOS}])?[{UP}][{LOW}]+(?:[{UP}][{LOW}]+)?"
    rf"(?:[-{APOS}][{UP}{LOW}][{LOW}]+|[{APOS}](?!s\b)[{LOW}](?![\w{APOS}]))*"
    rf"|[{UP}]{{2,}}(?=\s+[{UP}][{LOW}])|(?:[{UP}]\.){{1,3}}"
    # "Hamid al-Jubouri": a surname with a lower-case article
    rf"|(?:al|el|ad|ar|as|ash|at|az|an)-[{UP}][{LOW}]+(?:[-{APOS}][{UP}{LOW}][{LOW}]+)*"
)
NAME = (
    rf"(?:{_NT})(?:\s+(?:{NAME_PARTICLES}\s+)*(?:{_NT})){{0,4}}"
    r"(?:\s+(?:[IVX]{1,4}\b|Jr\.|Sr\.))?"
)
_NAME_RE = re.compile(NAME)
_PARTICLE = re.compile(NAME_PARTICLES)
_CAPWORD = re.compile(rf"[{UP}][\w’'-]*")
_ENT = r"«[CIOJDL]\d+»"
# a city or a region named after a local post's "of": "Oulu", "Piedmont", "«L1»", "Santa Cruz de
# Tenerife" (the unit first in "City of X", "Province of Y")
_LOCAL_PLACE = (rf"(?:«[CL]\d+»|[{UP}][{LOW}][\w’'-]*)(?:\s+(?:(?:de|del|di|da|do)\s+)?"
                rf"(?:«[CL]\d+»|[{UP}][{LOW}][\w’'-]*)){{0,2}}")
_LOCAL_UNIT = r"(?:(?:City|Province|Region|Prefecture|Canton|County|Municipality)\s+of\s+)"
# longest first (so a word wins over its prefix), then A-Z: the same pattern in every process
_PW = "|".join(sorted((re.escape(w) for w in PORTFOLIO_WORDS), key=lambda w: (-len(w), w)))
# "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad": a people abroad, and
# "... African Cooperation and Moroccan Expatriates": a demonym before a portfolio word
# (the word list once: it is long, and every pattern holding a post holds it several times)
_PW = rf"«D\d+»\s+Abroad(?![\w-])|[{UP}][{LOW}]+\s+Abroad|(?:«D\d+»\s+)?(?:{_PW})"
# "Undersecretary for Bilateral Relations and ASEAN Affairs": a body's affairs are a portfolio
_PW = rf"«[CO]\d+»\s+Affairs|{_PW}"
# "Minister for Expatriates' Welfare", "Minister of Women's Affairs": a plural or
# possessive portfolio word before the next one
_PW = rf"(?:{_PW})(?:(?<=s)['’](?=\s+[{UP}])|['’]s(?=\s+[{UP}]))?"
_PORTF = (
    rf"(?:{_PW})(?:(?:\s+|,\s+|\s+and\s+|,\s+and\s+|\s+&\s+)(?:{_PW}))*(?![\w-])"
    # "Secretary for Asia and the Pacific of the Ministry": "and the" before a last word that
    # ends the name (not "... and the Pacific Islands Forum")
    rf"(?:,?\s+and\s+the\s+(?:{_PW})(?![\w-])(?!\s+[{UP}]))?"
)
_LPW = (
    r"(?:foreign\s+affairs|foreign\s+trade|international\s+cooperation|regional\s+integration|"
    r"trade|defen[cs]e|finance|health|education|agriculture|energy|economy|tourism|culture|"
    r"justice|interior|industry|transport|environment|commerce|investment|labou?r|mines|"
    r"fisheries|planning|information|communications|foreign\s+relations)"
)
_LPORTF = rf"{_LPW}(?:(?:,\s+|\s+and\s+|,\s+and\s+){_LPW})*(?![\w-])"
_COMP = (
    # a unit of the body named next: "head of the Asia-Pacific programme at PISM"
    rf"(?:\s+(?:of|for)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?(?:programme|program|department|"
    rf"division|unit|desk|section|team|bureau|directorate|office)(?=\s+(?:at|of)\s+(?:the\s+)?"
    rf"«[IO])"
    # "the EAC Deputy Secretary General in charge of Customs, Trade and Monetary Affairs"
    rf"|\s+in\s+charge\s+of\s+(?:the\s+)?{_PORTF}"
    # "welcomed by President of the university X": the body just named, in lower case
    rf"|\s+of\s+the\s+(?:university|institute|academy|faculty|college)(?=\s+[{UP}])"
    # "President of the Republic X": the state of the story, named by its form alone
    rf"|\s+of\s+the\s+Republic\b(?![^\S\n]+of\b)"
    # "the Mayor of Oulu, X", "the Governor of Hokkaido, Y", "the President of the Piedmont
    # Region, Z", "the Head of Government of the City of «C», W": a city's or a region's post,
    # its place a name the gazetteer may not know (a placeholder when it does)
    rf"|(?:(?<=Mayor)|(?<=Governor)|(?<=Premier))\s+of\s+(?:the\s+)?{_LOCAL_UNIT}?{_LOCAL_PLACE}"
    rf"|(?:(?<=President)|(?<=Government))\s+of\s+the\s+(?:{_LOCAL_UNIT}{_LOCAL_PLACE}|"
    rf"{_LOCAL_PLACE}\s+(?:Region|Province|Prefecture|County|Canton)\b)"
    # "Benin's minister of foreign affairs, X": a lower-case portfolio in a news story's
    # apposition (only its common words, so no clause runs into the post)
    rf"|\s+(?:of|for)\s+{_LPORTF}"
    # "Ambassador of the sisterly Kingdom of Morocco": a Gulf wire's courtesy adjective
    rf"|\s+(?:of|for|to|at|in|on)\s+(?:the\s+)?(?:(?:sisterly|brotherly|friendly|fraternal)\s+)?"
    # ("... of the Department of X of the Lao Ministry of Y, Z": a demonym before the body)
    # ("Secretary of State for the Portuguese Communities, X": a demonym before a portfolio
    # word is the portfolio's, tried before the demonym alone as the body)
    # (the portfolio words once, with or without the demonym: they are many)
    # ("the chair of the Sabor's Croatia-Albania Friendship Group, X": a chamber's possessive
    # before its own body)
    rf"(?:(?:«D\d+»\s+)?(?:{_PORTF})|(?:«C\d+»[{APOS}]s\s+|«I\d+»[{APOS}]s\s+(?=«[IO])|"
    rf"«D\d+»\s+(?=«[IO]))?{_ENT})"
    rf"(?:\s*\([^)]{{1,30}}\))?"
    rf"(?:(?:,?\s+and|,)\s+(?:the\s+)?{_ENT})*)"
)
# ("the Prime Minister, Head of Government, X": the francophone style's second post, with commas)
POST = (rf"(?:{TITLE})(?:,\s+Head\s+of\s+(?:Government|State)(?=,))?(?:\s*\([A-Za-z ]{{1,20}}\))?"
        # ("Ambassador to C and non-resident Ambassador to D and E, X": one person's two posts)
        # ("High Commissioner to A and its non-resident Ambassador to B": "its" for the state)
        # (not "the State Secretary and Minister X": a bare "Minister" before a name is the
        # second person's title)
        rf"{_COMP}*(?:\s+and\s+(?!Minister\s+(?!(?:of|for|Delegate|Plenipotentiary|Counsell?or)\b)"
        rf"[A-Z])(?:its\s+)?(?:non-resident\s+)?(?:{TITLE}){_COMP}*)?")
_PREMOD = (
    rf"(?:(?:{_ENT}|the\s+[{UP}][\w\-]+|[Tt]he\s+country|[Hh]is\s+country|[Hh]er\s+country)"
    rf"(?:[{APOS}][sS])\s+|«D\d+»\s+|(?:his|her|His|Her)\s+«D\d+»\s+)"
)
_HONS = rf"(?:(?:{HON})\s+)*"
# lower-case words before a post: "the newly appointed non-resident Ambassador of ..."
POST_MODS = (
    r"(?:(?:newly\s+|recently\s+)?(?:appointed|accredited|designated)\s+|outgoing\s+|"
    # ("C's resident Ambassador in L, X": a resident head of mission)
    # ("C's first resident Ambassador to D, X", "C's first resident ambassador to D, X": the
    # first to hold a post)
    r"incoming\s+|non-resident\s+|resident\s+|new\s+|then\s+|acting\s+|interim\s+|caretaker\s+|"
    r"first\s+(?=(?:resident\s+|non-resident\s+)?(?:[Aa]mbassador|[Hh]igh\s+[Cc]ommissioner)\b)|"
    # ("C's parliamentary Speaker X", "the Mongolian parliament Speaker, Y": the chamber's
    # Speaker, a post of the state)
    r"parliament(?:ary)?\s+(?=Speaker\b))*"
)
# A rank between a post and the name: "State Minister of Foreign Affairs Ambassador X"
_RANKS = r"(?:Ambassador|Professor|Prof\.|Judge|Justice|Senator|Engineer|Eng\.|Prince|Princess)"
# "Kazakhstan's Ambassador to Pakistan, Mr. Yerzhan Kistafin" / "Foreign Minister Lee Sang-woo"
_P_BEFORE = Anchored(
    re.compile(
        # ("C's Foreign Minister at the time, X": a past holder, the time after the post)
        rf"(?P<post>{_PREMOD}?{POST})(?:\s*\([^)]{{1,30}}\))?(?:\s+at\s+the\s+time(?=\s*,))?"
        rf"(?:\s*,)?\s+(?P<hon>{_HONS}"
        # (not a second post: "Deputy Prime Minister, Minister of Foreign Affairs X" names X,
        # not "Minister")
        rf"(?:{_RANKS}\s+)?{_HONS})(?!(?:{TITLE})(?:\s+(?:of|for)\b|,))(?P<name>{NAME})"),
    literal_anchor(TITLE_WORDS | {"the", "The", "his", "her", "His", "Her"}, extra=["«"]),
    fused=True,
)
# "Yerzhan Kistafin, Kazakhstan's Ambassador to Pakistan"
# Words after which a name may open an apposition: "called on X, Deputy Prime Minister".
_OPENERS = [*words(
    """by with while whereas but and on to from for of among including included includes as
    met meet received welcomed thanked hosted told"""
    # "Also present was X, Portugal's ambassador in L" (not "was" alone: frequent and costly)
), "present was", "present were", "attending was", "attending were"]
_P_AFTER = Anchored(
    re.compile(
        # ("On 9 September 2024 X, C's Vice Foreign Minister, ...": after a leading date's year)
        r"(?:^|(?<=[:,;(—–]\s)|(?<=\s[—–-]\s)|(?<=\b\d{4}\s)|"
        + "|".join(rf"(?<=\b{w}\s)" for w in _OPENERS)
        + rf")(?P<hon>{_HONS})(?P<name>{NAME}),\s+(?:the\s+|an?\s+)?{POST_MODS}{_PREMOD}?"
        rf"{POST_MODS}(?P<post>{POST})"
    ),
    # a name that opens a clause: after punctuation, an opener word, or at the start
    rf"(?:[:,;(—–-]\s|\b(?:{'|'.join(_OPENERS)})\s|\b\d{{4}}\s|^\s*)(?P<at>[{UP}])",
)
# "Kim Soo-hyun is the Ambassador of the Republic of Korea to Kenya." (a sentence of its own)
_P_IS = Anchored(
    re.compile(
        rf"(?P<hon>{_HONS})(?P<name>{NAME})\s+(?:is|was)\s+(?:(?:also|currently|now)\s+)?"
        rf"(?:the\s+|an?\s+)?{POST_MODS}{_PREMOD}?{POST_MODS}(?P<post>{POST})"
    ),
    rf"^\s*(?P<at>[{UP}])",
)
_P_HON = Anchored(
    re.compile(rf"(?<![\w.])(?P<hon>(?:(?:{HON})\s+)+)(?P<name>{NAME})"),
    literal_anchor(
        {w for w in re.findall(r"[A-Za-z]+", " ".join(HONORIFICS)) if len(w) > 1} | {"H"}
    ), fused=True
)
_COUNTERPART = Anchored(
    re.compile(
        # "his Kenyan counterpart X", and a country's name used as its adjective: "his Botswana
        # counterpart X"
        rf"(?P<post>(?:his|her|His|Her)\s+(?:«[DC]\d+»\s+)?(?:counterpart|peer|homologue|opposite\s+number)),?\s+(?:{POST}\s*,?\s+)?"
        rf"(?P<hon>{_HONS})(?P<name>{NAME})"
    ),
    r"[Hh]is\s|[Hh]er\s",
)
_HON_WORDS = frozenset(w for w in re.findall(r"[A-Za-z]+", " ".join(HONORIFICS)) if len(w) > 1) | {
    "H"}
# One word each honorific of lexicon.HONORIFICS cannot go without, as a whole [A-Za-z]+ word
# ("Hon" for "the Hon.", "Se" for "Señor", "Admiral" for "Rear Admiral"): _P_HON needs one.
_HON_NEEDS = frozenset(
    words(
        """H HE Excellency Majesty Highness HRH Mr Mrs Ms Mx Miss Dr Prof Professor Hon Honourable
        Honorable Rt Senator Sir Dame Lyonpo Lyonchhen Dasho Datuk Dato Datin Tan Tun Awang Dayang
        Pehin Berhormat Sheikh Shaikh Sheikha Engr Madam Mme Monsieur Madame Se Rev Reverend
        Sayyid Sayyida Sayyidah Shri Smt Hajj Hajji Samdech Lok Oknha Admiral Commodore Marshal
        General Brigadier Colonel Gen LtGen MajGen BrigGen Col Mawlawi Mawlavi Maulvi Maulana Daw
        MK"""
    )
)
_ANCHOR_WORDS = TITLE_WORDS | frozenset(
    re.findall(r"[A-Za-z]+", " ".join(h.replace("\\", "") for h in HONORIFICS))
) | {"counterpart", "peer", "homologue"}
_INSIDE: dict[str, int] = {}
# (grouped by first letter, which re tries faster than one branch per word)
_HEAD_IN = re.compile(literal_anchor(TITLE_HEAD_WORDS))
_HON_IN = re.compile(literal_anchor(_HON_NEEDS))


def _inside(word: str) -> int:
    """1: a title head word is part of `word`; 2: an honorific's word is (cached)."""
    flags = _INSIDE.get(word)
    if flags is None:
        flags = bool(_HEAD_IN.search(word)) | 2 * bool(_HON_IN.search(word))
        if len(_INSIDE) < 200_000:
            _INSIDE[word] = flags
    return flags
_TITLE_WORDS = frozenset(
    words(
        """Minister Ambassador President Secretary Director Speaker Chairman Chair Governor
        Mayor King Queen Envoy Commissioner Counsellor Head Chief Representative Consul
        Premier Chancellor Senator Fellow Professor Rector Dean Officer Deputy Vice Foreign
        Prime"""
    )
)


# --- coreference -------------------------------------------------------------------------

# Subject and object pronouns only: "his"/"her" are determiners ("his Fijian counterpart").
# At a word start. Each top-level branch opens with a literal letter and tests the word start
# after its letters, so that re skips every position whose character starts no pronoun ("he"
# in "the" is the usual hit); a group around the branches would undo that.
_PRONOUN = re.compile(
    r"He(?<!\w..)\b|She(?<!\w...)\b|he(?<!\w..)\b|she(?<!\w...)\b|him(?<!\w...)\b|"
    r"Him(?<!\w...)\b|"
    # "His three-day official visit to C got under way on T": a capitalised possessive before a
    # visit noun (R_VISIT_POSS reads it as the visitor's)
    r"His(?<!\w...)\b(?=\s+(?:[\w-]+\s+){0,3}?visit\s+to\s)|"
    r"Her(?<!\w...)\b(?=\s+(?:[\w-]+\s+){0,3}?visit\s+to\s)"
)
# A speech's page: "Address by Ambassador X at Y", "Remarks by ..."; its "I" and "me" are X
SPEECH_HEADLINE = re.compile(
    r"\s*(?:Keynote\s+)?(?:Address|Speech|Remarks|Statement|Lecture)\s+(?:delivered\s+)?by\s+"
)
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|me)(?![\w’'-])")


_THE = r"[Tt]he(?<!\w...)(?= )\s+"


def _the(rest: str) -> re.Pattern[str]:
    r"""r"\b(?:the|The)\s+" + rest where "the " or "The " starts a word. It opens with a
    character class, which re scans for in C (a leading \b has the pattern tried at every
    character, an Anchored loop costs Python per "the"); the look-behind is the \b."""
    return re.compile(_THE + rest)


_PERSON_DESC = _the(
        # ("the Equatorial Guinean minister", "the Sri Lankan envoy": a demonym of two words)
        # ("the Federal Minister held a guest lecture": a federal state's minister named before)
        # ("the PAP President conferred with ...": a body's acronym, its President named before)
        r"(?:(?:new|visiting|outgoing|former|Federal|(?P<dem>(?!Cabinet\b|Deputy\b|Vice\b|State\b|Prime\b|Foreign\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:an|ese|ian|ish)"
        r"(?=\s))?|[A-Z]{2,6}(?=\s+(?:President|Secretary[\s-]General|Director[\s-]General)\b)))\s+)?"
        # "the Vietnamese deputy minister": a rank before the title
        # ("The Deputy Minister was received by ...": a capitalised rank, the deputy named before)
        # ("the vice-minister": the hyphenated rank)
        # ("the Deputy Prime Minister paid a courtesy call on ...": a Deputy Prime Minister
        # named before)
        r"(?P<rank>(?:deputy|vice|Deputy|Vice)[\s-](?=[Mm]inister\b|Prime\s+Minister\b))?"
        r"(?P<title>envoy|ambassador|Ambassador|High\s+Commissioner|high\s+commissioner|"
        r"Charg[ée]\s+d[’']\s?Affaires|"
        # "the state minister was also received by ...": a State Minister named before
        r"state\s+minister|"
        # ("the Minister of State held talks with ...", "the State Secretary, who landed in L ...,
        # was given an audience": a Minister of State (a State Secretary, a State Minister) named
        # before)
        r"[Ss]tate\s+[Ss]ecretary|State\s+Minister|[Mm]inister\s+of\s+[Ss]tate(?!\s+(?:for|of)\b)|"
        r"minister|Minister|foreign\s+minister|Foreign\s+Minister|"
        # "the Uzbek deputy premier had a meeting with ...": a Deputy Prime Minister named before
        r"deputy\s+premier|vice\s+premier|"
        # "the foreign secretary called on ...": a foreign ministry's top civil servant
        r"foreign\s+secretary|Foreign\s+Secretary|"
        # "the Cabinet Secretary gave a lecture": Kenya's ministers
        r"Cabinet\s+Secretary|"
        r"Director[\s-]General|Director|Secretary[\s-]General|Speaker|President|Prime\s+Minister|"
        # ("The Head of State landed in L ...": a President named before, by his office)
        r"Head\s+of\s+State(?![’']|\s+of\b)|"
        # ("the Undersecretary gave a talk": an Undersecretary (Under-Secretary) named before)
        r"[Uu]nder-?[Ss]ecretary|"
        # "the secretary gave a lecture": a Secretary of Foreign Affairs named before
        # ("the secretary of state gave a talk": a Secretary of State named before)
        r"secretary\s+of\s+state|Secretary\s+of\s+State|secretary|Secretary|"
        # ("the Premier talked with Y", "the Mayor spoke to ...": a region's or a city's head named
        # before)
        r"diplomat|Chairman|Chair|Governor|Premier|Mayor|official|"
        # "The Chilean guest had earlier spoken to ...": the visitor of that country
        # (not "X was the guest speaker at ...": a speaker's role, no person named before)
        r"(?<=[a-z]\s)guest(?!\s+speaker\b)|(?<=[a-z]\s)visitor|"
        # "received the visiting dignitary at ...": the visitor named before
        r"(?<=visiting\s)dignitary|"
        # "the visiting general lectured ...", "the Namibian commander travelled to ...": a
        # general (commander) named before, only after "visiting" or a demonym (not "the
        # general public", "the commander's office")
        r"(?:(?<=visiting\s)|(?<=an\s)|(?<=ese\s)|(?<=ish\s))(?:general|commander)(?![’']))\b"
        # "The Gambian Minister of Foreign Affairs, who arrived ..., held talks": with a demonym,
        # the portfolio before a relative clause is still the one official
        r"(?(dem)(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}"
        r"(?=\s*,\s*who\b))?)"
        # "the Director General of the Department of X, Y": no "the Director" cut off a longer
        # title that a post and a name follow
        # ("the Moroccan Minister Delegate in charge of X, Y": nor "the Minister" cut off a
        # Minister Delegate)
        r"(?![\s-]+General\b)(?![\s-]+Delegate\b)"
        # ("a visit by the Azerbaijani minister to Bulgaria": a minister with a demonym may be
        # followed by the place he went to; not "the ambassador to X", a post of its own)
        # ("the visiting dignitary at the Foreign Office": no title "at" a body)
        # ("hosted the new envoy for a courtesy call": "for a" is the occasion, not a portfolio)
        r"(?:(?<=dignitary)|(?!\s+(?:of|at)\b|\s+for\b(?!\s+an?\s)))"
        r"(?:(?(dem)(?<=inister)|(?!))|(?!\s+to\b))"
        r"(?![\s,]+(?:H\.E\.|Mr|Mrs|Ms|Dr|Prof|Hon|[A-Z][a-z]+\s+[A-Z]))"
)
# "the head of Timorese diplomacy" (a press idiom for the foreign minister)
_DIPLOMACY_HEAD = re.compile(
    # ("the head of the Austrian diplomacy": a translated wire's article)
    r"\b[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+diplomacy\b"
)
# "The Prime Minister of Tuvalu this afternoon conferred with ...": a head of state's or
# government's (a foreign minister's) post with its state, repeated as a subject after the
# holder was named (not before a comma and a name: "the President of C, X", a new apposition)
# ("In the evening the Mayor of Cusco spoke to ...": a city's mayor (a region's governor), the one
# named in apposition after the same post before, "the Mayor of Cusco, X")
_POST_OF_STATE = re.compile(
    r"\b[Tt]he\s+(?P<title>Prime\s+Minister|President|Foreign\s+Minister|Mayor|Governor)\s+of\s+"
    r"(?:the\s+)?(?P<dem>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
    r"(?=\s+(?:this|today|later|then|also|spoke|gave|met|took|held|[a-z]+ed)\b)"
)
# _PERSON_DESC at one position, as it was written (any \s+ after "the")
_PERSON_DESC_AT = re.compile(r"\b(?:the|The)\s+" + _PERSON_DESC.pattern.removeprefix(_THE))
_GROUP = Anchored(
    re.compile(
        r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:brotherly\s+|sisterly\s+|fraternal\s+|neighbouring\s+|friendly\s+)?"
        # ("the two States", "Both States": a communiqué's capital S)
        # ("signed by the two Governments": a treaty list's capital G)
        r"(?:countries|nations|sides|parties|neighbours|neighbors|[Ss]tates|[Gg]overnments|capitals|economies|"
        # ("Both parliaments belong to O": the two chambers named before)
        r"republics|kingdoms|island\s+nations|island\s+states|islands|parliaments|legislatures)\b|"
        r"\b[Tt]he\s+sides\b|"
        # a speech: "Our two countries signed", "both of our countries are members"
        r"\b(?:[Oo]ur\s+two|[Bb]oth\s+(?:of\s+)?our)\s+(?:countries|nations)\b|"
        # "Both are members of ...": the pronoun alone
        r"\b(?:[Bb]oth|[Tt]he\s+two)(?=\s+(?:are|were|have|had|remain|became|also|belong|"
        r"joined|signed|cooperate|established|count\s+among)\b)"
    ),
    literal_anchor(["the ", "The ", "both ", "Both ", "our ", "Our "]),
)
# "... signed", "... then put pen to paper on", "... added their signatures to": a group's verb
# or idiom of signing
# ("the two subscribed J": the verb of signing of R_SIGNED, not "subscribed to" a view)
_THEN_SIGNED = (r"\s+(?:(?:also|then|later|jointly)\s+)?(?:signed|countersigned|co-signed|"
                r"executed|penned|inked|autographed|subscribed(?!\s+to\b)|put\s+(?:pen|ink)\s+to|"
                r"(?:put|set|affixed|appended|added|inscribed|stamped|placed|attached)\s+their\s+"
                # ("stamped their rubrics in J", "put their paraphs and signatures on J": a
                # translated wire's signatures)
                r"(?:signatures?|names|hands|rubrics|paraphs))\b")
_PGROUP = Anchored(
    re.compile(
        # ("the two Angolan ministers were received by X": a demonym before the group)
        r"\b(?:[Tt]he\s+two|[Bb]oth|[Tt]he)\s+(?:(?<=two\s)[A-Z][a-z]+(?:an|ese|ish|i)\s+)?"
        # ("the two top diplomats put ink to J": "top" before the group's noun)
        r"(?:(?:[Ff]oreign|[Dd]eputy|[Vv]ice|[Dd]efen[cs]e|[Tt]rade|[Tt]op)\s+)*"
        r"(?:[Mm]inisters|[Ll]eaders|premiers|officials|"
        # ("the two speakers signed J": the heads of the two parliaments just named)
        # ("the two co-chairs signed J": the two who chaired the session just named)
        r"interlocutors|envoys|[Pp]rime\s+[Mm]inisters|[Pp]residents|diplomats|[Ss]peakers|"
        r"[Cc]o-chairs|"
        # ("the chancellors (the two personalities) stamped their rubrics in J": a translated
        # wire's foreign ministers and officials just named)
        r"[Cc]hancellors|personalities|"
        # ("the two commanders signed J", "both generals": the two officers just named, only
        # after "two" or "both")
        r"(?:(?<=two\s)|(?<=[Bb]oth\s))(?:[Cc]ommanders|generals|chiefs)|"
        r"[Hh]eads\s+of\s+"
        # ("the heads of (both, the two) delegations signed J": the two people just met)
        # ("the two heads of diplomacy": the two foreign ministers)
        # ("the heads of the foreign policy departments signed J": the two foreign ministers)
        r"(?:[Ss]tate|[Gg]overnment|[Dd]iplomacy|(?:the\s+|both\s+|the\s+two\s+)?delegations|"
        r"the\s+foreign\s+(?:policy\s+)?(?:departments|ministries|services)))\b|"
        # "hosted X in Tallinn, where the two signed J": the pronoun alone, for the two people
        # just named (when the last named were countries, _GROUP has taken it first)
        # ("The two affixed (put, appended) their signatures to J", "after which the two
        # executed (penned, inked, autographed, countersigned, co-signed) J", "the two inscribed
        # (stamped, placed, attached) their signatures on J": the verbs and idioms of signing)
        r"\b[Tt]he\s+two(?=" + _THEN_SIGNED + r")|"
        # ("J was signed (inked) by the two.": the pronoun alone after a passive signing, for the
        # two people just named)
        r"(?:(?<=signed\sby\s)|(?<=inked\sby\s))the\s+two(?=\s*[.;,]|\s*$)|"
        # "held talks with X, after which both men signed J": the two people, before a signing
        # ("the two women then appended their signatures to J": the idioms of signing too)
        r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:men|women)(?=" + _THEN_SIGNED + r")|"
        # "hosted X for talks on Tuesday, and the pair signed J", "The pair then penned J",
        # "The pair also put pen to paper on J" (and "the pair met", "held")
        # ("The pair talked for an hour, and then put their names to J": a first verb of the
        # pair's, then "and" before the signing)
        r"\b[Tt]he\s+pair(?=\s+(?:(?:also|then|later|jointly)\s+)?(?:met|held)\b|"
        + _THEN_SIGNED + r"|\s+[a-z][^;.«]{0,80}?,?\s+and" + _THEN_SIGNED + r")"
    ),
    literal_anchor(["the ", "The ", "both ", "Both "]),
)
_COUNTRY_DESC = _the(
        r"(?P<adj>(?:newly\s+independent|new|young)\s+)?"
        r"(?P<kind>republic|country|state|archipelago|kingdom|nation|"
        r"(?:Republic|Kingdom|Sultanate|Principality)(?![^\S\n]+[A-Z]))\b(?P<poss>[’']s)?"
        r"(?!\s+of\b)"
)
_CLAUSE_IT = re.compile(r"\s*(?P<conj>Although|Though|While|Whereas|Because|As)\s+")
# ("It rejoined the Pacific Islands Forum in 2022": a return to a body is a joining too)
_IT_LEAD = re.compile(r"It\s+(?:has\s+|had\s+|also\s+)*(?:established|recogni[sz]ed|"
                      r"(?:re-?)?joined|signed|became|is\s+a\s+member|was\s+a\s+founding|"
                      # ("It has benefited from O's J since 1984": a channel of cooperation)
                      r"benefit(?:ed|s)\s+from|(?:taken|takes|took)\s+part\s+in)\b")
# "C has no embassy in L. Its Ambassador to D, X, ...": the state the sentence before opens with
_ITS_POST = re.compile(r"Its\s+(?:Ambassador|ambassador|High\s+Commissioner|Permanent\s+"
                       r"Representative|[Ee]nvoy)\b")
# ", and it joined O": the second clause's "it" (see the sentence-initial country)
# ("C ratified J, which it had signed on T": the country that opens the sentence signed it)
_AND_IT = re.compile(r",\s+(?:and|which)\s+(?P<it>it)\s+(?:(?:has|had|also|later)\s+)*"
                     r"(?:(?:re-?)?joined|signed)\b")
_THE_OR_NOTHING = re.compile(r"(?:The\s+)?")
_FRONT_TIME = re.compile(r"(?:On|In|At|During|Later|Earlier)\b[^,;.\n]{0,40},\s+")
_POSS_AFTER = re.compile(r"[’']s?\b|\s*[-–]")
_IT_MAIN = re.compile(r"[^,;.«\n]{1,80},\s+(?P<it>it)\s+(?=[a-z])")
_HIS_COUNTRY = re.compile(r"\b(?:his|her|His|Her)\s+country\b(?![’']s)")
# "the Kazakh side": the country of the demonym
# (r"\b[Tt]he\s+...", opening with a character class: the look-behind is the \b)
_DEM_SIDE = re.compile(r"[Tt]he(?<!\w...)\s+(?P<dem>[A-Z][\w’'-]+)\s+side\b(?![’']s)")
# "proclaimed its independence ..., X recognised the new state": the country that became
# independent
_INDEPENDENCE_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:proclaimed|declared|gained|won|achieved|attained)\s+(?:its\s+|her\s+)?"
    r"independence\b"
)
_BODY_DESC = _the(
        r"(?P<head>Institute|University|Academy|Organi[sz]ation|Ministry|Embassy|"
        r"High\s+Commission|Agency|Centre|Center|Council|Commission|Forum|Union|Alliance|Community|"
        # ("The Bundestag has partnered with the Senate": the senate named before)
        r"Bank|Secretariat|Parliament|Senate|School|College|Faculty|Association|regional\s+grouping|grouping|bloc|"
        r"trade\s+bloc|"
        # "The session was chaired by the institute's Director General, X"
        r"association|organi[sz]ation|alliance|forum|regional\s+body|institute|university|"
        r"academy|faculty|museum|"
        # ("The Director-General of the X Agency, Y, said the agency and Z have collaborated")
        r"agency|"
        # "the ministry's spokesman, X": the ministry named before, in a possessive only
        r"ministry(?=[’']s\b)|"
        # ("the Fund's Deputy Director-General, X": a fund named before as a body, in a
        # possessive only; a fund that is a channel is a project, not looked for here)
        r"Fund(?=[’']s\b)|"
        # ("the Foundation's executive director, X": a foundation named before, in a possessive
        # only, as the fund)
        r"Foundation(?=[’']s\b)|"
        # ("the Chamber's Chairman, X": a chamber of commerce named before, in a possessive only,
        # as the fund)
        r"Chamber(?=[’']s\b))\b(?!\s+(?:of|for)\b)"
        r"(?!\s+[A-Z])"
)
_LECTURE_AFTER = re.compile(
    # ("the deputy minister offered (dictated) a lecture", "the minister gave a conference":
    # the Spanish and French usages too)
    # ("the minister spoke to a packed auditorium (to students, addressed an audience)": the same)
    # ("the minister delivered the keynote at ...": the same)
    r"\s+(?:also\s+|then\s+|later\s+)?(?:(?:delivered|gave|held|offered|dictated)\s+(?:a|an)\s+"
    r"(?:(?:public|keynote|guest|special|magisterial)\s+)?(?:lecture|talk|address|"
    r"(?<!press\s)conference)|(?:delivered|gave)\s+(?:a|an|the)\s+keynote\b|(?:spoke\s+to|addressed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:auditorium|audience|students)\b)")
# "the minister met with President X": of two ministers, the visitor calls on the head of state
_MET_HEAD_AFTER = re.compile(
    r"\s+(?:also\s+|then\s+|later\s+)?(?:met(?:\s+with)?|called\s+on|paid\s+a\s+courtesy\s+call\s+on)"
    r"\s+(?:the\s+)?(?:President|Prime\s+Minister|King|Emir|Sultan|Crown\s+Prince)\b")
_OF_THE_BODY_NAME = re.compile(
    rf"\bof\s+(?P<d>the\s+(?P<head>university|institute|academy|faculty|college))\s+(?=[{UP}])")
_PROJ_DESC = _the(
        r"(?P<mods>(?:[a-z][a-z\-]+\s+){0,3}?)(?P<head>treaty|Treaty|railway|pipeline|route|"
        r"programme|program|corridor|memorandum|agreement|road|highway|scheme|initiative|tunnel|"
        r"airport|arrangement|accord|pact|MoU|MOU|commission|committee|mechanism|Mechanism|"
        r"Commission|Committee|Programme|Program|Corridor|Agreement)\b(?!\s+(?:of|on)\b)"
)


@dataclass
class Doc:
    original: str
    work: Working
    sentences: list[tuple[int, int]]
    dateline: Dateline | None
    mentions: list[Mention] = field(default_factory=list)
    ents: dict[str, EntityInfo] = field(default_factory=dict)
    place_iso: str | None = None  # the dateline city's country
    main_pair: tuple[str, ...] = ()
    city_country: dict[str, str] = field(default_factory=dict)  # City id -> its country's id

    _order: tuple[list[int], list[int], int] | None = None
    _cues: list[int] | None = None
    # per `skip` of _occupied: the mask so far and how many mentions it holds
    _occupied_masks: dict[str, tuple[bytearray, int]] = field(default_factory=dict)

    def cues(self, si: int) -> int:
        """The SENTENCE_CUES mask of sentence si (of its words, mentions included)."""
        if self._cues is None:
            text = self.work.text
            self._cues = [_sentence_cues(text[s:e]) for s, e in self.sentences]
        return self._cues[si]

    def order(self) -> tuple[list[int], list[int]]:
        """Mention indices sorted by start, and their starts (kept up to date as mentions are
        appended: new ones are inserted, not the whole list sorted again)."""
        n = len(self.mentions)
        if self._order is None or self._order[2] > n:
            idx = sorted(range(n), key=lambda i: self.mentions[i].start)
            self._order = (idx, [self.mentions[i].start for i in idx], n)
        elif self._order[2] < n:
            idx, starts, k = self._order
            for i in range(k, n):
                start = self.mentions[i].start
                pos = bisect_right(starts, start)
                idx.insert(pos, i)
                starts.insert(pos, start)
            self._order = (idx, starts, n)
        return self._order[0], self._order[1]

    @property
    def text(self) -> str:
        return self.work.text

    def surface(self, start: int, end: int) -> str:
        """The original (verbatim) text behind a working-text span."""
        s, e = self.work.span(start, end)
        return self.original[s:e]

    def add_entity(self, eid: str, etype: EntityType, name: str, pos: int) -> EntityInfo:
        info = self.ents.get(eid)
        if info is None:
            info = EntityInfo(eid, etype, name, pos)
            self.ents[eid] = info
        return info

    def replace_mentions(self, mentions: list[Mention]) -> None:
        """Mentions dropped or changed, not only appended: the caches built on the list are
        drawn again when next asked for."""
        self.mentions = mentions
        self._order = None
        self._occupied_masks.clear()

    def add(self, m: Mention, alias: str | None = None, shown: bool = True) -> int:
        self.mentions.append(m)
        for eid in m.ents:
            info = self.ents[eid]
            if shown and m.role not in ("coref", "group", "demonym", "place"):
                info.shown = True
            if alias and alias != info.name and alias not in info.aliases:
                info.aliases.append(alias)
        return len(self.mentions) - 1


# --- pass 1: tables and name chunks ------------------------------------------------------


# ("From: Global Affairs Canada" above "November 19, 2024 - Ottawa, Ontario - Global Affairs
# Canada": a release's issuer line, no party to the story)
_FROM_ISSUER = re.compile(r"^From:[^\S\n]+[A-Z][^\n]{2,80}$", re.M)


def _masked(doc: Doc, start: int, end: int) -> bool:
    d = doc.dateline
    if d is None:
        return False
    if start < d.end and end > d.start:
        return True
    if start < d.start:
        line = doc.text.rfind("\n", 0, start) + 1
        return (doc.text.startswith("From:", line) and doc.text.count("\n", start, d.start) <= 3
                and _FROM_ISSUER.match(doc.text, line) is not None)
    return False


_WATER_OF = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits)\s+of\s+(?:the\s+)?\Z")


def find_bodies_and_countries(doc: Doc) -> None:
    text = doc.text
    matches = [m for m in gz.scan(text) if not _masked(doc, m.start, m.end)]
    chunks = _chunks(doc)
    # A table name that runs past a chunk ("Organization for Security and Co-operation in
    # Europe") is the name; the chunk cut short at "in" is not, nor the tail of a table name
    # whose first word no chunk reads ("General Assembly" of "U.N. General Assembly").
    table = [(m.start, m.end) for m in matches if m.entry.kind == gz.BODY]
    if table:
        chunks = [c for c in chunks if c[2] is None or not any(
            s <= c[0] < e and c[1] < e or c[0] <= s < c[1] < e or s < c[0] and c[1] == e
            for s, e in table)]
    # Table matches inside a body name ("China" in "China-Pakistan Economic Corridor") are part
    # of that name, not mentions of their own.
    bodies = [c for c in chunks if c[2] is not None]
    exact = {(c[0], c[1]) for c in bodies}
    inside_body = bytearray(len(text))
    for c in bodies:
        inside_body[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
    # acronyms the text defines for a name of its own: "the National Planning Commission (NPC)"
    # is no table body of that acronym (the National People's Congress)
    # (a chunk that is itself a table name, in any spelling, defines nothing new)
    spans = {(m.start, m.end) for m in matches if m.entry.kind == gz.BODY}
    defined = {c[4]: c[3] for c in bodies if c[4] and (c[0], c[1]) not in spans}
    for m in matches:
        if text.startswith("$", m.end):
            continue  # "US$400 million": a currency
        # ("The Bahamas Maritime Authority ..." opening a sentence: the state's name with its
        # article, "The Bahamas", starts before the body's and ends inside it)
        inside = (inside_body[m.start] == 1 or text.startswith("The ", m.start)
                  and m.start + 4 < m.end and inside_body[m.start + 4] == 1) and (
            m.start, m.end) not in exact
        if m.entry.kind == gz.BODY:
            form = m.entry.form
            body = gz.bodies()[m.entry.key]
            if form.isupper() and form in defined and form in body.acronyms and \
                    defined[form] != body.name and defined[form] not in body.variants:
                continue
            if not form.isupper() and form.upper() in body.acronyms and (
                    re.match(rf"[^\S\n]+[{UP}]", text[m.end : m.end + 3])
                    or re.search(rf"\b{HON}\s+$", text[max(0, m.start - 16) : m.start])):
                continue  # "Mr. Nato Tuvarsen": a given name, not the alliance written as a word
            if not inside:
                _add_table_body(doc, m)
            continue
        if inside:
            continue
        if m.entry.kind in (gz.COUNTRY, gz.CAPITAL) and _WATER_OF.search(
                text, max(0, m.start - 20), m.start):
            continue  # "the Gulf of Guinea", "the Sea of Japan": a sea, no country
        if m.entry.kind == gz.COUNTRY:
            info = _country(doc, m.entry.key, m.start)
            end = _misspelt_tail(text, m)
            doc.add(Mention(m.start, end, "C", (info.id,), "name"), doc.surface(m.start, end))
        elif m.entry.kind == gz.DEMONYM:
            isos = gz.demonym_countries(m.entry.form) or [m.entry.key]
            doc.mentions.append(Mention(m.start, m.end, "D", (f"country:{isos[0]}",), "demonym"))
        elif m.entry.kind == gz.CAPITAL:
            _add_capital(doc, m)
    table_spans = set(spans)
    # ("the Union of the Comoros": a state's official form, whose head word names bodies too)
    table_spans |= {(m.start, m.end) for m in doc.mentions if m.kind == "C"}
    organs = _organ_forms(doc, matches) if table_spans else {}
    for start, end, etype, name, acr, head in chunks:
        if etype is None or (start, end) in table_spans:
            continue
        organ = organs.get(name)
        if organ is not None and organ[0] < start:
            # "the U.N. General Assembly ... a General Assembly resolution": the organ again
            eid = organ[1]
            doc.add(Mention(start, end, KIND_OF_TYPE[doc.ents[eid].type], (eid,), "name"),
                    doc.surface(start, end))
            continue
        _add_chunk_body(doc, start, end, etype, name, acr, head)
    _resolve_demonyms(doc)


_NEXT_NAME_WORD = re.compile(rf" ([{UP}][{LOW}]+)")


def _misspelt_tail(text: str, m: gz.Match) -> int:
    """"Brunei Darrusalam": a misspelt second word of a longer name of the same country."""
    nxt = _NEXT_NAME_WORD.match(text[m.end : m.end + 30])
    if not nxt:
        return m.end
    word = nxt.group(1)
    form = text[m.start : m.end]
    c = gz.countries()[m.entry.key]
    for alias in (c.name, *c.aliases):
        if alias.startswith(form + " ") and len(alias.split()) == len(form.split()) + 1:
            last = alias.split()[-1]
            if last != word and len(word) >= 5 and Levenshtein.distance(last, word) <= 2:
                return m.end + 1 + len(word)
    return m.end


def _country(doc: Doc, iso: str, pos: int) -> EntityInfo:
    c = gz.countries()[iso]
    return doc.add_entity(_eid(EntityType.COUNTRY, iso), EntityType.COUNTRY, c.name, pos)


def _resolve_demonyms(doc: Doc) -> None:
    """'Congolese' means the Congo the article names, when it names one."""
    named = {m.ents[0] for m in doc.mentions if m.kind == "C"}
    for m in doc.mentions:
        if m.kind != "D":
            continue
        form = doc.text[m.start : m.end]
        cands = [f"country:{i}" for i in gz.demonym_countries(form)]
        for c in cands:
            if c in named:
                m.ents = (c,)
                break


# A capital right after one of these words is a place, not the government.
_PAID_CALL = re.compile(r"\b(?:paid|pays|paying|pay|made|makes|making|make)\s+(?:an?\s+)?"
                        r"(?:[\w-]+\s+){0,3}?call\s+on\s+(?:the\s+)?\Z")
_PLACE_WORDS = frozenset(
    words(
        """in at to from near via into outside around of towards toward across visit visited
        visiting visits reach reached leave left leaving arrive arrived arriving travel travelled
        traveled travelling linking links linked connecting connects host hosted based north south
        east west returning return returned flying flew fly back through landed toured touring"""
    )
)
_POLITY_BETWEEN = re.compile(
    r"(?:relations|ties|relationship|cooperation|partnership|dialogue|talks|agreements?|"
    # ("diplomatic links between Abuja and Tallinn": "links" only after "diplomatic")
    r"consultations|contacts|trust|friendship|(?<=diplomatic\s)links)\s+between\s+$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"^[\s’']*(?:s\s+)?(?:port|airport|city|residents|streets|suburbs?|district|region|province|"
    r"hub|municipality|office|bureau|stock|harbour|harbor)\b",
    re.I,
)


# ("extended (accorded) recognition to Dushanbe": the government recognised, not a place)
_ENVOY_TO = re.compile(
    # ("credentialed to Vientiane": the American word for "accredited")
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Rr]epresentative|accredited|"
    r"credential{1,2}ed|recognition)\s+to\s+(?:the\s+)?$"
    # ("who is also accredited in Bishkek": the government the envoy is accredited to)
    # ("who is also credentialed in Lilongwe": the same)
    r"|\b(?:accredited|credential{1,2}ed)\s+in\s+$"
    # ("whose mandate also stretches to Freetown": the government of the side accreditation)
    r"|\b(?:mandate|accreditation|jurisdiction|remit|competence)\s+(?:also\s+)?(?:extends|"
    r"stretches)\s+to\s+$"
    # ("C is represented in Montevideo by its Ambassador to D": the government, as "in Uruguay")
    r"|\bis\s+(?:also\s+)?represented\s+in\s+$"
    # ("signed, on behalf of Praia and Dili respectively, J": the governments signing)
    r"|\bon\s+behalf\s+of\s+$"
)


_ENVOY_IN = re.compile(
    r"\b(?:[Aa]mbassador|[Hh]igh\s+[Cc]ommissioner|[Ee]nvoy|[Cc]onsul(?:[\s-][Gg]eneral)?)\s+in\s+$"
)


_NATIONAL_POST = re.compile(
    r"[^\S\n]+(?:(?:Deputy|Vice|State)[^\S\n]+)?(?:Minister|Foreign[^\S\n]+Minister|"
    r"Prime[^\S\n]+Minister|Ambassador|High[^\S\n]+Commissioner|Envoy|President)\b"
)


def _add_capital(doc: Doc, m: gz.Match) -> None:
    text = doc.text
    before = text[max(0, m.start - 60) : m.start]
    after = text[m.end : m.end + 20]
    prev_tok = re.search(r"(\S+)\s*$", before)
    prev = prev_tok.group(1) if prev_tok else ""
    if prev.isupper() and "\n" in before[prev_tok.end(1) if prev_tok else 0 :]:
        prev = ""  # a credit in capitals on the line before ("—Photo: DEXTER PHILIP")
    # Part of a bigger proper name ("New Kingston", "Washington Post"): not the government.
    if prev and prev[0].isupper() and prev.isalpha() and prev not in NOT_NAME:
        return
    if re.match(rf"\s+[{UP}][{LOW}]", after) and not re.match(r"\s+(?:On|In|At)\b", after) and (
            not (prev in ("the", "The") and _NATIONAL_POST.match(text, m.end))) and (
            not _ENVOY_IN.search(before)):
        # but "the São Tomé Minister of Agriculture": the government's minister; and "High
        # Commissioner in Colombo Shahida Akter": the mission's seat before the envoy's name
        return
    last_words = [w.lower() for w in before.split()[-2:]]
    if last_words and last_words[-1] == "the":
        last_words = last_words[:-1]
    place = bool(last_words and last_words[-1] in _PLACE_WORDS) or bool(_PLACE_AFTER.match(after))
    # "before leaving for Tokyo", "departed for Lima", "is scheduled to leave for Tashkent"
    place = place or last_words[-2:] in (["leaving", "for"], ["left", "for"], ["leave", "for"],
                                         ["leaves", "for"],
                                         ["departed", "for"], ["departing", "for"],
                                         ["bound", "for"], ["headed", "for"])
    # "paid a two-day call on Port of Spain": a visit's (not "renewed his call on Moscow to")
    place = place or (last_words[-2:] == ["call", "on"] and bool(_PAID_CALL.search(before)))
    if place and _ENVOY_TO.search(before):
        place = False  # "the Namibian ambassador to Havana": the government it is accredited to
    elif before.rstrip().endswith("between"):
        place = not _POLITY_BETWEEN.search(before)
    elif re.search(r"\b(?:and|or|&)\s+$", before):
        left = [x for x in doc.mentions if x.end <= m.start and m.start - x.end <= 8]
        if left:
            place = left[-1].kind == "L"
        else:
            word = re.search(r"(\S+)\s+(?:and|or|&)\s+$", before)
            place = bool(word and word.group(1)[:1].isupper())
    if place:
        end = m.end
        if after[:1] == "'" and text[end - 1] not in "sz" and after[1:2] in ("", " ", ",", "."):
            end += 1  # "arrived in Male' on ...": the apostrophe is the name's (not "Paris'")
        doc.mentions.append(Mention(m.start, end, "L", (f"country:{m.entry.key}",), "place"))
        return
    info = _country(doc, m.entry.key, m.start)
    doc.add(Mention(m.start, m.end, "C", (info.id,), "capital"), doc.surface(m.start, m.end))


def _add_table_body(doc: Doc, m: gz.Match) -> None:
    body = gz.bodies()[m.entry.key]
    etype = body.type
    eid = _eid(etype, body.name)
    surface = doc.text[m.start : m.end]
    is_acr = m.entry.form in body.acronyms
    info = doc.add_entity(eid, etype, surface, m.start)
    if not is_acr and info.name in body.acronyms:
        # The expansion is the name and the acronym an alias.
        old = info.name
        info.name = surface
        info.aliases = [a for a in info.aliases if a != surface]
        if old not in info.aliases:
            info.aliases.append(old)
    if is_acr:
        info.acronym = surface
    info.head = _head(body.name.split())
    role = "acronym" if is_acr else "name"
    doc.add(Mention(m.start, m.end, KIND_OF_TYPE[etype], (eid,), role), doc.surface(m.start, m.end))


ChunkT = tuple[int, int, EntityType | None, str, str, str]


_HON_BEFORE = re.compile(r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms)\.?|\bProfessor|\bH\.E\.)[^\S\n]+\Z")
_NAME_OF_BODY = re.compile(
    r"([A-Z][\w'’-]+(?:\s+(?:(?:de|van|der|von|da|du|dos|bin|binti|al)\s+)*[A-Z][\w'’-]+){1,3})"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_TRAILING_HONORIFIC = re.compile(r"\s(?:Dr|Prof|Mr|Mrs|Ms|Hon|Eng|H)\Z")
# "Secretary to the Ministry of Fisheries K. P. Wimalasena": a name's first initial after a
# body ends the body (the initials and the name follow the full stop)
_TRAILING_INITIAL = re.compile(r"\s[A-Z]\Z")
_INITIALS_NAME = re.compile(r"\.\s(?:[A-Z]\.\s?)*[A-Z][a-z]")


def _organ_forms(doc: Doc, matches: list[gz.Match]) -> dict[str, tuple[int, str]]:
    """"U.N. General Assembly" named: "General Assembly" -> (its first position, its entity id),
    for a table organization's name written as another organization's name or acronym and the
    organ's own words."""
    out: dict[str, tuple[int, str]] = {}
    for m in matches:
        if m.entry.kind != gz.BODY or m.entry.body_type is not EntityType.ORGANIZATION:
            continue
        toks = doc.text[m.start : m.end].split()
        for k in range(1, len(toks) - 1):
            prefix = " ".join(toks[:k])
            parent = gz.scan_name(prefix)
            if len(parent) != 1 or parent[0].entry.kind != gz.BODY or parent[0].start != 0 or (
                    parent[0].end != len(prefix)):
                continue
            rest = " ".join(toks[k:])
            eid = _eid(EntityType.ORGANIZATION, gz.bodies()[m.entry.key].name)
            if eid in doc.ents and rest not in out:
                out[rest] = (m.start, eid)
            break
    return out


def _chunks(doc: Doc) -> list[ChunkT]:
    """Capitalised name chunks classified by head noun: (start, end, type, name, acronym, head)."""
    text = doc.text
    out: list[ChunkT] = []
    extended = -1
    for m in _chunk_matches(text):
        if text.startswith("Affaires", m.start()) and text[m.start() - 2 : m.start()] in (
                "d'", "d’") and (a := _AFFAIRES_OF.match(text, m.start(), m.end())) is not None:
            # "the Chargé d'Affaires of the Embassy of C": the title's tail is no part of the
            # body named after it
            m = _CHUNK.match(text, a.end()) or m
        if (lead := _LEAD_THE.match(m.group())) is not None:
            # "On Tuesday the Oceanographic Institute invited ...": the name after the sentence's
            # opening time words and "the"
            m = _CHUNK.match(text, m.start() + lead.end()) or m
        word = m.group()
        hon = _TRAILING_HONORIFIC.search(word) if text.startswith(".", m.end()) else None
        if hon is None and text.startswith(". ", m.end()) and _INITIALS_NAME.match(text, m.end()):
            hon = _TRAILING_INITIAL.search(word)
        if hon is not None:
            # "Minister of State at the Ministry of Foreign Affairs Dr. X": the honorific of the
            # name after a body ends the body ("the Secretariat General H.E. X" too)
            word = word[: hon.start()]
        if " " not in word:
            if text.startswith(" from ", m.end()) and (
                    fr := _FROM_PROGRAMME.match(text, m.end())) is not None and not _masked(
                        doc, m.start(), fr.end()):
                # "under the Grain from Ukraine humanitarian programme": a programme's name
                # with a lower-case "from" and its tail
                name = text[m.start() : fr.end()]
                out.append((m.start(), fr.end(), EntityType.PROJECT, name, "", fr["head"]))
                extended = max(extended, fr.end())
                continue
            if word in _TREATY_TITLE_HEADS and (
                    tend := _between_states(text, m.end())) > m.end() and not _masked(
                        doc, m.start(), tend):
                # "the Agreement between the Government of A and the Government of B on ...":
                # a treaty's title (the states' names stay mentions of their own)
                out.append((m.start(), tend, EntityType.PROJECT, text[m.start() : tend], "",
                            word.lower()))
                extended = max(extended, tend)
                continue
            if not _single_word_body(text, m.end(), word):
                continue  # one capitalised word: a name only with a tail or an acronym after it
        else:
            cut = None if MONTH_WORDS.isdisjoint(word.split()) else _DATE_WORD_IN_CHUNK.search(word)
            if cut:  # "Fiji National University on Wednesday"
                word = word[: cut.start()]
                if not word:
                    continue
                if " " not in word and not _single_word_body(text, m.start() + len(word), word):
                    continue
        if m.start() < extended and m.end() <= extended or _masked(doc, m.start(), m.end()):
            continue  # words of an agreement's name already read, or the dateline
        if (mt := _SESSION_RECORD.fullmatch(word)) is not None:
            # "signed the Minutes of the Second Session", "the Protocol of the Eighth Meeting of
            # the Joint Commission": a session's signed record is one document, not the
            # commission named at its end
            out.append((m.start(), m.start() + len(word), EntityType.PROJECT, word, "",
                        mt["head"].lower()))
            extended = max(extended, m.start() + len(word))
            continue
        pieces = _split_chunk(text, m.start(), m.start() + len(word))
        if " of " in word and _HON_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "moderated by Dr. Jan Nowak of the Department of Asian Studies": a name after an
            # honorific, then the body the person is of
            named = _NAME_OF_BODY.match(word)
            if named is not None:
                pieces = [(m.start(), m.start() + named.end(1)),
                          (m.start() + named.end(), m.start() + len(word))]
        for start, end in pieces:
            if start < extended:
                continue  # "Mission to «Moldova» and the Ministry of ...": only the Ministry
            if _PATRONYMIC_AFTER.match(text, end):
                end = _cut_patronymic_head(text, start, end)
            member = _MEMBER_STATE_OF.match(text, start, end)
            if member is not None and not member.group(1) and not _MEMBER_WORD_BEFORE.search(
                    text[max(0, start - 14) : start]):
                member = None  # "the State of Qatar": a State of its own
            if member is not None:
                start = member.end()  # "a Partner State of the Community": only the body
            chunk = _classify(doc, start, end)
            if chunk[2] is EntityType.INSTITUTION and text[start - 3 : start] in _SPACED_DASHES:
                chunk = _with_dashed_word(doc, chunk)
            if chunk[2] in _BODY_TYPES and text.startswith(_POSS_S, chunk[1]) and (
                    " on " in chunk[3]):
                # "a lecture at the Academy of Peru on Latin America's trade": the topic's
                # possessor is no part of the body's name
                short = _classify(doc, chunk[0], chunk[0] + chunk[3].rindex(" on "))
                if short[2] is chunk[2]:
                    chunk = short
            if chunk[2] is not None and start > 2 and text[start - 2] == ".":
                chunk = _with_initials(text, chunk)
            if chunk[1] > end:
                extended = max(extended, chunk[1])  # "India-Brazil-South Africa (IBSA) Forum"
            if chunk[2] is not None and chunk[5] in _NAME_RUNS_ON:
                chunk = _extend_name(doc, chunk)
                if chunk[5] in _AGREEMENT_TOPIC_HEADS and " on " in chunk[3]:
                    chunk = _extend_topics(doc, chunk)
                extended = max(extended, chunk[1])
            elif chunk[5] in _TOPIC_HEADS and " on " in chunk[3]:
                chunk = _extend_topics(doc, chunk)
                extended = max(extended, chunk[1])
            elif chunk[2] is not None and chunk[5] == "mission":
                chunk = _extend_mission(doc, chunk)
                extended = max(extended, chunk[1])
            elif chunk[2] is not None and text.startswith(",", chunk[1]) and (
                    _PORTFOLIO_BODY_NAME.fullmatch(chunk[3])):
                chunk = _extend_portfolio(doc, chunk)
                extended = max(extended, chunk[1])
            if chunk[2] is EntityType.INSTITUTION:
                chunk = _extend_under(doc, chunk)
                extended = max(extended, chunk[1])
            elif chunk[2] is EntityType.PROJECT and chunk[5] in _RANGED_HEADS:
                chunk = _extend_years(text, chunk)
                extended = max(extended, chunk[1])
            if chunk[2] is None and " " in chunk[3] and _APPO_PROGRAMME.match(text, chunk[1]):
                # "Operation Miracle, the Cuban eye-care programme, ...": a name with no head
                # word that its apposition calls a programme
                chunk = (chunk[0], chunk[1], EntityType.PROJECT, chunk[3], chunk[4], "programme")
            if chunk[2] is EntityType.PROJECT and chunk[5] == "airport" and (
                    _ARRIVED_AT.search(text, max(0, chunk[0] - 40), chunk[0])):
                # "X landed at Y International Airport", "was welcomed at Y Airport by": the
                # venue of an arrival, no project (not "reviewed progress at the Y Airport")
                chunk = (chunk[0], chunk[1], None, chunk[3], chunk[4], chunk[5])
            if chunk[2] is EntityType.PROJECT and chunk[5] == "zone":
                # "the Colón Free Zone", "the Aqaba Special Economic Zone", "the Dry Zone": a
                # place, no project
                chunk = (chunk[0], chunk[1], None, chunk[3], chunk[4], chunk[5])
            if chunk[2] is EntityType.PROJECT and text.startswith(_DONE_AFTER, chunk[1]) and (
                    _title_case_line(text, chunk[0])):
                # a title-case headline's "Social Security Pact Initialled": words describing
                # the deal the story names, not its name
                chunk = (chunk[0], chunk[1], None, chunk[3], chunk[4], chunk[5])
            out.append(chunk)
    if "(" in text:
        out = _with_french_bodies(doc, out)
    # "held a JIIA Forum": a name used with "a" is an event, wherever else it appears
    events = {c[3] for c in out if c[2] is None and c[5] in _EVENT_HEADS
              and _INDEFINITE.search(text, max(0, c[0] - 4), c[0])}
    if events:
        out = [c if c[3] not in events else (c[0], c[1], None, c[3], c[4], c[5]) for c in out]
    return out


_BODY_TYPES = (EntityType.INSTITUTION, EntityType.ORGANIZATION)
# "Agence française de développement (AFD)", "École nationale d'administration publique (ENAP)":
# a French body's capitalised head, then lower-case words (French style), then its acronym,
# the initials of the head and of the content words
# ("Electricidade de Moçambique (EDM)", "Caminhos de Ferro de Moçambique (CFM)": a Portuguese
# or Spanish state company, its capitalised words after "de", its acronym with or without the
# initials of "de")
_FRENCH_ORG_HEADS = frozenset(words(
    "Banque Caisse Société Electricidade Eletricidade Empresa Companhia Compañía Caminhos "
    "Hidroeléctrica Hidroelétrica Petróleos Aeroportos Portos Correios"))
_FRENCH_BODY = re.compile(
    r"(?<![\w'’])(?P<name>(?P<head>Agence|École|Ecole|Institut|Office|Caisse|Centre|Conseil|Banque|"
    r"Université|Autorité|Société|Direction|Commissariat|Comité|Chambre|Observatoire|"
    r"Laboratoire|Electricidade|Eletricidade|Empresa|Companhia|Compañía|Caminhos|Hidroeléctrica|"
    r"Hidroelétrica|Petróleos|Aeroportos|Portos|Correios)"
    r"(?:[^\S\n]+(?:[dl]['’])?[a-zàâçéèêëîïôöûùüÿœ][\w'’-]*"
    r"|(?<=\sde|\sdo|\sda)[^\S\n]+[A-ZÀ-Ý][\w'’-]*){1,9})"
    r"[^\S\n]+\((?P<acr>[A-ZÉ][A-Za-zÉ]{1,7})\)"
)
_FRENCH_FUNCTION = frozenset(words("de du des la le les et pour en à au aux sur"))
_PAREN_ACRONYM = re.compile(r"\((?:[A-ZÉ][A-Za-zÉ]{1,7})\)")


def _plain_initial(word: str) -> str:
    return unicodedata.normalize("NFD", word[:1])[:1].upper()


def _with_french_bodies(doc: Doc, out: list[ChunkT]) -> list[ChunkT]:
    text = doc.text
    # (searched back from each "(ACR)": a scan of the whole text for the heads cost more)
    for acr in _PAREN_ACRONYM.finditer(text):
        m = next((x for x in _FRENCH_BODY.finditer(text, max(0, acr.start() - 250), acr.end())
                  if x.end() == acr.end()), None)
        if m is None:
            continue
        words_ = [re.sub(r"^[dl]['’]", "", w) for w in m["name"].split()]
        content = [w for w in words_ if w not in _FRENCH_FUNCTION]
        acr_ = "".join(_plain_initial(ch) for ch in m["acr"]).upper()
        if "".join(_plain_initial(w) for w in content) != acr_ and (
                "".join(_plain_initial(w) for w in words_) != acr_ or content == words_):
            continue
        s, e = m.start("name"), m.end("name")
        if _masked(doc, s, e) or any(c[0] < e and c[1] > s and c[2] is not None and (
                c[0] < s or c[1] > e) for c in out):
            continue
        typ = (EntityType.ORGANIZATION if m["head"] in _FRENCH_ORG_HEADS
               else EntityType.INSTITUTION)
        out = [c for c in out if not (c[0] < e and c[1] > s)]
        out.append((s, e, typ, m["name"], m["acr"], m["head"].lower()))
    out.sort(key=lambda c: c[0])
    return out
_APPO_PROGRAMME = re.compile(
    # (modifiers only: not "X, a coordinator with the programme")
    r",[^\S\n]+(?:an?|the)[^\S\n]+"
    r"(?:(?!(?:of|for|with|at|in|on|from|under|to|the|an?|and|its|their)\b)[\w-]+[^\S\n]+){0,4}?"
    # ("the Commonwealth Connectivity Agenda, a programme on trade and investment ...": its
    # topic after "on")
    r"(?:programme|program|project|initiative|scheme)(?=[^\S\n]*[,.;]|[^\S\n]+on[^\S\n]+[a-z])"
)
_ARRIVED_AT = re.compile(
    # ("greeted him on the tarmac at Y Airport", "shortly after landing at Prince Y Airport":
    # up to four words between, the participle, and a title word left out of the name)
    # ("would finance a new terminal (runway) at Y International Airport": the site of the works)
    r"\b(?:landed|landing|touched\s+down|arrived|arriving|met|welcomed|received|greeted|"
    r"seen\s+off|terminal|runway)"
    r"(?:\s+[a-z]+){0,4}?\s+at\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?\Z"
)
_POSS_S = ("'s", "’s")


# "Development Cooperation Programme 2025-2027": a plan's years right after its head word are
# part of its name (not after an acronym: "Programme (PEC) 2022-2026")
_RANGED_HEADS = frozenset(words("programme program plan strategy framework"))
_YEAR_RANGE_AFTER = re.compile(r"[^\S\n]+((?:19|20)\d{2}[-–](?:(?:19|20)\d{2}|\d{2}))(?![\w-])")


def _extend_years(text: str, chunk: ChunkT) -> ChunkT:
    start, end, typ, name, acr, head = chunk
    years = _YEAR_RANGE_AFTER.match(text, end)
    if years is None or text[start:end] != name:
        return chunk
    low = name.lower()
    if not low.endswith(head) and not any(f"{head} {p} " in low for p in ("for", "of", "on")):
        # (the head and its own tail: "the Executive Program for Cultural Cooperation 2026-2028")
        return chunk
    return (start, years.end(), typ, f"{name} {years.group(1)}", acr, head)


# "Kenya is a Partner State of the East African Community": a member's word is no body name
_MEMBER_WORD_BEFORE = re.compile(r"(?:Member|Partner|Participating)[^\S\n]+\Z")
_MEMBER_STATE_OF = re.compile(
    r"((?:Member|Partner|Participating)[^\S\n]+)?(?:States?|Countries)[^\S\n]+of[^\S\n]+"
    r"(?:the[^\S\n]+)?(?=[A-Z])"
)


# "the L.N. Gumilyov Eurasian National University", "the S. Rajaratnam School of ...": a body's
# name keeps the initials before it (not a country's: "U.S. Department of State")
_INITIALS_BEFORE = re.compile(rf"(?<![\w.’'])(?:[{UP}]\.){{1,3}}[^\S\n]\Z")


def _with_initials(text: str, chunk: ChunkT) -> ChunkT:
    start, end, etype, name, acr, head = chunk
    m = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if m is None or gz.scan_name(m.group().strip()):
        return chunk
    return (m.start(), end, etype, text[m.start() : end], acr, head)


# Agreements and programmes whose names run over lower-case prepositions: "Agreement on
# Cooperation in Education and Science", "Border Management Programme in Central Asia".
_NAME_RUNS_ON = frozenset(
    words("""agreement memorandum treaty convention protocol arrangement accord charter
          declaration programme program initiative""")
)
_RUN_ON = re.compile(
    # ("Memorandum of Understanding establishing the A-B Joint Commission": what an agreement
    # sets up, inside its name)
    rf"[^\S\n]+(?P<prep>in|from|with|between|for|against|among|concerning|regarding|"
    rf"establishing)[^\S\n]+"
    rf"(?:the[^\S\n]+)?(?P<w>[{UP}][\w’'-]*(?:[^\S\n]+(?:(?:of|and|for|on|the|in|&)[^\S\n]+)*"
    rf"[{UP}][\w’'-]*)*)"
)
# "signed the Agreement in Apia": "in" and a capitalised word right after an agreement's head
# (not "in the Field of ...") is where it was signed
_SIGNED_IN = re.compile(r"[^\S\n]+in[^\S\n]+(?!the\b|Principle\b)")
_AGREEMENT_HEADS = frozenset(words("""agreement memorandum treaty convention protocol arrangement
                                   accord charter declaration compact pact"""))
_REGION_WORD = re.compile(
    r"(?:(?:Central|South|Southeast|South-East|East|West|North|Southern|Northern|Eastern|"
    r"Western|Sub-Saharan)\s+)?(?:Asia|Africa|Europe|America|Americas|Pacific|Caribbean|Arctic|"
    r"Sahel|Balkans|Middle\s+East|Latin\s+America|Indian\s+Ocean|Mediterranean)$"
)


_TOPIC_TAIL = re.compile(r"\s(?:in|on|for)\s+[A-Z][\w’'-]*\Z")


_PORTFOLIO_BODY_NAME = re.compile(
    rf"(?:[{UP}][\w-]*\s+)?(?:Ministry|Department|Secretariat|Chamber)\s+(?:of|for)\s+"
    rf"(?:the\s+)?{_PORTF}")
# ", Innovation, Technology and Telecommunications": the rest of a portfolio list, ending in
# "and" + its last words
_PORTFOLIO_REST = re.compile(
    # ("Ministry of Foreign Affairs, International Cooperation and External Trade": an item of
    # the list may be more than one word)
    # ("Department of Forestry, Fisheries and the Environment": "the" before the last item)
    rf"(?:,[^\S\n]+(?:{_PW})(?:[^\S\n]+(?:{_PW}))*)*,?[^\S\n]+(?:and|&)[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?:{_PW})"
    rf"(?:[^\S\n]+(?:{_PW}))*"
    rf"(?![\w-]|[^\S\n]+(?:[{UP}]|of\b|for\b))")
# ("the Ministry of Agriculture, Forestry and Fisheries of Cambodia": the same list, the
# ministry's state after it)
_PORTFOLIO_REST_OF = re.compile(
    _PORTFOLIO_REST.pattern.removesuffix(rf"(?![\w-]|[^\S\n]+(?:[{UP}]|of\b|for\b))")
    + r"(?=[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)")
_OF_STATE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")


def _extend_portfolio(doc: Doc, chunk: ChunkT) -> ChunkT:
    """"the Ministry of Science, Innovation, Technology and Telecommunications": one ministry
    whose portfolio is a list (a singular "Ministry" before a list of portfolio words)."""
    start, end, etype, name, acr, head = chunk
    m = _PORTFOLIO_REST.match(doc.text, end)
    if m is None and (m := _PORTFOLIO_REST_OF.match(doc.text, end)) is not None:
        of = _OF_STATE.match(doc.text, m.end())
        state = gz.scan_name(doc.text[of.end() : of.end() + 60]) if of is not None else ()
        if not state or state[0].start != 0 or state[0].entry.kind != "country":
            m = None
    if m is None:
        return chunk
    end = m.end()
    acr_m = _ACRONYM.match(doc.text, end)
    return (start, end, etype, doc.text[start:end], acr_m.group("acr") if acr_m else acr, head)


_RUN_ON_PREP = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?")
_RUN_ON_DATE = re.compile(r"(?:(?:" + "|".join(sorted(MONTH_WORDS)) + r")\b|\d)")


def _extend_name(doc: Doc, chunk: ChunkT) -> ChunkT:
    start, end, etype, name, acr, head = chunk
    text = doc.text
    agreement = head in ("agreement", "memorandum", "treaty", "convention", "protocol",
                         "arrangement", "accord", "charter", "declaration")
    if agreement and (tend := _between_states(text, end, official=True)) > end:
        # "the General Cooperation Agreement between the Republic of A and the State of B" (not
        # "the Treaty of Friendship between Samoa and New Zealand": a name, then its parties)
        end = tend
    while True:
        m = _RUN_ON.match(text, end)
        if m is None:
            break
        w = m.group("w")
        m_end = m.end()
        # "the MoU on Cooperation in the Field of Fisheries on Tuesday", "... in the Hydrocarbon
        # Sector in Georgetown on Tuesday": the name ends before its date and its place
        cut = len(w)
        for p in reversed(list(_RUN_ON_PREP.finditer(w, 0, cut))):
            tail = w[p.end() : cut]
            if p.start() == 0 or not (_RUN_ON_DATE.match(tail) or _only_places(tail)):
                break
            cut = p.start()
        if cut < len(w):
            m_end -= len(w) - cut
            w = w[:cut]
        toks = w.split()
        region = m.group("prep") == "in" and _REGION_WORD.match(w) is not None
        if agreement and _SIGNED_IN.match(text, end) and not region and not any(
                t in PORTFOLIO_WORDS for t in toks) and text[start:end].split()[-1].lower() in (
                _AGREEMENT_HEADS):
            break  # "the Compact Review Agreement in Honolulu": the place of signing
        # "Programme for Cooperation in Culture and Education": over portfolio words too
        topics = m.group("prep") in ("in", "for") and all(
            t in PORTFOLIO_WORDS or t in CONNECTORS for t in toks)
        if not agreement and not region and not topics:
            break  # a programme's name runs only over "in <region>" and its topics
        if toks[0] in NOT_NAME and toks[0] not in PORTFOLIO_WORDS or (
                _only_places(w) and not region):
            break  # "with Japan", "in January", "between Samoa and New Zealand"
        if _is_table_body(toks) or any(t in MONTH_WORDS for t in toks):
            break
        if m.group("prep") == "with" and not _TOPIC_NOT.isdisjoint(toks):
            break  # "signed the Agreement on X with Ghanaian Foreign Minister Y": the co-signer
        end = m_end
    if agreement and _TOPIC_TAIL.search(text, start, end) and (
            lst := _TOPIC_LIST.match(text, end)) is not None and all(
            t in PORTFOLIO_WORDS or t in CONNECTORS for t in lst.group().replace(",", " ").split()):
        # "Memorandum of Understanding on Cooperation in Science, Technology and Innovation":
        # the topic after the preposition goes on as a list of portfolio words
        end = lst.end()
    if end == chunk[1]:
        return chunk
    acr_m = _ACRONYM.match(text, end)
    return (start, end, etype, text[start:end], acr_m.group("acr") if acr_m else acr, head)


# "Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation": a
# commission's name runs over its comma-separated list of topics
_TOPIC_HEADS = frozenset(words("commission committee council subcommittee"))
# ("General Agreement on Economic, Commercial and Technical Cooperation": an agreement's topics,
# no states among them)
_AGREEMENT_TOPIC_HEADS = frozenset(words("agreement treaty convention memorandum accord protocol"))
_TOPIC_NOT = frozenset(words("""Minister Ministers Ambassador Ambassadors Secretary President
                             Director Chairman Chair Speaker Commissioner Envoy"""))
# ("Subcommittee on East Asia, the Pacific, and International Cybersecurity Policy": a topic
# may take "the")
_TOPIC_LIST = re.compile(
    rf"(?:,[^\S\n]+(?:the[^\S\n]+)?[{UP}][\w’'-]*(?:[^\S\n]+[{UP}][\w’'-]*)?)+,?[^\S\n]+and"
    rf"[^\S\n]+(?:the[^\S\n]+)?[{UP}][\w’'-]*(?:[^\S\n]+[{UP}][\w’'-]*)*"
)

_LISTED_DOCUMENT = re.compile(r"(?:,|\band)[^\S\n]+the[^\S\n]")


def _extend_topics(doc: Doc, chunk: ChunkT) -> ChunkT:
    start, end, etype, _, acr, head = chunk
    text = doc.text
    m = _TOPIC_LIST.match(text, end)
    if m is None or any(t in MONTH_WORDS for t in m.group().split()) or not _TOPIC_NOT.isdisjoint(
            letter_words(m.group())):
        return chunk  # (not "the Commission on Trade, the Deputy Minister and the Ambassador")
    if head in _AGREEMENT_TOPIC_HEADS and (
            gz.scan_name(m.group()) or _LISTED_DOCUMENT.search(m.group())
            or not _AGREEMENT_TOPIC_HEADS.isdisjoint(w.lower() for w in letter_words(m.group()))):
        # (not "the Agreement on Trade, Kenya and Chile said", nor "the Agreement on Air
        # Services, the Extradition Treaty and the Memorandum on ...": a list of documents)
        return chunk
    end = m.end()
    acr_m = _ACRONYM.match(text, end)
    return (start, end, etype, text[start:end], acr_m.group("acr") if acr_m else acr, head)


# "the OSCE Mission to Moldova", "the EU Mission to Kosovo": a mission's name runs over "to"
# and the country or body it is sent to (a mission "in" a city is only its seat)
_MISSION_TO = re.compile(
    rf"[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?P<w>[{UP}][\w’'-]*(?:[^\S\n]+(?:(?:of|and|the)"
    rf"[^\S\n]+)*[{UP}][\w’'-]*)*)"
)


def _extend_mission(doc: Doc, chunk: ChunkT) -> ChunkT:
    start, end, etype, name, acr, head = chunk
    if name.split()[-1] != "Mission" or acr:
        return chunk
    text = doc.text
    m = _MISSION_TO.match(text, end)
    if m is None:
        return chunk
    toks = m.group("w").split()
    for k in range(len(toks), 0, -1):  # "to Moldova and the Ministry of ...": "Moldova"
        w = toks[:k]
        if w[-1][0].isupper() and not any(t in MONTH_WORDS for t in w) and (
                _only_places(" ".join(w)) or _is_table_body(w)):
            break
    else:
        return chunk  # only a country, a capital or a known body is where a mission is sent
    end = m.start("w") + len(" ".join(w))
    if text[m.start("w") : end] != " ".join(w):
        return chunk
    acr_m = _ACRONYM.match(text, end)
    return (start, end, etype, text[start:end], acr_m.group("acr") if acr_m else acr, head)


# "the Institute for Strategic Studies under the President of the Republic of Kazakhstan": a
# state body's name runs over "under" the head of state or government it reports to
_UNDER = re.compile(
    r"[^\S\n]+under[^\S\n]+the[^\S\n]+(?:President|Prime[^\S\n]+Minister|Government|Cabinet"
    r"(?:[^\S\n]+of[^\S\n]+Ministers)?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<w>[{UP}][\w’'-]*(?:[^\S\n]+(?:(?:of|and|the)[^\S\n]+)*[{UP}][\w’'-]*)*)"
)


def _extend_under(doc: Doc, chunk: ChunkT) -> ChunkT:
    start, end, etype, name, acr, head = chunk
    text = doc.text
    m = _UNDER.match(text, end)
    if m is None or acr:
        return chunk
    toks = m.group("w").split()
    for k in range(len(toks), 0, -1):
        if _only_places(" ".join(toks[:k])) and toks[k - 1][0].isupper():
            break
    else:
        return chunk  # only a state's name ends the phrase
    end = m.start("w") + len(" ".join(toks[:k]))
    if text[m.start("w") : end] != " ".join(toks[:k]):
        return chunk
    acr_m = _ACRONYM.match(text, end)
    return (start, end, etype, text[start:end], acr_m.group("acr") if acr_m else acr, head)


def _only_places(words_: str) -> bool:
    """Only countries, capitals and demonyms (and connectors): "Samoa and New Zealand"."""
    rest = words_
    for m in reversed(gz.scan_name(words_)):
        if m.entry.kind == gz.BODY:
            return False
        rest = rest[: m.start] + rest[m.end :]
    return all(t in CONNECTORS for t in rest.replace(",", " ").split())


_DATE_WORD_IN_CHUNK = re.compile(
    r"(?:\s+(?:on|of|in|the))*\s+(?:" + "|".join(sorted(MONTH_WORDS)) + r")\b.*$"
)


_FROM_PROGRAMME = re.compile(
    rf" from [{UP}][{LOW}]+(?: [{UP}][{LOW}]+)?(?: [a-z]+)? "
    r"(?P<head>programme|program|initiative)\b")
# A treaty's title: "Agreement between the Government of the Republic of A and the Government of
# the B on the Promotion of Investments", "Treaty between the United Mexican States and the
# Republic of Finland on the Transfer of Sentenced Persons": the two states (each a country's
# name or official form, checked by `_between_states`) and the title's capitalised topic
_STATE_IN_TITLE = (rf"(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?"
                   rf"[{UP}][\w’'-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[{UP}][\w’'-]*)*")
_BETWEEN_STATES = re.compile(
    rf"[^\S\n]+between[^\S\n]+(?P<a>{_STATE_IN_TITLE})[^\S\n]+and[^\S\n]+(?P<b>{_STATE_IN_TITLE})"
    rf"(?P<topic>[^\S\n]+(?:on|for|concerning|regarding)[^\S\n]+(?:the[^\S\n]+)?[{UP}][\w’'-]*"
    rf"(?:[^\S\n]+(?:(?:of|and|for|on|the|in|to|&)[^\S\n]+)*[{UP}][\w’'-]*)*)?")
_TITLE_TAIL = re.compile(r"[^\S\n]+(?:on|in|for)[^\S\n]+(?:the[^\S\n]+)?")
_TREATY_TITLE_HEADS = frozenset(words("Agreement Treaty Convention Protocol Memorandum Accord"))
# "Agreed Minutes of the First Session", "Protocol of the Eighth Meeting of the Joint Commission":
# the signed record of a session, named by its session
_SESSION_RECORD = re.compile(
    r"(?:Agreed\s+)?(?P<head>Minutes|Protocol)\s+of\s+the\s+(?:[A-Z][a-z]+\s+){0,2}(?:Meeting|Session)"
    r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})?")


def _between_states(text: str, pos: int, official: bool = False) -> int:
    """The end of "between <state> and <state> [on <Topic>]" right after an agreement's head
    word at pos, or pos when the two parties are not both states (with official: not both
    official forms with "the", as a title writes them)."""
    m = _BETWEEN_STATES.match(text, pos)
    if m is None or official and not (m["a"].startswith("the ") and m["b"].startswith("the ")):
        return pos
    for part in ("a", "b"):
        found = gz.scan_name(m.group(part))
        if not found or any(f.entry.kind != gz.COUNTRY for f in found):
            return pos
    end = m.end()
    if m.group("topic"):
        # "... on the Transfer of Sentenced Persons in Helsinki on Monday": the title ends
        # before its place and its day (and is no topic at all when only they follow)
        topic = m.group("topic")
        for t in _TITLE_TAIL.finditer(topic):
            tail = topic[t.end() :]
            first = tail.split()[0]
            seg = _TITLE_TAIL.split(tail, 1)[0]  # "Accra" of "Accra on Tuesday"
            if first in MONTH_WORDS or first.lower() in WEEKDAYS or _only_places(seg):
                end = m.start("topic") + t.start()
                break
    return end
_SPACED_DASHES = frozenset((" – ", " — ", " - "))
# "Camões – Institute for Cooperation and Language": one word, a spaced dash, then the body's
# head and its tail (a line's start or a lower-case word before the word: not a dateline's)
_DASHED_WORD = re.compile(rf"(?:^|(?<=[a-z,(] ))[{UP}][{LOW}]+[^\S\n][–—][^\S\n]\Z", re.M)
# "the ISEAS - Yusof Ishak Institute": an acronym and a spaced dash (or hyphen) before an
# institute named after a person, no tail needed
_DASHED_ACRONYM = re.compile(r"(?:^|(?<=[a-z,(] ))[A-Z]{3,6}[^\S\n][-–—][^\S\n]\Z", re.M)


def _with_dashed_word(doc: Doc, chunk: ChunkT) -> ChunkT:
    text = doc.text
    start = chunk[0]
    tokens = chunk[3].split()
    acr = _DASHED_ACRONYM.search(text, max(0, start - 12), start)
    if acr is None and (len(tokens) < 3 or tokens[1] not in ("of", "for")
                        or _head(tokens) != tokens[0].lower()):
        return chunk
    m = acr or _DASHED_WORD.search(text, max(0, start - 30), start)
    if m is None or gz.scan(text[m.start() : start - 3]):
        return chunk  # "Monrovia – Ministry of ...": a dateline's place
    if acr is not None and _abbreviates(acr.group().split()[0], tokens):
        # "KEMRI - Kenya Medical Research Institute": the acronym of the name after it
        return (*chunk[:4], acr.group().split()[0], chunk[5])
    longer = _classify(doc, m.start(), chunk[1])
    if acr is not None and longer[2] is EntityType.INSTITUTION and not longer[4]:
        # ("Senior Fellow, ISEAS": the acronym alone names it too)
        longer = (*longer[:4], m.group().split()[0], longer[5])
    return longer if longer[2] is EntityType.INSTITUTION else chunk


def _abbreviates(acronym: str, tokens: list[str]) -> bool:
    """The initials of the name's capitalised words, in order, within the acronym that starts
    as the name does ("KEMRI" for Kenya Medical Research Institute)."""
    initials = [t[0] for t in tokens if t[:1].isupper()]
    if not initials or acronym[0] != initials[0]:
        return False
    rest = iter(acronym)
    return all(ch in rest for ch in initials)


def _single_word_body(text: str, end: int, word: str) -> bool:
    if word in _LEGISLATURES:
        return True
    if word.endswith(_CAMEL_TAILS) and _CAMEL_BODY.fullmatch(word):
        return True  # "CzechTrade has cooperated with ...": one mixed-case word naming a body
    if word.endswith("gaz") and _GAS_COMPANY.fullmatch(word):
        return True  # "Bulgartransgaz and SOCAR signed ...": a gas company
    nxt = text[end : end + 2]
    if nxt == " (":
        return True
    if len(nxt) < 2 or not nxt[0].isspace() or not (nxt[1].islower() or nxt[1].isspace()):
        return False
    return bool(_LOWER_TAIL.match(text, end))


_OF_THE = re.compile(r"\s+of\s+the\s+")
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+(?:of\s+)?(?:the\s+)?")
_NONSPACE = re.compile(r"\S+")
_eid = lru_cache(maxsize=50_000)(entity_id)


_HEADLINE_VERBS = frozenset(words(
    """Sign Signs Signed Meet Meets Hold Holds Visit Visits Discuss Discusses Agree Agrees Launch
    Launches Receive Receives Receiving Open Opens Boost Boosts Review Reviews Strengthen
    Strengthens Pledge Pledges Welcome Welcomes Host Hosts Explore Explores Renew Renews Deepen
    Deepens Expand Expands Celebrate Celebrates Mark Marks Present Presents Call Calls Urge Urges
    Vow Vows Eye Eyes Ink Inks Seal Seals Reaffirm Reaffirms Initial Initials Initialled
    Initialed"""
))
# a headline's participle after a deal: "Water Pact Signed", "Tax Treaty Initialled"
_DONE_AFTER = (" Signed", " Initialled", " Initialed", " Inked", " Sealed")
_HEADLINE_VERB_RX = re.compile(r"\b(?:" + "|".join(sorted(_HEADLINE_VERBS)) + r")\b")


def _title_case_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _title_case(text[start : end if end >= 0 else len(text)])


def _split_chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a chunk at titles ("Secretary-General of the OIC") and at 'and' between two bodies."""
    seg = text[start:end]
    # Only a headline verb needs the rest of the line; the cut itself depends on the chunk's
    # words alone (a chunk starts after a non-word character and stays on one line), so the
    # cuts of a name seen before are reused.
    headline = _has_headline_verb(seg) and _title_case_line(text, start)
    if " and " in seg and (acr := _ACRONYM.match(text, end)) is not None and acr.group(
            "acr") in _initials(seg):
        # "Enhanced Partnership and Cooperation Agreement (EPCA)": the acronym spells the whole
        # name, so its 'and' joins no two names
        return [_trim(text, start, end)]
    return [(start + s, start + e) for s, e in _split_segment(seg, headline)]


@lru_cache(maxsize=SENTENCE_CACHE)
def _has_headline_verb(seg: str) -> bool:
    return not _HEADLINE_VERBS.isdisjoint(letter_words(seg))


_MONARCH_TITLES = frozenset(("King", "Queen", "Sultan", "Emir", "Emperor", "Prince", "Princess"))
# ("King Salman Humanitarian Aid and Relief Centre": an "and" between the name's words)
_NAMED_AFTER_MONARCH = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]+){0,4}?"
                                  r"\s+(?:University|Institute|Academy|"
                                  r"College|School|Hospital|Foundation|Centre|Center|Library)"
                                  # "Prince Saud Al-Faisal Institute for Diplomatic Studies"
                                  # ("Sultan Qaboos University and the I": a second body after it)
                                  r"(?:\s+(?:of|for|and|&)\s.*)?$")
_CONN_BEFORE = re.compile(r"[^\S\n](?:and|of|for|on|&)[^\S\n]+$")


def _topic_justice(after: list[str]) -> bool:
    """"Justice" after a connector ends the name or comes before its head or a connector (not
    "... and Justice Anna Mensah", a judge)."""
    if not after:
        return True
    low = after[0].lower()
    return after[0] in CONNECTORS or low in INST_HEADS or low in ORG_HEADS or low in PROJ_HEADS


# A sentence's opening time or sequence words before "the" and a name: "On Tuesday the
# Oceanographic Institute invited ...", "Later the National Assembly ...": no part of the name
_LEAD_THE = re.compile(
    r"(?:(?:On|In|By|During|Since|Until|Last|Next|This|Early|Late)(?:[^\S\n]+(?:[A-Z][a-z]+|\d{1,4}),?)"
    r"{1,3}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[^\S\n]+(?:[A-Z][a-z]+|\d{1,4}),?){0,2}|"
    r"Later|Earlier|Then|Today|Yesterday|Meanwhile|Afterwards|Subsequently|Separately|"
    r"Thereafter|Tonight|Tomorrow|"
    # ("When the Embassy of Malta opened its chancery, ...": a clause's opening conjunction)
    r"When|While|Whereas|Although|Though|Because|After|Before|Once|Unless|Until|Since|As|If|"
    # ("On 8th December the Kuwait Olympic Committee ...": the month of a day that opens the
    # sentence, the chunk begun after the day's number; not "May", a verb too)
    r"January|February|March|April|June|July|August|September|October|November|December)"
    r"[^\S\n]+the[^\S\n]+(?=[A-Z])"
    # ("Since 2013 Reykjavík University and B have ...": a year fronted without a comma)
    r"|(?:Since|In|By|Until)[^\S\n]+(?:1[89]|20)\d\d[^\S\n]+(?=[A-Z])"
)


@lru_cache(maxsize=SENTENCE_CACHE)
def _split_segment(text: str, headline: bool) -> tuple[tuple[int, int], ...]:
    """_split_chunk of a whole chunk; `headline`: it has a headline verb on a title-case line."""
    start, end = 0, len(text)
    pieces = [(start, end)]
    # titles
    res: list[tuple[int, int]] = []
    for s, e in pieces:
        pos = s
        letters = letter_words(text[s:e])
        if headline and not _HEADLINE_VERBS.isdisjoint(letters):
            # a headline in title case: its verbs end names ("Rwanda Sign Air Services ...")
            for v in _HEADLINE_VERB_RX.finditer(text, s, e):
                pieces.append((pos, v.start()))
                pos = v.end()
            s = pos
            letters = letter_words(text[s:e])
        if TITLE_WORDS.isdisjoint(letters):
            res.append((s, e))
            continue
        for t in _TITLE_ANCHORED.finditer(text, s, e):
            if t.group() in ("Council", "Commission"):
                continue
            if t.group() in _MONARCH_TITLES and _NAMED_AFTER_MONARCH.match(text, t.end(), e):
                continue  # "Sultan Qaboos University": a body named after a monarch
            if t.group() == "Justice" and _CONN_BEFORE.search(text, s, t.start()) and (
                    _topic_justice(text[t.end():e].split())):
                continue  # "Policing and Justice Partnership", "Court of Justice": a topic
            res.append((pos, t.start()))
            pos = t.end()
        res.append((pos, e))
    out: list[tuple[int, int]] = []
    for s, e in res:
        s, e = _trim(text, s, e)
        if e <= s:
            continue
        e = _cut_person_tail(text, s, e)
        seg_text = text[s:e]
        if " and " not in seg_text and " & " not in seg_text and " of the " not in seg_text:
            out.append((s, e))
            continue
        sub = s
        # "Programme of the Food and Agriculture Organization": split before a second body
        of = _OF_THE.search(seg_text)
        if of:
            left, right = seg_text[: of.start()].split(), seg_text[of.end() :].split()
            hr = _head(right)
            if left in _UNIT_OF_BODY and hr in INST_HEADS and len(right) > 1:
                pass  # "Office of the National Assembly of Hungary": the chamber's own office
            elif hr and _head(left) and (hr in ORG_HEADS or hr in INST_HEADS) and len(
                    right) > 1 or (_head(left) == "committee" and _is_table_body(right)):
                # "Foreign Affairs Committee of the Riigikogu": a chamber's committee
                out.extend(_split_and(text, s, s + of.start()))
                sub = s + of.end()
            elif hr and (hr in ORG_HEADS or hr in INST_HEADS) and len(right) > 1 and all(
                w in PORTFOLIO_WORDS or w in CONNECTORS for w in left
            ):
                # "Commissioner for Political Affairs, Peace and Security of the AU Commission":
                # the end of a post's portfolio, then the body
                sub = s + of.end()
            elif hr and (hr in ORG_HEADS or hr in INST_HEADS) and len(right) > 1 and (
                    2 <= len(left) <= 4 and not _head(left) and all(
                        _NAME_TOKEN.fullmatch(t) and t not in NOT_NAME for t in left)
                    and _ACADEMIC_BEFORE.search(text, max(0, s - 12), s) is not None):
                # "Professor Alan Reid of the Balsillie School of ...": a scholar's name after
                # his title, then his body
                out.append((s, s + of.start()))
                sub = s + of.end()
        out.extend(_split_and(text, sub, e))
    return tuple(_trim(text, s, e) for s, e in out if e > s)


_HONORIFIC_WORDS = frozenset(words("Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. H.E."))
# the staff of a state body named after it: "the Office of the National Assembly of Hungary",
# "the Chancellery of the Senate", "the Apparatus of the State Duma"
_UNIT_OF_BODY = (["Office"], ["Chancellery"], ["Apparatus"])
# "Professor X of the I", "Dr. X of the I": an academic title or honorific right before a name
_ACADEMIC_BEFORE = re.compile(r"\b(?:Professor|Prof\.?|Dr\.?)\s+\Z")


def _cut_person_tail(text: str, s: int, e: int) -> int:
    """"National Assembly of Hungary Gábor Kertész": a body name ends with its country; the
    capitalised words after it are the name of the person who holds the post."""
    seg = text[s:e]
    if " M" in seg or " D" in seg:  # (the first letters of _HON_IN_BODY's honorifics)
        hon = _HON_IN_BODY.search(seg)
        if hon is not None and _head(seg[: hon.start()].split()):
            # "Secretary of the Investment Commission Daw Khin Myat Noe", "... Board of
            # Investment Ms Anong Srisuk": an honorific opens the holder's name
            return s + hon.start()
    if "General " in seg or "Admiral " in seg or "Marshal " in seg or "Colonel " in seg:
        rank = _RANK_IN_BODY.search(seg)
        if rank is not None and _head(seg[: rank.start()].split()):
            rest = seg[rank.end() :].split()
            if 2 <= len(rest) <= 4 and not _head(rest) and all(
                    _NAME_TOKEN.fullmatch(t) and t not in NOT_NAME for t in rest):
                # "Chief of the Army Staff General X", "Commander of the Navy Admiral X": a
                # military rank opens the holder's name ("Army Staff" alone is the post's
                # words, no body)
                return s if _STAFF_POST.fullmatch(seg, 0, rank.start()) else s + rank.start()
    h = _CHAMBER_FIRST.match(seg) or _COLLEGIAL_FIRST.match(seg)
    if h is None and (text.endswith(" of ", 0, s) or text.endswith(" for ", 0, s)) and (
            " and the " in seg):
        # "Minister of Foreign Affairs and the Public Service Ronald Ferguson": the last items
        # of a post's portfolio, then the holder's name
        h = _PORTFOLIO_RUN.match(seg)
    if h is not None:  # "Speaker of the House of Representatives Mazen Tarawneh"
        rest = seg[h.end() :].split()
        if len(rest) >= 2 and not _head(rest) and all(
                _NAME_TOKEN.fullmatch(t) and t not in NOT_NAME for t in rest):
            return s + h.end()
    if " of " not in seg and " for " not in seg:
        return e
    p = _PORTFOLIO_BODY.match(seg)
    if p is not None:  # "Ministry of Water Supply Rajan Prasad Adhikari": a portfolio, a name
        rest = seg[p.end() :].split(" and ")[0].split()  # "... Adhikari and Finnish Ambassador"
        if rest and rest[0] in _HONORIFIC_WORDS and len(rest) > 1:
            return s + p.end()  # "Ministry of Foreign Affairs Dr Fahad": an honorific, a name
        if 2 <= len(rest) <= 4 and all(
                _NAME_TOKEN.fullmatch(t) and t not in NOT_NAME for t in rest) and not any(
                gz.scan_name(" ".join(rest))):
            return s + p.end()
    for m in gz.scan_name(seg):
        # "... Committee of the Riigikogu Mart Kangur": a table body ends the name as well
        if m.entry.kind not in (gz.COUNTRY, gz.CAPITAL, gz.BODY) or not _OF_END.search(
                seg, 0, m.start):
            continue
        rest = seg[m.end :].split()
        if len(rest) >= 2 and not _head(rest) and all(
            _NAME_TOKEN.fullmatch(t) and t not in NOT_NAME for t in rest
        ):
            return s + m.end
    return e


def _cut_patronymic_head(text: str, start: int, end: int) -> int:
    """"Member of the Council of Ministers Adel bin Saad X": the word before "bin" opens the
    name of the person who holds the post, not the body's name."""
    seg = text[start:end]
    cut = seg.rfind(" ")
    last = seg[cut + 1 :]
    if cut > 0 and " of " in seg[:cut] and last not in NOT_NAME and not _head([last]):
        return start + cut
    return end


# "Member of the Council of Ministers Adel Al-Harbi": a collegial body's name ends with its
# members' word; capitalised words after it name the person
_COLLEGIAL_FIRST = re.compile(
    r"(?:Council|Cabinet|Board)\s+of\s+(?:Ministers|State|Directors|Governors|Commissioners)\b")
_PATRONYMIC_AFTER = re.compile(r"[^\S\n]+(?:bin|binti|bint|ibn)[^\S\n]+[A-Z]")
_OF_END = re.compile(r"\bof\s+(?:the\s+)?$")
_PORTFOLIO_BODY = re.compile(
    rf"(?:Ministry|Department|Secretariat|Office)\s+(?:of|for)\s+(?:the\s+)?{_PORTF}(?=\s)")
_PORTFOLIO_RUN = re.compile(
    rf"(?:{_PW})(?:(?:\s+|,\s+|,?\s+and\s+(?:the\s+)?)(?:{_PW}))*(?=\s)")
_HOUSE_OF = re.compile(r"House of (?:" + "|".join(sorted(_CHAMBERS)) + r")\b")
# "Speaker of the National Assembly Zsolt Kertai": a legislature named by its kind of assembly
_CHAMBER_FIRST = re.compile(rf"(?:{_HOUSE_OF.pattern}|(?:National|Federal|Legislative)\s+Assembly|"
                            + "|".join(sorted(_LEGISLATURES)) + r")\b")
_NAME_TOKEN = re.compile(rf"[{UP}][{LOW}]+(?:[-{APOS}][{UP}{LOW}][{LOW}]+)*")
# an honorific inside a capitalised run of words, before a name
_HON_IN_BODY = re.compile(r" (?:Mr|Mrs|Ms|Dr|Daw|Mawlawi|Madam|Madame)\.? (?=[A-Z])")
_STAFF_POST = re.compile(r"(?:Army|Naval|Navy|Air|Defence|Defense|General) Staff")
# (a rank after a body's name: "Army Staff General X", "Hellenic Navy Rear Admiral X")
_RANK_IN_BODY = re.compile(
    r" (?:(?:Lieutenant|Major|Brigadier) General|General|(?:Rear |Vice )?Admiral|"
    r"Air (?:Chief |Vice )?Marshal|(?:Lieutenant )?Colonel) (?=[A-Z])")


def _complete_name(tokens: list[str]) -> bool:
    """A body, a table name or a country on one side of 'and' ("Pacific Alliance and of the
    Asia-Pacific Economic Cooperation", "the European Union and the Philippines")."""
    if not tokens:
        return False
    content = [t for t in tokens if t not in CONNECTORS]
    if _head(tokens) and len(content) >= 2:
        return True
    if len(tokens) == 2 and tokens[0] == "Air":
        return True  # "Air Botswana": an airline
    if len(tokens) == 1 and _CAMEL_BODY.fullmatch(tokens[0]):
        return True  # "RwandAir", "KazAID"
    return _is_table_body(tokens) or _is_country_only(" ".join(tokens))


_SHARED_PLURAL_HEADS = frozenset(("Grants", "Funds", "Programmes", "Programs"))
# a post and the capitalised name of its holder right after a body's name
_POST_AFTER_BODY = re.compile(
    r"\s+(?:President|Director(?:-General)?|Executive\s+Director|Chair(?:man|person)?|Rector|"
    r"Dean|Secretary-General|Vice-Chancellor|Chancellor)\s+[A-Z][a-z]"
)


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")


def _split_and(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """"University of Helsinki and the University of the Republic": two bodies."""
    out: list[tuple[int, int]] = []
    sub = s
    # ("St Vincent and the Grenadines Community College": an "and" inside a country's name
    # joins no two names)
    states = [(m.start, m.end) for m in gz.scan_name(text[s:e]) if m.entry.kind == gz.COUNTRY
              and " and " in m.entry.form]
    for a in _AND_SPLIT.finditer(text[s:e]):
        if any(cs < a.start() and a.end() < ce for cs, ce in states):
            continue
        right = text[s + a.end() : e].split()
        left = text[sub : s + a.start()].split()
        if len(right) == 1 and a.group().rstrip().endswith("the") and (
                len(left) == 1 or right[0].lower() in ORG_HEADS or right[0].lower() in INST_HEADS):
            # "the Kingdom and the Community": two one-word references, not one name
            # ("Karma Yeshey and the Fund's Deputy Director-General": a name, then a body's
            # one-word reference)
            out.append((sub, s + a.start()))
            sub = s + a.end()
            continue
        if (len(right) == 1 and a.group().strip() == "and" and _ACRONYM_WORD.fullmatch(right[0])
                and right[0] not in PORTFOLIO_WORDS and len(left) > 1 and _complete_name(left)
                and left[-1].lower() in INST_HEADS | ORG_HEADS):
            # "Uppsala University and USFQ have ...": a body's full name, then another's acronym
            # (not "Ministry of Science and ICT", a portfolio's)
            out.append((sub, s + a.start()))
            sub = s + a.end()
            continue
        if (len(left) == 1 and a.group().strip() == "and" and _ACRONYM_WORD.fullmatch(left[0])
                and left[0] not in PORTFOLIO_WORDS and len(right) > 1 and _complete_name(right)
                and right[-1].lower() in INST_HEADS | ORG_HEADS):
            # ("FGV and Comenius University have ...": the same, the acronym first)
            out.append((sub, s + a.start()))
            sub = s + a.end()
            continue
        if not _complete_name(right):
            continue
        if len(left) == 1 and right[-1] in _SHARED_PLURAL_HEADS and a.group().strip() == "and":
            continue  # "the EEA and Norway Grants": one programme, its plural head shared
        if _joins_adjectives(left, a.group()):
            continue
        if left and left[-1] in _JOINED_NOUNS and right[0] in _JOINED_NOUNS and not (
                a.group().rstrip().endswith("the")):
            continue  # "Individual Partnership and Cooperation Programme": one name
        nxt = _AND_SPLIT.search(text, s + a.end(), e)
        if nxt is not None and not a.group().rstrip().endswith("the") and not _complete_name(
                text[s + a.end() : nxt.start()].split()):
            # "Memorandum on Fisheries and Aquaculture and the Agreement on Health": the
            # words up to the next "and" are no name, so this "and" joins topics
            continue
        if (len(left) == 1 and not _complete_name(left) and s + a.end() < e
                and _POST_AFTER_BODY.match(text, e)):
            # "Afamasaga and East-West Center President Y signed ...": a name, then a body
            # whose head's post and holder follow
            out.append((sub, s + a.start()))
            sub = s + a.end()
            continue
        if not _complete_name(left) and _starts_with_demonym(right):
            # "Mwangi and French Armed Forces Minister ...": a name, then another phrase
            out.append((sub, s + a.start()))
            sub = s + a.end()
            continue
        # "the Port of Riga and the Trans-Caspian International Transport Route": a second
        # "the" opens a new name even when the first is no body
        if _complete_name(left) or a.group().rstrip().endswith("the"):
            out.append((sub, s + a.start()))
            sub = s + a.end()
    out.append((sub, e))
    return out


_TOPIC_ADJ = re.compile(r"[A-Z][a-z]{3,}(?:ic|ical|al|ive|ary)")
# nouns that pair as the topics of one name: "Partnership and Cooperation Agreement"
_JOINED_NOUNS = frozenset(words("Partnership Cooperation Co-operation Friendship"))
_PLACE_ADJ = frozenset(words("Pacific Atlantic Arctic Antarctic Baltic Adriatic Aegean Arabic "
                             "Central Oriental Occidental Austral Continental"))


def _joins_adjectives(left: list[str], conj: str) -> bool:
    """"Treaty on Economic and Development Partnership", "Department of Social and Economic
    Affairs": an adjective before "and", after a topic preposition, modifies the head after
    it; one name, not two. A second "the" ("... Pacific and the ...") still opens a name."""
    if conj.rstrip().endswith("the") or len(left) < 3 or not _TOPIC_ADJ.fullmatch(left[-1]):
        return False
    return left[-1] not in _PLACE_ADJ and any(w in ("on", "for", "of", "in") for w in left[1:-1])


def _starts_with_demonym(tokens: list[str]) -> bool:
    ms = gz.scan_name(tokens[0]) if tokens else []
    return bool(ms) and ms[0].entry.kind == gz.DEMONYM and ms[0].end - ms[0].start == len(tokens[0])


def _is_table_body(tokens: list[str]) -> bool:
    """"Asia-Pacific Economic Cooperation": a whole table name (checked only around 'and')."""
    name = " ".join(tokens)
    ms = gz.scan_name(name)
    return len(ms) == 1 and ms[0].entry.kind == gz.BODY and ms[0].end - ms[0].start == len(name)


# "This Treaty reflects ...": a determiner before a capitalised head is no part of the name
_LEAD_DETS = frozenset(("The", "A", "An", "This", "These", "That", "Those"))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    seg = text[s:e]
    parts = seg.split()
    if not parts:
        return s, s
    if parts[0] not in CONNECTORS and parts[0] not in _LEAD_DETS and (
        parts[-1] not in CONNECTORS
    ):
        return s + (len(seg) - len(seg.lstrip())), e - (len(seg) - len(seg.rstrip()))
    words = list(_NONSPACE.finditer(seg))
    while words and (words[0].group() in CONNECTORS or words[0].group() in _LEAD_DETS):
        words.pop(0)
    while words and words[-1].group() in CONNECTORS:
        words.pop()
    if not words:
        return s, s
    return s + words[0].start(), s + words[-1].end()


_ON_ONE_WORD = re.compile(r"\s+on\s+(?:the\s+)?(?=\S+$)")
_VENUE_ON_TOPIC = re.compile(r"\s+on\s+(?:the\s+)?(?=[A-Z])")
_AT_VENUE = re.compile(r"\bat\s+(?:the\s+)?\Z")
_LOWER_WORD_NEXT = re.compile(r"[^\S\n]+[a-z]{3,}\b")


def _classify(doc: Doc, start: int, end: int) -> ChunkT:
    text = doc.text
    name = text[start:end]
    tokens = name.split()
    if len(tokens) >= 4 and (tokens[1] == "Ministry" and tokens[2] == "of" or (
            tokens[1] == "State" and tokens[2] == "Secretariat")) and (
            _starts_with_demonym(tokens)):
        # "the Kyrgyz Ministry of Health": the ministry's name, as "Suriname's Ministry of
        # Health" gives it ("the Swiss State Secretariat for Economic Affairs": the same)
        return _classify(doc, start + len(tokens[0]) + 1, end)
    if tokens and tokens[-1] == "Treasury":
        if _CAPITAL_NEXT.match(text, end):
            # "US Treasury Secretary X": the post's portfolio, no body of its own
            return (start, end, None, name, "", "")
        if len(tokens) >= 2 and _starts_with_demonym(tokens):
            # "the Kenyan National Treasury": the body's name, its state's adjective no part of it
            return _classify(doc, start + len(tokens[0]) + 1, end)
    if len(tokens) >= 2 and tokens[0] == "Union" and all(
            t in PORTFOLIO_WORDS for t in tokens[1:]) and _CAPITAL_NEXT.match(text, end):
        # "Union Law Secretary X", "Union Education Minister Y" (India's central government):
        # the post's portfolio, no body of its own (as "US Treasury Secretary")
        return (start, end, None, name, "", "")
    if len(tokens) == 2 and tokens[1] in _LEGISLATURES and _starts_with_demonym(tokens):
        # "thanked the Argentine Senate": the Senate named before, its state's adjective no
        # part of the name
        return _classify(doc, start + len(tokens[0]) + 1, end)
    if " on " in name and (on := _ON_ONE_WORD.search(name)) is not None and (
            _starts_with_demonym(tokens[-1:])):
        # "gave a talk at the University of Andorra on the Portuguese diaspora": a demonym after
        # "on (the)" opens the talk's topic, no part of the body's name
        return _classify(doc, start, start + on.start())
    if " on " in name and (on := _VENUE_ON_TOPIC.search(name)) is not None and " of " in name[
            : on.start() + 1] and _AT_VENUE.search(text, max(0, start - 8), start) and (
            _LOWER_WORD_NEXT.match(text, end)):
        # "spoke at the University of Warsaw on the Third Neighbour policy", "a seminar at the
        # Jordan Institute of Diplomacy on South Asian labour migration": a venue's name is
        # whole before "on", and the capitalised words after it open a topic that goes on in
        # lower case
        return _classify(doc, start, start + on.start())
    acr_m = _ACRONYM.match(text, end)
    acr = acr_m.group("acr") if acr_m else ""
    after = acr_m.end() if acr_m else end
    ev = _EVENT_OF.match(name) if "of" in name else None  # (it needs the literal "of")
    if ev is not None and ev.group("ev").lower() in _NOT_ENTITY_TAIL and ev.end() < len(name) \
            and not _HOUSE_OF.match(name):
        # "Leaders Meeting of the Pacific Islands Forum": the body whose event it is
        return _classify(doc, start + ev.end(), end)
    head = _head(tokens)
    nxt = text[after : after + 2]
    if acr and not head and nxt[:1] == " " and len(re.split(r"[-–]", name)) >= 2 and (
            _is_country_only(name)):
        # "the India-Brazil-South Africa (IBSA) Dialogue Forum": a chain of countries, its
        # acronym, then the body's capitalised head
        body = _CHUNK.match(text, after + 1)
        piece = _split_chunk(text, body.start(), body.end())[0] if body is not None else (0, 0)
        btoks = text[piece[0] : piece[1]].split() if piece[0] == after + 1 else []
        bhead = _head(btoks)
        btype = _body_type(btoks, bhead) if bhead else None
        if btype is not None and btoks[-1].lower() not in _NOT_ENTITY_TAIL:
            return (start, piece[1], btype, f"{name} {' '.join(btoks)}", acr, bhead)
    tail_m = _LOWER_TAIL.match(text, after) if len(nxt) == 2 and nxt[0].isspace() and (
        nxt[1].islower() or nxt[1].isspace()) else None
    # "the Seahorse Mediterranean Network project": a network that a project builds
    untitled = not head or tail_m is not None and head in _TAILED_HEADS and tail_m.group(
        "tail").split() in (["project"], ["programme"], ["program"])
    if tail_m and untitled and not _DEGREE.match(name) and name not in _DETERMINERS and (
            not _is_country_only(name) or acr and len(re.split(r"[-–]", name)) >= 2 or (
                # "the Turkmenistan-Afghanistan-Pakistan-India gas pipeline (TAPI)": a chain of
                # countries, a lower-case head, then the acronym
                len(re.split(r"[-–]", name)) >= 2 and _ACRONYM.match(
                    text, after + len(tail_m.group("tail"))) is not None) or (
                # "the China-Kyrgyzstan-Uzbekistan railway": a chain of three countries or more,
                # then a work's lower-case head
                len(re.split(r"[-–]", name)) >= 3 and tail_m.group("tail").split()[-1] in (
                    "railway", "line", "pipeline", "corridor", "highway", "bridge", "tunnel"))):
        # "Tema–Mpakadan railway line", "Tanzania-Zambia Mafuta (TAZAMA) pipeline",
        # "Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline project"
        tail = tail_m.group("tail")
        if tail.endswith("agreement") and doc.sentences and start < doc.sentences[0][1]:
            # a headline's "Afghanistan, Turkmenistan sign TAPI section agreement": words
            # describing the agreement the story names, not a name
            return (start, end, None, name, acr, head)
        name_end = after + len(tail)
        full = name + " " + " ".join(tail.split())
        if not acr and (acr_t := _ACRONYM.match(text, name_end)) is not None:
            acr = acr_t.group("acr")  # "... River Navigation programme (Navegação)"
        return (start, name_end, EntityType.PROJECT, full, acr, tail.split()[-1])
    if 3 <= len(tokens) <= 4 and tokens[-1] == "Government" and tokens[-2] in _SUBNATIONAL and (
            all(t[:1].isupper() for t in tokens)):
        # "Kurdistan Regional Government (KRG)": a region's own government, a body of its own
        # (a state's "Government" stands for the state)
        return (start, end, EntityType.INSTITUTION, name, acr, "government")
    if len(tokens) > 1 and tokens[-1] == "Consultations" and _DIALOGUE_CHANNEL.search(
            text, max(0, start - 100), start) is not None:
        # "have cooperated by means of the Bilateral Political Consultations since 2019": a
        # standing round of consultations named as the channel of a cooperation, a framework
        return (start, end, EntityType.PROJECT, name, acr, "consultations")
    if not tokens or _DEGREE.match(name) or tokens[-1].lower() in _NOT_ENTITY_TAIL and not (
            len(tokens) > 2 and tokens[1] == "for" and tokens[0].lower() == head) and not (
            # "Agreement on Police Cooperation and Capacity Building": an activity, no building
            tokens[-1] == "Building" and len(tokens) > 2 and tokens[-2] in _BUILDING_ACTIVITY):
        if tokens and tokens[-1] == "Dialogue" and len(tokens) > 1 and _DIALOGUE_CHANNEL.search(
                text, max(0, start - 60), start) is not None:
            # "have worked together under the Andes-Africa Strategic Dialogue since 2018",
            # "has taken part in NATO's Mediterranean Dialogue": a standing dialogue named as
            # the channel of a cooperation is a framework, not an event
            return (start, end, EntityType.PROJECT, name, acr, "dialogue")
        # "Dialogue", "Summit": an event, but "Institute for Global Dialogue" is a body
        return (start, end, None, name, acr, head)
    if (len(tokens) > 2 and tokens[1] == "for" and tokens[0].isupper()
            and _after_title(text, start)):
        # "Deputy Secretary-General of ASEAN for Community and Corporate Affairs": the body's
        # acronym, then the post's portfolio, is no name of its own
        return (start, end, None, name, acr, head)
    if tokens[-1] == "Consultations" and head not in PROJ_HEADS:
        # "Foreign Office Consultations": a round of talks; but a "Memorandum of Understanding
        # on Political Consultations" is a document
        return (start, end, None, name, acr, head)
    if tokens[0] in ("Letters", "Letter", "Instruments", "Instrument"):
        return (start, end, None, name, acr, head)  # "Letters of Commission": a document
    if head in _EVENT_HEADS and (_INDEFINITE.search(text, max(0, start - 4), start)
                                 or _HELD.match(text, after)):
        return (start, end, None, name, acr, head)  # "held a JIIA Forum": an event
    if name.endswith("Business Forum") and (
            name == "Business Forum" or _is_country_only(name[: -len(" Business Forum")])):
        # "the Korea-Ghana Business Forum", "(Business Forum)": a meeting of two states'
        # business people, an event, no body
        return (start, end, None, name, acr, head)
    if len(tokens) == 2 and tokens[0] == "Air" and not head:
        return (start, end, EntityType.ORGANIZATION, name, acr, "airline")  # "Air Botswana"
    if len(tokens) == 1 and (camel := _CAMEL_BODY.fullmatch(name)) is not None:
        # "RwandAir" (an airline), "KazAID" (a state's aid agency): one mixed-case word whose
        # capitalised tail says what the body is
        if camel.group("tail") == "Air":
            return (start, end, EntityType.ORGANIZATION, name, acr, "airline")
        return (start, end, EntityType.INSTITUTION, name, acr, "agency")
    if len(tokens) == 1 and name.endswith("gaz") and _GAS_COMPANY.fullmatch(name):
        # "Naftogaz", "Bulgartransgaz": one word ending in "gaz" names a gas company
        return (start, end, EntityType.ORGANIZATION, name, acr, "company")
    if all(t in PORTFOLIO_WORDS or t in CONNECTORS for t in tokens) and _after_title(text, start):
        return (start, end, None, name, acr, head)  # "Minister for Cabinet Affairs": a portfolio
    if head and _MINISTER_NEXT.match(text, after) and _starts_with_demonym(tokens):
        return (start, end, None, name, acr, head)  # "French Armed Forces Minister": a portfolio
    if head == "administration" and len(tokens) == 2 and tokens[1] == "Administration" and (
            _a_leaders_name(tokens[0])):
        return (start, end, None, name, acr, head)  # "the Biden Administration": a government
    etype = _body_type(tokens, head)
    if etype is None or (name in _REFERENCES and _after_the(text, start)):
        return (start, end, None, name, acr, head)  # "the High Commission": a reference
    if _in_quotes(text, start):
        return (start, end, None, name, acr, head)  # a lecture's title, not a body
    content = [t for t in tokens if t.lower() not in CONNECTORS]
    if len(content) < 2 and not (name in _LEGISLATURES and (
            not _after_the(text, start) or _after_title(text, start))) and not (
            # "the Goethe-Institut": one hyphened word, a founder's name and the head
            "-" in name and head in INST_HEADS and name.lower().endswith("-" + head)):
        # "the Senate" is a reference, but "Speaker of the Senate" names the chamber
        return (start, end, None, name, acr, head)  # "the Institute": a reference, not a name
    if etype is not EntityType.INSTITUTION and text.startswith(", a", after) and (
            _THINK_TANK_APPO.match(text, after)):
        # "the Foreign Policy Initiative BH, a Sarajevo think tank": what the apposition says
        # the body is decides its type, not its head word
        etype = EntityType.INSTITUTION
    return (start, end, etype, name, acr, head)


# "the Biden (Trump) Administration": a leader's surname and "Administration" name the
# government of a state, not a body; a body's one word before "Administration" is a field
# ("Maritime", "Customs", "Tax"), an adjective ("Presidential", "Coastal") or a state's name
_FIELD_WORDS = frozenset(words(
    """Tax Road Forest Forestry Prison Port Railway Highway Drug Pension Weather Patent
    Cyberspace Election Archives Federal General Central Legal Court Courts Tourism Sea River
    Water Mining Lottery Wildlife Nature Property Fire Rescue Census Traffic Postal"""))
_ADJ_END = re.compile(r"(?:al|ic|ary|ory|ive|ian|ese|ish|ean)\Z")


def _a_leaders_name(word: str) -> bool:
    return bool(re.fullmatch(rf"[{UP}][{LOW}]{{2,}}", word)) and word not in PORTFOLIO_WORDS and (
        word not in _FIELD_WORDS) and not _ADJ_END.search(word) and not gz.scan_name(word)


_THINK_TANK_APPO = re.compile(
    r",\s+an?\s+(?:[A-Z][\w’'-]+\s+|leading\s+|independent\s+|non-profit\s+|private\s+)*"
    r"(?:think[\s-]tank|research\s+(?:institute|centre|center))\b"
)


# "No agreement was signed": a sentence-initial determiner before a lower-case noun names nothing
_DETERMINERS = frozenset(words("No Any Every Each Some Another Such"))
_GAS_COMPANY = re.compile(rf"[{UP}][{LOW}]{{3,}}gaz")
_CAMEL_TAILS = ("Air", "AID", "Trade", "Invest")
_CAMEL_BODY = re.compile(r"[A-Z][a-z]{2,}(?P<tail>" + "|".join(_CAMEL_TAILS) + ")")
_CAPITAL_NEXT = re.compile(rf"[^\S\n]+[{UP}]")
_MINISTER_NEXT = re.compile(r"[^\S\n]+(?:(?:Deputy|Vice|State)[^\S\n]+)?Minister\b")
_EVENT_OF = re.compile(r"(?:\S+\s+){0,3}?(?P<ev>\S+)\s+of\s+(?:the\s+)?")
_AFTER_TITLE = re.compile(rf"(?:{TITLE})\s+(?:of|for)\s+(?:the\s+)?\Z")
# _AFTER_TITLE's ending alone: a cheap test first (the title alternation is tried at every
# character of the window, ~45 µs a search)
_OF_FOR_AT_END = re.compile(r"(?:of|for)\s+(?:the\s+)?\Z")


def _after_title(text: str, start: int) -> bool:
    """A title and "of"/"for" right before `start`: "Minister for «Cabinet Affairs»"."""
    lo = max(0, start - 60)
    return _OF_FOR_AT_END.search(text, lo, start) is not None and (
        _AFTER_TITLE.search(text, lo, start) is not None)
_EVENT_HEADS = frozenset(words("forum dialogue council conference commission committee"))
_INDEFINITE = re.compile(r"\b(?:a|an)\s+\Z")
_HELD = re.compile(r"\s+(?:(?:to\s+be|will\s+be|was|is|were|are|being)\s+(?:held|convened|hosted)|"
                   r"(?:took|takes|will\s+take)\s+place)\b")
# ("the Foreign Ministry", "the Foreign Office": capitalised, a body's name, as the gold has
# them; "the High Commission" and "the Embassy" stay references to a mission named before)
_REFERENCES = frozenset({"High Commission", "Embassy"})


def _in_quotes(text: str, pos: int) -> bool:
    """Inside “...” on the same line (titles of lectures and talks)."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("“") > before.count("”")


_DET_END = re.compile(r"\b(?:the|its|their|his|her)\s+\Z")


def _after_the(text: str, start: int) -> bool:
    return bool(_DET_END.search(text, max(0, start - 8), start))


def _is_country_only(name: str) -> bool:
    """"Kenya" or "Kenya-Nigeria", but not "Tanzania-Zambia Mafuta"."""
    ms = gz.scan_name(name)
    if not ms or any(m.entry.kind == gz.BODY for m in ms):
        return False
    rest = name
    for m in reversed(ms):
        rest = rest[: m.start] + rest[m.end :]
    return not any(c.isalpha() for c in rest)


_GENERIC = frozenset(
    words(
        """Ministry Foreign Affairs Parliament Council Ministers General Secretariat National
        Assembly Senate Cabinet Office Presidency Embassy High Commission Government
        Department State International Cooperation Trade Central Bank Supreme Court"""
    )
)


_OWNER_GAP = re.compile(r"(?:[’']s)?\s+(?:the\s+)?\Z")


def _owner_state(doc: Doc, start: int) -> str | None:
    """The state whose name (possessive) or demonym stands right before a body's generic name:
    "Japan's Ministry of Foreign Affairs", "the Kenyan Ministry of Trade"."""
    # (the mentions scanned as they stand: bodies are found while the list is still growing)
    m = max((x for x in doc.mentions if x.kind in "CD" and start - 12 < x.end < start),
            key=lambda x: x.end, default=None)
    if m is None or not _OWNER_GAP.match(doc.text, m.end, start):
        return None
    isos = {e.split(":", 1)[1] for e in m.ents if e.startswith("country:")}
    return isos.pop() if len(isos) == 1 else None


def _add_chunk_body(
    doc: Doc, start: int, end: int, etype: EntityType, name: str, acr: str, head: str
) -> None:
    key = name
    words = set(name.replace(",", " ").split()) - CONNECTORS
    if words <= (_GENERIC | PORTFOLIO_WORDS) and doc.place_iso:
        # "Ministry of Foreign Affairs" of the dateline country, or of another state named right
        # before it ("Japan's Ministry of Foreign Affairs" in a Nairobi story): one body a state
        key = f"{name} {_owner_state(doc, start) or doc.place_iso}"
    short = _shortened_project(doc, name, head) if etype is EntityType.PROJECT else None
    eid = short or _eid(etype, key)
    info = doc.add_entity(eid, etype, name, start)
    info.head = info.head or head
    doc.add(Mention(start, end, KIND_OF_TYPE[etype], (eid,), "name"), doc.surface(start, end))
    if acr:
        info.acronym = acr
        a = _ACRONYM.match(doc.text, start + len(name))
        if a is None:
            a = _ACRONYM.search(doc.text, start, end + 20)
        if a is not None:
            s = a.start("acr")
            doc.add(Mention(s, s + len(acr), KIND_OF_TYPE[etype], (eid,), "acronym"), acr)


def _shortened_project(doc: Doc, name: str, head: str) -> str | None:
    """"EU–Mercosur agreement" after "EU–Mercosur Partnership Agreement": the same project."""
    words = name.split()
    if len(words) < 2 or words[-1] != words[-1].lower():
        return None
    stem = " ".join(words[:-1])
    for info in doc.ents.values():
        if (info.type is EntityType.PROJECT and info.name != name and info.name.startswith(stem)
                and info.name.lower().endswith(words[-1])):
            return info.id
    return None


def find_aliases(doc: Doc) -> None:
    """Later mentions of acronyms and short forms defined earlier ("ISSI", "TAZARA")."""
    forms: dict[str, str] = {}
    initials: dict[str, set[str]] = {}
    for info in doc.ents.values():
        if info.type in (EntityType.COUNTRY, EntityType.PERSON):
            continue
        if info.acronym:
            forms[info.acronym] = info.id
        toks = info.name.split()
        if len(toks) == 2 and toks[1].lower() in _SHORT_FORM_HEADS and toks[0] not in NOT_NAME and (
            not gz.scan_name(toks[0])
        ) and not toks[0].endswith(_ADJ_ENDINGS):
            # (not an adjective: "Diplomatic relations ..." is no short form of the Diplomatic
            # Academy)
            initials.setdefault(toks[0], set()).add(info.id)  # "Clingendael" for its Institute
        if not info.acronym:
            # "JIIA" for the Japan Institute of International Affairs, never spelt out here
            for form in _initials(info.name):
                initials.setdefault(form, set()).add(info.id)
    for form, ids in initials.items():
        if len(ids) == 1 and form not in forms:
            forms[form] = next(iter(ids))
    if not forms:
        return
    text = doc.text
    taken = _occupied(doc)
    hits: list[tuple[int, str]] = []
    for form in sorted(forms, key=len, reverse=True):
        s = text.find(form)
        while s >= 0:
            e = s + len(form)
            # a whole word: "SCO" and "SCO-related", not "SCOPE" or "ASCO"
            if not (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_-")) and not (
                e < len(text) and (text[e].isalnum() or text[e] == "_")
            ) and b"\x01" not in taken[s:e] and not _masked(doc, s, e):
                hits.append((s, form))
                taken[s:e] = b"\x01" * (e - s)
            s = text.find(form, e)
    for s, form in sorted(hits):
        eid = forms[form]
        info = doc.ents[eid]
        doc.add(Mention(s, s + len(form), KIND_OF_TYPE[info.type], (eid,), "acronym"), form)


_ADJ_ENDINGS = ("ic", "al", "ary", "ive")
_SHORT_FORM_HEADS = frozenset(
    words("institute institution foundation centre center academy endowment")
)


def _initials(name: str) -> list[str]:
    """Acronyms a name may go by: initials of its content words, with and without 'and'/'of'."""
    words_ = re.findall(r"[\w’'-]+", name)
    content = [w for w in words_ if w.lower() not in CONNECTORS]
    if len(content) < 3 or not all(w[0].isupper() for w in content):
        return []
    out = {"".join(w[0] for w in content)}
    out.add("".join(w[0].upper() for w in words_ if w.lower() not in ("the", "of", "and", "&")))
    return [f for f in out if len(f) >= 3]


# --- templates ---------------------------------------------------------------------------


@dataclass
class Template:
    text: str
    sent_start: int
    # (template offset, working offset, length) of each literal piece
    pieces: list[tuple[int, int, int]]
    mention_ids: list[int]

    def to_work(self, tpos: int) -> int:
        for t0, w0, n in self.pieces:
            if t0 <= tpos <= t0 + n:
                return w0 + (tpos - t0)
        raise ValueError(tpos)


def sentence_mentions(doc: Doc, start: int, end: int, kinds: str | None = None) -> list[int]:
    order, starts = doc.order()
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    if lo == hi:
        return []  # most sentences of a long article name nothing
    ms = doc.mentions
    # (start, longest first, then text order: the sort is stable) without a key function
    cands = [
        (m.start, -m.end, k, i) for k, i in enumerate(order[lo:hi])
        if (m := ms[i]).end <= end and (kinds is None or m.kind in kinds)
    ]
    cands.sort()
    out: list[int] = []
    last_end = -1
    for ms_, neg_end, _, i in cands:
        if ms_ >= last_end:
            out.append(i)
            last_end = -neg_end
    return out


def render(doc: Doc, start: int, end: int, kinds: str | None = None) -> Template:
    text = doc.text
    pieces: list[tuple[int, int, int]] = []
    out: list[str] = []
    tlen = 0
    pos = start
    ids = sentence_mentions(doc, start, end, kinds)
    dl = doc.dateline
    if dl is not None and start <= dl.start < end:
        pos = max(pos, dl.end)  # the dateline prefix is not part of the claim's grammar
    for i in ids:
        m = doc.mentions[i]
        if m.start < pos:
            continue
        lit = text[pos : m.start]
        pieces.append((tlen, pos, len(lit)))
        out.append(lit)
        tlen += len(lit)
        ph = f"«{m.kind}{i}»"
        pos = m.end
        # "Belarus' Minister of Agriculture": the bare apostrophe of a name ending in s is the
        # possessive, rendered as "'s" so that the rules read it as any other possessive
        if (m.kind in "CIOP" and text[m.start:m.end][-1:] in "sS" and text[pos:pos + 1] in APOS
                and text[pos + 1 : pos + 2].isspace()):
            ph += text[pos] + "s"
            pos += 1
        out.append(ph)
        tlen += len(ph)
    lit = text[pos:end]
    pieces.append((tlen, pos, len(lit)))
    out.append(lit)
    return Template("".join(out), start, pieces, ids)


# --- pass 2: people ----------------------------------------------------------------------


_MONTH_GIVEN_NAMES = frozenset({"Jan"})
# "C's High Commissioner in L, Dean Arnold,": a title word that is also a given name, before
# exactly one more name (a title before a full name, "Dean Ann Lee", stays a title)
_TITLE_GIVEN_NAMES = frozenset({"Dean"})
_MONARCH = re.compile(r"(?:King|Queen|Emperor|Empress|Sultan|Emir|Crown\s+Prince)")


# A name that ends with a place's head word names a place, even after a rank or an honorific
# ("General Santos City", a Philippine city; "Sheikh Zayed City"; "Prince Edward Island")
_PLACE_END = re.compile(
    r"\s(?:City|Province|County|District|Prefecture|Municipality|Governorate|Region|Oblast|"
    r"Township|Island|Islands|Village)\Z")


def _valid_name(name: str) -> bool:
    toks = name.split()
    # "Jan Kučera": a given name that is also a month's short form, before a surname
    given = 1 if len(toks) > 1 and toks[0] in _MONTH_GIVEN_NAMES or len(toks) == 2 and \
        toks[0] in _TITLE_GIVEN_NAMES else 0
    if not toks or toks[0].rstrip(".") in NOT_NAME and not given:
        return False
    if any(t in MONTH_WORDS or t in _TITLE_WORDS for t in toks[given:]):
        return False
    # a name does not end with an initial
    return not (toks[-1].endswith(".") and len(toks[-1]) == 2)


# "the Toraga (Speaker) of the Jogorku Kenesh, X": a title in the state's own language glossed
# in English in brackets; the gloss stands for it (padded to the same length, so the offsets
# of the template stay)
_GLOSSED_TITLE = re.compile(
    rf"\b[{UP}][a-z]{{2,}}[^\S\n]+\((?P<g>(?:[{UP}][a-z-]+[^\S\n]+){{0,2}}[{UP}][a-z-]+)\)"
    rf"(?=[^\S\n]+(?:of|for|to)[^\S\n])"
)


def _glossed_titles(text: str) -> str:
    if "(" not in text:
        return text
    return _GLOSSED_TITLE.sub(
        lambda m: m.group("g").ljust(len(m.group(0)))
        if m.group("g").split()[-1] in TITLE_HEAD_WORDS else m.group(0), text)


def find_people(doc: Doc) -> None:
    """Full names anchored on an honorific, a title or an apposed post."""
    text = doc.text
    for si, (s, e) in enumerate(doc.sentences):
        dl = doc.dateline
        if si == 0 and not (dl and s <= dl.start < e) and _title_case(text[s:e]) and not \
                SPEECH_HEADLINE.match(text, s, e) and not _running_sentence(text[s:e]):
            continue  # "OIC Secretary-General Receives Credentials": capitals name nobody
        pats_, head_word, hon_word = _person_patterns(text[s:e])
        pats = list(pats_)
        if pats and not (head_word and hon_word) and not _cuts_a_word(doc, s, e):
            # The template's words are then the sentence's words outside mentions (plus the
            # placeholders' kind letters): without a head word or an honorific's word in the
            # sentence, the template has none either and the filter below would drop those
            # patterns; dropping them first often spares the template.
            if not head_word:
                pats = [p for p in pats if p is not _P_BEFORE and p is not _P_AFTER]
            if not hon_word:
                pats = [p for p in pats if p is not _P_HON]
        if not pats:
            continue
        tpl = render(doc, s, e, kinds="CDLIOJ")
        tpl_text = _glossed_titles(tpl.text)
        tpl_words = set(letter_words(tpl.text))
        if TITLE_HEAD_WORDS.isdisjoint(tpl_words):
            # both need a post, and every post has a head word ("Minister"): most sentences
            # only have modifiers ("National", "State")
            pats = [p for p in pats if p is not _P_BEFORE and p is not _P_AFTER]
        if _HON_NEEDS.isdisjoint(tpl_words):
            pats = [p for p in pats if p is not _P_HON]  # "the", "Her", "General" alone
        found: list[tuple[int, int, int, int, str]] = []  # name span (work) + hon start
        for pat in pats:
            for m in pat.finditer(tpl_text):
                name = m.group("name")
                ns, ne = m.start("name"), m.end("name")
                name, ne = _trim_name(name, ns, ne)
                hon_start = m.start("hon") if m.group("hon") else ns
                ntok = len(name.split()) + (name[1:2] == "." and name[2:3].isupper())
                single = ntok < 2  # "B.Enkhtuvshin": an initial and a name, two parts
                if not name or not _valid_name(name):
                    continue
                if single and not m.group("hon") and pat is not _P_BEFORE:
                    continue
                if pat is _P_HON and _PLACE_END.search(name):
                    continue  # "General Santos City", "Sheikh Zayed City": a place, no person
                post = m.group("post") if "post" in pat.groupindex else ""
                post = " ".join(post.split()) if post else post  # (a glossed title's padding)
                try:
                    ws, we, hs = tpl.to_work(ns), tpl.to_work(ne), tpl.to_work(hon_start)
                except ValueError:
                    continue
                found.append((ws, we, hs, ntok, post or ""))
        for ws, we, hs, ntok, post in sorted(found, key=lambda f: (f[0], -f[1])):
            if any(m.start < we and ws < m.end for m in doc.mentions if m.kind == "P"):
                continue
            if ntok < 2 and not _known_or_honored(doc, ws, we, hs) and not \
                    _MONARCH.fullmatch(post):
                continue  # a single name needs a monarch's title: "Emperor Naruhito"
            _add_person(doc, ws, we, hs, post)


@lru_cache(maxsize=SENTENCE_CACHE)  # a pure test of the sentence's words; sentences recur
def _person_patterns(sentence: str) -> tuple[tuple[Anchored, ...], bool, bool]:
    """The person patterns whose key words are in the sentence (each runs only then), and
    whether a title head word and an honorific's word are among its words."""
    words = set(letter_words(sentence))
    if words.isdisjoint(_ANCHOR_WORDS):
        return (), False, False  # no honorific, title or "counterpart": no anchored name here
    pats: list[Anchored] = []
    # A word of the template is part of a word of the sentence: without a head word
    # ("Minister") or an honorific's own word inside some word, those patterns cannot match.
    inside = 0
    flags = set(map(_INSIDE.get, words))
    if None in flags:
        flags = {_inside(w) for w in words}
    for f in flags:
        inside |= f or 0
    if not words.isdisjoint(TITLE_WORDS) and inside & 1:
        pats.append(_P_BEFORE)
        if _post_after_comma(sentence, 0, len(sentence)):
            pats.append(_P_AFTER)
    if not words.isdisjoint(_HON_WORDS) and inside & 2:
        pats.append(_P_HON)
    if "counterpart" in words or "peer" in words or "homologue" in words or (
            "opposite" in words):
        pats.append(_COUNTERPART)
    if ("is" in words or "was" in words) and _P_BEFORE in pats:
        pats.append(_P_IS)
    return (tuple(pats), not TITLE_HEAD_WORDS.isdisjoint(words),
            not _HON_NEEDS.isdisjoint(words))


def _cuts_a_word(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention in the span starts or ends inside an [A-Za-z]+ word (its template
    would then hold a piece of a word as a word of its own)."""
    order, starts = doc.order()
    text = doc.text
    for k in range(bisect_left(starts, start), bisect_left(starts, end)):
        m = doc.mentions[order[k]]
        for pos in (m.start, m.end):
            if 0 < pos < len(text) and _ASCII_LETTERS.issuperset(text[pos - 1 : pos + 1]):
                return True
    return False


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# Names with no title, found through the words around them: "his wife, Grace Maneka",
# "lawmakers Eszter Vámos and Péter Lakatos", "participants, among them Marek Zieliński".
_KIN = (r"(?:his|her|their)\s+(?:wife|husband|spouse|son|daughter|widow|father|mother|"
        r"brother|sister)\s*,?")
_PERSON_NOUNS = (
    r"lawmakers?|legislators?|parliamentarians?|senators?|MPs|businessm[ae]n|businesswom[ae]n|"
    r"entrepreneurs?|activists?|scholars?|historians?|journalists?|artists?|writers?|authors?|"
    r"poets?|novelists?|economists?|athletes?|musicians?|singers?|veterans?|founders?"
)
_GROUP_NOUNS = (
    r"participants|officials|guests|dignitaries|speakers|delegates|members|representatives|"
    r"diplomats|students|leaders|ministers|experts|panel(?:l)?ists|scholars|people|"
    r"businesspeople|attendees|others"
)
_NAME_CUE = re.compile(
    # ("the X Office in L, headed by Y": a body's head, named after it)
    rf"(?:(?<=,\s)(?:headed|run)\s+by|\b{_KIN}|\b(?:{_PERSON_NOUNS})|\b(?:{_GROUP_NOUNS})\s*,?\s+(?:among\s+them|among\s+"
    rf"whom|including|such\s+as|namely|like))[^\S\n]+(?=[{UP}])"
)
_APPO_NOUN = re.compile(
    r",[^\S\n]+(?:a|an)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}?(?:diplomat|envoy|politician|"
    r"lawyer|civil[^\S\n]+servant|academic|professor|"
    rf"{'|'.join(w for w in _PERSON_NOUNS.split('|') if not w.endswith(('s', 'n')))})"
    r"(?:[^\S\n]+(?:who|whose)\b|,)"
)
# "Lucia Diaz presented her letters of credence as Ambassador of C to D": a sentence's subject
# named with no title, then presenting credentials (an envoy)
_CREDENCE_AFTER = re.compile(
    r"[^\S\n]+(?:(?:formally|officially)[^\S\n]+)?(?:presented|handed[^\S\n]+over)[^\S\n]+"
    r"(?:his|her)[^\S\n]+(?:credentials|[Ll]etters?[^\S\n]+of[^\S\n]+(?:[Cc]redence|[Cc]ommission))"
)
_NAME_LIST_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=[" + UP + r"])")
# "Peru's Minister of Trade, Luis Vargas, met Peter Otieno on Monday": the object of a meeting
# verb whose subject is a person already found, a name followed by a date, a place or the
# clause's end
_MET_UNTITLED = re.compile(
    rf"\b(?:met(?:[^\S\n]+with)?|held[^\S\n]+talks[^\S\n]+with)[^\S\n]+(?=[{UP}])")
# "Kassym-Jomart Tokayev on Tuesday received Minister ... Y": a sentence's subject named with no
# title, meeting a person already found
_MEETS_AFTER = re.compile(
    r"[^\S\n]+(?:on[^\S\n]+[A-Z][a-z]+day[^\S\n]+|today[^\S\n]+|yesterday[^\S\n]+)?"
    r"(?:received|met(?:[^\S\n]+with)?|held[^\S\n]+talks[^\S\n]+with)[^\S\n]+")
# "The decree naming Sherif Abdel Hamid as Egypt's Ambassador to D", "• Y, as Ambassador of C to
# D", "Under the decrees, Y becomes Ambassador of C to D", "recalled Y, who has been Ambassador
# to D since T": a name with no title, then the post of a head of mission it is given or held
_NAMED_AS_ENVOY = re.compile(
    rf"(?<![\w’'-])(?P<name>{NAME})(?:,?[^\S\n]+(?:as|becomes|became)|,[^\S\n]+who[^\S\n]+"
    r"(?:has[^\S\n]+been|had[^\S\n]+been|was|is|served[^\S\n]+as)|"
    # ("X took the oath of office at L yesterday as C's Ambassador": sworn in to the post)
    r"[^\S\n]+(?:took[^\S\n]+the[^\S\n]+oath(?:[^\S\n]+of[^\S\n]+office)?|(?:was|has[^\S\n]+been)"
    r"[^\S\n]+sworn[^\S\n]+in)(?:[^\S\n]+[^\s.;,]+){0,6}?[^\S\n]+as)[^\S\n]+"
    rf"(?:(?:the|new|[{UP}][\w’'-]*[’'](?:s\b)?)[^\S\n]+){{0,3}}"
    r"(?P<post>Ambassador|High[^\S\n]+Commissioner|Permanent[^\S\n]+Representative)\b")
_AFTER_MET_NAME = re.compile(r"[^\S\n]+(?:on|in|at|during|yesterday|today|last|this|earlier|"
                             r"later)\b|[^\S\n]*[,.;]")


def find_untitled_people(doc: Doc) -> None:
    """People named without a title or honorific, where the words before say they are people."""
    todo = [i for i in range(len(doc.sentences)) if doc.cues(i) & UNTITLED]
    if not todo:
        return
    taken = _occupied(doc)
    for i in todo:
        _untitled_in(doc, taken, *doc.sentences[i])


def _untitled_in(doc: Doc, taken: bytearray, s: int, e: int) -> None:
    text = doc.text
    lead = doc.dateline.end if doc.dateline and s <= doc.dateline.end < e else s
    lead += len(text[lead:e]) - len(text[lead:e].lstrip())
    m = _NAME_RE.match(text, lead)
    if m is not None and (_APPO_NOUN.match(text, m.end()) or _CREDENCE_AFTER.match(
            text, m.end()) or ((meets := _MEETS_AFTER.match(text, m.end())) is not None and any(
                mm.kind == "P" and meets.end() <= mm.start < e for mm in doc.mentions))) and (
            _untitled_name_ok(doc, taken, m.start(), m.end())):
        # "Mwansa Chilufya, a career diplomat who ...": a sentence's subject named with no
        # title, then described as a person
        ms, me = m.start(), m.end()
        _add_person(doc, ms, me, ms, "")
        taken[ms:me] = b"\x01" * (me - ms)
    for cue in _MET_UNTITLED.finditer(text, s, e) if " met " in text[s:e] or " talks with " in (
            text[s:e]) else ():
        m = _NAME_RE.match(text, cue.end())
        if m is None or _AFTER_MET_NAME.match(text, m.end()) is None or not any(
                mm.kind == "P" and s <= mm.start and mm.end <= cue.start()
                for mm in doc.mentions) or not _untitled_name_ok(doc, taken, m.start(), m.end()):
            continue
        ms, me = m.start(), m.end()
        _add_person(doc, ms, me, ms, "")
        taken[ms:me] = b"\x01" * (me - ms)
    sentence = text[s:e]
    envoy = "Ambassador" in sentence or "Commissioner" in sentence or "Representative" in sentence
    for cue in _NAMED_AS_ENVOY.finditer(text, s, e) if envoy else ():  # (its post's words)
        ms, me = cue.span("name")
        if _untitled_name_ok(doc, taken, ms, me):
            _add_person(doc, ms, me, ms, cue["post"])
            taken[ms:me] = b"\x01" * (me - ms)
            continue
        # (a person already found: the post is a role of hers, so that "the envoy" is she)
        role = " ".join(cue["post"].lower().split())
        for pm in doc.mentions:
            if pm.kind == "P" and pm.end == me and pm.role == "name" and pm.ents[0] in doc.ents:
                doc.ents[pm.ents[0]].roles.add(role)
    for cue in _NAME_CUE.finditer(text, s, e):
        pos = cue.end()
        while True:
            m = _NAME_RE.match(text, pos)
            if m is None or not _untitled_name_ok(doc, taken, m.start(), m.end()):
                break
            ms, me = m.start(), m.end()
            _add_person(doc, ms, me, ms, "")
            taken[ms:me] = b"\x01" * (me - ms)
            sep = _NAME_LIST_SEP.match(text, me)
            if sep is None:
                break
            pos = sep.end()


def _untitled_name_ok(doc: Doc, taken: bytearray, start: int, end: int) -> bool:
    name = doc.text[start:end]
    toks = name.split()
    if not 2 <= len(toks) <= 4 or "\n" in name or b"\x01" in taken[start:end]:
        return False
    if _masked(doc, start, end) or _in_quotes(doc.text, start):
        return False
    for t in toks:
        low = t.lower()
        if t in NOT_NAME or t in MONTH_WORDS or low in INST_HEADS or low in ORG_HEADS or (
            low in PROJ_HEADS or low in _NOT_ENTITY_TAIL
        ):
            return False
        if not (_NAME_TOKEN.fullmatch(t) or _PARTICLE.fullmatch(t)):
            return False
    after = doc.text[end : end + 3]
    return not after.startswith(" (") and not gz.scan_name(name)


def _post_after_comma(text: str, s: int, e: int) -> bool:
    """"Name, Post": a title word within a few words after some comma of the sentence."""
    c = text.find(", ", s, e)
    while c >= 0:
        if not TITLE_WORDS.isdisjoint(letter_words(text[c : min(e, c + 70)])):
            return True
        c = text.find(", ", c + 2, e)
    return False


def _running_sentence(seg: str) -> bool:
    """A first sentence that is no headline, though its capitals make it look like one: a lead
    ending in a full stop, of 25 words or more or with a lower-case word of content, under an
    upper-case headline the cleaner dropped ("The Honourable Minister of Foreign Affairs, Amb.
    X, today, Tuesday, 12th November 2024, received in audience the Ambassador of the Republic
    of C to D, H.E. Mrs. Y, at ...")."""
    if not seg.rstrip().endswith("."):
        return False
    words = seg.split()
    # "C's Minister of X, A, met B on Monday.": a short lead whose only lower-case word of
    # content is its verb (a title-case headline's lower-case words are function words)
    return len(words) >= 25 or any(
        w.isalpha() and w.islower() and w not in _HEADLINE_FUNCTION_WORDS for w in words)


_HEADLINE_FUNCTION_WORDS = frozenset((
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
    "the", "to", "with", "vs", "via", "per"))


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _trim_name(name: str, ns: int, ne: int) -> tuple[str, int]:
    toks = name.split()
    while toks and (toks[-1] in NOT_NAME or toks[-1] in MONTH_WORDS):
        toks.pop()
    trimmed = " ".join(toks)
    return trimmed, ns + len(trimmed)


def _known_or_honored(doc: Doc, ws: int, we: int, hs: int) -> bool:
    if _person_for_token(doc, doc.text[ws:we]):
        return True
    hon = doc.text[hs:ws]
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Datuk|Dato|Sheikh|Sir|Dame)\b", hon))


_POST_COUNTRY = re.compile(r"«[CD](\d+)»")


def _person_for_token(doc: Doc, form: str) -> str | None:
    key = form.casefold()
    hits = {
        i.id for i in doc.ents.values()
        if i.type is EntityType.PERSON and key in i.folded
    }
    return next(iter(hits)) if len(hits) == 1 else None


def _add_person(doc: Doc, ws: int, we: int, hs: int, post: str) -> None:
    text = doc.text
    name = text[ws:we]
    if name.endswith(_VENUE_TAILS) and name.rsplit(" ", 1)[-1] in _VENUE_WORDS:
        return  # "at the Sir Edney Cain Building": a building named after a person
    existing = _person_for_token(doc, name) if len(name.split()) == 1 else _person_part(doc, name)
    if existing is None:
        folded = name.casefold()
        existing = next(
            (i.id for i in doc.ents.values()
             if i.type is EntityType.PERSON and i.name.casefold() == folded),
            None,
        )
    if existing is None and len(name.split()) == 1:
        existing = _fuzzy_person(doc, name)
    if existing is None:
        eid = _eid(EntityType.PERSON, name)
        info = doc.add_entity(eid, EntityType.PERSON, name, ws)
        info.tokens = tuple(t for t in name.split() if not _PARTICLE.fullmatch(t))
        info.folded = frozenset(t.casefold() for t in info.tokens)
    else:
        info = doc.ents[existing]
    for t in TITLE_RE.findall(post):
        info.roles.add(t.lower())
    if "of State" in post and _SECRETARY_OF_STATE.search(post):
        # ("Secretary of State for X": the full title, a post of its own, kept beside the
        # "secretary" that the title's head gives, so that "the Secretary of State" is not a
        # Permanent (Cabinet, Principal) Secretary)
        info.roles.add("secretary of state")
    for i in _POST_COUNTRY.findall(post):  # "Minister of Foreign Affairs of «C2»", "«D0» Minister"
        info.affil.update(e for e in doc.mentions[int(i)].ents if e.startswith("country:"))
    mention = Mention(hs, we, "P", (info.id,), "name", name_start=ws, name_end=we)
    doc.add(mention, doc.surface(ws, we))


_SECRETARY_OF_STATE = re.compile(r"(?<![\w-])Secretary\s+of\s+State\b")


# a place named after a person: "the Sir X Y Building", "the Dr X Y Memorial Hall"
_VENUE_TAILS = ("Building", "Hall", "Stadium", "Auditorium", "Complex", "Tower", "Towers",
                "Airport", "Bridge", "Highway", "Avenue", "Street", "Square")
_VENUE_WORDS = frozenset(_VENUE_TAILS)


def _person_part(doc: Doc, name: str) -> str | None:
    """"Ruiz Carmona" after "Alejandra Ruiz Carmona": a contiguous part of a known name."""
    key = f" {name.casefold()} "
    hits = {
        i.id for i in doc.ents.values()
        if i.type is EntityType.PERSON and key in f" {i.name.casefold()} " and i.name != name
    }
    return next(iter(hits)) if len(hits) == 1 else None


def _fuzzy_person(doc: Doc, token: str) -> str | None:
    """A misspelt surname ("Naivulu" for "Naivalu") after a title or honorific."""
    if len(token) < 5:
        return None
    for info in doc.ents.values():
        if info.type is not EntityType.PERSON:
            continue
        for t in info.tokens:
            if len(t) >= 5 and t[0] == token[0] and Levenshtein.distance(t, token) <= 2:
                return info.id
    return None


# "Ciarán Ó Dálaigh TD, today welcomed ...", "Jane Roe MP said": letters after a name that
# are no part of it (a member of a parliament, an honour) belong to the mention, so the
# clause reads on as after the bare name
_POSTNOMINAL = re.compile(
    r"(?:,?\s+(?:TD|MP|MEP|MLA|MSP|MHK|QC|KC|JP|OBE|MBE|CBE|KBE|DBE|CMG|KCMG|GCMG|CVO|LVO|"
    r"KCVO|MNZM|ONZM|CNZM|KNZM|DNZM))+(?=,|[.;:)]|\s+[a-z])"
)


def absorb_postnominals(doc: Doc) -> None:
    text = doc.text
    for m in doc.mentions:
        if m.kind == "P" and m.role in ("name", "alias"):
            pn = _POSTNOMINAL.match(text, m.end)
            if pn is not None:
                m.end = pn.end()


# two-letter English words that a two-letter name used alone must not be taken for
_SHORT_WORDS = frozenset((
    "ad", "ah", "am", "an", "as", "at", "be", "by", "do", "eu", "go", "he", "hi", "if", "in",
    "is", "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "un", "up", "us",
    "we", "ye"))


def find_person_aliases(doc: Doc) -> None:
    """Surnames and other parts of known names used alone later on ("Kistafin", "Ruiz Carmona")."""
    people = [i for i in doc.ents.values() if i.type is EntityType.PERSON]
    if not people:
        return
    if len(people) > 1:
        people = _merge_first_last(doc, people)
    forms: dict[str, set[str]] = {}
    for p in people:
        toks = p.name.split()
        for a in range(len(toks)):
            for b in range(a + 1, len(toks) + 1):
                if a > 0 and b < len(toks) and not (
                    b - a == 1 and len(toks) >= 3 and a == 1 and len(toks[a]) >= 4
                ):
                    continue  # a later mention keeps the first, the second or the last name
                seq = toks[a:b]
                if _PARTICLE.fullmatch(seq[0]) and b - a == 1:
                    continue
                # ("Nguyen Thi Thu Ha ... Ha spoke": a two-letter name, not an English word)
                if len(seq) == 1 and (len(seq[0]) < 2 or seq[0].endswith(".") or len(seq[0]) == 2
                                      and (not seq[0][1].islower()
                                           or seq[0].casefold() in _SHORT_WORDS)):
                    continue
                forms.setdefault(" ".join(seq).casefold(), set()).add(p.id)
    firsts = {k.split()[0] for k in forms}
    text = doc.text
    taken = _occupied(doc)
    last = 0
    for w in _CAPWORD.finditer(text):
        ws = w.start()
        if ws < last or taken[ws]:
            continue
        word = w.group().casefold()
        if word not in firsts and (word[:-2] not in firsts or word[-2:] not in ("'s", "’s")):
            continue  # ("Shinaz's visit to Port Louis": a surname with its possessive)
        m = _NAME_RE.match(text, ws)
        up = w.group()
        if m is None and len(up) >= 3 and up.isupper() and len(forms.get(word, ())) == 1 and \
                any(up in p.name.split() for p in people):
            # ("SATO and Rojas signed": a surname in capitals, as first written in "SATO Ken",
            # used alone)
            we = w.end()
            if b"\x01" not in taken[ws:we] and not _masked(doc, ws, we):
                doc.add(Mention(ws, we, "P", (next(iter(forms[word])),), "alias", name_start=ws,
                                name_end=we), doc.surface(ws, we))
                taken[ws:we] = b"\x01" * (we - ws)
                last = we
            continue
        if m is None or "\n" in m.group():
            continue
        ms, me = m.start(), m.end()
        if b"\x01" in taken[ms:me] or _masked(doc, ms, me):
            continue
        span = _longest_known(m.group(), forms, partial(_introduced, doc, pos=ms))
        if span is None:
            continue
        off, form, pid = span
        lead = m.group()[:off].split()
        if any(t not in NOT_NAME for t in lead) or off + len(form) < len(m.group()):
            continue  # part of a longer name ("Minh" in "Ho Chi Minh City")
        ms += off
        me = ms + len(form)
        mention = Mention(ms, me, "P", (pid,), "alias", name_start=ms, name_end=me)
        doc.add(mention, doc.surface(ms, me))
        taken[ms:me] = b"\x01" * (me - ms)
        last = me
    # "Later on Monday, al-Jubouri met ...": a surname with the Arabic article in lower case
    for w in _ARTICLE_SURNAME.finditer(text) if "l-" in text else ():
        ws, we = w.span()
        ids = forms.get(w.group().casefold())
        if not ids or len(ids) != 1 or b"\x01" in taken[ws:we] or _masked(doc, ws, we):
            continue
        doc.add(Mention(ws, we, "P", (next(iter(ids)),), "alias", name_start=ws, name_end=we),
                doc.surface(ws, we))
        taken[ws:we] = b"\x01" * (we - ws)


def _merge_first_last(doc: Doc, people: list[EntityInfo]) -> list[EntityInfo]:
    """"Adelino de Jesus Soares" and later (a caption) "Minister Adelino Soares": the given name
    and the surname of a longer name met before are that person, not another."""
    longer = [p for p in people if len(p.name.split()) >= 3]
    for short in people if longer else ():
        sw = short.name.split()
        if len(sw) != 2:
            continue
        fits = [p for p in longer if p.first < short.first and p.name.split()[0] == sw[0]
                and p.name.split()[-1] == sw[1]]
        if len(fits) == 1:
            _merge(doc, short.id, fits[0].id)
    # "Career diplomat Patrick Labiche took the oath ...", then "Mr Labiche" found first by its
    # honorific: the surname (the two surnames) of the one longer name met before
    people = [i for i in doc.ents.values() if i.type is EntityType.PERSON]
    for short in people:
        sw = short.name.split()
        if len(sw) > 2 or short.id not in doc.ents:
            continue
        fits = [p for p in people if p.id != short.id and p.id in doc.ents and p.first < short.first
                and len(p.name.split()) > len(sw) and p.name.split()[-len(sw):] == sw]
        if len(fits) == 1:
            _merge(doc, short.id, fits[0].id)
    return [i for i in doc.ents.values() if i.type is EntityType.PERSON]


_ARTICLE_SURNAME = re.compile(rf"(?<![\w’'-])(?:al|el)-[{UP}][\w’'-]*(?![\w’'-]|[^\S\n]+[{UP}])")


def _occupied(doc: Doc, skip: str = "") -> bytearray:
    """One byte per character of the text: 1 where a mention (of a kind not in skip) sits.

    A copy the caller may mark further. Mentions are appended (a drop or a change goes through
    `Doc.replace_mentions`, which clears the masks), so the mask kept on the document is
    brought up to date with the new ones instead of being drawn again."""
    mask, done = doc._occupied_masks.get(skip) or (bytearray(len(doc.text)), 0)
    mentions = doc.mentions
    for k in range(done, len(mentions)):
        m = mentions[k]
        if m.end > m.start and m.kind not in skip:
            mask[m.start : m.end] = b"\x01" * (m.end - m.start)
    doc._occupied_masks[skip] = (mask, len(mentions))
    return bytearray(mask)


def _longest_known(chunk: str, forms: dict[str, set[str]],
                   pick: Callable[[set[str]], str | None]) -> tuple[int, str, str] | None:
    toks = list(_NONSPACE.finditer(chunk))
    for size in range(len(toks), 0, -1):
        for a in range(0, len(toks) - size + 1):
            seq = toks[a : a + size]
            form = chunk[seq[0].start() : seq[-1].end()]
            ids = forms.get(form.casefold())
            if not ids or form.split()[0] in NOT_NAME:
                continue
            pid = next(iter(ids)) if len(ids) == 1 else pick(ids)
            if pid is not None:
                return seq[0].start(), form, pid
    return None


def _introduced(doc: Doc, ids: set[str], pos: int) -> str | None:
    """"Chilufya joined ..." after "Mwansa Chilufya, a career diplomat", with "his wife, Grace
    Chilufya" named only at the end: of the people a shared surname fits, the only one named
    before it."""
    before = [i for i in ids if doc.ents[i].first < pos]
    return before[0] if len(before) == 1 else None


# --- pass 3: coreference -----------------------------------------------------------------


# Key words of the rules: each family of patterns runs only on sentences that have one of its
# words. One mask per sentence, computed once (Doc.cues) and shared by every pass.
SENTENCE_CUES = Cues([
    # relation families, in the order of the Extractor's rules
    ("recogni", "acknowledge", "as a sovereign", "as an independent", "statehood"),
    ("diplomatic", "relations since", " ties ", "ties that", "ties which", "relations that",
     "relations which", "which were established", "which had been established",
     "relations in", "relations on", "having established", "having set up", "relations were",
     # ("bilateral ties, set up on T, ...")
     "ilateral ties,", "ilateral relations,",
     # ("A and B, whose relations date from T", "Ties (Relations) between A and B were forged
     # (established) in T")
     "whose relations", "whose ties", "ties between", "relations between"),
    ("member", "join", "belong", "acced", "admitted", "includ", "founder", "groups", "comprises",
     " integrate",
     "brings together", "unites", "partner state", "entered", "participating", " sit in",
     " sit together", " sits in", " sits on", " sit on", " seats in", "states of",
     "countries of", "nations of",
     " part of", " ally ", " seat in", " seat on", " seats on"),
    ("operat", "work", "collaborat", "jointly", "together", "part", "trad", "bound", "linked",
     "connected", "tied", "through", "via", "involved", "engaged", "enrolled", "developing",
     "built", "financed", "run", "managed", "beneficiary", "beneficiaries", "benefit",
     "recipient", "teamed", "sharing",
     "shared", "liais",
     "exchanged", "exchanging", "swapped", "swapping", "pilot", "drawn on", "joined hands",
     "joined forces",
     "co-organi", "co-supervis", "co-fund", "co-mapp", "co-manag", "co-taught", "co-teach",
     "co-author", "in concert",
     # ("A and B have co-implemented clinics (been co-financing ...) since 2015")
     "co-implement", "co-financ",
     "twinned", "interact",
     "taps into", "tapped into", "participants", "joint ",
     "co-hosted", "co-delivered", "pooling", "pooled",
     "coordinate on", "coordinated their", "in tandem", "tapped",
     "coordinate their positions", "coordinated positions",
     "consulted each other", "consulted one another", "courses of",
     "training under", " joint ", "exchange with", "exchange programme with",
     # ("J, which C joined in 2016": a programme joined)
     " joined "),
    ("sign", "inked", "pen to", "names to", "names on", "name to", "sealed", "subscribed", "penned",
     "rubrics", "paraphs",
     "hands to", "executed", "ink to", "ink on", "to ink ", "autographed"),
    ("met", "talks", "meeting", "call", "received", "encounter", "hosted", "welcomed", "discussion",
     "consultation", "receiving", "hosting", "welcoming", "credentials", "credence",
     "sat down", "tête-à-tête", "tete-a-tete", "sat for", "sat with", "got together", "audience",
     "session",
     "conferred", "deliberated", "exchanged views", "traded views", "exchange with",
     "exchange of views",
     "greeted", "closeted",
     "played host", "came together",
     "respects to", "lunch", "dinner", "breakfast", "meal", "across the table", "together at",
     "together in", "one-on-one", "sit-down", "huddled", "face to face",
     "courtesy visit", "bilateral with", "conversation with", "dined", "lunched", "breakfasted",
     "ushered", "compared notes", "chatted", "broke bread", "conversed", "one-to-one", "talked",
     "guest of", "dialogue", "bilateral", "engaged", "appointment was with",
     "engagement was with",
     # ("A and B conducted negotiations in L", "... reviewed relations at the ministry's
     # headquarters")
     "negotiations", "headquarters",
     # ("X had an interview with Y", "X was attended by Y": a translated wire's meetings)
     "interview with", "attended by"),
    ("visit", "tour", "trip", "delegation", "journey", "mission", "stopped over", "stopover",
     " stop in ", "sojourn", "call on", " stay", " round of ", " swing ", "set foot",
     "roadshow", "called at", "travelled to", "traveled to",
     # ("touched down in L on T and, that afternoon, sat across the table from Y")
     "touched down in", "landed in", "arrived in", "came ashore in",
     # ("moved on to L, where ...": the next stop of a trip; "Arriving in L on T, X met ...")
     " on to ", "rriving in ", " days in "),
    ("lectur", "talk", "address", "speech", "presentation", " paper", "spoke", "speak", "guest",
     "dissertation",
     "keynote", "roundtable", "discussion", "conversation", "remarks", "oration", "podium",
     "lectern", "rostrum", "the floor at", "the floor before", "headlined",
     "forum", "seminar", "webinar", "briefing", "symposium", "colloquium", "dialogue", "round",
     "panel", "masterclass", "master class", "lesson", "views", "insights", "thoughts",
     "perspective",
     "briefed", "presented", "conference", "took questions", "talked to"),
    # coreference patterns
    ("envoy", "ambassador", "commissioner", "charg", "minister", "director", "secretary",
     "speaker", "president", "diplomat", "chair", "governor", "guest", "visitor", "premier",
     "mayor", "head of state",
     "dignitary", "general", "commander"),
    ("countries", "nations", "sides", "neighbo", "states", "governments", "capitals", "economies",
     "republics", "kingdoms", "islands", "both", "the two"),
    ("ministers", "leaders", "premiers", "officials", "interlocutors", "envoys", "presidents",
     "co-chairs", "commanders", "generals", "chiefs",
     "speakers", "diplomats", "heads of state", "heads of diplomacy", "signed", "signatures",
     "chancellors", "personalities", "heads of the foreign", "rubrics", "paraphs",
     "delegations", "executed", "penned", "inked", "pen to", "subscribed",
     # ("the two men put their names (set their hands) to J": the idioms' signers)
     "names to", "names on", "hands to"),
    ("republic", "country", "state", "archipelago", "kingdom", "nation", "sultanate",
     "principality"),
    ("institute", "university", "academy", "faculty", "organi", "ministry", "embassy",
     "commission",
     "agency", "centre", "center", "council", "forum", "union", "alliance", "community", "bank",
     "secretariat", "parliament", "senate", "school", "college", "grouping", "bloc",
     "association", "regional body", "fund's", "fund’s", "museum", "foundation's",
     "foundation’s", "chamber's", "chamber’s"),
    ("treaty", "railway", "pipeline", "route", "program", "corridor", "memorandum", "agreement",
     "road", "highway", "scheme", "initiative", "tunnel", "airport", "arrangement", "accord",
     "pact", "mou", "commission", "committee", "mechanism"),
    # people named without a title
    ("diplomat", "envoy", "politician", "lawyer", "civil servant", "academic", "professor",
     "headed by", "run by",
     "wife", "husband", "spouse", "son", "daughter", "widow", "father", "mother", "brother",
     "sister", "among", "including", "such as", "namely", "like", "lawmaker", "legislator",
     "parliamentarian", "senator", "mps", "business", "entrepreneur", "activist", "scholar",
     "historian", "journalist", "artist", "writer", "author", "poet", "novelist", "economist",
     "athlete", "musician", "singer", "veteran", "founder", "credence", "credentials",
     # ("A met Peter Otieno on Monday": the object of a meeting)
     " met ", "talks with", " received ",
     # ("naming Y as C's Ambassador to D": a name given a head of mission's post)
     "ambassador", "high commissioner", "permanent representative"),
    # unnamed agreements ("a plan of consultations between ...")
    ("memorandum", "agreement", "treaty", "protocol", "convention", "accord", "arrangement",
     # ("witnessed the signing of an executive programme for ...": a programme signed alone)
     "consultations", "programme", "program", "joint declaration", "roadmap", "road map",
     # ("signed a declaration of intent on ...": a head the name pattern already knows)
     "declaration of intent", "letter of intent", "record of discussion", "joint statement on",
     "joint communiqué on", "joint communique on"),
    # dates without a number
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
     "tue", "wed", "thu", "fri", "sat", "sun", "today", "yesterday", "tonight", "night", "last",
     "next", "later", "earlier", "same", "year", "morning", "afternoon", "evening", "week",
     # ("The following (previous) day she met ...": a day told by its neighbour alone)
     # ("At noon A and B signed J": the hour of the day just told)
     "month", "coming", "half", "following", "previous", "preceding", "noon", "midday"),
])
RULE_FAMILIES = 8  # bits 0-7: the Extractor's rule families


@lru_cache(maxsize=SENTENCE_CACHE)  # sentences recur across articles (boilerplate, stock phrases)
def _sentence_cues(sentence: str) -> int:
    return SENTENCE_CUES.mask(sentence.lower())
_PDESC, _GRP, _PGRP, _CDESC, _BDESC, _JDESC, UNTITLED, AGREEMENTS, DATE_WORDS = (
    1 << i for i in range(RULE_FAMILIES, RULE_FAMILIES + 9)
)


@lru_cache(maxsize=SENTENCE_CACHE)
def _coref_scan(sentence: str) -> int:
    """Which coreference patterns apply to a sentence, as bits in the order find_coreference
    tries them: those whose key words are in it and that match somewhere in it. A pure test
    of the sentence (which starts after a space or a line break), so a recurring sentence
    costs one look-up."""
    has_the = "the " in sentence or "The " in sentence
    cues = _sentence_cues(sentence)
    # one test after the other (cheaper than a table of gates built at each call)
    bits = 0
    if has_the and cues & _PDESC and _PERSON_DESC.search(sentence) is not None:
        bits |= 1
    if _PRONOUN.search(sentence) is not None:
        bits |= 2
    if cues & _GRP and _GROUP.search(sentence) is not None:
        bits |= 4
    if cues & _PGRP and _PGROUP.search(sentence) is not None:
        bits |= 8
    if "country" in sentence and _HIS_COUNTRY.search(sentence) is not None:
        bits |= 16
    if " side" in sentence and _DEM_SIDE.search(sentence) is not None:
        bits |= 32
    if has_the and cues & _CDESC and _COUNTRY_DESC.search(sentence) is not None:
        bits |= 64
    if has_the and cues & _BDESC and _BODY_DESC.search(sentence) is not None:
        bits |= 128
    if has_the and cues & _JDESC and _PROJ_DESC.search(sentence) is not None:
        bits |= 256
    return bits


def _speaker(doc: Doc) -> str | None:
    """The person a speech's headline names ("Address by Ambassador X at ..."), or the author
    an op-ed's closing note names ("X is C's Ambassador to B.")."""
    if not doc.sentences:
        return None
    s, e = doc.sentences[0]
    if not SPEECH_HEADLINE.match(doc.text, s, e):
        return _author(doc)
    people = [m for m in doc.mentions if m.kind == "P" and s <= m.start < e]
    return people[0].ents[0] if len(people) == 1 else None


# an op-ed's closing note on its author: "X is C's Ambassador to B, concurrently accredited to D."
_AUTHOR_NOTE = re.compile(
    r"\s+is\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:Ambassador|High\s+Commissioner)\s+(?:to|of|in)\s")


def _author(doc: Doc) -> str | None:
    """The author of a first-person piece ("I had the honour of ...") whose closing note, one of
    its last four sentences, opens on the author's name and post."""
    text = doc.text
    if " I " not in text:
        return None
    for s, e in doc.sentences[-4:]:
        first = min((m for m in doc.mentions if s <= m.start < e), key=lambda m: m.start,
                    default=None)
        if first is None or first.kind != "P" or first.role != "name" or (
                text[s : first.start].strip()) or not _AUTHOR_NOTE.match(text, first.end, e):
            continue
        for a, b in doc.sentences[1:]:
            i = _FIRST_PERSON.search(text, a, min(b, s)) if a < s else None
            if i is not None and not _in_quotes(text, i.start()):
                return first.ents[0]
        return None
    return None


# A transcript's label line: "Minister of Foreign Affairs of Thailand, Mr. Somchai Wattana:",
# "Question (Thai PBS):" (the label runs from the line start to its first colon)
_LABEL = re.compile(r"^[^\S\n]*(?P<label>[^\n:]{2,200}?)[^\S\n]*:(?=[^\S\n]|$)", re.M)


def _label_lines(text: str) -> Iterator[re.Match[str]]:
    """_LABEL.finditer(text), tried only at the starts of lines that hold a colon (a match
    starts a line and ends at a colon of it); re tried it at every character, and each line
    start scanned up to 200 characters."""
    start = 0
    while start <= len(text):
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        if ":" in text[start:end] and (m := _LABEL.match(text, start)) is not None:
            yield m
        if nl < 0:
            break
        start = nl + 1


def _turns(doc: Doc) -> list[tuple[int, int, str]]:
    """A transcript's turns: (start, end, speaker) from a label that ends with a named person
    up to the next label (a question from the floor, another speaker) or the end."""
    text = doc.text
    if ":\n" not in text and ": " not in text:
        return []
    labels = [m for m in _label_lines(text) if not _masked(doc, m.start(), m.end())]
    if not labels:
        return []
    ends = {m.end: m for m in doc.mentions if m.kind == "P" and m.role != "coref"}
    out: list[tuple[int, int, str]] = []
    for k, lab in enumerate(labels):
        who = ends.get(lab.end("label"))
        if who is None:
            continue
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        out.append((lab.end(), end, who.ents[0]))
    return out


# In a speaker's turn: "we" (the two speakers of a joint press conference), "Our Ambassador"
_WE = re.compile(r"(?<![\w’'-])[Ww]e(?![\w’'-])")
_OUR_POST = re.compile(rf"(?<![\w’'-])[Oo]ur(?=[^\S\n]+(?:{TITLE})\b)")


# An interview's turns: "Q:" (the interviewer) and "A:" (the one envoy the introduction names);
# an "A:" turn's "I", "me" and "my country" are the envoy and the country the envoy represents
_QA = re.compile(r"^[^\S\n]*(?P<l>Q|A)[^\S\n]*:(?=[^\S\n])", re.M)
_MY_COUNTRY = re.compile(r"(?<![\w’'-])[Mm]y\s+country\b(?![’']s)")
_ENVOY = r"(?:[Aa]mbassador|[Hh]igh\s+[Cc]ommissioner|envoy)\b"
_SENT_BY_AFTER = re.compile(rf"\s*,\s*(?:the\s+)?(?:(?P<c>[^\W\d][^,\n]{{0,40}}?)['’]s?\s+{_ENVOY}|"
                            rf"{_ENVOY}\s+of\s+(?:the\s+)?(?P<c2>[^\W\d][^,\n]{{0,40}}?)(?=\s+to\b|\s*,))")


def _sending_country(doc: Doc, person: Mention) -> str | None:
    """"X, South Korea's ambassador to ...", "X, the Ambassador of Chile to ...": the country
    the envoy named at this mention represents."""
    m = _SENT_BY_AFTER.match(doc.text, person.end)
    if m is None:
        return None
    at = m.start("c") if m.group("c") else m.start("c2")
    c = next((x for x in doc.mentions if x.kind == "C" and x.start == at), None)
    return c.ents[0] if c is not None and len(c.ents) == 1 else None


def _interview(doc: Doc) -> tuple[list[tuple[int, int, str]], str | None]:
    """An interview's answer turns (start, end, the envoy) and the envoy's country."""
    text = doc.text
    if "\nA:" not in text or "\nQ:" not in text:
        return [], None
    labels = list(_QA.finditer(text))
    if not any(m["l"] == "Q" for m in labels) or not any(m["l"] == "A" for m in labels):
        return [], None
    first = labels[0].start()
    envoys = {}
    for m in doc.mentions:
        if m.kind == "P" and m.role != "coref" and m.end <= first:
            country = _sending_country(doc, m)
            if country is not None:
                envoys[m.ents[0]] = country
    if len(envoys) != 1:
        return [], None
    who, country = next(iter(envoys.items()))
    turns = [(lab.end(), labels[k + 1].start() if k + 1 < len(labels) else len(text), who)
             for k, lab in enumerate(labels) if lab["l"] == "A"]
    return turns, country


_BOTH_MEMBERS = re.compile(
    # ("both count among the members of O": the same)
    r"\s+(?:are|were|count\s+among\s+the)\s+(?:also\s+)?(?:both\s+)?(?:founding\s+|full\s+)?members\s+"
    r"of\s+(?:the\s+)?"
)


def _members_of_org(doc: Doc, pos: int) -> bool:
    """"Both are members of the Pacific Islands Forum" after a sentence about people: people are
    no members of a multilateral body, so "both" is the two states, not the people."""
    m = _BOTH_MEMBERS.match(doc.text, pos)
    return m is not None and any(
        x.kind == "O" and x.start == m.end() for x in doc.mentions
    )


def find_coreference(doc: Doc) -> None:
    _main_pair(doc)
    text = doc.text
    taken = _occupied(doc, skip="D")  # "the Moroccan minister" contains a demonym

    def free(a: int, b: int) -> bool:
        if b"\x01" in taken[a:b]:
            return False
        taken[a:b] = b"\x01" * (b - a)  # claimed by the description about to be added
        return True

    speaker = _speaker(doc)
    turns = _turns(doc)
    if speaker is not None and doc.sentences:
        turns = [(doc.sentences[0][1], len(text), speaker)]
    mine = None
    if speaker is None and not turns:
        turns, mine = _interview(doc)
    speakers = tuple(dict.fromkeys(t[2] for t in turns))
    turn = 0
    for si, (s, e) in enumerate(doc.sentences):
        scan = _coref_scan(text[s:e])
        while turn < len(turns) and turns[turn][1] <= s:
            turn += 1
        if turn < len(turns) and turns[turn][0] < e:
            ts, te, who = turns[turn]
            _first_person(doc, max(s, ts), min(e, te), who, speakers, free)
            for m in _MY_COUNTRY.finditer(text, max(s, ts), min(e, te)) if mine else ():
                if mine and not _in_quotes(text, m.start()) and free(m.start(), m.end()):
                    doc.add(Mention(m.start(), m.end(), "C", (mine,), "coref"))
        for m in _PERSON_DESC.finditer(text, s, e) if scan & 1 else ():
            body = None
            if m.group("dem") and m.group("dem").isupper():
                # "the PAP President": the body the acronym names (no state: "the US President"
                # is left as it was)
                body = next((x for x in doc.mentions if x.start == m.start("dem")
                             and x.kind in "IO" and x.role != "coref"), None)
                ds, de = m.span("dem")
                if body is None or b"\x01" in taken[m.start():ds] + taken[de:m.end()]:
                    continue
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            named = _country_attribute(doc, taken, m) if body is None else None
            if named is None and body is None and not free(m.start(), m.end()) or _masked(
                    doc, m.start(), m.end()):
                continue
            affil = ""
            if m.group("title") == "official" and not m.group("dem"):
                continue  # "the official" alone names nobody; "the Uruguayan official" does
            if named is not None:
                affil = named
            elif body is not None:
                affil = body.ents[0]
            elif m.group("dem"):
                d = next((x for x in doc.mentions if x.kind == "D" and x.start == m.start("dem")),
                         None)
                if d is None:
                    continue
                affil = d.ents[0]
            # ("the Federal Minister": the holder of that post, not any minister named since)
            title = m.group("title")
            if title.startswith("Head"):
                title = "President"  # "the Head of State": the President named before
            if m.group().split()[1] == "Federal" and title == "Minister" and any(
                    "federal" in r and "minister" in r for i in doc.ents.values() for r in i.roles):
                title = "Federal Minister"
            pid = _person_with_role(doc, title, m.start(), affil,
                                    deputy=m.group("rank") or "",
                                    visiting="visiting" in m.group() or (
                                        # "the minister delivered a lecture at ...": of two
                                        # ministers, the one on a visit lectures
                                        _LECTURE_AFTER.match(text, m.end(), e) is not None
                                        or _MET_HEAD_AFTER.match(text, m.end(), e) is not None))
            if pid:
                doc.add(Mention(m.start(), m.end(), "P", (pid,), "coref", affil=affil))
        for m in _HIS_COUNTERPART.finditer(text, s, e) if (
                "counterpart" in text[s:e] or " guest" in text[s:e]
                or " colleague" in text[s:e] or " homologue" in text[s:e]
                or " visitor" in text[s:e]) else ():
            # "A and his Mauritian counterpart signed J": the counterpart is not named here; he
            # is the last person named whose post names that country (not when his name
            # follows: "his Mauritian counterpart, X")
            d = next((x for x in doc.mentions if x.kind == "D" and x.start == m.start("dem")),
                     None)
            if d is None or _NAME_NEXT.match(text, m.end()) or any(
                    x.kind == "P" and m.end() <= x.start <= m.end() + 3 for x in doc.mentions):
                continue
            # (a minister of that country: not its ambassador named in between)
            pid = _person_with_role(doc, "guest" if m["w"] in ("guest", "visitor") else "minister",
                                    m.start(), d.ents[0])
            if pid and d.ents[0] in doc.ents[pid].affil and not _masked(
                    doc, m.start(), m.end()) and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "P", (pid,), "coref", affil=d.ents[0]))
        for m in _DIPLOMACY_HEAD.finditer(text, s, e) if "diplomacy" in text[s:e] else ():
            # "the head of Timorese diplomacy": the minister whose post names that country
            d = next((x for x in doc.mentions if x.kind == "D" and x.start == m.start("dem")),
                     None)
            if d is None:
                continue
            pid = _person_with_role(doc, "minister", m.start(), d.ents[0])
            if pid and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "P", (pid,), "coref", affil=d.ents[0]))
        for m in _POST_OF_STATE.finditer(text, s, e) if " of " in text[s:e] else ():
            if m["title"] in ("Mayor", "Governor"):
                # the person named right after the same post and place before
                post = re.escape(text[m.start("title"):m.end()])
                pid = next((x.ents[0] for x in doc.mentions if x.kind == "P" and x.role != "coref"
                            and x.start < m.start() and re.search(
                                post + r"\s*,\s+$", text[max(0, x.start - len(post) - 3):x.start])),
                           None)
                ds, de = m.span("dem")
                if pid and b"\x01" not in taken[m.start():ds] + taken[de:m.end()]:
                    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                    doc.add(Mention(m.start(), m.end(), "P", (pid,), "coref"))
                continue
            # the holder of that post named before with that state (not another state's)
            c = next((x for x in doc.mentions if x.kind == "C" and x.start == m.start("dem")
                      and x.end == m.end("dem") and x.role != "coref"), None)
            ds, de = m.span("dem")
            if c is None or b"\x01" in taken[m.start():ds] + taken[de:m.end()]:
                continue
            pid = _person_with_role(doc, m["title"], m.start(), c.ents[0])
            if pid and c.ents[0] in doc.ents[pid].affil:
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                doc.add(Mention(m.start(), m.end(), "P", (pid,), "coref", affil=c.ents[0]))
        for m in _PRONOUN.finditer(text, s, e) if scan & 2 else ():
            if not free(m.start(), m.end()):
                continue
            pid = _subject_person(doc, si, m.start())
            if pid and m.group() in ("him", "Him"):
                pid = _object_person(doc, si, m.start(), pid)
            if pid:
                doc.add(Mention(m.start(), m.end(), "P", (pid,), "coref"))
        for m in _HIS_HOST.finditer(text, s, e) if " host " in text[s:e] else ():
            # "He held talks with his host": the one other person of the last sentence before
            # that names the guest
            guest = _subject_person(doc, si, m.start())
            host = _host_of(doc, si, guest) if guest else None
            if host and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "P", (host,), "coref"))
        for m in _AND_HIS_GUEST.finditer(text, s, e) if " guest" in text[s:e] else ():
            # "X and his guest signed J": the host just named, and the one other person of the
            # last sentence before that names him
            near = next(_before(doc, m.start(), "P", s, coref=True), None)
            if near is None or not re.fullmatch(r",?\s+and\s+", text[near.end:m.start()]):
                continue
            # (else the visitor last named, as "the visiting minister")
            guest = _host_of(doc, si, near.ents[0]) or _visitor(
                doc, m.start(), {x.ents[0] for x in _persons_before(doc, m.start(), 0)}
                - {near.ents[0]})
            if guest and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "P", (guest,), "coref"))
        for m in _GROUP.finditer(text, s, e) if scan & 4 else ():
            word = m.group().split()[-1].lower()
            if word in ("parliaments", "legislatures"):
                chambers = _recent_chambers(doc, m.start())
                if len(chambers) == 2 and free(m.start(), m.end()):
                    doc.add(Mention(m.start(), m.end(), "G", chambers, "group"))
                continue
            if word == "parties":
                # "Spain and ECOWAS have cooperated ..., and the two parties signed": a state and
                # an organization (or two of either) joined by "and" earlier in the sentence
                opair = _coordinated_pair(doc, s, m.start(), "CO")
                if len(opair) == 2 and free(m.start(), m.end()):
                    doc.add(Mention(m.start(), m.end(), "G", opair, "group"))
                    continue
            if word in ("sides", "parties") and _recent_people(doc, m.start(), 2, s) and not \
                    _SIDES_SIGNED.match(text, m.end()):
                continue  # "both sides" after a meeting of two people: the people
            # (but "the two sides signed" is the states, whoever led their delegations)
            channel = _channel_pair(doc, s, m.start())
            if word in ("both", "two") and not channel:
                last = next(_before(doc, m.start(), "CGP"), None)
                if last is None or (last.kind == "P" and not _members_of_org(doc, m.end())):
                    continue  # "Both are ...": whoever was named last, people or countries
            cpair = _coordinated_pair(doc, s, m.start()) or channel or _pair_after_colon(
                doc, m.end(), e) or _pair_before(doc, si, m.start()) or _clause_pair(
                doc, s, m) or _paragraph_pair(doc, m.start()) or doc.main_pair
            if len(cpair) == 2 and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "G", cpair, "group"))
        for m in _PGROUP.finditer(text, s, e) if scan & 8 else ():
            pair = _recent_people(doc, m.start(), 2, s)
            if _LEADER_GROUP.search(m.group()):
                # "the two leaders": the last two heads of state or government named, not the
                # ministers named since
                leaders = _recent_people(doc, m.start(), 2, s, _LEADER_ROLES)
                if not leaders:
                    one = _recent_people(doc, m.start(), 1, s, _LEADER_ROLES)
                    leaders = _partner_of(doc, one[0], m.start()) if one else []
                pair = leaders or pair
            else:
                # ("She and C's Minister X sat across the table, and the pair countersigned J":
                # the two people of the sentence so far, a pronoun counted as its person)
                here = list(dict.fromkeys(
                    x.ents[0] for x in _before(doc, m.start(), "P", s, coref=True)))
                talks = _talks_pair_before(doc, si, m.start())
                pair = talks or _met_pair_before(doc, si, m.start()) or (
                    here[::-1] if len(here) == 2 else []) or pair
                if not talks and _MINISTER_GROUP.search(m.group()) and not all(
                        _is_minister(doc, p) for p in pair):
                    # "the two ministers signed" after a minister was also received by a
                    # speaker: the last two ministers named, not the speaker
                    pair = _recent_ministers(doc, m.start()) or pair
                if not talks and _FOREIGN_MINISTER_GROUP.search(m.group()) and not all(
                        _is_foreign_minister(doc, p) for p in pair):
                    # "The foreign ministers signed J" after a call on a prime minister: the
                    # last two people whose posts are foreign affairs, not the prime minister
                    pair = _recent_people(doc, m.start(), 2, s, (), _is_foreign_minister) or pair
            if m.group().startswith(("the two ", "The two ")) and m.group()[8:9].isupper() and (
                    d := next((x for x in doc.mentions if x.kind == "D"
                               and m.start() < x.start < m.end()), None)) is not None:
                # "the two Angolan ministers": the last two people whose posts name Angola
                pair = []
                for pm in reversed(_persons_before(doc, m.start(), 0)):
                    if d.ents[0] in doc.ents[pm.ents[0]].affil and pm.ents[0] not in pair:
                        pair.append(pm.ents[0])
                        if len(pair) == 2:
                            break
                pair = pair if len(pair) == 2 else []
            if pair and _WITNESS_CUE.search(text, s, m.start()) and set(pair) & {
                    x.ents[0] for x in _before(doc, m.start(), "P", s, coref=True)}:
                # ("In the presence of Presidents A and B, the two ministers signed J": the
                # witnesses named before the group sign nothing, and the signers are not told)
                pair = []
            if "co-chairs" in m.group().lower() and si > 0:
                # "X co-chaired the session with Y. ... the two co-chairs signed J": the two
                # people (named or described) of the sentence before, who chaired it
                a0, b0 = doc.sentences[si - 1]
                chairs = list(dict.fromkeys(
                    x.ents[0] for x in reversed(list(_before(doc, b0, "P", a0, coref=True)))))
                pair = chairs if len(chairs) == 2 else []
            if pair and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "Q", tuple(pair), "group"))
        for m in _WHICH_THEY.finditer(text, s, e) if (
                " they " in text[s:e] and " signed" in text[s:e]) else ():
            # "the two ministers held talks yesterday, after which they signed J": the people
            # the sentence opens with (a group of them, or two named), never countries
            opening = list(reversed(list(_before(doc, m.start(), "PQCG", s, coref=True))))
            k = 0
            while k < len(opening) and opening[k].kind in "CG" and text[opening[k].end] in APOS:
                k += 1  # "Togo's Foreign Minister X": a possessive state is no subject
            if k == len(opening) or opening[k].kind in "CG":
                continue
            they = opening[k].ents if opening[k].kind == "Q" else tuple(dict.fromkeys(
                x.ents[0] for x in opening[k:] if x.kind == "P"))
            if len(they) == 2 and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "Q", they, "group"))
        for m in _HIS_COUNTRY.finditer(text, s, e) if scan & 16 else ():
            # "Akhmedov said his country ...": the country the person's post names
            pid = _subject_person(doc, si, m.start())
            countries = doc.ents[pid].affil if pid else set()
            if len(countries) == 1 and free(m.start(), m.end()):
                doc.add(Mention(m.start(), m.end(), "C", (next(iter(countries)),), "coref"))
        for m in _DEM_SIDE.finditer(text, s, e) if scan & 32 else ():
            d = next((x for x in doc.mentions if x.kind == "D" and x.start == m.start("dem")),
                     None)
            if d is not None and all(x in doc.ents for x in d.ents) and free(m.start(), m.end()):
                # "the Egyptian side" with Egypt never named: no country to refer to
                doc.add(Mention(m.start(), m.end(), "C", d.ents, "coref"))
        for m in _COUNTRY_DESC.finditer(text, s, e) if scan & 64 else ():
            if not free(m.start(), m.end()):
                continue
            cid = None
            if m.group("adj"):
                cid = next((c.ents[0] for c in _before(doc, m.start(), "C", s)
                            if _INDEPENDENCE_AFTER.match(text, c.end)), None)
            if cid is None and m.group("kind") in ("Sultanate", "Principality"):
                # "on an official visit to the Sultanate": the last sultanate named, or none
                cid = _recent_country(doc, m.start(), s, exclude_sentence=False,
                                      only=_styled(m.group("kind")))
                if cid:
                    end = m.end() - len(m.group("poss") or "")
                    doc.add(Mention(m.start(), end, "C", (cid,), "coref"))
                continue
            if cid is None and m.group("kind").lower() == "kingdom":
                # "Morocco and CARICOM signed ..., and the Kingdom and the Community have
                # cooperated": the last kingdom named (here or before), past any republic
                cid = _recent_country(doc, m.start(), s, exclude_sentence=False,
                                      only=_kingdoms())
                if cid is None:
                    # "arrived in Rabat on a visit to the Kingdom": the kingdom of a capital
                    # (or a city) the sentence names before, no kingdom being named yet
                    cid = next((kc for x in _before(doc, m.start(), "L", s)
                                if x.ents and (kc := doc.city_country.get(x.ents[0], x.ents[0]))
                                in _kingdoms()), None)
                    if cid is not None and cid not in doc.ents:
                        _country(doc, cid.split(":", 1)[1], m.start())
            cid = cid or _recent_country(doc, m.start(), s, exclude_sentence=not m.group("poss"))
            if cid and m.group("kind") == "Republic" and any(
                    x.kind == "C" and x.ents[:1] == (cid,) and s <= x.start < e
                    and "Republic" in text[max(s, x.start - 12):x.end] for x in doc.mentions):
                # ("The President of the Republic, X, spoke with the President of the Republic
                # of Angola": the bare form set against the state named in full is another)
                continue
            if cid:
                end = m.end() - len(m.group("poss") or "")
                doc.add(Mention(m.start(), end, "C", (cid,), "coref"))
        lead = doc.dateline.end if doc.dateline and s <= doc.dateline.end < e else s
        if si > 0 and _IT_LEAD.match(text, lead, e):
            # "Morocco, a member of the AU, has observer status at the OAS. It established
            # diplomatic relations with ...": the country the sentence before starts with
            ps = doc.sentences[si - 1][0]
            c = next((x for x in doc.mentions if x.start == ps and x.kind == "C"
                      and x.role != "coref"), None)
            if c is not None and not _POSS_AFTER.match(text, c.end) and free(lead, lead + 2):
                doc.add(Mention(lead, lead + 2, "C", c.ents, "coref"))
        if si > 0 and text.startswith("Its ", lead) and _ITS_POST.match(text, lead, e):
            # "Luxembourg has no embassy in Vientiane. Its Ambassador to Thailand, X, ...": the
            # state the sentence before opens with sends the envoy
            ps = doc.sentences[si - 1][0]
            c = next((x for x in doc.mentions if x.start == ps and x.kind == "C"
                      and x.role != "coref"), None)
            if c is not None and not _POSS_AFTER.match(text, c.end) and free(lead, lead + 3):
                doc.add(Mention(lead, lead + 3, "C", c.ents, "coref"))
        if ", and it " in text[s:e] or ", which it " in text[s:e]:
            # "The Cook Islands is a member of the PIF, of which India is a partner, and it
            # joined the FIPIC in 2014": the country that opens the sentence joined
            # ("On the same day, C deposited ..., which it had signed": after a fronted time)
            lead_c = (fr.end() if (fr := _FRONT_TIME.match(text, lead, e)) is not None
                      and ", which it " in text[s:e] else lead)
            first = next((x for x in doc.mentions if lead_c <= x.start <= lead_c + 4
                          and x.kind == "C" and x.role != "coref"), None)
            and_it = None if first is None or _POSS_AFTER.match(text, first.end) or not \
                _THE_OR_NOTHING.fullmatch(text, lead_c, first.start) else \
                _AND_IT.search(text, first.end, e)
            if first is not None and and_it is not None and free(*and_it.span("it")):
                doc.add(Mention(and_it.start("it"), and_it.end("it"), "C", first.ents, "coref"))
        it = _CLAUSE_IT.match(text, lead, e)
        if it is not None:
            # "Although Ireland is not a NATO member, it has taken part in ...": the country
            # that is the subject of the fronted clause
            c = next((x for x in doc.mentions if x.start == it.end() and x.kind == "C"),
                     None)
            rest = None if c is None else _IT_MAIN.match(text, c.end, e)
            if c is not None and rest is not None and free(*rest.span("it")):
                doc.add(Mention(rest.start("it"), rest.end("it"), "C", c.ents, "coref"))
        for m in _BODY_DESC.finditer(text, s, e) if scan & 128 else ():
            if not free(m.start(), m.end()):
                continue
            bid = _recent_body(doc, m.group("head"), m.start())
            if bid:
                kind = KIND_OF_TYPE[doc.ents[bid].type]
                doc.add(Mention(m.start(), m.end(), kind, (bid,), "coref"))
        for m in _OF_THE_BODY_NAME.finditer(text, s, e) if doc.cues(si) & _BDESC and (
                " of the " in text[s:e]) else ():
            # "President of the university X": the body named before, though a name follows
            d = next((x for x in doc.mentions if x.start == m.end() and x.kind == "P"), None)
            if d is None or not free(m.start("d"), m.end("d")):
                continue
            bid = _recent_body(doc, m.group("head"), m.start())
            if bid:
                kind = KIND_OF_TYPE[doc.ents[bid].type]
                doc.add(Mention(m.start("d"), m.end("d"), kind, (bid,), "coref"))
        for m in _PROJ_DESC.finditer(text, s, e) if scan & 256 else ():
            if not free(m.start(), m.end()):
                continue
            jid = _recent_project(doc, m.group("head"), m.group("mods"), m.start())
            if jid:
                alias = doc.surface(m.start(), m.end())[4:] if m.group("mods").strip() else None
                doc.add(Mention(m.start(), m.end(), "J", (jid,), "coref"), alias, shown=False)


def _country_attribute(doc: Doc, taken: bytearray, m: re.Match[str]) -> str | None:
    """"the Botswana minister": a country's own name (no demonym) before the title; the
    description is claimed over the country's mention, and the country is returned."""
    ds, de = m.span("dem")
    if ds < 0 or b"\x01" not in taken[ds:de]:
        return None
    if b"\x01" in taken[m.start():ds] or b"\x01" in taken[de:m.end()]:
        return None
    c = next((x for x in doc.mentions if x.start == ds and x.end == de and x.kind == "C"
              and x.role != "coref"), None)
    if c is None:
        return None
    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return c.ents[0]


def _first_person(doc: Doc, s: int, e: int, who: str, speakers: tuple[str, ...],
                  free: Callable[[int, int], bool]) -> None:
    """A speech's or a speaker's "I" and "me"; "we" of the two speakers of a transcript; "Our
    Ambassador" of the speaker's country."""
    text = doc.text
    for m in _FIRST_PERSON.finditer(text, s, e):
        if not _in_quotes(text, m.start()) and free(m.start(), m.end()):
            doc.add(Mention(m.start(), m.end(), "P", (who,), "speaker"))
    for m in _WE.finditer(text, s, e) if len(speakers) == 2 and "e" in text[s:e] else ():
        if not _in_quotes(text, m.start()) and free(m.start(), m.end()):
            doc.add(Mention(m.start(), m.end(), "Q", speakers, "group"))
    countries = doc.ents[who].affil
    for m in _OUR_POST.finditer(text, s, e) if len(countries) == 1 and "ur " in text[s:e] else ():
        if not _in_quotes(text, m.start()) and free(m.start(), m.end()):
            doc.add(Mention(m.start(), m.end(), "C", tuple(countries), "coref"))


def _before(doc: Doc, pos: int, kinds: str, lo: int = 0, coref: bool = False) -> Iterator[
    Mention
]:
    """Mentions of the given kinds that start in [lo, pos), nearest first (no coreference
    unless asked for)."""
    order, starts = doc.order()
    i = bisect_left(starts, pos) - 1
    while i >= 0 and starts[i] >= lo:
        m = doc.mentions[order[i]]
        if m.kind in kinds and (coref or m.role != "coref"):
            yield m
        i -= 1


def _coordinated_pair(doc: Doc, lo: int, pos: int, kinds: str = "C") -> tuple[str, ...]:
    """"Kenya and Rwanda established relations in 1965, and the two countries ...": the two
    countries (or, with kinds "CO", countries and organizations) joined by "and" earlier in the
    sentence, when they are not the article's pair."""
    cs = [m for m in doc.mentions if m.kind in kinds and lo <= m.start and m.end <= pos
          and (m.kind != "C" or m.role in ("name", "capital"))]
    if len(cs) < 2:
        return ()
    a, b = cs[-2], cs[-1]
    pair = (a.ents[0], b.ents[0])
    if pair[0] == pair[1] or set(pair) == set(doc.main_pair):
        return ()
    if doc.text[a.end : b.start] not in (" and ", " & ") and not (
            kinds != "C" and doc.text[a.end : b.start] == " and the "):
        return ()
    return pair


def _clause_pair(doc: Doc, lo: int, group: re.Match[str]) -> tuple[str, ...]:
    """"Yugoslavia recognised Zimbabwe on 18 April 1980, and the two states forged diplomatic
    ties that same year": after ", and", the two countries the sentence named before it, when it
    named exactly two (and they are not the article's pair)."""
    if not group.group().lower().startswith("the two") or \
            doc.text[max(lo, group.start() - 6) : group.start()] != ", and ":
        return ()
    names = list(dict.fromkeys(
        x.ents[0] for x in doc.mentions if x.kind == "C" and lo <= x.start
        and x.end <= group.start() and x.role in ("name", "capital")))
    if len(names) != 2 or set(names) == set(doc.main_pair):
        return ()
    return (names[0], names[1])


def _pair_before(doc: Doc, si: int, pos: int) -> tuple[str, ...]:
    """"Kenya and Peru have worked together since 1990. The two countries also ...": a group
    that opens its sentence is the two countries joined by "and" in the sentence before (not the
    article's main pair, which a headline's other envoys may make)."""
    if si == 0 or next(_before(doc, pos, "CGP", doc.sentences[si][0]), None) is not None:
        return ()
    if doc.text[doc.sentences[si][0] : pos].strip() not in ("", "The", "Both"):
        return ()
    ps, pe = doc.sentences[si - 1]
    cs = sorted((x for x in doc.mentions if x.kind == "C" and ps <= x.start and x.end <= pe
                 and x.role in ("name", "capital")), key=lambda x: x.start)
    if len(cs) < 2:
        return ()
    a, b = cs[0], cs[1]
    # the pair is the subject of the sentence before (or of its reported clause)
    if not (_SUBJECT_BEFORE.fullmatch(doc.text[ps : a.start])
            and _SUBJECT_AFTER.match(doc.text, b.end)):
        return ()
    return _coordinated_pair(doc, a.start, b.end)


def _paragraph_pair(doc: Doc, pos: int) -> tuple[str, ...]:
    """"Mongolia and Kuwait forged diplomatic ties in 1975 ... The envoy ... told him that the
    two countries had cooperated ...", in a page of short unrelated briefs: the two countries
    the group's paragraph names before it, when it names exactly two and neither is of the
    article's pair."""
    lo = doc.text.rfind("\n", 0, pos) + 1
    cs = [x for x in doc.mentions if x.kind == "C" and lo <= x.start and x.end <= pos
          and x.role in ("name", "capital")]
    names = list(dict.fromkeys(x.ents[0] for x in cs))
    if len(names) != 2 or set(names) & set(doc.main_pair):
        return ()
    # (the two joined by "and" somewhere in it, not two named in passing)
    if not any(doc.text[a.end : b.start] in (" and ", " & ") and a.ents != b.ents
               for a, b in zip(cs, cs[1:], strict=False)):
        return ()
    return (names[0], names[1])


def _pair_after_colon(doc: Doc, pos: int, end: int) -> tuple[str, ...]:
    """"Both countries have been members of O for decades: A joined it in 1976 and B in 1995":
    the two countries the sentence itself names right after its colon."""
    colon = doc.text.find(": ", pos, end)
    if colon < 0:
        return ()
    cs = [x for x in doc.mentions if x.kind == "C" and colon < x.start and x.end <= end
          and x.role in ("name", "capital")]
    names = list(dict.fromkeys(x.ents[0] for x in cs))
    if len(names) != 2 or cs[0].start != colon + 2:
        return ()
    return (names[0], names[1])


_SUBJECT_BEFORE = re.compile(r"(?:.*\b(?:said|says|noted|recalled|added|that)\s+)?", re.S)
_SUBJECT_AFTER = re.compile(
    r"\s+(?:have|has|had|are|were|also|already|established|signed|agreed)\b|,\s+which\b")


_THROUGH_WHICH = re.compile(
    # "J, a programme under which the two countries ...": a short apposition may come first
    r",\s+(?:(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:through|under|by|in|within)\s+which\s+\Z"
)


def _channel_pair(doc: Doc, lo: int, pos: int) -> tuple[str, ...]:
    """"the Sudan-Chad Joint Ministerial Committee, through which the two countries have
    cooperated": the two states that open the channel's name, when the group is its relative
    clause's subject."""
    if not _THROUGH_WHICH.search(doc.text, lo, pos):
        return ()
    j = next((x for x in reversed(doc.mentions) if x.kind == "J" and lo <= x.start
              and x.end <= pos and _THROUGH_WHICH.match(doc.text, x.end, pos)), None)
    if j is None:
        return ()
    name = doc.ents[j.ents[0]].name
    ms = gz.scan_name(name)
    if (len(ms) < 2 or ms[0].start != 0 or name[ms[0].end : ms[1].start] != "-"
            or ms[0].entry.kind != "country" or ms[1].entry.kind != "country"
            or ms[0].entry.key == ms[1].entry.key):
        return ()
    return tuple(_country(doc, x.entry.key, j.start).id for x in ms[:2])


def _main_pair(doc: Doc) -> None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in doc.mentions:
        if m.kind == "C" and m.role in ("name", "capital"):
            counts[m.ents[0]] += 1
            first.setdefault(m.ents[0], m.start)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    doc.main_pair = tuple(ranked[:2]) if len(ranked) >= 2 else ()


def _persons_before(doc: Doc, pos: int, lo: int) -> list[Mention]:
    """Named persons between lo and pos, in text order."""
    return list(reversed(list(_before(doc, pos, "P", lo))))


# "Amb. X: The Chairman ..., Y, paid a visit. ... he": a transcript's speaker label at a line's
# start (a short title before the name, a colon after it) names who speaks, not the subject
_LABEL_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][\w.]*[^\S\n]+){0,2}\Z")
_LABEL_AFTER = re.compile(r"[^\S\n]*:[^\S\n]")


def _speaker_label(doc: Doc, m: Mention) -> bool:
    return _LABEL_AFTER.match(doc.text, m.end) is not None and _LABEL_BEFORE.search(
        doc.text, max(0, m.start - 30), m.start) is not None


def _subject_person(doc: Doc, si: int, pos: int) -> str | None:
    """He/She: the first person of this sentence before it, else of the nearest earlier one."""
    s, _ = doc.sentences[si]
    here = [x for x in _before(doc, pos, "P", s, coref=True) if not _speaker_label(doc, x)]
    if here:
        return here[-1].ents[0]
    for j in range(si - 1, -1, -1):
        a, b = doc.sentences[j]
        # "The Ambassador called on X. ... he": the subject, named or described
        prev = [x for x in _before(doc, b, "P", a, coref=True) if not _speaker_label(doc, x)]
        if prev:
            return prev[-1].ents[0]
    return None


# "X greeted him", "X warmly welcomed him": a verb (an adverb before it) between the subject
# and the object pronoun
_VERB_THEN_HIM = re.compile(r"\s+(?:(?:also|then|later|warmly|personally)\s+)?[a-z]+ed\s+")


def _object_person(doc: Doc, si: int, pos: int, subj: str) -> str | None:
    """"X greeted him": "him" is not X, the subject of the verb right before it, but the other
    person of the sentence before; with two or more there, which one is not told."""
    s, _ = doc.sentences[si]
    near = next(_before(doc, pos, "P", s, coref=True), None)
    if near is None or near.ents[0] != subj or not _VERB_THEN_HIM.fullmatch(
            doc.text, near.end, pos):
        return subj
    if si == 0:
        return None
    a, b = doc.sentences[si - 1]
    others = {x.ents[0] for x in _before(doc, b, "P", a, coref=True)} - {subj}
    return next(iter(others)) if len(others) == 1 else None


_ROLE_WORDS = {
    "envoy": ("ambassador", "high commissioner", "envoy", "chargé", "charge", "permanent"),
    "ambassador": ("ambassador", "envoy", "permanent"),
    "high commissioner": ("high commissioner",),
    "minister": ("minister", "secretary"),
    "foreign minister": ("minister",),
    # ("the state minister" after "Minister of State for Foreign Affairs X": that post is kept
    # as a minister's, as for "the Minister of State")
    "state minister": ("state minister", "minister of state", "minister"),
    # ("the Minister of State held talks": a post "Minister of State (for X)" is kept as a
    # minister's)
    "minister of state": ("state minister", "minister of state", "minister"),
    "foreign secretary": ("foreign secretary",),
    "prime minister": ("prime minister",),
    "deputy premier": ("deputy prime minister", "deputy premier", "vice premier", "vice-premier"),
    "vice premier": ("deputy prime minister", "deputy premier", "vice premier", "vice-premier"),
    "director": ("director",),
    "director general": ("director",),
    "director-general": ("director",),
    "secretary": ("secretary",),
    # ("the secretary of state": a Secretary (of State) named before, as "the secretary")
    "secretary of state": ("secretary",),
    "secretary-general": ("secretary-general", "secretary general"),
    "secretary general": ("secretary-general", "secretary general"),
    "speaker": ("speaker",),
    "president": ("president",),
    # ("the visiting general", "the Namibian commander": a commanding officer named before)
    "general": ("general", "chief", "commander", "commandant"),
    "commander": ("commander", "chief", "general", "commandant"),
    "diplomat": ("ambassador", "envoy", "high commissioner", "chargé", "charge"),
    "chairman": ("chair",),
    "chair": ("chair",),
    "governor": ("governor",),
    # ("the Mayor": a city's mayor named before, as "the Governor")
    "mayor": ("mayor",),
    "premier": ("premier",),
}


_HIS_COUNTERPART = re.compile(
    # ("A and his Rwandan guest put pen to paper on J": the visitor whose post names Rwanda)
    # ("A and his Portuguese colleague signed J": a colleague as a counterpart)
    # ("held a meeting with his Georgian homologue", "The Hungarian guest (visitor) ...": a
    # translated wire's counterpart, and the visitor named by the article)
    r"\b(?:his|her|(?P<the>[Tt]he)(?=\s+[A-Z][a-z]+\s+(?:guest|visitor)\b))\s+"
    r"(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<w>counterpart|colleague|guest|homologue|visitor)\b"
    r"(?!s)")
_NAME_NEXT = re.compile(r"\s*,?\s*(?:[A-Z][a-z]|«)")


_JUNIOR_POST = re.compile(r"\b(?:deputy|vice|assistant|junior|state\s+secretary|"
                          r"minister\s+of\s+state)\b", re.I)


def _person_with_role(doc: Doc, title: str, pos: int, country: str = "",
                      visiting: bool = False, deputy: str = "") -> str | None:
    key = " ".join(title.lower().split())
    if key == "dignitary":
        key = "visitor"
    if key.startswith("chargé") or key.startswith("charge"):
        key = "envoy"
    wanted = _ROLE_WORDS.get(key, (key,))
    people = [doc.ents[m.ents[0]] for m in reversed(_persons_before(doc, pos, 0))]
    fits = [i for i in people if any(w in r for r in i.roles for w in wanted)]
    if key == "secretary of state":
        # "the Secretary of State": a Secretary of State (a State Secretary) named before, else
        # one whose post is "Secretary" alone, not a Permanent (Cabinet, Principal) Secretary
        fits = [i for i in fits if i.roles & {"secretary of state", "state secretary"}] or [
            i for i in fits if "secretary" in i.roles]
    if key in ("minister of state", "state minister"):
        # (a post recorded as "minister of state" first, before any other minister)
        fits = [i for i in fits if any(w in r for r in i.roles for w in wanted[:2])] or fits
    if deputy:
        # "the deputy minister": of the ministers named before, a deputy first
        fits = [i for i in fits if any("deputy" in r.lower() or "vice" in r.lower()
                                       for r in i.roles)] or fits
        # ("the Vice Minister" after a Vice Minister and a Deputy Minister: the one whose post
        # has the same rank word)
        rank = deputy.lower()[:4]
        fits = [i for i in fits if any(rank in r.lower() for r in i.roles)] or fits
    if country:
        if key == "minister":
            # "the Serbian minister" after "State Secretary X and his Serbian counterpart, Y"
            # (or "Deputy Foreign Minister X"): a full minister of that country first, then a
            # minister's counterpart
            # (a counterpart's post is not recorded: a person of that country with none)
            full = next((i for i in fits if country in i.affil and any(
                "minister" in r and not _JUNIOR_POST.search(r) for r in i.roles)), None)
            if full is None and any(country in i.affil and all(
                    _JUNIOR_POST.search(r) or "minister" not in r for r in i.roles) for i in fits):
                full = next((i for i in people if country in i.affil and not i.roles), None)
            if full is not None:
                return full.id
        # "the Thai minister": the minister whose post names Thailand, else one whose post
        # names no other country
        for info in fits:
            if country in info.affil:
                return info.id
        # ("the Serbian guest" after the Serbian visitor and the Serbian ambassador who
        # accompanied him: the one who visited)
        of_country = {i.id for i in people if country in i.affil}
        if key in ("guest", "visitor") and len(of_country) > 1:
            guest = _visitor(doc, pos, of_country)
            if guest is not None:
                return guest
        # "her Brazilian counterpart, X" ... "the Brazilian minister": X, known only by the
        # country (and "the Uruguayan official": whoever's post names Uruguay)
        for info in people:
            if country in info.affil and (key in ("official", "guest", "visitor")
                                          or not info.roles):
                return info.id
        if key in ("general", "commander"):
            # ("the Namibian commander" after "X, Commander of the Namibian Army", a body's post
            # that records no country: the one officer so titled, of no other country; "the
            # Mongolian general" after two chiefs of staff: nobody, not the host)
            same = [i for i in fits if key in i.roles and (not i.affil or country in i.affil)]
            return same[0].id if len(same) == 1 else None
        fits = [i for i in fits if not i.affil]
        if key in _LEADER_ROLES and doc.place_iso and country != doc.place_iso and not (
                country.startswith(("institution:", "org:"))):  # ("the PAP President": a body's)
            # "a message from the Egyptian President" in a story datelined Asmara: not the
            # President named there with no country, who is the dateline state's own
            return None
    if key in ("guest", "visitor") and not country and not fits:
        # "Later in the day, the guest was received by X": the last person named as arriving
        # or visiting
        return _visitor(doc, pos, {i.id for i in people}, own_sentence=True)
    if visiting and len(fits) > 1:
        guest = _visitor(doc, pos, {i.id for i in fits})
        if guest is not None:
            return guest
    if key in ("minister", "foreign minister") and not country and len(fits) > 1 and (
            fits[0].affil):
        # a round-up of one minister's meetings: "the minister" after her counterparts, whose
        # posts name their countries, is the story's own minister (the first person named, whose
        # post names none), unless the last one named came on a visit
        own = next((i for i in fits if not i.affil), None)
        first = next((m.ents[0] for m in doc.mentions if m.kind == "P"), None)
        if own is not None and own.id == first and _visitor(doc, pos, {fits[0].id}) is None:
            return own.id
    return fits[0].id if fits else None


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
# ("concluded a two-day working stay in C": a stay is a visit)
_VISITOR_CUES = ("visit", "arrived", "toured", "landed", "touched down", "mission to", "trip to",
                 " stay in ")


def _visitor(doc: Doc, pos: int, ids: set[str], own_sentence: bool = False) -> str | None:
    """"the visiting minister" after a visitor and his host were named: the last of them whose
    name the words "arrived" or "visit" follow before the next person is named ("X arrived in
    C on a visit ... at the invitation of Y"; "Y received X, who is on a visit")."""
    text = doc.text
    people = _persons_before(doc, pos, 0)
    for k in range(len(people) - 1, -1, -1):
        m = people[k]
        if m.ents[0] not in ids:
            continue
        stop = people[k + 1].start if k + 1 < len(people) else pos
        after = text[m.end:stop]
        # (for "the guest", its own sentence only: "He noted ...\n\nA possible visit by ..."
        # is another's)
        end = _SENTENCE_END.search(after) if own_sentence else None
        if not own_sentence:
            cut = after.find(". ")
            after = after if cut < 0 else after[:cut]
        elif end is not None:
            after = after[: end.start()]
        # ("X, who toured C from ... to ...": a tour is a visit)
        # ("X landed at the airport ... at the start of a mission to C": an arrival too)
        # (not "accompanied the visitor": the guest named, not a visit of this person)
        if any(w in after.replace("visitor", "") for w in _VISITOR_CUES):
            return m.ents[0]
    for m in reversed(people):
        # "during a visit by Ghana's Minister of Foreign Affairs, X, to Georgetown"
        if m.ents[0] in ids and _VISIT_BY.search(text, max(0, m.start - 90), m.start):
            return m.ents[0]
    return None


_VISIT_BY = re.compile(r"\bvisit\s+(?:by|of)\s+[^.;«»]{0,80}\Z")


def other_with_role(doc: Doc, described: Mention, not_of: str) -> str | None:
    """"The President recalled his state visit to Sri Lanka": the person the description also
    fits whose post does not name Sri Lanka, when it is not the one it was resolved to (an
    envoy's description stays as resolved)."""
    m = _PERSON_DESC_AT.match(doc.text, described.start)
    if m is None or m.group("dem"):
        return None
    key = " ".join(m.group("title").lower().split())
    wanted = _ROLE_WORDS.get(key, (key,))
    if any(w in _ROLE_WORDS["envoy"] for w in wanted) or key == "official":
        return described.ents[0]  # an envoy's post names the country he is posted to too
    for p in reversed(_persons_before(doc, described.start, 0)):
        info = doc.ents[p.ents[0]]
        if info.id not in described.ents and not_of not in info.affil and any(
                w in r for r in info.roles for w in wanted):
            return info.id
    return None


# ("co-chaired the session, at whose close (end) they signed J": the same)
_WHICH_THEY = re.compile(r"(?:(?<=\bwhich\s)|(?<=\bwhose\sclose\s)|(?<=\bwhose\send\s))they"
                         # ("J, which they duly signed": the same)
                         r"(?=\s+(?:(?:also|then|later|jointly|duly)\s+)?signed\b)")
_LEADER_GROUP = re.compile(
    # ("the two heads of diplomacy": foreign ministers, no leaders)
    r"(?i)leaders|premiers|prime\s+ministers|presidents|"
    r"heads(?!\s+of\s+(?:(?:\w+\s+){0,2}delegation|diplomacy|the\s+foreign\b))")
_LEADER_ROLES = ("president", "prime minister", "premier", "king", "emir", "sultan",
                 "chancellor", "queen", "prince")


_MINISTER_GROUP = re.compile(r"\b[Mm]inisters\b")
# who watches a signing: "in the presence of A and B", "witnessed by", "with A and B looking on"
_WITNESS_CUE = re.compile(r"\b(?:[Ii]n\s+the\s+presence\s+of|[Ww]itnessed\s+by|[Ww]atched\s+by|"
                          r"look(?:ing|ed)\s+on|[Uu]nder\s+the\s+(?:gaze|eyes)\s+of)\b")
_FOREIGN_MINISTER_GROUP = re.compile(r"(?i)\bforeign\s+ministers\b|\bheads\s+of\s+diplomacy\b|"
                                     r"\bheads\s+of\s+the\s+foreign\b")


def _is_minister(doc: Doc, pid: str) -> bool:
    return any("minister" in r.lower() for r in doc.ents[pid].roles)


def _is_foreign_minister(doc: Doc, pid: str) -> bool:
    """A minister's post that is not a head of government's ("prime minister")."""
    return any("minister" in r.lower() and "prime" not in r.lower() for r in doc.ents[pid].roles)

_COUNTERPART_BEFORE = re.compile(r"\b(?:counterpart|colleague|guest|host)s?,?\s*\Z")


def _recent_ministers(doc: Doc, pos: int) -> list[str]:
    """The last two people named before pos whose post is a minister's."""
    out: list[str] = []
    for m in reversed(_persons_before(doc, pos, 0)):
        if m.ents[0] not in out and _is_minister(doc, m.ents[0]):
            out.append(m.ents[0])
            if len(out) == 2:
                return out
    # ("X, C's Foreign Minister, was hosted by his D counterpart, Y. C's Ambassador Z attended.
    # Afterwards, the ministers signed": a counterpart named with no post of his own counts,
    # the ambassador does not, nor anyone else named with no post)
    out = []
    for m in reversed(_persons_before(doc, pos, 0)):
        if m.ents[0] not in out and (_is_minister(doc, m.ents[0]) or (
                not doc.ents[m.ents[0]].roles
                and _COUNTERPART_BEFORE.search(doc.text, max(0, m.start - 40), m.start))):
            out.append(m.ents[0])
            if len(out) == 2:
                return out
    return []


# the head words of a state's legislature ("Parliament of Uganda", "National Assembly of
# Hungary", "the Senate of Chile"; not "the Office of the National Assembly")
CHAMBER_HEADS = frozenset(words("parliament assembly senate congress chamber house"))


# (and a chamber's own name, which has no head word: "the Folketing", "the Jogorku Kenesh of
# the Kyrgyz Republic")
_CHAMBER_NAMES = frozenset(words(
    """Althingi Riigikogu Storting Stortinget Folketing Folketinget Riksdag Eduskunta Bundestag
    Bundesrat Knesset Duma Sejm Oireachtas Dáil Sabha Sangsad Saeima Seimas Sabor Rada Mazhilis
    Majilis Kenesh Majlis Khural Senedd Sobranie Skupština"""))


def is_chamber(name: str) -> bool:
    toks = name.split()
    head = _head(toks)
    return head in CHAMBER_HEADS or not head and not _CHAMBER_NAMES.isdisjoint(toks)


def _recent_chambers(doc: Doc, pos: int) -> tuple[str, ...]:
    """The last two legislatures (Institutions) named before pos, nearest first; () if the
    story names fewer."""
    out: list[str] = []
    for m in sorted((x for x in doc.mentions if x.kind == "I" and x.end <= pos
                     and x.role == "name"), key=lambda x: -x.start):
        eid = m.ents[0]
        if eid not in out and is_chamber(doc.ents[eid].name):
            out.append(eid)
            if len(out) == 2:
                return tuple(out)
    return ()


def _recent_people(doc: Doc, pos: int, n: int, sent_start: int,
                   roles: tuple[str, ...] = (),
                   keep: Callable[[Doc, str], bool] | None = None) -> list[str]:
    out: list[str] = []
    for m in reversed(_persons_before(doc, pos, 0)):
        if keep is not None and not keep(doc, m.ents[0]):
            continue
        if roles and not any(r.startswith(w) and "vice" not in r and "deputy" not in r
                             for r in doc.ents[m.ents[0]].roles for w in roles):
            continue
        if m.ents[0] not in out:
            out.append(m.ents[0])
        if len(out) == n:
            return out
    return []


_SIDES_SIGNED = re.compile(
    r"\s+(?:(?:also|then|later|have|had|formally)\s+)?(?:signed|inked\b|"
    # "the two sides opened diplomatic relations on ...": the states, as "the two sides signed"
    r"(?:opened|established)\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties)|"
    # "the two sides have worked together under a free trade agreement since 2005": a lasting
    # cooperation is the states', whoever met that day
    r"(?:long\s+|closely\s+)?(?:cooperated|co-operated|collaborated|worked\s+together))\b"
)
_MET_CUE = re.compile(r"\b(?:held\s+talks|met|had\s+a\s+meeting|received|called\s+on|"
                      # ("later held a closed-door meeting with Y")
                      r"held\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:session|meeting|consultations))\b")


# "Following the negotiations (At the conclusion of the talks), the Ministers signed": the talks
# told a few sentences before, and the two people who held them
_THE_TALKS = re.compile(r"\b(?:the|their)\s+(?:[\w-]+\s+)?(?:talks|negotiations)\b")
_TALKS_HELD_NOUN = r"\b(?:held|had|conducted)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b"
_TALKS_HELD = re.compile(
    _TALKS_HELD_NOUN + r"|"
    # ("A and B reviewed relations at the ministry. At the close of their talks, ...")
    r"\b(?:reviewed|discussed)\b")
_TALKS_HELD_NOUN_RX = re.compile(_TALKS_HELD_NOUN)


def _talks_pair_before(doc: Doc, si: int, pos: int) -> list[str]:
    """The two people (named, or a group of two) of the last sentence of the six before si
    that tells talks held, when this sentence refers to "the talks" before pos and names
    nobody there; [] when that sentence does not hold exactly two."""
    s, _ = doc.sentences[si]
    if not _THE_TALKS.search(doc.text, s, pos) or next(
            _before(doc, pos, "P", s, coref=True), None) is not None:
        return []
    window = range(si - 1, max(-1, si - 7), -1)
    # (talks said to be held first: not "Y and Z later discussed the details with reporters"
    # told after them)
    held = [j for j in window if _TALKS_HELD_NOUN_RX.search(doc.text, *doc.sentences[j])]
    for j in held[:1] or window:
        a, b = doc.sentences[j]
        if not _TALKS_HELD.search(doc.text, a, b):
            continue
        people: list[str] = []
        for m in reversed(list(_before(doc, b, "PQ", a, coref=True))):
            people.extend(e for e in m.ents if e not in people)
        return people if len(people) == 2 else []
    return []


def _met_pair_before(doc: Doc, si: int, pos: int) -> list[str]:
    """"Later, he held talks with X. After the talks, the two ministers signed ...": the two
    people of the meeting in the sentence before, a pronoun counted as the person it stands
    for (so not the last two names, one of whom only attended). [] unless this sentence names
    nobody before pos and the sentence before has a meeting verb and exactly two people."""
    s, _ = doc.sentences[si]
    if si == 0 or next(_before(doc, pos, "P", s, coref=True), None) is not None:
        return []
    a, b = doc.sentences[si - 1]
    if not _MET_CUE.search(doc.text, a, b):
        return []
    people: list[str] = []
    for m in reversed(list(_before(doc, b, "P", a, coref=True))):
        if m.ents[0] not in people:
            people.append(m.ents[0])
    if len(people) > 2:
        # "X was received on arrival by A, and later held a meeting with B. At the end of their
        # meeting, the two ministers signed": the subject and the person of the last meeting
        last = max(_MET_CUE.finditer(doc.text, a, b), key=lambda c: c.start(), default=None)
        met = min((m for m in doc.mentions if m.kind == "P" and last is not None
                   and last.end() <= m.start < b), key=lambda m: m.start, default=None)
        if met is not None and met.ents[0] != people[0]:
            return [people[0], met.ents[0]]
    return people if len(people) == 2 else []


# "X and his guest signed J": the visitor X hosts
_AND_HIS_GUEST = re.compile(
    r"(?<=\sand\s)(?:his|her)\s+(?:guest|visitor)\b(?!\s+(?:speaker|list|book|house)\b)")
_HIS_HOST = re.compile(
    r"\b(?:his|her)\s+host(?=\s)(?!\s+(?:country|nation|state|city|government)\b)")


def _host_of(doc: Doc, si: int, guest: str) -> str | None:
    """The one other person of the last of the three sentences before si that names the
    guest; None when that sentence names two others or none names the guest."""
    for j in range(si - 1, max(-1, si - 4), -1):
        a, b = doc.sentences[j]
        named = {m.ents[0] for m in _before(doc, b, "P", a, coref=True)}
        if guest in named:
            others = named - {guest}
            if others:
                return next(iter(others)) if len(others) == 1 else None
    return None


def _partner_of(doc: Doc, pid: str, pos: int) -> list[str]:
    """The leader and the one other person of the last sentence before pos that names the
    leader ("Park held talks with his Czech counterpart Dvořáček"); [] unless exactly one."""
    persons = _persons_before(doc, pos, 0)
    last = next((m for m in reversed(persons) if m.ents[0] == pid), None)
    if last is None:
        return []
    for a, b in doc.sentences:
        if a <= last.start < b:
            others = {m.ents[0] for m in persons if a <= m.start < b and m.ents[0] != pid}
            return [pid, next(iter(others))] if len(others) == 1 else []
    return []


_HOST_WORDS = ("the Kingdom", "the Sultanate", "the Emirate", "the State")
_HOST_STATE = re.compile(
    r"\bthe\s+(?:Kingdom|Sultanate|Emirate|State)\b(?![’'-])(?!\s+(?:of\b|[A-Z]))"
)


# "the Ambassador of the Custodian of the Two Holy Mosques to Tajikistan": a Saudi envoy is
# styled the King's, and the King's title stands for his state
_CUSTODIAN_ENVOY = re.compile(
    r"\b(?:Ambassador|Embassy|Consul(?:ate)?(?:[\s-]General)?|Charg[ée]\s+d[’']\s?Affaires)"
    r"\s+of\s+(?P<k>the\s+Custodian\s+of\s+the\s+Two\s+Holy\s+Mosques)\b")


def find_host_state(doc: Doc) -> None:
    """"the Ambassador of Uganda to the Kingdom" in a Riyadh wire: the dateline's state (read
    before people, whose posts name it)."""
    text = doc.text
    if "Two Holy Mosques" in text:
        taken = _occupied(doc)
        for m in _CUSTODIAN_ENVOY.finditer(text):
            s, e = m.span("k")
            if b"\x01" in taken[s:e] or _masked(doc, s, e):
                continue
            info = _country(doc, "SAU", s)
            doc.add(Mention(s, e, "C", (info.id,), "coref"))
    if doc.place_iso is None or not any(w in text for w in _HOST_WORDS):
        return
    if doc.place_iso not in gz.countries():
        return
    taken = _occupied(doc)
    for m in _HOST_STATE.finditer(text):
        s, e = m.span()
        if b"\x01" in taken[s:e] or _masked(doc, s, e):
            continue
        if text.startswith("Kingdom", s + 4) and f"country:{doc.place_iso}" not in _kingdoms():
            continue  # "the Kingdom" in a Georgetown release is not Guyana
        if text.startswith("Sultanate", s + 4) and (
                f"country:{doc.place_iso}" not in _styled("Sultanate")):
            continue  # nor "the Sultanate" in a Nairobi one Kenya
        info = _country(doc, doc.place_iso, s)
        doc.add(Mention(s, e, "C", (info.id,), "coref"))


def _recent_country(doc: Doc, pos: int, sent_start: int, exclude_sentence: bool,
                    only: frozenset[str] | None = None) -> str | None:
    here = {m.ents[0] for m in _before(doc, pos, "C", sent_start)}
    for m in _before(doc, pos, "C"):
        if exclude_sentence and m.ents[0] in here or only is not None and m.ents[0] not in only:
            continue
        return m.ents[0]
    return None


@lru_cache(maxsize=8)
def _styled(word: str) -> frozenset[str]:
    """Countries whose official form holds `word` ("Sultanate of Oman")."""
    return frozenset(
        f"country:{c.iso3}" for c in gz.countries().values()
        if any(word in a.split() for a in (c.name, *c.aliases))
    )


@lru_cache(maxsize=1)
def _kingdoms() -> frozenset[str]:
    """Countries whose official form is a kingdom ("Kingdom of Morocco")."""
    return frozenset(
        f"country:{c.iso3}" for c in gz.countries().values()
        if any("Kingdom" in a.split() for a in (c.name, *c.aliases))
    )


_TREATY_ORG = re.compile(r"\bTreaty\s+Organi[sz]ation\b")


def _recent_body(doc: Doc, head: str, pos: int) -> str | None:
    h = " ".join(head.lower().split())
    generic = h in ("regional grouping", "grouping", "bloc", "trade bloc", "regional body")
    for m in _before(doc, pos, "IO"):
        info = doc.ents[m.ents[0]]
        if generic and info.type is EntityType.ORGANIZATION and not info.name.startswith(
                ("United Nations", "World ")):
            # (a universal body, the UN or the WTO, is no bloc or regional grouping)
            return info.id
        if h == "alliance" and info.type is EntityType.ORGANIZATION and (
                _TREATY_ORG.search(info.name) or "-treaty-organi" in info.id):
            # "the alliance": a treaty organization for common defence ("NATO": the id is the
            # slug of the table's full name)
            return info.id
        words = info.name.lower().replace("organisation", "organization").split()
        if h.replace("organisation", "organization") in words or info.head == h:
            return info.id
    return None


def _recent_project(doc: Doc, head: str, mods: str, pos: int) -> str | None:
    h = "memorandum" if head in ("MoU", "MOU") else head.lower()
    want = [w for w in mods.lower().split() if w not in ("new", "the", "a")]
    for m in _before(doc, pos, "J"):
        info = doc.ents[m.ents[0]]
        name = info.name.lower()
        if info.head != h:
            continue
        if all(w in name for w in want):
            return info.id
    return None


_ALSO = re.compile(r"\s*,?\s+(?:also\s+(?:called|known\s+as)|known\s+as|dubbed|or)\s+(?:the\s+)?")
# Foreign ministries known by their seats (Malaysia, Brazil, France, Italy, Japan, the United
# States), and the generic names a story calls them by after that
_FOREIGN_MINISTRY_SEATS = frozenset({"Wisma Putra", "Itamaraty", "Quai d'Orsay", "Quai d’Orsay",
                                     "Farnesina", "Gaimusho", "Foggy Bottom"})
_FOREIGN_MINISTRY = frozenset({"Foreign Ministry", "Foreign Office", "Ministry of Foreign Affairs"})


def merge_alternative_names(doc: Doc) -> None:
    """"the Trans-Caspian International Transport Route, also called the Middle Corridor":
    one entity, the second name an alias."""
    bodies = sorted(
        (m for m in doc.mentions if m.kind in "IOJ" and m.role == "name"), key=lambda m: m.start
    )
    for a, b in zip(bodies, bodies[1:], strict=False):
        # "the Trans-Caspian International Transport Route (Middle Corridor)": a name of several
        # words alone in parentheses after a project's is its other name
        paren = a.kind == "J" and b.kind == "J" and re.fullmatch(
            r"\s*\(", doc.text[a.end : b.start]) is not None and doc.text.startswith(
            ")", b.end) and " " in doc.text[b.start : b.end].strip()
        if a.ents == b.ents or not (paren or _ALSO.fullmatch(doc.text, a.end, b.start)):
            continue
        old, new = b.ents[0], a.ents[0]
        if old in doc.ents and new in doc.ents and doc.ents[old].type is doc.ents[new].type:
            _merge(doc, old, new)
    # ("The Luxembourg Development Cooperation Agency (LuxDev)": a body's short form in
    # parentheses right after the text's full name is that body, whatever other full name a
    # table gives the same short form)
    acronyms = [m for m in doc.mentions if m.kind in "IO" and m.role == "acronym"]
    for m in acronyms:
        for n in acronyms:
            if (n.start, n.end) != (m.start, m.end) or n.ents == m.ents or not any(
                    f.kind == m.kind and f.ents == m.ents and f.role == "name"
                    and re.fullmatch(r"\s*\(", doc.text[f.end : m.start]) is not None
                    for f in doc.mentions):
                continue
            old, new = n.ents[0], m.ents[0]
            if old in doc.ents and new in doc.ents and doc.ents[old].type is doc.ents[new].type:
                _merge(doc, old, new)
    # "Wisma Putra denied ...; the Foreign Ministry said ...": a foreign ministry named by its
    # seat, then by what it is (one such seat in the article)
    seats = [i for i in doc.ents.values()
             if i.type is EntityType.INSTITUTION and i.name in _FOREIGN_MINISTRY_SEATS]
    if len(seats) == 1:
        for other in [i for i in doc.ents.values()
                      if i.type is EntityType.INSTITUTION and i.name in _FOREIGN_MINISTRY]:
            _merge(doc, other.id, seats[0].id)
    # "Sixaola bridge" in the headline, "Sixaola Binational Bridge" in the body: one project
    projects = [i for i in doc.ents.values() if i.type is EntityType.PROJECT]
    for short in projects:
        sw = short.name.split()
        if len(sw) < 2 or sw[-1] != sw[-1].lower() or short.id not in doc.ents:
            continue
        stem = " ".join(sw[:-1]) + " "
        for full in projects:
            if full is not short and full.id in doc.ents and full.name.startswith(stem) and (
                full.name.lower().endswith(" " + sw[-1])
            ):
                _merge(doc, short.id, full.id)
                break


def merge_described_agreements(doc: Doc) -> None:
    """"has signed a police cooperation agreement" in the lead, "signed the Agreement on Police
    Cooperation and Capacity Building" after: the named agreement, when it is the only one of
    that head whose name holds every word of the lower-case description."""
    projects = [i for i in doc.ents.values() if i.type is EntityType.PROJECT]
    if len(projects) < 2:
        return
    for short in projects:
        sw = short.name.split()
        if len(sw) < 2 or sw[-1] not in _AGREEMENT_HEADS or not short.name.islower():
            continue
        words_ = set(sw[:-1])
        fits = [full for full in projects if full is not short and full.id in doc.ents
                and full.name.split()[0].lower() == sw[-1] and not full.name.islower()
                and words_ <= set(full.name.lower().split())]
        if len(fits) == 1:
            _merge(doc, short.id, fits[0].id)


def _merge(doc: Doc, old: str, new: str) -> None:
    """Entity `old` is another name of `new`."""
    gone = doc.ents.pop(old)
    info = doc.ents[new]
    info.first = min(info.first, gone.first)
    info.shown = info.shown or gone.shown
    info.roles |= gone.roles  # a person's posts and their countries, from either name
    info.affil |= gone.affil
    for alias in (gone.name, *gone.aliases):
        if alias != info.name and alias not in info.aliases:
            info.aliases.append(alias)
    for m in doc.mentions:
        if old in m.ents:
            m.ents = tuple(new if e == old else e for e in m.ents)


# kinds of agreement that are part of its descriptive name: "an intergovernmental agreement on
# ...", "a trilateral memorandum"
_AGREEMENT_ADJ = (
    r"(?:intergovernmental|inter-governmental|bilateral|trilateral|multilateral|framework|"
    r"comprehensive|interagency|inter-agency)"
)
_AGREEMENT_HEAD = (
    r"(?:memorandum\s+of\s+understanding|memorandum\s+of\s+cooperation|memorandum|agreement|"
    # "signed a declaration of intent on migration": a signed document (not any "declaration")
    r"treaty|protocol|convention|accord|arrangement|declaration\s+of\s+intent|"
    # "signed a joint declaration of intent on rail freight": the joint one, its "of intent"
    r"joint\s+declaration\s+of\s+intent|[Ll]etter\s+of\s+[Ii]ntent|"
    # ("A and B signed a record of discussions on a training centre": a development agency's
    # signed minutes of a project)
    r"[Rr]ecord\s+of\s+[Dd]iscussions?|"
    # "signed a joint declaration on a strategic partnership"
    # ("A and B signed a Joint Statement on Cyber Resilience Cooperation": a signed statement)
    # ("put ink to the Joint Communiqué on the Establishment of Diplomatic Relations": the same)
    r"joint\s+declaration(?=\s+on\s)|[Jj]oint\s+[Ss]tatement(?=\s+on\s)|"
    r"[Jj]oint\s+[Cc]ommuniqu[ée](?=\s+on\s))"
)
# "a defence cooperation agreement", "a general agreement for cooperation": lower-case words
# before the head name it, unless they only count or compare ("similar agreements")
_AGREEMENT_PREMOD = (
    r"(?!(?:similar|such|same|other|several|two|three|four|five|six|many|more|further|draft|"
    r"these|those|their|its|his|her|our|number|series|set|package|total|proposed|planned|"
    r"possible|future|existing|previous|earlier|first|second)\b)"
    r"(?:[a-z][a-z-]+\s+){1,3}?"
)
_AGREEMENT_SKIP = (
    r"(?:(?:new|landmark|historic|key|major|important|separate|additional|long-awaited|fresh|"
    r"revised|updated)\s+)*"
    # "signed a €20 million grant agreement for ...", "a ¥38 billion loan agreement": the sum
    # before the name
    r"(?:(?:US\$|USD\s?|EUR\s?|\$|€|£|¥)\s?\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+)?"
)
_AGREEMENT_COMPLEMENT = (
    r"\s+(?:on|for|concerning|regarding|between|in\s+the\s+(?:fields?|areas?|spheres?|domains?)"
    # "a memorandum of understanding establishing the Joint Commission": what it sets up
    r"\s+of|establishing|setting\s+up|"
    # "signed an agreement to offer language courses to diplomats": what it is for
    r"to\s+(?:offer|provide|promote|support|facilitate|train|fund|finance|develop|expand|build)"
    r")\s+[^,;.()]+"
    # "an agreement on ... for holders of diplomatic, special and service passports": a list of
    # single lower-case words, the last after "and", inside the topic
    r"(?:(?:,\s+(?!and\b)[a-z]{3,}(?=,|\s+and\s))+,?\s+and\s+[^,;.()]+)?"
)
_KIND_OR_HEAD = re.compile(r"(?:" + _AGREEMENT_ADJ + "|" + _AGREEMENT_HEAD + r")\b")
_SIGN_VERBS = (
    r"signed|sign|signing|inked|ink|inking|initiall?ed|exchanged|exchange|ratified|ratify|"
    # "putting their signatures to a J and to a memorandum on ...": literal words (a space), so
    # the literal anchors built from this list find them too; "put pen to paper on an agreement
    # on police cooperation", "A and B then put their names to a loan agreement": idioms
    # ("A and B set their names to J": "set" for "put"; "the two ministers put pen to J", "set
    # their hands to J": the same idioms, shorter)
    # ("putting their signatures on a memorandum on ...": "on" for "to")
    # ("A and B set their signatures under a declaration of intent on ...": "under" for "to")
    r"concluded|conclude|signatures to|signature to|signatures on|signature on|signatures under|"
    r"put pen to paper on|put their names to|with their signatures|"
    r"set their names to|put pen to|set their hands to|put their hands to|put ink on|"
    r"their names on|"
    # "A and B sealed an agreement on ...", "subscribed a memorandum ...", "proceeded to the
    # signature of a protocol on ...", "A and B penned J", "the two countersigned J": other
    # verbs of signing
    # ("the talks closed with the signature by the two ministers of a memorandum on ...")
    # ("A and B executed a framework agreement on ...": signed, in legal usage)
    # ("A and B autographed a plan of consultations ...": signed)
    # ("A and B formalised a cooperation protocol with their signatures": the same)
    r"sealed|subscribed|signature of|signature(?=,?\s+by\s)|penned|autographed|countersigned|"
    r"executed|formalised|formalized|"
    # ("A and B became signatories to a cooperation agreement on ...")
    r"signatories to"
)
_SIGN_VERBS_LIST = _SIGN_VERBS.split("|")
# the same as literal text for an anchor ("signature(?=,?\s+by\s)" as "signature")
_SIGN_WORDS = [v.split("(?=")[0] for v in _SIGN_VERBS_LIST]
# "a roadmap for trade and logistics cooperation": a signed roadmap, its fields before it
_ROADMAP = r"road\s?map\s+(?:for|of)\s+(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?cooperation"
_AGREEMENT_AFTER_VERB = (
    # ("witnessed the signing, by A and B, of an agreement on ...": the signers between commas)
    # ("A and B signed, on behalf of C and D respectively, a financing agreement for ...")
    # ("welcomed the signing, on 30 November in L, of a financing agreement for ...": the day)
    r"(?:(?:(?<=signing),\s+(?:by\s+[^.;«]{1,200}?|on\s+[^.;«,]{1,60}?),\s+of\s+|(?<=signed),\s+on\s+behalf\s+of\s+"
    r"[^.;«]{1,100}?,\s+|\s+(?:[^.;«]{0,40}?\s)??)"
    r"(?:an?|the)\s+" + _AGREEMENT_SKIP + r"(?=(?:" + _AGREEMENT_ADJ +
    r"\s+)?(?:memorandum|agreement|treaty|protocol|convention|accord|arrangement|"
    r"declaration\s+of\s+intent|[Ll]etter\s+of\s+[Ii]ntent|[Rr]ecord\s+of\s+[Dd]iscussions?|"
    r"joint\s+declaration(?=\s+on\s|\s+of\s+intent\b)|[Jj]oint\s+[Ss]tatement(?=\s+on\s)|"
    r"[Jj]oint\s+[Cc]ommuniqu[ée](?=\s+on\s))\b|" +
    _AGREEMENT_PREMOD +
    r"(?:agreement|accord|pact|treaty|memorandum|protocol|convention|arrangement)\b"
    # ("put their names to a road map on water management and to a memorandum on ...": a
    # roadmap on a lower-case field, before any document further on)
    r"|road\s?map\s+on\s+(?!the\b)[a-z]{3,})"
    # "signed an executive programme for cultural cooperation": a programme is a signed document
    # only right after the verb and its article, with its own words before it ("signed up for
    # the training programme" is no signing)
    # ("witnessed the signing of an executive programme for ...": the noun and its "of")
    r"|(?:(?<=signing)\s+of)?\s+(?:an?|the)\s+(?=" + _AGREEMENT_PREMOD +
    r"(?:programme|program)\s+(?:for|on)\s"
    # "signed a plan of consultations between the foreign ministries of A and B for 2026-2027"
    # ("a plan of political consultations for 2027-2029")
    r"|(?:plan|programme|program)\s+of\s+(?:political\s+)?(?:consultations|cooperation)\s"
    # "signed a roadmap for trade and logistics cooperation for 2027-2029", as after "and a"
    r"|" + _ROADMAP + r"\b))"
)
_AGREEMENT_VERB = re.compile(rf"\b(?:{_SIGN_VERBS})" + _AGREEMENT_AFTER_VERB)
# The same without its leading \b, the verbs grouped under their first letter with the rest of
# the pattern repeated in each top-level branch: a pattern whose branches all open with a
# literal letter lets re skip the positions where no verb starts. _agreement_verbs tests the
# word start itself.
_AGREEMENT_VERB_AT = re.compile("|".join(
    f"{first}(?:{'|'.join(v[1:] for v in verbs)}){_AGREEMENT_AFTER_VERB}"
    for first, verbs in groupby(_SIGN_VERBS_LIST, key=lambda v: v[0])
))


def _agreement_verbs(text: str) -> Iterator[re.Match[str]]:
    """_AGREEMENT_VERB.finditer(text): the leftmost match at a word start, then on from its end."""
    pos = 0
    while (m := _AGREEMENT_VERB_AT.search(text, pos)) is not None:
        p = m.start()
        if p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):
            pos = p + 1  # inside a word ("design"): \b fails here, try further on
            continue
        yield m
        pos = m.end() if m.end() > p else p + 1


# "a grant agreement of US$1.5 million for ...": the sum between the head and its topic
_AMOUNT = (
    r"\s+(?:of|worth)\s+(?:US\$|USD\s?|EUR\s?|\$|€|£)\s?\d[\d.,]*(?:\s+(?:million|billion|thousand))?"
)
_AGREEMENT_NAME = re.compile(
    r"(?:" + _AGREEMENT_ADJ + r"\s+)?" + _AGREEMENT_HEAD + _AGREEMENT_COMPLEMENT +
    # with a kind and no complement, the kind names it: "signed a trilateral memorandum in ..."
    r"|" + _AGREEMENT_ADJ + r"\s+" + _AGREEMENT_HEAD + r"\b(?!\s+(?:of|with)\b)"
    r"|" + _AGREEMENT_PREMOD +
    r"(?:agreement|accord|pact|treaty|memorandum|protocol|convention|arrangement)"
    r"\b(?:(?=" + _AMOUNT + r")|(?!\s+of\b))"
    r"(?:(?:" + _AMOUNT + r")?" + _AGREEMENT_COMPLEMENT + r")?"
    r"|" + _AGREEMENT_PREMOD + r"(?:programme|program)(?=\s+(?:for|on)\s)" + _AGREEMENT_COMPLEMENT
    + r"|(?:plan|programme|program)\s+of\s+(?:political\s+)?(?:consultations|cooperation)"
    # "a programme of cooperation in education": its field, lower-case, right after it
    r"(?:" + _AGREEMENT_COMPLEMENT + r"|\s+in\s+(?!the\b)(?=[a-z])[^,;.()]+)?"
    # "... and a roadmap for cooperation 2027-2029": a signed roadmap and its years
    # ("a roadmap for trade and logistics cooperation for 2027-2029": its fields before it)
    r"|" + _ROADMAP + r"(?:\s+(?:for\s+)?\d{4}[-–]\d{2,4})?"
    # "a road map on water management": its field, one to three lower-case words
    r"|road\s?map\s+on\s+(?!the\b)[a-z]{3,}(?:\s+(?!(?:and|in|on|at|for|with|to|by)\b)[a-z]{3,}){0,2}"
)
_AGREEMENT_STOP = re.compile(
    # (a headline's name ends at its line: "... sign a memorandum on energy" then the dateline)
    r"\s*\n|"
    r"\s+(?:(?:later|earlier|next|last|this)\s+(?:this\s+|next\s+|last\s+)?(?:year|month|week)\b|"
    r"(?:in|on|during|at|under|last|this|next|earlier|later)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+day"
    r"\b|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|year|month|week)|together\s+with\b|with\s+(?:the\s+)?[A-Z]|and\s+an?\s+|"
    # "... on labour cooperation here yesterday": a relative day (and "here") ends the name
    r"(?:here\s+)?(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening))\b|"
    r"here(?=\s*[,.;]|\s*$)|"
    # "The documents – ..., and a plan of consultations for 2026-2028 – were inked": a spaced
    # dash closes the list
    r"[–—](?=\s)|"
    # "... on student exchange by video link": the means of a remote signing
    r"(?:by|via|over)\s+(?:a\s+)?(?:video\s*(?:link|conference|call)|videoconference)\b|"
    r"(?:which|that|who|under\s+which)\b|by\s+(?:the\s+)?[A-Z]|"
    # "... on border trade by the two foreign ministers": a group of signers
    r"by\s+(?:the\s+)?(?:two|three|both)\s+[a-z]|"
    # the venue of the signing: "... on investment promotion at the Sule Convention Centre"
    r"at\s+(?:the\s+)?[A-Z]|"
    # "... on police cooperation at the ministry", "... at the state guesthouse Padma": a
    # lower-case venue
    # "... on maternal health services worth 38 million US dollars in their presence": a sum
    # after the name, and the witnesses
    r"worth\s+(?:US\$|USD|EUR|\$|€|£|about\s|some\s|nearly\s|over\s|\d)|"
    r"in\s+(?:their|his|her|the)\s+presence\b|"
    # ("sealed a memorandum on ... with their signatures": the idiom's end, not the name)
    r"with\s+(?:their|its|his|her)\s+signatures?\b|"
    r"at\s+(?:the|its|their|his|her)\s+(?:state\s+)?(?:ministry|guesthouse|guest\s+house|"
    r"residence|headquarters|embassy|palace|secretariat|hotel|office|foreign\s+office)\b|"
    # "... protection of investments when the joint committee meets": a clause of time
    r"(?:when|once|until|unless|if)\s+(?:the|it|they|both|a|an)\b|"
    # "An agreement on ... was signed by": the passive's auxiliary ends the name
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:signed|inked)\b|"
    # ("Reports that X had signed an agreement on ... were inaccurate": the denial's verb)
    r"(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:incorrect|untrue|inaccurate|unfounded|misleading|"
    r"false|groundless|baseless|wrong|not\s+(?:true|correct|accurate))\b|"
    # ("A memorandum on ... came out of the session, with A and B signing it": its verb)
    r"(?:came|emerged)\s+(?:out\s+of|from)\b|"
    # the place of the signing: "... atomic energy in Moscow on Monday"
    r"in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=\s+(?:on|in|at|last|this|earlier|yesterday|today)\b"
    r"|\s*[,.;]|\s*$)|"
    # "... critical minerals and agreed to resume talks": a second verb ends the name
    r"(?:and|but)\s+(?:also\s+)?(?:agreed|decided|pledged|vowed|discussed|reviewed|exchanged|"
    r"welcomed|noted|called|expressed|held|launched|signed|will|would|to|are|were|is|was)\b|"
    r"(?:and|but)\s+[a-z]+ed\s+(?:to|on|the|a|an|that)\b|"
    # "... on halal food certification after the talks": the time of the signing
    # "... on fisheries during a working visit by ...": an article and up to two modifiers
    r"(?:after|following|before|during|at\s+the\s+end\s+of)\s+(?:the|their|his|her|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions|visit|ceremony|consultations)\b)"
)
_PASSIVE_SUBJECT = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=\s[-–—]\s)|(?<=\.\s))"
                              r"(?:The|(?P<a>An|A))\s+(?=(?:" + _AGREEMENT_ADJ + r"\s+)?"
                              + _AGREEMENT_HEAD + r"\b"
                              # "A grant (loan) agreement for the J, worth ..., was signed by":
                              # one or two lower-case words before the head, none a function
                              # word, after "a" ("The electrical interconnection agreement" is
                              # one told before)
                              r"|(?(a)(?:(?!(?:the|an?|that|this|said|says|and|or|of|to|for|on|in|"
                              r"with|by|new|similar|such|other|draft)\b)[a-z][a-z-]+\s+){1,2}?"
                              r"(?:agreement|memorandum|treaty|protocol|accord|arrangement)\b|(?!)))")
# "Afterwards, an agreement on ... and a memorandum on ... were signed by the two ministers":
# a passive subject after a sentence adverb of sequence
_PASSIVE_SUBJECT_FRONT = re.compile(
    r"\s*(?:(?:Afterwards?|Thereafter|Subsequently|Then|"
    # "Later that day, an agreement on ... was signed by ...": the day of the talks before
    r"(?:Later|Earlier)(?:\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening))?|"
    # ("On the same day, a memorandum on ... was signed between A and B")
    r"(?:On\s+)?[Tt]he\s+same\s+day|(?:After|Following|During|At\s+the\s+(?:end|"
    r"close)\s+of)\s+(?:the|their)\s+(?:talks|meeting|consultations|session|ceremony|visit)|"
    # "In the presence of the two officials, a memorandum on ... was signed by A and B"; "On
    # Monday, in their presence, an agreement on ... was signed by A and B": a weekday before it
    # or alone
    r"On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=,\s+(?:an?|the|in)\s)|"
    r"(?:On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?[Ii]n\s+(?:the|their)\s+presence"
    r"(?:\s+of\s+[^,;.«]{1,60}?)?),\s+|"
    # "The meeting yielded a memorandum on ..., signed by A and B": the talks' outcome
    r"The\s+(?:talks|meeting|consultations|session|visit)\s+(?:yielded|produced|resulted\s+in)"
    r"\s+)"
    r"(?:the|an|a)\s+(?=(?:" + _AGREEMENT_ADJ + r"\s+)?" + _AGREEMENT_HEAD + r"\b)"
)
# (", worth ¥1.2 billion, was signed": a decimal point inside a sum ends no sentence)
_PASSIVE_SIGNED = re.compile(r"(?:[^.;«]|(?<=\d)\.(?=\d)){0,160}?\s"
                             r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                             # ("A bilateral investment treaty was not signed": no signing)
                             r"(?:(?!not\b|never\b)\w+\s+)?(?:signed|inked)\b"
                             # "A memorandum on ... came out of the session, with A and B
                             # signing it": a gerund signing of the subject
                             r"|[^.;«]{0,160}?,\s+with\s+[^.;]{1,120}?\s+signing\s+it\b"
                             # ("... yielded a memorandum on ..., signed by A and B")
                             r"|[^.;«]{0,160}?,\s+signed\s+by\b")
_AMONG_THEM = re.compile(
    r"(?:Among\s+them|Among\s+(?:the|these)\s+(?:agreements|documents|instruments))\s+"
    r"(?:are|were)\s+(?:an?|the)\s+"
)
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_DOCS_DASH = re.compile(
    r"(?:The|These)\s+(?:" + _COUNT_WORD + r"\s+)?(?:instruments|agreements|documents|accords|"
    r"texts)(?:\s+[–—]\s+(?P<list>[^–—;\n]+?)\s+[–—]\s|"
    # "The three instruments, namely J1, J2 and J3, were signed by ...": the list after "namely"
    r",\s+namely\s+(?P<list2>[^;\n]+?),\s+(?:were|have\s+been)\s)"
)
_LIST_ARTICLE = re.compile(r"(?:^|,\s+(?:and\s+)?|\s+and\s+)(?:an?|the)\s+")
_UNDER_UNNAMED = re.compile(
    r"\b(?:have|has|had)\s+(?:long\s+|also\s+|closely\s+)?(?:cooperated|co-operated|"
    r"collaborated|worked\s+together)\s+under\s+an?\s+(?=[a-z])"
)
_ESTABLISHING_IN_TOPIC = re.compile(r"\s(?:establishing|setting\s+up|creating)\s")
# "the two officials reviewed a framework agreement establishing a joint commission, which they
# signed the same day": the agreement before the relative clause of its signing
_WHICH_SIGNED = re.compile(
    r"\b(?:reviewed|discussed|examined|finali[sz]ed|negotiated|prepared|approved|went\s+over)\s+"
    r"an?\s+(?=[a-z][^.;]{0,160}?,\s+which\s+(?:they|the\s+two(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s+"
    r"(?:(?:then|later|also|duly|subsequently)\s+)?signed\b)"
)
# "signed three agreements on Monday: a J1, a J2 and an J3" (the list runs to the sentence end)
_COLON_LIST = re.compile(r"(?:\s+(?:on|in)\s+[A-Z][\w-]+)?:\s+(?P<list>(?:an?|the)\s[^;:\n]+)")
_SIGNED_COUNTED_RX = re.compile(
    r"\b(?:signed|inked)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a\s+number\s+of)\s+(?:[\w-]+\s+)?(?:agreements|documents|instruments|memoranda|"
    r"accords|deals)\b"
)
# tried only where "signed" or "inked" starts a word (re tries the \b pattern at every character)
_SIGNED_COUNTED = Anchored(_SIGNED_COUNTED_RX, literal_anchor(["signed", "inked"]))
_NEXT_AGREEMENT = re.compile(
    # "... in La Paz on Monday and a memorandum ...": over the place and day of the signing
    # (a year range after a name: "a J 2026-2028 and to a memorandum on ...")
    r"(?:\s+(?:in|on|at)\s+[^,;.«\n]{1,40}?|\s+\d{4}[-–]\d{2,4})?,?\s+and\s+(?:to\s+)?"
    r"(?:an?|the)\s+"
    r"(?=(?:" + _AGREEMENT_ADJ + r"\s+)?(?:memorandum|agreement|treaty|"
    r"protocol|arrangement)\b|" + _AGREEMENT_PREMOD +
    r"(?:agreement|memorandum|treaty|protocol|arrangement)\b|"
    # "... and a letter (a joint declaration) of intent on ..."
    r"(?:joint\s+declaration|declaration|letter)\s+of\s+intent\b|"
    # "signed an agreement on ... and a programme of cooperation in education"
    r"(?:plan|programme|program)\s+of\s+(?:consultations|cooperation)\s|"
    # "... and a roadmap for cooperation 2027-2029"
    r"road\s?map\s+(?:for|of)\s+cooperation\b|"
    # "... and a cultural cooperation programme for 2026-2029": a programme with its field
    # before it and a "for/on" tail, as _AGREEMENT_NAME names it
    + _AGREEMENT_PREMOD + r"(?:programme|program)\s+(?:for|on)\s)"
)


def find_descriptive_agreements(doc: Doc) -> None:
    """Unnamed agreements that take part in a signing get a name from the text's own words:
    "signed a memorandum of understanding on cooperation in cyber security"."""
    text = doc.text
    if not any(doc.cues(i) & AGREEMENTS for i in range(len(doc.sentences))):
        return
    # a demonym may sit inside the topic ("on Hungarian language teaching")
    taken = [(m.start, m.end) for m in doc.mentions if m.kind != "D"]
    named: list[tuple[str, str, bool]] = []
    starts = [v.end() for v in _agreement_verbs(text)]
    # "... signed 14 agreements on Monday. Among them are a memorandum of ... and a ..."
    for si in range(1, len(doc.sentences)):
        s, e = doc.sentences[si]
        if not text.startswith("Among", s):
            continue  # (the only word _AMONG_THEM opens with)
        among = _AMONG_THEM.match(text, s, e)
        if among is not None and _SIGNED_COUNTED.search(text, *doc.sentences[si - 1]):
            starts.append(among.end())
    # "... signed three documents on Monday. The documents – an agreement on ..., a memorandum
    # of ... and a plan of ... – were inked by ...": each item of the list between dashes
    for si in range(1, len(doc.sentences)):
        s, e = doc.sentences[si]
        if not text.startswith(("The ", "These "), s):
            continue
        dl = _DOCS_DASH.match(text, s, e)
        # (the count may sit one sentence further back: "A and B signed three agreements on
        # Wednesday. X is in A on a visit. The three instruments, namely ...")
        if dl is not None and any(_SIGNED_COUNTED.search(text, *doc.sentences[k])
                                  for k in range(max(0, si - 2), si)):
            g = "list" if dl["list"] is not None else "list2"
            starts += [dl.start(g) + a.end() for a in _LIST_ARTICLE.finditer(dl[g])]
    # "signed a Statement of Partnership for 2024-2027 and a grant arrangement on ...": a
    # described agreement listed after a named one
    j_ends = {m.start: m.end for m in doc.mentions if m.kind == "J"}
    if j_ends:  # (a signing before no named agreement adds nothing)
        for v in _SIGN_BEFORE_NAME.finditer(text):
            end = j_ends.get(v.end())
            nxt = None if end is None else _AFTER_NAMED.match(text, end)
            if nxt is not None:
                starts.append(nxt.end())
    # "signed two agreements on Monday, one on electrical interconnection and one on the
    # protection of investments": each "one on ..." is an agreement of the counted kind
    for sc in _SIGNED_COUNTED.finditer(text):
        _one_on(doc, sc, taken)
        # "signed three agreements: a J1, a J2 and an J3": each item of the colon's list
        if (colon := _COLON_LIST.match(text, sc.end())) is not None:
            starts += [colon.start("list") + a.end()
                       for a in _LIST_ARTICLE.finditer(colon["list"])]
    # "The memorandum of understanding on ... was signed by ...", "MINSK, 12 March (BelTA) - An
    # agreement on ... was signed in Minsk on Tuesday by ...": the subject of a passive signing
    for si, (s, e) in enumerate(doc.sentences):
        if not doc.cues(si) & AGREEMENTS:
            continue  # the subject's head word ("agreement") is one of the sentence's cues
        for subj in _PASSIVE_SUBJECT.finditer(text, s, min(e, s + 80)):
            if _PASSIVE_SIGNED.match(text, subj.end(), e):
                starts.append(subj.end())
                break
        front = _PASSIVE_SUBJECT_FRONT.match(text, s, e)
        if front is not None and _PASSIVE_SIGNED.match(text, front.end(), e):
            starts.append(front.end())
    # "The two sides have worked together under a free trade agreement since 2005": an
    # unnamed agreement named as the channel of a stated cooperation
    if " under a" in text:
        starts += [u.end() for u in _UNDER_UNNAMED.finditer(text)]
    if ", which " in text:
        starts += [w.end() for w in _WHICH_SIGNED.finditer(text)]
    # a list of what was signed, one line each: "• MoU on cooperation in health, signed by A
    # and B;"
    for li in _LIST_ITEM_AGREEMENT.finditer(text) if "signed by" in text else ():
        start, end = li.start("name"), li.end("name")
        if not any(a < end and start < b for a, b in taken):
            name = text[start:end]
            eid = entity_id(EntityType.PROJECT, name)
            info = doc.add_entity(eid, EntityType.PROJECT, name, start)
            info.head = "memorandum" if name[:3].lower() == "mou" else name.split()[0].lower()
            doc.add(Mention(start, end, "J", (eid,), "name"), doc.surface(start, end), shown=True)
            taken.append((start, end))
    j_spans = {(m.start, m.end) for m in doc.mentions if m.kind == "J"}
    io_spans = {(m.start, m.end) for m in doc.mentions if m.kind in "IO"}
    c_spans = {(m.start, m.end) for m in doc.mentions if m.kind == "C"}
    l_spans = {(m.start, m.end) for m in doc.mentions if m.kind == "L"}
    for pos in starts:
        while True:
            m = _AGREEMENT_NAME.match(text, pos)
            if m is None:
                break
            start, end = m.start(), m.end()
            stop = _AGREEMENT_STOP.search(text, start, end)
            if stop:
                end = stop.start()
            end = start + len(text[start:end].rstrip())
            # "a memorandum on coffee exports between the A (X) and the B": a "between" whose
            # "and" the name does not reach names the parties, not the topic; the name ends
            if (half := _HALF_BETWEEN.search(text, start, end)) is not None:
                end = half.start()
            # "a grant agreement for the Apia Port Resilience Project": a named project inside
            # the topic stays a project of its own, the agreement is the whole
            # ("an agreement on the construction of the Herat section of the TAPI gas pipeline":
            # of a thing the topic names)
            inner = [(a, b) for a, b in taken if start < a and b <= end and (
                (a, b) in j_spans and (_TOPIC_BEFORE_NAME.search(text, start, a)
                                       or _OF_IN_TOPIC.search(text, start, a))
                # "a memorandum on cooperation between the Foreign Service Academy and the
                # Rio Branco Institute": the bodies whose cooperation it is, inside its name
                or (a, b) in io_spans and _BETWEEN_IN_TOPIC.search(text, start, a)
                # "a plan of consultations between the foreign ministries of A and B": the
                # states whose ministries or governments it binds
                or (a, b) in c_spans and _BETWEEN_OF_IN_TOPIC.search(text, start, a)
                # ("a memorandum on air services between A and B": the states it binds, after
                # the topic)
                or (a, b) in c_spans and _BETWEEN_IN_TOPIC.search(text, start, a)
                # ("a twinning agreement between Turin and Medellín": the parties right after
                # the kind and the head)
                or ((a, b) in c_spans or (a, b) in l_spans or (a, b) in io_spans)
                and _BETWEEN_AFTER_KIND.match(text, start, a) is not None
                # "a framework agreement establishing a Comoros-Oman Joint Commission": the
                # states of a hyphenated pair naming what it sets up
                or (a, b) in c_spans and (text[b : b + 1] in "-–" or text[a - 1 : a] in "-–")
                and _ESTABLISHING_IN_TOPIC.search(text, start, a) is not None
                # "a loan agreement for the electrification of the Asunción-Luque commuter
                # line": a place naming the thing the topic is about
                or (a, b) in l_spans and text[a - 4 : a] == "the " and _PLACE_ATTR.match(
                    text, b) is not None)]
            if not any(a < end and start < b for a, b in taken if (a, b) not in inner) and len(
                    text[start:end]) < 160:
                name = text[start:end]
                eid = entity_id(EntityType.PROJECT, name)
                info = doc.add_entity(eid, EntityType.PROJECT, name, start)
                info.head = name.split()[0].lower()
                # "a maritime boundary agreement" is named only when it takes part in a claim
                shown = bool(_KIND_OR_HEAD.match(name))
                doc.add(Mention(start, end, "J", (eid,), "name"), doc.surface(start, end),
                        shown=shown)
                taken.append((start, end))
                named.append((name, eid, shown))
            nxt = _NEXT_AGREEMENT.match(text, end)
            if nxt is None:
                break
            pos = nxt.end()
    # the headline names it without an article: "Norway and Malawi sign new agreement on ..."
    if named and doc.sentences:
        s0, e0 = doc.sentences[0]
        head = text[s0:e0].lower()
        for name, eid, shown in named:
            at = head.find(name.lower())
            if at < 0:
                continue
            start, end = s0 + at, s0 + at + len(name)
            if not any(a < end and start < b for a, b in taken):
                doc.add(Mention(start, end, "J", (eid,), "name"), doc.surface(start, end),
                        shown=shown)
                taken.append((start, end))
    # "the memorandum on consular cooperation that Valletta and Nicosia signed in 2019"
    for v_start in _signed_later(text):
        # "the agreement on ..., which was signed by the two governments": a comma may end it
        if text[v_start - 1 : v_start] == ",":
            v_start -= 1
        lo = max(0, v_start - 160)
        for a in _ARTICLE.finditer(text, lo, v_start):
            start = a.end()
            m = _AGREEMENT_NAME.match(text, start)
            if m is None:
                continue
            end = start + len(text[start : min(m.end(), v_start)].rstrip())
            if m.end() < v_start or end != v_start or any(
                    x < end and start < y for x, y in taken):
                continue
            name = text[start:end]
            eid = entity_id(EntityType.PROJECT, name)
            info = doc.add_entity(eid, EntityType.PROJECT, name, start)
            info.head = name.split()[0].lower()
            doc.add(Mention(start, end, "J", (eid,), "name"), doc.surface(start, end),
                    shown=bool(_KIND_OR_HEAD.match(name)))
            taken.append((start, end))
            break


_PLACE_ATTR = re.compile(r"(?:[-–][A-Z][\w’'-]*)*[^\S\n]+[a-z]")
_TOPIC_BEFORE_NAME = re.compile(
    r"\s(?:for|on|concerning|regarding|establishing|setting\s+up)\s+(?:the\s+)?\Z"
    # "a memorandum on additional gas deliveries through the Trans Adriatic Pipeline": the
    # way the topic's goods take
    r"|\s(?:on|for)\s[a-z][^,;.«]{0,60}?\s(?:through|via)\s+(?:the\s+)?\Z")
_HALF_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?[A-Z](?:(?!\sand\s)[^,;.])*\Z")
_BETWEEN_IN_TOPIC = re.compile(
    r"\s(?:on|for)\s(?:[^,;.]{0,60}?)\sbetween\s+(?:the\s+)?(?:[^,;.]{1,80}?\s+and\s+(?:the\s+)?)?\Z"
)
_BETWEEN_OF_IN_TOPIC = re.compile(
    r"\sbetween\s+the\s+(?:foreign\s+)?(?:ministries|governments)\s+of\s+(?:the\s+)?"
    r"(?:[^,;.]{1,40}?\s+and\s+(?:the\s+)?)?\Z"
)
_OF_IN_TOPIC = re.compile(r"\s(?:on|for)\s(?:[^,;.«]{0,80}?)\sof\s+(?:the\s+)?\Z")
# "a twinning agreement between Turin and Medellín", "a cooperation agreement between A and B":
# the parties (states, cities, bodies) right after a kind word and the head, inside the name
_BETWEEN_AFTER_KIND = re.compile(
    r"(?:[a-z][a-z-]+\s+){1,3}(?:agreement|memorandum|accord|pact|protocol|charter)\s+between\s+"
    r"(?:the\s+)?(?:[^,;.]{1,80}?\s+and\s+(?:the\s+)?)?\Z"
)
_LIST_ITEM_AGREEMENT = re.compile(
    r"^[^\S\n]*(?:[-•–*▪·]|\d{1,2}[.)])[^\S\n]*(?P<name>(?:MoU|MOU|" + _AGREEMENT_HEAD +
    r"|Memorandum\s+of\s+Understanding|Memorandum|Agreement|Treaty|Protocol|Convention|"
    r"Arrangement)" + _AGREEMENT_COMPLEMENT + r")(?=,\s+signed\s+by\s)",
    re.M,
)
_SIGN_BEFORE_NAME = Anchored(
    re.compile(rf"\b(?:{_SIGN_VERBS})\s+(?:an?\s+|the\s+)?(?=[{UP}])"),
    literal_anchor(_SIGN_WORDS),
)
# after a named agreement, over a year range or the place and day of the signing
_AFTER_NAMED = re.compile(r"(?:\s+(?:for|in|on|at)\s+[^,;.«\n]{1,40}?)?" +
                          _NEXT_AGREEMENT.pattern)
_COUNTED_HEADS = {"agreements": "agreement", "memoranda": "memorandum", "accords": "accord",
                  "treaties": "treaty", "protocols": "protocol", "conventions": "convention",
                  "arrangements": "arrangement"}
_ONE_ON = re.compile(r"[^.;:«\n]{0,60}?,\s+(?P<one>one)\s+(?=(?:on|for|concerning|regarding)\s)")
_AND_ONE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<one>another|one|the\s+other)\s+"
                      r"(?=(?:on|for|concerning|regarding)\s)")
_COMPLEMENT_RE = re.compile(_AGREEMENT_COMPLEMENT)


def _one_on(doc: Doc, sc: re.Match[str], taken: list[tuple[int, int]]) -> None:
    """"signed two agreements ..., one on X and one on Y": agreements named "agreement on X" and
    "agreement on Y" (the counted kind and the text's complement)."""
    text = doc.text
    kind = _COUNTED_HEADS.get(sc.group().split()[-1].lower())
    lead = _ONE_ON.match(text, sc.end())
    if kind is None or lead is None:
        return
    start, lead_end = lead.start("one"), lead.end("one")
    while True:
        comp = _COMPLEMENT_RE.match(text, lead_end)
        if comp is None:
            return
        end, nxt = comp.end(), None
        stop = _AGREEMENT_STOP.search(text, comp.start(), end)
        more = _AND_ONE.search(text, comp.start(), end + 20)
        if more is not None and (stop is None or more.start() < stop.start()):
            end, nxt = more.start(), more
        elif stop is not None:
            end = stop.start()
        end = lead_end + len(text[lead_end:end].rstrip())
        topic = " ".join(text[lead_end:end].split())
        if any(a < end and start < b for a, b in taken) or not 2 <= len(topic.split()) <= 12:
            return
        name = f"{kind} {topic}"
        eid = entity_id(EntityType.PROJECT, name)
        info = doc.add_entity(eid, EntityType.PROJECT, name, start)
        info.head = kind
        doc.add(Mention(start, end, "J", (eid,), "name"), shown=True)
        taken.append((start, end))
        if nxt is None:
            return
        start, lead_end = nxt.start("one"), nxt.end("one")


# "... that Valletta and Nicosia signed": matched from the spaces before "that" (see below)
_SIGNED_LATER = re.compile(r"(?:that|which)\s+[^.;\n]{0,80}?\b(?:signed|inked)\b")


def _signed_later(text: str) -> Iterator[int]:
    r"""The match starts of r"\s+" + _SIGNED_LATER over the text, found without the leading
    \s+ (re tries a pattern that opens with \s+ at every space, which cost 5% of the CPU of
    an article): a _SIGNED_LATER match with spaces before it, its match starting at the first
    of those spaces (not before the end of the last match)."""
    pos = 0
    while (m := _SIGNED_LATER.search(text, pos)) is not None:
        start = m.start()
        while start > pos and text[start - 1].isspace():
            start -= 1
        if start == m.start():
            pos = m.start() + 1  # no space before "that": \s+ fails here
            continue
        yield start
        pos = m.end()


_ARTICLE = re.compile(r"\b(?:the|an?)\s+")
_CO_NAME = rf"[{UP}][\w&’'-]+(?:[^\S\n]+[{UP}][\w&’'-]+){{0,2}}"
# (cues, pattern): each pattern runs only in a text holding one of its cues, words every match
# of it contains (plain substring tests: a regex for the cue costs as much as the pattern). One
# gate on loose lower-cased cues ("inc" in "including", "pt " in "accept ") let all five
# patterns scan most articles.
_LEGAL_SUFFIXES = ("Ltd", "Limited", "Plc", "PLC", "GmbH", "Inc", "LLC", "Bhd", "Berhad")
_COMPANY_PATTERNS = (
    # "the Finnish company UPM"
    (("company", "firm", "carrier", "airline", "conglomerate", "operator"),
     re.compile(rf"(?:company|firm|carrier|airline|conglomerate|operator)\s+(?P<name>{_CO_NAME})")),
    # ("the Indonesian holding MIND ID", "the state holding ABC": a holding company named in
    # capitals after "the ... holding", as after "company")
    (("holding",),
     re.compile(rf"\b[Tt]he[^\S\n]+(?:[{UP}][{LOW}]+[^\S\n]+|state[^\S\n]+|mining[^\S\n]+|"
                rf"investment[^\S\n]+)?holding[^\S\n]+(?P<name>[{UP}]{{2,}}[\w&’'-]*"
                rf"(?:[^\S\n]+[{UP}]{{2,}}[\w&’'-]*)?)(?![\w-])")),
    # "Movitel, a telecommunications joint venture"
    (("company", "firm", "venture", "conglomerate", "carrier", "airline", "start-up", "startup"),
     re.compile(
         rf"(?P<name>{_CO_NAME}),\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:company|firm|joint\s+venture|"
         r"conglomerate|carrier|airline|start-up|startup)\b"
     )),
    # "the Viettel group"
    (("group",), re.compile(rf"(?P<name>[{UP}][\w&’'-]+)\s+group\b")),
    # a legal form before or after the name: "PT Pindad", "JSC Kazakhstan Temir Zholy",
    # "Tullow Oil Plc"
    (("PT", "JSC"),
     re.compile(rf"(?<![\w-])(?P<name>(?:PT|JSC|PJSC|OJSC|CJSC)[^\S\n]+{_CO_NAME})")),
    (_LEGAL_SUFFIXES,
     re.compile(rf"(?P<name>{_CO_NAME}[^\S\n]+(?:Ltd|Limited|Plc|PLC|GmbH|Inc|LLC|Bhd|Berhad))"
                r"(?![\w-])")),
)


def find_companies(doc: Doc) -> None:
    """Companies named through what they are: "the company UPM", "Movitel, a joint venture"."""
    text = doc.text
    taken: bytearray | None = None
    for cues, pat in _COMPANY_PATTERNS:
        if not any(cue in text for cue in cues):
            continue
        if taken is None:
            taken = _occupied(doc)
        legal = cues is _LEGAL_SUFFIXES
        for m in pat.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if _masked(doc, s, e) or name.split()[0] in NOT_NAME or _in_quotes(text, s):
                continue  # (or words of a quoted title)
            if legal:
                # "Maldives Ports Limited": a legal form makes a company of a name that holds a
                # country, but not of one that holds a known body or a person
                inside = [x for x in doc.mentions if x.start < e and x.end > s]
                if any(x.kind != "C" for x in inside):
                    continue
                if inside:
                    _drop_mentions(doc, inside)
            elif b"\x01" in taken[s:e] or gz.scan_name(name):
                continue  # a country or a known body
            eid = entity_id(EntityType.ORGANIZATION, name)
            doc.add_entity(eid, EntityType.ORGANIZATION, name, s)
            doc.add(Mention(s, e, "O", (eid,), "name"), doc.surface(s, e))
            taken[s:e] = b"\x01" * (e - s)
    if " and " in text:
        _party_companies(doc, text)


# "Eskom and the I signed J", "the I and Petrobras have cooperated": a one-word name that no
# table knows, joined by "and" to a body the sentence makes a party of a signing or of a
# cooperation, is a company (not a word any other use of the text shows to be part of a
# longer name, a person's surname after a given name or title, or a place after "in"/"of")
_PARTY_VERB = re.compile(
    r"(?:[^\S\n]*\([^)]{1,30}\))?[^\S\n]+(?:(?:have|has|had)[^\S\n]+(?:also[^\S\n]+|long[^\S\n]+)?"
    r"(?:been[^\S\n]+)?)?(?:signed|inked|initiall?ed|put[^\S\n]+their|affixed|penned|exchanged|"
    r"co-?operated|co-?operating|collaborated|collaborating|worked|working|partnered|partnering|"
    r"co-organi[sz]ed|joined[^\S\n]+forces)\b"
)
_PAREN_AFTER = re.compile(r"[^\S\n]*\([^)]{1,30}\)")
_PARTY_WORD = rf"[{UP}][{LOW}][\w&’'-]{{2,}}"
_PARTY_BEFORE = re.compile(
    rf"(?<![\w&’'.-])(?P<name>{_PARTY_WORD})[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?\Z")
_PARTY_AFTER = re.compile(rf"[^\S\n]+and[^\S\n]+(?P<name>{_PARTY_WORD})(?![\w&’'-])")
# the word before a name: a place's preposition, or a capitalised word that opens no sentence
_WORD_BEFORE = re.compile(r"(?P<w>[\w’'.-]+)[^\S\n]+\Z")
# a place's head after the word: "Mombasa County", "the Punjab government", "Hamburg's port"
_PLACE_HEAD_AFTER = re.compile(
    r"(?:[’']s)?[^\S\n]+(?:[Pp]rovince|[Rr]egion|[Ss]tate\b(?!\s+(?:[Oo]il|[Pp]ower|[Gg]as))|"
    r"[Cc]ounty|[Cc]ity|[Gg]overnorate|[Mm]unicipality|[Oo]blast|[Pp]refecture|[Dd]istrict|"
    r"[Gg]overnment|[Pp]ort|[Hh]arbou?r|[Aa]irport|[Ii]slands?|[Pp]rovincial|[Cc]ouncil)\b")
_ABBREV_END = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}|[A-Z])\.\Z")


def _name_word_before(text: str, pos: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    w = m["w"]
    if w in ("in", "of"):
        return True
    prev = text[max(0, m.start() - 10) : m.start()].rstrip(" \t")
    if _ABBREV_END.search(prev):
        prev = "Hon"  # "Hon. Peter Okello": an abbreviation's stop ends no sentence
    return w[:1].isupper() and w.rstrip(".") not in NOT_NAME and prev[-1:] not in (
        "", "\n", ".", "!", "?", ":", ";", "|")


def _party_companies(doc: Doc, text: str) -> None:
    for x in list(doc.mentions):
        if x.kind not in "IO" or x.role != "name":
            continue
        if _PARTY_VERB.match(text, x.end):
            # ("Kazakhstan's Ministry of Energy": the state's possessive before the body; a scan
            # of the mentions, only for the few bodies a signing or cooperation verb follows)
            start = next((c.start for c in doc.mentions if c.kind == "C" and c.end < x.start and
                          text[c.end : x.start] in ("'s ", "’s ")), x.start)
            before = _PARTY_BEFORE.search(text, max(0, start - 40), start)
            if before is not None:
                _party_company(doc, text, *before.span("name"))
                continue
        end = x.end
        if (acr := _PAREN_AFTER.match(text, end)) is not None:
            end = acr.end()  # "the National Gas Company (NGC) and ..."
        after = _PARTY_AFTER.match(text, end)
        if after is not None and _PARTY_VERB.match(text, after.end()):
            _party_company(doc, text, *after.span("name"))


def _party_company(doc: Doc, text: str, s: int, e: int) -> None:
    name = text[s:e]
    if name in NOT_NAME or name in _TITLE_WORDS or name in MONTH_WORDS or any(
            x.start < e and s < x.end for x in doc.mentions) or _masked(doc, s, e) or \
            gz.scan_name(name) or _in_quotes(text, s):
        return
    if doc.dateline is not None and name.casefold() in doc.dateline.place.casefold():
        return  # "HAMBURG, 3 December ... Hamburg and the I signed": the dateline's city
    for m in re.finditer(rf"(?<![\w&’'-]){re.escape(name)}(?![\w&’'-])", text):
        if _name_word_before(text, m.start()) or _PLACE_HEAD_AFTER.match(text, m.end()):
            return  # "Hon. Peter Okello", "the province of Sindh", "the Punjab government"
    eid = entity_id(EntityType.ORGANIZATION, name)
    doc.add_entity(eid, EntityType.ORGANIZATION, name, s)
    doc.add(Mention(s, e, "O", (eid,), "name"), doc.surface(s, e))


# "Israel's development agency MASHAV": a state's body named by one word after a lower-case
# description of what it is (its state's possessive before)
_STATE_AGENCY_CUES = ("agency", "authority")
_STATE_AGENCY = re.compile(
    rf"[’']s\s+(?:[a-z][\w-]+\s+){{0,3}}(?:agency|authority)\s+(?P<name>[{UP}][\w&’'-]+)"
    rf"(?![^\S\n]+[{UP}(])"
)


# "Business Finland", "Enterprise Ireland", "Invest India": a state's agency named by what it
# promotes and the state's own name (the country alone is no party of what the agency does)
_AGENCY_FIELDS = ("Research", "Enterprise", "Tourism", "Invest", "Business", "Education",
                  "Culture", "Science")
_AGENCY_BEFORE_STATE = re.compile(
    rf"(?:(?<![Oo]f )\b(?:{'|'.join(_AGENCY_FIELDS[:-1])}|Science[^\S\n]+Foundation)"
    # ("the Chief Executive of Business Mauritius, X": the body a head is of, after "of")
    rf"|(?:(?<=xecutive of )|(?<=resident of )|(?<=hairman of )|(?<=hairwoman of )|"
    rf"(?<=irector of )|(?<=hair of ))(?:Business|Enterprise|Invest))[^\S\n]+\Z"
)

_HEAD_AFTER_AGENCY = re.compile(
    r"s[^\S\n]+(?:[Dd]irector|[Cc]hief|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Hh]ead|CEO|"
    r"[Mm]anaging|[Ee]xecutive)\b")


def _field_agencies(doc: Doc, text: str) -> None:
    if not any(w in text for w in _AGENCY_FIELDS):
        return
    for state in [x for x in doc.mentions if x.kind == "C" and x.role == "name"]:
        before = _AGENCY_BEFORE_STATE.search(text, max(0, state.start - 30), state.start)
        if before is None or text[state.end : state.end + 1] in APOS and not (
                before.group().split()[0] in ("Business", "Enterprise", "Invest")
                and _HEAD_AFTER_AGENCY.match(text, state.end + 1)):
            continue  # ("Business Finland's", "Ireland's": a possessive)
            # (but "Enterprise Georgia's director, X": the agency's own head, after its name)
        start = before.start()
        name = " ".join(text[start : state.end].split())
        eid = entity_id(EntityType.INSTITUTION, name)
        _drop_mentions(doc, [state])
        doc.add_entity(eid, EntityType.INSTITUTION, name, start)
        doc.add(Mention(start, state.end, "I", (eid,), "name"), doc.surface(start, state.end))


def find_state_agencies(doc: Doc) -> None:
    text = doc.text
    _field_agencies(doc, text)
    if not any(cue in text for cue in _STATE_AGENCY_CUES):
        return
    taken: bytearray | None = None
    for m in _STATE_AGENCY.finditer(text):
        owner = next(_before(doc, m.start() + 1, "C", max(0, m.start() - 60)), None)
        if owner is None or owner.end != m.start():
            continue  # the possessor is a country named just before
        s, e = m.span("name")
        name = m.group("name")
        if taken is None:
            taken = _occupied(doc)
        if _masked(doc, s, e) or name in NOT_NAME or b"\x01" in taken[s:e] or gz.scan_name(name):
            continue
        eid = entity_id(EntityType.INSTITUTION, name)
        doc.add_entity(eid, EntityType.INSTITUTION, name, s)
        doc.add(Mention(s, e, "I", (eid,), "name"), doc.surface(s, e))
        taken[s:e] = b"\x01" * (e - s)


def _drop_mentions(doc: Doc, gone: list[Mention]) -> None:
    """Mentions found to be words of a longer name; their entities stay shown only when named
    elsewhere."""
    doc.replace_mentions([x for x in doc.mentions if all(x is not g for g in gone)])
    for eid in {e for g in gone for e in g.ents}:
        doc.ents[eid].shown = any(
            eid in x.ents and x.role not in ("coref", "group", "demonym", "place")
            for x in doc.mentions)


def find_agency(doc: Doc) -> None:
    """The news agency of the dateline ("DILI, Aug 20 (Reuters) -") named again in the story as
    a source: "told BSS", "BelTA has learned", "a Reuters witness said", "according to BNS"."""
    d = doc.dateline
    if d is None or not d.agency or not re.fullmatch(r"[A-Z][\w&.-]{1,20}", d.agency):
        return
    ag = re.escape(d.agency)
    text = doc.text
    if text.count(d.agency) < 2:
        return
    cue = re.compile(
        rf"\b(?:told|to|according\s+to)\s+(?P<a>{ag})\b(?![\w-])"
        rf"|\b(?P<b>{ag})\s+(?:reports|reported|has\s+learned|has\s+learnt|learned|"
        rf"correspondent|witness|reporter|journalist)\b"
    )
    taken = _occupied(doc)
    for m in cue.finditer(text):
        g = "a" if m.group("a") else "b"
        s, e = m.span(g)
        if _masked(doc, s, e) or b"\x01" in taken[s:e]:
            continue
        eid = entity_id(EntityType.ORGANIZATION, d.agency)
        doc.add_entity(eid, EntityType.ORGANIZATION, d.agency, s)
        doc.add(Mention(s, e, "O", (eid,), "name"), doc.surface(s, e))
        taken[s:e] = b"\x01" * (e - s)


# "The two countries have cooperated through the Employment Fund Nepal since 2008": a fund or a
# commission named as the channel of a stated cooperation is a bilateral mechanism (a Project),
# unless a table knows it as a body
_THROUGH_CHANNEL = re.compile(
    r"\b(?:have|has|had)\s+(?:long\s+|also\s+|closely\s+)?(?:cooperated|co-operated|"
    r"collaborated|worked\s+together)"
    # "have worked together since 2019 on the J Fund": a year of start before the channel
    r"(?:\s+since\s+\d{4})?"
    # "have worked together on climate finance through the J Fund": a lower-case topic between
    # ("have cooperated on girls' schooling by way of the J Fund": the same channel word)
    r"(?:(?:\s+(?:on|in)\s+[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,3})?\s+"
    r"(?:through|by\s+way\s+of)\s+"
    r"(?:the\s+)?|\s+on\s+the\s+)"
)
_CHANNEL_HEADS = frozenset(words("fund commission committee council coalition"))


def find_channel_mechanisms(doc: Doc) -> None:
    text = doc.text
    if " through " not in text and " on the " not in text and " by way of " not in text:
        return
    for m in _THROUGH_CHANNEL.finditer(text):
        i = next((k for k, x in enumerate(doc.mentions) if x.start == m.end()
                  and x.kind in "IO" and len(x.ents) == 1 and x.role == "name"), None)
        if i is None:
            continue
        old = doc.ents[doc.mentions[i].ents[0]]
        if old.head not in _CHANNEL_HEADS or any(
                x.entry.kind == gz.BODY for x in gz.scan_name(old.name)):
            continue
        new_id = entity_id(EntityType.PROJECT, old.name)
        if new_id in doc.ents:
            continue
        doc.ents[new_id] = replace(old, id=new_id, type=EntityType.PROJECT)
        del doc.ents[old.id]
        doc.replace_mentions([replace(x, kind="J", ents=(new_id,)) if x.ents == (old.id,) else x
                              for x in doc.mentions])


# --- cities visited --------------------------------------------------------------------------


def visited_city(doc: Doc, i: int) -> str | None:
    """The City entity of place mention i named as the destination of a visit: a capital named as
    a place ("a working visit to Dili"), or a city found at a visit (find_visited_cities); None
    for any other place. A capital's country becomes the City's country."""
    m = doc.mentions[i]
    if m.kind != "L" or m.role != "place" or len(m.ents) != 1:
        return None
    eid = m.ents[0]
    if eid.startswith("city:"):
        return eid
    if not eid.startswith("country:"):
        return None
    country = gz.countries().get(eid.split(":", 1)[1])
    form = " ".join(doc.text[m.start : m.end].split())
    if country is None or not form:
        return None
    # one name per city whatever the spelling: "Reykjavik" is the City "Reykjavík"
    name = next((c for c in country.capitals if slugify(c) == slugify(form)), form)
    cid = entity_id(EntityType.CITY, name)
    surface = " ".join(doc.surface(m.start, m.end).split())
    info = doc.add_entity(cid, EntityType.CITY, name, m.start)
    if surface and surface != info.name and surface not in info.aliases:
        info.aliases.append(surface)
    doc.city_country.setdefault(cid, eid)
    return cid


# A capitalised name right after one of these, not yet a mention, is a city visited: "a visit to
# Nadi", "arrived in Mombasa on Monday for a two-day visit", "X is in Cebu on a working visit".
# ("Santa Cruz de la Sierra": two particles, "de la", before the last word)
_CITY = (r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:[^\S\n]+(?:(?:es|de|da|do|du|del|la|el)"
         r"(?:[^\S\n]+(?:la|las|los))?[^\S\n]+)?"
         r"[A-Z][\w'’-]*[a-z][\w'’-]*){0,2}")
# ("for a two-day stay", "on a fact-finding mission": a stay or a mission there is a visit too)
_VISIT_NOUN = (r"(?:an?|the|his|her|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?"
               r"(?:visit|trip|stay|mission)\b")
_CITY_VISITED = re.compile(
    # ("a visit to the Macao Special Administrative Region": the city before the region's title)
    rf"\b(?:(?:visit|trip)[^\S\n]+to[^\S\n]+the[^\S\n]+(?P<sar>[A-Z][\w'’-]*[a-z][\w'’-]*"
    rf"(?:[^\S\n]+[A-Z][\w'’-]*[a-z][\w'’-]*)?)"
    rf"(?=[^\S\n]+Special[^\S\n]+Administrative[^\S\n]+Region\b)|"
    # ("came ashore in Nuuk on Monday for a two-day stay": arrived there by sea)
    # ("travelled by road to L", "stopped in L on T at the start of a visit": the same)
    # ("arrived to L", "made presence in L": a translated wire's arrivals)
    # ("made a one-day stop in L": a stop is a visit of the city, as in the visit rules)
    # ("touched down in L on T for ...", "reached L on T at the head of a delegation", "moved on
    # to L, where ...": an arrival, and the next stop of a trip)
    rf"(?:(?:visit|trip)[^\S\n]+to|(?:made|began)[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+)?stop"
    rf"(?:over)?[^\S\n]+in|(?P<arr>(?:arrived|landed|came[^\S\n]+ashore|stopped|made[^\S\n]+presence|"
    rf"touched[^\S\n]+down)[^\S\n]+in|"
    rf"(?:travell?ed|flew|arrived)[^\S\n]+(?:by[^\S\n]+(?:road|air|rail|sea|car|train)[^\S\n]+)?to|flew[^\S\n]+(?:into|in[^\S\n]+to)|"
    rf"reached|(?:travell?ed|moved|went|continued)[^\S\n]+on[^\S\n]+to|"
    # ("Arriving in L on T, X met ...": an arrival told by a participle opening the sentence)
    rf"(?:(?<=^)|(?<=\n)|(?<=\.[^\S\n]))[Aa]rriving[^\S\n]+in|"
    rf"(?:is|was|are|were)[^\S\n]+(?:(?:currently|now)[^\S\n]+)?in))[^\S\n]+(?P<c>{_CITY})"
    rf"(?P<tail>[^\S\n]*,[^\S\n]*)?)"
)
# after an arrival: "... on Monday for a two-day visit" (no sentence end between)
_LEG = r"(?:first|second|third|fourth|fifth|final|last|next)"
_FOR_VISIT = re.compile(rf"[^.;!?\n]{{0,60}}?\b(?:(?:for|on|with|"
                        rf"at[^\S\n]+the[^\S\n]+(?:start|beginning|outset)[^\S\n]+of)"
                        rf"[^\S\n]+{_VISIT_NOUN}|"
                        # ("reached L on Monday at the head of a delegation")
                        rf"at[^\S\n]+the[^\S\n]+head[^\S\n]+of[^\S\n]+(?:an?|the|his|her)[^\S\n]+"
                        rf"(?:[\w-]+[^\S\n]+){{0,3}}?delegation\b|"
                        # "arrived in Erbil on Tuesday, the second leg of a regional tour"
                        rf"the[^\S\n]+{_LEG}[^\S\n]+(?:leg|stop)[^\S\n]+of\b)")
# (a second city: "travelled to L and C2, her first trip to ...")
_VISIT_BEFORE = re.compile(r"\b(?:spent[^\S\n]+\w+[^\S\n]+days[^\S\n]+in|travell?ed[^\S\n]+to|"
                           r"arrived[^\S\n]+in|(?:visit|trip)[^\S\n]+to|(?P<self>toured|"
                           r"led[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+)?delegation[^\S\n]+to))"
                           r"[^\S\n]+\Z")
_AND_CITY = re.compile(rf"[^\S\n]+and[^\S\n]+(?P<c>{_CITY})")
_FIRST_TRIP_AFTER = re.compile(r",[^\S\n]+(?:the|his|her|their)[^\S\n]+first[^\S\n]+"
                               r"(?:[\w-]+[^\S\n]+)?(?:visit|trip)\b")
# words no city name holds: regions, bodies, buildings, dates
_NOT_CITY = frozenset(
    words(
        """Africa America Americas Asia Europe Oceania Antarctica Arctic Antarctic Caribbean Pacific
        Atlantic Mediterranean Gulf Balkans Caucasus Scandinavia Sahel Maghreb Levant Nordic Baltic
        Region Province State States Republic Kingdom Island Islands Territory Territories Ministry
        University Institute Embassy Palace House Hall Centre Center Headquarters Summit Forum
        Conference Parliament Office Council Commission Secretariat Assembly Government Mission
        Consulate Academy College School Museum Hospital Zone Park Airport Port Harbour Base
        President Minister Ambassador King Queen Prince Emir Sultan Pope The A An His Her Their
        Our This That These Those Its Mr Mrs Ms Dr"""
    )
)


# a name that goes on after the match: "Turks and Caicos Islands", "Isle of Man", "Port Moresby"
_NAME_GOES_ON = re.compile(rf"[^\S\n]+(?:(?:and|of|&|de|da|do|du|del|la)[^\S\n]+)?[{UP}]")


def find_visited_cities(doc: Doc) -> None:
    """Cities named as the destination of a visit that no table knows, as place mentions of
    City entities (shown only when a visit rule uses them). "Chennai, India": the City's
    country."""
    text = doc.text
    if not any(w in text for w in ("visit", "trip", "tour", " stay", "mission", " stop")):
        return
    taken = [(m.start, m.end) for m in doc.mentions]
    names = {n.casefold() for e in doc.ents.values() for n in (e.name, *e.aliases, *e.tokens)}
    region_words = {w for r in gz.REGIONS for w in r.split()}
    for m in _CITY_VISITED.finditer(text):
        grp = "sar" if m["sar"] else "c"
        s, e = m.span(grp)
        if _masked(doc, s, e) or any(a < e and s < b for a, b in taken):
            continue
        if m["arr"] and not _FOR_VISIT.match(text, e) and not (
                m["arr"].endswith(" to") and " on" in m["arr"] and text.startswith(", where ", e)
        ) and not m["arr"].lower().startswith("arriving"):
            # ("moved on to Oulu, where ...": the next stop of a trip told before)
            continue  # "arrived in Mombasa" with no visit after it: an envoy taking up a post
        ws = m[grp].split()
        if any(w in _NOT_CITY or w in region_words or w.casefold() in MONTHS
               or w.casefold() in WEEKDAYS for w in ws) or m[grp].casefold() in names:
            continue
        if grp == "c" and _NAME_GOES_ON.match(text, e) or text.startswith(("’s", "'s"), e):
            continue  # part of a longer name, or a possessive: not a place
        name = " ".join(ws)
        cid = entity_id(EntityType.CITY, name)
        doc.add_entity(cid, EntityType.CITY, name, s)
        doc.mentions.append(Mention(s, e, "L", (cid,), "place"))
        taken.append((s, e))
        if m["tail"]:
            after = next((x for x in doc.mentions if x.start == m.end("tail") and x.kind == "C"
                          and x.role == "name" and len(x.ents) == 1), None)
            if after is not None:
                doc.city_country.setdefault(cid, after.ents[0])  # "Chennai, India"
    # "travelled to Astana and Almaty, her first trip to C", "spent four days in Ottawa and
    # Montreal, from T, on a working visit to C": a second city after a place visited
    for x in [x for x in doc.mentions if x.kind == "L"]:
        before = _VISIT_BEFORE.search(text, max(0, x.start - 40), x.start)
        if before is None:
            continue
        m2 = _AND_CITY.match(text, x.end)
        if m2 is None:
            continue
        s, e = m2.span("c")
        # ("toured L and C2, T", "led a business delegation to L and C2 from T": the verb is
        # the visit, no visit noun needed after the second city)
        if any(a < e and s < b for a, b in taken) or not (
                before["self"] or _FOR_VISIT.match(text, e) or _FIRST_TRIP_AFTER.match(text, e)):
            continue
        ws = m2["c"].split()
        if any(w in _NOT_CITY or w in region_words or w.casefold() in MONTHS
               or w.casefold() in WEEKDAYS for w in ws) or m2["c"].casefold() in names:
            continue
        if _NAME_GOES_ON.match(text, e) or text.startswith(("’s", "'s"), e):
            continue
        name = " ".join(ws)
        cid = entity_id(EntityType.CITY, name)
        doc.add_entity(cid, EntityType.CITY, name, s)
        doc.mentions.append(Mention(s, e, "L", (cid,), "place"))
        taken.append((s, e))

