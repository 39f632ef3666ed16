"""Relation rules over sentence templates, and the dates of the claims they make.

A template is the sentence with every mention replaced by «<kind><index>» (C country, G "the two
countries", P person, Q "the two ministers", I institution, O organization, J project,
L place, D demonym) and every date expression by «T<k>». Each rule is a regex over the template
plus a few lines that turn its groups into candidate claims.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from graph.dates import PartialDate
from graph.model import DateSource
from graph.vocabulary import EntityType, predicate
from ingest.extract import dates as dt
from ingest.extract import gazetteer as gz
from ingest.extract.clean import LIST_ITEM
from ingest.extract.entities import (
    _HONS,
    _TALKS_HELD_NOUN,
    DATE_WORDS,
    POST,
    POST_MODS,
    RULE_FAMILIES,
    Doc,
    Mention,
    is_chamber,
    other_with_role,
    render,
)
from ingest.extract.lexicon import (
    APOS,
    CHARGE,
    HEAD_OF_MISSION,
    HON,
    PORTFOLIO_WORDS,
    TITLE_HEAD_WORDS,
    TITLE_RE,
    TITLE_WORDS,
    Anchored,
    letter_words,
    literal_anchor,
)

C = r"«[CG]\d+»"
P = r"«[PQ]\d+»"
IO = r"«[IO]\d+»"
ORG = r"«O\d+»"
J = r"«J\d+»"
ANY = r"«[CGIOPQ]\d+»"
T = r"«T\d+»"
_ANYREF = r"«[CGOIDLJ]\d+»"
_REF = re.compile(r"«([A-Z])(\d+)»")
# a capitalised word right before a state's mention ("Natural Resources «C1»")
_PORTFOLIO_BEFORE_C = re.compile(r"\b(?P<w>[A-Z][a-z]+)\s+\Z")


def LIST(x: str) -> str:  # noqa: N802 - reads like the grammar it builds
    """One or more x joined by commas/and, each optionally followed by "(ACRONYM)"."""
    one = rf"{x}(?:\s*\([^)]{{1,30}}\))?"
    # "Nigeria and the former Czechoslovakia"
    sep = (r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)(?:(?:of|to)\s+)?"
           r"(?:the\s+(?:former\s+)?|an?\s+)?")
    return rf"{one}(?:{sep}{one})*"


POSS = rf"(?:[{APOS}][sS])"
# A parenthetical or comma-delimited apposition between a subject and its verb.
# ("President X of Sweden met Y": a person's state after the name)
APPO = (r"(?:(?<=«[PQ]\d»)\s+of\s+(?:the\s+)?«C\d+»|(?<=«[PQ]\d\d»)\s+of\s+(?:the\s+)?«C\d+»)?"
        r"(?:\s*\([^)]{0,40}\))?(?:\s*,(?:[^,;]|,(?=[^,;]*«[A-Z]\d+»\s*,)){0,200}?,)?,?")
# ("without interruption", "without a break": continuity, no negation)
NEG = re.compile(r"\b(?:not|no|never|neither|nor|without(?!\s+(?:an?\s+)?(?:interruption|break)\b)|"
                 r"cannot)\b|n[’']t\b", re.I)
MODAL = re.compile(
    r"\b(?:will|would|shall|should|could|may|might|must|to|expected|scheduled|due|plans?|"
    r"planned|planning|intends?|intended|hopes?|hoped|set|going|invited|agreed|ready|wants?|"
    r"wish(?:es|ed)?|aims?|seeks?|proposed|considering|"
    # ("called for (urged, was preparing for) the signing of J by A and B": not yet signed)
    r"call(?:ed|s|ing)\s+for|urg(?:ed|es|ing)|(?:press|push)(?:ed|es|ing)\s+for|"
    r"prepar(?:ed|es|ing)\s+for|preparations\s+for)\s+(?:\w+\s+){0,2}$",
    re.I,
)
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|dismissed|cancell?ed|called\s+off|postponed|"
    r"scrapped|baseless|false\s+report|"
    # "rejected claims that A had signed J": a denial; "Some media reported that A and B signed
    # J": hearsay the writer does not assert
    r"reject(?:ed|s|ing)?\s+(?:the\s+|an?\s+)?(?:claims?|reports?|allegations?|rumou?rs?)|"
    r"some\s+(?:media|news\s+outlets|outlets|reports|press\s+reports)|unconfirmed\s+reports?|"
    # "reports on some online platforms that A has signed J with B are incorrect": the claim the
    # sentence reports is called untrue after it
    # ("Reports that A had sealed J were "premature"": the word may be quoted)
    r"(?:reports?|claims?|stories|allegations?|rumou?rs?)\b[^;]{0,250}?\b(?:(?:are|were|is|was)\s+"
    # ("Reports that A and B had signed J were described as inaccurate by C": called untrue)
    r"(?:(?:described|called|termed|branded|labell?ed)\s+(?:as\s+)?)?"
    r"[\"“‘']?(?:\w+ly\s+)?(?:incorrect|untrue|inaccurate|unfounded|misleading|fake|false|premature|"
    # "Reports in Gulf media that A had signed J were not confirmed by either side"; ("a report
    # that A and B had signed J was not true": the same)
    r"not\s+(?:confirmed|verified|true|correct|accurate))|(?:have|has)\s+not\s+been\s+(?:confirmed|verified)))\b",
    re.I,
)
_PARTY = re.compile(r"«([CGPQIOJL])\d+»")
_DENIAL_CUES = ("deni", "deny", "refut", "dismiss", "cancel", "called off", "postpone", "scrap",
                 "baseless", "false", "reject", "some ", "unconfirmed", "incorrect", "untrue",
                 "inaccurate", "unfounded", "misleading", "fake", "not confirmed",
                 "not been confirmed", "not verified", "not been verified", "premature",
                 "not true", "not correct", "not accurate")
# A clause boundary: ; : ", and" "and that" "while" "whereas" ". ". Every branch opens with a
# literal character, so that re skips the positions where none starts (a branch that opened
# with \b had the pattern tried at every character); the look-behind after "and", "but",
# "while" and "whereas" is their leading \b.
_BOUNDARY = re.compile(r";|:|,\s+(?:and|but|while|whereas)\b|and(?<!\w...)\s+that\b|"
                       r"but(?<!\w...)\s+that\b|while(?<!\w.....)\b|whereas(?<!\w.......)\b|\.\s")
# A state's date is in its own clause: "work together through PALM, which Japan has hosted
# since 1997" says nothing of when they began.
_STATE_END = re.compile(_BOUNDARY.pattern + r"|,\s+(?:which|who|whose|where)\b")
# "C is a member of O, in which D has held observer status since 1994": a relative clause after
# a preposition ends a state held (its date is D's); a joining's date may follow it ("joined O,
# of which D is a founding member, in July 2023")
_STATE_END_PREP = re.compile(r",\s+(?:in|of|to|at|under|through|with)\s+which\b")
# Where a list of projects after a cooperation verb ends: ", and" not followed by a project.
_PROJECT_LIST_END = re.compile(
    r";|\.\s|,\s+(?:but|while|whereas)\b|\band\s+that\b|,\s+and\s+(?!(?:the\s+|an?\s+)?«J)|"
    # "under the PCA, which the EPCA will replace": a relative clause with another project as
    # its subject
    r",\s+which\s+(?:the\s+)?«J|"
    # "through the Southern Gas Corridor since the TAP began ...": the clause of the date
    r"\s(?:since|after|before|when|until)\s+(?:the\s+)?«J"
)
# "signed two agreements" (but not "more than 100 agreements": a count names nothing)
_COUNTED_AGREEMENTS = re.compile(
    r"\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a\s+number\s+of|the\s+following)\s+(?:\w+\s+)?(?:agreements|documents|instruments|"
    r"memoranda|memorandums|MoUs|MOUs|accords|deals)"
)
# "A and B signed the following instruments:" (a list follows, one document a line)
_FOLLOWING_LIST = re.compile(
    r"\bthe\s+following\s+(?:\w+\s+)?(?:agreements|documents|instruments|memoranda|"
    r"memorandums|MoUs|MOUs|accords|deals)\b[^.;:]{0,40}:\s*\Z|"
    # ("Following the talks, A and B signed:")
    r"«[PQCG]\d+»\s+(?:(?:also|then|jointly)\s+)?(?:signed|inked)\s*:\s*\Z"
)
# "signed four memorandums at the 12th session of the J": the J is where, not what
_AT_SESSION_OF = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:session|meeting|sitting|round|summit|conference|sidelines|margins)\s+of\s+(?:the\s+)?\Z"
)
# "The following legal instruments were signed by A and B:", "Following the talks, A and B
# signed:" (a list follows, one document a line)
_LIST_SIGNED = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+)?(?:agreements|documents|instruments|memoranda|"
    r"memorandums|MoUs|MOUs|accords)\s+(?:were|have\s+been)\s+(?:duly\s+)?(?P<v>signed|inked)\s+"
    r"by\s+(?P<rest>[^.;:]{1,120}):\s*\Z|"
    # ("Minister A and Minister B also signed:": a title before the second)
    r"(?P<s>«[PQCG]\d+»(?:\s*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}«[PQCG]\d+»)?)\s+"
    r"(?:(?:also|then|jointly)\s+)?"
    r"(?P<v2>signed|inked)\s*:\s*\Z"
)
_BECAME = re.compile(
    # ("became an «O» member": the body before the noun)
    r"\b(?:bec(?:a|o)me|took\s+(?:its|their)\s+seats?\s+as)\s+(?:(?:[\w-]+|«O\d+»)\s+){0,2}\Z")
_MEMBER_IN = re.compile(r"«O(\d+)»(?:\s*\([^)]*\))?\s+(?:in|for)\s+\Z")
_FOUNDING_IN = re.compile(r"\bfounding\s+members?\s+in\s+\Z")
_VISIT_BEGAN = re.compile(
    # ("during a three-day working trip to C that began on T": a trip too)
    # ("a two-day working visit to C, which began Sunday": the clause after a comma)
    r"\b(?:visit|trip)\b[^;,]{0,60}?(?:,\s+)?\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\s+"
    r"(?:on\s+)?«T(\d+)»"
)
# "X is in Praia since Monday for a working visit to Cabo Verde": the stay's first day
_IN_SINCE = re.compile(r"(?:is|are)\s+(?:(?:currently|now|also)\s+)?in\s+(?:the\s+)?«[CL]\d+»\s+"
                       r"since\s+«T(\d+)»")
# "X, on a three-day official tour of Pakistan since Sunday, held talks": the visit's first day
_ON_VISIT_SINCE = re.compile(
    r"on\s+(?:an?\s+|his\s+|her\s+|their\s+)?[^;,«]{0,60}?(?:visit|tour|trip|stay|mission)\s+"
    r"(?:to|of|in)\s+(?:the\s+)?«[CL]\d+»\s+since\s+«T(\d+)»")
_T_WHEN = re.compile(r"«T(?P<k>\d+)»\s*,\s+when\s+(?:(?:in|on)\s+)?")
# talks held (a meeting that is talks, not an audience, a call or a reception)
_TALKS_HELD = re.compile(_TALKS_HELD_NOUN)  # (the same words as the talks pair's, entities)
_TALKS_WORD = re.compile(r"\b(?:talks|negotiations)\b")
_AFTER_TALKS = re.compile(
    # "During their talks, the two ministers signed J": their talks are the meeting just told
    r"\b(?:[Dd]uring|[Ff]ollowing|[Aa]fter|[Bb]efore|[Aa]t)\s+(?:the|their)\s+(?:(?:end|close|conclusion)\s+of\s+"
    # "During the call, A and B signed J": a courtesy call is a meeting too
    # ("At the end of their meeting, the two ministers signed J")
    # ("Following the dialogue, the heads of diplomacy signed J": a dialogue held, the same)
    r"(?:the|their)\s+)?(?:talks|meeting|discussions|consultations|conversation|dialogue|"
    r"(?:courtesy\s+)?call)\b"
    # ("Upon concluding their conversation, A and B signed J": its end, told by a participle)
    r"|\b(?:[Uu]pon|[Oo]n|[Aa]fter)\s+(?:concluding|ending|closing|wrapping\s+up)\s+(?:the|their)\s+"
    r"(?:talks|meeting|discussions|consultations|conversation)\b"
    # "The talks ended (concluded) with the two ministers signing J": their end
    # ("The session was capped by A and B putting their signatures on J": its end too)
    r"|\b[Tt]he\s+(?:talks|meeting|discussions|consultations|session)\s+(?:ended|concluded|closed|"
    r"(?:was|were)\s+(?:capped|crowned|rounded\s+off))\s+(?:with|by)\b"
)
# "After the lecture, X and Y signed J", "Following the forum, ...": the lecture told before
_AFTER_LECTURE = re.compile(
    r"^\s*(?:After|Following|At\s+the\s+(?:end|close)\s+of)\s+the\s+(?:lecture|talk|seminar|"
    r"forum|address|speech)\s*,"
)
# "At the close of the session, A and B signed J": the session held (co-chaired) before
_AT_SESSION = re.compile(
    r"\b(?:[Dd]uring|[Ff]ollowing|[Aa]fter|[Aa]t)\s+the\s+(?:(?:end|close|conclusion)\s+of\s+the\s+)?"
    r"session\b"
)
# "X and Y today co-chaired the Third Meeting of the Joint Commission", "the fourth session of
# the Joint Commission was held in Muscat on Sunday"
_SESSION_HELD = re.compile(
    # ("X and Y co-chaired the fourth round of J on D": a round of consultations co-chaired)
    r"\b(?:co-?chaired|chaired|held|convened|opened)\s+the\s+(?:[\w-]+\s+){0,3}?(?:[Mm]eeting|"
    r"[Ss]ession|(?<=chaired\sthe\s)(?:[\w-]+\s+)?round)\s+of\b|\b[Ss]ession\s+of\s+(?:the\s+)?«[JOI]\d+»[^;]{0,40}?\s+was\s+held\b"
)
_LATER_HELD = re.compile(
    r"\b(?:later|then|subsequently|afterwards)\s+(?:co-?chaired|chaired|held|convened|opened)\b")
_AFTER_ARRIVAL = re.compile(
    # ("was received on arrival by Y": no possessive)
    r"\b(?:(?:shortly|soon|right|immediately)\s+)?(?:after|upon|on)\s+(?:(?:his|her|their)\s+)?"
    r"arrival\b")
_AFTERWARDS = re.compile(r"\s*(?:Afterwards|Afterward|Subsequently|Thereafter)\s*,")
# "The two ministers then signed J": a sequence adverb right before the verb
# ("X later called on Y": the same, after the meeting just told)
# ("A and B went on to ink J": the same)
# ("the two ministers emerged to sign J": the same, out of the meeting)
_THEN_VERB = re.compile(r"\b(?:then|subsequently|afterwards|thereafter|later|went\s+on\s+to|"
                        r"emerged\s+to)\s+\Z")
_LATER_VERB = re.compile(r"\b(?:later|then)\s+\Z")
_LATER_OPEN = re.compile(r"\s*Later(?:\s*,)?\s+(?!(?:on|in|that|this|the|today|tonight)\b)")
# "signed J worth EUR 95 million for the years 2026 to 2030": the period it covers, not the day
# it was signed
_VALIDITY_BEFORE = re.compile(
    r"\b(?:for|covering)\s+(?:the\s+)?(?:years?|period)\s+(?:from\s+|of\s+)?"
    r"(?:«T\d+»\s*(?:to|and|until|-|–)\s*)?\Z"
)
# "Before the signing, the two ministers held talks": the day of the signing just told
# ("Before the ceremony the two ministers held a working session": the signing's ceremony, with
# or without a comma)
_AROUND_SIGNING = re.compile(
    r"\s*(?:Before|Prior\s+to|Ahead\s+of|After|Following)\s+the\s+(?:signing\s*(?:ceremony\s*)?,"
    r"|ceremony\s*,?(?=\s+(?:the|«)))")
# "established diplomatic relations at ambassadorial level on Monday": only the relations and
# their level between the verb and the weekday
_OWN_WEEKDAY = re.compile(
    r"\w*\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties)(?:\s+at\s+(?:the\s+)?"
    r"ambassadorial\s+level)?\s+(?:on\s+)?"
)
_IN_PLACE_SINCE = re.compile(r"in\s+place\s+since\s+")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[a-z]+\s+){0,3}\Z")
_VISIT_UNDER_WAY = re.compile(
    r"(?:is|was|are|were)\s+(?:on|paying|making|in|carrying\s+out|conducting|undertaking|"
    r"(?:currently\s+)?visiting)\b|on\b|paying\b"
)
_HAVE_SINCE = re.compile(r"\b(?:have|has|had)\s+since\s+(?:(?:then|also|closely)\s+)?\Z")
_HAVE_SINCE_V = re.compile(r"(?:have|has|had)\s+since\s+(?!«T)")
_SAME_SUBJECT_AND = re.compile(
    r",\s+and\s+(?:was|were)\s+(?:also\s+)?(?:granted|received|welcomed|hosted)\b")
_SINCE_FRONT = re.compile(r"\s*(?:[Ee]ver\s+)?[Ss]ince\s+\Z")
# "..., and since 2020 the two countries have shared ... through J", "recalled that, since 2021,
# A and B have worked ...": a "since" that opens the claim's clause
_AND_SINCE_FRONT = re.compile(r"(?:,\s+and(?:\s+ever)?|\bthat\s*,?)\s+since\s+\Z")
# "have cooperated through O since it was set up in 2017": the start told in a "since" clause
_SINCE_SET_UP = re.compile(
    r"\bsince\s+(?:it|they|its|the|«[A-Z]\d+»)\s[^,;.]{0,80}?\b(?:was|were|began|started|"
    r"entered|came|took)\b[^,;.]{0,60}?\s(?:in|on)\s+\Z")
_EARLIER = re.compile(r"\s*(?:Earlier|Previously|Before\s+that)\s*,")
_MILESTONE_END = re.compile(r";|,\s+(?:and|but|while)\s+(?!that\b)|\band\s+that\b|\bwhile\b")
_SEGMENT = re.compile(r"[,;:—–]|\s-\s")
_FRONT_DATE = re.compile(r"\s*(?:In|By)\s+«T(\d+)»\s*,\s")
# ("In L in T he and Y signed J": the place before the date)
_LEAD_DATE = re.compile(r"\s*(?:In|On)\s+(?:(?:«[LC]\d+»|[A-Z][a-z]+)\s+(?:in|on)\s+)?«T(\d+)»\s+"
                        r"(?=«[PCGQ]|[A-Z]|(?:he|she)\s)")
_SECOND_DATE = re.compile(r",\s*(?:on|in)\s+«T(\d+)»\s*,")
# "X met Y on 15 April 2026, and the two ministers then signed J": a clause joined by "and ...
# then" follows the dated clause before it
_AND_THEN = re.compile(r"\s*and\s+(?:[^,;«]|«[PCGDQ]\d+»){0,60}?\bthen\s+\Z")


@dataclass
class Cand:
    pred: str
    subj: tuple[int, ...]  # mention indices
    obj: tuple[int, ...]
    trigger: int  # template offset
    rule: str
    mode: str  # event | milestone | state | joined | credentials | none
    confidence: float = 0.85
    date: PartialDate | None = None
    date_source: DateSource = DateSource.NONE
    dated: bool = False  # date decided (possibly None)


@dataclass
class Sent:
    index: int
    start: int
    end: int
    text: str  # template with «T» placeholders
    dates: list[dt.DateExpr]
    lead: bool = False
    future: frozenset[int] = frozenset()  # «T<k>» that look ahead: "next week", "tomorrow"


@dataclass
class Context:
    """What earlier sentences established, for events without a date of their own."""

    pub: PartialDate | None
    dateline: PartialDate | None
    recent: PartialDate | None = None
    recent_multi: bool = False
    # "On the same day": the day of the last dated event (a signing "Following the meeting"
    # after a visit's range), else of the last day named
    same: PartialDate | None = None
    last_meet: PartialDate | None = None
    last_talks: PartialDate | None = None
    # the last meeting was dated by a day without a year ("held talks on 16 April"): what
    # follows it ("Following the talks, ...") has no date either
    last_meet_noyear: bool = False
    # the last day named had no year ("On 4 December she met Y. The same day ..."): "the same
    # day" has no date either
    same_noyear: bool = False
    session: PartialDate | None = None  # the day of the last session of a body
    # the day of the last lecture told ("After the lecture, X and Y signed J")
    last_lecture: PartialDate | None = None
    visit: PartialDate | None = None
    visit_multi: bool = False
    visit_span: bool = False  # the last visit dated lasts several days (or has no end told)
    # the sentence that told an arrival on a day ("arrived in L yesterday for a five-day visit")
    arrived: int = -2
    signed: dict[str, PartialDate | None] = field(default_factory=dict)
    last_js: tuple[int, ...] = ()
    last_signed: tuple[int, ...] = ()  # the agreements of the last signing
    last_signing: PartialDate | None = None  # the date of the last dated signing
    # the sentence index and signers of "A and B signed two agreements" (named next)
    counted_signers: tuple[int, tuple[int, ...]] = (-2, ())
    # "X received the credentials of four new ambassadors to C" (listed next): the sentence
    # index, X, C and the day
    credence: tuple[int, int, int | None, PartialDate | None] | None = None
    # the date of the last event told ("Later in the evening" refers to its day)
    last_event: PartialDate | None = None
    credence_from: frozenset[str] = frozenset()
    credence_copy: bool = False
    # the last day of history the sentence before named ("recognised B on 12 November 1975.
    # Relations were sealed the same day": that day, not the news's)
    past_day: PartialDate | None = None
    # the day a city was visited ("paid a visit to L on Wednesday"): "In L, X met Y" later
    place_day: dict[str, PartialDate] = field(default_factory=dict)


_END_BOUND = re.compile(r"\b(?:through|until|till)\s+\Z")
_FUTURE_DATE = re.compile(r"\b(?:next|tomorrow|coming|upcoming)\b", re.I)
# an event's verb in the present tense, which a date to come makes an event announced
_DESIGNATE = re.compile(r"[-\s][Dd]esignate\b")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|ends?|ending|runs)\s+\Z")
_PRESENT_TALK = re.compile(r"(?:is|are|speaks|addresses|delivers|gives)\b")
_LATER_T = re.compile(r"[^;.]*?«T(\d+)»")


_FRONT_CHANNEL = re.compile(
    r"\s*(?:Under|Through|Within)\s+(?:the\s+(?:umbrella|aegis|framework)\s+of\s+)?(?:the\s+)?"
    r"(?P<j>«J\d+»)(?:\s*\([^)]*\))?\s*,\s*(?:«T\d+»\s*,\s*)?\Z"
)


def refs(s: str) -> list[int]:
    return [int(i) for k, i in _REF.findall(s) if k != "T"]


def build_sentence(doc: Doc, index: int, pub: PartialDate | None) -> Sent:
    s, e = doc.sentences[index]
    tpl = render(doc, s, e)
    found = dt.find(tpl.text, pub, bool(doc.cues(index) & DATE_WORDS))
    text = tpl.text
    if found and ("through" in text or "until" in text or "till" in text):
        # "who is visiting Japan through Thursday": an end bound dates nothing that starts
        found = [d for d in found if not _END_BOUND.search(text, max(0, d.start - 12), d.start)]
    if found:
        out: list[str] = []
        pos = 0
        for k, d in enumerate(found):
            out.append(text[pos : d.start])
            out.append(f"«T{k}»")
            pos = d.end
        out.append(text[pos:])
        text = "".join(out)
    lead = doc.dateline is not None and s <= doc.dateline.start < e
    future = frozenset(
        k for k, d in enumerate(found) if _FUTURE_DATE.search(tpl.text, d.start, d.end)
    )
    return Sent(index, s, e, text, found, lead, future)


# --- helpers -----------------------------------------------------------------------------


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _BOUNDARY.finditer(text, 0, pos):
        start = m.end()
    return start


_RELATIVE = re.compile(r",\s*(?:which|who|whose|that)\b[^,;]*,")


def _negated(text: str, start: int, end: int) -> bool:
    """A negation between start and end, outside relative clauses ("X, which does not share a
    border, has cooperated" is not negated)."""
    return bool(NEG.search(text, start, end)) and bool(
        NEG.search(_RELATIVE.sub(" ", text[start:end]))
    )


def _blocked(sent: Sent, pos: int, verb_pos: int | None = None) -> bool:
    """Negated or modal (planned, hoped, due) at the trigger."""
    text = sent.text
    cs = _clause_start(text, pos)
    if _negated(text, cs, pos):
        return True
    vp = pos if verb_pos is None else verb_pos
    return bool(MODAL.search(text[max(cs, vp - 40) : vp]))


# --- rules -------------------------------------------------------------------------------

RECOG_V = (
    r"(?:recogni[sz]ed|recogni[sz]es|recogni[sz]e|recogni[sz]ing|accorded\s+(?:diplomatic\s+)?"
    # ("A was among the first to extend recognition to B", "A gave recognition to B in T": the
    # same)
    # ("A extended its (formal) recognition to B on T": the possessive before the noun)
    # ("A extended de jure (diplomatic) recognition to B in T": the kind of recognition)
    r"recognition\s+to|extend(?:ed|s)?\s+(?:(?:its|their)\s+)?(?:formal\s+|de\s+jure\s+|"
    r"diplomatic\s+)?recognition\s+to|"
    r"granted\s+recognition\s+to|"
    r"gave\s+recognition\s+to|"
    # ("A granted (accorded, extended) B recognition on T": the object before the noun; "A's
    # recognition of B came on T": the noun with its possessor)
    r"(?:granted|accorded|extended)(?=\s+«C\d+»\s+(?:diplomatic\s+)?recognition\b)|"
    r"(?<=[’']s\s)recognition\s+of(?=\s)|"
    # "Norway acknowledged the independence of C": a recognition (not "acknowledged C's role")
    # ("A was among the first to acknowledge C's independence": the infinitive too)
    r"acknowledge[ds]?(?=\s+the\s+(?:independence|sovereignty|statehood)\s+of\s|"
    # ("Chile acknowledged the newly independent Republic of Namibia on T": the same)
    r"\s+the\s+(?:newly\s+)?independent\s+«C\d+»|"
    # ("Ireland acknowledged Zambia as a sovereign state on ...": the same)
    r"\s+«C\d+»\s+as\s+(?:an?\s+)?(?:sovereign|independent)\s+(?:state|nation|country)\b|"
    # ("Australia acknowledged Lithuania's restored statehood on 27 August 1991": the same)
    r"\s+«C\d+»[’']s\s+(?:(?:restored|renewed|regained)\s+)?(?:independence|sovereignty|statehood)\b))"
)
# "recognise the restoration of Georgia's independence"
_RESTORED = (
    r"(?:the\s+(?:restoration|re-establishment|renewal)\s+of\s+"
    r"(?=(?:the\s+)?«C\d+»[’']s|the\s+(?:independence|sovereignty|statehood)\s+of))?"
)
# ("A and B opened relations on T, and that L extended recognition to D": "and that" opens a
# clause with a subject of its own, which the gazetteer may not know)
R_RECOG = re.compile(
    rf"(?P<s>{C})(?P<mid>(?:(?!«[CG]|\s+and\s+that\s)[^;]){{0,90}}?)\b(?P<v>{RECOG_V})\s+{_RESTORED}(?:(?:the\s+"
    rf"(?:independence|sovereignty|statehood|new\s+government)\s+of\s+)?(?:the\s+)?"
    # "recognise the independent Slovak Republic", "the newly independent Republic of X"
    # ("recognise the independence of neutral Turkmenistan": a neutral state's)
    # ("the People's Republic of Angola": the long form's first word before the state)
    # ("extended recognition to the restored Republic of Estonia": a state restored)
    # ("recognised the reunified Federal Republic of Germany": a state reunified)
    rf"(?:(?:newly\s+)?independent\s+|(?:permanently\s+)?neutral\s+|restored\s+|"
    rf"(?:re)?unified\s+)?"
    rf"(?:People[{APOS}]s\s+)?(?P<o>{C})"
    # ("A recognised the young Comorian state in July 1975": the state its demonym names)
    # ("A recognised the Mongolian People's Republic in 1964": the state its demonym names,
    # in the long form of a people's republic)
    # (not "A recognises B as a key partner", "A recognised B for its leadership": praise)
    rf"(?![{APOS}][sS]\b|\s+as\s+(?!(?:an?\s+)?(?:sovereign|independent)\b)|\s+for\s)|(?:the\s+)?(?:(?:young|new|newly\s+independent)\s+(?=«D\d+»\s+(?:state|"
    rf"republic|nation)\b)|(?=«D\d+»\s+People[{APOS}]s\s+(?:Democratic\s+)?Republic\b))(?P<o3>«D\d+»)\s+"
    rf"(?:state|republic|nation|People[{APOS}]s)\b|(?P<o2>{C}){POSS}\s+(?:(?:restored|renewed|regained|new)\s+)?"
    # ("A recognised B's government on T": as "the new government of B")
    # (not "A recognised B's sovereignty over an island": a territory's)
    rf"(?:independence|sovereignty|statehood|government)(?!\s+over\b))"
)
# "A and B established diplomatic relations in 1981, and B was among the first countries to
# recognise the new state": the new state is the other of the two
R_RECOG_NEW = re.compile(
    rf"(?P<s>{C})\s+was\s+(?:among\s+the|one\s+of\s+the|the)\s+first\s+(?:countries|states|"
    rf"nations|country|state|nation)\s+to\s+(?P<v>recogni[sz]e)\s+the\s+(?:new|newly\s+"
    rf"independent|young)\s+(?:state|country|nation|republic)\b"
)
R_RECOG_PASS = re.compile(
    rf"(?P<o>{C})\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?P<v>recogni[sz]ed)\s+by\s+"
    rf"(?P<s>{C})"
)
# ("have had diplomatic links since 1969": "links" as "ties")
TIES = r"(?:[Ff]ormal\s+|[Ff]ull\s+)?[Dd]iplomatic\s+(?:relations|ties|links)"
R_TIES = re.compile(
    # ("A and B, both members of O, entered into diplomatic relations": the apposition skipped)
    rf"(?P<a>{LIST(C)})(?:\s*,\s*which|\s*,\s*whose\s[^,;«]{{1,100}},|"
    rf"\s*,\s*both\s+(?:founding\s+)?members\s+of\s+(?:the\s+)?«O\d+»(?:\s+and\s+(?:of\s+)?(?:the\s+)?«O\d+»)?\s*,)?"
    rf"\s+(?:(?:had|have|has|formally|officially|first|then|"
    # ("A and B entered into diplomatic relations in 1973": an establishment)
    # ("A and B resumed (renewed) diplomatic relations on T": restored, an establishment)
    rf"later)\s+)*(?P<v>established|re-established|reestablished|set\s+up|forged|opened|restored|"
    # (only diplomatic ones: not "renewed ties after a rift", "resumed relations after the war")
    rf"resumed(?=\s+{TIES})|renewed(?=\s+{TIES})|"
    # ("the two countries began (commenced) formal diplomatic relations on T": the same)
    rf"began(?=\s+{TIES})|commenced(?=\s+{TIES})|"
    rf"entered\s+into|"
    # ("A and B struck up (took up) diplomatic relations in 1993"; "A and B struck diplomatic
    # relations in 1962", without "up")
    rf"struck(?:\s+up)?|took\s+up|"
    # ("A and B, which put diplomatic relations in place in 1981": the same)
    rf"put(?=\s+{TIES}\s+in\s+place\b)|"
    # ("A and B sealed diplomatic relations on T": the same)
    rf"formali[sz]ed|normali[sz]ed|launched|initiated|sealed|"
    # ("the two countries inaugurated (instituted) diplomatic relations in 1988")
    # ("A and B became diplomatic partners in 1985": the same)
    rf"inaugurated|instituted|became(?=\s+diplomatic\s+partners\b))\s+(?:{TIES}|"
    rf"(?<=became\s)diplomatic\s+partners(?=\s+(?:(?:in|on)\s+)?{T})|"
    # "while Poland and Ghana established ties on 1 March 1960": bare "ties" (or "relations"),
    # dated at once ("established formal ties the same year": a relative year, with no
    # preposition)
    # ("opened formal ties with effect from today": the day they take effect)
    rf"(?:formal\s+|full\s+)?(?:ties|relations)(?=\s+(?:(?:in|on|with\s+effect\s+from)\s+)?{T}))"
    # "Mauritius established diplomatic relations with Madagascar"
    rf"(?:\s+with\s+(?:the\s+)?(?P<b>{C}))?"
)
# "..., and formal diplomatic relations date back to 1992": the parties are the two countries of
# the sentence (or, when it names fewer, of the one before)
R_TIES_BARE = Anchored(re.compile(
    r"(?:(?:(?:[Ff]ormal|[Ff]ull|[Tt]heir|[Tt]he)\s+)?(?:[Dd]iplomatic|(?P<bil>[Bb]ilateral))\s+"
    r"(?:relations|ties)"
    # ("Relations were set up on 12 December 2001": a sentence that opens on the bare noun, dated)
    r"|(?<!\S)(?<!\S\s)Relations(?=\s+(?:were|had\s+been)\s+(?:(?:formally|officially|first)\s+)?"
    r"(?:established|set\s+up)\s+(?:in|on)\s+«T))(?!\s+between)"
    # ("reviewed bilateral ties, which were established on 12 April 1993", "bilateral ties, set
    # up on February 14, 1965, ...": a relative clause or a participle between commas, dated)
    r"(?:(?P<wh>\s*,\s+which)(?=\s+(?:were|was|had\s+been)\s+(?:(?:formally|officially|first)\s+)?"
    r"(?:established|set\s+up)\s+(?:in|on)\s+«T)"
    r"|(?P<cp>\s*,(?=\s+(?:established|set\s+up)\s+(?:in|on)\s+«T\d+»\s*,)))?"
    # ("bilateral" only in those two forms)
    r"(?(bil)(?(wh)|(?(cp)|(?!))))"
    r"\s+(?P<v>(?(cp)|(?:were|was|had\s+been|have\s+been)\s+(?:(?:formally|officially|first|then)\s+)?)"
    # ("..., and diplomatic relations were taken up in 1992")
    # ("..., and diplomatic relations were instituted (set in place) on 21 October 1993")
    # ("..., and diplomatic relations were launched (inaugurated) on 16 March 1992")
    r"(?:established|set\s+up|forged|opened|taken\s+up|instituted|(?:set|put)\s+in\s+place|launched|"
    r"inaugurated)|date\s+back\s+to|date\s+from|(?:go|reach)\s+back\s+to|"
    # "A recognised B in December 1991, and diplomatic relations followed on 5 June 1992"
    # ("..., and diplomatic relations followed later that year": "later" before the date)
    r"followed(?=\s+(?:(?:in|on)\s+|later\s+(?:(?:in|on)\s+)?)«T))\b"
    # "Chile's diplomatic relationship with Fiji dates back to 1972": one "relationship",
    # with its other party
    r"|[Dd]iplomatic\s+relationship(?:\s+with\s+(?:the\s+)?«[CG]\d+»)?\s+(?P<v2>dates\s+back\s+to|"
    r"dates\s+from|goes\s+back\s+to)(?=\s+(?:(?:in|on)\s+)?«T)"
), r"[Ff]ormal\s|[Ff]ull\s|[Tt]heir\s|[Tt]he\s|[Dd]iplomatic\s|[Bb]ilateral\s|Relations\s",
    fused=True)
R_TIES_SINCE = re.compile(
    # "Uganda and Australia have enjoyed cordial relations since 1963"
    # "the two countries, which have maintained diplomatic relations since 1965"
    # ("A and B have been linked (bound) by diplomatic relations since 1996"; "A and B have kept up
    # diplomatic relations without interruption since 1959": "kept up", and an adverbial of
    # continuity before "since")
    # ("A and B have kept diplomatic relations since 1939"; "A and B are linked by diplomatic
    # relations since 1995", a translation's present tense)
    # ("A and B have been diplomatic partners since 1992": the same)
    # ("A and B have been on diplomatic terms since 1985": the same)
    # ("A and B have been diplomatically linked since 1981": the adverb)
    rf"(?P<a>{LIST(C)})(?:\s*,\s+which)?\s+(?:(?:have|has|had)\s+been\s+(?:diplomatic\s+partners|"
    rf"on\s+diplomatic\s+terms|diplomatically\s+(?:linked|tied|connected|bound))|"
    # ("A and B have been joined by diplomatic relations since 1973"; "A and B have enjoyed
    # unbroken diplomatic relations since 1977": an adjective of continuity before the ties)
    rf"(?:(?:have|has|had)\s+(?:maintained|had|enjoyed|"
    rf"kept(?:\s+up)?|been\s+(?:linked|bound|connected|united|joined)\s+by)|"
    rf"(?:are|is)\s+(?:linked|bound|connected|united)\s+by|"
    # ("A and B maintain diplomatic relations since the 5 of July of 1966": a translated wire's
    # present tense without "have")
    rf"maintains?|sustains?)\s+(?:(?:(?:uninterrupted|unbroken|continuous)\s+)?{TIES}|"
    # ("A and B have had ambassadorial-level relations since 1964": the same)
    rf"(?:cordial|friendly|good|sound|close|warm|excellent|ambassadorial-level)\s+relations|"
    # ("A and B have had an uninterrupted diplomatic relationship since 1976": one relationship)
    rf"an?\s+(?:(?:uninterrupted|unbroken|continuous)\s+)?diplomatic\s+relationship|"
    # ("A and B have had formal ties since 1987": "formal ties" without "diplomatic")
    rf"formal\s+ties))"
    # ("A and B have had diplomatic links dating back to 1975": "since" in other words; "A and B
    # have had diplomatic relations in place since 1992": "in place" before "since")
    # (the modal check looks before "since" (s0), not at the date: "back to" is no infinitive)
    rf"(?:\s+(?:without\s+(?:a\s+)?(?:interruption|break)|uninterruptedly|continuously|"
    # ("A and B are bound by diplomatic relations established the 28 October 1962": the
    # establishment's own day, in a translated wire's order)
    rf"in\s+place))?\s+(?P<s0>)(?:since|dating\s+(?:back\s+to|from)|established(?:\s+(?:on|in))?)\s+"
    # ("... since B's independence in 1975": the date of the independence)
    rf"(?:(?:{C}{POSS}|its|their)\s+independence\s+in\s+|"
    # ("A and B have enjoyed sound relations since establishing diplomatic relations in 2006",
    # "... since the establishment of diplomatic ties in 1991": the establishment's date)
    rf"(?<=since\s)(?:establishing|the\s+establishment\s+of)\s+(?:their\s+)?{TIES}\s+"
    rf"(?:in|on)\s+)?(?:the\s+(?=«T\d+»))?(?P<v>){T}"
)
# "A and B raised their relations to ambassadorial level in 2008, having established them on
# 26 May 1992": the pair's relations, established as the participle after them says
R_TIES_HAVING = re.compile(
    rf"(?P<a>{LIST(C)})\s+(?:[^;«]|«T\d+»){{1,80}}?\b(?:their|its)\s+(?:diplomatic\s+)?"
    rf"(?:relations|ties)\b(?:[^;«]|«T\d+»){{0,60}}?,\s+having\s+(?:(?:first|formally)\s+)?"
    rf"(?P<v>established|set\s+up|forged|opened)\s+them\b"
)
# "Serbia and Indonesia trace their diplomatic relations back to 1954": the date follows at once
R_TIES_TRACE = re.compile(
    rf"(?P<a>{LIST(C)})\s+(?:(?:can|also)\s+)?(?P<v>trace[sd]?)\s+(?:their|its)\s+{TIES}\s+"
    rf"back\s+to\s+(?:(?:in|on)\s+)?{T}"
)
# "deepening ties that the two countries established in 2019": the ties are the object of a
# relative clause whose subject is the pair
R_TIES_OBJ = re.compile(
    # ("Diplomatic relations, which Muscat and Tashkent set up in May 1992, have grown")
    # ("Relations that A and B ...": the sentence's first word)
    rf"\b(?:(?:[Dd]iplomatic|[Ff]ormal|[Ff]ull)\s+)?(?:relations|ties|(?<![\w\s])(?:Relations|Ties))(?:\s+(?:that|which)|"
    rf"(?<=[Dd]iplomatic relations),\s+which)\s+"
    rf"(?P<a>{LIST(C)})\s+(?:(?:had|have|has|first|formally|officially)\s+)*"
    # ("Relations that A and B inaugurated (instituted) in 1934": the same)
    rf"(?P<v>established|set\s+up|forged|inaugurated|instituted)\b"
)
R_TIES_BETWEEN = Anchored(re.compile(
    # ("Formal ties between A and B were put in place on T": "formal ties" alone)
    rf"(?:{TIES}|[Ff]ormal\s+ties)\s+between\s+(?:the\s+)?(?P<a>{C})(?:\s+and\s+(?:the\s+)?(?P<b>{C}))?"
    # "the diplomatic relations between the Holy See and Benin, established in 1971"
    # ("Diplomatic relations between A and B, in place since 1963, ...": an apposed "in place
    # since" and its date)
    rf"(?:\s*,(?=\s+(?:established\s+(?:in|on)|in\s+place\s+since)\s+{T}))?(?:\s+(?:were|was|had\s+been|"
    rf"have\s+been))?\s+(?:(?:formally|officially|first|then)\s+)?(?P<v>established|set\s+up|"
    # ("diplomatic relations between the two states were taken up in 1975")
    # ("Diplomatic relations between A and B were sealed the same day")
    rf"forged|formali[sz]ed|followed|began|opened|taken\s+up|sealed|date\s+back\s+to|date\s+from|"
    rf"(?:go|reach)\s+back\s+to|in\s+place\s+since(?=\s+{T})|"
    # ("... between A and B were instituted (inaugurated, put in place) on 6 November 1991")
    # ("... between A and B were launched in 1965")
    # ("... between A and B were initiated on 2 May 1998": the same)
    # ("... between A and B were first struck on 12 May 1992": the same, its date right after;
    # not "were struck a severe blow in T")
    # ("... between A and B were installed on T (knotted in T)": a translated wire's verbs)
    rf"instituted|inaugurated|put\s+in\s+place|launched|initiated|struck(?=\s+(?:(?:in|on)\s+)?{T})|"
    rf"installed|knotted)"
), r"[Ff]ormal\s|[Ff]ull\s|[Dd]iplomatic\s", fused=True)
R_TIES_ANNIV = Anchored(re.compile(
    # ("The year 2026 marks seven decades of diplomatic relations between A and B": in decades)
    rf"(?P<v>anniversary\s+of|establishment\s+of|(?<=\s)decades\s+of(?=\s+diplomatic\s))\s+"
    rf"(?:the\s+establishment\s+of\s+)?{TIES}\s+"
    # "between the Republic of Tajikistan and the Republic of Austria": each with its article
    rf"(?:between\s+)?(?:the\s+)?(?P<a>{C})(?:\s+and\s+(?:the\s+)?(?P<b>{C}))?"
), r"anniversary|establishment|decades")
# "In 2024 the two countries celebrate the 32nd anniversary of diplomatic relations"
R_TIES_ANNIV_SUBJ = re.compile(
    rf"(?P<a>{LIST(C)})\s+(?:(?:will|are|is|also)\s+)?(?:celebrat|commemorat|mark)\w*\s+(?:the\s+)?"
    # ("the two countries mark six decades of diplomatic relations": the anniversary in decades)
    rf"(?:\w+\s+)?(?P<v>anniversary\s+of|(?<=\s)decades\s+of(?=\s+diplomatic\s))\s+"
    rf"(?:the\s+establishment\s+of\s+)?(?:their\s+)?{TIES}"
    rf"(?!\s+between)"
)
# "Malaysia values its diplomatic ties with Morocco, which date back to 1963", "the close
# relations between the two countries, which date back to the establishment of diplomatic ties
# in May 1980": the date follows at once
# ("Sweden's diplomatic relations with Ecuador, begun in 1842, ...": a participle of the start
# between commas, without "which")
_BACK_TO = (
    rf"\s*,\s+(?:which\s+)?(?P<v>(?<=which\s)(?:date\s+back\s+to|date\s+from|"
    rf"(?:go|reach)\s+back\s+to)|"
    rf"(?<=,\s)(?:begun|established|opened)(?=\s+(?:in|on)\s+{T}\s*,))\s+"
    rf"(?:the\s+establishment\s+of\s+{TIES}\s+)?(?:(?:in|on)\s+)?{T}"
)
R_TIES_WITH_BACK = re.compile(
    # ("Sweden's diplomatic relations with Ecuador, begun in 1842": the possessive for "its")
    rf"(?P<a>{C})(?:{POSS}|\s+(?:[a-z]+\s+){{0,3}}(?:its|their))\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"{TIES}\s+with\s+"
    rf"(?:the\s+)?(?P<b>{C}){_BACK_TO}"
)
# "Nepal and Portugal established diplomatic relations on 5 May 1976, while ties with Chile date
# back to 1962": the first state's ties with a third, after its own establishment of ties
R_TIES_WHILE_BACK = re.compile(
    rf"(?P<a>{C})(?:\s+and\s+(?:the\s+)?{C})?\s+(?:had\s+)?established\s+{TIES}"
    rf"(?:\s+with\s+(?:the\s+)?{C})?\s+(?:in|on)\s+{T}\s*,\s+(?:while|whereas|and)\s+"
    rf"(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+with\s+(?:the\s+)?(?P<b>{C})\s+"
    rf"(?P<v>date\s+back\s+to|(?:go|reach)\s+back\s+to|date\s+from)\s+(?:(?:in|on)\s+)?{T}"
)
R_TIES_BETWEEN_BACK = re.compile(
    rf"\b(?:relations|ties|friendship)\s+between\s+(?P<a>{C})(?:\s+and\s+(?:the\s+)?(?P<b>{C}))?"
    rf"{_BACK_TO}"
)
# "reviewed relations between the two countries, which were established on June 1, 1986":
# relations said to have been established on a date are diplomatic ones
# ("Ties between the two nations were forged in 1964", "Relations between Helsinki and
# Santiago were established in 1931": without "which", and "forged")
# ties of another kind than diplomatic, before "ties (relations) between"
_OTHER_TIES = re.compile(
    r"\b(?:[Tt]rade|[Tt]rading|[Ee]conomic|[Cc]ultural|[Rr]eligious|[Ss]porting|[Hh]istoric(?:al)?|"
    r"[Cc]ommercial|[Mm]ilitary|[Dd]efen[cs]e|[Ss]ecurity|[Ee]ducational|[Ss]cientific|"
    r"[Bb]usiness|[Ee]nergy|[Aa]cademic|[Pp]eople-to-people|[Ff]amily|[Ss]ocial|[Ii]nvestment|"
    r"[Mm]aritime|[Aa]viation|[Tt]ourism|[Pp]arliamentary|[Ss]ister-city)\s+\Z")
R_TIES_BETWEEN_EST = re.compile(
    rf"\b(?:[Rr]elations|[Tt]ies)\s+between\s+(?P<a>{C})(?:\s+and\s+(?:the\s+)?(?P<b>{C}))?"
    # ("Diplomatic ties between A and B have existed since B's independence in T": the same)
    # (the verb at s0 for the modal check, the trigger at the date: "since B's independence in T"
    # dates the ties, as in R_TIES_SINCE)
    rf"(?:\s*,\s+which)?\s+(?P<s0>)(?:(?:were|had\s+been)\s+(?:formally\s+|officially\s+)?"
    rf"(?:established|forged)|(?:have|has|had)\s+existed)\s+(?:in|on|since)\s+"
    rf"(?:(?<=since\s)(?:{C}{POSS}|its|their)\s+independence\s+in\s+)?(?P<v>){T}"
)
# "A and B, whose diplomatic ties were renewed in T", "A and B, whose relations date from T":
# the pair's own relations, dated in the relative clause
R_TIES_WHOSE = re.compile(
    # ("renewed" and "resumed" only of diplomatic ties, as in R_TIES: not "whose ties were
    # renewed in T after a rift")
    rf"(?P<a>{LIST(C)})\s*,\s+whose\s+(?:(?P<dip>diplomatic\s+)|formal\s+)?(?:relations|ties)\s+"
    rf"(?P<v>(?:were|was|had\s+been)\s+(?:(?:first|formally|officially)\s+)?(?:established|"
    rf"set\s+up|forged|opened|restored|(?(dip)(?:renewed|resumed)|(?!)))|date\s+back\s+to|date\s+from|"
    rf"(?:go|reach)\s+back\s+to)\s+(?:(?:in|on)\s+)?{T}"
)
_ORG_OR_BODY = r"«[OI]\d+»"
# "was admitted to O as an observer", "joined O's talks as an observer": a seat without
# membership, after the body
_AS_OBSERVER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?observer\b")
# "became the eighth Partner State of the Community" (a regional body's own word for member)
MEMBER_N = (
    # ("the largest member of ASEAN": a superlative)
    r"(?:(?:a|an)\s+|the\s+(?:first|second|third|newest|latest|\w+th|\d+(?:st|nd|rd|th)|largest|"
    r"biggest|smallest|oldest|youngest|most\s+populous)\s+)?"
    r"(?:founding\s+|full\s+|active\s+|fellow\s+|non-permanent\s+|elected\s+)?"
    r"(?:[Mm]embers?|[Mm]ember\s+[Ss]tates?|[Mm]ember\s+[Cc]ountries|founders|membership|"
    # "participating States of the OSCE": its members
    r"[Pp]artner\s+[Ss]tates?|[Pp]articipating\s+[Ss]tates?)"
)
R_MEMBER = re.compile(
    # ("C took its seat as a non-permanent member of O in T": became one)
    rf"(?P<s>{LIST(C)}){APPO}\s+(?:which\s+)?(?:are|is|were|was|have\s+been|has\s+been|became|"
    # ("A and B both count among the members of O": the same)
    rf"become|remain|remains|took\s+(?:its|their)\s+seats?\s+as|count(?:s|ed)?(?=\s+among\s))\s+"
    rf"(?:(?:also|both|now|all|already)\s+)*"
    # "both were among the 51 founding members of the United Nations"
    rf"(?:among\s+(?:the\s+)?(?:\d{{1,3}}\s+|first\s+|original\s+)?)?"
    # "Brunei is one of the 10 members of ASEAN"
    # ("Algeria is among the five states of the AMU": the same, counted with "among")
    rf"(?:(?P<one>one\s+of\s+(?:the\s+|its\s+)?|among\s+the\s+)(?P<n>(?:\d{{1,3}}|two|three|four|five|six|seven|"
    rf"eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)\s+)?)?"
    # ("Oman is one of the six states of the GCC": counted states of a body are its members)
    # ("C, one of the four founding states of O": the same, founders)
    rf"(?P<v>{MEMBER_N}|(?(n)(?:founding\s+)?(?:states|countries|nations)(?=\s+of\s)|(?!)))\s+of\s+"
    # (an institution in the list is no organization, but the list goes on past it)
    rf"(?:both\s+)?(?:the\s+)?(?P<o>{LIST(_ORG_OR_BODY)}(?:\s+and\s+(?:also\s+)?(?:an?\s+)?"
    rf"(?:founding\s+|full\s+)?(?:members?|founders?)\s+of\s+(?:the\s+)?{LIST(_ORG_OR_BODY)}|"
    # "a full member of O, in which D holds observer status, and of P": a second body
    rf"\s*,\s+(?:in|of|to)\s+which\s+[^,;«]{{0,20}}(?:«C\d+»[^,;«]{{0,40}})?,\s+and\s+of\s+"
    rf"(?:the\s+)?{LIST(_ORG_OR_BODY)}"
    # "a member of O1 as well as of O2"
    rf"|\s+as\s+well\s+as\s+of\s+(?:the\s+)?{LIST(_ORG_OR_BODY)})?)"
    # "..., together with Colombia and Ecuador": more members; "C has been a member of O since
    # its creation in T, as has D" (the elliptical "as has (is) D" at the clause's end)
    rf"(?:(?:\s*,?\s+(?:together|along)\s+with\s+|(?P<ash>(?:\s+since\s+[^,;«]{{0,40}}"
    rf"(?:«T\d+»)?)?\s*,\s+as\s+(?:has|have|is|are|was|were)\s+))(?P<w>{LIST(C)})"
    rf"(?(ash)(?=\s*[.;,]|\s*$)))?"
)
# "Bulgaria and Jordan, both members of the Union for the Mediterranean, agreed ..."
R_MEMBER_APPO = re.compile(
    # ("C, one of the four founding states of O, ...": counted states of a body, its members)
    rf"(?P<s>{LIST(C)})\s*,\s+(?:(?:both|also|all)\s+)?(?P<one>one\s+of\s+(?:the\s+|its\s+)?"
    rf"(?:(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?)?"
    rf"(?P<v>{MEMBER_N}|(?(one)(?:founding\s+)?(?:states|countries|nations)|(?!)))\s+of\s+(?:both\s+)?"
    rf"(?:the\s+)?(?P<o>{LIST(ORG)})"
    # "Kazakhstan, a member of the OIC like Egypt, ...": the country it is likened to, too
    rf"(?:\s+like\s+(?P<w>{C})(?=\s*,))?"
)
# "Chile, which joined the OECD in 2010, the same year as Slovenia": the other joined then too
R_MEMBER_SAME_YEAR = re.compile(
    rf"{C}(?:\s*,\s+which)?\s+(?:(?:formally|officially|also|later)\s+)?(?P<v>joined|"
    rf"acceded\s+to)\s+(?:the\s+)?(?P<o>«O\d+»)(?:\s*\([^)]*\))?\s+in\s+{T}\s*,\s+"
    rf"(?:{T}|the\s+same\s+year)\s+as\s+(?P<s>{C})"
)
# "Japan has been an OECD member since 1964"
R_MEMBER_ATTR_COP = re.compile(
    rf"(?P<s>{LIST(C)})"
    # ("Chile is part of the Pacific Alliance and has been an OECD member since 2010")
    rf"(?:\s+(?:is|are)\s+(?:also\s+)?part\s+of\s+(?:the\s+)?«O\d+»(?:\s*\([^)]*\))?\s+and)?"
    # ("C, which became an OECD member in T, ...": the relative clause)
    rf"(?:\s*,\s+which)?"
    rf"\s+(?:(?:has|have)\s+been|is|are|was|were|became|remains?)\s+"
    rf"(?:(?:also|both|now|all|already)\s+)*(?:an?\s+)?(?:founding\s+|full\s+)?"
    # ("Both countries are IOM Member States": the body's own capitals)
    rf"(?P<o>«O\d+»)\s+(?P<v>[Mm]embers?)(?:\s+(?:[Ss]tates?|country|countries|nations?))?\b"
)
# "Lithuania, which joined NATO in 2004, ...", "Latvia, which joined the European Union and
# NATO in 2004, ..."
R_MEMBER_WHICH_JOIN = re.compile(
    rf"(?P<s>{C})\s*,\s+which\s+(?:(?:formally|officially|also|later)\s+)?(?P<v>(?:re)?joined|"
    rf"acceded\s+to)\s+(?:the\s+)?(?P<o>{LIST(ORG)})(?!{POSS})"
)
# "C has been part of the inter-American system since it joined the O in 1977": the subject,
# taken up again by "it", joined
R_MEMBER_SINCE_IT = re.compile(
    rf"(?P<s>{C}){APPO}\s+(?:has|have|had)\s+(?:[^;«]|«[DLT]\d+»){{1,80}}?\bsince\s+it\s+"
    rf"(?:(?:formally|officially|first)\s+)?(?P<v>(?:re)?joined|acceded\s+to|entered)\s+"
    rf"(?:the\s+)?(?P<o>«O\d+»)(?!{POSS})"
)
# ("Croatia, a NATO ally since 2009, ...": an ally of an alliance is a member; "C, an EU and
# NATO member state": both bodies)
R_MEMBER_ATTR = re.compile(
    rf"(?P<s>{C})\s*,\s+(?:(?:both|also|all)\s+)?(?:a|an)\s+(?:founding\s+|full\s+)?"
    rf"(?P<o>«O\d+»(?:\s+and\s+«O\d+»)?)\s+"
    rf"(?P<v>member|ally)(?:\s+(?:state|country|nation))?\b"
)
# "C, an EU member since July 2013 and a NATO ally since 2009": the second attribute, with its
# own date
R_MEMBER_ATTR_AND = re.compile(
    rf"(?P<s>{C})\s*,\s+(?:a|an)\s+(?:founding\s+|full\s+)?«O\d+»\s+(?:member|ally)"
    rf"(?:\s+(?:state|country|nation))?(?:\s+since\s+{T})?\s+and\s+(?:a|an)\s+"
    rf"(?:founding\s+|full\s+)?(?P<o>«O\d+»)\s+(?P<v>member|ally)\b"
)
R_MEMBER_AS = re.compile(
    rf"(?P<s>{LIST(C)})(?:{APPO}\s+(?:have|has|had)\s+(?:long\s+)?(?:stood|worked|sat|served)"
    # "A and B, which established relations in 1957, have stood together as members of O"
    rf"(?:\s+together|\s+side\s+by\s+side)?)?\s*,?\s+as\s+(?P<v>{MEMBER_N})\s+of\s+(?:the\s+)?"
    rf"(?P<o>«O\d+»)"
)
R_MEMBER_AS_FRONT = Anchored(re.compile(
    rf"\b[Aa]s\s+(?:(?P<v>{MEMBER_N})\s+of\s+(?:the\s+)?(?P<o>«O\d+»)(?:\s*\([^)]*\))?|an?\s+"
    rf"(?P<o2>«O\d+»)\s+member(?:\s+state)?)\s*,\s+(?P<s>{C})"
), r"[Aa]s\s")
R_MEMBER_POSS = re.compile(
    # ("spoke about C's experience as a founding member of O": its record as a member)
    # ("C's admission as the eleventh member of O in T": an ordinal, a joining that took place)
    rf"(?P<s>{C}){POSS}\s+(?:(?:role|experience)\s+as\s+(?:a\s+)?(?:founding\s+)?member|(?P<v>membership)|"
    rf"admission\s+as\s+the\s+(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z]+th|newest|latest)\s+member|(?:\d+\s+years|"
    rf"decades?|years)\s+as\s+(?:a\s+)?member)\s+(?:of|in)\s+"
    rf"(?:the\s+)?(?P<o>«O\d+»)"
)
# "while Kyrgyzstan is one of the organization's founding members" (the body a coreference)
# ("Chad is one of the organization's six member states": counted, and "member states")
# ("C became the Commonwealth's 56th member in June 2022, alongside D": an ordinal, a joining;
# the state named alongside joined too)
R_MEMBER_ONE_OF_POSS = re.compile(
    rf"(?P<s>{LIST(C)})\s+(?:(?:has|have)\s+been|is|are|was|were|remains?|became)\s+"
    # ("Ghana is one of the fifteen ECOWAS member states": the count before the body's name, no
    # possessive)
    rf"(?:(?:also|both|now|all)\s+)*(?:(?:one\s+of|among)\s+(?:the\s+)?(?:(?:\d{{1,3}}|two|three|"
    rf"four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:-\w+)?)\s+(?=«O\d+»\s+"
    rf"(?:founding\s+|full\s+)?member\s+(?:states|countries)\b))?(?P<o>«O\d+»)(?:{POSS})?\s+"
    rf"(?:\d{{1,3}}\s+|first\s+|original\s+|(?:two|three|four|five|six|seven|eight|nine|ten|"
    rf"eleven|twelve|\w+teen)\s+)?(?:founding\s+|full\s+)?(?P<v>members|founders|member\s+states|"
    rf"member\s+countries)\b"
    # ("C became O's eleventh member in T": no article)
    rf"|(?<=became\s)(?:the\s+)?(?P<o2>«O\d+»){POSS}\s+(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z]+th|newest|latest)\s+"
    rf"member\b(?:\s+(?:in|on)\s+«T\d+»)?(?:\s*,?\s+alongside\s+(?P<w>{LIST(C)}))?)"
)
R_MEMBER_JOIN = re.compile(
    # ("A and B both sit in O": "both" before the verb)
    # ("C, which has held O membership since T": the relative clause's verb)
    # ("The National Assembly of Belize joined O": a chamber, kept to legislatures in _member)
    rf"(?P<s>{LIST(C)}|«I\d+»){APPO}(?:\s*,\s+which)?\s+(?:(?:formally|officially|also|later|both)\s+)?"
    rf"(?P<v>(?:re)?joined|acceded\s+to|"
    # "Bahrain counts among the founding members of the GCC"
    # ("Grenada ranks among the founding members of the OECS", "A and B count among the 55
    # members of O": the same)
    # ("A and B count themselves among the members of O": the same)
    rf"(?:counts?|ranks?)\s+(?:themselves\s+|itself\s+)?among\s+the\s+(?:\d{{1,3}}\s+)?(?:founding\s+|full\s+)?members\s+of|"
    # "Slovenia has belonged to NATO since 2004"
    # ("A belongs to both O1 and O2": "both" before the bodies)
    rf"belongs?\s+to(?:\s+both(?=\s+(?:the\s+)?«O))?|(?:has|have)\s+(?:long\s+)?belonged\s+to|entered(?=\s+(?:the\s+)?«O)|"
    # ("C was admitted to O in T": joined it)
    # ("the delegation that saw C admitted to O in T": the same, as witnessed)
    rf"(?:(?:was|were|(?:has|have)\s+been)\s+|(?<=\bsaw\s«C\d»\s)|(?<=\bsaw\s«C\d\d»\s))"
    rf"admitted\s+(?:to|into)(?=\s+(?:the\s+)?«O)|"
    # "Both countries sit in the Central American Integration System": seats held in a body
    # ("A and B sit together in O": the same)
    # ("Iceland sits on the Arctic Council": a seat on a council)
    rf"sits?\s+(?:together\s+)?in(?=\s+(?:the\s+)?«O)|sits?\s+on(?=\s+(?:the\s+)?«O\d+»)|"
    # ("The Solomon Islands holds a seat in the Pacific Islands Forum")
    # ("C has had a seat in O since 2001": the same, held since)
    # ("C holds seats in both O1 and O2": seats, in two bodies)
    # ("C holds a seat on the Arctic Council": "on" a council, as "sits on")
    rf"(?:holds?|has\s+held|have\s+held|has\s+had|have\s+had)\s+(?:an?\s+seat|seats)\s+(?:in|on)"
    rf"(?:\s+both)?(?=\s+(?:the\s+)?«O)|"
    # "Chile is part of the Pacific Alliance": a body it is part of
    # ("Kyrgyzstan has been part of the Eurasian Economic Union since August 2015")
    # ("Both nations form (forms) part of O": the same)
    rf"(?:is|are|(?:has|have)\s+been)\s+(?:also\s+)?part\s+of(?=\s+(?:the\s+)?«O)|"
    rf"forms?\s+(?:also\s+)?part\s+of(?=\s+(?:the\s+)?«O)|"
    # ("Both nations integrate the Group of 77": a translated wire's "are members of")
    rf"integrates?(?=\s+(?:the\s+)?«O)|"
    # "Slovakia has held EU membership since May 2004": the body before "membership"
    # ("Both A and B hold O membership": a membership held now)
    # ("C also holds membership of O": the body after "membership of")
    # ("C took up O membership in T", "C took up membership of O in T": a joining)
    rf"(?:(?:has|have)\s+held|holds?|took\s+up)(?=\s+(?:the\s+)?«O\d+»\s+membership\b)|"
    rf"(?:(?:has|have)\s+held|holds?|took\s+up)\s+membership\s+(?:of|in)(?=\s+(?:the\s+)?«O))"
    # ("C holds a seat in O1 and in O2": the second body after "and in")
    # (not "C joined O in condemning the coup (in a call for ...)": joined in an action)
    rf"\s+(?:the\s+)?(?P<o>{LIST(ORG)}(?:\s+and\s+in\s+(?:the\s+)?{LIST(ORG)})?)(?!{POSS})"
    rf"(?!\s+in\s+(?:[a-z]+ing|(?:an?|the|its)\s+(?:joint\s+)?(?:call|appeal|statement|"
    rf"condemnation|effort|push|bid))\b)"
)
_AND_SINCE_TO = re.compile(r"(?:\s*\([^)]*\))?\s+and\s*,\s+since\s+«T\d+»\s*,\s+to\s")
# "Bulgaria, which joined NATO in 2004 and the EU in 2007": a second body, its verb left out
# ("Mozambique belongs to the SADC and, since 1995, to the Commonwealth": the second body's date
# before it)
R_MEMBER_JOINED_GAP_O = re.compile(
    rf"(?P<s>{C})(?:\s*,\s+which)?\s+(?:(?:formally|officially|later)\s+)?(?P<v>joined|"
    rf"acceded\s+to|belongs\s+to|belong\s+to)\s+(?:the\s+)?«O\d+»(?:\s*\([^)]*\))?\s+"
    rf"(?:(?P<fr>and\s*,\s+since\s+{T}\s*,\s+to\s+)|(?:in|on)\s+{T}\s*,?\s+and\s+)"
    rf"(?:the\s+)?(?P<o>«O\d+»)(?:\s*\([^)]*\))?(?(fr)(?!{POSS})|\s+(?:in|on)\s+{T})"
)
# "Montenegro joined the alliance in June 2017, North Macedonia in March 2020": the second
# member, with the verb and the body left out
R_MEMBER_JOIN_GAP = re.compile(
    # ("A has been a member of O since 2008, and B since 2010": the same gap after "since")
    # ("members of O for decades: A joined it in 1976 and B in 1995": the body as "it", named
    # before the colon)
    rf"(?:(?P<o2>«O\d+»)(?:\s*\([^)]*\))?(?:\s+for\s+(?:decades|years|(?:many|several)\s+years))?"
    rf"\s*[;:]\s+)?"
    rf"{C}\s+(?:(?:formally|officially|later)\s+)?(?P<v>joined|acceded\s+to|(?:has|have)\s+been\s+"
    rf"(?:an?\s+)?(?:full\s+)?member\s+of)\s+(?:(?:the\s+)?(?P<o>«O\d+»)|(?(o2)it|(?!)))"
    rf"(?:\s*\([^)]*\))?\s+(?:in|on|since)\s+{T}\s*(?:,\s+(?:and\s+)?|\s+and\s+)(?P<s>{C})\s+"
    rf"(?:in|on|since)\s+{T}"
    rf"\s*(?:[.;]|\Z)"
)
# "Palau is a member state of O1, and the Philippines a member of O2": a second member of a
# second body, with the copula left out
R_MEMBER_COP_GAP = re.compile(
    rf"{C}\s+(?:is|are|was|were)\s+(?:also\s+)?an?\s+(?:founding\s+|full\s+)?member"
    rf"(?:\s+(?:state|country|nation))?\s+of\s+(?:the\s+)?«O\d+»(?:\s*\([^)]*\))?\s*,\s+and\s+"
    rf"(?:the\s+)?(?P<s>{C})\s+(?P<v>an?\s+(?:founding\s+|full\s+)?member)\s+of\s+(?:the\s+)?"
    rf"(?P<o>«O\d+»)(?!{POSS})"
)
# "Croatia, which joined NATO together with Albania in April 2009": the partner joined too
R_MEMBER_JOIN_WITH = re.compile(
    rf"{C}(?:\s*,\s+which)?\s+(?:(?:formally|officially|also|later)\s+)?(?P<v>joined|entered|"
    rf"acceded\s+to)\s+(?:the\s+)?(?P<o>«O\d+»)(?:\s*\([^)]*\))?\s+(?:together\s+with|along\s+with|"
    rf"alongside)\s+(?P<s>{LIST(C)})"
)
# "Croatia has been a member of NATO since 2009 and joined the EU in 2013" ("C is a member of O
# and joined P in T" too), "C, which joined
# NATO in 2009 and entered the European Union in July 2013": a second body joined
R_MEMBER_AND_JOINED = re.compile(
    rf"(?P<s>{C})(?:\s*,\s+which)?\s+(?:(?:(?:has|have|had)\s+been|is|was)\s+(?:an?\s+)?"
    rf"(?:founding\s+|full\s+)?member\s+of|joined|entered|acceded\s+to)\s+(?:the\s+)?«O\d+»"
    rf"(?:\s*\([^)]*\))?(?:(?!«[PIO])[^;.]){{0,60}}?\s+and\s+(?:later\s+|also\s+|then\s+)?"
    rf"(?P<v>joined|entered|acceded\s+to|"
    # "C joined O in May 2021 and is a member of P": a membership held, not joined then
    rf"(?:is|remains|has\s+been)\s+(?:also\s+)?(?:an?\s+)?(?:founding\s+|full\s+)?member\s+of)"
    rf"\s+(?:the\s+)?(?P<o>«O\d+»)(?!{POSS})"
)
# "Azerbaijan, which joined NATO's Partnership for Peace programme in 1994": a programme joined
R_VIA_JOINED = re.compile(
    rf"(?P<a>{C})(?:\s*,\s*which)?\s+(?:(?:formally|officially|also|later)\s+)?(?P<v>joined)\s+"
    rf"(?:the\s+)?(?:«[COI]\d+»{POSS}\s+)?(?P<j>{J})"
    # ("under J, which Cameroon joined in 2016": the programme before its relative clause)
    rf"|(?P<j2>{J})(?:\s*\([^)]*\))?\s*,\s+which\s+(?P<a2>{C})\s+(?:(?:formally|officially|"
    rf"later|also)\s+)?(?P<v2>joined)\b"
)
# "the Commonwealth, which Rwanda joined in 2009"
# ("the League of Arab States, which the Comoros entered in 1993": "entered" a body, and a
# state's name with its article)
R_MEMBER_WHICH_JOINED = re.compile(
    # ("C belongs to O, which it joined in T": "it", the one state before O)
    rf"(?P<o>«O\d+»)(?:\s*\([^)]*\))?\s*,\s+which\s+(?:(?:the\s+)?(?P<s>{LIST(C)})|"
    rf"(?P<it>it))\s+(?:(?:formally|officially|"
    rf"later|also)\s+)?(?P<v>joined|acceded\s+to|entered)\b"
)
# "Both are members of O; C joined it in T": the body that closes the clause before the
# semicolon, joined by the state after it
R_MEMBER_JOINED_IT = re.compile(
    # ("members of O for decades: C joined it in T": a colon, the time the state has lasted)
    # ("A joined O in T, while B has belonged to it since T2": the second clause's "it")
    rf"(?P<o>«O\d+»)(?:\s*\([^)]*\))?(?:\s+for\s+(?:decades|years|(?:many|several)\s+years))?"
    rf"(?:\s*[;:]|(?:\s+(?:in|on|since)\s+{T})?\s*,\s+(?:while|whereas)(?=\s+«C\d+»\s+(?:has|have)\s))"
    rf"\s+(?P<s>{C})\s+(?:(?:formally|officially|later|"
    rf"also)\s+)?(?P<v>joined|acceded\s+to|entered|(?:has|have)\s+(?:long\s+)?belonged\s+to)\s+it\b"
)
# "Indonesia, a founding member of ASEAN and the only Southeast Asian member of the G20"
R_MEMBER_APPO2 = re.compile(
    rf"(?P<s>{C})\s*,\s+(?:an?\s+)?(?:founding\s+|full\s+)?members?\s+of\s+(?:the\s+)?«O\d+»"
    rf"(?:\s*\([^)]*\))?\s+and\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,4}}?(?P<v>members?)\s+of\s+"
    rf"(?:the\s+)?(?P<o>«O\d+»)"
)
R_MEMBER_GROUPS = re.compile(
    # "MIKTA, the informal partnership that also includes A, B and C" ("the trade bloc" may
    # be read as the body again)
    rf"(?P<o>«O\d+»)(?:\s*\([^)]*\))?\s*,\s+(?:(?:an?|the)\s+[^,;«]{{0,40}}?\s+|«O\d+»\s+)?"
    rf"(?:(?:which|that)\s+|"
    # "The GCC, established in 1981, groups A, B and C"
    rf"(?:established|founded|created|set\s+up)\s+in\s+«T\d+»\s*,\s+)(?:also\s+)?"
    rf"(?P<v>groups|brings\s+together|includes|comprises|unites)\s+(?:[^«;]{{0,60}}?(?:including|"
    rf"such\s+as)\s+)?(?P<s>{LIST(C)})"
)
# "The EAC now comprises eight Partner States: Burundi, ... and Uganda."
R_MEMBER_COMPRISES = re.compile(
    rf"(?P<o>«O\d+»)(?:\s*\([^)]*\))?\s+(?:now\s+|currently\s+)?(?P<v>comprises|groups|brings\s+"
    rf"together|unites|has)\s+(?:\w+\s+)?(?:[Pp]artner|[Mm]ember)\s+(?:[Ss]tates|countries|nations)"
    rf"\s*(?::|,\s+namely)\s+(?:the\s+)?(?P<s>{LIST(C)})\s*(?:[.;]|\Z)"
)
# "... in SAARC and BIMSTEC, of which both countries are founding members", "in the OTS, of
# which both Azerbaijan and Kyrgyzstan are members"
R_MEMBER_OFWHICH = re.compile(
    rf"(?P<o>{LIST(ORG)})(?:\s*\([^)]*\))?\s*,\s+(?:the\s+[^,;«]{{1,30}}?\s+)?of\s+which\s+"
    # "of which the Philippines is a founding member": a country's own article
    rf"(?:(?:both|all)\s+)?(?:the\s+)?(?P<s>{LIST(C)})\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|both|all)\s+)*"
    rf"(?P<v>(?:an?\s+)?(?:founding\s+|full\s+)?members?)\b"
)
# "Suriname is a member of Caricom and, like Brazil, of the ACTO": both belong to the second
R_MEMBER_LIKE = re.compile(
    rf"(?P<s>{LIST(C)})\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?"
    rf"(?P<v>{MEMBER_N})\s+of\s+(?:the\s+)?{LIST(ORG)}\s*,?\s+and\s*,?\s+like\s+"
    rf"(?P<w>{LIST(C)})\s*,\s+(?:also\s+)?of\s+(?:the\s+)?(?P<o>{LIST(ORG)})"
)
# "the European Union and NATO, to both of which Latvia has belonged since 2004"
R_MEMBER_TOWHICH = re.compile(
    # ("C's role within O1 and O2, to both of which it belongs": "it", the one state named
    # before the bodies)
    rf"(?P<o>{LIST(ORG)})(?:\s*\([^)]*\))?\s*,\s+to\s+(?:(?:both|all|each)\s+of\s+)?which\s+"
    # ("through O, to which both countries belong": the two states named before it)
    rf"(?:(?:the\s+)?(?P<s>{LIST(C)})|(?P<it>it)|(?P<both>both\s+countries|the\s+two\s+countries))"
    rf"\s+(?:(?:has|have|had)\s+)?(?:(?:long|also|both|all)\s+)*"
    rf"(?P<v>belonged|belongs|belong)\b"
)
# "A and B established diplomatic relations in 1962 and are both members of O": the subject of
# the first verb
R_MEMBER_AND = re.compile(
    # "the two sisterly countries, which established relations in 1961 and are members of O"
    rf"(?P<s>{LIST(C)})(?:\s*,\s+which)?\s+(?:established|signed|opened|set\s+up)\s+"
    rf"(?:(?!«[CGPQIOJ])[^;.]){{0,80}}?"
    rf"\s+and\s+(?:are|were|have\s+been)\s+(?:(?:also|both|all)\s+)*(?P<v>{MEMBER_N})\s+of\s+"
    rf"(?:the\s+)?(?P<o>{LIST(_ORG_OR_BODY)})"
)
# "Angola, like Zambia, belongs to SADC": the country of the comparison belongs too
_LIKE_PARTY = re.compile(rf"\s*,\s+(?:just\s+)?like\s+(?P<c>{LIST(C)})\s*,")
# "Kenya, a member of the EAC, and Botswana are both members of ...": the first party
_LEFT_PARTY = re.compile(rf"({C})\s*,[^;]{{0,100}}?,\s+and\s+$")
COOP_V = (
    r"(?:have|has|had)\s+(?:long\s+|closely\s+|also\s+|since\s+)?(?:worked|cooperated|co-operated|"
    # "A and B have teamed up since 2022 on training under J"
    # ("A and B have liaised closely on training midwives since 2019")
    # ("A and B have worked in tandem on cybercrime cases since 2021": together)
    r"collaborated|partnered|teamed\s+up|liaised)(?:\s+closely)?(?:\s+together|\s+in\s+tandem)?"
    # "have been sharing (have shared) expertise on seed varieties under J"; "have exchanged
    # lecturers under J" (exchanged people, not views); "have coordinated border security
    # through J"
    # ("the two countries have been sharing maritime information since 2009 under J")
    r"|(?:have|has|had)\s+(?:been\s+sharing|shared)\s+(?:expertise|know-how|experience|"
    # ("A and B have shared survey data since 2022": data of a named kind, as exchanged)
    # ("A has been sharing agronomy research with B since 2019": research of a named kind)
    # ("A and B have shared tide-gauge readings since 2021": readings, data of a named kind;
    # "A and B have shared inspector training (port-management experience) since 2016": a
    # named kind of training or experience)
    r"(?:[a-z-]+\s+){0,2}?information\b|(?:[a-z-]+\s+){0,3}?data\b|(?:[a-z-]+\s+){1,2}?research\b|"
    # (not "have shared a similar (the same) experience": a fate in common, no exchange)
    r"(?:(?!(?:an?|the|this|that|such|similar|common|same)\b)[a-z-]+\s+){1,2}?"
    r"(?:readings|training|experience|expertise|know-how)\b|"
    # ("A and B have shared the running (funding) of four berths since 2023": a task shared)
    r"the\s+(?:running|funding|financing|management|costs|operation|upkeep)\s+of\b)"
    # "A and B have been partners since 2021 in J"
    # ("A and B have been development partners in education since 2002")
    r"|(?:have|has|had)\s+been\s+(?:close\s+|key\s+|development\s+)?partners"
    # ("A and B have trained border guards jointly through J since 2018": a training together)
    r"|(?:have|has|had)\s+(?:trained|been\s+training)\s+(?:[a-z-]+\s+){1,2}?(?:jointly|together)\b"
    # ("A and B have swapped mining lecturers since 2021": the same, a field before the noun)
    # ("A and B have exchanged experience on copper processing through J": know-how shared)
    # ("A and B have been swapping know-how since 2015": the same, as it runs)
    # ("A and B have exchanged technical expertise on LNG since 2019": a kind before the noun;
    # "A and B have traded survey data since 2024": "traded" as "swapped")
    r"|(?:have|has|had)\s+(?:exchanged|swapped|traded|been\s+exchanging|been\s+swapping|been\s+trading)\s+(?:[a-z-]+\s+)??(?:experience|expertise|know-how)\b"
    # ("A and B have been exchanging seed samples since 2021": the same, as it runs)
    # ("A and B have shared rice seed varieties and field data through J": the same)
    r"|(?:have|has|had)\s+(?:exchanged|swapped|traded|shared|been\s+exchanging|been\s+swapping|"
    r"been\s+trading)\s+(?:[a-z]+\s+)??(?:lecturers|researchers|scholars|students|experts|samples|"
    # ("A and B have exchanged medical staff since 2012")
    r"trainees|teachers|(?:(?:medical|teaching|academic|technical)\s+)?staff|doctors|nurses|"
    # ("A and B have exchanged contribution data since 2024": data of a named kind, as pooled)
    # ("A and B have exchanged sea-ice observations (tide readings) since 2021": the same)
    # (the data the object, not "have traded accusations over the census data")
    r"(?:(?!(?:over|about|on|regarding|concerning|with|against|after)\b)[a-z-]+\s+){0,3}?"
    r"(?:data|observations|measurements|readings|(?:seed|plant|crop)\s+varieties)\b)"
    r"|(?:have|has|had)\s+coordinated\s+"
    r"(?=[a-z](?:[^;.«]|«T\d+»){0,60}?\s(?:through|under)\s+(?:the\s+)?«J)"
    # ("A and B have consulted each other through J since 2019": the channel of consultations)
    r"|(?:have|has|had)\s+consulted\s+(?:each\s+other|one\s+another)"
    r"(?=\s+(?:regularly\s+)?(?:through|under|within)\s+(?:the\s+)?«J)"
    r"|(?:are|is|were|was)\s+(?:now\s+|also\s+|already\s+)?(?:working|cooperating|co-operating|"
    r"collaborating)(?:\s+closely)?(?:\s+together|\s+hand\s+in\s+hand)?"
    # ("Since 2023 A and B interact in the framework of J": a translated wire's "cooperate")
    r"|(?:also\s+|already\s+|still\s+)?(?:cooperate|co-operate|collaborate|"
    r"interact(?=\s+(?:closely\s+)?(?:in\s+the\s+framework\s+of|within|through)\s))(?:\s+closely)?"
    r"|(?:have|has|had)\s+jointly\s+(?:run|owned|operated|developed|built|managed|implemented|"
    # "A and B have jointly funded J since 2019"
    # ("A and B have jointly offered a summer course since 2020")
    # ("A and B have jointly promoted J since 2018": the same)
    r"carried\s+out|funded|financed|offered|promoted)"
    r"(?:\s+and\s+(?:run|owned|operated|developed|built|managed))?"
    r"|(?:are|is)\s+(?:jointly\s+)?developing\s+together|coordinate\s+their\s+cooperation"
    # "A and B have been developing the J together since 2018": the channel between
    r"|(?:have|has|had)\s+been\s+developing(?=\s+(?:the\s+)?«J\d+»(?:\s*\([^)]*\))?\s+together\b)"
    # ("A and B have channelled their cooperation through J since 2019": the same)
    r"|(?:have|has|had)\s+(?:coordinated|channell?ed)\s+their\s+cooperation"
    # ("A and B have been partnering on surveys since 2012")
    # ("A and B have been working jointly on a pilot plant since 2023": the same)
    r"|(?:have|has|had)\s+been\s+(?:working|cooperating|co-operating|collaborating|partnering)"
    r"(?:\s+closely)?(?:\s+together|\s+jointly)?"
    # ("A and B work in tandem within O": the same)
    # ("Since 2009 A and B lead (conduct) together research on wheat": a translated wire's order)
    r"|(?:also\s+)?(?:work(?:ed)?|lead|conduct)\s+(?:closely\s+)?(?:together|in\s+tandem)(?:\s+closely)?"
    # ("A and B act in concert within O": the same)
    r"|(?:also\s+)?act(?:ed)?\s+(?:closely\s+)?in\s+concert"
    # ("the two countries already pull together on surveillance via J")
    # ("A and B have pulled together on training since 2012 under J": the same, held since)
    r"|(?:(?:have|has|had)\s+)?(?:already\s+|also\s+)?pull(?:ed)?\s+together"
    # "the armed forces of A and B have trained together for decades": a standing cooperation
    r"|(?:have|has|had)\s+(?:long\s+|regularly\s+)?(?:trained|exercised)\s+together"
    r"|(?:(?:have|has|had)\s+)?(?:built|developed|financed|operated|run|managed)\s+(?:jointly|together)"
    r"|(?:(?:have|has|had)\s+)?jointly\s+(?:built|developed|financed|operated|run|managed)"
    # ("A and B have co-organised (co-hosted, co-delivered) courses since 2021")
    # ("A and B have co-supervised doctoral theses since 2020": the same)
    r"|(?:have|has|had)\s+co-(?:managed|financed|funded|implemented|organi[sz]ed|hosted|delivered|"
    # ("A and B have co-run seed trials since 2023"; "have been co-mapping deposits since 2022":
    # the same, as it runs)
    # ("A and B have co-taught summer courses since 2016": the same)
    # ("A and B have co-authored research on solar cooling since 2022": the same)
    r"supervised|run|mapped|taught|authored)"
    r"|(?:have|has|had)\s+been\s+co-(?:managing|financing|funding|implementing|organi[sz]ing|"
    r"hosting|delivering|supervising|running|mapping|teaching|authoring)"
    # ("A and B have twinned their law faculties since 2018": a standing partnership; "have
    # shared the running (upkeep) of the line" is read with "shared" above)
    r"|(?:have|has|had)\s+(?:been\s+)?twinned"
    # "A and B have joined hands (forces) since 2015 on ...": cooperation
    r"|(?:have|has|had)\s+(?:also\s+)?joined\s+(?:hands|forces)"
    # ("A and B joined forces on dengue surveillance in 2022": a past cooperation on a field,
    # dated by a year or month after "in"; not "joined forces to condemn ...")
    r"|joined\s+(?:hands|forces)(?=\s+on\s+[a-z][^;.,«]{0,60}?\s+in\s+«T\d+»)"
    # "A and B have a partnership dating back to 1982": a partnership held since then
    r"|(?:have|has)\s+(?:had\s+)?an?\s+(?:[\w-]+\s+)?partnership(?=\s+(?:dating|that\s+dates|"
    r"going)\s+back\s+to\b)"
    # "A and B have run joint projects since 2016 under J", "J, through which the two countries
    # have financed joint projects"
    r"|(?:have|has|had)\s+(?:also\s+)?(?:run|implemented|carried\s+out|conducted|financed|funded|"
    # "A and B have pursued joint research on soybean under J"
    # ("A and B have held joint training courses since 2023": the same)
    r"pursued|undertaken|held|organi[sz]ed)"
    r"\s+joint\s+"
    # ("A and B have carried out joint reef fish surveys (fisheries patrols) under J": the kind
    # before the noun)
    r"(?:[a-z-]+\s+){0,3}?(?:projects|programmes|programs|activities|initiatives|research|studies|"
    # ("A and B have run joint trials on fodder since 2023": field trials)
    r"surveys|patrols|exercises|operations|trials|courses|trainings)"
    # "A and B have run a joint fellowship in public health since 2018 under J"
    # ("A and B have been running a joint cyber security course since 2022")
    # ("A and B have operated a joint scholarship scheme since 2014")
    # ("A and B have pursued a joint engineering programme since 2010": the same)
    r"|(?:have|has|had)\s+(?:also\s+)?(?:run|implemented|conducted|operated|pursued|been\s+running)\s+"
    r"an?\s+joint\s+[a-z-]+"
    # ("A and B have digitised manuscripts together since 2019": a named task done together)
    # ("A and B have carried out glacier mapping together since 2015": the same)
    # ("A and B have run demonstration farms together since 2015": the same)
    # ("A and B have monitored coral bleaching jointly since 2019": the same, "jointly")
    r"|(?:have|has|had)\s+(?:digiti[sz]ed|catalogued|cataloged|restored|mapped|surveyed|translated|"
    r"carried\s+out|run|operated|monitored|studied)\s+"
    # (a standing task, told with its start: not "have studied the proposal together, a
    # diplomat said")
    r"(?:[a-z-]+\s+){1,3}?(?:together|jointly)\b(?=\s+since\b)"
    # "the two countries have pooled expertise through J"
    # ("have been pooling logistics for the Antarctic season since 2015": the same, as it runs)
    # ("A and B have pooled tuna stock data since 2019": data of a named kind)
    r"|(?:have|has|had)\s+(?:also\s+)?(?:pooled|been\s+pooling)\s+(?:their\s+)?(?:expertise|"
    r"resources|efforts|know-how|logistics|(?:[a-z-]+\s+){0,3}?data\b)"
    # "A and B coordinate on energy questions through (within) O": a standing cooperation
    r"|(?:also\s+)?coordinate(?=\s+on\s(?:[^;.«]|«T\d+»){0,80}?\s(?:through|within)\s+(?:the\s+)?«[OJ])"
    # ("A and B have coordinated (also coordinate) their positions at O": the same, in a body)
    r"|(?:(?:have|has|had)\s+(?:long\s+|closely\s+)?coordinated|(?:also\s+)?coordinate)"
    # ("A and B have coordinated positions at O since 2020": without "their")
    r"\s+(?:their\s+)?positions(?=\s+(?:at|in|within)\s+(?:the\s+)?«O)"
    # "A and B have been partners in battery research since 2021 within J"
    r"|(?:have|has|had)\s+(?:also\s+)?been\s+(?:close\s+)?partners"
    # ("A and B have pursued geothermal cooperation since 2008 via J": a cooperation pursued)
    r"|(?:have|has|had)\s+(?:also\s+)?pursued\s+(?:[a-z-]+\s+){0,2}?cooperation\b"
    # "A and B have been jointly breeding cassava since 2019"
    r"|(?:have|has|had)\s+been\s+jointly\s+[a-z]{3,}ing"
)
_COOP_WORDS = ("work", "operat", "collaborat", "partner", "joint", "together", "teamed", "liais",
               "sharing", "shared", "exchanged", "exchanging", "swapped", "swapping", "traded",
               "trading", "coordinate", "exchange with", "exchange programme with",
               "co-",
               "pool", "joined",
               "pull", "twinned", "in concert", "interact", "consulted each", "consulted one")
# "the Brazilian Cooperation Agency (ABC) and Suriname's Ministry of Health have worked
# together": a possessor before a body is no party of its own
# ("the Tajik Ministry of Health": a demonym before a body is no party either)
# ("the e-Governance Academy in Tallinn and B have ...": a body's seat is no party either)
# ("Gadjah Mada University in Yogyakarta and B": a seat the tables do not hold, one
# capitalised word, is no party either)
# ("Bolivia's state lithium company YLB": lower-case words describing the body after the
# possessor, no function word)
_DESC_WORD = r"(?!(?:and|or|with|to|of|for|in|on|by|from|the|its|their|his|her)\b)[a-z][\w-]*"
# ("Lux-Development (LuxDev), the Grand Duchy's development agency, and B": what a listed body
# is, between commas before "and")
_APPO_IN_LIST = (rf"\s*,\s+(?:the|an?)\s+"
                 rf"(?:«[CD]\d+»{POSS}?\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?{POSS}\s+)?"
                 rf"(?:{_DESC_WORD}\s+){{0,3}}[a-z][\w-]*(?=\s*,\s+and\s)")
# ("the Indonesian holding X": what the body is, between its demonym and its name)
_CO_KIND = r"(?:(?:holding|company|firm|operator|carrier|airline|utility)\s+)?"
_POSS_ANY = (rf"(?:{C}{POSS}\s+(?:{_DESC_WORD}\s+){{0,3}}?(?=«[IO])|{C}{POSS}\s+|"
             rf"«D\d+»\s+{_CO_KIND}(?=«[IO]))?"
             rf"(?:«[IO]\d+»\s+in\s+(?:«L\d+»|[A-Z][a-z]{{2,}}\b(?!\s*«))|{ANY})"
             # ("Slovenia's Luka Koper port operator and B": what the body is, after its name)
             rf"(?:(?<=»)\s+(?:[a-z]+\s+)?(?:operator|company|firm|utility|carrier|airline)(?=\s+and\s))?"
             # ("I (ACRONYM), the Grand Duchy's development agency, and B have ...": what the body
             # is, between commas before "and"; no party of its own)
             rf"(?:(?<=»)(?:\s*\([^)]{{1,30}}\))?{_APPO_IN_LIST})?")
_DEMONYM_SHORT_FORM = re.compile(r"\s*\(«D\d+»[^)«]*\)")
_POSSESSOR = re.compile(rf"(?<=[»)]){_APPO_IN_LIST}|"
                        rf"{C}{POSS}\s+(?:{_DESC_WORD}\s+){{0,3}}?(?=«[IO])|{C}{POSS}\s+(?=«)|"
                        rf"«D\d+»\s+{_CO_KIND}(?=«[IO])|(?<=»)\s+in\s+«L\d+»")
R_COOP = re.compile(
    rf"(?P<a>{LIST(_POSS_ANY)})(?:\s*,\s*(?:together|along)\s+with\s+(?:the\s+)?(?P<w>{LIST(ANY)})\s*,|"
    rf"{APPO})\s+(?P<v>{COOP_V})\b"
)
# "the two countries established diplomatic relations in 1961 and have cooperated since 2015
# through J": the subject of the first verb
R_COOP_AND = re.compile(
    rf"(?P<a>{LIST(C)})\s+(?:(?:established|signed|opened|set\s+up)\s+(?:(?!«[CGPQIOJ])[^;.]){{0,80}}?"
    # "Both countries are members of the ACS and have cooperated through J"
    rf"|(?:are|were)\s+(?:(?:also|both|all)\s+)*(?:founding\s+|full\s+)?members\s+of\s+(?:the\s+)?"
    # ("... established diplomatic relations in 1959, and have channelled their cooperation
    # through J since 2011": the same subject)
    rf"{LIST(ORG)})\s+and\s+(?P<v>(?:have|has|had)\s+(?:long\s+|closely\s+|also\s+)?(?:worked|cooperated|"
    rf"co-operated|collaborated|partnered|channell?ed\s+their\s+cooperation)(?:\s+closely)?"
    rf"(?:\s+together)?)\b"
)
R_COOP_THEY = re.compile(rf"\b[Tt]hey\s+(?P<v>{COOP_V})\b")
# "Both countries are part of J, and they are members of O1 and O2": "they" is the pair named
# before in the sentence
R_MEMBER_THEY = re.compile(
    rf",?\s+and\s+(?:they|both)\s+(?:(?:are|were)\s+(?:(?:also|both|all)\s+)*(?:founding\s+|"
    rf"full\s+)?(?P<v>members)\s+of|"
    # ("..., and both hold seats in the G20": seats held in a body)
    rf"(?:(?:also|both)\s+)*(?P<v2>hold\s+seats|sit)\s+in)\s+(?:both\s+)?(?:the\s+)?"
    rf"(?P<o>{LIST(ORG)})"
)
# "the J, in which Portugal's Camões Institute is a partner": the partner takes part in J
# "The Cook Islands has received support through the J since 2018": support received through
# a programme is a cooperation through it
R_SUPPORT_THROUGH = re.compile(
    # ("C has been among the recipients of training under D's J since T": the same)
    rf"(?P<a>{C})\s+(?:has|have|had)\s+(?:also\s+|long\s+)?(?:(?P<v>received|benefit(?:t)?ed\s+from|"
    rf"been\s+(?:among\s+)?(?:the\s+|a\s+)?recipients?\s+of)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:support|assistance|funding|aid|financing|training)\s+"
    rf"(?:through|under|via)"
    # ("C has sent more than 600 officials on courses of the J since T": trainees sent)
    rf"|(?P<v2>sent)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?[\d,]+\s+(?:[\w-]+\s+)?"
    rf"(?:officials|officers|civil\s+servants|students|trainees|participants|diplomats)\s+"
    rf"(?:on|to)\s+(?:[\w-]+\s+){{0,2}}?(?:courses|training)\s+(?:of|under)"
    # ("C has been among the beneficiaries of J since T"; "C has supported D's schools through J
    # since T": its channel)
    rf"|(?P<v3>been\s+(?:among\s+)?(?:the\s+|a\s+)?beneficiar(?:y|ies)\s+of|"
    rf"supported\s+(?:[^;,.«]|«D\d+»){{1,40}}?\s+(?:through|via))"
    rf")\s+(?:the\s+)?(?:{C}{POSS}\s+)?(?P<j>{J})"
)
R_VIA_PARTNER = re.compile(
    rf"(?P<j>{J})(?:\s*\([^)]*\))?\s*,\s+in\s+which\s+(?:{C}{POSS}\s+)?(?P<a>«[CGIO]\d+»)\s+"
    rf"(?:(?:is|was|has\s+been|are|were)\s+(?:also\s+)?(?:an?\s+)?(?:key\s+|founding\s+|full\s+)?|"
    # ("J, in which C has taken part since 2020": the same, with the verb)
    rf"(?:has|have|had)\s+(?:also\s+)?(?=taken\s+part\b|participated\b))"
    rf"(?P<v>partner|participant|taken\s+part|participated)s?\b"
)
_LEFT_APPO_PARTY = re.compile(
    # "Bolivia, which joined ALBA-TCP in April 2006, and Venezuela have worked together"
    rf"(?P<c>{C})\s*,\s+(?:an?|the|both|also|itself|like|which)\s+(?:[^;,«]|«[OTJIL]\d+»){{0,100}},\s+"
    rf"and\s+\Z"
)
# "A, a member of O since T, and B, a partner of P, are ...": the second party after the first
# one's apposition
_RIGHT_APPO_PARTY = re.compile(
    rf"\s*,\s+(?:an?|the|both|also|itself|like|which)\s+(?:[^;,«]|«[OTJIL]\d+»){{0,100}},\s+"
    rf"and\s+(?P<c>{C})\s*,"
)
_ACCORDING_TO = re.compile(
    r"\s*(?:[Aa]ccording\s+to|[Aa]s\s+(?:stated|noted)\s+by)\s+«[PIOQ]\d+»\s*,\s*"
)
R_COOP_WITH = re.compile(
    # "Mongolia, which is not a member of NATO, cooperates with the alliance": a relative
    # clause between the subject and its verb; or the relative clause's own verb: "praised the
    # Saudi Fund for Development (SFD), which has worked with Tajikistan's Ministry of Finance"
    # ("The Indonesian Agency for International Development (Indonesian AID) has": a short
    # form with a demonym in its brackets)
    # ("The e-Governance Academy (eGA) in Tallinn has ...": a short form left unmarked, and the
    # body's seat)
    rf"(?P<a>«[CIO]\d+»)(?:\s*\((?:«[IO]\d+»|«D\d+»\s+[A-Z][A-Za-z]{{1,8}}|"
    rf"[A-Za-z][A-Za-z-]{{1,9}})\))?"
    rf"(?:\s+in\s+«L\d+»)?"
    rf"(?:\s*,\s*(?:which|who)\s+[^,;]{{1,100}},|"
    rf"\s*,\s*which(?=\s+(?:also\s+)?ha[sd]\s))?"
    # "The Health Service Executive (HSE) of Ireland has partnered with": the body's state is
    # no party of its own
    rf"(?:\s+of\s+«C\d+»)?\s+"
    # "has also worked with", "has teamed up with", "has been working hand in hand with"
    rf"(?:also\s+)?(?P<v>(?:have|has|had)\s+(?:long\s+|closely\s+|also\s+)?(?:worked|"
    rf"cooperated|co-operated|collaborated|partnered|teamed\s+up)|"
    # ("has been working in tandem with I", "has been a partner of I since 2008")
    # ("has been collaborating (partnering) with I since 2015")
    rf"(?:(?:is|are)|(?:has|have)\s+been)\s+(?:working|cooperating|co-operating|collaborating|"
    rf"partnering)(?:\s+hand\s+in\s+hand|"
    rf"\s+in\s+tandem)?|(?:has|have)\s+been\s+an?\s+(?:close\s+|key\s+)?partner|"
    # ("I has been sharing agronomy research (data, expertise) with J since 2019")
    rf"(?:has|have)\s+(?:been\s+sharing|shared)\s+(?:[a-z-]+\s+){{0,2}}?(?:research|data|expertise|"
    rf"information|know-how)|"
    # ("I has run rural advisory projects together with J since 2010": a named task done
    # together, as "A and B have run demonstration farms together")
    rf"(?:have|has|had)\s+(?:also\s+)?(?:run|implemented|carried\s+out|conducted|operated)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?:projects|programmes|programs|activities|trials|surveys|courses)\s+"
    rf"together|"
    # ("I has run a cadet exchange with J since 2020": a standing exchange of people)
    rf"(?:have|has|had)\s+(?:also\s+)?(?:run|operated|maintained)\s+an?\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"exchange(?:\s+(?:programme|program|scheme))?|"
    # ("I has exchanged researchers with J since 2014": people exchanged, as "A and B have
    # exchanged students")
    rf"(?:have|has|had)\s+(?:exchanged|swapped|been\s+exchanging|been\s+swapping)\s+"
    rf"(?:[a-z]+\s+)??(?:lecturers|researchers|scholars|students|experts|trainees|teachers|staff)|"
    # ("I has operated a chair of Galician studies with J since 2009": a joint chair or
    # programme run with the other body)
    rf"(?:have|has|had)\s+(?:also\s+)?(?:run|operated|hosted|offered)\s+an?\s+(?:joint\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:chair|programme|program|course|degree)"
    rf"(?:\s+(?:of|in|on)\s+(?:[A-Za-z-]+\s+){{0,3}}?[a-z-]+)?|"
    rf"cooperates|co-operates|collaborates|works|partners)\s+(?:closely\s+)?"
    # "has worked with the Peruvian Ministry of Education": a demonym before the body
    # ("I has worked alongside C's J on ...": alongside, as with)
    # ("I has been working alongside J": the same)
    # ("Since 2021 I has partnered C's J on ...": "partnered" with its object, no "with")
    rf"(?:(?:with|(?:(?<=worked\s)|(?<=working\s))alongside|(?<=partner\s)of)\s+|"
    rf"(?<=partnered\s)(?=(?:the\s+)?(?:«C\d+»{POSS}\s+|«D\d+»\s+)?«[IO]\d+»))"
    rf"(?:the\s+)?(?:«[CIO]\d+»{POSS}\s+|«D\d+»\s+(?=«[IO]))?(?P<b>«[CIO]\d+»)"
)
# "The parties praised the cooperation of Turkmenistan and Malaysia through the Block-1
# project": a cooperation named as a fact (definite), its parties and its channel
R_COOP_NOUN = re.compile(
    rf"\b[Tt]he\s+(?:(?:bilateral|fruitful|successful|long-standing|close|existing)\s+)*"
    rf"(?P<v>cooperation|co-operation|collaboration|partnership)\s+(?:between|of)\s+"
    rf"(?P<a>{C}\s+and\s+{C})\s+(?:through|via|under|within)\s+(?:the\s+)?(?P<j>{J})"
)
# "Monegasque cooperation with Madagascar dates back to 2005", "Chile's partnership with Peru
# goes back to 1990": a cooperation told by its start, the first party a demonym or possessor
R_COOP_BACK = re.compile(
    rf"(?P<a>«D\d+»|{C}{POSS})\s+(?:(?:development|bilateral|economic|technical)\s+)?"
    rf"(?P<v>cooperation|co-operation|partnership)\s+with\s+(?:the\s+)?(?P<b>{C})\s+"
    rf"(?:dates|goes|reaches)\s+back\s+to\s+{T}"
)
R_COLLAB = re.compile(
    r"(?P<a>«[IOC]\d+»)(?:\s*\([^)]*\))?"
    # "I (ITLA) has trained Belizean software developers in partnership with J": a perfect verb
    # phrase between the subject and the partner
    # ("I has trained Bolivian engineers since 2015 in cooperation with J": the start between)
    r"(?:\s+(?P<pv>(?:has|have|had)\s+(?:(?:also|jointly)\s+)?[a-z]+ed\b(?:[^;«]|«[DT]\d+»){0,60}?))?"
    r"\s*,?\s+(?P<v>in\s+(?:close\s+)?(?:collaboration|"
    r"cooperation|partnership|association)\s+with)\s+(?:the\s+)?(?P<b>«[IOC]\d+»)"
)
R_VIA = re.compile(
    # ("The Kuwait Fund for ... has financed water projects in C through J since 2003": a state
    # body as the funder)
    # ("KOICA has supported clinics since T through J", "the National Olympic Committee has
    # taken part in J": a body as the funder or the participant)
    rf"(?P<a>{LIST(C)}|«I\d+»(?=\s+has\s+(?:financed|funded|supported)\s)|"
    rf"«[IO]\d+»(?=\s+(?:has|have)\s+(?:also\s+)?(?:taken\s+part|participated)\s+in\s)){APPO}\s+"
    # ("C took up O membership in 1982 and is one of seven partners in the J": the subject of
    # the first verb, no state or programme between)
    rf"(?:(?<=»\s)(?:took\s+up|joined|became|established|opened)\s(?:[^;.«]|«[OIT]\d+»){{1,80}}?"
    rf"\s+and\s+(?=(?:also\s+)?(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:an?|one)\s))?"
    rf"(?:(?:also|already|now|actively|were|are|is|was|has|have|had|"
    rf"long|been|all|both)\s+){{0,3}}"
    rf"(?P<v>trading|trade|participating|participates|participated|participate|taking\s+part|"
    # ("C is one of seven partners (participants) in the J")
    rf"one\s+of\s+(?:the\s+)?(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    rf"twelve)\s+(?:partners|participants|partner\s+countries|participating\s+countries)|"
    # ("C has been enrolled in the J since T": a participant)
    rf"takes\s+part|taken\s+part|took\s+part|take\s+part|engaged|involved|enrolled|"
    # "C has been a partner in the J since 2004" ("C is a participant in the J": the same)
    rf"an?\s+(?:active\s+|key\s+)?(?:partner|participant)|"
    # ("A and B are fellow participants in the J": the plural)
    rf"(?<=are\s)(?:fellow\s+)?participants|"
    # ("C also taps into the J for climate projects": a user of the fund, as "drawn on")
    rf"taps|tapped|"
    # "C has been a partner (pilot, participating) country of the J since 2015"
    rf"an?\s+(?:partner|pilot|participating|programme|program|beneficiary)\s+country|"
    # "C has drawn on the J since 2009": a user of the programme
    rf"(?<=has\s)drawn|"
    # "C had been a beneficiary of the J since 2008"
    rf"an?\s+(?:major\s+|key\s+|direct\s+)?beneficiary|"
    # "C has financed grain shipments to Africa under the J since T": what it paid for, then
    # the programme
    # ("C has trained Fijian nurses under the J", "C has funded clinics in D through the J")
    rf"(?<=has\s)(?:financed|funded|trained|supported)\s+(?:[a-z\d]|«D\d+»)(?:[^;«,]|«[CLDT]\d+»){{0,60}}?"
    rf"(?=\s+(?:under|through)\s)|"
    # "C has been part of the EU's J since 2019"
    # ("Both countries are part of the J": the same, in the present)
    rf"(?<=been\s)part|(?<=are\s)part|(?<=is\s)part|"
    # "C has benefited from the J since 2021": a beneficiary, as above
    rf"(?<=has\s|ave\s)benefit+ed|"
    # ("C has tapped the J for ... since 2018": a user, as "drawn on")
    rf"(?<=has\s|ave\s)tapped)\s+"
    rf"(?:(?:in|under|through|(?<=beneficiary\s)of|(?<=country\s)of|(?<=drawn\s)on|"
    rf"(?<=part\s)of|(?<=benefited\s)from|(?<=benefitted\s)from|(?<=taps\s)into|"
    rf"(?<=tapped\s)into)\s+|(?<=tapped\s))"
    rf"(?:the\s+)?(?:«[COIG]\d+»{POSS}\s+)?"
    rf"(?P<j>{J})"
)
R_VIA_BOUND = re.compile(
    rf"(?P<a>{LIST(C)}){APPO}\s+(?:are|is|were|was)\s+(?:(?:now|also|closely|firmly)\s+)*"
    rf"(?P<v>bound|linked|connected|tied|associated)\s+(?:together\s+)?(?:to\s+[^;]{{0,40}}?\s+)?"
    rf"(?:by|through|via)\s+(?:the\s+)?(?P<j>{J})"
)
R_VIA_WANTS = re.compile(
    rf"(?P<a>{C})\s+(?:wants|seeks|aims|hopes|plans|intends)\s+to\s+[^;]{{0,80}}?\s+"
    rf"(?P<v>through|via)\s+(?:the\s+)?(?P<j>{J})"
)
# "The Ministry of X and Panama's Ministry of Foreign Affairs signed": possessors sign nothing
# "Azerbaijan's state power company Azerenerji signed": the company
_SIGNER = rf"(?:{C}{POSS}\s+(?:[a-z][\w-]*\s+){{0,4}})?{ANY}"
SIGN_SUBJ = rf"(?P<s>{LIST(_SIGNER)})"
# "«C1», «P4», and ...": a post's state, then its holder in apposition, opening a signers' list
_POST_STATE_HOLDER = re.compile(r"«C\d+»,\s+(?=«P\d+»)")
R_SIGN = re.compile(
    # "C and D on Tuesday in Abuja signed": the venue after the date
    rf"{SIGN_SUBJ}{APPO}\s+(?:(?:on|in)\s+{T}\s+(?:\((?:{T}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})\)\s+)?"
    rf"(?:in\s+(?:{C}|«L\d+»)\s+)?|"
    rf"{T}\s+|also\s+|formally\s+|jointly\s+|have\s+|"
    # ("A, ..., and B, ..., initialled and signed J": the first verb of the pair)
    # "A and B later signed J": a sequence word before the verb, as "then"
    # ("the two ministers subsequently signed J", "A and B had already signed J", "The
    # ministers afterwards sealed J": the same)
    # ("J, which they duly signed": the same)
    rf"has\s+|had\s+|then\s+|later\s+|afterwards\s+|subsequently\s+|already\s+|duly\s+|"
    # ("A and B concluded (endorsed, negotiated) and signed J": the same)
    rf"(?:initiall?ed|concluded|endorsed|negotiated|approved|finali[sz]ed)\s+and\s+|"
    # ("A and B initialled J1 and signed J2": the first instrument only initialled)
    rf"initiall?ed\s+(?:an?\s+|the\s+)?«J\d+»\s+and\s+(?=signed\s)|"
    # ("A and B went on to ink J": the sequence verb before the base form)
    # ("the two ministers emerged to sign J": the same, after a meeting)
    rf"(?:went\s+on|emerged)\s+to\s+(?=(?:sign|ink)\s))*"
    # ("A and B put pen to J": the idiom without "paper on")
    # ("A and B put ink on J": "on" for "to")
    rf"(?P<v>signed|inked|(?:(?<=went\son\sto\s)|(?<=emerged\sto\s))(?:sign|ink)|put\s+(?:pen|ink)\s+(?:to(?:\s+paper\s+on)?|on)(?=\s+(?:an?|the|their|its)\s)|"
    # "A and B on Tuesday put their signatures (names) to J", "the two ministers putting their
    # signatures to J"
    # ("A and B set their names to J": the same idiom with "set")
    # ("A and B added their signatures to J": the same idiom with "added")
    # ("A and B set down their signatures on J": the same with "down")
    # ("A and B put their paraphs (initials) and signatures on J": initialled and signed)
    rf"(?:(?:put|set)(?:ting)?(?:\s+down)?|add(?:ed|ing))\s+(?:their|its|his|her)\s+(?:(?:(?:paraphs|initials)\s+and\s+)?signatures?\s+(?:to|on|under)|"
    # ("A and B put their names on Tuesday to J": the day between)
    rf"names\s+(?:(?:on\s+)?{T}\s+)?to)|"
    # "A and B affixed (appended) their signatures to J": the same idiom with another verb
    # ("A and B stamped (inscribed) their signatures on J": the same)
    # ("A and B placed their signatures on J": the same)
    # ("A and B lent their signatures to J": the same)
    # ("A and B attached their signatures to J": the same)
    # ("A and B gave their signatures to J": the same)
    # ("A and B inscribed (affixed) their names on J": "names" as with "put")
    rf"(?:(?:affix|append|stamp|inscrib|plac|attach)(?:ed|ing)|lent|lending|gave|giving)\s+"
    rf"(?:their|its|his|her)\s+"
    # ("A and B stamped their rubrics in J": a translated wire's signatures, "in" for "on")
    rf"(?:signatures?|names|rubrics)\s+(?:to|on|(?<=rubrics\s)in)|"
    # "A and B endorsed with their signatures J": the signatures after the verb
    # ("A and B formalised with their signatures J": the same)
    # ("A and B validated (sealed) with their signatures J": the same)
    rf"(?:endorsed|formali[sz]ed|validated|sealed)\s+with\s+(?:their|its|his|her)\s+signatures?|"
    # ("A and B formalised a cooperation protocol with their signatures": the signatures after J)
    rf"formali[sz]ed(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?«J\d+»\s+with\s+(?:their|its|his|her)\s+"
    rf"signatures?\b)|"
    # "the two ministers set their hands to J": the same idiom
    # ("A and B put their hands to J": "put" for "set")
    rf"(?:set|put)(?:ting)?\s+(?:their|its|his|her)\s+hands?\s+to|"
    # "A and B sealed J", "the two ministers subscribed J" (not "subscribed to a view"), "the two
    # ministers proceeded to the signature of J", "A and B penned J", "the two countersigned
    # J": other verbs of signing
    # ("the two ministers finalized the signing of J": signed it)
    # ("A and B became signatories to J": signed it)
    rf"sealed|subscribed(?!\s+to\b)|became\s+signatories\s+to|"
    rf"(?:proceeded\s+to|finali[sz]ed)\s+(?:the\s+)?(?:signature|"
    # ("A and B autographed J": the same)
    rf"signing)\s+of|penned|autographed|"
    # "A and B co-signed J"
    rf"countersigned|co-signed|"
    # ("A and B were the signatories of (to) J": they signed it)
    rf"were\s+the\s+signatories\s+(?:of|to)(?=\s+(?:an?|the)\s)|"
    # ("A and B today executed a Memorandum of Understanding on ...": signed, in legal usage;
    # only of an agreement, checked where the match is read)
    rf"executed(?=\s+(?:an?|the)\s+(?:[\w-]+\s+)?«J\d+»)|"
    # ("A and B formalised their partnership by signing J": the signing that formalised it)
    rf"formali[sz]ed\s+(?:their|its|the)\s+(?:partnership|cooperation|ties|relationship|links)\s+"
    rf"by\s+signing)\b"
    rf"(?P<rest>[^;]*)"
)
# "X, Zimbabwe's Foreign Minister, paid an official visit to Belarus and signed J": the subject of
# a first verb phrase (naming no other party) signs
R_SIGN_AND = re.compile(
    # "A and B held talks yesterday at APEC Haus and then signed J": both (a venue named after a
    # body is no party)
    rf"(?P<s>{P}(?:\s+and\s+(?:[A-Z][\w-]*\s+){{0,4}}?{P})?|{LIST(C)}){APPO}\s+"
    # ("C has handed over two boats to the I (ACR) and signed J": a body given something is
    # no party)
    rf"(?P<vp>[a-z](?:[^;.«]|«[CLTD]\d+»|«[OI]\d+»(?=\s+[A-Z][a-z]+\b(?!\s*«))|"
    rf"(?<=\sto\s)«[OI]\d+»|(?<=\sto\sthe\s)«[OI]\d+»|(?<=»\s\()«[OI]\d+»(?=\))){{2,100}}?)"
    rf"\s+and\s+"
    # ("The officials went over ..., and appended their signatures to J": the idioms too)
    rf"(?:(?:also|then|later)\s+)?(?P<v>signed|inked|(?:put|set|affixed|appended|stamped|inscribed)\s+"
    rf"(?:their|its|his|her)\s+(?:signatures?|names|hands)\s+(?:to|on))\b(?P<rest>[^;]*)"
)
_SEQUENCE_TO_END = re.compile(r"(?:went\s+on|emerged)\s+to\s+\Z")
_INITIALLED_END = re.compile(
    # ("A, ..., and B, ..., initialled and then formally signed J": sequence words between)
    r"(?<=\s)(?:initiall?ed|concluded|endorsed|negotiated|approved|finali[sz]ed)\s+and\s+"
    r"(?:(?:then|later|formally|subsequently|afterwards|duly|jointly)\s+)*\Z")
_GROUP_VP_AND = re.compile(r"(?<=[a-z»]\s)and(?=\s[a-z«])")
_NOT_IN_VP = re.compile(
    r"\b(?:said|says|told|noted|stated|added|announced|stressed|that|who|which|whom|signed|"
    r"inked|and)\b"
)
# (", while A and B signed J": the second signing's own subjects)
_CLAUSE_CUT = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+|where\s+)?")
_LEAD_PLACE = re.compile(r"\s*(?:«[LC]\d+»|[A-Z]{3,}(?:\s+[A-Z]{2,})*)\s*[:–—-]\s+")
_WHERE_CLAUSE = re.compile(r"\s*,\s*(?:where|when|during\s+which|at\s+which)\s+(?P<inner>[^;]*)")
_PREP_BEFORE = re.compile(r"\b(?:of|in|with|by|for|to|at|from|under)\s+(?:the\s+)?\Z")
_PRESENCE_OPEN = re.compile(r"\b[Ii]n\s+(?:the\s+)?presence\s+of\s+[^,;«]{0,60}\Z")
# (a witness's title before the list: "In the presence of President X, A and B signed")
_PRESENCE_BEFORE = re.compile(r"\b(?:[Ii]n\s+the\s+presence\s+of|[Ww]itnessed\s+by)\s+"
                              r"(?:[A-Z][\w-]*\s+){0,4}\Z")
# a headline in the present tense: "Norway and Malawi sign new agreement on renewable energy"
R_SIGN_HEADLINE = re.compile(
    rf"\s*(?P<s>{C}(?:\s*,\s*|\s+and\s+|\s*&\s*){C})\s+(?P<v>sign|ink|"
    # ("A and B stamp (inscribe, put) their signatures on ...", "A and B finalize signing of
    # ...": the body's idioms of signing in the present tense)
    r"(?:stamp|inscribe|affix|put|add)\s+(?:their\s+)?signatures\s+(?:on|to)|"
    r"finali[sz]e\s+(?:the\s+)?signing\s+of)\s+"
    rf"(?:(?:an?|the|new|first|landmark|historic)\s+)*(?:(?P<o>{LIST(J)})"
    # (not "sign TAPI section agreement": a project's name that a lower-case head describes)
    r"(?!\s+(?!(?:in|on|at|to|for|with|as|after|during|amid|over|and)\b)[a-z])|"
    # "A and B sign geology accord": an agreement the headline does not name, the one the body
    # tells signed (see finish)
    r"(?P<u>(?:[a-z][\w-]*\s+){0,3}(?:accord|agreement|memorandum|MoU|pact|treaty)\b))"
)
_HEADLINE_COMPOUND = re.compile(
    r"(?!(?:agreement|memorandum|treaty|protocol|convention|accord|arrangement|pact|deal|"
    r"programme|program|plan)\b)[a-z]")
# "The deal was inked by ...", "The agreements were signed by ...": what was just signed
_SIGNED_ANAPHOR = (
    # ("The loan agreement was signed by": a financing kind before the head)
    r"\b[Tt]he\s+(?:(?:loan|grant|financing|credit)\s+)?"
    r"(?:deals?|agreements?|documents?|accords?|memorand(?:um|a)|MoUs?|MOUs?|pacts?|"
    r"instruments|texts?|protocols?|treat(?:y|ies)|conventions?|arrangements?|"
    # ("The Protocol was signed on behalf of C by X": a capitalised back-reference)
    r"Agreement|Protocol|Convention|Treaty|Memorandum)\b"
)
R_SIGN_PASS = Anchored(re.compile(
    # ("The signatories were A and B": the signers of what was just signed)
    rf"(?P<o>{LIST(J)}|\b[Tt]hey\b|\b[Tt]hese\b|\b[Bb]oth\b|{_SIGNED_ANAPHOR}|^It(?=\s+was\s)|"
    rf"^[Tt]he\s+signatories(?=\s+were\s))"
    # ("The treaty itself was signed by": the one named, set against its ratification)
    rf"(?:\s*\([^)]*\))?(?:\s+itself\b)?"
    # ("J, worth ¥1.2 billion, was signed by": its sum between commas)
    rf"(?:\s*,\s+(?:worth|valued\s+at|totall?ing)\s+[^,;«]{{1,40}}?(?=\s*,))?"
    # ("the J between A and B was signed by": the parties after its name)
    # ("J between the I of C and the I2 of D, signed ...": two bodies; "between the Government
    # of C and the Government of D")
    rf"(?:\s+between\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?«[CGIO]\d+»"
    rf"(?:\s+of\s+(?:the\s+)?«C\d+»)?\s+and\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?"
    rf"«[CGIO]\d+»(?:\s+of\s+(?:the\s+)?«C\d+»)?)?"
    # ("J – signed in L on T by A and B", "J (signed in L on T by the two Governments)": an
    # item of a list of agreements, a dash or a bracket before the verb)
    rf"(?:\s+{T})?(?:\s*,?\s+|\s+[–—]\s+|\s*\((?=signed\s|inked\s))"
    rf"(?:which\s+|that\s+)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|have\s+been\s+)?"
    # "J was later signed by", "J was signed after the talks by": an adverb or a short "after"
    # phrase before the signers ("by" only)
    # ("J, co-signed (countersigned) by A and B": signed by both; "J was duly signed at the
    # bank's headquarters by")
    rf"(?:jointly\s+|formally\s+|later\s+|afterwards\s+|subsequently\s+|then\s+|duly\s+)?(?P<v>signed|inked|"
    rf"co-signed|countersigned|(?<=signatories\s)were(?=\s+«[PQCG])|"
    # "the document bears the signatures of A and B": signed by them
    rf"b(?:ears|ore)(?=\s+the\s+signatures?\s+of\s))\s+"
    rf"(?:(?<=signatories\swere\s)|the\s+signatures?\s+of|"
    # ("J was signed yesterday by A and B": the day before the signers)
    # ("J was signed for C by X and for D by Y": each signer for his state)
    rf"(?:{T}\s+)?(?:(?:in|on|at)\s+[^;]{{0,140}}?,?\s+|(?:after|following)\s+[^;,«]{{0,40}}?\s+(?=by\s)|"
    # ("J was signed on behalf of C by X": the same)
    rf"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?«[CG]\d+»\s+(?=by\s))?"
    # "J was signed between A and B": the two parties
    # (the signers end before a second passive: ", and a J2 was signed by C and D")
    rf"(?:by|between))(?:\s+|(?<=signatories\swere\s))"
    rf"(?P<rest>(?:(?!,\s+and\s+(?:an?\s+|the\s+)?«J)[^;])*)"
), r"«|[Tt]hey\s|[Tt]hese\s|[Bb]oth\s|[Tt]he\s|It\s", fused=True)
_ANAPHOR_HEAD = re.compile(r"(protocol|convention|treaty|memorandum)\s*(?:itself)?\Z", re.I)
_GROUP_THEN_NAMES = re.compile(r"«Q(\d+)»\s*,\s*«P\d+»")
_FOR_STATE_BY = re.compile(r"\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?«[CG](\d+)»\s*,?\s+by\s")
# "A J came out of the session, with A and B signing it": the people of the "with" clause
R_SIGNING_IT = re.compile(
    rf"(?P<o>{J})(?:(?!«[PQJ])[^;]){{0,120}}?,\s+with\s+(?P<s>(?:(?!«J)[^;,]|,\s+(?=«P)){{1,160}}?)"
    # ("A and B put ink to J, with X and C's post, Y, signing for their governments": the same
    # people, the last one's apposition closed by a comma)
    rf"(?:,(?=\s+signing\s+for\s))?\s+(?P<v>signing)\s+(?:it\b|for\s+(?:their|the\s+two)\s+(?:governments|countries|states)\b)"
    # ("The consultations ended with A and B signing J": the signers of the "with" clause,
    # the agreement after the gerund)
    # (not the witness of "ended with Y watching A and B signing J")
    rf"|\b(?:ended|closed|concluded|wrapped\s+up)\s+with\s+(?P<s2>(?:(?!«J|\b(?:watching|witnessing|"
    rf"observing|looking\s+on|applauding)\b)[^;,]|,\s+(?=«P)){{1,160}}?)"
    rf"\s+(?P<v2>signing)\s+(?:an?\s+|the\s+)?(?P<o2>{J})"
)
# "The J1 and the J2 were signed on Monday in Pretoria" (no "by"): signed by the signers of
# "A and B have signed two agreements" in the sentence before
R_SIGN_PASS_BARE = re.compile(
    rf"\s*(?:The\s+|An?\s+)?(?P<o>{LIST(J)})(?:\s*\([^)]*\))?\s+(?:were|was)\s+"
    rf"(?:jointly\s+|formally\s+|also\s+)?(?P<v>signed)\b(?![^;]*\bby\b)"
)
# "The discussions, held yesterday at the Commission, covered ...": the day of the meeting the
# sentence before told
_TALKS_HELD_ON = re.compile(
    r"\s*The\s+(?:talks|discussions|meeting|consultations)\s*,\s+(?:which\s+were\s+)?held\s+"
    r"(?:on\s+)?«T(?P<t>\d+)»"
)
_RECEIVED_AT_BY_ITS = re.compile(r"\breceived\s+at\s+(?:the\s+)?«I(\d+)»\s+by$")
_MINISTRY_LIKE = re.compile(r"ministry|office|government|presidency|secretariat|department|"
                            r"palace|house|embassy|commission|council|parliament|assembly")
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_DOCS_DASH_SIGNED = re.compile(
    r"\s*(?:The|These)\s+(?:" + _COUNT_WORD + r"\s+)?(?:instruments|agreements|documents|"
    r"accords|texts)(?:\s+[–—]\s+(?P<list>[^–—;]+?)\s+[–—]|"
    # "The three instruments, namely J1, J2 and J3, were signed by ..."
    r",\s+namely\s+(?P<list2>[^;]+?),)\s+(?:were|have\s+been)\s+(?P<v>signed|inked)\s+"
    r"(?:[^;«]{0,60}?\s+)?by\s+(?P<rest>[^;]*)"
)
R_SIGNING_OF = Anchored(re.compile(
    # ("the talks closed with the signature by A and B of J": the noun of French usage, its
    # signers between "by" and "of", with or without commas)
    # ("the session ended with the signature of J by A and B": "of" first, as with "signing";
    # "the signing of J between the A and the B": the two parties after its name)
    # ("welcomed the signing, on 30 November in Luanda, of J by A and B": the day and the place
    # set off by commas)
    rf"(?P<v>signing|signature(?=,?\s+by\s|\s+of\s|,\s+on\s))(?:,\s+(?:on\s+)?«T\d+»(?:\s+(?:in|at)\s+"
    rf"(?:the\s+)?«L\d+»)?,(?=\s+of\s))?(?:\s+of\s+(?:the\s+|an?\s+)?(?P<o>{LIST(J)})(?:\s*\([^)]*\))?\s+"
    rf"(?:by|between)\s+(?P<rest>[^;]*)|"
    # "witnessed the signing, by A and B, of J": the signers between commas
    rf",?\s+by\s+(?P<rest2>[^;]{{1,200}}?),?\s+of\s+(?:the\s+|an?\s+)?(?P<o2>{LIST(J)}))"
), r"sign(?:ing|ature)[\s,]")
_J_LIST = re.compile(LIST(J))
_MORE_J = re.compile(
    rf"(?:\s+(?:in|on|at)\s+(?:the\s+)?«[LTC]\d+»|\s+for\s+(?:«T\d+»|\d{{4}}(?:[-–]\d{{2,4}})?)"
    # "signed a J 2026-2028 and a memorandum": a name's year range
    rf"|\s+\d{{4}}[-–]\d{{2,4}}){{1,3}},?\s+and\s+(?:to\s+)?(?:an?\s+|the\s+)?"
    rf"(?P<j>{LIST(J)})"
)
_J_REF = re.compile(J)
_AGREEMENT_NOUN = re.compile(r"(?i)\b(?:memorand(?:um|a)|agreements?|treat(?:y|ies)|protocols?|"
                             r"conventions?|accords?|MoUs?|contracts?|charters?)\b")
_PARENS = re.compile(r"\([^)]*\)")
# ("the J, which Egypt signed with the bloc in 2010": a comma before "which")
# ("J (CETS No. 201), which C had signed": its reference number in parentheses between)
_ANTECEDENT_J = re.compile(rf"(?P<j>{J})(?:\s*\([^()«]{{1,40}}\))?"
                           rf"(?:\s+(?:that|which)|\s*,\s+which)\s+\Z")
_COORD_SIGNERS = re.compile(
    # ("In T he and C's Minister X signed", "In L in T ...": a fronted year or place and year;
    # "During that trip he and ...": a fronted reference to the visit)
    rf"\s*(?:(?:[Oo]n\s+)?{T}\s*,?\s*)?(?:(?:[Dd]uring|[Oo]n)\s+(?:that|this|the)\s+(?:trip|"
    rf"visit|occasion|stay)\s*,?\s*)?(?:(?:[{APOS}]s|[A-Z][\w’'&-]*|of|for|to|at|in|and|the|"
    rf"«[PCDIOLT]\d+»|[,()]|"
    # "A and Croatia's ambassador to Kazakhstan, B, signed", "the rector of the I, Prof. A, and
    # the president of the J, B, signed": lower-case posts, an abbreviated honorific
    r"ambassador|envoy|high\s+commissioner|director(?:[\s-]general)?|president|chairman|"
    r"chairperson|secretary(?:[\s-]general)?|vice-rector|rector|dean|head|"
    r"(?:Prof|Dr|Mr|Mrs|Ms|Hon)\.|"
    # "A and her Brazilian counterpart, B, have signed"
    rf"(?:his|her)\s+(?:«[DC]\d+»\s+)?(?:counterpart|peer|homologue|opposite\s+number)|ha(?:ve|s|d)(?=\s*\Z)|"
    # "A and B's Ambassador to C, D, then signed"
    rf"(?:then|also|later|jointly|formally)(?=\s*\Z))"
    # "A and Ghana's Deputy Minister B today signed": the day between the signers and the verb
    rf"\s*)+(?:(?:on\s+)?{T}\s*)?"
)
_WITNESS_AS = re.compile(r"\b(?:looked\s+on|watched|stood\s+by)\s+(?:as|while)\s+")
_SIGNED_WITH = re.compile(rf"(?:together\s+with|with)\s+(?:the\s+)?«([CGIO])(\d+)»(?!{POSS})")
_SIGNED_WITH_PERSON = re.compile(
    rf"(?:\s+(?:on|in)\s+«T\d+»)?\s+with\s+(?:the\s+|his\s+|her\s+)?(?:«C\d+»{POSS}\s+|«[DC]\d+»\s+)?"
    # (a portfolio list: "with Minister of Agriculture, Forestry and Fisheries X")
    rf"(?:(?:counterpart|peer|homologue|opposite\s+number|{TITLE_RE.pattern})(?:[^«;,]|,\s+(?=[A-Z])){{0,60}}?,?\s+)"
    # (not "signed J with Ambassador X looking on": a witness, as in _SIGNERS_END)
    rf"(?:{HON}\s+)*«P(\d+)»(?!\s+(?:looking\s+on|watching|in\s+attendance)\b)"
)
_NOT_POSSESSOR = re.compile(rf"«([A-Z])(\d+)»(?!{POSS})")
_BODY_OF_STATE = re.compile(r"(«I\d+»)\s+of\s+(?:the\s+)?«C\d+»")
_APPOSED_NAME = re.compile(r",\s+«P\d+»\s*,(?=\s+on\s+«T\d+»)")
_BODY_BEFORE_OF = re.compile(r"«I(\d+)»\s*\(«[IO]\d+»\)\s+of\s+(?:the\s+)?\Z")
# ("Y signed on behalf of his Government", "... for her country": the signer's own state)
_ON_BEHALF = re.compile(r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?«[CGIO]"
                        r"|\s+on\s+behalf\s+of\s+(?:his|her|its|their)\s+(?:[Gg]overnment|country)\b")
# "A and B signed, on behalf of C and D respectively, J": the states between the verb and J
_BEHALF_BETWEEN = re.compile(r"\s*,\s+on\s+behalf\s+of\s+[^;,]{1,100}?,")
# ("A and B signed J on behalf of C and D": the two states after J, signers too)
_BEHALF_AFTER_J = re.compile(rf"(?:\s*\([^)]*\))?\s+on\s+behalf\s+of\s+(?:the\s+)?«[CG](\d+)»"
                             rf"(?!{POSS})\s+and\s+(?:the\s+)?«[CG](\d+)»(?!{POSS})")
# "J was signed on behalf of C by X and on behalf of O by Y": C and O signed too
_BEHALF_BY = re.compile(rf"\bon\s+behalf\s+of\s+(?:the\s+)?«[CGIO](\d+)»(?!{POSS})"
                        rf"(?:\s*\([^)]*\))?\s+by\s+")
_SIGNERS_END = re.compile(
    r",\s+(?:who|which|under\s+which)\b|;|\s+in\s+(?:the\s+)?presence\s+of\b|,?\s+witnessed\s+by\b|"
    r",\s+while\b|"
    # ("J1 was signed by A and B, and a J2 was signed by C and D": a second passive's signers
    # are its own)
    r",\s+and\s+(?:an?\s+|the\s+)?«J\d+»|"
    # "signed by A and by B, with C looking on", "..., with the two ministers in attendance":
    # the witnesses after the signers
    r",?\s+with\s+(?=[^;,]{0,60}?\b(?:looking\s+on|watching|in\s+attendance)\b)"
)
R_SIGN_BETWEEN = re.compile(
    rf"(?P<o>{J})\s+between\s+(?P<a>{C})\s+and\s+(?P<b>{C})\s*,\s+which\s+(?:was|were)\s+"
    rf"(?P<v>signed)"
)
R_INSTRUMENTS = Anchored(re.compile(
    r"^\s*(?:(?:The|These)\s+(?:instruments|agreements|documents|accords|texts)\s+(?:are|were|"
    r"include|included)|Among\s+them\s+(?:are|were)|Among\s+(?:the|these)\s+(?:agreements|"
    r"documents|instruments)\s+(?:are|were))\b(?P<rest>.*)"
    # "The documents – J1, J2 and J3 – were inked by ...": the list between dashes (or after
    # "namely": "The three instruments, namely J1, J2 and J3, were signed by")
    r"|^\s*(?:The|These)\s+(?:" + _COUNT_WORD + r"\s+)?(?:instruments|agreements|documents|"
    r"accords|texts)(?:\s+[–—]|,\s+namely)\s+(?P<rest2>.*)"
), r"[A-Z]", word_start=False)
# A call or a video conference is no meeting: a remote channel named in the meeting's clause
# ("held telephone (virtual, video) talks with Y", "engaged Y in telephone talks", "held talks
# with Y by telephone (over a video link, via videoconference)", "met virtually with Y"), one
# check of every MET_WITH (`Extractor._remote_meeting`)
_REMOTE_MEANS = re.compile(
    r"\b(?:(?:tele)?phone|video|virtual|online)[\s-]+(?:[\w-]+\s+)?(?:talks|meetings?|"
    r"negotiations|conversations?|calls?|conference|discussions?|consultations|session|link|summit|"
    r"exchanges?|chat|dialogue)\b"
    r"|\b(?:by|via|over|through)\s+(?:an?\s+|the\s+)?(?:(?:tele)?phone|video(?:\s*(?:link|call|"
    r"conference))?|videoconferenc(?:e|ing)|video-conferenc(?:e|ing)|teleconference)\b"
    r"|\bvideo-?conferenc\w*"
    # (not "met virtually every minister": "almost")
    r"|\bvirtually\b(?!\s+(?:all|every|everyone|each|no|none|nothing|the\s+(?:entire|whole))\b)"
    r"|\b(?<!not\s)remotely\b|\bonline\b(?=\s+with\b)")
_REMOTE_CUES = ("phone", "video", "virtual", "remote", "conferenc", "online", "social media")
# "had an exchange with Y on social media": the meeting's own words, no comma between (not "met Y
# in L, a meeting both praised on social media")
_ON_SOCIAL_MEDIA = re.compile(r"[^,;.]*?\b(?:on|via|over)\s+social\s+media\b")
# "in honour of the late President Y": a person no longer living is met by nobody
_THE_LATE = re.compile(r"\b[Tt]he\s+late\s+(?:[A-Z][\w.’'-]*\s+){0,4}\Z")
_MEANS_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|after|before|where|who|which|when)\b")
# "calling (called) on Y to return J", "... on Y for the release of ...": urging Y, no call on Y
_URGED_PERSON = (r"\s+(?:the\s+)?(?:«[CD]\d+»(?:’s|'s)?\s+)?(?:[A-Z][\w-]*\s+){0,5}?"
                 r"(?:[A-Z][\w-]*,?\s+)?«P\d+»\s*,?\s+(?:to\s+(?!discuss\b)[a-z]|for\s+(?:the|an?|"
                 r"his|her|their)\s)")
MEET_V = (
    # "He sat down with X for talks": a meeting
    # ("X sat with Y at the Centre to review J": "sat with", a meeting too)
    # ("held a (second) round of talks with X": a meeting)
    # ("conducted talks with X": held them)
    # ("engaged in talks with X": held them)
    # ("X sat across the table from Y": a meeting of the two)
    # ("had separate meetings with X and Y": meetings had, in the plural; "X conferred for over an
    # hour with Y": the length between)
    # ("X sat down on 14 April with Y": the day between)
    # ("..., calling on C's Foreign Secretary, Y": the titled person called on)
    # (not "calling on Y to return J", "calling on Y for the release of ...": urging Y)
    rf"(?<=,\s)calling\s+on(?=\s+(?:the\s+)?(?:«[CD]\d+»(?:’s|'s)?\s+)?(?:[A-Z][\w-]*\s+){{0,5}}?"
    rf"(?:[A-Z][\w-]*,?\s+)?«P\d+»)(?!{_URGED_PERSON})|"
    # ("X got together with Y": a meeting)
    r"(?:met(?:\s+(?:with|today\s+with))?|got\s+together\s+with|sat\s+(?:(?:down\s+)?(?:(?:on\s+)?«T\d+»\s+)?with|"
    r"across\s+the\s+table\s+from)|"
    # ("X deliberated with Y": the same as conferred; "X had talks in L with Y": "had" as "held")
    r"(?:conferred|deliberated)\s+(?:for\s+(?:[\w-]+\s+){1,4}?)?with|"
    # ("X spent more than an hour in closed-door talks with Y": the length before the talks)
    r"spent\s+(?:[\w-]+\s+){1,5}?in\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions|consultations)\s+with|"
    # ("X sustained a meeting of work with Y": a translated wire's "held a working meeting")
    r"(?:held|conducted|sustained|engaged\s+in|had(?=\s+(?:separate|talks)\s))\s+"
    # ("held a lengthy working session with X": two adjectives before the noun)
    r"(?:(?:an?|another|the)\s+(?:[\w-]+\s+)?round\s+of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|meetings?|discussions|"
    # ("held a bilateral dialogue with X": a meeting)
    r"dialogue|"
    # "held a working session with X": a meeting
    # ("held a bilateral encounter (a one-on-one) with X": a meeting)
    # ("held a bilateral with X": the noun left out after "bilateral"; "held the second round of
    # Foreign Office Consultations with Y": the capitalised name of the round)
    # ("held an exchange with X": a meeting, as "exchange of views")
    # ("held a sit-down with X": a meeting, as a one-on-one)
    # ("held a one-to-one with X": the same)
    # ("held a bilateral sitting with X": the same as a session)
    r"(?<=\s)[Cc]onsultations|session|sitting|encounter|one-(?:on|to)-one|sit-down|t[êe]te-[àa]-t[êe]te|bilateral|exchange|"
    # ("held a working breakfast (lunch, dinner) with X": a meeting over a meal)
    # ("held talks over a working lunch with X": the meal after the talks)
    # ("held discussions on Monday, 30 November, with X": a comma after the day)
    r"breakfast|lunch|luncheon|dinner)(?:\s+(?:(?:in|at|on)\s+[^,;]{0,60}?|(?:on\s+)?«T\d+»(?=\s*,\s+with\s)\s*,|«T\d+»|here|there|of\s+work|"
    r"over\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:breakfast|lunch|luncheon|dinner|meal|coffee))){0,3}"
    r"\s+with|"
    r"paid\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?"
    # ("X later called in on Y": the same)
    # ("X called upon Y": the same; not "called on Y to support the resolution": urged)
    rf"(?:call|visit)\s+(?:up)?on|called\s+(?:in\s+)?(?:up)?on(?!{_URGED_PERSON})|"
    # "X was greeted by her counterpart, Y", "X was closeted with Y for an hour", "X played host
    # to his counterpart Y": a meeting
    # ("X huddled with Y at the palace": a meeting)
    # ("X was closeted for two hours with Y": the length between; "X was in discussions
    # (talks) with Y": a meeting held)
    r"(?:was|were)\s+closeted\s+(?:for\s+(?:[\w-]+\s+){1,4}?)?with|played\s+host\s+to|huddled\s+with|"
    # ("X came face to face with Y": a meeting)
    r"came\s+face\s+to\s+face\s+with|"
    # (not talks by telephone or video: `_remote_meeting`, as for every meeting)
    r"(?:was|were)\s+in\s+(?:[\w-]+\s+)?(?:talks|discussions)\s+with|"
    # ("X was the guest of Y at a working dinner (lunch)", "I had the honour of being the guest
    # of Y": a meeting, not a guest of honour)
    # ("X was also the lunch (dinner) guest of Y": the same, at a meal)
    r"(?:(?:the\s+)?(?:honou?r|pleasure|privilege)\s+of\s+being|(?:was|were)(?:\s+also)?)\s+"
    r"the\s+(?:(?:lunch|luncheon|dinner|breakfast)\s+)?guest\s+of(?!\s+honou?r)|"
    # ("X dined (lunched) with Y": a meeting over a meal; "X was ushered in to see Y": received;
    # "X chatted on Tuesday with Y": a meeting)
    # ("X conversed (broke bread) with Y": the same)
    # ("X conversed at length (chatted briefly) with Y": a manner between)
    # ("X talked with Y about trade": a meeting, not a talk by telephone or video)
    r"talked\s+(?:(?:on\s+)?«T\d+»\s+)?with(?![^.;]{0,80}\b(?:by|over\s+the|via)\s+(?:tele)?(?:phone|video)\b)|"
    r"(?:dined|lunched|breakfasted|chatted|conversed|broke\s+bread|compared\s+notes)\s+(?:(?:on\s+)?«T\d+»\s+)?"
    r"(?:(?:at\s+length|briefly|privately|informally)\s+)?with|(?:was|were)\s+ushered\s+(?:in\s+)?to\s+see|"
    # ("X was hosted at State House, Nairobi, on Tuesday by Y": a venue with its city)
    # ("X was attended by the President of the Congress, Y": a translated wire's "received")
    # ("X had been received at the Palace by Y": the pluperfect of a story's earlier day)
    r"(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}?(?:received|hosted|greeted|met|attended|granted\s+an\s+audience|called\s+on)\s+(?:[^,;]{0,60}?"
    r"(?:,\s+«[LC]\d+»\s*,[^,;]{0,30}?)?\s+)?"
    # "X was welcomed at the airport by Y", "... on arrival by Y": a welcome where he arrives
    # (not "where he was welcomed by its rector": a host at a lecture)
    # ("was welcomed today at the Conference Centre by Y": the day before the place)
    # ("X was welcomed by Y at the Ministry for talks (a discussion)": a welcome for a meeting)
    # ("X was welcomed by the Secretary-General of O, Y, at the Forum's headquarters": at a
    # body's seat)
    r"by|(?:was|were)\s+welcomed\s+by(?=\s+(?:[^;.«]|«[A-OQ-Z]\d+»){0,60}?«P\d+»[^;.]{0,80}?\s+(?:for\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?(?:talks|discussions?|meeting|consultations)|at\s+(?:the\s+|its\s+|"
    r"«[IO]\d+»(?:'s|’s)\s+)(?:[\w-]+\s+)?(?:headquarters|head\s+office|seat)|"
    # ("X was welcomed by the President of the Region, Y, at Palazzo Lascaris": a seat of
    # government)
    r"at\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?:Palace|Palazzo|Palacio|Palais|Pal[aá]cio)|"
    r"at\s+(?:the\s+)?(?:Palace|Palazzo|Palacio|Palais|Pal[aá]cio)\b)\b)|"
    # ("X was welcomed with military honours at the Palace by Y": a head of state's ceremony)
    r"(?:was|were)\s+welcomed\s+(?:«T\d+»\s+)?with\s+(?:full\s+)?(?:military|state|official)\s+"
    r"honou?rs\s+(?:(?:at|in|on)\s+(?:[^,;«]|«[A-OQ-Z]\d+»){1,60}?\s+)?by|"
    r"(?:was|were)\s+welcomed\s+(?:«T\d+»\s+)?(?:at|on|upon|in)\s+(?:[^,;«]|«[A-OQ-Z]\d+»){1,60}?\s+by|received|hosted|welcomed|"
    # "X greeted him (Y) on the tarmac", "... on his arrival", "... at the airport": a welcome
    # where he arrives (not greetings sent on a national day)
    r"greeted(?=\s+«P\d+»\s+(?:(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b|(?:on|at)\s+"
    r"the\s+(?:tarmac|airport)\b|at\s+(?:the\s+)?(?:[^,;.«]){0,40}?[Aa]irport\b))|"
    # "sat down (for talks) with her host, X": a meeting ("sat down for a bilateral meeting
    # with X": a word before the meeting)
    r"sat\s+down\s+(?:for\s+(?:talks|a\s+(?:[\w-]+\s+)?meeting)\s+)?with|"
    # "held a tête-à-tête with X": a meeting of two
    r"(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:tête-à-tête|tete-a-tete)\s+with|"
    # "accepted the credentials of ...": a head of state receiving an envoy
    # ("accepted the Letter of Credence of X": the singular too)
    r"accepted(?=\s+(?:the\s+)?(?:credentials|[Ll]etters?\s+of\s+[Cc]redence))|"
    r"had\s+the\s+(?:pleasure|honou?r|opportunity|privilege)\s+(?:of\s+meeting|to\s+meet|of\s+"
    r"calling\s+on|to\s+call\s+on)(?:\s+with)?|"
    # ("had a one-on-one (a brief encounter, a one-on-one session, an hour-long exchange) with
    # X": a meeting)
    # ("had a working breakfast (lunch, dinner) with X": a meeting over a meal, as "held"; "had
    # a bilateral dialogue with X": the same)
    # ("X had an audience with the President, Y": received by him)
    r"had\s+an?\s+(?:[\w-]+\s+)?(?:meeting|session|encounter|one-(?:on|to)-one|sit-down|exchange|"
    r"breakfast|lunch|luncheon|dinner|dialogue|audience)\s+with|"
    # ("X gave (hosted, offered) a working dinner in honour of Y": the host of the guest's meal)
    r"(?:gave|hosted|offered)\s+an?\s+(?:[\w-]+\s+)?(?:breakfast|lunch|luncheon|dinner)\s+in\s+"
    r"honou?r\s+of|"
    # ("had a conversation with X": a meeting too, not "a telephone (video) conversation":
    # `_remote_meeting`)
    # ("X had Thursday in L an interview (a bilateral discussion) with Y": a translated wire's
    # talks, the day and the place before the noun; not a press or radio interview)
    r"(?:had\s+(?:«T\d+»\s+)?|(?<=had\s«T\d»\s)|(?<=had\s«T\d\d»\s))(?:in\s+«[LC]\d+»\s+)?an?\s+"
    r"(?!press\b|radio\b|television\b|TV\b|exclusive\b)(?:[\w-]+\s+)?(?:conversation|"
    r"discussion|interview)\s+with|"
    # ("held a one-to-one conversation with X": held, as had)
    r"held\s+an?\s+(?:[\w-]+\s+)?conversation\s+with|"
    # ("X rounded off his visit with a courtesy call on Y": the call closing it)
    # ("X followed up with a courtesy visit to Y": the same, a visit "to" the person)
    r"(?<=\swith\s)a\s+(?:courtesy|farewell)\s+(?:call\s+on|visit\s+to)|"
    # "On Monday, she sat down with President X at State House"
    r"sat\s+down\s+(?:for\s+talks\s+)?with|"
    # "sat down at the Foreign Ministry with X": the venue before "with"
    r"sat\s+down\s+(?:at|in)\s+(?:[^,;«]|«[A-OQ-Z]\d+»){1,60}?\s+with|"
    # ("X called at the delegation's suite for talks with Y": a call at a place for a meeting)
    r"called\s+at\s+(?:[^,;«]|«[A-OQ-Z]\d+»){1,60}?\s+for\s+(?:[\w-]+\s+)?(?:talks|discussions|"
    r"consultations|a\s+meeting)\s+with|"
    # "sat for bilateral consultations with X": a meeting
    r"sat\s+for\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|discussions|a\s+meeting)\s+with|"
    # "X was granted an audience by Y": received by Y
    # ("was granted an audience with Y": the same; "X played host to Y", "X paid his respects to
    # Y": a meeting)
    # ("X was given an audience by Y", "Y granted audience to X": the same, either way round;
    # "X shared a working lunch with Y": a meeting over a meal)
    # ("X was also granted an audience by Y": an adverb before the participle)
    r"(?:was|were)\s+(?:(?:also|later|then|subsequently)\s+)?(?:granted|given)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?audience\s+(?:by|with)|"
    # ("Y granted an audience at the Palace to X": the venue before "to")
    # ("Y has granted audience Wednesday in her office to X": the day too)
    r"granted\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+(?:«T\d+»\s+)?(?:(?:at|in)\s+(?:[^,;«]|«[A-OQ-Z]\d+»){1,60}?\s+)?to|"
    r"shared\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:lunch|dinner|breakfast|meal)\s+with|"
    r"played\s+host\s+to|paid\s+(?:his|her|their)\s+respects\s+to|"
    # "he exchanged views with Prime Minister X over lunch": a meeting
    # ("she traded views with Y": the same)
    r"(?:exchanged|traded)\s+views\s+with|"
    # ("X engaged her counterpart, Y, in bilateral discussions": a meeting, the person between)
    # (not "engaged Y in telephone talks": `_remote_meeting`)
    r"engaged(?=\s+(?:(?!«P)[^;.]){0,60}?«P\d+»[^;.«]{0,40}?\s+in\s+(?:[\w-]+\s+)?(?:talks|"
    r"discussions|consultations)\b)|"
    # ("held a detailed exchange of views with X": the same)
    r"(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?exchange\s+of\s+views\s+with|"
    # ("X paid a courtesy visit (call) to Y")
    r"paid\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+to)"
)
# ("X was received by Y and by C's State Secretary ..., Z": a second agent after "and by", read
# only after a passive meeting verb)
_AND_WITH = re.compile(
    rf",?\s+and\s+(?:also\s+)?(?P<p>with|by)\s+(?:the\s+|his\s+|her\s+)?(?:«[CD]\d+»{POSS}?\s+)?"
    # ("and with the OCA Director General, Y", "and with the Minister of Youth of C, Y": a body
    # or a state inside the post)
    rf"(?:(?!«[PQ])[^;,]){{0,60}}?,?\s*«P(\d+)»"
)
# "met with X and the Chairperson of the Parliament of Georgia, Y": Y, a second person met, named
# after a post of a body right after the first
_AND_POST_OF = re.compile(
    # ("received the credentials of the Ambassador of A to B, X, and the Ambassador of C to B,
    # Y": a head of mission's receiving state after "to")
    r",?\s+and\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?«[CIO]\d+»"
    r"(?:\s+to\s+(?:the\s+)?«[CO]\d+»)?"
    # "met the Dean of the Faculty, X, and the University's Vice-Rector for Cooperation, Y"
    r"|«[CIO]\d+»['’]s\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+(?:for|of)\s+[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?"
    # "received the Ambassador of C, X, and the Czech Deputy Minister of Industry and Trade, Y"
    r"|«D\d+»\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+(?:for|of)\s+[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?"
    # ("held a session with X, and the Cabinet Secretary for Roads and Transport, Dr. Y": a post
    # with its portfolio, no state named, and an honorific before the name)
    r"|(?:[A-Z][\w-]*\s+){1,3}(?:for|of)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}"
    # ("met the Association's President, X, and its Secretary, Y": the same body's officer)
    r"|(?<=and\s)its\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*,\s*"
    r"(?:(?:Dr|Eng|Prof|Hon|Mr|Mrs|Ms)\.?\s+)?«P(\d+)»(?=\s*(?:[,.;]|$))"
    # (not the subject of a clause of its own: "met X, and the Minister for Foreign Affairs, Y,
    # was also present (said, attended)")
    r"(?!\s*,\s+(?:(?:also|later|then|too)\s+)?(?:(?:was|were|is|are|has|have|had|said|says|told|"
    r"added|noted|stated|briefed|attended|witnessed|joined)\b|accompanied\s+(?!by\b)))"
)
# "called on Prime Minister X and Foreign Affairs Minister Y": a second titled person met, with
# no comma (the title capitalised, the name ending the clause)
_AND_TITLED = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}«P(\d+)»"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|at|in)\s|\s+«T)"
)
# "held talks with X on Wednesday and later met Chinese Premier Y": a second meeting verb of the
# same subject
_AND_LATER_MET = re.compile(
    # ("... and later held a closed-door meeting with Y": a meeting held, with its adjectives)
    # ("... and on Tuesday held a tête-à-tête with the Vice President of C, Y": the day between,
    # a post of a state before the name)
    r"\s+and\s+(?:on\s+«T\d+»\s+)?(?:(?:later|then|also|subsequently|afterwards)\s+)?(?:met|held\s+talks\s+with|"
    # ("... and held bilateral consultations with Y": consultations too)
    # ("... and later held a working breakfast with Y": a meal, as in R_MEET)
    r"held\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|discussions|consultations|"
    # (not "... and called on Y to back the resolution": urged)
    r"session|breakfast|lunch|luncheon|dinner|tête-à-tête|tete-a-tete)\s+with|received|"
    # ("... and in the evening she was the guest of the President of the Senate, Y, at a
    # dinner": the guest form of R_MEET, its subject the same person)
    r"(?:in\s+the\s+(?:evening|afternoon)\s+|later\s+)?(?:«P\d+»\s+)?(?:was|were)\s+(?:also\s+)?"
    r"the\s+(?:(?:lunch|luncheon|dinner|breakfast)\s+)?guest\s+of(?!\s+honou?r)|"
    rf"called\s+on(?!{_URGED_PERSON}))\s+(?:with\s+)?(?:the\s+)?(?:«[CD]\d+»(?:['’]s)?\s+)?"
    # ("with the Minister for Foreign Affairs and Regional Integration, Y": a post with its
    # portfolio, then a comma before the name; "the President of the Senate, Y", "the Vice
    # President of C, Y": a body's or a state's mention in it)
    r"(?:(?:[A-Z][\w-]*\s+){0,4}?|[A-Z][\w-]*(?:\s+(?:for|of|and|the|«[CIO]\d+»|[A-Z][\w-]*)){1,8}"
    r"\s*,\s+)«P(\d+)»"
)
# "held talks with his guest": the visitor of the sentence before
_HIS_GUEST = re.compile(r"\s+(?:his|her)\s+(?:guest|visitor)\b")
_MEET_WHERE = re.compile(r",\s+where\b")
# what is received or welcomed when no guest is: "received a letter (an invitation) from Y",
# "welcomed the decision (remarks) of Y" (not "received the letters of credence (a copy of the
# credentials) of Y", handed over in person)
_THING_RECEIVED = re.compile(
    r"\s+(?![^.;«]{0,40}?\b(?:[Cc]redence|[Cc]redentials|[Cc]ommission)\b)"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:letters?|messages?|"
    r"invitations?|decisions?|remarks|statements?|proposals?|offers?|news|reports?|"
    r"congratulations|condolences|donations?|gifts?|awards?|support|requests?|cop(?:y|ies)|"
    r"notes?|assurances?|pledges?|backing|endorsement|announcement|appointment|election|"
    r"re-election|commitments?)\s+(?:from|of|by|sent\s+by)\b")
# "X met with criticism (stiff opposition) from Y": a response, no meeting
_MET_WITH_THING = re.compile(
    r"\s+(?:(?:a|an|the|some|much|little|no)\s+)?(?:[\w-]+\s+)?(?:criticism|opposition|resistance|"
    r"approval|praise|scepticism|skepticism|protests?|objections?|condemnation|backlash|anger|"
    r"applause|rejection|refusal|responses?|reactions?|hostility|disapproval|resentment)\b")
# "X met the deadline (demands, expectations) of Y", "X met the same fate as Y": no meeting
_MET_THING = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|all|these)\s+)?(?:[\w-]+\s+)?(?:deadlines?|demands?|"
    r"requirements?|expectations?|targets?|needs|criteria|conditions|fate|match|obligations?|"
    r"costs?|standards?|goals?|quotas?|challenges?|commitments?|pledges?|threshold)\b")
_POSS_AFTER_RX = re.compile(POSS)
# the kin or agents of a person, met instead of him: "the family of detained journalist Y"
_PROXY_OF = re.compile(
    r"\b(?i:family|families|relatives|widow|wife|husband|children|sons?|daughters?|parents|"
    r"lawyers?|attorneys?|representatives?|supporters|envoys?|emissar(?:y|ies)|aides?|"
    r"advis[eo]rs?|spokes(?:man|woman|person))\s+(?:of|to)\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z][\w-]*|«[CD]\d+»(?:['’]s)?)\s+){0,4}\Z")
# "X said (on Monday) that he ...": a subject inside reported speech ("was in talks with Y"
# there tells of negotiations under way, not of a meeting held)
_REPORTED_SUBJ = re.compile(
    r"\b(?:said|says|told|added|confirmed|revealed|announced|stated|noted)\b(?:[^;.«]|«T\d+»){0,40}?\s"
    r"«[PQ]\d+»\s+\Z")


def _meet_matches(t: str) -> Iterator[re.Match[str]]:
    """R_MEET.finditer(t), and on after a ", where" clause inside a match's rest: "paid a
    courtesy visit to I, where he met Y" (the clause's own meeting, swallowed by the first)."""
    pos = 0
    while (m := R_MEET.search(t, pos)) is not None:
        yield m
        where = _MEET_WHERE.search(m["rest"])
        pos = m.start("rest") + where.end() if where is not None else max(m.end(), pos + 1)


_MEET_WORDS = ("met", "conferred", "deliberated", "had talks", "held", "paid", "called", "spent",
               "received", "hosted", "welcomed",
               "had the", "had a", "had separate", "accepted the", "sat down", "sat for",
               "sustained", "interview", "attended by",
               "sat with", "audience",
               "exchanged views", "traded views", "greeted", "closeted", "played host",
               "came together", "got together",
               "discussed", "shared", "across the table", "together at", "together in",
               "conducted", "huddled", "face to face", "talked", "courtesy call",
               "courtesy visit", "dined", "lunched",
               "breakfasted", "ushered", "compared notes", "chatted", "broke bread", "conversed",
               "talked",
               "guest of", "in honour of", "in honor of",
               "farewell call", "reviewed", "engaged", "went into", "in talks", "in discussions")
# "X and his delegation were received by ..."
_ENTOURAGE = (
    r"(?:\s+and\s+(?:(?:his|her|their)\s+(?:delegation|team|wife|husband|entourage|party)|"
    # "X and members of the committee met with Y"
    r"(?:other\s+)?members\s+of\s+(?:the|his|her|their)\s+(?:[a-z-]+\s+)?(?:committee|delegation|"
    r"commission|group|board|team)))?"
)
R_MEET = re.compile(
    rf"(?P<a>{P}){APPO}{_ENTOURAGE}(?:\s+(?:(?!«[PQ])[^;.]){{0,120}}?(?:\s+(?:and|"
    rf"with(?=\s+a\s+(?:courtesy|farewell)\s+(?:call\s+on|visit\s+to)\s))|"
    # ("X paid a visit to L, calling on C's Foreign Secretary, Y": a participle of the visit)
    rf",(?=\s+calling\s+on\s)))?"
    # ("it was the turn of X, who called at L for talks with Y": the relative clause's meeting)
    rf"(?:\s*,(?=\s+who\s+(?:called|met|held)\s)\s+who)?"
    # ("X landed in L on Tuesday and, that afternoon, met Y": a time between commas after "and")
    # ("and, the same evening, met Y": the time read as a date)
    rf"(?:(?<=\sand)\s*,\s+(?:(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)|{T})\s*,)?\s+"
    rf"(?:(?:also|today|then|later|had|has|have|on\s+{T}|{T})\s+)*"
    rf"(?P<v>{MEET_V})\b(?P<rest>[^;]*)"
)
R_MEET_PAIR = re.compile(
    # "X and Y held talks", "X and [Botswana's Minister for ...,] Y, held talks"
    rf"(?P<a>{P}(?:\s*,?\s+and\s+(?:(?!«[PQ])[^;.]){{0,100}}?{P}\s*,?)?)"
    # "X and his Tajik counterpart Y, who arrived in Tehran on Saturday ..., held talks"
    rf"(?:\s*,?\s*who\s+(?:(?!«[PQ])[^;.]){{0,160}}?,)?\s+"
    rf"(?:(?:also|today|then|later|had|have|first|last|on\s+{T}|{T})\s+)*"
    # ("A and B had a working session at the ministry": held one)
    # ("A and B held a bilateral dialogue", "A and B held a bilateral at the Mission": the noun
    # left out after "bilateral"; "A and B went into a bilateral meeting"; "A and B conducted
    # negotiations in L": talks conducted)
    rf"(?P<v>(?:held|had|conducted)\s+(?:[\w-]+\s+){{0,2}}?(?:talks|meeting|discussions|"
    rf"consultations|session|negotiations|dialogue|"
    rf"bilateral(?=\s+(?:at|on|in|during)\b|\s*[,.;]|\s*$))|met|"
    rf"went\s+into\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:talks|meeting|session|discussions)|"
    # ("A and B had a one-on-one at the Guest House": a meeting of the two)
    # ("A and B held a tête-à-tête": the same)
    rf"(?:had|held)\s+an?\s+(?:one-(?:on|to)-one|t[êe]te-[àa]-t[êe]te)\b|"
    # "A and B exchanged views on trade during a working lunch": a meal or a meeting where they
    # sat together (not views exchanged in a telephone call)
    rf"exchanged\s+views(?=[^;.]{{0,80}}?\b(?:during|over|at)\s+(?:an?|the|their)\s+"
    rf"(?:[\w-]+\s+)?(?:lunch|dinner|breakfast|meeting)\b)|"
    # "A and B came together at the ministry", "A and B discussed trade during a meeting at the
    # ministry": a meeting of the two
    rf"came\s+together(?=\s+(?:at|in|on|for)\b)|"
    # ("A and B sat across the table at the ministry", "A and B spent the morning together at
    # the ministry": a meeting of the two)
    rf"sat\s+across\s+the\s+table|"
    # ("A and B compared notes on trade at the ministry": a meeting of the two)
    rf"compared\s+notes\b|"
    # ("the two ministers conferred privately (in private, behind closed doors, for an hour at
    # the ministry)": a meeting of the two; not "conferred an award (the title) on")
    rf"conferred(?=\s+(?:in\s+private|privately|behind\s+closed\s+doors|at\s+(?:the\s+)?[A-Z«]|"
    rf"for\s+(?:[\w-]+\s+){{1,3}}?(?:minutes|hours?)\b)|\s*[,.;]|\s*$)|"
    # ("A and B talked for two hours at the ministry": a meeting of the two, at a place)
    rf"talked(?=\s+(?:for\s+(?:[\w-]+\s+){{1,3}}?)?(?:at|in)\s+(?:the\s+)?[A-Z«])|"
    rf"spent\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:morning|afternoon|evening|day|hour)\s+together\b|"
    # ("A and B reviewed the agenda over a working breakfast": the same)
    # ("A and B reviewed relations at the ministry's headquarters": where they sat together)
    rf"(?:discussed|reviewed)(?=[^;.]{{0,100}}?\b(?:(?:during|over)\s+(?:an?|the|their)\s+"
    rf"(?:[\w-]+\s+)?(?:meeting|lunch|dinner|breakfast)|at\s+the\s+(?:\S+\s+){{0,2}}"
    rf"headquarters)\b))\b"
)
# "X and her Mexican counterpart, Y, announced the decision after meeting on the sidelines of
# ...": a pair that acted after meeting (each other: no third person is met)
R_MEET_PAIR_AFTER = re.compile(
    rf"(?P<a>{P}\s*,?\s+and\s+(?:(?!«[PQ])[^;.]){{0,100}}?{P})\s*,?"
    rf"\s+(?:(?!«[PQ])[^;.]){{1,120}}?\s+(?:after|following)\s+"
    # ("A and B co-hosted an event, after which they held a short bilateral": the pair met)
    rf"(?P<v>(?:their\s+)?(?:meeting|talks)|(?<=after\s)which\s+(?:they|the\s+two)\s+(?:held|had)\s+"
    rf"(?:an?\s+)?(?:[\w-]+\s+)?(?:bilateral|meeting|talks))\b(?!\s+(?:with|of|between)\b|\s+«)"
)
# "The memorandum was signed by X and C's Minister of ..., Y, after the two held talks on
# Wednesday": the two signers are the pair that met
R_SIGNED_BY_AFTER_MEET = re.compile(
    rf"\b(?:signed|inked)\s+by\s+(?:[A-Z][\w-]*\s+){{0,4}}?(?P<a>{P}\s*,?\s+and\s+(?:(?!«[PQ])[^;.]){{0,100}}?{P})\s*,?"
    rf"\s+(?:after|following|once)\s+(?:the\s+two(?:\s+(?:ministers|officials|sides))?|they|"
    rf"both)\s+(?:had\s+)?(?P<v>held\s+(?:[\w-]+\s+){{0,2}}?(?:talks|meeting|discussions|"
    rf"consultations)|met)\b"
)
# "X said this after receiving a courtesy call from Y", "X made the remarks when meeting Y"
R_MEET_AFTER = re.compile(
    rf"(?P<a>{P})\s+(?:said|stated|noted|stressed|made)\s+(?:this|so|the\s+remarks?|the\s+"
    rf"statement|the\s+call)\s+(?:(?:on\s+)?{T}\s+)?(?:after|when|while|during|before)\s+"
    rf"(?P<v>receiving|meeting|hosting|welcoming|(?:he|she)\s+(?:received|met|hosted|welcomed))"
    rf"\s+(?:(?:a|the)\s+(?:courtesy\s+)?(?:call|visit)\s+(?:from|by)\s+)?(?P<rest>[^;.]*)"
    # ("After a one-on-one with C's Minister ..., Y, on Monday, X told reporters that ...": the
    # meeting fronted, the speaker after it)
    rf"|^\s*(?P<v2>After|Following)\s+(?:an?\s+|the\s+|(?:his|her|their)\s+)?(?:[\w-]+\s+)?"
    rf"(?:talks|meeting|one-(?:on|to)-one|tête-à-tête|session|sit-down)\s+with\s+"
    rf"(?P<rest2>(?:(?!«[PQ])[^;.]){{0,120}}?«P\d+»(?:\s*,)?(?:\s+(?:on\s+)?{T})?)\s*,\s+"
    rf"(?:«C\d+»{POSS}\s+[^;.,«]{{1,60}}?,\s+)?(?P<a2>{P})\s*,?\s+(?:told|said|stated|noted|"
    rf"stressed|announced)\b"
)
# "In talks with Y on Tuesday, X said ...", "During talks with Y, the two sides reviewed ...":
# a meeting of the subject (of "the two sides", the visitor told before) with Y
R_TALKS_FRONT = re.compile(
    rf"\s*(?:In|During)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?P<v>talks|consultations|discussions)"
    rf"\s+with\s+(?:(?!«[PQ])[^;.]){{0,80}}?(?P<b>«P\d+»)(?:\s+(?:on\s+)?{T})?\s*,\s+"
    rf"(?:(?P<a>«P\d+»)|the\s+two\s+(?:sides|delegations)\b)"
    # ("On T in the I took place negotiations of the Minister ... X with Y": a translated wire's
    # inverted order, the talks fronted by their day and place)
    rf"|\s*(?:On\s+{T}\s*,?\s+)?(?:in\s+(?:the\s+)?«[ILC]\d+»\s*,?\s+)?took\s+place\s+(?:the\s+)?"
    rf"(?P<v2>negotiations|talks|consultations)\s+of\s+(?:(?!«[PQ])[^;.]){{0,80}}?(?P<a2>«P\d+»)\s+"
    rf"with\s+(?:(?!«[PQ])[^;.]){{0,80}}?(?P<b2>«P\d+»)"
    # ("Talks with his Kenyan counterpart, Minister Y, on Monday centred on ...": a sentence
    # opening with the talks, the visitor's with the counterpart, what they covered after)
    rf"|\s*(?P<v3>Talks|Consultations|Discussions)\s+with\s+(?:his|her)\s+"
    rf"(?:«[CD]\d+»\s+|[\w-]+\s+)?counterpart\s*,\s+(?:(?!«[PQ])[^;.,]){{0,60}}?(?P<b3>«P\d+»)"
    rf"\s*,?\s+(?:«T\d+»\s+|(?:on\s+)?{T}\s+)?"
    rf"(?:focused|focussed|centred|centered|concentrated|touched)\s+on\b"
)
# "A and B held talks in Sofia on Thursday and signed a J": the pair that met signed
R_MET_AND_SIGNED = re.compile(
    rf"(?:(?!«[PQ])[^;.]){{0,120}}?\s+and\s+(?:also\s+)?(?P<v>signed|inked)\s+(?:an?\s+|the\s+)?"
    rf"(?P<o>{LIST(J)})"
)
# "touched down in Nassau on Monday at the start of a four-day stay, the first official visit
# to C": after an arrival, a stay is the visit (only in the arrival and visit-to patterns)
# ("landed in Georgetown on Sunday for a three-day official mission to Guyana": an official or
# working mission is a visit)
# ("concluded a three-day official sojourn in Nepal": a sojourn is a stay, "in" its destination)
# ("began a whistle-stop tour of C": a tour "of" its destination; "a visit of friendship and
# work to C": the French name of a working visit; "on a three-day official tour of C")
# ("made an official journey to C from T": a journey to a place is a visit)
# (the words before the noun describe the visit: not "began preparations for (made plans for,
# started preparing) a visit to C", a visit still to come; nor "stopped in L on his way to (back
# from) a visit to C", a stop on the road to a visit elsewhere)
VISIT_S = (r"(?:a\s+|an\s+|his\s+|her\s+|their\s+)?"
           r"(?:(?!(?:for|preparations?|preparing|plans?|planning|arrangements|way|to|from)\b)"
           r"[\w-]+\s+){0,4}?"
           r"(?:visit|Visit|trip|stay|"
           # ("for a fact-finding mission to C": an official trip too)
           r"sojourn|tour|(?<=official\s)journey|(?<=official\s)mission|(?<=working\s)mission|"
           # ("on a two-day humanitarian (solidarity) mission to C": a relief envoy's trip)
           r"(?<=fact-finding\s)mission|(?<=humanitarian\s)mission|(?<=solidarity\s)mission|"
           # ("on a trade mission to C", "on a four-day investment roadshow to C": a ministerial
           # business trip)
           r"(?<=trade\s)mission|(?<=business\s)mission|(?<=investment\s)mission|roadshow|"
           # ("concluded a four-day mission to C": a mission counted in days is a trip)
           # ("landed in L on T for a three-day programme at I": a programme counted in days)
           r"(?<=-day\s)mission|(?<=-day\s)programme|"
           # ("at the start of a Latin American swing that ...": a tour)
           r"swing(?=\s+(?:through|that|which|across)\b|\s*[,.;]|\s*$)|"
           # ("at the start of a two-day stop in C": a stay counted in days)
           r"(?<=-day\s)stop(?=\s+in\s))"
           r"(?:\s+of\s+(?:friendship|work)\s+and\s+(?:friendship|work)(?=\s+to\s))?"
           # ("a working visit of three days to C", "a sojourn of work of three days in C", "a
           # visit of courtesy to I": a translated wire's order, the kind and the length after
           # the noun)
           r"(?:(?<=sojourn)\s+of\s+work|(?<=visit)\s+of\s+courtesy)?(?:\s+of\s+(?:one|two|three|four|five|six|seven|"
           r"\d{1,2})\s+days?(?=\s+(?:to|in)\s))?")
_VISIT_END_VERBS = ("ended", "wrapped", "wound", "rounded", "concluded", "completed")
R_VISIT = re.compile(
    rf"(?P<a>{P}){APPO}(?:\s*,\s+who)?\s+(?:(?:also|today|then|has|have|had|on\s+{T}|{T})\s+)*"
    # ("X conducted (kicked off, opened) a three-day working visit to C": made, began)
    rf"(?P<v>paid|made|began|begun|started|opened|undertook|undertaken|concluded|completed|ended|"
    rf"conducted|carried\s+out|kicked\s+off|"
    # ("X realised (effectuates) an official visit to C": a translated wire's verbs of making)
    rf"reali[sz]ed|effectuate[sd]?|"
    # "wrapped up a five-day visit to Bogota on Friday": its end, like "ended"
    # ("wound up (rounded off) a visit to C": the same)
    rf"wrapped\s+up|wound\s+up|rounded\s+off|is\s+on|"
    # "The President recalled his state visit to Sri Lanka in October 2023"
    rf"recalled(?=\s+(?:his|her)\s)|"
    # "who is carrying out an official visit to the Dominican Republic"
    rf"(?:is|was)\s+(?:carrying\s+out|conducting|undertaking)|"
    # "X travelled to Buenos Aires on Thursday for a working visit to Argentina"
    # ("from Lima, where he had been on a two-day visit to Peru": the adverb list takes "had")
    # ("X journeyed to L on Monday for a two-day official stay in C": the same)
    # ("X stopped in L on T at the start of a visit to C": the same)
    # ("X proceeded to L on Sunday on a working visit to C": the same)
    rf"was\s+on|been\s+on|on|(?:arrived|travell?ed|journeyed|flew|landed|touched\s+down|reached|jetted|stopped(?=\s+in\s)|"
    # ("X made his way to L on Sunday at the start of a two-day visit to C": arrived there)
    rf"proceeded(?=\s+to\s)|made\s+(?:his|her|their)\s+way(?=\s+to\s)|"
    # ("X made presence in L this Tuesday for a visit to C": a translated wire's arrival)
    rf"made\s+presence(?=\s+in\s)|"
    # ("swung through L ... on a visit to C", "spent T in L on a visit to C": see R_ARRIVED_FOR)
    # ("X was in town on Thursday and Friday for a fact-finding mission to C": there, the
    # destination after "to")
    # ("X came to L on Tuesday on a working visit to C", "... at the start of a two-day visit
    # to C": arrived there)
    rf"set\s+foot|got\s+to|swung\s+through|stepped\s+off|spent(?=\s+{T})|(?:is|was)\s+in\s+town|"
    rf"came\s+to)\s+"
    # ("spent Monday and Tuesday in L, her first trip to C since ...": the stay named in an
    # apposition)
    rf"[^;]{{0,80}}?(?:,(?=\s+(?:his|her|their)\s+(?:first|maiden|inaugural)\s)|\s+"
    # ("arrived to L on T with an official visit to C": a translated wire's "with")
    rf"(?:for|on|with|at\s+the\s+(?:start|"
    # ("arrived in Tbilisi this morning, opening a two-day visit to Georgia")
    rf"beginning|outset|opening)\s+of|(?<=,\s)(?:opening|starting|beginning)|to\s+(?:begin|start|open)))|"
    rf"(?:is|was)\s+paying|paying|pays|"
    # "received X, in Cairo on Saturday, at the start of a visit to Egypt"
    rf"at\s+the\s+(?:start|beginning|outset|opening)\s+of|"
    rf"(?:is|was)\s+making|returned\s+[^;]{{0,60}}?\s+(?:after|from)|"
    # "who is leading a Fijian delegation on a four-day working visit to Indonesia"
    rf"(?:(?:is|was)\s+)?(?:leading|led|heading|headed)\s+(?:an?|the|his|her)\s+(?:«D\d+»\s+)?"
    # ("X led a delegation of 24 Korean companies on a trade mission to C": the delegation's
    # make-up between)
    rf"(?:[\w-]+\s+){{0,2}}?delegation(?:\s+of(?:\s+[^\s,;.]+){{1,4}}?)?\s+(?:on|during))\s+"
    # "began on Monday a two-day working visit to Guatemala": the day after the verb
    # "arrived in Nadi for a four-day official visit, her first to Fiji": the destination after
    # an elliptical apposition
    # ("arrived in L on Saturday on what is the first visit by an Estonian foreign minister to
    # C": the visit described by its visitor's kind)
    rf"(?:(?:on\s+|since\s+)?{T}\s+)?(?:what\s+(?:is|was)\s+)?{VISIT_S}(?:\s*,\s+(?:his|her|their|the)\s+first(?:\s+ever)?"
    rf"(?:\s+(?:official\s+|state\s+|working\s+)?visit)?)?"
    # ("X was on a three-day stay in C from T": a stay, like a sojourn, is "in" the place)
    # ("landed in L on the first ministerial visit from L2 to C": the visit's origin first)
    rf"(?:\s+from\s+(?:{C}|«L\d+»))?"
    # ("made the first visit by an Argentine official of her rank to C": the kind's own words)
    rf"(?:(?<=first\svisit)\s+by\s+(?:an?|the)\s+«D\d+»\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)?"
    # ("paid a courtesy visit to the headquarters of I": the body's seat)
    # ("is making a two-day swing through C": a tour "through" its destination)
    rf"\s+(?:to|(?<=sojourn\s)in|(?<=stay\s)in|(?<=day\sstop\s)in|(?<=tour\s)of|(?<=swing\s)through|"
    rf"(?<=\sdays\s)in|"
    rf"(?<=\sday\s)in)\s+(?:the\s+)?"
    # ("paid a courtesy visit to C's Ministry of Foreign Affairs": the body, as in R_VISITED)
    rf"(?:(?:headquarters|head\s+office|seat)\s+of\s+(?:the\s+)?(?={IO}))?"
    rf"(?:«C\d+»{POSS}\s+(?=«[IOL]\d+»))?(?P<o>{C}|{IO}|«L\d+»)|"
    # "X led a business delegation to Ghana": a delegation led to a country is a visit
    rf"(?P<a2>{P}){APPO}(?:\s*,\s+who)?\s+(?:(?:also|then|has|have|had|on\s+{T}|{T})\s+)*"
    # ("X is leading a parliamentary delegation to Lima from ...": the same, told as it runs)
    rf"(?P<v2>led|headed|(?:is|was)\s+(?:leading|heading))\s+(?:an?|the|his|her)\s+"
    rf"(?:«D\d+»\s+)?(?:[\w-]+\s+){{0,2}}?"
    # ("X led a trade mission to Mexico City": a mission led there, as a delegation)
    rf"(?:delegation|(?:trade|business|investment|economic|parliamentary)\s+mission)\s+to\s+"
    rf"(?:the\s+)?(?P<o2>{C}|«L\d+»)(?!\s*[-–](?!\s))|"
    # "X is paying C her first official visit", "X paid C a two-day visit": the state between
    # the verb and the visit
    rf"(?P<a3>{P}){APPO}(?:\s*,\s+who)?\s+(?:(?:also|today|then|has|have|had|on\s+{T}|{T})\s+)*"
    rf"(?P<v3>paid|(?:is|was)\s+paying|pays)\s+(?:the\s+)?(?P<o3>{C})\s+(?:a|an|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?visit\b"
)
# "X is in Bulgaria on a two-day official visit", "X is in Mauritius from 20 to 23 February at
# the head of a Malagasy delegation", "X, who is in Singapore on a state visit from ..."
R_VISIT_IN = re.compile(
    # ("X has been in Iceland since Monday on a week-long working visit": under way since then)
    # ("X spent three days in C this week on what the I described as a familiarisation visit":
    # a stay counted in days, the visit named by a third party)
    # ("X stayed in L from T to T2 on an official visit": the same)
    # ("X, who is staying in C from T to T2 on a working visit": the progressive)
    rf"(?P<a>{P}){APPO}(?:\s*,\s*who)?\s+(?P<v>(?:is|was|are|were)(?:\s+staying)?|stayed|"
    rf"(?:has|have|had)\s+been|spent\s+"
    rf"(?:two|three|four|five|six|seven|several|a\s+few|\d{{1,2}})\s+(?:days|nights|weeks))\s+"
    rf"(?:(?:currently|now|also)\s+)?in\s+(?:the\s+)?"
    # ("X is in Slovenia from 21 to 23 September on the first visit by ...": a range whose
    # first day stands alone)
    # ("X was in Switzerland from 30 November to 5 December 2026 on a working mission to the
    # O": "from" before the range, and a mission, an official trip; "has been in C since T on
    # a visit"; "X is in Praia since Monday for a working visit", "X, who is in Seoul through
    # Saturday on her first trip": the stay's first or last day)
    # ("X was in C on 24 and 25 November for a working visit": the days after "on")
    rf"(?P<o>{C}|«L\d+»)\s+(?:(?:(?:from\s+\d{{1,2}}\s+(?:to|until)\s+|from\s+|since\s+|through\s+|"
    # ("X was in L on Sunday and Monday on a working visit to C": two days, the first its start)
    rf"until\s+|on\s+(?:\d{{1,2}}\s+and\s+)?)?{T}(?:\s+(?:to|until|and)\s+{T})?|(?:through|until)\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
    # ("X is in C from 2 to 5 December 2026, his first visit to the country": the visit apposed
    # after the range)
    rf"Satur|Sun)day)(?:\s+|\s*,\s+(?=(?:his|her)\s)))?(?:(?:on|for|at\s+the\s+"
    rf"head\s+of|leading|heading)\s+|(?<=,\s)(?=(?:his|her)\s))"
    rf"(?:what\s+(?:the\s+)?(?:«[IOCG]\d+»|[^;«]){{1,60}}?\s+(?:(?:described|billed)\s+as|called|"
    rf"termed|dubbed)\s+)?"
    rf"(?:an?\s+|his\s+|her\s+)?(?:«D\d+»\s+)?(?:[\w-]+\s+){{0,4}}?(?:visit|Visit|trip|delegation|"
    # ("X is in Japan on a four-day working stay that began Monday": a stay too)
    # ("X was in L from T on his first official journey to ...": an official journey, as in
    # VISIT_S)
    # (not "for the launch of the mission's report": a body's, a possessive)
    rf"mission|stay|sojourn|(?<=official\s)journey)\b(?![’']s\b)"
    # "X was in Maseru last week for a four-day working visit to Lesotho": the country too;
    # "X is in Athens this week on the first visit by an Indonesian foreign minister to Greece":
    # the country after the visitor's description
    rf"(?:\s+(?:by\s+an?\s+«D\d+»\s+(?:[a-z-]+\s+){{1,3}}?)?to\s+(?:the\s+)?(?P<o2>{C})(?!{POSS}))?"
)
# "the state visit that the Mongolian President began on Tuesday in the Kingdom of Spain": the
# visitor is the relative clause's subject, the start its day (see _visited)
R_VISIT_THAT_BEGAN = re.compile(
    # ("the state visit": "the state" may be read as a reference to a country)
    rf"(?:\b(?:the|a|an|his|her)\s+(?:[\w-]+\s+){{0,3}}?|«C\d+»\s+)(?:visit|trip|tour)\s+(?:that|which)\s+"
    rf"(?P<a>{P})\s+(?:had\s+)?(?P<v>began|started)\s+(?:on\s+)?(?:«T(?P<t>\d+)»\s+)?"
    rf"(?:in|to)\s+(?:the\s+)?(?P<o>{C}|«L\d+»)"
)
R_VISIT_OF_WHO_IN = re.compile(
    r"\b(?P<v>visit)\s+of\s+(?:(?!«[PQ])[^;.]){0,80}?(?P<a>«P\d+»)\s*,\s*who\s+(?:is|was)\s+"
    r"(?:(?:currently|now)\s+)?in\s+(?:the\s+)?(?P<o>«C\d+»)"
)
# "X, who was in the Kingdom from 8 to 10 June 2024, ..."
# ("C welcomed this week X, who was in the country from Monday to Wednesday": the host state is
# "the country" of the stay, which starts on the first day)
R_WAS_IN_RANGE = re.compile(
    r"(?:(?P<h>«C\d+»)\s+(?:welcomed|received|hosted)\s+(?:(?!«[PQ])[^;.]){0,80}?)?"
    r"(?P<a>«P\d+»)\s*,\s*who\s+(?P<v>was|is)\s+in\s+(?:the\s+)?(?:(?P<o>«C\d+»)|"
    r"(?<=the\s)country\s+from(?=\s+«T\d+»\s+(?:to|until)\s+«T))\s+«T(?P<t>\d+)»"
)
# "X has ended a visit to C. X arrived in L on Friday.": a bare arrival right after the visit
# was told, its city and day
R_ARRIVED_AFTER_VISIT = re.compile(
    r"^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<a>«P\d+»)\s+(?P<v>arrived)\s+in\s+(?P<o>«L\d+»)\s+"
    r"(?:on\s+)?«T(?P<t>\d+)»\s*\.?\s*$")
# (a city found only as a visit's destination is a placeholder there alone: its name here)
_IN_PLACE_FRONT = re.compile(
    # ("In Astana she held consultations with Y": no comma before the subject)
    r"In\s+(?:«L(?P<l>\d+)»|(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))(?:\s*,\s|\s+(?=«P))"
)
# ("On the second day of the visit X briefed ...": the day after the visit began)
_FIRST_DAY = re.compile(
    # ("On her first day in the city (in L, in C)": the same)
    r"On\s+(?:the|his|her|their)\s+(?P<nth>first|second|third)\s+day(?:\s+of\s+(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:visit|trip|stay)|\s+in\s+(?:the\s+(?:city|country|capital)|«[LC]\d+»))?"
    r"\s*,?\s+(?!of\b)"
)
_FROM_WHERE = re.compile(r"\b(?:from|in)\s+(?P<l>«L\d+»)\s*,\s+where\s+\Z")
_FIRST_VISIT_TO = re.compile(
    rf"(?:\s+(?:on\s+)?{T})?\s*,\s+(?:the|his|her|their)\s+first(?:\s+ever)?\s+"
    # ("toured L, the first visit to C by a D minister", "..., her first trip to C in office")
    rf"(?:(?:official|state|working)\s+)?(?:visit|trip)\s+to\s+(?:the\s+)?(?P<o>{C})(?!{POSS})"
)
# (after R_ARRIVED_FOR's "for a visit", ", her first trip": its destination)
_FIRST_APPOSITION = re.compile(r"\b(?:visit|trip|mission|journey)$")
_FIRST_TRIP_TO = re.compile(rf"\s+to\s+(?:the\s+)?(?P<o>{C})(?!{POSS})")
_FIRST_TO_SET_FOOT = re.compile(rf"the\s+first\s+(?:«D\d+»\s+)?(?:[a-z-]+\s+){{0,2}}?to\s+"
                                rf"(?:set\s+foot\s+in|visit)\s+(?:the\s+)?(?P<o>{C})")
R_VISIT_POSS = re.compile(
    # ("His visit to C": the pronoun, resolved to a person, without the possessive ending)
    rf"(?P<a>{P})(?P<poss>{POSS})?\s+(?:[\w-]+\s+){{0,2}}?(?P<v>visit)\s+to\s+(?:the\s+)?(?P<o>{C}|{IO}|«L\d+»)"
)
# "A visit by X to C could (may, will) take place next year": a visit not (yet) made
_VISIT_MAY_HAPPEN = re.compile(
    # ("a visit by X to C "may take place next year"": the modal inside a quotation)
    r"(?:\s+(?:on|in)\s+«T\d+»)?\s*,?\s+[\"“]?(?:could|may|might|would|will)\s+(?:(?:still|possibly|"
    r"also|only)\s+)?(?:take\s+place|happen|go\s+ahead|follow|be\s+(?:held|made|arranged|"
    r"organi[sz]ed|scheduled))\b"
)
# after a visit named as a noun: a verb or an apposition that puts it ahead
_VISIT_TO_COME = re.compile(
    r"\s*,?\s+(?:(?:will|could|may|might|shall)\b|(?:(?:is|was|are|were)\s+)?"
    r"(?:(?:now|also|tentatively)\s+)?(?:(?:scheduled|planned|slated|set|expected|due)\s+"
    r"(?:for|in|on|to\s+(?:take\s+place|begin|start|be\s+held|happen))|"
    r"to\s+(?:take\s+place|begin|start|be\s+held|happen))\b)")
_NEXT_T = re.compile(r"\s+«T(\d+)»")
# a signing named as a noun and put ahead by the verb after its signers
_SIGNING_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:now|also|tentatively)\s+)?"
                            r"(?:scheduled|planned|slated|expected|due|set)|is\s+to\s+take\s+place)\b")
R_VISIT_BY = re.compile(
    # ("the visit of former Minister of Foreign Affairs X to L": a post of a few words before
    # the name)
    rf"(?P<v>visit)\s+(?:by|of)\s+(?:[\w.]+\s+){{0,6}}?"
    # "a working visit by Angola's Minister of External Relations, X, to Windhoek": a post
    # before the name, set off by commas
    rf"(?:(?:(?!«[PQ])[^;.,]){{0,80}}?,\s+(?=«P\d+»\s*,\s+to\s))?(?P<a>{P})\s*,?\s+to\s+(?:the\s+)?"
    rf"(?P<o>{C}|{IO}|«L\d+»)"
)
_TO_O_IN_T = re.compile(r"\s+in\s+«T(\d+)»")
# "during a visit to Beirut by Cypriot Foreign Minister X", "follows the visit to Nuku'alofa last
# month of Tuvalu's High Commissioner to Fiji, Mr X": a visit that took place, its visitor after
R_VISIT_TO_BY = re.compile(
    # ("recalled the working visit paid to L in March 2019 by the then Vice Minister ..., X":
    # a past visit recalled)
    # ("- Working visit to L by the C Minister ..., X (T)", "- Visit to L of the then Vice
    # Minister, X (T)": an item of a list of visits, a visit named as a heading)
    rf"(?:\b(?:[Dd]uring|[Aa]fter|[Ff]ollowing|follows|followed|recalled)\s+(?:a|an|the|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?|^(?:[-•*▪]\s+)?(?:(?:Official|Working|State|Private|Study|"
    rf"Courtesy|Return|Bilateral)\s+)?(?=[Vv]isit\s))"
    rf"(?P<v>[Vv]isit)(?:\s+paid)?\s+to\s+(?:the\s+)?(?P<o>{C}|«L\d+»)\s+"
    rf"(?:(?:on\s+|in\s+)?{T}\s+)?(?:by|of)\s+"
    rf"(?:(?!«[PQ])(?:[^;.,]|,(?=\s*(?:[A-Z][a-z]{{0,3}}\.?\s+)?«P))){{0,80}}?(?P<a>{P})"
)
_PAREN_DATE = re.compile(r"\s*\(«T(\d+)»\)")
# "X gave a public lecture at Y in Msida on Friday, during a working visit to Malta that began on
# Thursday": the sentence's first person (and no other) made the visit
# ("X held consultations with Y during a visit to Baku": the subject, after talks with the one
# person met, and "a visit", not "his" or "her", which may be Y's)
# the words of a visit still to come: "the upcoming visit", "during his next trip"
_PLANNED_ADJ = (r"(?:upcoming|forthcoming|planned|scheduled|proposed|future|next|expected|"
                r"prospective|possible|anticipated|impending|intended)")
R_VISIT_DURING = re.compile(
    # ("X touched base with the business community on Wednesday during a three-day working trip
    # to C": no comma, and a trip (tour, journey) as the visit)
    # ("..., on the second day of a working tour of C that started on T": a day of the visit)
    # ("X paid a flying visit to L on T, at the end of a three-day trip to C that began in L2 on
    # T2": the trip's own start, as for a day of it)
    # ("X was received by Y, Minister of Z, during a working visit to C": the passive's
    # subject, the host's name and post between)
    rf"^(?:(?!«[PQG])[^;])*?(?P<a>{P})(?:(?!«[PQG])[^;])*?"
    rf"(?:\s(?:was|were)\s+(?:received|welcomed|hosted)\s+by\s+(?:(?!«[PQG])[^;])*?«P\d+»"
    rf"(?:(?!«[PQG])[^;])*?)?,?\s+(?P<v>during|on\s+the\s+"
    rf"(?:first|second|third|fourth|fifth|last|final)\s+day\s+of|at\s+the\s+(?:end|close)\s+of)"
    # (not "during his next (planned) trip to C": one to come)
    rf"\s+(?:a|an|his|her)\s+"
    rf"(?:(?!{_PLANNED_ADJ}\b)[\w-]+\s+){{0,3}}?(?:visit|trip|tour|journey)\s+(?:to|(?<=tour\s)of)\s+(?:the\s+)?"
    # (not "during a visit to C by Y": Y's, read by R_VISIT_TO_BY)
    rf"(?P<o>{C}|«L\d+»)(?!\s*[’']s|\s+by\s)"
)
# "X held talks with Minister Y on Monday, during a visit to C": the person met is no visitor
# (blanked, so that the subject before him is)
_WITH_PERSON = re.compile(
    r"(?<=\swith\s)((?:(?:[A-Z][\w-]*|of|for|and|the|«[CD]\d+»(?:['’]s)?)\s+){0,8})«P\d+»")


def _days_after(value: PartialDate, n: int) -> PartialDate | None:
    """The day n days after a full day (None when it is not one)."""
    if value.month is None or value.day is None:
        return None
    d = datetime.date(value.year, value.month, value.day) + datetime.timedelta(days=n)
    return PartialDate(d.year, d.month, d.day)


def _blank(m: re.Match[str]) -> str:
    """The match with its placeholder turned to x's (the offsets stay)."""
    return m.group(1) + "x" * (len(m.group()) - len(m.group(1)))


# "... a working tour of C that started on Tuesday": the visit's first day
# ("... a trip to C that began in L on Monday": its first stop before the day)
# "..., during B's visit to C (June 14-16, 2026)": the visit's own dates in parentheses
_OWN_RANGE = re.compile(r"\s*\(\s*«T(\d+)»\s*\)")
_DURING_BEGAN = re.compile(r"\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\s+"
                           r"(?:in\s+«L\d+»\s+)?(?:on\s+)?«T(\d+)»")
# "spent three days in C on a visit, arriving on Monday": the arrival's day
_ARRIVING_ON = re.compile(r"[^;]*?,\s+(?:arriving|having\s+arrived)\s+(?:on\s+)?«T(\d+)»")
# "..., during Minister B's first official visit to Malta": a visit that frames the event
_DURING_BEFORE = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:[A-Z][\w-]*\s+){0,3}$")
# "Within the framework of his official visit to the Republic of Uzbekistan, Minister X met Y":
# the first person after the comma made the visit (its start is not the meeting's day)
R_VISIT_FRAME = re.compile(
    rf"^\s*(?:[Ww]ithin\s+the\s+framework\s+of|[Ii]n\s+the\s+framework\s+of|[Aa]s\s+part\s+of|"
    rf"[Ii]n\s+the\s+course\s+of)\s+(?P<v>his|her)\s+(?:[\w-]+\s+){{0,3}}?visit\s+to\s+"
    rf"(?:the\s+)?(?P<o>{C}|«L\d+»)\s*,\s+(?:(?!«[PQG])[^;])*?(?P<a>{P})"
)
# "X held talks with Y in Buenos Aires on March 16 as part of her official visit to Argentina":
# the frame after the event, the visit the subject's
R_VISIT_FRAME_AFTER = re.compile(
    rf"^(?:(?!«[PQG])[^;])*?(?P<a>{P})[^;]*?,?\s+(?P<v>as\s+part\s+of|within\s+the\s+framework\s+of|"
    rf"in\s+the\s+course\s+of)\s+(?:his|her)\s+(?:[\w-]+\s+){{0,3}}?visit\s+to\s+"
    rf"(?:the\s+)?(?P<o>{C}|«L\d+»)(?!\s*[’']s)(?P<own>\s+(?:from\s+)?«T\d+»)?"
)
# "ended a visit to Fiji on Thursday that ran from 13 to 16 April 2026": the range after it
_ENDED_RAN = re.compile(
    r"(?:\s+(?:on\s+)?«T\d+»)?\s*,?\s+(?:that|which)\s+(?:ran|lasted)\s+(?:from\s+)?«T(?P<t>\d+)»"
)
# "The visit runs from 2 to 4 June 2024.": the dates of the visit said just before
R_VISIT_RUNS = re.compile(
    r"^\s*(?:The|His|Her|This)\s+visit\s+(?:runs|lasts|will\s+last|takes\s+place|is\s+taking\s+"
    r"place|continues)\s+(?:from\s+)?«T(?P<t>\d+)»"
)
R_VISITED = re.compile(
    rf"(?P<a>{P}){APPO}(?:(?:\s*,)?\s+who)?\s+(?:(?:also|today|then|on\s+{T}|{T})\s+)*"
    # "said X, who is visiting Malawi this week": a visit under way
    rf"(?P<v>visited|toured|(?:is|was)\s+(?:currently\s+)?visiting(?![^;.]*\b(?:next|tomorrow)\b)|"
    # "X stopped over in Oslo on Wednesday": a stop on a journey is a visit of the city
    # ("X journeyed to Maputo in September": a journey to a place is a visit)
    # ("X began a three-day stopover in Lima", "X paid a two-day call on Port of Spain": a call
    # on a place, not on a person nor on "C's Minister")
    # ("X made a one-day stop in Mogadishu": a stop, as a stopover)
    # ("X called at Pretoria on T": a call at a place, as a ship's at a port)
    rf"stopped\s+over\s+in|(?:made|began|started)\s+an?\s+(?:[\w-]+\s+){{0,2}}?stop(?:over)?\s+in|"
    rf"called\s+at(?=\s+«L\d+»\s+(?:on\s+|in\s+)?«T)|"
    # ("On T X travelled to L, where he held talks with Y": a trip to a city, what was done there
    # told after it)
    rf"travell?ed\s+to(?=\s+«L\d+»\s*,\s+where\s)|"
    rf"paid\s+an?\s+(?:[\w-]+\s+){{0,2}}?call\s+on(?=\s+(?:the\s+)?(?:{C}(?!\s*{POSS})|«L\d+»))|journeyed\s+to|"
    # ("X became the first Chilean leader to set foot in C": a first visit; "when X spent four
    # days in C", with a visit named in the sentence (the gate): a stay counted in days)
    rf"became\s+the\s+first\s+(?:«D\d+»\s+)?(?:[\w-]+\s+){{0,3}}?to\s+set\s+foot\s+in|"
    rf"spent\s+(?:two|three|four|five|six|seven|several|\d{{1,2}})\s+days\s+in(?=\s+(?:the\s+)?"
    rf"(?:{C}|«L\d+»)\s*[.;]))"
    # ("visited the headquarters of the Agency for X": the body itself)
    # ("visited Chile's Ministry of Foreign Affairs": the body, not its state)
    rf"\s+(?:the\s+)?(?:(?:headquarters|premises|offices|campus)\s+of\s+(?:the\s+)?(?=«[IO]))?"
    rf"(?:«C\d+»{POSS}\s+(?=«[IOL]\d+»))?(?P<o>{C}|{IO}|«L\d+»)"
)
# "Before the signing, X held talks with Y and visited the Norwegian Agency for Development
# Cooperation": a second verb of the subject of talks
R_VISITED_AND = re.compile(
    # ("During his stay X travelled to L to observe training and visited the I": the same)
    rf"(?P<a>{P})\s+(?:(?:also|then|later)\s+)?(?:(?:held\s+talks|met)\s+with|travell?ed\s+to)\s+"
    rf"[^;.]{{0,100}}?"
    rf"\s+and\s+(?:(?:also|then|later)\s+)?(?P<v>visited|toured)\s+(?:the\s+)?"
    rf"(?P<o>{C}|{IO}|«L\d+»)"
)
# "led a delegation to L1 and L2": a second place right after the first (not "and C's ...")
_AND_PLACE = re.compile(rf"\s+and\s+(?:the\s+)?(?P<o>{C}|«L\d+»)(?!{POSS})(?!\s*[-–](?!\s))")
# "X, ..., who arrived in the UAE on Monday for a two-day visit"
R_ARRIVED_FOR = re.compile(
    # "X arrived in Wellington on Sunday for her first official visit to New Zealand": the
    # capital too; "X travelled to Buenos Aires on Thursday for a working visit"
    rf"(?P<a>{P}){APPO}(?:(?:\s*,)?\s+who)?\s+(?:(?:also|has|had|then)\s+)*"
    # ("landed in Lisbon on Monday for ...", "arrived in Kyiv by night train on Wednesday for",
    # "touched down in Harare on Sunday for ...", "arrived in Beirut late Monday for ...",
    # "flew into Lusaka on Tuesday for ...", "reached Dhaka on Tuesday night on his maiden visit")
    # ("jetted into Accra on Wednesday for ...", "set foot in Lusaka yesterday at the start of")
    # ("stepped off the overnight train in Kyiv on Wednesday, opening ...": arrived there)
    # ("came ashore in L on Monday for a two-day stay": arrived there by sea)
    rf"(?P<v>(?:arrived|landed|touched\s+down|came\s+ashore|set\s+foot|stepped\s+off\s+(?:the|a|an|his|her)\s+"
    rf"(?:[\w-]+\s+)?(?:train|plane|aircraft|flight|ship|ferry|boat))\s+in|"
    # ("travelled by road to L on T for a visit to C": the means before "to"; "stopped in L on
    # Wednesday at the start of a visit to C": a stop there)
    rf"(?:travell?ed|flew)\s+(?:by\s+(?:road|air|rail|sea|car|train)\s+)?to|stopped\s+in|"
    # ("arrived to L on T with an official visit to C", "arrived Tuesday in L for ...", "made
    # presence in L this Tuesday for ...": a translated wire's arrivals)
    rf"arrived\s+to|arrived\s+{T}\s+in|made\s+presence\s+in|"
    # ("came to Oslo on Tuesday for a working visit": arrived there)
    # ("proceeded to L on Sunday on a working visit to C": the same)
    rf"came\s+to|proceeded\s+to|"
    # ("made his way to L for an official visit to C": travelled there)
    rf"made\s+(?:his|her|their)\s+way\s+to|"
    # ("swung through Lima on Monday and Tuesday on a visit to Peru", "spent Wednesday and
    # Thursday in Lima on an official visit to Peru": a stay on the way)
    # ("flew in to Accra on Monday at the start of ...": "in to" for "into")
    # ("spent three days in L from T on a mission to C": a stay counted in days, dated by its
    # range, see below)
    # ("travelled (moved) on to L on Tuesday, where ...": the next stop of a trip)
    rf"(?:flew|jetted)\s+(?:into|in\s+to)|reached|got\s+to|swung\s+through|"
    rf"(?:travell?ed|moved|went|continued|flew)\s+on\s+to|"
    rf"spent\s+{T}(?:\s+and\s+{T})?\s+in|"
    rf"spent\s+(?:two|three|four|five|six|seven|several|\d{{1,2}})\s+days\s+in)"
    rf"\s+"
    rf"(?:the\s+)?(?P<o>{C}|«L\d+»)(?:\s*,\s*{C}\s*,)?"
    # ("travelled to L1 and L2, her first trip to C", "spent four days in L1 and L2, from T, on a
    # working visit to C": a second place after "and", and the stay's range between commas)
    rf"(?:\s+and\s+(?P<o4>«L\d+»))?(?:,(?=\s+(?:from\s+)?{T}\s*,\s+on\s))?(?:\s+|(?=,))"
    # "arrived in Erbil on Tuesday, the second leg of a regional tour": a stop of a tour
    rf"(?:(?:on\s+)?{T},\s+the\s+(?:first|second|third|fourth|fifth|final|last|next)\s+"
    rf"(?:leg|stop)\s+of\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:tour|trip|journey)\b|"
    rf"(?:by\s+(?:[\w-]+\s+)?(?:train|plane|air|road|car|ship|boat|ferry|helicopter|flight)\s+)?"
    # ("arrived in Colombo yesterday (07) for ...": the day of the month in brackets)
    # ("... in Doha from 1 to 4 March on a mission to C": the stay's range after the place)
    rf"(?:(?:on\s+|(?<=days\sin\s«L\d»\s)from\s+|(?<=days\sin\s«L\d\d»\s)from\s+|(?<=»,\s)from\s+|"
    rf"(?:late|early)\s+(?:on\s+)?)?{T}(?:\s+and\s+{T})?(?:\s+(?:night|evening|morning|afternoon))?"
    # ("landed in Jakarta on Sunday (29/11/2026) on ...": the full date in brackets)
    # ("set foot in L on Tuesday, 24 November, for ...": the day set off by commas)
    # ("reached L on Tuesday, 1 December 2026, at the start of ...": the same before "at")
    rf"(?:\s*\((?:\d{{1,2}}|{T})\))?(?:,(?=\s+(?:on|for|at)\s))?(?:\s+|(?=,)))?"
    # "arrived in Taipei on Sunday at the head of a six-member delegation for a ... visit"
    rf"(?:at\s+the\s+head\s+of\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?delegation\s+)?(?:(?:for|on|with|"
    # "arrived in Zagreb on Tuesday at the start of a two-day official visit to Croatia"
    rf"at\s+the\s+(?:start|beginning|outset|opening)\s+of|"
    # "arrived in Tbilisi this morning, opening a two-day visit to Georgia"
    rf",\s+(?:opening|starting|beginning)|"
    # ("spent Friday and Saturday in C, the first trip to ... by ...": the stay named in an
    # apposition)
    rf",(?=\s+(?:the|his|her|their)\s+(?:first|second|third|fourth|fifth|maiden|inaugural|latest)\s)|"
    # ("landed in Seoul on Wednesday to begin a five-day official visit to Korea")
    rf"to\s+(?:begin|start|open))\s+{VISIT_S}\b|"
    # ("touched down in Hanoi on Tuesday and, that afternoon, sat across the table from Y": an
    # arrival on a day, then talks there)
    # ("touched down in L on Monday and on Tuesday opened the trade office there": an arrival,
    # then an official act on the next day)
    rf"(?<=»\s)and\s*(?:,\s+(?:(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)|«T\d+»)\s*,)?\s+"
    rf"(?:(?:then|later|immediately|on\s+«T\d+»)\s+)?(?:met|held\s+talks|sat\s+(?:down|across)|"
    rf"opened|inaugurated)\b|"
    # ("travelled to L on 27 and 28 November for the first round of J": talks held there)
    rf"for\s+(?:the|a)\s+(?:[\w-]+\s+)?round\s+of\s|"
    # ("moved on to L, where he met Y": the next stop of a trip, and what was done there)
    rf"(?<=on\sto\s«L\d»)(?=,\s+where\s)|(?<=on\sto\s«L\d\d»)(?=,\s+where\s)|"
    # ("travelled to L, the first C minister to set foot in D": a trip told by its first)
    rf",\s+(?=the\s+first\s+(?:«D\d+»\s+)?(?:[a-z-]+\s+){{0,2}}?to\s+(?:set\s+foot\s+in|visit)\s+"
    rf"(?:the\s+)?{C}))|"
    # ("arrived in Tokyo on 16 November at the head of a parliamentary delegation to Japan":
    # the delegation's destination, the country, is visited too)
    rf"(?:(?:on\s+)?{T}\s+)?at\s+the\s+head\s+of\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?"
    # ("arrived in Tehran on Sunday at the head of a trade delegation, ...": the city alone)
    # ("... at the head of a business delegation of 14 Czech companies": its members after "of")
    rf"delegation(?:\s+to\s+(?:the\s+)?(?P<o3>{C})|(?=\s*[,.;]|\s*$|\s+of\s)))"
)
# "X, who is making his first official visit to C, reached L on Friday": the visit told
# before the arrival in its city
R_WHO_VISIT_ARRIVED = re.compile(
    rf"(?P<a>{P}){APPO}\s*,\s+who\s+(?:is|was)\s+(?:making|paying|on)\s+(?:an?|the|his|her|"
    rf"their)\s+(?:[\w-]+\s+){{0,3}}?{VISIT_S}\s+to\s+(?:the\s+)?(?P<c>{C})\s*,\s+"
    rf"(?P<v>(?:arrived|landed|touched\s+down)\s+in|reached)\s+(?:the\s+)?(?P<o>«L\d+»)"
    rf"(?=\s+(?:on\s+)?{T})"
)
# "Arriving in Casablanca on Sunday, the Premier met business leaders": an arrival told by a
# participle before its subject
R_ARRIVING = re.compile(
    rf"^\s*(?:[Oo]n\s+|[Uu]pon\s+)?(?P<v>[Aa]rriving)\s+in\s+(?:the\s+)?(?P<o>{C}|«L\d+»)"
    rf"(?:\s+(?:on\s+|late\s+|early\s+)?{T})?(?:\s+(?:night|evening|morning|afternoon))?\s*,\s+"
    rf"(?P<a>{P})(?![{APOS}])"
)
# "A delegation led by X spent five days in C, from 28 November to 2 December": a stay counted in
# days, dated by its range, with no visit noun
R_SPENT_DAYS = re.compile(
    rf"(?P<a>{P}){APPO}\s+(?P<v>spent)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
    rf"several|\d{{1,2}})\s+days\s+in\s+(?:the\s+)?(?P<o>{C}|«L\d+»)\s*,?\s+(?:from\s+)?{T}"
    rf"(?=\s*[.;]|\s*$)"
)
# "..., the second leg of a regional tour that took her to Baghdad on Monday": the stop before
_TOUR_TOOK = re.compile(
    rf"\s+that\s+(?:had\s+)?(?P<v>took|taken)\s+(?:her|him|them)\s+(?:first\s+)?to\s+"
    rf"(?P<o>{C}|«L\d+»)(?:\s+on\s+«T(?P<t>\d+)»)?"
)
# "Mr A and Angola's Minister of External Relations, B, flew into Lusaka": A, named first in
# the sentence (or after its opening phrase's comma), travels with B
_CO_VISITOR = re.compile(
    rf"(?:(?<=^)|(?<=,\s))(?P<p>«P\d+»)\s+and\s+(?:{C}{POSS}\s+|«D\d+»\s+)?[A-Z][^«;,]{{0,80}},\s+\Z"
)
# "the annual Nkrumah Memorial Lecture": a named lecture series, capitalised
# "delivered a memorial oration at the Institute": an oration is a lecture
# ("gave a masterclass (an open lesson) to students of the University", "held a masterclass for
# students of the University", "led a seminar on X at the I": a masterclass, a lesson or a seminar
# given by one person is a lecture)
LECT = (r"(?:lecture|talk|address|speech|presentation|keynote(?:\s+address)?|lectures|oration|"
        # ("presented a paper on X to students at the I": a paper read there)
        r"masterclass|master\s+class|seminar|paper|(?<=open\s)lesson|(?<=public\s)lesson|"
        r"(?<=a\s)dissertation|"
        # ("presented his new book (the English edition of her book) at the I": a book launch)
        r"(?<=his\s)book|(?<=her\s)book|edition\s+of\s+(?:his|her)\s+(?:new\s+|latest\s+)?book|"
        r"(?<=guest\s)lesson|(?<= )Lecture|"
        # ("gave (dictated) a conference at the I": Spanish and French usage for a lecture; not
        # a press conference)
        r"(?<!press\s)(?<!news\s)(?<!video\s)conference(?!\s+(?:call|room|hall|cent(?:re|er)))\b)")
R_LECT = re.compile(
    # (no other person among the words skipped: "X was received by Y, and she later gave a
    # talk": she gave it, not Y)
    rf"(?P<a>{P}){APPO}\s+(?:(?!«P\d+»)[^\s;]+\s+){{0,7}}?(?P<v>delivered|gave|delivering|giving|presented|"
    # "X held a lecture for students of the University": held a lecture (not "held talks")
    rf"presenting|held(?=\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:lecture|presentation|"
    # "X made a presentation to researchers of the I": made a talk (not "made a visit")
    rf"keynote|masterclass|master\s+class|seminar)\b)|made(?=\s+(?:a|an|the|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:presentation|speech|address|keynote)\b)|"
    # "X led a seminar on Arctic governance at the University"
    # ("X conducted a seminar at the I": the same; "X ran a seminar on T for junior diplomats at
    # the I": the same)
    rf"(?:led|conducted|ran)(?=\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:masterclass|master\s+class|"
    rf"seminar)\b)|"
    # ("X read a lecture on Y at the I": to read a lecture is to give it)
    rf"read(?=\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?lectures?\b)|"
    # ("X offered a master class at the I", "X dictated a keynote lecture at the I": Spanish
    # usage, "dictó una conferencia")
    # ("X animated a conference at the I", "X offered a dissertation before students of the
    # I": French and Spanish usage, "animer une conférence", "ofrecer una disertación")
    rf"(?:offered|dictated|animated)(?=\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:lectures?|"
    rf"keynote|masterclass|master\s+class|talk|address|dissertation|(?<!press\s)conference)\b)|"
    # ("X rounded off (wrapped up, closed) the visit with a presentation to the I": a talk given
    # there)
    rf"(?:rounded\s+off|wrapped\s+up|closed|ended|concluded)\s+(?:the|his|her|their)\s+"
    rf"(?:[\w-]+\s+)?(?:visit|stay|trip|programme|day)\s+with(?=\s+(?:a|an|the|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{LECT}\b)|"
    # "X inaugurated the Irish Studies lecture series at I with a talk on ...": its first lecture
    rf"(?:inaugurated|opened)(?=\s+(?:a|an|the)\s+[^;,]{{0,60}}?\b(?:lecture|seminar)\s+series\b"
    rf"[^;,]{{0,80}}?\bwith\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:talk|lecture|address|"
    # ("gave the I Africa Lecture at the I": a body's named lecture, its short form before)
    rf"keynote|speech)\b))\s+(?:(?:a|an|the|his|her)\s+(?:[\w-]+\s+|«[DIO]\d+»\s+){{0,3}}?{LECT}|"
    # "delivered remarks on Pacific security at CSIS": remarks take no article
    # ("gave the opening remarks at a roundtable organised by the I": or "the")
    rf"(?:the\s+(?=(?:opening|closing|keynote)\s))?(?:(?:opening|closing|keynote|brief|public)\s+)?"
    rf"remarks)\b(?P<rest>[^;]*)"
)
# "X treated students of the I to a lecture on ...": a lecture at the body of its audience
# ("X shared his experience with students of the I in a talk on ...": the same)
R_TREATED_TO = re.compile(
    rf"(?P<a>{P}){APPO}\s+(?:also\s+)?(?P<v>treated|shared\s+(?:his|her|their)\s+(?:experience|"
    rf"expertise|insights|knowledge)\s+with)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:students|staff|faculty|members|audience|scholars|researchers|fellows|diplomats|cadets)"
    rf"\s+(?:of|at)\s+(?:the\s+)?(?P<o>{IO})(?:\s*\([^)]*\))?\s+(?:to|in)\s+(?:an?|the|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{LECT}\b"
)
_AND_PASSIVE_LECT = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?")
# "X was received by the Secretary of Foreign Affairs, Y," just before Y's clause
_PASSIVE_BY_BEFORE = re.compile(
    rf"(?P<s>{P})\s+(?:was|were)\s+(?:also\s+)?(?:(?:received|welcomed|hosted|greeted|met)\s+"
    # ("X was also the lunch guest of C's Minister, Y, and gave a lecture": the guest gave it)
    rf"(?:\w+\s+){{0,3}}?by|the\s+(?:(?:lunch|luncheon|dinner|breakfast)\s+)?guest\s+of)\s+"
    rf"(?:the\s+)?(?:(?:[^«;,]|«[CD]\d+»){{1,60}},\s+)?\Z"
)
# "X was welcomed today at the I by the Secretary of O, Y," just before Y: X is the guest
_PASSIVE_AGENT_BEFORE = re.compile(
    r"(?P<s>«P\d+»),?\s+(?:was|were)\s+(?:(?:also|warmly|formally|officially)\s+)?(?:received|"
    r"welcomed|hosted|greeted)\s+(?:[^;«]|«[TILOC]\d+»){0,80}?\bby\s+(?:the\s+)?"
    r"(?:(?:[^;«]|«[CDIO]\d+»){1,100}?,\s+)?\Z"
)
R_LECT_FRONT = Anchored(re.compile(
    rf"^\s*(?P<v>Delivering|Giving|Speaking|Presenting)\b(?P<rest>[^;]*?),\s+(?:[\w.]+\s+){{0,3}}?"
    rf"(?P<a>{P})"
), r"[A-Z]", word_start=False)
_FRONT_VERBS = ("Delivering", "Giving", "Speaking", "Presenting")
# What each lecture pattern's verb group holds one of (the patterns run only where it is).
_LECTURE_VERBS = {
    "lectured.delivered": ("deliver", "gave", "giving", "present", "made", " series ", "offered",
                           "animated",
                           "dictated", "conducted", "rounded off", "wrapped up", "closed",
                           "ended", "concluded"),
    "lectured.fronted": _FRONT_VERBS,
    "lectured.addressed": ("addressed", "spoke", "speaks", "lectured", "podium", "lectern",
                           "rostrum", "the floor at", "the floor before", "shared", "headlined",
                           "briefed", "presented", "took questions", " speaker at", "talked to"),
}
_WELCOME_VERBS = ("welcomed", "hosted", "invited", "received")
_ORGANISE_VERBS = ("organised", "organized", "hosted", "held")
# what "addressed" deals with or sends, not the audience of a talk
_NOT_ADDRESS_OBJ = (r"(?!\s+(?:(?!(?:on|about|of|at|to|with|for|in|and)\b)[\w-]+\s+){0,2}?"
                    r"(?:concerns?|issues?|questions?|challenges?|problems?|letters?|messages?|matters?|needs|gaps?|complaints?|grievances|requests?|"
                    r"shortages?|demands?|criticisms?|allegations?|remarks|reports?)\b)")
R_ADDRESS = re.compile(
    # ("X later addressed students at the Academy")
    rf"(?P<a>{P}){APPO}\s+(?:(?:also|today|later|then|on\s+{T}|{T})\s+)*"
    # ("X paid tribute at L and then addressed cadets of the I": a clause of the same subject
    # before "and then addressed", no other person in it; "X toured the I at L and spoke to
    # officers of a course": the same before "spoke to", the body toured its venue)
    # ("X met Deputy Minister Y and addressed students at the I": the one met, the object)
    rf"(?:(?P<pre>(?:[^;«]|«[LIT]\d+»){{1,80}}?|met\s+(?:with\s+)?[^;«]{{0,60}}?«P\d+»)\s+and\s+"
    rf"(?:(?:then|later|afterwards)\s+)?(?=addressed\b|spoke\s+to\b))?"
    # "had earlier spoken to young diplomats at the Academy"
    # ("X took the podium (lectern, rostrum) at the Institute": spoke there)
    # ("addressed concerns raised by the I", "addressed a letter to the I": "addressed" as "dealt
    # with" or "sent", no talk)
    rf"(?:(?:had|has|have)\s+(?:(?:also|earlier|already)\s+)?)?(?P<v>addressed{_NOT_ADDRESS_OBJ}|"
    rf"spoke|speaks|"
    # ("X took the floor at a seminar of the I": the same)
    # ("X took the floor before young diplomats at the I": the audience before "at")
    # ("X guest-lectured at the I": lectured there as a guest)
    # ("X was guest speaker at the I on Friday": the invited speaker, a talk there)
    rf"(?:was|is)\s+(?:the\s+)?(?:guest|keynote|main|featured|invited)\s+speaker(?=\s+at\b)|"
    rf"spoken|(?:guest[\s-])?lectured|took\s+the\s+(?:podium|lectern|rostrum|floor)(?=\s+(?:before\s+[^;«]{{1,40}}?\s+)?at\b)|"
    # ("X took questions from students of the I after a short address (a talk on ...)": a talk
    # there, its address told in the sentence)
    rf"took\s+questions\s+from(?=\s+(?:the\s+)?(?:[\w-]+\s+)?(?:students|cadets|trainees)"
    rf"(?:\s+and\s+(?:staff|faculty))?\s+(?:of|at)\s[^;.]{{0,120}}?\b(?:address|talk|lecture|"
    rf"remarks|presentation)\b)|"
    # ("X briefed students of the I on ...": a talk to the body's students)
    # ("X briefed students and staff of the I": the audience with its staff)
    # ("X talked to (postgraduate) engineering students at the I": the same, two words before)
    # (the words before the noun describe the audience: not "briefed reporters on (talked to
    # reporters about) students at the I", a topic)
    rf"(?:briefed|talked\s+to)(?=\s+(?:the\s+)?(?:(?!(?:about|on|over|regarding|concerning|for|"
    rf"with|of|from)\b)[\w-]+\s+){{0,2}}?(?:students|cadets|trainees)"
    rf"(?:\s+and\s+(?:staff|faculty|fellows|lecturers))?\s+(?:of|at)\s)|"
    # ("X presented C's climate policy to researchers at the I": a talk to the body's audience)
    # (not "presented certificates (a donation of books) to students at the I": a thing
    # handed over)
    rf"presented(?!\s+(?:[\w-]+\s+){{0,3}}?(?:certificates?|awards?|prizes?|gifts?|donations?|"
    rf"cheques?|books|equipment|laptops|computers|scholarships?|bursaries|grants?|medals?|"
    rf"trophies|trophy|plaques?|diplomas?)\b)"
    rf"(?=\s+(?:[^;«]|«C\d+»){{1,80}}?\s+to\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?"
    rf"(?:students|researchers|scholars|diplomats|audience|experts|fellows)\s+(?:of|at)\s)|"
    # ("X headlined a round table at the Centre", "X headlined the Distinguished Speaker Series of
    # the I": the main speaker of the event, the series' talk given there)
    rf"headlined(?=\s+(?:the|a|an)\s+[^;«]{{0,60}}?\b(?:[Ss]eries|[Ll]ecture|[Ff]orum|[Ss]eminar|"
    rf"[Ss]ymposium|[Cc]onference|[Dd]ialogue|[Rr]ound[\s-]?[Tt]able|[Pp]anel|[Dd]ebate|"
    # ("X headlined a breakfast briefing at the I": the same)
    rf"[Ss]ession|[Bb]riefing)\b)|"
    # ("X shared his views on ... with diplomats at the Institute": a talk given there)
    # ("X shared insights with students of the I": the students' body, the possessive left out)
    rf"shared\s+(?:(?:his|her|their)\s+)?(?:views|insights|thoughts|perspectives?)"
    rf"(?=[^;]{{0,120}}?\s+(?:at|(?<=students\s)of)\s+(?:the\s+)?«[IO]\d+»)|"
    # ("X shared C's experience of ... in a lecture at the I": the talk named, its body after)
    rf"shared\s+(?:his|her|their|«C\d+»{POSS})\s+(?:views|insights|thoughts|perspectives?|"
    rf"experience|expertise)(?=(?:[^;«]|«[CD]\d+»){{0,120}}?\s+in\s+(?:a|an|his|her)\s+"
    rf"(?:[\w-]+\s+)?(?:lecture|talk|presentation|speech|address)\s+(?:at|to)\s+(?:the\s+)?«[IO]\d+»))"
    rf"\b(?P<rest>[^;]*)"
)
# "spoke on Brazil's G20 priorities at a roundtable hosted by the Foundation": a topic, then
# the event or the body (not "spoke on the phone", "on the sidelines of the summit")
_SPOKE_ON_AT = re.compile(
    # (a topic of up to some nine words: "on Central America's place in Atlantic cooperation")
    # ("spoke about Latin America's ties with the EU at the University": about, too)
    # (not "spoke about the plight of students at the I": the topic's people, of the body)
    r"\s+(?:on|about)\s+(?!the\s+(?:phone|telephone|sidelines|margins)\b)[^;,«]{0,60}(?:«[A-Z]\d+»"
    r"[^;,«]{0,40}){0,2}?(?<!students)(?<!cadets)(?<!trainees)(?<!lecturers)(?<!researchers)"
    r"(?<!scholars)(?<!diplomats)(?<!faculty)(?<!staff)\s+at\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:roundtable|round-table|"
    r"seminar|conference|forum|symposium|event|session|panel|workshop|dialogue|lecture)\b|"
    r"(?:the\s+)?«[IO]\d+»)"
    # ("spoke about dual training to lecturers and students of the I": the audience of the body
    # after the topic)
    # (a word before the audience after a determiner, or an audience's own: not "spoke about
    # plans to send students at the I", an infinitive's object)
    r"|\s+(?:on|about)\s+(?!the\s+(?:phone|telephone|sidelines|margins)\b)(?:[^;,«]|«[CD]\d+»){0,60}?\s+"
    r"(?:to|before)\s+(?:(?:the|its|some|\d+)\s+(?:[\w-]+\s+)?|(?:young|senior|junior|visiting|"
    r"foreign|local|international|graduate|postgraduate|undergraduate|doctoral|mid-career|"
    r"[a-z]+-year)\s+)?(?:students|cadets|trainees|"
    r"lecturers|researchers|scholars|diplomats|faculty|staff)(?:\s+and\s+(?:[\w-]+\s+)?"
    r"(?:students|cadets|trainees|lecturers|researchers|faculty|staff))?\s+(?:of|at)\s+"
    r"(?:the\s+)?«[IO]\d+»"
)
R_GUEST = re.compile(
    # ("X was the featured (keynote) speaker at the I on Monday": a talk there)
    # ("X was the guest of honour at a I symposium, where she spoke on ...": a talk there, told
    # by the clause after it; a guest of honour who does not speak gives none)
    rf"(?P<a>{P}){APPO}\s+was\s+(?:the\s+)?(?P<v>guest(?:\s+of\s+honou?r(?=\s+at\s[^;]{{0,80}}?,"
    rf"\s+where\s+(?:s?he|they|«P\d+»)\s+(?:spoke|delivered|gave|lectured)\b))?|"
    rf"(?:featured|keynote|invited)(?=\s+speaker\b))\s+"
    # ("X was guest lecturer at the I": the same post with "lecturer")
    rf"(?P<spk>(?:speaker|lecturer)\s+)?"
    # "was the guest speaker on Friday at the annual X lecture hosted by the O": the day, and
    # the event with its host
    # ("was guest speaker at a Palau Community College forum": the body naming the event)
    # ("was the featured speaker at a forum of the I": the event of the body)
    rf"(?:(?:on\s+)?{T}\s+)?(?:of|at)\s+(?:the\s+|(?P<evb>an?\s+)(?={IO}\s+(?:forum|seminar|lecture|"
    rf"conference|symposium|colloquium|roundtable|workshop)\b)|(?<=at\s)(?=an?\s+(?:[\w-]+\s+)?"
    rf"(?:forum|seminar|symposium|colloquium|roundtable|workshop)\s+of\s)(?P<evo>an?\s+"
    rf"(?:[\w-]+\s+)?(?:forum|seminar|symposium|colloquium|roundtable|workshop)\s+of\s+"
    rf"(?:the\s+)?))?"
    # ("at a round table (panel) hosted by the O": the same)
    rf"(?P<ev>(?:an?\s+)?(?:[\w-]+\s+){{0,4}}?(?:lecture|talk|seminar|forum|dialogue|colloquium|"
    rf"symposium|round\s+table|roundtable|panel)\s+(?:hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?)?"
    rf"(?P<o>{IO})(?P<rest>[^;]*)"
)
# "X was the Institute's guest speaker in Sydney on Tuesday": the body before the possessive
R_GUEST_POSS = re.compile(
    rf"(?P<a>{P}){APPO}\s+was\s+(?:the\s+)?(?P<o>{IO}){POSS}\s+(?P<v>guest|keynote|featured)\s+"
    rf"speaker\b"
)
# "X was a speaker at a seminar on ... organised by the University of Y": a lecture at the body
# (taking the podium at a body is R_ADDRESS's)
R_SPEAKER_AT = re.compile(
    # ("X was also the headline speaker at a roundtable ... convened on Wednesday by the I")
    rf"(?P<a>{P}){APPO}\s+(?:(?:also|later|then|on\s+{T}|{T})\s+)*(?P<v>(?:was|is)\s+"
    rf"(?:also\s+)?(?:a|the)\s+"
    # ("was the main speaker on Tuesday at a forum hosted by the I": the day before "at")
    rf"(?:(?:keynote|guest|main|featured|headline|principal)\s+)?speaker)(?:\s+(?:on\s+)?{T})?"
    rf"\s+at\s+(?:an?|the)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?"
    # ("was the guest speaker at a session (an event, a panel) hosted by the I": the same)
    # ("was the main speaker at a round table hosted by the I": the noun in two words)
    rf"(?:seminar|conference|forum|symposium|workshop|roundtable|round\s+table|webinar|colloquium|"
    rf"session|event|panel)\b"
    rf"(?:[^;«]|«T\d+»){{0,80}}?\b(?:organi[sz]ed|hosted|held|convened|staged)\s+"
    rf"(?:(?:on\s+)?«T\d+»\s+)?by\s+(?:the\s+)?(?P<o>{IO})"
)
# "Clingendael welcomed H.E. Mr. X, Ambassador of ..., for a roundtable on ..."
R_WELCOMED_FOR = re.compile(
    # ("The I hosted C's Minister of Foreign Affairs, Cooperation and Trade, X, for a public
    # address": a long post before the name)
    rf"(?P<o>{IO})\s+(?P<v>welcomed|hosted|invited|received)\s+(?:(?!«P)[^;]){{0,80}}?(?P<a>{P})"
    rf"(?:[^;]{{0,200}}?\bfor\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:lecture|talk|roundtable|"
    rf"round\s+table|seminar|discussion|address|speech|briefing|conversation|presentation)\b"
    # ("The I invited X to give its annual lecture, which she devoted to ...": the lecture told as
    # given by the clause after it)
    rf"|\s+to\s+(?:give|deliver)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:lecture|talk|address|"
    rf"speech|keynote)\s*,\s+which\s+(?:she|he|they|«P\d+»)\s+(?:devoted|dedicated)\s+to\b)"
)
_HOSTED_BEFORE = re.compile(
    rf"(?P<o>{IO})(?:\s*\([^)]*\))?\s+(?:hosted|welcomed|invited)\s+[^;«]{{0,30}}?\Z"
)
# a speech's headline: "Address by Ambassador X at Jawaharlal Nehru University"
R_SPEECH_HEAD = re.compile(
    rf"^\s*(?:Keynote\s+)?(?:Address|Speech|Remarks|Lecture)\s+(?:delivered\s+)?by\s+"
    rf"(?:[^\s«]+\s+){{0,3}}?(?P<a>{P})\s+(?P<v>at)\s+(?:the\s+)?(?P<o>{IO})"
)
R_ORGANISED = re.compile(
    rf"(?P<o>{IO})(?P<mid>[^;]{{0,160}}?)\s+(?P<v>organi[sz]ed|hosted|held)\s+(?:a|an|the)\s+"
    rf"[^;]{{0,60}}?\b(?:[Ll]ecture|[Tt]alk|[Aa]ddress|[Ss]peech|[Ff]orum|[Ss]eminar|[Ww]ebinar|"
    rf"[Rr]ound\s?[Tt]able|[Pp]anel|[Bb]riefing|[Ss]ymposium|[Cc]olloquium|[Dd]ialogue)\b[^;]{{0,80}}?"
    # ("hosted the A-B Business Roundtable ..., jointly chaired by X and Y": its chairs, no
    # speakers; "The I hosted a roundtable on Thursday with the Deputy Minister of C, X": its
    # guest speaker after "with", a post between, no body and no second party)
    rf"(?<!chaired\s)(?<!presided\s)(?<!moderated\s)\b(?:(?:by|featuring)\s+(?:(?!«P)[^;]){{0,90}}?|"
    rf"with\s+(?:(?!«[PIO]|and\b)[^;]){{0,90}}?)(?P<a>{P})"
)
# "the University of X's Institute of Y": a body of the body just named
_OWNED_BODY = re.compile(r"[’']s?\s+(?P<o>«I\d+»)")
# ("spoke to students at Ilisimatusarfik, the University of Greenland": a local name that no
# table knows, the body it names in apposition after it)
_VENUE = re.compile(rf"\b(?:at|of|by|for|to|in)\s+(?:the\s+)?"
                    rf"(?:(?<=at\s)[A-Z][\w’'-]+\s*,\s+the\s+)?"
                    # ("addressed diplomats at C's Institute of ...": the body's country first)
                    rf"(?:(?<=at\s)«C\d+»{POSS}\s+)?(?P<o>{IO})")
_VENUE_AT = re.compile(rf"\bat\s+(?:the\s+)?(?P<o>{IO})")
# "the Embassy of C in D, headed by Chargé d'Affaires X,": the head is an official of the body
R_HEADED_BY = re.compile(
    rf"(?P<o>{IO})(?:\s+in\s+(?:«[LC]\d+»|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?(?:\s*\([^)]{{0,30}}\))?\s*,\s+(?:which\s+is\s+|"
    rf"(?:now\s+)?)(?P<v>headed|led|chaired|directed)\s+by\s+(?:(?:[A-Z][\w’'.-]*|d[’']\w+)\s+){{0,4}}?"
    rf"(?P<p>{P})(?!{POSS})"
)
# "C's mission in Bangkok is headed by Ambassador X": X heads C's mission, accredited to the
# state of the capital that is its seat
R_MISSION_HEADED_BY = re.compile(
    rf"(?P<c>{C}){POSS}\s+(?:(?:diplomatic|resident)\s+)?(?:mission|embassy)\s+in\s+"
    # ("C's embassy in L has been run since March by Ambassador X": run, and since when)
    rf"(?P<l>«[LC]\d+»)\s+(?:is|was|has\s+been)\s+(?:(?:now|currently)\s+)?(?P<v>headed|led|run)"
    rf"(?:\s+since\s+(?:«T\d+»|[A-Z][a-z]+))?\s+by\s+"
    rf"(?:[Aa]mbassador\s+)(?P<p>{P})(?!{POSS})"
    # ("C is represented in D by its ambassador to E, X": X, C's ambassador, accredited to D)
    rf"|(?P<c2>{C})\s+(?:is|was)\s+(?:(?:also|now|currently)\s+)?(?P<v2>represented)\s+in\s+"
    rf"(?P<l2>«[LC]\d+»)\s+by\s+(?:its|their)\s+(?:non-resident\s+)?[Aa]mbassador\s+(?:to|in)\s+"
    rf"(?:the\s+)?«[CL]\d+»\s*,\s+(?P<p2>{P})(?!{POSS})"
    # ("Ambassador X, who heads C's embassy in L, said ...": the same, told of the person)
    rf"|[Aa]mbassador\s+(?P<p3>{P})\s*,\s+who\s+(?:(?:now|currently)\s+)?(?P<v3>heads|headed|leads|"
    rf"led|runs|ran)\s+(?P<c3>{C}){POSS}\s+(?:(?:diplomatic|resident)\s+)?(?:mission|embassy)\s+in\s+"
    rf"(?P<l3>«[LC]\d+»)"
)
# ("- 22-24 May 2019: X ...", "• 8-11 July 2019 – X ...", "2019 | X visited L (T)": a bullet
# before the line's date, a dash or a table's bar after it)
_TIMELINE_ITEM = re.compile(r"(?:[-•*▪]\s+)?«T(\d+)»(?::|\s+[|–—-])\s")
_ADDRESSED_BODY = re.compile(rf"\s+(?:the\s+)?(?P<o>{IO})(?!{POSS})")
# "toured the I at L and spoke to officers (students, cadets) of a course": the body toured
# "spoke to reporters (the media)": the press told, no talk given
_TO_THE_PRESS = re.compile(r"\s+(?:(?:on\s+)?«T\d+»\s+)?(?:(?:to|with)\s+)?(?:the\s+|an?\s+)?"
                           r"(?:[\w-]+\s+)?(?:reporters|journalists|press|media|newsmen|"
                           r"correspondents)\b")
_TOURED_BODY = re.compile(rf"(?:toured|visited)\s+(?:the\s+)?(?P<o>{IO})")
_TO_AUDIENCE = re.compile(
    r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:officers|students|cadets|trainees|participants|staff|"
    r"faculty|researchers|scholars|fellows)\b")
_MEMBER_OF_BEFORE = re.compile(r"\b(?:members?|membership|founders?|part|chair)\s+\Z")
_WHERE_VENUE = re.compile(
    # ("was hosted by the I1 at I2, where she lectured": the host, not the venue that holds it)
    rf"(?:(?:hosted|convened|organi[sz]ed|invited)\s+by\s+(?:the\s+)?(?P<host>{IO})"
    rf"(?:\s*\([^)]*\))?\s+at\s+(?:the\s+)?)?"
    # ("visited the I on Wednesday, where she spoke to ...": the visit's day between)
    rf"(?P<o>{IO})(?:\s*\([^)]*\))?(?:\s+(?:on\s+)?«T\d+»)?\s*,\s+where\s+(?:«[PQ]\d+»\s+)?"
    rf"(?:(?:also|then|later)\s+)?\Z"
)

# Posts
PREMOD_F = (
    # ("Kurdistan Regional Government (KRG) Prime Minister X": the body's acronym between)
    rf"(?:(?P<poss>«[CIOG]\d+»){POSS}\s+|(?P<dem>«D\d+»)\s+|"
    rf"(?P<attr>«[CIO]\d+»)(?:\s*\(«[IO]\d+»\))?\s+(?=[A-Z])|"
    # "IDFR director-general Datin X": a body's lower-case post, news style (not a country's:
    # "in Kenya ambassador X" may name the host)
    rf"(?P<attr_low>«[IO]\d+»)\s+(?=[a-z])|"
    rf"(?P<its>\b[Ii]ts\s+))"
)
R_POST_BEFORE = Anchored(re.compile(
    # ("C's Foreign Minister at the time, X": the same post, held then)
    rf"(?:{PREMOD_F}{POST_MODS})?(?P<post>{POST})(?:\s*\([^)]*\))?(?:\s+at\s+the\s+time(?=\s*,))?"
    rf"(?:\s*,)?\s+{_HONS}"
    rf"(?:(?:Ambassador|Professor|Judge|Justice|General|Senator)\s+)?(?P<p>«P\d+»)"
), literal_anchor(TITLE_WORDS | {"its", "Its"}, extra=["«"]), fused=True)
R_POST_AFTER = re.compile(
    # "Senator X (D-Ore.), Chairman of ...": a party and state in parentheses
    rf"(?P<p>«P\d+»)(?:\s*\([A-Z][\w.-]{{0,15}}\))?\s*,\s+(?:the\s+|an?\s+|his\s+|her\s+|as\s+)?{POST_MODS}(?:{PREMOD_F})?"
    rf"{POST_MODS}(?P<post>{POST})"
    rf"(?:\s*,\s+(?P<org>«[IO]\d+»))?"
)
# what an envoy presents: "credentials", "letters of credence", "Letters of Commission"
# ("the Letter of Credence of X": one letter, the singular)
# ("the credential letters of four new Ambassadors": the noun before "letters")
CREDENTIALS = (r"(?:credentials|[Cc]redential\s+letters|"
               r"[Ll]etters?\s+of\s+(?:[Cc]redence|[Cc]ommission))")
R_CREDENTIALS = re.compile(
    rf"(?P<p>«P\d+»)(?:(?!«P)[^;]){{0,200}}?\b(?:(?P<v>presented)\s+(?:his|her|their)\s+(?:credentials|"
    rf"[Ll]etters?\s+of\s+(?:[Cc]redence|[Cc]ommission)|[Cc]ommission)|"
    # ("X was received by the King upon her appointment as British High Commissioner to D": the
    # post she takes up, undated, its state a demonym before it)
    rf"(?P<ap>(?<=\s)(?:upon|on)\s+(?:his|her|their)\s+appointment))\s+as\s+{POST_MODS}"
    rf"(?:(?<=appointment\sas\s)(?P<dem>«D\d+»)\s+)?(?P<post>{POST})"
)
# "during a courtesy call paid on Monday by X on Y"
R_CALL_BY = Anchored(re.compile(
    rf"(?P<v>call|visit)\s+(?:paid\s+)?(?:(?:on\s+)?{T}\s+)?by\s+(?:(?!«[PQ])[^;]){{0,80}}?(?P<a>{P})"
    rf"\s+(?:on|to)\s+(?:(?!«[PQ])[^;]){{0,60}}?(?P<b>{P})"
), r"(?:call|visit)\s")
# "X's next appointment was with Y": a meeting of the two
R_APPOINTMENT_WITH = re.compile(
    rf"(?P<a>{P})[’']s\s+(?:next|first|last|final|following|second|third)\s+"
    rf"(?P<v>appointment|engagement)\s+was\s+with\s+(?:(?!«[PQ])[^;.]){{0,120}}?(?P<b>{P})"
)
# "X presented his credentials to President Y at the President's House today": the ceremony is
# a meeting (not ", who presented ... to King Y in 2021", a past post)
R_PRESENTED_TO = Anchored(re.compile(
    # ("X has presented his letters of credence to President Y", a news lead's perfect)
    # ("X handed over her letters of credence to President Y": the same ceremony)
    # ("X this morning remitted his letters of credence to President Y", "X had delivered
    # figurative copies of his credentials to the Minister ..., Y": the same, French usage;
    # "X handed her letters of credence to Y": "over" left out)
    rf"(?P<a>{P}){APPO}\s+(?:(?:formally|officially|also|today|has|have|had|(?:on\s+)?{T})\s+)*"
    rf"(?P<v>presented|handed(?:\s+over)?|remitted|delivered)\s+"
    # "presented a copy of his credentials on Monday to the Minister of State, Minister of
    # Foreign Affairs, A and B, Y": a copy, the day, and a post in commas before the name
    # ("presented his credentials as non-resident High Commissioner to C to the Governor, Y":
    # the post first, with its own "to")
    rf"(?:(?:a\s+copy|(?:figurative\s+)?copies)\s+of\s+)?(?:his|her|their)\s+{CREDENTIALS}(?:\s+as\s+(?:[\w-]+\s+){{1,5}}?to\s+"
    rf"(?:the\s+)?«[CGO]\d+»)?(?:\s+(?:on\s+)?{T})?\s+to\s+"
    rf"(?:the\s+)?(?:(?:[^;,«]|«[CDIO]\d+»){{1,80}}?,\s+){{0,3}}?"
    # ("to Mongolian President Y": a demonym before the post)
    rf"(?:(?:[A-Z][\w-]*|«D\d+»|of|the)\s+){{0,5}}?(?P<b>{P})"
), r"«P")
# "Slovenia is represented in Georgia by non-resident Ambassador X": X is C's ambassador,
# accredited to D
# ("C, a member of O since T, is represented ...": the apposition's date)
_C_APPO = r"(?:\s*,\s+(?:an?|the)\s+(?:[^,;«]|«[ODT]\d+»){1,80}?,)?"
R_REPRESENTED_BY = re.compile(
    # ("C, a founding member of O, is represented in D by ...": an apposition after C)
    # ("C is represented here by its Ambassador to D, X": the place of the story, D the post's)
    rf"(?P<c>{C})(?:{_C_APPO}\s+is\s+(?:also\s+)?(?P<v>represented)\s+(?:in\s+(?:the\s+)?(?P<d>{C})|"
    rf"here(?=\s+by\s+(?:its|a|the)\s+(?:(?:non-resident|resident)\s+)?(?:Ambassador|High\s+"
    rf"Commissioner)\s+to\s))|"
    # "C's interests (in D) are looked after (represented) by High Commissioner X"
    rf"{POSS}\s+(?P<v2>interests)(?:\s+in\s+(?:the\s+)?(?P<d2>{C}))?\s+are\s+(?:also\s+)?"
    rf"(?:looked\s+after|represented|handled))\s+by\s+"
    rf"(?:(?:its|a|the)\s+)?(?:(?:non-resident|resident)\s+)?(?:Ambassador|High\s+Commissioner)\s+"
    # ("C is represented in D by its Ambassador to E, X": the post's own seat before the name)
    rf"(?:to\s+(?:the\s+)?{C}\s*,\s+)?"
    rf"(?:{HON}\s+)*(?P<p>«P\d+»)"
)
# "C is represented in D by its Ambassador ...": "its" is the subject's
_REPRESENTED_ITS = re.compile(
    r"«[CG](\d+)»" + _C_APPO
    + r"\s+is\s+(?:also\s+)?represented\s+(?:in\s+(?:the\s+)?«C\d+»|here)\s+by\s+\Z")
# "Dr. Kissoon previously served as Permanent Secretary in the Ministry of Energy"
# ("X doubles as non-resident envoy to C": a second post, news style)
# After a head of mission's post held or given ("served as High Commissioner to A, concurrently
# accredited to B and C", "becomes Ambassador of C to A, with concurrent accreditation to B",
# "was Ambassador of C to A from T to T2, an appointment (a posting, a mission) that also took
# in B", "... a posting that took in B as well"): the side states of the same post
R_POST_SIDE = re.compile(
    r"(?:\s*,?\s*(?:from|between)\s+«T\d+»\s+(?:to|and)\s+«T\d+»)?\s*,\s+(?:(?:with\s+)?concurrent\s+"
    r"accreditation\s+to|(?:also\s+)?concurrently\s+accredited\s+to|(?:an?|the)\s+(?:post|posting|"
    r"appointment|mission)\s+that\s+(?:also\s+)?(?:took\s+in|covered|included|extended\s+to))\s+"
    r"(?:the\s+)?(?P<o>" + LIST(r"«[CGO]\d+»") + r")"
)
# A head of mission's tenure, told right after the post ("Ambassador to D from T to T2", "...
# between T and T2", "... since T") or fronted ("From T to T2 he served as ..."): its start
# dates the post
R_TENURE_AFTER = re.compile(r"\s*,?\s*(?:from\s+«T(\d+)»\s+to\s+«T\d+»|between\s+«T(\d+)»\s+and\s+"
                            r"«T\d+»|since\s+«T(\d+)»)")
R_TENURE_FRONT = re.compile(r"(?:^\s*|,\s+and\s+)(?:[Ff]rom\s+«T(\d+)»\s+to|"
                            r"[Bb]etween\s+«T(\d+)»\s+and)\s+«T\d+»\s*,?\s+\Z")
_APPOINTER = re.compile(r"«P(\d+)»\s+(?:(?:also|has|had|formally)\s+)*(?:recalled|appointed|named|"
                        r"nominated|relieved)\s+\Z")
_ENVOY_OF_C = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Permanent\s+Representative)(?:\s+"
                         r"Extraordinary\s+and\s+Plenipotentiary)?\s+of\s+(?:the\s+)?«C(\d+)»")
# More of the same person's posts after the first and its side states ("..., and as Permanent
# Representative of C to O", "..., and was at the same time accredited to O")
R_POST_MORE = re.compile(
    r"\s*,?\s+and\s+(?:(?:was|is)\s+(?:at\s+the\s+same\s+time|also|concurrently|simultaneously)\s+"
    r"accredited)\s+to\s+(?:the\s+)?(?P<o>" + LIST(r"«[CGO]\d+»") + r")"
)
# "served as High Commissioner to A from T to T2 and as Ambassador to B from T3 to T4, a post
# that also covered C", "..., and as Permanent Representative of C to O": a second post of the
# same person's, with its own tenure and side states
R_AND_AS_POST = re.compile(
    r"\s*,?\s+and\s+(?:(?:from|between)\s+«T\d+»\s+(?:to|and)\s+«T\d+»\s+)?as\s+(?:the\s+)?"
    r"(?:Permanent\s+Representative|Ambassador|High\s+Commissioner)(?:\s+of\s+(?:the\s+)?«C\d+»)?\s+to\s+"
    r"(?:the\s+)?(?P<o>«[CGO]\d+»)"
)
# "X joined the Ministry of Foreign Affairs in T", "He entered the Department of Foreign Affairs
# in T as a desk officer", "X, 56, holds a degree from I and joined the Ministry ...": a career
# in a state's ministry or department begun (its year dates the post)
R_JOINED_BODY = re.compile(
    r"(?P<p>«P\d+»)(?:\s*,\s*\d{1,3}\s*,)?(?P<mid>(?:[^;.«]|«[IT]\d+»){0,80}?)\b(?P<v>joined|entered)\s+"
    r"(?:the\s+)?(?P<o>«I\d+»)(?:\s+in\s+«T(?P<t>\d+)»)?"
)
_MINISTRY_NAME = re.compile(r"(?:Ministry|Department|Foreign\s+Service|Diplomatic\s+Service)\b")
# ("X became (becomes) Ambassador of C to D", "X spent four years as C's High Commissioner to D",
# "X represented C as Ambassador to D", "X took the oath of office at L yesterday as C's
# Ambassador to D", "X was sworn in as ...": other verbs of holding a post; "naming X as C's
# Ambassador to D", "• X, as Ambassador of C to D": a head of mission's post right after "as")
R_SERVED = re.compile(
    rf"(?P<p>«P\d+»)(?:{APPO}\s+(?:(?:previously|formerly|also|once|has|had|currently|then|later)\s+)*"
    rf"(?:(?:served|serves|doubles|worked|works|is\s+serving|spent\s+[a-z]+(?:\s+[a-z]+){{0,2}}|"
    # ("X headed the embassy in L as Ambassador to D": the mission's post)
    rf"headed\s+(?:the|its|his|her)\s+(?:embassy|mission|high\s+commission)(?:\s+in\s+«[LC]\d+»)?|"
    rf"(?:took|takes|has\s+taken)\s+(?:the|his|her)\s+oath(?:\s+of\s+office)?(?:\s+(?:[^\s«.;,]+|«[TLI]\d+»)){{0,5}}?|"
    rf"(?:was|has\s+been|is)\s+sworn\s+in(?:\s+(?:[^\s«.;,]+|«[TLI]\d+»)){{0,5}}?)\s+as|"
    rf"becomes|became|represented\s+(?P<repc>«C\d+»)\s+as)|,?\s+as"
    rf"(?=\s+(?:the\s+)?(?:«C\d+»(?:{POSS}|[{APOS}])\s+)?(?:Ambassador|High\s+Commissioner|"
    rf"Permanent\s+Representative)\b))\s+(?:the\s+|an?\s+)?{POST_MODS}(?:{PREMOD_F})?"
    rf"{POST_MODS}(?P<post>{POST})"
)
# "X, who chairs the Friendship Group (heads the Committee), hosted ...": an office in a body,
# told by the verb (not a mission: "who heads the Embassy" is an envoy's post, see above)
R_WHO_CHAIRS = re.compile(
    r"(?P<p>«P\d+»)\s*,\s+who\s+(?:(?:also|currently|now)\s+)?(?P<v>chairs|co-chairs|presides\s+over)"
    r"\s+(?:the\s+)?(?P<o>«[IO]\d+»)(?!\s*(?:of|in)\s)"
)
# "X, who is also Ambassador of Lesotho to Ethiopia, ..."
R_WHO_IS = re.compile(
    rf"(?:(?P<p>«P\d+»)\s*,\s*who(?:\s+(?:is\s+resident|resides|is\s+based)\s+in\s+«[LC]\d+»\s*,)?"
    # "Ambassador X is concurrently Norway's Ambassador to Indonesia": a rank before the name
    # ("...; she is also the Permanent Representative of C to the O": after a semicolon too)
    # ("X, who has been Ambassador to D since T": the present perfect)
    # ("A lawyer by training, X was Ambassador of C to D": a fronted phrase with no name first)
    # ("From T to T2 X was C's Permanent Representative to O": a fronted tenure)
    rf"|(?:^|;|^\s*[A-Z](?:[^,;«]|«T\d+»){{0,50}},|^\s*(?:From|Between)\s+«T\d+»\s+(?:to|and)\s+«T\d+»)"
    rf"\s*(?:(?:Ambassador|High\s+Commissioner|Amb\.)\s+)?"
    rf"(?P<p2>«P\d+»))\s+(?:is|was|"
    rf"(?<=who\s)(?:has|had)\s+been|"
    # "X, who also serves as his country's Permanent Representative to the O"
    # ("who doubles as ambassador to C and D": a second post, news style)
    rf"(?:also\s+|concurrently\s+)?(?:serves|doubles)\s+as)\s+"
    rf"(?:(?:also|concurrently|currently|now)\s+)*"
    # "who is also her country's permanent representative to the CPLP": the post of her state
    rf"(?:the\s+|an?\s+|(?:his|her)\s+(?:country[{APOS}]s\s+)?|its\s+country[{APOS}]s\s+)?"
    rf"{POST_MODS}(?:{PREMOD_F})?{POST_MODS}(?P<post>{POST})"
)
# "X, who is also her country's permanent representative to the CPLP": a lower-case post of
# her state's mission, news style
R_WHO_IS_LOW = re.compile(
    rf"(?P<p>«P\d+»)\s*,\s*who\s+(?:is|was)\s+(?:(?:also|concurrently|currently|now)\s+)*"
    rf"(?:his|her)\s+country{POSS}\s+(?:permanent\s+representative|ambassador|high\s+commissioner)"
    rf"\s+to\s+(?:the\s+)?(?P<o>«[CGO]\d+»)"
)
# "received the letters of credence of H.E. Ambassador X as the Permanent Representative of ..."
R_CREDENCE_OF = re.compile(
    # "received on Tuesday, 4 June 2024, the Letters of Credence of X as ...": the day between
    rf"\b(?:received|accepted)\s+(?:(?:on\s+)?{T}\s*,?\s+)?(?:the\s+)?{CREDENTIALS}"
    # "received the Letters of Credence of H.E. Mr. X, Ambassador of C to O": the post in
    # apposition
    rf"\s+(?:of|from)\s+(?:[^«;,]{{0,40}}?)(?P<p>«P\d+»)(?:\s+as|\s*,)\s+(?:the\s+)?"
    rf"{POST_MODS}(?P<post>{POST})"
)
# "received a copy of the credentials of ...": a courtesy before the presentation
_CRED_COPY = re.compile(r"\b(?:a\s+)?cop(?:y|ies)\s+of\b")
# "received at his office on Tuesday the credentials of the new Ambassador of C to D, X": the
# post before the name
R_CREDENCE_OF_POST = re.compile(
    rf"\b(?:received|accepted)\s+(?:(?!«P)[^;]){{0,60}}?\b(?:the\s+)?{CREDENTIALS}\s+(?:of|from)\s+"
    # "the credentials of Japan's new Ambassador to Zambia, X": the sending state before the post
    rf"(?:the\s+|(?P<poss>«C\d+»)['’]s\s+)?{POST_MODS}(?P<post>{POST})\s*,\s+{_HONS}(?P<p>«P\d+»)"
)
# "The Amir received on Monday the credentials of four new ambassadors to the State of Qatar."
# (the ambassadors listed in the lines that follow)
R_CREDENCE_GROUP = re.compile(
    r"(?P<r>«P\d+»),?\s+(?:(?!«P)[^;]){0,80}?\b(?:received|accepted)\s+(?:(?!«P)[^;]){0,60}?"
    r"\b" + CREDENTIALS + r"\s+(?:of|from)\s+"
    r"(?:(?:a\s+number\s+of|several|[a-z]+|\d+)\s+)?(?:new(?:ly\s+appointed)?\s+)?"
    r"(?:non-resident\s+)?(?:[Aa]mbassadors|envoys|[Hh]eads\s+of\s+[Mm]ission)\b"
    # "the letters of credence of the new ambassadors of A, B and C to D"
    rf"(?:\s+of\s+(?:the\s+)?(?P<frm>{LIST(C)}))?"
    r"(?:\s+(?:accredited\s+)?(?:to|in)\s+(?:the\s+)?(?P<to>«[CO]\d+»))?"
)
# one envoy of such a group opening a sentence of his own: "Mexico's new ambassador, X, resides
# in Copenhagen ...", "X, Ambassador of the Republic of Poland, presented her copy ..."
R_CREDENCE_OPENER = re.compile(
    r"^\s*(?:(?P<c>«C\d+»)['’]s\s+(?:new\s+)?(?:[Aa]mbassador|High\s+Commissioner)\s*,\s*"
    r"(?P<p>«P\d+»)|(?P<p2>«P\d+»)\s*,\s*(?:the\s+)?(?:new\s+)?(?:Ambassador|High\s+Commissioner)"
    r"\s+of\s+(?:the\s+)?(?P<c2>«C\d+»)"
    # "The Ambassador of Portugal, X, resides in Bucharest ..."
    r"|(?:The\s+)?(?:new\s+)?(?:Ambassador|High\s+Commissioner)\s+of\s+(?:the\s+)?(?P<c3>«C\d+»)"
    r"\s*,\s*(?P<p3>«P\d+»))\s*,"
    # "Portuguese Ambassador X is resident in ...", "Chilean Ambassador Y, who ...": a demonym
    r"|^\s*(?P<c4>«D\d+»)\s+(?:new\s+)?(?:Ambassador|High\s+Commissioner)\s+(?P<p4>«P\d+»)"
    r"(?=\s*,|\s+(?:is|was|has|had)\b)"
)
# "The newly appointed ambassadors of A and B to C presented their letters of credence to
# President X on Monday": the envoys' group as the subject, its receiver after "to"
R_CREDENCE_GROUP_SUBJ = re.compile(
    r"\b(?:new(?:ly\s+appointed)?\s+)?(?:non-resident\s+)?(?:[Aa]mbassadors|envoys|[Hh]eads\s+of\s+"
    rf"[Mm]ission)\s+of\s+(?:the\s+)?(?P<frm>{LIST(C)})\s+(?:to|in)\s+(?:the\s+)?(?P<to>«[CO]\d+»)"
    r"\s+(?:formally\s+)?presented\s+(?:their\s+)?(?:copies\s+of\s+(?:their\s+)?)?" + CREDENTIALS
    + r"\s+to\s+(?:(?!«)[^;]){0,40}?(?P<r>«P\d+»)"
)
# "The envoys who presented their letters of credence are Ambassador X of C, ... and High
# Commissioner Y of D.": the list in one sentence after such a group
R_CREDENCE_LIST_HEAD = re.compile(
    r"^\s*(?:(?:The|These)\s+(?:new\s+)?(?:envoys|[Aa]mbassadors|[Hh]eads\s+of\s+[Mm]ission|"
    r"diplomats)\b(?:(?!«)[^;]){0,80}?|They\s+)(?:are|were|include|included)\s+"
)
# "Ambassador X of Portugal" (a head of mission's title, the name, then the sending country)
R_TITLE_NAME_OF = re.compile(
    # ("President X of Sweden", "Prime Minister Y of Barbados": an official of that state)
    r"\b(?:[Aa]mbassador|High\s+Commissioner|(?P<off>(?:Vice[\s-]|Deputy\s+)?President|"
    r"(?:Deputy\s+)?Prime\s+Minister|(?:Foreign|Defence|Defense|Finance|Trade)\s+Minister|"
    r"King|Queen|Emir|Crown\s+Prince|Chancellor))\s+(?P<p>«P\d+»)\s+(?P<v>of)\s+(?:the\s+)?"
    r"(?P<c>«C\d+»)(?!\s*['’])"
)
# "- Ambassador of the Republic of Chile, X" / "X, Ambassador of Chile": a line of that list
# "1. Mr. X, Ambassador of the Republic of Chile, resident in Abuja;", "2. Ms. Y, Ambassador
# of the Republic of Poland; and": a numbered item, a seat abroad, the list's "and"
R_CREDENCE_ITEM = re.compile(
    r"^\s*(?:[-•–*]\s*|\d{1,2}[.)]\s+)?(?:(?:the\s+)?(?:Ambassador|High\s+Commissioner)\s+of\s+"
    r"(?:the\s+)?«C\d+»\s*,\s*(?P<p>«P\d+»)|(?P<p2>«P\d+»)\s*,\s*(?:the\s+)?(?:Ambassador|"
    r"High\s+Commissioner)\s+of\s+(?:the\s+)?«C\d+»(?:\s*,\s*(?:resident|based)\s+in\s+"
    r"«[LC]\d+»)?)\s*(?:[.;,]\s*(?:and)?)?\s*$"
)
# "Dr. Jan Nowak of the Department of Asian Studies": a person of a body
R_PERSON_OF_BODY = re.compile(r"(?P<p>«P\d+»)\s+(?P<v>of)\s+the\s+(?P<o>«I\d+»)(?!['’]s)")
R_COUNTERPART = Anchored(re.compile(
    rf"(?:his|her|His|Her)\s+(?P<dem>«[DC]\d+»)\s+(?:counterpart|peer|homologue|opposite\s+number)\s*,?\s+(?:(?:{POST})\s*,?\s+)?"
    rf"{_HONS}(?P<p>«P\d+»)"
), r"[Hh]is\s|[Hh]er\s")


# "Wickramasinghe is also concurrently accredited to Sudan and Libya"
_CGO = r"«[CGO]\d+»"
R_ACCREDITED = re.compile(
    rf"(?P<p>«P\d+»){APPO}(?:\s*,?\s*who)?"
    # "X is resident in Astana and is also accredited to C", "X, ..., resides in Copenhagen and
    # is also accredited to C and D": a residence before the side accreditations
    r"(?:\s+(?:resides|(?:is|was)\s+(?:resident|based))\s+in\s+«[LC]\d+»\s+and)?"
    # ("X is C's Ambassador to B, concurrently accredited to D": the post told first)
    # ("X was received by the King upon her appointment as British High Commissioner to B,
    # concurrently accredited to D": the post she is appointed to)
    r"(?:(?:\s+(?:is|was)|\s+(?:(?!«P)[^;.]){0,80}?\s(?:upon|on)\s+(?:his|her)\s+appointment\s+as)"
    r"\s+(?:«C\d+»[’']s\s+|«D\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:Ambassador|High\s+Commissioner)"
    r"\s+to\s+(?:the\s+)?«C\d+»\s*,(?=\s+(?:also|concurrently)\s))?"
    # (after the residence, "... and also accredited to C" without a second "is")
    # ("X, accredited as well to C": a participle after the name's comma, with its adverb)
    r"(?:\s+(?:is|was|has\s+been|had\s+been)|(?<=\sand)|(?<=,)(?=\s+(?:(?:also|concurrently)\s+"
    # ("Belgium's ambassador, X, accredited to Yerevan from ...": a bare participle, kept for
    # heads of mission below)
    r"accredited|accredited\s+as\s+well\s+to|(?P<bare>accredited\s+to))\s))\s+(?:(?:also|concurrently|"
    # ("X is also credentialed to C": another word for "accredited")
    # ("X, who is likewise accredited to C": another adverb of the second post)
    # ("X, who is concurrently credited to C": "credited" after an adverb of the second post)
    rf"simultaneously|jointly|now|likewise)\s+)*(?:dual-|double-|cross-)?(?P<v>accredited|credential{{1,2}}ed|"
    rf"(?:(?<=also\s)|(?<=concurrently\s)|(?<=likewise\s))credited)\s+(?:as\s+[^;«]{{0,60}}?\s+)?"
    # ("X, who is accredited on a non-resident (concurrent) basis to A and B": the manner before
    # "to")
    r"(?:on\s+a\s+(?:concurrent|non-resident)\s+basis\s+)?"
    # ("X is also accredited in Bishkek": "in" the state's capital)
    # ("X is also credentialed in Lilongwe": the same with the other word)
    rf"(?:to|(?:(?<=accredited\s)|(?<=credentialed\s)|(?<=credentialled\s))in(?=\s+(?:the\s+)?{C}))\s+"
    rf"(?:the\s+)?(?P<o>{LIST(_CGO)})"
)
# the last person of an apposition, whose own relative clause follows ("..., B, who is")
_LAST_P_WHO = re.compile(r"«P(?P<p>\d+)»(?=\s*,\s*who\s+(?:is|was)\s+(?:(?:also|concurrently)\s+)*"
                         r"(?:dual-|double-)?(?:accredited|credential{1,2}ed)\b)")
# A head of mission's side accreditations, in other words than "is also accredited to"
# (R_ACCREDITED). The noun "accreditation" says by itself that the person heads a mission:
#   "X's accreditation also extends to A and B", "His accreditation covers A" (the head of
#   mission just named), "X, who is resident in Havana, holds concurrent accreditation to A",
#   "X, whose accreditation includes A";
# the other words need the person to hold a head of mission's post, so a minister who "also
# covers trade" or "whose mandate covers A" gives nothing:
#   "X, who resides in Canberra, also covers A and B", "X also represents C in A and B",
#   "X, whose jurisdiction (mandate, mission, remit) also extends to A", "X, who has concurrent
#   jurisdiction over A".
R_SIDE_ACCREDITATION = re.compile(
    # ("She has non-resident accreditation for A and B as well": a subject pronoun before the
    # verb of holding, the head of mission just named)
    r"(?:(?P<p>«P\d+»)|\b(?P<pron>[Hh]is|[Hh]er)|\b(?P<subj>[Ss]he|[Hh]e)(?=\s+(?:also\s+)?(?:holds|has)\s))(?:"
    # the noun after a possessive
    rf"(?(p){POSS}|)\s+(?:concurrent\s+|non-resident\s+)?accreditation\s+(?:also\s+|now\s+)?"
    # ("X's accreditation also stretches to A and B": the same)
    r"(?P<v>extends|extended|stretches|stretched|covers|covered|includes|included)\s+(?:also\s+)?"
    r"(?:to\s+)?"
    # the noun after a verb of holding
    # ("X, who is resident in L and holds concurrent accreditation to A": the residence first)
    # ("C's Ambassador to A, X, with jurisdiction over B": "with" after the name's comma)
    rf"|(?(p){APPO}(?:\s*,?\s*who(?:\s+is\s+(?:resident|based)\s+in\s+«[LC]\d+»\s+and)?|"
    rf"\s*,(?=\s+with\s))?|(?(subj)|(?!)))"
    rf"\s+(?:also\s+)?(?P<v2>holds|has|enjoys|carries|(?<=,\s)with)\s+"
    r"(?:also\s+)?(?:an?\s+)?(?:(?:concurrent|dual|non-resident|additional|side)\s+)?"
    # ("C's Ambassador to A, X, with responsibility for B": as "with jurisdiction over")
    # ("C's Ambassador in A, X, with concurrence in B": a translated wire's side accreditation)
    # ("X has an accreditation that stretches to A and B": a relative clause after the noun)
    r"(?:accreditations?\s+(?:(?:that|which)\s+(?:also\s+)?(?:extends|stretches|covers|includes)"
    r"(?:\s+to)?|(?:also\s+)?(?:to|for))|(?P<jurisdiction>jurisdiction\s+over|responsibility\s+for|"
    r"concurrence\s+(?:in|for)))\s+"
    # the noun after "whose"
    # ("X, whose purview also takes in A and B": the same)
    # ("X, whose area of accreditation includes A and B": the same noun)
    rf"|(?(p){APPO}\s*,?\s*(?:and\s+)?whose|(?!))\s+(?:area\s+of\s+)?(?P<noun>accreditation|jurisdiction|mandate|mission|"
    # ("X, whose mandate from Buenos Aires also covers A": the sending state after the noun;
    # "X, whose responsibilities extend to A and B": a plural noun and verb)
    # ("X, whose portfolio also includes A", "X, whose credentials also extend to A and B":
    # "X, whose competence also covers A": other nouns of a head of mission's reach)
    # ("X, whose brief also takes in A": the same; "whose circumscription also covers A": the
    # Spanish "circunscripción", an embassy's area)
    # ("X, whose district includes A": an envoy's district)
    r"remit|purview|portfolio|responsibilities|credentials|competence|brief|circumscription|"
    r"district)\s+(?:from\s+«[CL]\d+»\s+)?(?:also\s+)?"
    r"(?P<v3>covers|"
    r"extends\s+to|(?:(?<=responsibilities\s)|(?<=credentials\s))(?:also\s+)?(?:cover|extend\s+to|include)|"
    r"stretches\s+to|includes|takes\s+in)\s+"
    # the verbs
    # ("X, C's Ambassador in L, who represents C at the O as well": the body too)
    # ("X, who is concurrently responsible for A, B and C": a head of mission's side states)
    # ("X, who resides in L and also represents his country in A": the residence first)
    rf"|(?(p){APPO}(?:\s*,?\s*who(?:\s+(?:resides|is\s+(?:resident|based))\s+in\s+«[LC]\d+»\s+and)?)?|(?!))"
    # ("X, who is concurrent also for B": a translated wire's side accreditation)
    rf"\s+(?:is\s+(?=(?:also|concurrently)\s+(?:responsible\s+for|in\s+charge\s+of)\s|"
    rf"concurrent\s+(?:also\s+)?for\s))?"
    # ("X, who covers A from L": the side state served from the residence named)
    r"(?:also\s+|concurrently\s+|(?=covers\s+(?:the\s+)?«C\d+»\s+from\s+«[LC]\d+»)|"
    r"(?=concurrent\s+(?:also\s+)?for\s)|"
    r"(?=represent(?:s|ed)\s+"
    r"(?:«C\d+»|(?:his|her)\s+country)\s+at\s+(?:the\s+)?«O\d+»\s+as\s+well\b))(?P<v4>covers|"
    # ("X, who is also responsible for relations with A": the same)
    r"responsible\s+for(?:\s+(?:relations|ties)\s+with)?|"
    # ("X, who also looks after B": the same)
    r"(?<=also\s)looks\s+after|concurrent\s+(?:also\s+)?for|"
    # ("C's Ambassador to A, X, also in charge of B": the same, after the name's comma)
    # ("X, who is also in charge of relations with B": the same, in a relative clause)
    r"(?:(?<=,\salso\s)|(?<=,\sconcurrently\s)|(?<=who\sis\salso\s))in\s+charge\s+of"
    r"(?:(?<=who\sis\salso\sin\scharge\sof)\s+(?:relations|ties)\s+with)?|"
    r"represent(?:s|ed)\s+(?:«C\d+»|(?:his|her)\s+country)\s+(?:in|at))\s+"
    rf")(?:the\s+)?(?P<o>{LIST(_CGO)})"
)
_POST_PREDS = ("AMBASSADOR_OF", "ACCREDITED_TO")
_SIDE_CUES = ("accreditation", " represent", " covers ", "whose ", " jurisdiction over ",
              " responsible for ", " in charge of ", "responsibility for",
              " serves ", " served ", " concurren", " looks after ")
# "X, C's Ambassador to A, who represents C in L on a non-resident basis": accredited to the
# state whose capital (or which) is named
R_REPRESENTS_NONRES = re.compile(
    rf"(?P<p>«P\d+»){APPO}\s*,?\s*(?:who\s+)?(?:also\s+)?(?P<v>represents|represented|"
    # ("X, C's Ambassador to A, who also serves B on a non-resident basis": the same)
    rf"serves|served)\s+"
    rf"(?:(?<=represents\s)(?:«C\d+»|(?:his|her)\s+country)\s+in\s+|(?<=represented\s)(?:«C\d+»|"
    rf"(?:his|her)\s+country)\s+in\s+|(?<=serves\s)|(?<=served\s))(?:the\s+)?(?P<o>«[CL]\d+»)\s+"
    # ("X, C's Ambassador to A, who represents C in L as well": the second seat the same)
    rf"(?:on\s+a\s+non-resident\s+basis|as\s+(?:a\s+)?non-resident\b|(?P<well>as\s+well\b))"
)
_CREDENTIALS = re.compile(
    # ("handed over her credentials to President Y ... on Monday": the same ceremony)
    # ("lodged his credentials with the President on Monday": the same)
    # ("remitted his letters of credence to President Y": the same, French usage;
    # "tendered (handed) her letters of credence to the President on Monday": the same)
    # ("took up his duties after handing his credentials to Y on Thursday": the gerunds too)
    r"\b(?:presented|handed(?:\s+over)?|lodged|remitted|tendered|presenting|handing(?:\s+over)?|"
    r"lodging|tendering)\s+(?:his|her|their)\s+"
    + CREDENTIALS + r"(?!\s+as\b)"
)
_PRESENT_GATE = re.compile(r"presented|handed |remitted|delivered")
# ("X, C's Ambassador to A, whose accreditation extends to B, handed her letters of credence to
# the President of B on T": the ceremony names the state it accredits her to)
_CREDENTIALS_TO_STATE = re.compile(
    _CREDENTIALS.pattern + r"\s+to\s+(?:the\s+)?(?:President|King|Queen|Emperor|Sultan|Emir|"
    r"Governor[\s-]General|Head\s+of\s+State)\s+of\s+(?:the\s+)?«C(\d+)»")
# a headline's plural verb after "A, B's post": the comma stands for "and" ("X, Chinese envoy
# discuss trade", "X, Kenyan minister sign ..."), so the post is no apposition of A
_HEADLINE_PAIR_VERB = re.compile(
    r"\s+(?:discuss|sign|meet|hold|agree|review|explore|vow|pledge|seek|eye|exchange|mull|"
    r"talk|launch|inaugurate|open|underline|stress|reaffirm)\b"
)
# "X, who presented her credentials to King Y in July 2021" (accredited as said before); an
# interview's "I presented my credentials to President Y in September 2022"
R_WHO_PRESENTED = re.compile(
    # "X, who is also accredited to A and B, presented his letters of credence to ... on T"
    r"(?P<p>«P\d+»)(?:\s*,\s*who\s+(?:is|was)\s+(?:(?:also|concurrently)\s+)*accredited\s+to\s+"
    r"(?:(?!«[PT])[^;,]|,(?!\s+presented))*,|\s*,\s*who)?\s+(?:(?:had|has)\s+)?(?P<v>presented)\s+"
    r"(?:his|her|their|my)\s+"
    # "... to King Y in July 2021", "... to the Governor-General of Belize in March 2021",
    # "... to the Chairman of the State Council in May 2025"
    + CREDENTIALS + r"(?:\s+to\s+[^,;«]{0,40}?"
    r"(?:«P\d+»|«C\d+»|«I\d+»)?)?\s+(?:in|on)\s+«T(?P<t>\d+)»"
)
# a list item that is only a document's name ("2. MoU on Cooperation in Traditional Medicine")
# (a list's marker may be a letter or a Roman numeral, "a)", "(ii)"; an article may open the
# line, "1) A J;"; a programme's years may follow it, "- J for 2027-2029.")
_LIST_MARK = r"(?:\d{1,2}[.)]|[-•–*▪·]|\(?[a-h]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))"
_TITLE_J = re.compile(
    rf"\s*(?:{_LIST_MARK}\s*)?(?:(?:A|An|The)\s+)?«J(\d+)»(?:\s+for\s+\d{{4}}\s*[-–]\s*\d{{4}})?"
    rf"\s*[.;:]?\s*\Z")
# the line under it: "Exchanging signatories:", "Signatories:", "Signed by:"
_SIGNATORIES = re.compile(
    r"\s*(?:Exchanging\s+)?(?:[Ss]ignator(?:y|ies)|Signed\s+by)\s*"
    r"(?:\([^)]{0,30}\)\s*)?:"
)
# "Y presented her letters of credence to the President on Friday": the presentation's day
R_PRESENTED_ON = re.compile(
    r"(?P<p>«P\d+»)\s+(?:(?:formally|officially|also|has|had)\s+)*presented\s+(?:his|her|their)\s+"
    + CREDENTIALS + r"(?:\s+to\s+(?:the\s+)?"
    # ("to the Head of State in October 2023": a title with "of", a month)
    r"(?:«P\d+»|[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}))?(?:\s+in\s+«[LC]\d+»)?\s+"
    r"(?:on\s+|in\s+)?«T(?P<t>\d+)»"
)
# "X, who presented her credentials in Warsaw in September 2022": accredited to that capital's
# state
R_PRESENTED_IN = re.compile(
    r"(?P<p>«P\d+»)\s*,\s*who\s+(?:(?:had|has)\s+)?(?P<v>presented)\s+(?:his|her|their)\s+"
    + CREDENTIALS + r"\s+in\s+(?P<l>«L\d+»)"
    # ("X, C's Ambassador to D, submitted her letters of credence to the President of E": the
    # head of state's country is the receiving state)
    + rf"|(?P<p2>«P\d+»){APPO}\s+(?:(?:formally|officially|also|has|had)\s+)*"
    rf"(?P<v2>presented|submitted|handed(?:\s+over)?|lodged|tendered|remitted)\s+"
    rf"(?:his|her|their)\s+{CREDENTIALS}\s+to\s+(?:the\s+)?(?:President|King|Queen|Emir|Sultan|"
    rf"Grand\s+Duke|Governor[\s-]General|Head\s+of\s+State)\s+of\s+(?:the\s+)?(?P<l2>«C\d+»)"
)


_COMP_RX = {
    prep: re.compile(rf"\b{prep}\s+(?:the\s+)?(?:(?:sisterly|brotherly|friendly|fraternal)\s+)?"
                     # ("the chair of the Sabor's Friendship Group": the chamber's own body)
                     rf"(?:«[CI]\d+»{POSS}\s+(?=«[IO]))?({LIST(_ANYREF)})")
    for prep in ("of", "at", "to", "in", "for")
}


def _quoted(text: str, pos: int) -> bool:
    """Whether pos lies inside a quoted title opened before it on the same text."""
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _comp_refs(post: str, prep: str) -> list[int]:
    """Mentions right after a preposition of a post: 'to the «C1» and «C2»' -> [1, 2]."""
    if "«" not in post:
        return []
    out: list[int] = []
    for m in _COMP_RX[prep].finditer(post):
        out += refs(m.group(1))
    return out


# "PHNOM PENH — " opening a later paragraph: a place in capitals and a dash, a brief's dateline
_BRIEF_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]+(?:[^\S\n][A-Z][A-Z'’.-]+){0,3}(?:,[^\S\n]+[A-Z][\w'’.-]+){0,2}"
    r"[^\S\n]+(?:--|—|–)[^\S\n]+(?=[A-Z])"
)


class Extractor:
    def __init__(self, doc: Doc, pub: PartialDate | None, dateline_date: PartialDate | None):
        self.doc = doc
        self.ctx = Context(pub, dateline_date)
        self.cands: list[tuple[Sent, Cand]] = []
        # person entity -> (sentence index, day) of "X presented her credentials ... on Friday"
        self.presented: dict[str, tuple[int, PartialDate]] = {}
        self.presented_any: dict[str, PartialDate] = {}
        # a head of mission's post with no sending state but a tenure ("From T to T2 he served
        # as High Commissioner to D"): (person mention, tenure)
        self.sendless: list[tuple[int, tuple[PartialDate, DateSource, bool]]] = []
        # (sentence index, mention) of a line that is only an agreement's name: a list item
        self.title_j: tuple[int, int] | None = None
        # (the date of a list of signed documents, told by the sentence that opens it)
        self.list_date: tuple[int, PartialDate | None, DateSource] = (-1, None, DateSource.NONE)
        # a headline's signing of an agreement it does not name: "A and B sign geology accord"
        self.headline_unnamed: Cand | None = None
        # an event page's own date ("Date: ... / Venue: ..."): the day of its lecture
        self.event_date: PartialDate | None = None
        # in the order of the families of entities.SENTENCE_CUES, then the posts
        self._rules: tuple[Callable[[Sent], Iterator[Cand]], ...] = (
            self._recognized, self._ties, self._member, self._coop, self._signed, self._met,
            self._visited, self._lectured, self._posts,
        )

    # each rule yields candidates for one sentence
    def sentence(self, sent: Sent) -> None:
        if self.cands and self._new_story(sent):
            # a page of short briefs: a dateline that opens a later paragraph starts a story of
            # its own, whose events do not take the days the stories before it told
            self.ctx = Context(self.ctx.pub, None)
        if "presented" in sent.text and sent.dates:
            self._note_presented(sent)
        if sent.index > 0 and sent.dates and " held " in sent.text:
            self._redate_lead_meeting(sent)
        title = _TITLE_J.match(sent.text) if "«J" in sent.text else None
        signatories = self._signatories(sent)
        if title is not None:
            self.title_j = (sent.index, int(title.group(1)))
            signatories += self._listed(sent, int(title.group(1)))
        if "visit" in sent.text:
            signatories += self._visit_runs(sent)
        found: list[Cand] = list(signatories)
        parties = _PARTY.findall(sent.text) if "«" in sent.text else []
        mask = self.doc.cues(sent.index)
        if not mask & _VISIT_FAMILY and self._stay_after_visit(sent):
            mask |= _VISIT_FAMILY
        # a relation needs two parties (a group, "the two countries", counts as two)
        if not found and (not parties or len(parties) == 1 and parties[0] not in "GQ") and not (
                mask & 2 and ("iplomatic" in sent.text  # "Diplomatic relations were ...": ties
                              or sent.text.lstrip().startswith("Relations "))
        ) and not ("«D" in sent.text and ("«P" in sent.text  # "by Indonesian Minister X"
                                          # "Monegasque cooperation with C dates back to T"
                                          or " back to " in sent.text)) and not (
                # "A recognised the young Comorian state": the state its demonym names
                "«D" in sent.text and "recogni" in sent.text) and not (
                # "X held talks with his guest": the visitor of the sentence before
                # ("In talks with Y, the two sides ...": the same)
                "«P" in sent.text and (" guest" in sent.text or " visitor" in sent.text
                                       or " the two sides" in sent.text
                                       or " the two delegations" in sent.text)):
            if sent.dates or sent.lead:  # (else nothing for the context to learn)
                self._update_context(sent, [])
            return
        for bit, rule in enumerate(self._rules[:RULE_FAMILIES]):
            if mask >> bit & 1:
                found.extend(rule(sent))
        if "«P" in sent.text:
            found.extend(self._posts(sent))
            found.extend(self._stay_range(sent))
        if any(cue in sent.text for cue in _SIDE_CUES):
            found.extend(self._side_accreditations(sent, found))
        low = sent.text.lower()
        denial = any(w in low for w in _DENIAL_CUES) and bool(DENIAL.search(sent.text))
        kept: list[Cand] = []
        remote = any(w in low for w in _REMOTE_CUES)
        for c in found:
            kind = predicate(c.pred).kind.value if c.pred in _PREDS else "event"
            if denial and kind == "event":
                continue
            if remote and c.pred == "MET_WITH" and self._remote_meeting(sent.text, c.trigger):
                continue  # "held talks with Y by telephone": no meeting in person
            if c.pred in ("LECTURED_AT", "VISITED") and sent.future and self._announced(sent, c):
                continue  # "X is the keynote speaker (is on a visit to C) next week": to come
            if c.pred in _EVENT_PREDS and (" of " in sent.text or " to " in sent.text) and (
                    self._proxy_party(sent.text, c)):
                continue  # "An envoy of X met Y", "The daughter of X visited C": not X
            if c.pred == "MET_WITH" and " late " in sent.text and self._late_party(sent.text, c):
                continue  # "hosted a dinner in honour of the late President Y"
            self._date(sent, c)
            if c.pred == "LECTURED_AT" and c.date is None and self.event_date is not None:
                self._set(c, self.event_date, DateSource.SENTENCE)
            elif c.rule == "lectured.speech_headline" and c.date is None and (
                    self.ctx.dateline or self.ctx.pub):
                # "Address by X at Y" over "New Delhi, 14 February 2024": the speech's day
                self._set(c, self.ctx.dateline or self.ctx.pub, DateSource.PUBLICATION)
            kept.append(c)
        self._update_context(sent, kept)
        self.cands.extend((sent, c) for c in kept)

    @staticmethod
    def _announced(sent: Sent, c: Cand) -> bool:
        """An event told in the present tense with a date to come in its clause: "X is on a
        visit to C next week", "X is the keynote speaker at the I next week", "X speaks at the I
        tomorrow"."""
        t = sent.text
        if not _PRESENT_TALK.match(t, c.trigger):
            return False
        for k in sent.future:
            at = t.find(f"«T{k}»", c.trigger)
            if 0 <= at - c.trigger < 150 and "," not in t[c.trigger : at] and ";" not in t[
                    c.trigger : at] and not _UNTIL_BEFORE.search(t, c.trigger, at):
                return True  # (not "X is on a visit to C until next Tuesday": its end)
        return False

    @staticmethod
    def _proxy_party(t: str, c: Cand) -> bool:
        """A person of the event is named only as the one whose kin or agents took part ("An
        envoy of X met Y", "Aides to X met Y", "The daughter of X visited C")."""
        for i in (*c.subj, *c.obj):
            at = t.find(f"«P{i}»")
            if at > 0 and _PROXY_OF.search(t, max(0, at - 120), at):
                return True
        return False

    @staticmethod
    def _late_party(t: str, c: Cand) -> bool:
        """A party of the meeting is named as "the late Y" in the sentence (a person who has
        died: no meeting)."""
        for i in (*c.subj, *c.obj):
            at = t.find(f"«P{i}»")
            if at > 0 and _THE_LATE.search(t, max(0, at - 80), at):
                return True
        return False

    @staticmethod
    def _remote_meeting(t: str, trigger: int) -> bool:
        """The meeting whose verb is at trigger was held by telephone or video (its clause says
        so: "held talks with Y by telephone", "met Y via videoconference")."""
        end = _MEANS_CLAUSE_END.search(t, trigger)
        stop = end.start() if end else len(t)
        return _REMOTE_MEANS.search(t, trigger, stop) is not None or (
            _ON_SOCIAL_MEDIA.match(t, trigger, stop) is not None)

    def _new_story(self, sent: Sent) -> bool:
        """A sentence that opens a line with a dateline of its own ("VIENTIANE — ", "OSLO -- "),
        not the article's dateline."""
        text = self.doc.text
        if sent.start == 0 or text[sent.start - 1] != "\n":
            return False
        dl = self.doc.dateline
        if dl is not None and dl.start >= sent.start:
            return False
        return _BRIEF_DATELINE.match(text, sent.start) is not None

    def _redate_lead_meeting(self, sent: Sent) -> None:
        """"X has engaged Y in bilateral discussions ... . The discussions, held yesterday at
        ..., covered ...": the day the next sentence gives the lead's meeting, not the
        dateline's (and what follows "after the discussions" with it)."""
        m = _TALKS_HELD_ON.match(sent.text)
        if m is None or self.ctx.dateline is None:
            return
        value, _src = self._value(sent.dates[int(m["t"])])
        if value is None or value.day is None:
            return
        moved = False
        for s, c in self.cands:
            if (s.index == sent.index - 1 and s.lead and c.pred == "MET_WITH"
                    and c.date == self.ctx.dateline):
                self._set(c, value, DateSource.SENTENCE)
                moved = True
        if moved:
            # (and the talks' day that "At the close of the talks" takes)
            self.ctx.last_meet = value
            if self.ctx.last_talks is not None:
                self.ctx.last_talks = value

    def _signatories(self, sent: Sent) -> list[Cand]:
        """A list of outcomes: "1. MoU on Cooperation in ..." on its own line, then
        "Exchanging signatories: A, post; B, post": the people named sign that document."""
        if self.title_j is None or self.title_j[0] != sent.index - 1:
            return []
        m = _SIGNATORIES.match(sent.text)
        if m is None:
            return []
        people = [i for i in refs(sent.text[m.end() :]) if self.doc.mentions[i].kind == "P"]
        j = self.title_j[1]
        return [Cand("SIGNED_AGREEMENT", (p,), (j,), m.start(), "signed.signatories", "event",
                     0.8) for p in people]

    def _listed(self, sent: Sent, j: int) -> list[Cand]:
        """"A and B signed the following instruments:" and then one line per document ("- J;"):
        each line's document is signed by A and B."""
        cs = self.ctx.counted_signers
        if not cs[1] or not LIST_ITEM.match(sent.text) or not 0 < sent.index - cs[0] <= 4:
            return []
        first = cs[0]
        while first > 0 and _TITLE_J.match(self._sentence_text(first)):
            first -= 1  # back over the list's earlier lines to the sentence that opened it
        if not _FOLLOWING_LIST.search(self._sentence_text(first)):
            return []
        self.ctx.counted_signers = (sent.index, cs[1])
        if self.list_date[0] == first and self.list_date[1] is not None:
            return [Cand("SIGNED_AGREEMENT", cs[1], (j,), 0, "signed.listed", "none", 0.8,
                         self.list_date[1], self.list_date[2], True)]
        return [Cand("SIGNED_AGREEMENT", cs[1], (j,), 0, "signed.listed", "event", 0.8)]

    def _stay_after_visit(self, sent: Sent) -> bool:
        """"The trip was her first abroad. Senator X spent two days in C.": a stay counted in
        days, in a sentence after one that names a visit, trip or tour (its stay)."""
        return " spent " in sent.text and " days in " in sent.text and sent.index > 0 and (
            _VISIT_NAMED.search(self._sentence_text(sent.index - 1)) is not None)

    def _sentence_text(self, i: int) -> str:
        s, e = self.doc.sentences[i]
        return render(self.doc, s, e).text

    def _note_presented(self, sent: Sent) -> None:
        """"Y presented her letters of credence to the President on Friday": Y's day."""
        m = R_PRESENTED_ON.search(sent.text)
        if m is None:
            return
        value, _ = self._value(sent.dates[int(m["t"])])
        for pid in self.doc.mentions[refs(m["p"])[0]].ents if value is not None else ():
            assert value is not None
            if value.day is not None:
                self.presented[pid] = (sent.index, value)
            # ("Ambassador X presented his credentials to the Head of State in October 2023": a
            # month too, for an accreditation told elsewhere)
            self.presented_any.setdefault(pid, value)

    def finish(self) -> None:
        """After the last sentence: a headline's signing takes the date of the body's; an
        undated credentials ceremony takes the day a sentence near it gives the presentation."""
        for p, tenure in self.sendless:
            # "X, C's Ambassador to A, ... From T to T2 he served as High Commissioner to B": the
            # one state X heads missions for, since the older post's start
            envoy = self.doc.mentions[p].ents
            held = [c for _, c in self.cands
                    if c.pred == "AMBASSADOR_OF" and self.doc.mentions[c.subj[0]].ents == envoy]
            if len({self.doc.mentions[c.obj[0]].ents for c in held}) == 1:
                for c in held:
                    if c.date is None or tenure[0] < c.date:
                        self._set(c, tenure[0], tenure[1])
        for sent, c in self.cands:
            if c.date is not None or c.pred not in ("ACCREDITED_TO", "MET_WITH") or not (
                    "redentials" in sent.text or "redence" in sent.text):
                continue
            for i in (*c.subj, *c.obj):
                got = next((self.presented[e] for e in self.doc.mentions[i].ents
                            if e in self.presented), None)
                if got is not None and 0 < abs(got[0] - sent.index) <= 2:
                    self._set(c, got[1], DateSource.SENTENCE)
                    break
        # "X, the outgoing Ambassador of C to D, ... Ambassador X presented his credentials to
        # the Head of State in October 2023": an undated accreditation of X's post (to one state
        # or body only; not a side accreditation "also accredited to E") takes the
        # presentation's date
        accredited: dict[str, set[str]] = {}
        for _, c in self.cands if self.presented_any else ():
            if c.pred == "ACCREDITED_TO" and c.rule in _POST_ACCREDITED:
                for i in c.subj:
                    for e in self.doc.mentions[i].ents:
                        accredited.setdefault(e, set()).update(
                            x for j in c.obj for x in self.doc.mentions[j].ents)
        for _, c in self.cands if self.presented_any else ():
            if c.pred != "ACCREDITED_TO" or c.date is not None or c.rule not in _POST_ACCREDITED:
                continue
            who = [e for i in c.subj for e in self.doc.mentions[i].ents]
            if len(who) == 1 and who[0] in self.presented_any and len(accredited[who[0]]) == 1:
                self._set(c, self.presented_any[who[0]], DateSource.SENTENCE)
        # "A and B sign geology accord" over a body that tells one agreement signed: the two
        # states sign that agreement, on its day
        hu = self.headline_unnamed
        body = [(sent, c) for sent, c in self.cands
                if c.pred == "SIGNED_AGREEMENT" and sent.index > 0] if hu is not None else []
        signed = {e for _, c in body for j in c.obj for e in self.doc.mentions[j].ents}
        if hu is not None and len(signed) == 1:
            sent, c = body[0]
            self.cands.append((sent, Cand(hu.pred, hu.subj, c.obj[:1], hu.trigger, hu.rule,
                                          hu.mode, hu.confidence, c.date, c.date_source,
                                          True)))
        for _, c in self.cands:
            if c.rule == "signed.headline" and c.date is None:
                for j in c.obj:
                    date = self.ctx.signed.get(self.doc.mentions[j].ents[0])
                    if date is not None:
                        self._set(c, date, DateSource.SENTENCE)
                        break

    # --- rule bodies ---------------------------------------------------------------------

    def _recognized(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        if "recogni" not in t and "acknowledge" not in t:
            return  # both patterns need it (and R_RECOG is slow to fail)
        for m in R_RECOG.finditer(t):
            if NEG.search(m.group("mid")) or _blocked(sent, m.start("v"), m.start("v")) and not \
                    re.search(r"\b(?:first|second|third|fourth|fifth|earliest|among|one\s+of)\b",
                              m.group("mid")):
                continue
            c = Cand("RECOGNIZED", (refs(m["s"])[0],), (refs(m["o"] or m["o2"] or m["o3"])[0],),
                     m.start("v"), "recognized.active", "milestone", 0.9)
            when = _T_WHEN.search(t, 0, m.start("s")) if ", when " in t else None
            if when is not None and when.end() == m.start("s"):
                # "ties go back to 1945, when Brazil became one of the first states to
                # recognise Lebanon": the recognition is that date's
                d = sent.dates[int(when["k"])]
                if d.kind in ("day", "month", "year") and d.value is not None:
                    self._set(c, d.value, DateSource.SENTENCE)
            yield c
        for m in R_RECOG_NEW.finditer(t):
            s = refs(m["s"])[0]
            mine = self.doc.mentions[s].ents
            others = {self.doc.mentions[i].ents for i in refs(t[: m.start()])
                      if self.doc.mentions[i].kind == "C" and self.doc.mentions[i].ents != mine}
            if len(others) != 1 or NEG.search(t, _clause_start(t, m.start("v")), m.start("v")):
                continue
            o = next(i for i in refs(t[: m.start()]) if self.doc.mentions[i].ents in others)
            # the date in the sentence is the ties', not the recognition's
            yield Cand("RECOGNIZED", (s,), (o,), m.start("v"), "recognized.new_state", "none",
                       0.8)
        for m in R_RECOG_PASS.finditer(t):
            if not _blocked(sent, m.start("v")):
                yield Cand("RECOGNIZED", (refs(m["s"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "recognized.passive", "milestone", 0.9)

    def _ties(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        if ("iplomatic" not in t and " relations since " not in t and " ties " not in t
                and " that «" not in t and " which «" not in t
                and "which were established" not in t and "which had been established" not in t
                and " relations in «T" not in t and " relations on «T" not in t
                and " having " not in t and "ilateral ties," not in t
                and "ilateral relations," not in t and ", whose " not in t
                and "Ties between " not in t and not t.lstrip().startswith("Relations ")):
            return  # every ties pattern names "[Dd]iplomatic relations/ties" (or R_TIES_SINCE's,
            # R_TIES's dated bare "ties", or R_TIES_OBJ's relative clause)
        found = False
        for rx, rule in ((R_TIES, "ties.active"), (R_TIES_BETWEEN, "ties.between"),
                         (R_TIES_ANNIV, "ties.anniversary"), (R_TIES_SINCE, "ties.since"),
                         (R_TIES_ANNIV_SUBJ, "ties.anniversary"),
                         (R_TIES_WITH_BACK, "ties.date_back"),
                         (R_TIES_BETWEEN_BACK, "ties.date_back"), (R_TIES_OBJ, "ties.active"),
                         (R_TIES_BETWEEN_EST, "ties.between"),
                         (R_TIES_WHOSE if ", whose " in t else None, "ties.since"),
                         (R_TIES_WHILE_BACK if " back to " in t or " date from " in t else None,
                          "ties.date_back"),
                         (R_TIES_TRACE if " trace" in t else None, "ties.date_back"),
                         (R_TIES_HAVING if " having " in t else None, "ties.active")):
            for m in rx.finditer(t) if rx is not None else ():
                if rx is R_TIES_BETWEEN_EST and _OTHER_TIES.search(t, max(0, m.start() - 30),
                                                                   m.start()):
                    continue  # "Cultural ties between A and B were forged in 1908"
                if rx is not R_TIES_ANNIV and rx is not R_TIES_ANNIV_SUBJ and _blocked(
                        sent, m.start("v"), m.start("s0") if rx is R_TIES_SINCE
                        or rx is R_TIES_BETWEEN_EST else None):
                    continue
                parties = refs(m["a"]) + (refs(m["b"]) if "b" in m.groupdict() and m["b"] else [])
                if len(self._expand(parties)) < 2:
                    continue
                found = True
                yield Cand("ESTABLISHED_TIES", tuple(parties), tuple(parties), m.start("v"),
                           rule, "milestone", 0.9)
        if found:
            return
        for m in R_TIES_BARE.finditer(t):
            v = m.start("v") if m["v"] else m.start("v2")
            if _blocked(sent, v):
                continue
            pair = self._pair_at(sent)
            if pair:
                yield Cand("ESTABLISHED_TIES", pair, pair, v, "ties.bare",
                           "milestone", 0.8)

    def _pair_at(self, sent: Sent) -> tuple[int, ...]:
        """The two countries a sentence speaks of: its own (or, when it names fewer, with the
        sentence before); () unless exactly two."""
        doc = self.doc
        ids = [i for i in refs(sent.text) if doc.mentions[i].kind in "CG"]
        if len(self._expand(ids)) < 2 and sent.index > 0:
            s, e = doc.sentences[sent.index - 1]
            prev = [i for i in refs(render(doc, s, e).text) if doc.mentions[i].kind in "CG"]
            ids = prev + ids
        if len(self._expand(ids)) != 2:
            # "recognise Tajikistan after the dissolution of the Soviet Union, and formal
            # diplomatic relations date back to 1992": a former state named in passing is not
            # one of the pair
            ids = [i for i in ids if not set(doc.mentions[i].ents) <= _FORMER_STATES]
            if len(self._expand(ids)) != 2:
                return ()
        return tuple(ids)

    def _member(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        if "«O" not in t:
            return  # a claim needs an organization among the objects
        rules = (
            (R_MEMBER, "member.copula"), (R_MEMBER_APPO, "member.apposition"),
            (R_MEMBER_ATTR, "member.attributive"),
            (R_MEMBER_AS, "member.as"), (R_MEMBER_AS_FRONT, "member.as"),
            (R_MEMBER_POSS, "member.possessive"), (R_MEMBER_JOIN, "member.joined"),
            (R_MEMBER_ONE_OF_POSS, "member.possessive"),
            (R_MEMBER_GROUPS, "member.groups"), (R_MEMBER_OFWHICH, "member.of_which"),
            (R_MEMBER_TOWHICH, "member.of_which"),
            (R_MEMBER_WHICH_JOINED, "member.joined"), (R_MEMBER_APPO2, "member.apposition"),
            (R_MEMBER_WHICH_JOIN, "member.joined"), (R_MEMBER_ATTR_COP, "member.attributive"),
            (R_MEMBER_AND, "member.copula"), (R_MEMBER_JOIN_GAP, "member.joined"),
            (R_MEMBER_JOIN_WITH, "member.joined"), (R_MEMBER_AND_JOINED, "member.joined"),
            (R_MEMBER_COMPRISES, "member.groups"), (R_MEMBER_LIKE, "member.copula"),
            (R_MEMBER_JOINED_GAP_O, "member.joined"),
            *(((R_MEMBER_SINCE_IT, "member.joined"),) if "since" in t else ()),
            *(((R_MEMBER_ATTR_AND, "member.attributive"),) if " and a" in t else ()),
            *(((R_MEMBER_COP_GAP, "member.copula"),) if ", and " in t else ()),
            *(((R_MEMBER_SAME_YEAR, "member.joined"),) if " as «C" in t else ()),
            *(((R_MEMBER_JOINED_IT, "member.joined"),) if " it" in t and (
                ";" in t or ":" in t or " while " in t or " whereas " in t) else ()),
        )
        for rx, rule in rules:
            for m in rx.finditer(t):
                v = m.start("v") if m.groupdict().get("v") else m.start()
                if rx is R_MEMBER_JOIN_GAP:
                    v = m.start("s")  # its own date follows the second member
                elif rx is R_MEMBER_JOINED_GAP_O:
                    # (and the second body's; "and, since T, to O": the "since" before it)
                    v = m.start("o") if m["fr"] is None else t.index("since", m.start("fr"))
                if _negated(t, _clause_start(t, v), v):
                    continue
                if "observer" in t[max(0, v - 20) : v]:
                    continue
                if "observer" in t and _AS_OBSERVER.match(t, m.end()):
                    continue  # "C was admitted to (joined) O as an observer in T": no member
                objs = [i for i in refs(m["o"] if m.groupdict().get("o") else m["o2"])
                        if self.doc.mentions[i].kind == "O"]
                if rx is R_MEMBER_OFWHICH and len(objs) > 1 and (
                    _SINGULAR_BE.match(t, m.end("s")) or _BETWEEN_END.search(t, 0, m.start("o"))
                ):
                    # "the agreement between the EU and Mercosur, of which Uruguay is a founding
                    # member": the relative clause is about the last body only
                    last = _LAST_ORG.search(m["o"])
                    objs = refs(last.group()) if last else objs
                if not objs:
                    continue
                mode = "joined" if rule == "member.joined" and (
                    "join" in m["v"] or "enter" in m["v"] or "admit" in m["v"]
                    or "took" in m["v"]) else "state"
                if rx is R_MEMBER_ONE_OF_POSS and m["o2"]:
                    mode = "joined"  # "C became the O's 56th member in June 2022"
                elif (rx is R_MEMBER or rx is R_MEMBER_ATTR_COP) and \
                        _BECAME.search(t, max(0, v - 30), v):
                    # ("C became an OECD member in T": the date of joining)
                    mode = "joined"  # "C became the eighth Partner State of O on 4 March 2024"
                elif rx is R_MEMBER_JOIN and m["v"].endswith(" of") and t.startswith(
                        " and ", m.end()):
                    # "is part of O and has been a P member since T": the date is P's
                    mode = "none"
                elif rx is R_MEMBER_JOIN and _AND_SINCE_TO.match(t, m.end()):
                    # "belongs to O1 and, since T, to O2": the date is O2's
                    mode = "none"
                if m.groupdict().get("it") or m.groupdict().get("both"):
                    states = {e for i in refs(t[: m.start("o")])
                              if self.doc.mentions[i].kind == "C"
                              for e in self.doc.mentions[i].ents}
                    if len(states) != (2 if m.groupdict().get("both") else 1):
                        continue
                    # (one mention of each state, the first)
                    firsts = {self.doc.mentions[i].ents: i for i in reversed(refs(
                        t[: m.start("o")])) if self.doc.mentions[i].kind == "C"}
                    subj = sorted(firsts.values())
                else:
                    subj = refs(m["s"])
                    if m["s"].startswith("«I") and not is_chamber(
                            self.doc.ents[self.doc.mentions[subj[0]].ents[0]].name):
                        continue  # (a body that joins O is a member only when a chamber)
                if m.groupdict().get("w"):
                    subj += refs(m["w"])
                if mode == "state" and (rx is R_MEMBER or rx is R_MEMBER_JOIN) and (
                        like := _LIKE_PARTY.match(t, m.end("s"))) is not None:
                    subj += refs(like["c"])  # "Angola, like Zambia, belongs to O": Zambia too
                left = _LEFT_PARTY.search(t, 0, m.start("s")) if rx is R_MEMBER else None
                if left and " both " in t[m.end("s") : v + 1]:
                    subj = refs(left.group(1)) + subj
                if " observer" in t[m.end() :] and _PARTY_AS_OBSERVER.search(t, m.end()):
                    # "both countries belong to O, A as an observer and B as a member": only
                    # those named as members
                    subj = [int(i) for i in _AS_MEMBER.findall(t, m.end())]
                    if not subj:
                        continue
                yield Cand("MEMBER_OF", tuple(subj), tuple(objs), v, rule, mode, 0.85)
        for m in R_MEMBER_THEY.finditer(t) if " they " in t or " both " in t else ():
            v = m.start("v") if m["v"] else m.start("v2")
            before = [i for i in refs(t[: m.start()]) if self.doc.mentions[i].kind in "CG"]
            objs = [i for i in refs(m["o"]) if self.doc.mentions[i].kind == "O"]
            if _blocked(sent, v) or len(self._expand(before)) != 2 or not objs:
                continue
            yield Cand("MEMBER_OF", tuple(before), tuple(objs), v, "member.copula", "state", 0.8)

    def _coop(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        # the verbs of R_COOP, R_COOP_THEY and R_COOP_WITH all hold one of _COOP_WORDS
        coop_verb = any(w in t for w in _COOP_WORDS)
        # "According to Rudnev, the two countries cooperate ...": the source is no party
        src = _ACCORDING_TO.match(t) if coop_verb else None
        matches = list(R_COOP.finditer(t, src.end() if src else 0)) if coop_verb else []
        if coop_verb and not matches:
            matches = list(R_COOP_AND.finditer(t))
        for m in matches:
            v = m.start("v")
            if _blocked(sent, v):
                continue
            w = m.groupdict().get("w")
            a = m["a"]
            if "(«D" in a:
                # "The Indonesian Agency for ... (Indonesian AID) has also worked": a demonym in
                # a party's short form is no party of its own
                a = _DEMONYM_SHORT_FORM.sub("", a)
            parties = refs(_POSSESSOR.sub("", a)) + (refs(w) if w else [])
            # ("Natural Resources Canada and the I have ...": a state closing a body's name that
            # no table knows, after a portfolio word, is no party)
            parties = [i for i in parties if not (
                (pm := _PORTFOLIO_BEFORE_C.search(t, 0, max(0, t.find(f"«C{i}»")))) is not None
                and pm["w"] in PORTFOLIO_WORDS)]
            # ("The I (ACR) of C and D's I2 have pooled ...": the body whose state closes it
            # after its short form, not that state)
            body = _BODY_BEFORE_OF.search(t, 0, m.start("a")) if parties and (
                t.startswith(f"«C{parties[0]}»", m.start("a"))) else None
            if body is not None:
                parties = [int(body.group(1))] + parties[1:]
            # "Poland, a member of the EU since 2004, and Vietnam also work together": the party
            # before the apposition
            left = _LEFT_APPO_PARTY.search(t, 0, m.start("a")) if ", and " in t else None
            if left is not None and m.start("a") == left.end():
                parties = refs(left["c"]) + parties
            # ("A and B joined forces on X in 2022": a start told after the verb, as "joined")
            mode = "joined" if m["v"].startswith("joined") else "state"
            if len(self._expand(parties)) >= 2:
                yield Cand("COOPERATES_WITH", tuple(parties), tuple(parties), v, "cooperates.with",
                           mode, 0.8)
            for j in self._coop_projects(t, m.start("a"), m.end("v")):
                yield Cand("COOPERATES_VIA", tuple(parties), (j,), v, "cooperates.via", mode,
                           0.8)
        for m in R_COOP_THEY.finditer(t) if coop_verb else ():
            # "the two countries signed ..., and they have cooperated ...": the parties named
            # before in the sentence
            v = m.start("v")
            before = [i for i in refs(t[: m.start()]) if self.doc.mentions[i].kind in "CG"]
            if not before and m.start() == 0:
                # "They also cooperate under the J project": the pair of the sentence before
                before = list(self._pair_at(sent))
            if _blocked(sent, v) or len(self._expand(before)) != 2:
                continue
            yield Cand("COOPERATES_WITH", tuple(before), tuple(before), v, "cooperates.with",
                       "state", 0.75)
            for j in self._coop_projects(t, m.start(), m.end("v")):
                yield Cand("COOPERATES_VIA", tuple(before), (j,), v, "cooperates.via", "state",
                           0.75)
        for m in R_SUPPORT_THROUGH.finditer(t) if " «J" in t and (
                "received" in t or "benefi" in t or "recipient" in t or " sent " in t
                or " supported " in t) else ():
            v = m.start("v") if m["v"] else m.start("v2") if m["v2"] else m.start("v3")
            if not _blocked(sent, v):
                yield Cand("COOPERATES_VIA", (refs(m["a"])[0],), (refs(m["j"])[0],),
                           v, "cooperates.support_through", "state", 0.75)
        for m in R_VIA_PARTNER.finditer(t) if "in which" in t and "«J" in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("COOPERATES_VIA", (refs(m["a"])[0],), (refs(m["j"])[0],),
                           m.start("v"), "cooperates.partner_in", "state", 0.75)
        for rx, rule in ((R_COOP_WITH, "cooperates.with_partner"),
                         (R_COLLAB, "cooperates.collaboration")):
            if ("with" not in t and (rx is R_COLLAB or "alongside" not in t
                                     and "partner of" not in t and "partnered «" not in t
                                     and "partnered the «" not in t)
                    or rx is R_COOP_WITH and not coop_verb):
                continue
            for m in rx.finditer(t):
                if not _blocked(sent, m.start("v")):
                    a, b = refs(m["a"])[0], refs(m["b"])[-1]
                    # ("I has trained engineers since 2015 in cooperation with J": dated from
                    # the perfect verb, its start before "in cooperation")
                    at = m.start("pv") if rx is R_COLLAB and m["pv"] else m.start("v")
                    yield Cand("COOPERATES_WITH", (a, b), (a, b), at, rule, "state", 0.8)
                    if rx is R_COOP_WITH:
                        # "Pakistan cooperates with China through the CPEC"
                        for j in self._coop_projects(t, m.start("a"), m.end("b")):
                            # "... with NATO through its Partnership Programme": the subject's
                            own = re.search(rf"\bits\s+«J{j}»", t) is not None
                            yield Cand("COOPERATES_VIA", (a,) if own else (a, b), (j,),
                                       m.start("v"), "cooperates.via", "state", 0.8)
        for m in R_COOP_BACK.finditer(t) if " back to " in t else ():
            a, b = refs(m["a"])[0], refs(m["b"])[0]
            if not _blocked(sent, m.start("v")) and len(self._expand([a, b])) == 2:
                # (dated by the start it goes back to: the date after the verb, as "joined")
                yield Cand("COOPERATES_WITH", (a, b), (a, b), m.start("v"), "cooperates.back_to",
                           "joined", 0.75)
        for m in R_COOP_NOUN.finditer(t) if "«J" in t else ():
            v = m.start("v")
            parties = refs(m["a"])
            if _blocked(sent, v) or len(self._expand(parties)) != 2:
                continue
            yield Cand("COOPERATES_WITH", tuple(parties), tuple(parties), v,
                       "cooperates.noun", "state", 0.75)
            yield Cand("COOPERATES_VIA", tuple(parties), (refs(m["j"])[0],), v,
                       "cooperates.noun", "state", 0.75)
        for rx, rule in ((R_VIA, "cooperates.takes_part"), (R_VIA_BOUND, "cooperates.bound"),
                         (R_VIA_WANTS, "cooperates.through")):
            for m in rx.finditer(t) if "«J" in t else ():  # all end in a project
                v = m.start("v")
                # "Iceland, which is not an EU member, is linked ... through the EEA": the
                # negation sits in the apposition, not on the verb.
                if NEG.search(t, max(_clause_start(t, v), t.rfind(",", 0, v) + 1), v):
                    continue
                parties = refs(m["a"])
                # "Lithuania, a member of NATO since 2004, and Australia, a NATO partner, are
                # fellow participants in J": the party before the first apposition, with a
                # plural verb
                left = _LEFT_APPO_PARTY.search(t, 0, m.start("a")) if (
                    rx is R_VIA and ", and " in t) else None
                plural = left is not None or ", and " in t[m.end("a") : v]
                if plural and not re.search(r"\s(?:are|have|were)\s", t[m.end("a") : v + 4]):
                    plural = False
                if plural and left is not None and m.start("a") == left.end():
                    parties = refs(left["c"]) + parties
                # ("A, a member of O since T, and B, a P partner, are ...": the second party
                # inside the subject's apposition)
                right = _RIGHT_APPO_PARTY.match(t, m.end("a")) if plural else None
                if right is not None and right.end() <= v:
                    parties = parties + refs(right["c"])
                yield Cand("COOPERATES_VIA", tuple(parties), (refs(m["j"])[0],),
                           m.start("v"), rule, "state", 0.75)
        for m in R_VIA_JOINED.finditer(t) if "joined" in t and "«J" in t else ():
            g = "" if m["v"] else "2"
            if not _blocked(sent, m.start("v" + g)):
                yield Cand("COOPERATES_VIA", (refs(m["a" + g])[0],), (refs(m["j" + g])[0],),
                           m.start("v" + g), "cooperates.joined", "joined", 0.75)

    def _coop_projects(self, t: str, subj_start: int, verb_end: int) -> list[int]:
        """Projects the cooperation runs through: after the verb in its clause, or the
        antecedent of the relative clause the verb sits in ("J, which X and Y run")."""
        out: list[int] = []
        end = len(t)
        b = _PROJECT_LIST_END.search(t, verb_end)
        if b:
            end = b.start()
        seg = t[verb_end:end]
        # "have jointly run the J1 in the Dry Corridor": a project in a region named like a
        # project (a corridor) is located there, not run through it
        out += [int(i) for i in re.findall(r"«J(\d+)»", seg)
                if " in the «J" not in seg or not re.search(rf"«J\d+» in the «J{i}»", seg)]
        before = t[:subj_start]
        rel = re.search(rf"({J})[^;]{{0,120}}?\b(?:which|(?<!\band\s)that|whom)\s+(?:\w+\s+)?$",
                        before)
        if rel:  # not "signed J ..., and that X and Y have cooperated": a second complement
            out.insert(0, refs(rel.group(1))[0])
        front = _FRONT_CHANNEL.match(before) if "«J" in before else None
        if front is not None:
            # "Under the umbrella of J, A and B have shared ...": the channel fronted
            out.insert(0, refs(front["j"])[0])
        return list(dict.fromkeys(out))

    def _signed(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        doc = self.doc
        pos = 0
        # the verb of R_SIGN, R_SIGN_PASS, R_SIGN_BETWEEN
        signs = ("signed" in t or "inked" in t or "pen to " in t or "signature" in t
                 or "names to" in t or "names on" in t or "sealed" in t or "subscribed" in t
                 or "penned" in t
                 or "autographed" in t or "hands to" in t or "executed" in t
                 or "ink to " in t or "ink on " in t or " by signing " in t
                 or " the signing of " in t or " went on to " in t
                 or " the signatories " in t or " emerged to " in t
                 or " signatories to " in t or " rubrics " in t or "ignatories were " in t)
        sign_ms: list[re.Match[str]] = []
        while signs and (m := R_SIGN.search(t, pos)) is not None:
            # ("met the Minister of Foreign Affairs of C, Y, and the two ministers signed J": the
            # state of a post before its holder is no signer; the list starts at the holder)
            if t.endswith(" of ", 0, m.start("s")) and (
                    state_head := _POST_STATE_HOLDER.match(m["s"])) is not None and (
                    m_holder := R_SIGN.match(t, m.start("s") + state_head.end())) is not None:
                m = m_holder
            pos = m.end("v")  # "X signed for Kenya, while Y signed for Botswana": both clauses
            # ("X signed for Kenya, while C's Ambassador in L, Y, signed on behalf of his
            # Government": the second clause's subject is found after "while", not in the first
            # clause's "for Kenya, ..." apposition)
            if ", while " in t and (w := t.find(", while ", pos)) >= 0 and ";" not in t[pos:w]:
                pos = w + 8
            sign_ms.append(m)
        if signs and " and " in t:
            # "X, ..., paid an official visit to Belarus and signed J": the subject of the first
            # verb signed
            verbs = {m.start("v") for m in sign_ms}
            # ("The two ministers reviewed trade, energy and tourism, and signed J": a group's
            # verb phrase may hold a list joined by "and"; a group names no second subject)
            sign_ms += [m for m in R_SIGN_AND.finditer(t) if m.start("v") not in verbs
                        and not _NOT_IN_VP.search(_GROUP_VP_AND.sub(" ", m["vp"]) if m[
                            "s"].startswith("«Q") else m["vp"])]
        for m in sign_ms:
            v = m.start("v")
            # ("A and B went on to ink J": the "to" is of the sequence, not of a plan)
            # ("the two emerged to sign J": the same)
            if _blocked(sent, v - 11 if t.endswith(("went on to ", "emerged to "), 0, v) else v):
                continue
            if m["v"] == "executed":
                fj = _J_REF.search(m["rest"])
                if fj is None or not any(_AGREEMENT_NOUN.search(doc.ents[e].name)
                                         for e in doc.mentions[refs(fj.group())[0]].ents):
                    continue  # "executed the project": carried out, no signing
            rest = m["rest"]
            stop = re.search(r",\s+(?:under|through|by)\s+which|,\s+which|,\s+who|;|,\s+while\b",
                             rest)
            obj_part = rest[: stop.start()] if stop else rest
            # the agreements signed are the list right after the verb, not the session or the
            # framework named later ("signed A, B and C at the close of the JPCC")
            first = _J_REF.search(obj_part)
            while first is not None and _AT_SESSION_OF.search(obj_part, 0, first.start()):
                first = _J_REF.search(obj_part, first.end())
            if first is not None and _POSS_AFTER_RX.match(obj_part, first.end()):
                continue  # ("executed J's first phase", "sealed J's fate": J is no object)
            js: list[int] = []
            j_end = -1
            if first is not None:
                jl = _J_LIST.match(obj_part, first.start())
                assert jl is not None
                # "signed an agreement on the Herat section of the T gas pipeline (TAPI)": the
                # acronym in parentheses is of a project the agreement names, not signed itself
                js = refs(_PARENS.sub("", jl.group()) if "(" in jl.group() else jl.group())
                # "signed A in La Paz on Monday and B": the list goes on after place and day
                while (more := _MORE_J.match(obj_part, jl.end())) is not None:
                    js += refs(more["j"])
                    jl = more
                j_end = jl.end()
            counted = not js and _COUNTED_AGREEMENTS.match(rest) is not None
            if counted:
                js = list(self._next_instruments(sent))  # "signed two agreements. The ..."
            if not js and (ante := _ANTECEDENT_J.search(t, 0, m.start("s"))) is not None:
                js = refs(ante["j"])  # "the memorandum that Valletta and Nicosia signed in 2019"
            if not js and _ON_BEHALF.match(rest):
                js = list(self.ctx.last_signed)  # "X signed for Kenya": what was just signed
            if not js and not counted:
                continue
            signers = [int(i) for k, i in _NOT_POSSESSOR.findall(m["s"]) if k in "CGPQIO"]
            if " to «C" in m["s"]:
                # "A and C's ambassador to D, B, signed": D receives the envoy, it signs nothing
                signers = [i for i in signers if f" to «C{i}»" not in m["s"]
                           and f" to the «C{i}»" not in m["s"]]
            where = _WHERE_CLAUSE.match(t, m.end("s"), v)
            if where is not None:
                # "paid a visit to Korea, where she and Korea's Foreign Minister, X, signed": the
                # clause's own subjects
                signers = [int(i) for k, i in _NOT_POSSESSOR.findall(where["inner"])
                           if k in "PQ"]
            elif _PREP_BEFORE.search(t, max(0, m.start("s") - 16), m.start("s")) and \
                    t[m.end("s") : v].lstrip().startswith(","):
                signers = []  # "In the presence of the Ministers, A and B signed": not them
            elif _PRESENCE_OPEN.search(t, max(0, m.start("s") - 80), m.start("s")) and \
                    t[m.end("s") : v].lstrip().startswith(","):
                # "In the presence of the Ambassador and Minister W, A and B signed": W is a
                # witness, the signers follow the comma
                signers = []
            elif "," in m["s"] and _PRESENCE_BEFORE.search(t, max(0, m.start("s") - 30),
                                                           m.start("s")):
                # "In the presence of the two ministers, A and B signed": the subject list
                # begins with the witnesses; the signers follow the comma
                signers = [int(i) for k, i in
                           _NOT_POSSESSOR.findall(m["s"], m["s"].index(",")) if k in "CGPQIO"]
            # "Indonesian Minister of X A and Fiji's Minister for Y B signed", "A, Minister of X,
            # and B's Minister of Y, C, signed": people with their posts, joined by "and"
            head = t[t.rfind(";", 0, v) + 1 : v]
            if ("ed and " in head[-40:]) and (ini := _INITIALLED_END.search(head)) is not None:
                head = head[: ini.start()]  # "A, ..., and B, ..., initialled and signed J"
            if head.endswith(("went on to ", "emerged to ")):
                head = _SEQUENCE_TO_END.sub("", head)  # "A and C's Minister, B, went on to sign J"
            # (the signers' clause may follow another: "..., and A's Minister of X, B, and C's
            # Minister of Y, D, signed")
            # (a lead may open with its place alone: "ISLAMABAD: A and her Uzbek counterpart, B,
            # on Tuesday signed")
            lead_at = _LEAD_PLACE.match(head)
            # "The two ministers then looked on as A and C's Ambassador, B, signed": the
            # witnesses' clause ends before the signers
            witness = _WITNESS_AS.search(head) if " as " in head or " while " in head else None
            for cut in (0, *((lead_at.end(),) if lead_at else ()),
                        *((witness.end(),) if witness else ()),
                        *(c.end() for c in _CLAUSE_CUT.finditer(head))) if "«P" in head and \
                    " and " in head else ():
                if not _COORD_SIGNERS.fullmatch(head, cut):
                    continue
                people = [int(i) for k, i in _NOT_POSSESSOR.findall(head, cut) if k == "P"]
                if len(people) >= 2:
                    signers = list(dict.fromkeys(people + signers))
                break
            if not signers:
                continue
            if not js:  # "A and B have signed two agreements. J1 and J2 were signed on T"
                self.ctx.counted_signers = (sent.index, tuple(signers))
                continue
            extra = _SIGNED_WITH.findall(obj_part)
            signers += [int(i) for _, i in extra]
            behalf = _BEHALF_BETWEEN.match(obj_part) if "behalf" in obj_part else None
            if behalf is not None:
                # "A and B signed, on behalf of C and D respectively, J": C and D signed too
                signers += [int(i) for k, i in _NOT_POSSESSOR.findall(behalf.group())
                            if k in "CGIO" and int(i) not in signers]
            # ("A and B signed J on behalf of C and D": C and D signed too)
            behalf_after = (_BEHALF_AFTER_J.match(obj_part, j_end)
                            if j_end >= 0 and "behalf" in obj_part else None)
            if behalf_after is not None:
                signers += [int(i) for i in (behalf_after.group(1), behalf_after.group(2))
                            if int(i) not in signers]
            # "signed J with Malawi's Minister of Finance, X": X signed too
            with_p = _SIGNED_WITH_PERSON.match(obj_part, j_end) if j_end >= 0 else None
            if with_p is not None:
                signers.append(int(with_p.group(1)))
            if m.re is R_SIGN_AND:
                yield Cand("SIGNED_AGREEMENT", tuple(signers), tuple(js), v, "signed.after_verb",
                           "event", 0.8)
            else:
                yield Cand("SIGNED_AGREEMENT", tuple(signers), tuple(js), v, "signed.active",
                           "event", 0.9)
            self.ctx.last_js = self.ctx.last_signed = tuple(js)
        hm = R_SIGN_HEADLINE.match(t) if sent.index == 0 and " sign" in t else None
        # not a lower-case compound before the head: "Kuwait, Kenya sign air services agreement"
        # describes the body's signing, and such a headline names no signing states (a name,
        # or a head with its topic, "sign agreement on renewable energy", does)
        hjs = () if hm is None or hm["o"] is None else tuple(
            j for j in refs(hm["o"]) if not _HEADLINE_COMPOUND.match(
                self.doc.text, self.doc.mentions[j].start))
        # "A and B stamp signatures on geology accord", "... inscribe their signatures on a
        # tourism memorandum": after an idiom of signing, an agreement the headline does not
        # name (or names by a compound) is the one the body tells signed (see finish); not after
        # "sign" or "ink": "A and B sign visa exemption agreement" over a body that tells the
        # ministers' signing is annotated as theirs alone
        if hm is not None and not hjs and hm["v"] not in ("sign", "ink"):
            self.headline_unnamed = Cand("SIGNED_AGREEMENT", tuple(refs(hm["s"])), (),
                                         hm.start("v"), "signed.headline", "event", 0.8)
        if hm is not None and hjs:
            # dated by the body's signing of the same agreement (see finish)
            yield Cand("SIGNED_AGREEMENT", tuple(refs(hm["s"])), hjs,
                       hm.start("v"), "signed.headline", "event", 0.8)
        for m in R_MEET_PAIR.finditer(t) if signs and "«P" in t else ():
            ms = R_MET_AND_SIGNED.match(t, m.end("v"))
            ids = [i for i in refs(m["a"]) if doc.mentions[i].kind in "PQ"]
            if ms is None or _blocked(sent, ms.start("v")) or not (
                    len(ids) == 2 or doc.mentions[ids[0]].kind == "Q"):
                continue
            js = [j for j in refs(ms["o"]) if doc.mentions[j].kind == "J"]
            yield Cand("SIGNED_AGREEMENT", tuple(ids), tuple(js), ms.start("v"),
                       "signed.after_talks", "event", 0.85)
            self.ctx.last_js = self.ctx.last_signed = tuple(js)
        for m in R_SIGN_PASS.finditer(t) if signs else ():
            v = m.start("v")
            if _blocked(sent, v):
                continue
            obj = m["o"]
            js = refs(obj) if "«" in obj else list(self.ctx.last_js)
            js = [j for j in js if doc.mentions[j].kind == "J"]
            if "«" not in obj and js and (hd := _ANAPHOR_HEAD.search(obj)) is not None:
                # "Uruguay signed the Protocol to the Convention. The Protocol was signed by X":
                # of the documents just named, the ones with the anaphor's head word; else the
                # last one named with it ("A and B signed a memorandum. The convention itself
                # was signed in 2025 by ...")
                hw = hd[1].lower()
                js = [j for j in js if hw in doc.ents[doc.mentions[j].ents[0]].name.lower()
                      ] or [i for i, mm in enumerate(doc.mentions) if mm.kind == "J" and
                            mm.start < sent.start and hw in doc.ents[mm.ents[0]].name.lower()
                            ][-1:] or js
            if obj == "It" and len(js) != 1:
                continue  # "It was signed by": only the one agreement just named
            signers = self._passive_signers(m["rest"])
            if js and signers and "behalf" in t:
                semi = t.find(";", v)
                signers += [int(i) for i in _BEHALF_BY.findall(t, v, semi if semi >= 0 else len(t))
                            if int(i) not in signers]
            if js and signers and ("for «" in t or "behalf of «" in t):
                # "J was signed for C by X and for D by Y": the states signed it too
                semi = t.find(";", v)
                upto = semi if semi >= 0 else len(t)
                signers += [int(i) for i in _FOR_STATE_BY.findall(t, v, upto)
                            if int(i) not in signers]
            if js and signers:
                yield Cand("SIGNED_AGREEMENT", tuple(signers), tuple(js), v, "signed.passive",
                           "event", 0.85)
                self.ctx.last_signed = tuple(js)
            # "Singapore and Estonia signed two agreements on Tuesday. The J1 was signed by A and
            # B. The J2 was inked by C and D": each named one was signed by the pair too
            cs = self.ctx.counted_signers
            # (the first line of a list may come a few sentences after the count)
            near = cs[0] == sent.index - 1 or 0 < sent.index - cs[0] <= 4 and bool(
                LIST_ITEM.match(t))
            if js and cs[1] and near and m.start() < 12:
                yield Cand("SIGNED_AGREEMENT", cs[1], tuple(js), v, "signed.counted_then_named",
                           "event", 0.85)
                self.ctx.counted_signers = (sent.index, cs[1])
        # "The following instruments were signed by the two ministers:" and "A and B signed:":
        # the signers of the list that follows, one document a line (see _listed)
        ls = _LIST_SIGNED.search(t) if signs and t.rstrip().endswith(":") else None
        if ls is not None and not _blocked(sent, ls.start("v" if ls["v"] else "v2")):
            signers = (self._passive_signers(ls["rest"]) if ls["rest"] is not None else
                       [i for i in refs(ls["s"]) if doc.mentions[i].kind in "PQCG"])
            if signers:
                self.ctx.counted_signers = (sent.index, tuple(signers))
                # the list's documents are signed on the day this sentence tells ("Following
                # the talks, ...": the talks' day), not the last date told before an item
                probe = Cand("SIGNED_AGREEMENT", tuple(signers), (), ls.start(), "signed.listed",
                             "event", 0.8)
                self._date(sent, probe)
                self.list_date = (sent.index, probe.date, probe.date_source)
        dl = _DOCS_DASH_SIGNED.match(t) if signs and " by " in t and (
            t.startswith(("The ", "These "))) else None
        if dl is not None and not _blocked(sent, dl.start("v")):
            # "The documents – J1, J2 and J3 – were inked by A and B": each of the list
            js = [j for j in refs(dl["list"] or dl["list2"]) if doc.mentions[j].kind == "J"]
            signers = self._passive_signers(dl["rest"])
            if js and signers:
                yield Cand("SIGNED_AGREEMENT", tuple(signers), tuple(js), dl.start("v"),
                           "signed.passive", "event", 0.85)
                self.ctx.last_signed = tuple(js)
        cs = self.ctx.counted_signers
        bare = R_SIGN_PASS_BARE.match(t) if signs and cs[0] == sent.index - 1 else None
        if bare is not None and not _blocked(sent, bare.start("v")):
            js = [j for j in refs(bare["o"]) if doc.mentions[j].kind == "J"]
            if js and cs[1]:
                yield Cand("SIGNED_AGREEMENT", cs[1], tuple(js), bare.start("v"),
                           "signed.counted_then_named", "event", 0.85)
                self.ctx.last_signed = tuple(js)
                self.ctx.counted_signers = (sent.index, cs[1])
        for m in R_SIGNING_IT.finditer(t) if ("signing it" in t or " signing for " in t or (
                " with " in t and " signing " in t and "ed with " in t)) else ():
            g = "" if m["v"] is not None else "2"
            people = [int(i) for k, i in _NOT_POSSESSOR.findall(m["s" + g]) if k in "PQ"]
            if people and not _blocked(sent, m.start("v" + g)):
                yield Cand("SIGNED_AGREEMENT", tuple(people), (refs(m["o" + g])[0],),
                           m.start("v" + g), "signed.signing_it", "event", 0.8)
                self.ctx.last_signed = (refs(m["o" + g])[0],)
        for m in R_SIGNING_OF.finditer(t):
            v = m.start("v")
            if _blocked(sent, v):
                continue
            js = [j for j in refs(m["o"] or m["o2"]) if doc.mentions[j].kind == "J"]
            head = (m["rest"] or "").split(",")[0]
            if _SIGNING_AHEAD.search(head) or any(int(k) in sent.future
                                                  for k in re.findall(r"«T(\d+)»", head)):
                continue  # "The signing of J by A and B will take place next week": not yet
            signers = self._passive_signers(m["rest"] or m["rest2"])
            if js and signers:
                yield Cand("SIGNED_AGREEMENT", tuple(signers), tuple(js), v, "signed.signing_of",
                           "event", 0.85)
                self.ctx.last_signed = tuple(js)
        for m in R_SIGN_BETWEEN.finditer(t) if signs else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("SIGNED_AGREEMENT", (refs(m["a"])[0], refs(m["b"])[0]),
                           (refs(m["o"])[0],), m.start("v"), "signed.between", "event", 0.85)
        js_here = [i for i in refs(t) if doc.mentions[i].kind == "J"]
        if js_here:
            self.ctx.last_js = tuple(js_here)

    def _passive_signers(self, rest: str) -> list[int]:
        """"... signed by X and Y's Minister, Z, in the presence of W": X and Z."""
        stop = _SIGNERS_END.search(rest)
        part = rest[: stop.start()] if stop else rest
        # ("signed by the I of C and the I2 of D": the bodies, not their states)
        part = _BODY_OF_STATE.sub(r"\1", part)
        ids = [int(i) for k, i in _NOT_POSSESSOR.findall(part) if k != "T"]
        # ("signed by the foreign ministers, X, ..., and Y": a group named by its members in
        # apposition is those members, not the group the context resolves it to)
        named = {int(i) for i in _GROUP_THEN_NAMES.findall(part)}
        ids = [i for i in ids if i not in named]
        kinds = self.doc.mentions
        people = [i for i in ids if kinds[i].kind in "PQ"]
        return people or [i for i in ids if kinds[i].kind in "CGIO"]

    def _next_instruments(self, sent: Sent) -> list[int]:
        """"...signed two agreements. The instruments are J1 and J2." """
        doc = self.doc
        for nxt in (sent.index + 1, sent.index + 2):
            if nxt >= len(doc.sentences):
                return []
            s, e = doc.sentences[nxt]
            # (a list between dashes or after "namely" may come one sentence later: "A and B
            # signed three agreements. X is in A on a visit. The three instruments, namely ...")
            if nxt > sent.index + 1 and not doc.text.startswith(("The ", "These "), s):
                return []
            tpl = render(doc, s, e).text
            m = R_INSTRUMENTS.rx.match(tpl)
            if m and (nxt == sent.index + 1 or m["rest2"] is not None):
                return [i for i in refs(m["rest"] or m["rest2"]) if doc.mentions[i].kind == "J"]
        return []

    def _guest(self, sent: Sent, host: int) -> int | None:
        """"X conducted talks with his guest": the one person, other than X, of a sentence
        before that tells a visit."""
        doc = self.doc
        if sent.index == 0:
            return None
        prev = self._sentence_text(sent.index - 1)
        if "visit" not in prev:
            return None
        people = [i for i in refs(prev) if doc.mentions[i].kind == "P"
                  and doc.mentions[i].ents != doc.mentions[host].ents]
        if len({doc.mentions[i].ents for i in people}) != 1:
            return None
        return people[0]

    def _met(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        doc = self.doc
        meet_verb = any(w in t for w in _MEET_WORDS)  # in every verb of R_MEET, R_MEET_PAIR
        for m in _meet_matches(t) if meet_verb else ():
            v = m.start("v")
            if _blocked(sent, v):
                continue
            if m["v"].startswith(("was in", "were in")) and _REPORTED_SUBJ.search(
                    t, max(0, v - 100), v):
                continue  # "X said that he was in talks with Y about ...": negotiations told
            rest = m["rest"]
            verb = m["v"]
            if "greeted" in verb and re.search(r"\bwhere\s*\Z", t[: m.start("a")]):
                continue  # "where he was greeted by its rector": a host at a lecture
            if verb in ("received", "welcomed") and _THING_RECEIVED.match(rest) or (
                    verb == "met with" and _MET_WITH_THING.match(rest)) or (
                    verb == "met" and _MET_THING.match(rest)):
                # "X received a letter from Y", "X met with criticism from Y", "X met the
                # deadline set by Y": no guest
                continue
            # "X was received at the Centre (Institute, University) by its Deputy Commandant, Y,
            # who chaired the session": the same (not at a ministry: "received at the Ministry
            # by its Secretary-General" is a meeting)
            at_body = _RECEIVED_AT_BY_ITS.search(verb) if "received" in verb else None
            if at_body is not None and m["rest"].lstrip().startswith("its ") and not any(
                    _MINISTRY_LIKE.search(e) for e in doc.mentions[int(at_body[1])].ents):
                continue
            obj: int | None = None
            # ("sat across the table from": the object after "from")
            # ("engaged Y in talks": the person after the verb)
            if re.search(r"(?:met|with|on|by|received|hosted|welcomed|greeted|meeting|meet|engaged|"
                         r"(?<=table\s)from|(?<=to\s)see|(?<=guest\s)of|in\s+honou?r\s+of|"
                         r"accepted|(?:host|respects|audience(?:\s+«T\d+»)?(?:\s+(?:at|in)\s[^;]*?)?|"
                         r"courtesy\s+(?:call|visit))\s+to)$", verb):
                stop = re.search(r",\s+(?:who|which|where|to\s+discuss)\b|;", rest)
                part = rest[: stop.start()] if stop else rest
                a = refs(m["a"])[0]
                # (not a possessor: "welcomed Y's decision", "received Y's envoy, Z"; nor one
                # whose kin or agents are met: "met the family of detained journalist Y")
                people = [i for i in refs(part[:220]) if doc.mentions[i].kind == "P"
                          and doc.mentions[i].ents != doc.mentions[a].ents
                          and not _POSS_AFTER_RX.match(part, part.find(f"«P{i}»") + len(
                              f"«P{i}»"))
                          and not _PROXY_OF.search(part, 0, part.find(f"«P{i}»"))]
                if people:
                    obj = people[0]
                elif _HIS_GUEST.match(part):
                    obj = self._guest(sent, a)
            a = refs(m["a"])[0]
            if obj is None or doc.mentions[obj].ents == doc.mentions[a].ents:
                continue
            at = part.find(f"«P{obj}»")
            yield Cand("MET_WITH", (a,), (obj,), v, "met.active", "event", 0.85)
            post = _AND_POST_OF.match(part, at + len(f"«P{obj}»")) if at >= 0 else None
            if post is None and at >= 0 and " and " in part:
                post = _AND_TITLED.match(part, at + len(f"«P{obj}»"))
            if post is not None and doc.mentions[int(post.group(1))].ents not in (
                    doc.mentions[a].ents, doc.mentions[obj].ents):
                yield Cand("MET_WITH", (a,), (int(post.group(1)),), v, "met.active", "event", 0.85)
            if at >= 0 and " and " in part:
                later = _AND_LATER_MET.search(part, at + len(f"«P{obj}»"))
                between = part[at + len(f"«P{obj}»") : later.start(1) - 2] if later else ""
                # (a pronoun of the subject itself allowed: "and in the evening she was ...")
                own = later is not None and all(
                    doc.mentions[int(x)].ents == doc.mentions[a].ents
                    for x in re.findall(r"«P(\d+)»", between))
                if later is not None and own and doc.mentions[
                        int(later.group(1))].ents not in (doc.mentions[a].ents,
                                                          doc.mentions[obj].ents):
                    yield Cand("MET_WITH", (a,), (int(later.group(1)),),
                               m.start("rest") + later.start(),
                               "met.and_later", "event", 0.8)
            # "held talks with A's Prime Minister, X, and with B's Minister ..., Y": Y too
            for w in _AND_WITH.finditer(part) if "and with" in part or (
                    "and by" in part and verb.endswith(" by")) else ():
                if w["p"] == "by" and not verb.endswith(" by"):
                    continue
                other = int(w.group(2))
                if doc.mentions[other].ents not in (doc.mentions[a].ents, doc.mentions[obj].ents):
                    yield Cand("MET_WITH", (a,), (other,), v, "met.active", "event", 0.85)
        front = R_TALKS_FRONT.match(t) if t.lstrip().startswith((
            "In ", "During ", "Talks with ", "Consultations with ", "Discussions with ")) or (
            " took place " in t) else None
        fv = ("v" if front["v"] else "v2" if front["v2"] else "v3") if front is not None else "v"
        if front is not None and not _blocked(sent, front.start(fv)):
            b = int((front["b"] or front["b2"] or front["b3"])[2:-1])
            a_: int | None = int((front["a"] or front["a2"])[2:-1]) if (
                front["a"] or front["a2"]) else None
            if a_ is None:
                # "the two sides": the visitor of the last visit told before
                a_ = next((c.subj[0] for s, c in reversed(self.cands) if c.pred == "VISITED"
                           and s.index < sent.index and doc.mentions[c.subj[0]].kind == "P"),
                          None)
            if a_ is not None and doc.mentions[a_].ents != doc.mentions[b].ents:
                yield Cand("MET_WITH", (a_,), (b,), front.start(fv), "met.talks_front", "event",
                           0.8)
        for m in R_MEET_AFTER.finditer(t) if "«P" in t else ():
            g = "" if m["v"] is not None else "2"
            stop = re.search(r",\s+(?:who|which|where|to\s+discuss)\b|;", m["rest" + g])
            part = m["rest" + g][: stop.start()] if stop else m["rest" + g]
            a = refs(m["a" + g])[0]
            people = [i for i in refs(part[:160]) if doc.mentions[i].kind == "P"
                      and doc.mentions[i].ents != doc.mentions[a].ents]
            if people and not _blocked(sent, m.start("v" + g)):
                yield Cand("MET_WITH", (a,), (people[0],), m.start("v" + g), "met.said_after",
                           "event", 0.8)
        for m in R_PRESENTED_TO.finditer(t) if _PRESENT_GATE.search(t) else ():
            a, b = refs(m["a"])[0], refs(m["b"])[0]
            if not _blocked(sent, m.start("v")) and doc.mentions[a].ents != doc.mentions[b].ents:
                yield Cand("MET_WITH", (a,), (b,), m.start("v"), "met.presented_to", "event",
                           0.8)
        for m in R_APPOINTMENT_WITH.finditer(t) if "ppointment was with" in t or (
                "ngagement was with" in t) else ():
            a, b = refs(m["a"])[0], refs(m["b"])[0]
            if not _blocked(sent, m.start("v")) and doc.mentions[a].ents != doc.mentions[b].ents:
                yield Cand("MET_WITH", (a,), (b,), m.start("v"), "met.appointment", "event", 0.8)
        for m in R_CALL_BY.finditer(t):
            a, b = refs(m["a"])[0], refs(m["b"])[0]
            if not _blocked(sent, m.start("v")) and doc.mentions[a].ents != doc.mentions[b].ents:
                yield Cand("MET_WITH", (a,), (b,), m.start("v"), "met.call_by", "event", 0.8)
        for m in R_MEET_PAIR_AFTER.finditer(t) if "after" in t or "following" in t else ():
            ids = [i for i in refs(m["a"]) if doc.mentions[i].kind == "P"]
            if len(ids) == 2 and not _blocked(sent, m.start("v")) and (
                    doc.mentions[ids[0]].ents != doc.mentions[ids[1]].ents):
                yield Cand("MET_WITH", tuple(ids), tuple(ids), m.start("v"), "met.pair_after",
                           "event", 0.8)
        for m in R_SIGNED_BY_AFTER_MEET.finditer(t) if " by " in t else ():
            ids = [i for i in refs(m["a"]) if doc.mentions[i].kind == "P"]
            if len(ids) == 2 and not _blocked(sent, m.start("v")) and (
                    doc.mentions[ids[0]].ents != doc.mentions[ids[1]].ents):
                yield Cand("MET_WITH", tuple(ids), tuple(ids), m.start("v"), "met.signers_met",
                           "event", 0.8)
        for m in R_MEET_PAIR.finditer(t) if meet_verb else ():
            ids = [i for i in refs(m["a"]) if doc.mentions[i].kind in "PQ"]
            if _blocked(sent, m.start("v")):
                continue
            if len(ids) == 2 or doc.mentions[ids[0]].kind == "Q":
                yield Cand("MET_WITH", tuple(ids), tuple(ids), m.start("v"), "met.pair", "event",
                           0.8)

    def _stay_range(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        arr = R_ARRIVED_AFTER_VISIT.match(t) if " arrived in «L" in t else None
        d0 = sent.dates[int(arr["t"])] if arr else None
        if arr and d0 is not None and d0.value is not None and d0.value.day is not None and (
                not _blocked(sent, arr.start("v"))):
            a = refs(arr["a"])[0]
            who = self.doc.mentions[a].ents
            told = [c for s, c in self.cands if sent.index - 2 <= s.index < sent.index
                    and c.pred == "VISITED" and self.doc.mentions[c.subj[0]].ents == who
                    and self.doc.mentions[c.obj[0]].kind == "C"]
            if told:
                # (the visit told just before: its city, and its start when it had no day)
                yield Cand("VISITED", (a,), (refs(arr["o"])[0],), arr.start("v"),
                           "visited.arrived_after", "none", 0.8, d0.value, d0.source, True)
                for c in told:
                    if c.date is None:
                        yield Cand("VISITED", (a,), c.obj, arr.start("v"),
                                   "visited.arrived_after", "none", 0.8, d0.value, d0.source,
                                   True)
        for m in R_WAS_IN_RANGE.finditer(t) if " in «C" in t or " the country " in t else ():
            # "X ended his visit to Cambodia. X, who was in the Kingdom from 8 to 10 June, ...":
            # the stay dates the visit said before
            d = sent.dates[int(m["t"])]
            if m["o"] is None:
                # "C welcomed X, who was in the country from T to T2": a visit to the host
                if m["h"] is not None and d.value is not None and d.value.day is not None:
                    yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["h"])[0],), m.start("v"),
                               "visited.stay_range", "none", 0.8, d.value, d.source, True)
                continue
            a, o = refs(m["a"])[0], refs(m["o"])[0]
            who, where = self.doc.mentions[a].ents, self.doc.mentions[o].ents
            said = any(c.pred == "VISITED" and self.doc.mentions[c.subj[0]].ents == who
                       and self.doc.mentions[c.obj[0]].ents == where for _, c in self.cands)
            if said and d.kind == "range" and d.value is not None and d.value.day is not None:
                yield Cand("VISITED", (a,), (o,), m.start("v"), "visited.stay_range", "none",
                           0.8, d.value, d.source, True)

    def _visit_runs(self, sent: Sent) -> list[Cand]:
        """"X met Y during his visit to C. The visit runs from 2 to 4 June 2024.": the range
        dates the undated visit of the sentence or two before."""
        runs = R_VISIT_RUNS.match(sent.text) if sent.dates else None
        d = sent.dates[int(runs["t"])] if runs else None
        if runs is None or d is None or d.value is None or d.value.day is None:
            return []
        last = next((c for s, c in reversed(self.cands) if c.pred == "VISITED"
                     and 0 < sent.index - s.index <= 2), None)
        if last is None or last.date is not None:
            return []
        return [Cand("VISITED", last.subj, last.obj, runs.start("t"), "visited.runs", "none",
                     0.8, d.value, d.source, True)]

    def _visited(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        # ("tour" also for "arrived in L on T, the second leg of a regional tour"; "mission":
        # R_VISIT_IN's)
        if not any(w in t for w in ("visit", "Visit", "trip", "tour", "delegation", "journey",
                                    "mission", "stopped over", "stopover", " stop in ", "sojourn",
                                    "call on", " stay", " round of ", " swing ", "set foot",
                                    "roadshow", "called at", "travelled to", "traveled to",
                                    # (an arrival then talks: R_ARRIVED_FOR)
                                    "touched down in", "landed in", "arrived in",
                                    # ("moved on to L, where ...": the next stop of a trip)
                                    # ("Arriving in L on T, X met ...": an arrival)
                                    " on to ", "rriving in ", " days in ")) and not (
                self._stay_after_visit(sent)):
            return  # the noun or verb every visit pattern needs
        framed = "framework" in t or "part of" in t or "course of" in t
        for m in R_VISIT_FRAME.finditer(t) if framed else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "visited.frame", "none", 0.85, None, DateSource.NONE, True)
        for m in R_VISIT_FRAME_AFTER.finditer(t) if framed else ():
            if not _blocked(sent, m.start("v")):
                # undated by the event's day, unless the visit's own dates follow it
                own = m["own"] is not None
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["o"])[0],),
                           m.start("own") if own else m.start("v"), "visited.frame_after",
                           "event" if own else "none", 0.85, None, DateSource.NONE, not own)
        for m in R_VISIT_OF_WHO_IN.finditer(t) if "visit of" in t and ", who " in t else ():
            # "during the official visit of X, who is in the Kingdom from 20 to 23 September":
            # the visit's destination is where the relative clause puts its visitor
            if not _blocked(sent, m.start("v")):
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "visited.visit_of_in", "none", 0.85, None, DateSource.NONE, True)
        for m in R_VISIT_THAT_BEGAN.finditer(t) if " began " in t or " started " in t else ():
            # "on the second day of the state visit that the Mongolian President began on
            # Tuesday in C": the relative clause's subject made the visit, from that day
            if _blocked(sent, m.start("v")):
                continue
            a, o = refs(m["a"])[0], refs(m["o"])[0]
            if self.doc.mentions[a].role == "coref" and self.doc.mentions[o].kind == "C":
                a = self._visitor(a, o)
                if a < 0:
                    continue
            d = sent.dates[int(m["t"])] if m["t"] else None
            value, source = self._value(d) if d is not None else (None, DateSource.NONE)
            yield Cand("VISITED", (a,), (o,), m.start("v"), "visited.that_began", "none", 0.85,
                       value, source, True)
        for m in R_WHO_VISIT_ARRIVED.finditer(t) if ", who " in t and "«L" in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "visited.arrived_for", "event", 0.85)
                # (the country's visit began with that arrival: its day too)
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["c"])[0],), m.start("v"),
                           "visited.arrived_for", "event", 0.85)
        for m in R_SPENT_DAYS.finditer(t) if " days in " in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "visited.arrived_for", "event", 0.85)
        for m in R_ARRIVING.finditer(t) if "rriving in " in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("VISITED", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "visited.arrived_for", "event", 0.85)
        for rx, rule in ((R_VISIT, "visited.visit_to"), (R_VISIT_POSS, "visited.possessive"),
                         (R_VISIT_BY, "visited.visit_by"), (R_VISITED, "visited.verb"),
                         (R_VISIT_IN, "visited.is_in"), (R_ARRIVED_FOR, "visited.arrived_for"),
                         (R_VISIT_TO_BY, "visited.visit_to_by"),
                         (R_VISIT_DURING, "visited.during"),
                         (R_VISITED_AND, "visited.verb_and")):
            if rx is R_ARRIVED_FOR and not any(w in t for w in ("arrived", "travel", "flew",
                                                                "landed", "touched down",
                                                                "reached", "jetted", "came ashore",
                                                                "set foot", "got to",
                                                                "stepped off",
                                                                "swung through", "spent",
                                                                "came to", "way to",
                                                                "stopped in", "proceeded to",
                                                                " on to ")):
                continue
            if rx is R_VISITED_AND and " and visited " not in t and " and toured " not in t:
                continue
            masked = rx is R_VISIT_DURING and " with " in t
            for m in rx.finditer(_WITH_PERSON.sub(_blank, t) if masked else t):
                led = rx is R_VISIT and (m["v2"] is not None or m["v3"] is not None)
                g = ("2" if m["v2"] is not None else "3") if led else ""
                v = m.start("v" + g)
                if _blocked(sent, v):
                    continue
                if rx is R_VISIT_TO_BY and any(int(k) in sent.future
                                               for k in re.findall(r"«T(\d+)»", m[0])):
                    continue  # "during a visit to C next month by X"
                if (rx is R_VISIT_BY or rx is R_VISIT_POSS or rx is R_VISIT_TO_BY) and \
                        _PLANNED_VISIT.search(
                    t, max(0, v - 40), v
                ):
                    continue  # "the upcoming visit of X to C", "X's planned visit to C"
                if (rx is R_VISIT_BY or rx is R_VISIT_POSS) and (
                        _VISIT_MAY_HAPPEN.match(t, m.end()) or _VISIT_TO_COME.match(t, m.end())
                        or (nxt := _NEXT_T.match(t, m.end())) is not None
                        and int(nxt[1]) in sent.future):
                    # "A visit by X to C could take place next year", "X's visit to C will
                    # focus on ...", "X's visit to C next month", "..., scheduled for March":
                    # not yet
                    continue
                if rx is R_VISITED and sent.future and "visiting" in m["v"]:
                    # "who is visiting Tanzania next week": not yet
                    later_t = _LATER_T.match(t, m.end())
                    if later_t and int(later_t[1]) in sent.future:
                        continue
                a = refs(m["a" + g])[0]
                if rx is R_VISIT_POSS and m["poss"] is None and self.doc.text[
                        self.doc.mentions[a].start : self.doc.mentions[a].end] not in ("His",
                                                                                     "Her"):
                    continue  # (a name needs its "'s"; only the pronoun stands alone)
                if (rx is R_VISIT or rx is R_VISITED or rx is R_ARRIVED_FOR or (
                        rx is R_VISIT_IN and m["v"] == "stayed")) and not led:
                    # "A, the President of Portugal, B, paid a visit": the last name of the
                    # apposition chain is the subject
                    between = t[m.end("a") : v]
                    later = [i for i in refs(between) if self.doc.mentions[i].kind == "P"]
                    # "A held a meeting with B, Minister of C, who is visiting D": a relative
                    # clause is about the last person before it, whatever verb comes first
                    rel = _WHO_END.search(between) is not None
                    # ("A, the Speaker of C, received B, ..., at the start of her visit to C":
                    # the guest received, not the host)
                    host = rx is R_VISIT and (m["v"] or "").startswith("at") and \
                        _HOST_VERB.match(between) is not None
                    if later and (rx is R_ARRIVED_FOR or rel or host or not _CLAUSE_WORD.search(
                            between)):
                        a = later[-1]  # "..., and B, ..., who arrived in": B arrived
                if rx is R_VISIT and not led and (m["v"] or "").startswith("at") and " by " in t:
                    # "X was welcomed today at the I by the Secretary of O, Y, at the start of a
                    # working visit to C": the passive's subject is the visitor, not its agent
                    at = t.find(f"«{self.doc.mentions[a].kind}{a}»")
                    pas = _PASSIVE_AGENT_BEFORE.search(t, 0, at) if at >= 0 else None
                    if pas is not None:
                        a = refs(pas["s"])[0]
                o = refs(m["o" + g])[0]
                if self.doc.mentions[a].role == "coref" and self.doc.mentions[o].kind == "C":
                    # "the President" who visited Sri Lanka is not Sri Lanka's president: the
                    # other one the description fits
                    a = self._visitor(a, o)
                    if a < 0:
                        continue
                if masked and "«P" in t[m.end("a") : m.start("v")]:
                    # "X held talks with Y during a visit to C": X's visit when X's post names
                    # another state or Y's names C (not a visit to X's own country; an envoy
                    # accredited to C and sent by another state visits it)
                    dest = self.doc.mentions[o].ents[0]
                    home = self.doc.ents[self.doc.mentions[a].ents[0]].affil
                    met = [self.doc.mentions[i].ents[0] for i in refs(t[m.end("a") : m.start("v")])
                           if self.doc.mentions[i].kind == "P"]
                    if (home and home <= {dest}) or not (home or any(dest in self.doc.ents[p].affil
                                                        for p in met)):
                        continue
                if rx is R_VISIT_DURING and not m["v"].startswith("during"):
                    # "on the second day of a tour of C": not the visit's first day, unless the
                    # tour's start is told
                    began = _DURING_BEGAN.match(t, m.end())
                    d = sent.dates[int(began.group(1))] if began else None
                    value, source = self._value(d) if d is not None else (None, DateSource.NONE)
                    yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, value, source, True)
                    continue
                if rx is R_VISIT_IN and m["v"].startswith("spent"):
                    # "spent three days in C this week on a visit, arriving on Monday": the
                    # arrival's day is the visit's start; without it the stay is undated
                    arr = _ARRIVING_ON.match(t, m.end())
                    d = sent.dates[int(arr.group(1))] if arr else None
                    value, source = self._value(d) if d is not None else (None, DateSource.NONE)
                    yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, value, source, True)
                    if m["o2"] is not None and self.doc.mentions[refs(m["o2"])[0]].role != "coref":
                        # "spent three days in L ... on a working mission to C": the country too
                        yield Cand("VISITED", (a,), (refs(m["o2"])[0],), v, rule, "none", 0.85,
                                   value, source, True)
                    continue
                at_t = _TO_O_IN_T.match(t, m.end()) if rx is R_VISIT_BY else None
                if at_t is not None and (d := sent.dates[int(at_t.group(1))]).value is not None:
                    # "recalled the visit of X to L in September 2018": the date after the
                    # destination is the visit's, not another of the sentence nearer its noun
                    yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, d.value, d.source,
                               True)
                    continue
                if rx is R_VISIT_POSS and _DURING_BEFORE.search(t, 0, m.start("a")) and (
                        "«T" in t[: m.start("a")]):
                    # "A held talks with B on Tuesday, during B's first official visit to C":
                    # the day is the talks', and the visit's start is not given
                    # (unless its own range follows: "... visit to C (June 14-16, 2026)")
                    own_t = _OWN_RANGE.match(t, m.end())
                    d = sent.dates[int(own_t.group(1))] if own_t else None
                    value, source = self._value(d) if d is not None and d.kind in (
                        "range", "day") else (None, DateSource.NONE)
                    yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, value, source, True)
                    continue
                # "wrapped up a visit to Bogota on Friday, the first visit to Colombia by a
                # Kenyan cabinet secretary": the apposition names the city's country
                first = _FIRST_VISIT_TO.match(t, m.end()) if (
                    rx is R_VISIT or rx is R_VISITED) and not led and (
                    self.doc.mentions[o].kind == "L" and " first " in t[m.end():]) else None
                if first is not None:
                    o2 = refs(first["o"])[0]
                    if (m["v"] or "").startswith(_VISIT_END_VERBS):
                        yield Cand("VISITED", (a,), (o2,), v, rule, "none", 0.85, None,
                                   DateSource.NONE, True)
                    else:
                        yield Cand("VISITED", (a,), (o2,), v, rule, "event", 0.85)
                if rx is R_VISIT and not led and (m["v"] or "").startswith("been on") and (
                        ", where " in t):
                    # "returned to L1 on Thursday from Cairo, where she had been on a visit to
                    # Egypt": the city named before "where" was visited too
                    where = _FROM_WHERE.search(t, max(0, m.start("a") - 40), m.start("a"))
                    if where is not None and self.doc.mentions[o].kind == "C":
                        yield Cand("VISITED", (a,), (refs(where["l"])[0],), v, rule, "event",
                                   0.85)
                if rx is R_VISIT and (m["v"] or "").startswith(_VISIT_END_VERBS):
                    # "X ended a visit to C on Thursday that ran from 13 to 16 April 2026": the
                    # range said with it gives the start
                    ran = _ENDED_RAN.match(t, m.end()) if " ran " in t or " lasted " in t else None
                    d = sent.dates[int(ran["t"])] if ran else None
                    if d is not None and d.kind == "range" and d.value is not None and \
                            d.value.day is not None:
                        yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, d.value,
                                   d.source, True)
                        continue
                    # "X wrapped up on Wednesday a visit to C that had started on Monday": the
                    # relative clause gives the start
                    began = _VISIT_BEGAN.search(t, m.start()) if "«T" in t[m.end():] else None
                    d = sent.dates[int(began.group(1))] if began else None
                    if d is not None and d.value is not None:
                        yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, d.value,
                                   d.source, True)
                        continue
                    # "X ended his visit to C": the day is its end, and its start is not given
                    yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85, None,
                               DateSource.NONE, True)
                    continue
                spent = [int(k) for k in re.findall(r"«T(\d+)»", t[m.end("o") : m.end()])] if (
                    rx is R_ARRIVED_FOR and m["v"].startswith("spent")) else []
                if spent and sent.dates[spent[0]].value is not None:
                    # "In April, X spent four days in L1 and L2, from 13 to 16 April 2026, on a
                    # working visit to C": the stay's own range dates every place of it
                    value, source = self._value(sent.dates[spent[0]])
                    trip = _FIRST_TRIP_TO.match(t, m.end()) if m["o3"] is None and (
                        _FIRST_APPOSITION.search(m[0])) else None
                    for x in (m["o"], m["o4"], m["o3"], trip["o"] if trip else None):
                        if x is not None:
                            yield Cand("VISITED", (a,), (refs(x)[0],), v, rule, "none", 0.85,
                                       value, source, True)
                    continue
                par = _PAREN_DATE.match(t, m.end()) if rx is R_VISIT_TO_BY else None
                if par is not None and sent.dates[int(par[1])].value is not None:
                    # ("Visit to L of X (23-25 April 2018)": the item's date in brackets after
                    # the visitor)
                    yield Cand("VISITED", (a,), (o,), v, rule, "none", 0.85,
                               *self._value(sent.dates[int(par[1])]), True)
                    continue
                yield Cand("VISITED", (a,), (o,), v, rule, "event", 0.85)
                # (a led delegation only: "paid C a visit" is "led" too, with no o2 group)
                more = _AND_PLACE.match(t, m.end("o2")) if led and m["o2"] is not None else None
                if more is None and rx is R_VISITED and m["v"] in ("visited", "toured"):
                    # ("X toured L1 and L2, T": both places, as a led mission's)
                    more = _AND_PLACE.match(t, m.end("o"))
                if more is not None:
                    # "X led a trade mission to Mexico City and Monterrey": both places
                    yield Cand("VISITED", (a,), (refs(more["o"])[0],), v, rule, "event", 0.85)
                took = _TOUR_TOOK.match(t, m.end()) if rx is R_ARRIVED_FOR and (
                    " took " in t) else None
                if took is not None:
                    # "arrived in Erbil on Tuesday, the second leg of a tour that took her to
                    # Baghdad on Monday": the earlier stop, on its own day
                    d = sent.dates[int(took["t"])] if took["t"] else None
                    if d is not None and d.value is not None:
                        yield Cand("VISITED", (a,), (refs(took["o"])[0],), took.start("v"), rule,
                                   "none", 0.85, d.value, d.source, True)
                    else:
                        yield Cand("VISITED", (a,), (refs(took["o"])[0],), took.start("v"), rule,
                                   "none", 0.85, None, DateSource.NONE, True)
                co = _CO_VISITOR.search(t, max(0, m.start("a" + g) - 140), m.start("a" + g)) if (
                    " and " in t[max(0, m.start("a" + g) - 140) : m.start("a" + g)]) else None
                if co is not None and refs(m["a" + g])[0] == a:
                    yield Cand("VISITED", (refs(co["p"])[0],), (o,), v, rule, "event", 0.85)
                # ("is in India ..., his first visit to the country": a description of the
                # country just named is no second destination)
                if rx is R_VISIT_IN and m["o2"] is not None and \
                        self.doc.mentions[refs(m["o2"])[0]].role != "coref":
                    yield Cand("VISITED", (a,), (refs(m["o2"])[0],), v, rule, "event", 0.85)
                if rx is R_ARRIVED_FOR and m["o3"] is not None:
                    yield Cand("VISITED", (a,), (refs(m["o3"])[0],), v, rule, "event", 0.85)
                if rx is R_ARRIVED_FOR and m["o4"] is not None:
                    # "travelled to L1 and L2, ...": the second place too
                    yield Cand("VISITED", (a,), (refs(m["o4"])[0],), v, rule, "event", 0.85)
                foot = _FIRST_TO_SET_FOOT.match(t, m.end()) if rx is R_ARRIVED_FOR else None
                if foot is not None:
                    # "travelled to L, the first C minister to set foot in D": D visited too
                    yield Cand("VISITED", (a,), (refs(foot["o"])[0],), v, rule, "event", 0.85)
                trip = _FIRST_TRIP_TO.match(t, m.end()) if rx is R_ARRIVED_FOR and (
                    _FIRST_APPOSITION.search(m[0])) else None
                if trip is not None:
                    # "travelled to L, her first trip to C in office", "spent four days in L,
                    # T, on a working visit to C": the visit's state, dated as the stay
                    yield Cand("VISITED", (a,), (refs(trip["o"])[0],), v, rule, "event", 0.85)

    def _visitor(self, a: int, dest: int) -> int:
        """A described visitor (mention a) whose post names the destination: the other person
        the description fits, as a mention index; -1 when none does."""
        doc = self.doc
        m = doc.mentions[a]
        country = doc.mentions[dest].ents[0]
        if country not in doc.ents[m.ents[0]].affil:
            return a
        other = other_with_role(doc, m, country)
        if other is None:
            return -1
        if other == m.ents[0]:
            return a
        doc.mentions.append(Mention(m.start, m.start, "P", (other,), "coref"))
        return len(doc.mentions) - 1

    def _lectured(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        doc = self.doc
        for rx, rule in ((R_LECT, "lectured.delivered"), (R_LECT_FRONT, "lectured.fronted"),
                         (R_ADDRESS, "lectured.addressed")):
            if rx is R_LECT_FRONT and not t.startswith(_FRONT_VERBS):
                continue  # it matches only at the very start (^ without re.M)
            if not any(w in t for w in _LECTURE_VERBS[rule]) and not (
                    rx is R_LECT and ("held " in t or "led " in t or "read " in t
                                      or "ran " in t) and (
                        "lecture" in t or "keynote" in t or "master" in t or "seminar" in t)):
                continue  # ("held a lecture": "held" alone is mostly "held talks")
            for m in rx.finditer(t):
                v = m.start("v")
                if _blocked(sent, v):
                    continue
                rest = m["rest"]
                # "visited the Academy, where she delivered a lecture on ...": the antecedent
                # (also "where he spoke about ...": a talk at the body visited)
                where = _WHERE_VENUE.search(t, 0, m.start("v"))
                if rx is R_ADDRESS and m["v"] in ("spoke", "speaks", "spoken") and not (
                        # ("spoke before students of the Academy": an audience, as "to")
                        # ("spoke on Friday before students of the I": the day between)
                        re.match(r"\s+(?:(?:on\s+)?«T\d+»\s+)?(?:at|to|before)\b", rest)
                        or _SPOKE_ON_AT.match(rest)
                        or where is not None and re.match(r"\s+about\b", rest)):
                    continue
                if rx is R_ADDRESS and m["v"] in ("addressed", "spoke", "speaks", "spoken") and (
                        _TO_THE_PRESS.match(rest)):
                    continue  # "spoke to (addressed) reporters at the I": a word to the press
                # "He addressed the GIMPA on 10 October": the body addressed hosted the address
                venue = (_ADDRESSED_BODY.match(rest) if m["v"] == "addressed" else None) or \
                    _VENUE.search(rest)
                # "a lecture on Ireland's years as a member of the EU": of the topic, no venue
                # 'a lecture on "Croatia in the European Union" at KazISS': not in a title
                while venue is not None and _quoted(rest, venue.start()):
                    venue = _VENUE.search(rest, venue.end())
                while venue is not None and venue.group().startswith("of") and re.search(
                        r"^\s*on\b", rest[: venue.start()]) and _MEMBER_OF_BEFORE.search(
                        rest, 0, venue.start()):
                    venue = _VENUE.search(rest, venue.end())
                # "a lecture on C's path to EU membership at the I": a body named in the topic
                # before the venue "at" is no venue
                if venue is not None and not venue.group().startswith("at") and re.match(
                        r"\s*on\b", rest) and (at := _VENUE_AT.search(rest, venue.end())):
                    venue = at
                host = _HOSTED_BEFORE.search(t, 0, m.start("a")) if rx is R_LECT else None
                if where is not None:
                    o = refs(where["host"] or where["o"])[0]
                elif venue is not None:
                    o = refs(venue["o"])[0]
                    # "at the University of Nairobi's Institute of Diplomacy": the body owned
                    inner = _OWNED_BODY.match(rest, venue.end()) if "'" in rest or "’" in rest \
                        else None
                    if inner is not None:
                        o = refs(inner["o"])[0]
                elif host is not None:
                    o = refs(host["o"])[0]  # "PISM hosted X, ..., who delivered a lecture on"
                elif rx is R_ADDRESS and m["pre"] and (toured := _TOURED_BODY.match(m["pre"])) \
                        and _TO_AUDIENCE.match(rest):
                    o = refs(toured["o"])[0]  # "toured the I at L and spoke to officers of ..."
                else:
                    continue
                if doc.mentions[o].kind not in "IO":
                    continue
                a = refs(m["a"])[0]
                if rx is R_LECT and _AND_PASSIVE_LECT.fullmatch(t, m.end("a"), v) and (
                        pas := _PASSIVE_BY_BEFORE.search(t, 0, m.start("a"))) is not None:
                    # "he was received by the Secretary, Y, and gave a lecture": the passive's
                    # subject gave it, not its agent
                    a = refs(pas["s"])[0]
                yield Cand("LECTURED_AT", (a,), (o,), v, rule, "event", 0.85)
        for m in R_SPEECH_HEAD.finditer(t) if sent.index == 0 else ():
            yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                       "lectured.speech_headline", "event", 0.8)
        for m in R_TREATED_TO.finditer(t) if " treated " in t or " shared " in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "lectured.treated_to", "event", 0.8)
        for m in R_GUEST.finditer(t) if "guest" in t or " speaker " in t else ():
            # (the event named before its host: "at the annual X lecture hosted by the O")
            # ("guest speaker at a «I» forum": the body's own event)
            # ("the featured (keynote) speaker at the I": a talk there)
            # ("guest lecturer at the I": a lecture there)
            lecture = (m["ev"] or (m["evb"] and " speaker " in m[0]) or m["v"] != "guest"
                       or (m["spk"] or "").startswith("lecturer")
                       or re.search(r"\b(?:lecture|talk|address|speech)\b", m["rest"]))
            if lecture and not _blocked(sent, m.start("v")):
                yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "lectured.guest", "event", 0.8)
        for m in R_GUEST_POSS.finditer(t) if "speaker" in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "lectured.guest", "event", 0.8)
        for m in R_SPEAKER_AT.finditer(t) if "speaker" in t else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "lectured.speaker_at", "event", 0.8)
        for m in R_WELCOMED_FOR.finditer(t) if any(w in t for w in _WELCOME_VERBS) else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "lectured.welcomed_for", "event", 0.75)
        for m in R_ORGANISED.finditer(t) if any(w in t for w in _ORGANISE_VERBS) else ():
            if not _blocked(sent, m.start("v")):
                yield Cand("LECTURED_AT", (refs(m["a"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "lectured.organised", "event", 0.8)

    # --- posts -----------------------------------------------------------------------------

    def _side_accreditations(self, sent: Sent, found: list[Cand]) -> Iterator[Cand]:
        """A head of mission's side accreditations in other words than "is also accredited to"
        (R_SIDE_ACCREDITATION). found: this sentence's claims so far."""
        t = sent.text
        doc = self.doc

        def heads() -> list[tuple[int, int]]:
            """(sentence, person) of each post held, in earlier sentences or in this one."""
            return [(w.index, c.subj[0]) for w, c in self.cands if c.pred in _POST_PREDS] + [
                (sent.index, c.subj[0]) for c in found if c.pred in _POST_PREDS]

        for m in R_SIDE_ACCREDITATION.finditer(t):
            if m["p"] is not None:
                p = refs(m["p"])[0]
                who = doc.mentions[p].ents
                says_so = (m["v"] or m["v2"] and not m["jurisdiction"]
                           or m["noun"] == "accreditation")
                if not says_so and not (
                        # the title just before the name, in the entity's roles, or a post
                        HEAD_OF_MISSION.search(t, max(0, m.start("p") - 40), m.start("p"))
                        or any(HEAD_OF_MISSION.search(r) for r in doc.ents[who[0]].roles)
                        or any(doc.mentions[h].ents == who for _, h in heads())):
                    continue
            elif (held := heads()) and held[-1][0] >= sent.index - 2:
                p = held[-1][1]  # "His accreditation": the head of mission just named
            else:
                continue
            v = next(m.start(g) for g in ("v", "v2", "v3", "v4") if m[g] is not None)
            cred = _CREDENTIALS_TO_STATE.search(t, m.end()) if "credence" in t or (
                "credentials" in t) else None
            if not _blocked(sent, v):
                for o in refs(m["o"]):
                    # (dated by the ceremony when it names this state)
                    mode = "credentials" if cred is not None and self.doc.mentions[o].ents == (
                        self.doc.mentions[int(cred.group(1))].ents) else "fronted"
                    yield Cand("ACCREDITED_TO", (p,), (o,), v, "post.accredited_to", mode, 0.8)
        for m in R_REPRESENTS_NONRES.finditer(t) if "non-resident" in t or " as well" in t else ():
            if m["well"] and not any(HEAD_OF_MISSION.search(r) for r in doc.ents[
                    doc.mentions[refs(m["p"])[0]].ents[0]].roles):
                continue  # ("a minister represented C in A as well as in B": no envoy's seat)
            if not _blocked(sent, m.start("v")):
                yield Cand("ACCREDITED_TO", (refs(m["p"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "post.accredited_to", "none", 0.8)

    def _posts(self, sent: Sent) -> Iterator[Cand]:
        t = sent.text
        doc = self.doc
        seen: set[tuple[int, int]] = set()
        # both need a post, and every post has a head word ("Minister", "envoy")
        has_post = not TITLE_HEAD_WORDS.isdisjoint(letter_words(t))
        for m in R_REPRESENTED_BY.finditer(t) if (
                " represented in " in t or " interests " in t or " represented here " in t) else ():
            v = m.start("v") if m["v"] is not None else m.start("v2")
            if not _blocked(sent, v):
                p = refs(m["p"])[0]
                yield Cand("AMBASSADOR_OF", (p,), (refs(m["c"])[0],), v,
                           "post.represented_by", "none", 0.85)
                if m["d"] or m["d2"]:
                    yield Cand("ACCREDITED_TO", (p,), (refs(m["d"] or m["d2"])[0],), v,
                               "post.represented_by", "none", 0.85)
        for rx in (R_POST_BEFORE, R_POST_AFTER) if has_post else ():
            for m in rx.finditer(t):
                p = refs(m["p"])[0]
                if doc.mentions[p].role == "coref":
                    continue
                key = (p, m.start("post"))
                if key in seen:
                    continue
                if rx is R_POST_AFTER and _NEXT_PERSON.match(t, m.end()):
                    continue  # "A, the President of Portugal, B, ...": the post is B's
                if rx is R_POST_AFTER and _HEADLINE_PAIR_VERB.match(t, m.end()):
                    continue  # "X, Kazakh ambassador discuss ties": the comma joins two people
                seen.add(key)
                yield from self._post_claims(sent, m, p, dated=False)
        for m in R_SERVED.finditer(t) if "serv" in t or "work" in t or "doubles" in t or (
                " as " in t or "bec" in t) else ():
            yield from self._post_claims(sent, m, refs(m["p"])[0], dated=False)
            if m["repc"] is not None and HEAD_OF_MISSION.match(m["post"]):
                # "X represented C as Ambassador to D": C is the state X's mission served
                tenure = self._tenure(sent, m)
                yield Cand("AMBASSADOR_OF", (refs(m["p"])[0],), (refs(m["repc"])[0],),
                           m.start("post"), "post.head_of_mission", "none", 0.85,
                           *tenure) if tenure else Cand(
                    "AMBASSADOR_OF", (refs(m["p"])[0],), (refs(m["repc"])[0],), m.start("post"),
                    "post.head_of_mission", "none", 0.85)
        for m in R_JOINED_BODY.finditer(t) if "joined" in t or "entered" in t else ():
            o = refs(m["o"])[0]
            body = doc.ents.get(doc.mentions[o].ents[0])
            if body is None or not _MINISTRY_NAME.match(body.name) or NEG.search(m["mid"]) or (
                    _blocked(sent, m.start("v"))):
                continue
            d = sent.dates[int(m["t"])] if m["t"] is not None else None
            if d is not None and d.value is not None and d.kind in ("day", "month", "year"):
                yield Cand("OFFICIAL_OF", (refs(m["p"])[0],), (o,), m.start("v"),
                           "official.joined", "none", 0.75, d.value, DateSource.SENTENCE, True)
            else:
                yield Cand("OFFICIAL_OF", (refs(m["p"])[0],), (o,), m.start("v"),
                           "official.joined", "none", 0.75)
        for m in R_WHO_CHAIRS.finditer(t) if " who " in t and "s" in t else ():
            yield Cand("OFFICIAL_OF", (refs(m["p"])[0],), (refs(m["o"])[0],), m.start("v"),
                       "official.who_chairs", "none", 0.8)
        for m in R_CREDENTIALS.finditer(t) if "presented" in t or " appointment as " in t else ():
            yield from self._post_claims(sent, m, refs(m["p"])[0], dated=m["ap"] is None)
        for m in R_PRESENTED_IN.finditer(t) if "redence" in t or "redentials" in t else ():
            g = "" if m["p"] is not None else "2"
            if g and _blocked(sent, m.start("v2")):
                continue
            yield Cand("ACCREDITED_TO", (refs(m["p" + g])[0],), (refs(m["l" + g])[0],),
                       m.start("v" + g), "post.presented_in", "credentials", 0.8)
        yield from self._credence_list(sent)
        for m in R_TITLE_NAME_OF.finditer(t) if "» of " in t else ():
            # "Ambassador X of Portugal": X heads Portugal's mission
            p = refs(m["p"])[0]
            if doc.mentions[p].role != "coref" and not _blocked(sent, m.start("v")):
                yield Cand("OFFICIAL_OF" if m["off"] else "AMBASSADOR_OF", (p,),
                           (refs(m["c"])[0],), m.start("v"), "post.title_name_of", "none", 0.85)
        for m in R_WHO_PRESENTED.finditer(t) if "presented" in t else ():
            # "X, who presented her credentials to King Y in July 2021": dates X's one
            # accreditation named before
            p = refs(m["p"])[0]
            d = sent.dates[int(m["t"])]
            who = doc.mentions[p].ents
            accs = [c for s, c in self.cands if c.pred == "ACCREDITED_TO"
                    and doc.mentions[c.subj[0]].ents == who]
            targets = {c.obj[0] for c in accs}
            names = {doc.mentions[o].ents for o in targets}
            if len(names) > 1:
                # "Ambassador of C to D, X, who is also accredited to E and F, presented ...":
                # the post's own country, not the side accreditations
                targets = {c.obj[0] for c in accs if c.rule != "post.accredited_to"}
                names = {doc.mentions[o].ents for o in targets}
            if d.value is not None and len(names) == 1 and not _blocked(sent, m.start("v")):
                yield Cand("ACCREDITED_TO", (p,), (min(targets),), m.start("v"),
                           "post.presented_who", "none", 0.8, d.value, d.source, True)
        # "received a copy of the credentials of ...": a courtesy before the presentation, which
        # alone dates the accreditation
        for m in R_CREDENCE_OF.finditer(t) if "redence" in t or "redentials" in t else ():
            yield from self._post_claims(sent, m, refs(m["p"])[0],
                                         dated=not _CRED_COPY.search(m.group()))
        for m in R_CREDENCE_OF_POST.finditer(t) if "redence" in t or "redentials" in t else ():
            yield from self._post_claims(sent, m, refs(m["p"])[0],
                                         dated=not _CRED_COPY.search(m.group()))
        for m in R_WHO_IS.finditer(t) if has_post and (" is " in t or " was " in t
                                                           or " been " in t
                                                           or " serves as " in t
                                                           or " doubles as " in t) else ():
            # "X, who is also Ambassador of ...", "X is the Ambassador of C to D." (an author's
            # note)
            yield from self._post_claims(sent, m, refs(m["p"] or m["p2"])[0], dated=False)
        for m in R_WHO_IS_LOW.finditer(t) if " country" in t and ", who " in t else ():
            yield Cand("ACCREDITED_TO", (refs(m["p"])[0],), (refs(m["o"])[0],), m.start("o"),
                       "post.accredited", "none", 0.85)
        for m in R_MISSION_HEADED_BY.finditer(t) if ("ed by" in t or " run " in t
                                                     or "represented in" in t
                                                     or ", who " in t) else ():
            g = "" if m["c"] is not None else "2" if m["c2"] is not None else "3"
            c, seat = refs(m["c" + g])[0], refs(m["l" + g])[0]
            if _blocked(sent, m.start("v" + g)) or set(doc.mentions[seat].ents) & set(
                    doc.mentions[c].ents) or not doc.mentions[seat].ents[0].startswith("country:"):
                continue
            p = refs(m["p" + g])[0]
            yield Cand("AMBASSADOR_OF", (p,), (c,), m.start("v" + g), "post.mission_headed_by",
                       "none", 0.85)
            yield Cand("ACCREDITED_TO", (p,), (seat,), m.start("v" + g), "post.mission_headed_by",
                       "none", 0.85)
        for m in R_ACCREDITED.finditer(t) if "credited" in t or "credential" in t else ():
            if m["bare"] and not any(HEAD_OF_MISSION.search(r) for r in doc.ents[
                    doc.mentions[refs(m["p"])[0]].ents[0]].roles):
                continue  # "X, accredited to C": only a head of mission's accreditation
            p = refs(m["p"])[0]
            last = _LAST_P_WHO.search(t, m.end("p"))
            if last is not None and last.start() < m.start("v"):
                # "A, post, and of C's High Commissioner to D, B, who is also accredited to E":
                # the relative clause is the last person's, not the first's of the apposition
                p = int(last["p"])
            if not _blocked(sent, m.start("v")):
                for o in refs(m["o"]):
                    yield Cand("ACCREDITED_TO", (p,), (o,), m.start("v"),
                               "post.accredited_to", "fronted", 0.85)
        for m in R_HEADED_BY.finditer(t) if "ed by" in t else ():
            # "The Honorary Consulate of Hungary in Kumasi, headed by Honorary Consul X,"
            if not _blocked(sent, m.start("v")):
                yield Cand("OFFICIAL_OF", (refs(m["p"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "official.headed_by", "none", 0.8)
        for m in R_PERSON_OF_BODY.finditer(t) if "» of the «I" in t else ():
            # "moderated by Dr. Jan Nowak of the Department of Asian Studies"
            if not _blocked(sent, m.start("v")):
                yield Cand("OFFICIAL_OF", (refs(m["p"])[0],), (refs(m["o"])[0],), m.start("v"),
                           "official.person_of", "none", 0.75)
        cue = ("counterpart" in t or " peer" in t or "homologue" in t
               or "opposite number" in t)
        for m in R_COUNTERPART.finditer(t) if cue else ():
            p = refs(m["p"])[0]
            c = refs(m["dem"])[0]
            yield Cand("OFFICIAL_OF", (p,), (c,), m.start(), "official.counterpart", "none", 0.8)
        for i in refs(t):
            mention = doc.mentions[i]
            if mention.kind == "P" and mention.affil:
                # "the Moroccan ambassador": a head of mission is no official of his country
                desc = doc.original[mention.start:mention.end]
                if HEAD_OF_MISSION.search(desc) and not CHARGE.search(desc):
                    continue
                # ("the Vietnamese visitor" resolved to a person whose post, said before, is an
                # ambassador's: the same)
                roles = [r for e in mention.ents if e in doc.ents for r in doc.ents[e].roles]
                if any(HEAD_OF_MISSION.search(r) and not CHARGE.search(r) for r in roles):
                    continue
                yield Cand("OFFICIAL_OF", (i,), (_affil_ref(doc, mention),), 0,
                           "official.demonym_description", "none", 0.7)

    def _credence_list(self, sent: Sent) -> Iterator[Cand]:
        """"X received ... the credentials of four new ambassadors to C." and then one line per
        ambassador ("- Ambassador of D, Y"): each Y met X and is accredited to C, that day."""
        t = sent.text
        ctx = self.ctx
        if "redential" in t or "redence" in t:
            g = R_CREDENCE_GROUP.search(t) or (
                R_CREDENCE_GROUP_SUBJ.search(t) if "presented" in t else None)
            if g and not _blocked(sent, g.start()):
                day = next((d.value for d in sent.dates if d.value and d.value.day), None)
                if day is None and sent.lead:
                    day = ctx.dateline
                to = refs(g["to"])[0] if g["to"] else None
                ctx.credence = (sent.index, refs(g["r"])[0], to, day)
                # the sending states listed, and whether only copies were handed over (which
                # date no accreditation)
                ctx.credence_from = frozenset(
                    e for i in refs(g["frm"] or "") for e in self.doc.mentions[i].ents)
                ctx.credence_copy = bool(_CRED_COPY.search(g.group()))
                return
        if ctx.credence is None or sent.index - ctx.credence[0] > 12:
            return
        m = R_CREDENCE_ITEM.match(t)
        if m:
            people = [refs(m["p"] or m["p2"])[0]]
        elif R_CREDENCE_LIST_HEAD.match(t):
            # "The envoys ... are Ambassador X of C, Ambassador Y of D and ..."
            people = [refs(i["p"])[0] for i in R_TITLE_NAME_OF.finditer(t)]
        elif (o := R_CREDENCE_OPENER.match(t)) is not None:
            sender = set(self.doc.mentions[refs(o["c"] or o["c2"] or o["c3"] or o["c4"])[0]].ents)
            to_ents = set(self.doc.mentions[ctx.credence[2]].ents) if ctx.credence[2] else set()
            if sender & to_ents or ctx.credence_from and not sender & ctx.credence_from:
                return  # not one of the envoys of the group
            people = [refs(o["p"] or o["p2"] or o["p3"] or o["p4"])[0]]
        else:
            return
        _, receiver, to, day = ctx.credence
        src = DateSource.SENTENCE if day else DateSource.NONE
        acc_day = None if ctx.credence_copy else day
        for p in people:
            yield Cand("MET_WITH", (receiver,), (p,), 0, "met.credence_list", "none", 0.8, day,
                       src, True)
            if to is not None:
                yield Cand("ACCREDITED_TO", (p,), (to,), 0, "post.credence_list", "none", 0.8,
                           acc_day, src if acc_day else DateSource.NONE, True)

    def _state_of(self, p: int) -> int | None:
        """A country mention of the one state a head of state or government named at mention p
        serves ("the President of Montenegro, X"), else None."""
        doc = self.doc
        info = doc.ents.get(doc.mentions[p].ents[0])
        if info is None or len(info.affil) != 1 or not any(
                w in r for r in info.roles for w in ("president", "prime minister", "king")):
            return None
        state = next(iter(info.affil))
        return next((i for i, x in enumerate(doc.mentions) if x.kind == "C" and x.ents == (state,)),
                    None)

    def _tenure(self, sent: Sent, m: re.Match[str]) -> tuple[PartialDate, DateSource, bool] | None:
        """The start of a head of mission's tenure told with the post (R_TENURE_AFTER right
        after it, or R_TENURE_FRONT opening a sentence whose first person holds it)."""
        t = sent.text
        after = R_TENURE_AFTER.match(t, m.end())
        if after is None:
            # (the person's position: a fronted tenure may be inside the match, before him)
            at = next((m.start(g) for g in ("p", "p2") if g in m.re.groupindex and m[g]), m.start())
            after = R_TENURE_FRONT.search(t, max(0, min(at, m.start()) - 60), at)
        if after is None:
            return None
        d = sent.dates[int(next(g for g in after.groups() if g is not None))]
        if d.value is None or d.kind not in ("day", "month", "year"):
            return None
        return d.value, DateSource.SENTENCE, True

    def _post_claims(self, sent: Sent, m: re.Match[str], p: int, dated: bool) -> Iterator[Cand]:
        doc = self.doc
        post = m["post"]
        gd = m.groupdict()
        affil: int | None = None
        for g in ("poss", "dem", "attr", "attr_low"):
            if gd.get(g):
                affil = refs(gd[g])[0]
        of_side = _comp_refs(post, "of")[:1]
        at_side = _comp_refs(post, "at")
        to_side = _comp_refs(post, "to")
        in_side = _comp_refs(post, "in")
        if not to_side and HEAD_OF_MISSION.match(post) and "large" not in post:
            # "C's Ambassador for A, B and D, X": the states a head of mission is sent to
            # (not an "Ambassador for Climate Change" nor an ambassador-at-large)
            to_side = [i for i in _comp_refs(post, "for") if doc.mentions[i].kind == "C"]
            if to_side and affil is None and not of_side and in_side and (
                    doc.mentions[in_side[0]].kind == "L"):
                # ("High Commissioner for Tuvalu in London": the state the commission is for,
                # with a capital as its seat after it, is the sending one, the seat the host)
                affil, to_side = to_side[0], []
        if gd.get("its"):
            # "where he was received by its Chairman": the body named last before
            last = list(_BODY_OR_COUNTRY_REF.finditer(sent.text, 0, m.start()))
            rep = _REPRESENTED_ITS.search(sent.text, 0, m.start())
            if rep is not None:
                affil = int(rep.group(1))  # (the represented state, not the host named after)
            elif last:
                affil = int(last[-1].group(1))
        if affil is None and of_side:
            affil = of_side[0]
        if affil is None and gd.get("org"):
            affil = refs(gd["org"])[0]
        if affil is None and in_side and doc.mentions[in_side[0]].kind in "IO":
            affil = in_side[0]  # "Permanent Secretary in the Ministry of Energy"
        title = TITLE_RE.match(post)
        title_text = title.group() if title else post
        pos = m.start("post")
        # "Secretary to the Ministry of Fisheries X": a state body after "to" (not a head of
        # mission's, whose "to" names the receiving side)
        to_body = [i for i in to_side[:1] if doc.mentions[i].kind == "I"]
        to_side = [i for i in dict.fromkeys(to_side) if doc.mentions[i].kind in "CGO"]
        # ("Sweden's deputy head of mission in L, X": a deputy's post, in lower case before it)
        deputy = sent.text.endswith(("deputy ", "Deputy ", "deputy-", "Deputy-"), 0, pos)
        if HEAD_OF_MISSION.search(title_text) and not CHARGE.search(title_text) and not deputy:
            if affil is None and (appointer := _APPOINTER.search(
                    sent.text, max(0, m.start() - 90), m.start())) is not None:
                # "the President recalled (appointed) X, who has been Ambassador to D": the envoy
                # of the state whose head of state (government) sends and recalls him
                affil = self._state_of(int(appointer.group(1)))
            if affil is None and ";" in sent.text[: m.start()]:
                # "A becomes Ambassador of C to D; B, Ambassador to E; ...": a list of envoys
                # whose first item names the sending state for all
                prev = list(_ENVOY_OF_C.finditer(sent.text, 0, m.start()))
                if prev and ";" in sent.text[prev[-1].end() : m.start()]:
                    affil = int(prev[-1].group(1))
            presented = dated or bool(_CREDENTIALS.search(sent.text, m.end()))
            tenure = None if presented else self._tenure(sent, m)
            if affil is not None and doc.mentions[affil].kind in "CD":
                yield Cand("AMBASSADOR_OF", (p,), (affil,), pos, "post.head_of_mission", "none",
                           0.9, *tenure) if tenure else Cand(
                    "AMBASSADOR_OF", (p,), (affil,), pos, "post.head_of_mission", "none", 0.9)
            if _DESIGNATE.search(post):
                return  # ("Ambassador-designate to Y": named, not yet accredited there)
            # ("The new Ambassador of X to Y, Z, presented his credentials on ...": dated, above)
            cred = _CREDENTIALS_TO_STATE.search(sent.text, m.end()) if presented else None
            for r in to_side:
                # (not when the ceremony names another state: "C's Ambassador to A, whose
                # accreditation extends to B, handed her letters of credence to the President of
                # B": B's date)
                other = cred is not None and doc.mentions[int(cred.group(1))].ents != (
                    doc.mentions[r].ents)
                how = "credentials" if presented and not other else "none"
                yield Cand("ACCREDITED_TO", (p,), (r,), pos, "post.accredited", how, 0.9,
                           *tenure) if tenure else Cand(
                    "ACCREDITED_TO", (p,), (r,), pos, "post.accredited", how, 0.9)
            if affil is None and tenure and to_side:
                self.sendless.append((p, tenure))
            end = m.end()
            while to_side:
                tenure_at = R_TENURE_AFTER.match(sent.text, end)
                side = R_POST_SIDE.match(sent.text, tenure_at.end() if tenure_at else end)
                end = side.end() if side else tenure_at.end() if tenure_at else end
                more = R_POST_MORE.match(sent.text, end)
                end = more.end() if more else end
                for r in [*(refs(side["o"]) if side else ()), *(refs(more["o"]) if more else ())]:
                    yield Cand("ACCREDITED_TO", (p,), (r,), pos, "post.accredited_to", "none",
                               0.85, *tenure) if tenure else Cand(
                        "ACCREDITED_TO", (p,), (r,), pos, "post.accredited_to", "none", 0.85)
                second = R_AND_AS_POST.match(sent.text, end)
                if second is None:
                    break
                # the second post's own tenure, told after it
                end = second.end()
                t2 = R_TENURE_AFTER.match(sent.text, end)
                d2 = sent.dates[int(next(g for g in t2.groups() if g is not None))] if t2 else None
                tenure = (d2.value, DateSource.SENTENCE, True) if d2 is not None and (
                    d2.value is not None and d2.kind in ("day", "month", "year")) else None
                r = refs(second["o"])[0]
                yield Cand("ACCREDITED_TO", (p,), (r,), pos, "post.accredited", "none", 0.85,
                           *tenure) if tenure else Cand(
                    "ACCREDITED_TO", (p,), (r,), pos, "post.accredited", "none", 0.85)
            # "Kazakhstan's Ambassador in Budapest, X": the mission's seat is a capital, so X is
            # accredited to that capital's country (not when it is the sending country's own).
            # ("The Ambassador of C in D, X": a translated wire's "in" before the receiving state)
            sending = doc.mentions[affil].ents if affil is not None else ()
            for place in () if to_side else in_side[:1]:
                seat = doc.mentions[place]
                if seat.kind in "LC" and not set(seat.ents) & set(sending):
                    yield Cand("ACCREDITED_TO", (p,), (place,), pos, "post.seat",
                               "credentials" if presented else "none", 0.85)
            return
        if CHARGE.search(title_text):
            for r in to_side:
                yield Cand("ACCREDITED_TO", (p,), (r,), pos, "post.charge", "none", 0.85)
            # ("Chargé d'Affaires of the Embassy of C in D, X": a country as the seat too, when
            # it is not the sending one)
            sent_by: set[str] = set()
            if affil is not None:
                own = doc.mentions[affil]
                own_c = _country_in_name(doc, own) if own.kind == "I" else affil
                if own_c is not None:
                    sent_by = set(doc.mentions[own_c].ents)
            for place in in_side:
                seat = doc.mentions[place]
                if seat.kind == "L" or seat.kind == "C" and sent_by and not (
                        set(seat.ents) & sent_by):
                    yield Cand("ACCREDITED_TO", (p,), (place,), pos, "post.charge_seat", "none",
                               0.8)
            if affil is not None:
                mention = doc.mentions[affil]
                yield Cand("OFFICIAL_OF", (p,), (affil,), pos, "post.charge_of", "none", 0.85)
                if mention.kind == "I" and own_c is not None:
                    yield Cand("OFFICIAL_OF", (p,), (own_c,), pos, "post.charge_of", "none",
                               0.85)
            return
        if at_side and doc.mentions[at_side[0]].kind in "IO":
            yield Cand("OFFICIAL_OF", (p,), (at_side[0],), pos, "post.at", "none", 0.8)
            if affil is not None and affil != at_side[0] and doc.mentions[affil].kind in "CD":
                # "Brazil's Secretary for Asia at Itamaraty, X": of the state and of the body
                yield Cand("OFFICIAL_OF", (p,), (affil,), pos, "post.official", "none", 0.85)
            return
        if to_body and affil is None:
            yield Cand("OFFICIAL_OF", (p,), (to_body[0],), pos, "post.to_body", "none", 0.8)
            return
        if affil is not None and doc.mentions[affil].kind in "CDIOG":
            # ("X, C's foreign minister from T to T2, has died": the tenure's start dates it)
            tenure = self._tenure(sent, m)
            yield Cand("OFFICIAL_OF", (p,), (affil,), pos, "post.official", "none", 0.85,
                       *tenure) if tenure else Cand(
                "OFFICIAL_OF", (p,), (affil,), pos, "post.official", "none", 0.85)
            if of_side and of_side[0] != affil and doc.mentions[affil].kind in "CD" and (
                    doc.mentions[of_side[0]].kind == "I"):
                # "Jordanian Secretary General of the Ministry of ... X": of the state and of
                # the body the post names
                yield Cand("OFFICIAL_OF", (p,), (of_side[0],), pos, "post.official", "none",
                           0.85)

    # --- dates -----------------------------------------------------------------------------

    def _date(self, sent: Sent, c: Cand) -> None:
        if c.mode == "none":
            return
        t = sent.text
        ds = [(m.start(), int(m.group(1))) for m in _DATE_REF.finditer(t)] if sent.dates else []
        # "In 1992, Zimbabwe recognised Belarus.", "In 2023, X was also accredited to Y": a
        # fronted year (or month, day) dates the one clause it opens
        front = _FRONT_DATE.match(t) if c.mode in ("milestone", "fronted") else None
        if front is not None and not _BOUNDARY.search(t, front.end(), c.trigger):
            d = sent.dates[int(front.group(1))]
            if d.value is not None and d.kind in ("day", "month", "year"):
                self._set(c, d.value, d.source)
                return
        if c.mode == "fronted":
            return
        if c.mode == "milestone":
            self._milestone_date(sent, c, ds)
        elif c.mode in ("state", "joined"):
            end = len(t)
            b = _STATE_END.search(t, c.trigger)
            if b:
                end = b.start()
            if c.mode == "state" and "which" in t and (
                    bp := _STATE_END_PREP.search(t, c.trigger, end)) is not None:
                end = bp.start()
            for pos, k in ds:
                d = sent.dates[k]
                # "a non-permanent member of the UN Security Council in 2024"
                # (of the claim's own body: "a member of A and joined B in T" dates only B)
                held = c.pred == "MEMBER_OF" and (
                    mi := _MEMBER_IN.search(t, 0, pos)) is not None and int(mi.group(1)) in c.obj
                # ("O, of which C was a founding member in 1971": the relative clause's year)
                held = held or c.rule == "member.of_which" and _FOUNDING_IN.search(
                    t, c.trigger, pos) is not None
                # ("have cooperated through O since it was set up in 2017", "since the J began
                # operations in November 2020": the start told in a clause after "since")
                held = held or c.mode == "state" and c.pred.startswith("COOPERATES") and (
                    _SINCE_SET_UP.search(t, c.trigger, pos) is not None)
                if c.trigger <= pos < end and (d.since or c.mode == "joined" or held) and d.value:
                    self._set(c, d.value, d.source)
                    return
            # "established relations in 2019 and have since cooperated": since that date
            if _HAVE_SINCE.search(t, max(0, c.trigger - 30), c.trigger) or _HAVE_SINCE_V.match(
                    t, c.trigger):
                before = [k for pos, k in ds if pos < c.trigger and sent.dates[k].value
                          and sent.dates[k].kind in ("day", "month", "year")]
                if before:
                    d = sent.dates[before[-1]]
                    self._set(c, d.value, d.source)
                    return
            # "Since 2021, the University of Chile and JNU have cooperated through ..."
            # ("A and B established relations in 1938, and since 2015 the two governments have
            # cooperated": the clause "and since" opens)
            for n, (pos, k) in enumerate(ds):
                d = sent.dates[k]
                if d.since and d.value and pos < c.trigger and (
                        n == 0 and _SINCE_FRONT.match(t[:pos]) or _AND_SINCE_FRONT.search(
                            t, max(0, pos - 24), pos)) and \
                        not _BOUNDARY.search(t, pos, c.trigger):
                    self._set(c, d.value, d.source)
                    return
        else:
            self._event_date(sent, c, ds)

    def _finer_visit_day(self, sent: Sent, c: Cand, ds: list[tuple[int, int]],
                         value: PartialDate | None) -> PartialDate | None:
        """("In August 2025 X spent two days in C at the head of a delegation, on 11 and 12
        August 2025": the visit's first day, told after it in the same clause, in the month
        that opens the sentence.)"""
        if c.pred != "VISITED" or value is None or value.month is None or value.day is not None:
            return value
        t = sent.text
        for pos, k in ds:
            f = sent.dates[k].value
            if c.trigger < pos < c.trigger + 150 and f is not None and f.day is not None and (
                    f.year == value.year and f.month == value.month
                    and " and " not in t[c.trigger : pos]
                    and not _BOUNDARY.search(t, c.trigger, pos)):
                return f
        return value

    def _set(self, c: Cand, value: PartialDate | None, source: DateSource) -> None:
        c.date, c.date_source, c.dated = value, source if value else DateSource.NONE, True

    def _milestone_date(self, sent: Sent, c: Cand, ds: list[tuple[int, int]]) -> None:
        t = sent.text
        end = len(t)
        b = _MILESTONE_END.search(t, c.trigger)
        if b:
            end = b.start()
        for pos, k in ds:
            # "the 76th anniversary of ... falls this year, 2026": the ordinal right before the
            # trigger already holds the year it counts back to
            if (sent.dates[k].kind == "anniv" and sent.dates[k].value is not None
                    and pos < c.trigger and re.fullmatch(r"\S+\s+", t[pos:c.trigger])):
                self._set(c, sent.dates[k].value, sent.dates[k].source)
                return
        for pos, k in ds:
            if c.trigger <= pos < end:
                between = t[c.trigger : pos]
                if re.search(r"\b(?:after|before|following|since)\b", between) and not \
                        _IN_PLACE_SINCE.fullmatch(between):
                    continue  # ("relations between A and B, in place since 1963": its own)
                d = sent.dates[k]
                # ("opened formal ties with effect from today": the day named, not now)
                effect = d.kind == "relative" and _WITH_EFFECT_FROM.search(between) is not None
                # ("A and B established diplomatic relations at ambassadorial level on Monday":
                # the weekday that closes the milestone's own clause)
                effect = effect or d.kind in ("weekday", "relative") and c.pred == (
                    "ESTABLISHED_TIES") and _OWN_WEEKDAY.fullmatch(between) is not None
                if d.kind in ("weekday", "relative", "vague", "noyear") and d.kind != "anniv" and (
                        not effect):
                    continue
                if d.kind == "same" and d.value is None and d.unit == "day" and not d.shift and (
                        self.ctx.past_day is not None):
                    # "B recognised A on 12 November 1975. Relations were sealed the same day"
                    self._set(c, self.ctx.past_day, DateSource.SENTENCE)
                    return
                self._set(c, d.value, d.source)
                return
        start = _clause_start(t, c.trigger)
        for pos, k in reversed(ds):
            d = sent.dates[k]
            if start <= pos < c.trigger and (d.kind == "anniv" or d.kind in ("day", "month")):
                self._set(c, d.value, d.source)
                return

    def _event_date(self, sent: Sent, c: Cand, ds: list[tuple[int, int]]) -> None:
        t = sent.text
        ctx = self.ctx
        if "years" in t or "period" in t:
            # "for the years 2026 to 2030": the period an agreement covers dates no event
            ds = [(pos, k) for pos, k in ds
                  if not _VALIDITY_BEFORE.search(t, max(0, pos - 45), pos)]
        # 0. "X, who presented her credentials in Warsaw in October 2022": the presentation's own
        # date, in its clause, dates the accreditation
        if c.mode == "credentials":
            pres = _CREDENTIALS.search(t, c.trigger)
            if pres is not None:
                stop = _BOUNDARY.search(t, pres.end())
                end = stop.start() if stop else len(t)
                after = [k for pos, k in ds if pres.end() <= pos < min(end, pres.end() + 60)]
                if after:
                    self._set(c, *self._value(sent.dates[after[0]]))
                    return
        # 0. "a three-day state visit to Vanuatu that began on Tuesday"
        if c.pred == "VISITED":
            began = _VISIT_BEGAN.search(t, c.trigger)
            if began is None and c.rule == "visited.is_in" and " since «T" in t:
                began = _IN_SINCE.match(t, c.trigger)
            if began is None and " since «T" in t:
                began = _ON_VISIT_SINCE.match(t, c.trigger)
            if began is not None:
                d = sent.dates[int(began.group(1))]
                self._set(c, *self._value(d))
                return
        # 1. a date in the trigger's own comma-delimited segment
        seg_s = 0
        for m in _SEGMENT.finditer(t, 0, c.trigger):
            seg_s = m.end()
        seg_e_m = _SEGMENT.search(t, c.trigger)
        seg_e = seg_e_m.start() if seg_e_m else len(t)
        if seg_e_m is not None and (ap := _APPOSED_NAME.match(t, seg_e)) is not None and (
                c.pred == "MET_WITH"):
            # ("held talks with his C counterpart, Y, on T": the name in apposition closes no
            # segment; the date after it is the talks')
            seg_e_m = _SEGMENT.search(t, ap.end())
            seg_e = seg_e_m.start() if seg_e_m else len(t)
        # "her first trip to Japan since taking office last year": not the event's date; nor
        # is the founding year behind "the 30th anniversary of relations this year" (a
        # milestone's)
        inside = [(abs(pos - c.trigger) + (0 if pos >= c.trigger else 1), k) for pos, k in ds
                  if seg_s <= pos < seg_e and sent.dates[k].kind != "anniv"
                  and not _SINCE_BEFORE.search(t, max(seg_s, pos - 40), pos)]
        if inside and (row := _TIMELINE_ITEM.match(t)) is not None and \
                t[row.end() - 2] != ":" and {k for _, k in inside} == {int(row.group(1))}:
            inside = []  # ("2025 | X paid a visit to C, T": the row's year heads it, see 2.)
        if inside:
            k = min(inside)[1]
            d = sent.dates[k]
            value, source = self._value(d)
            if d.kind == "month" and (lead := _LEAD_DATE.match(t)) is not None and (
                    int(lead.group(1)) == k):
                value = self._finer_visit_day(sent, c, ds, value)
            self._set(c, value, source)
            return
        if seg_s > 0 and t[seg_s - 1] == "," and _AND_THEN.match(t, seg_s, c.trigger):
            prev = [k for pos, k in ds if pos < seg_s and sent.dates[k].kind == "day"
                    and sent.dates[k].value is not None]
            if prev:
                self._set(c, *self._value(sent.dates[prev[-1]]))
                return
        # "the first visit came in May 2004, when X spent three days in C": the date of the
        # segment that the "when" clause explains
        when = t.rfind(", when ", max(0, c.trigger - 120), c.trigger) if ds else -1
        if when < 0 and ds and ", during which " in t:
            # ("Visit to L by X (T), during which he was received by Y": the visit's date)
            when = t.rfind(", during which ", max(0, c.trigger - 120), c.trigger)
        if when > 0 and not any(when < pos < c.trigger for pos, _ in ds):
            prev = [k for pos, k in ds if pos < when and sent.dates[k].value is not None
                    and sent.dates[k].kind in ("day", "month", "year")
                    and not _SEGMENT.search(t, pos, when)]
            if prev:
                self._set(c, *self._value(sent.dates[prev[-1]]))
                return
        # "X is on a two-day visit to Y": a visit under way, whose start the text does not give
        if c.pred == "VISITED" and _VISIT_UNDER_WAY.match(t, c.trigger):
            self._set(c, None, DateSource.NONE)
            return
        # "Earlier, X was received by Y": before the dated event, by how much is not said
        if not ds and _EARLIER.match(t):
            self._set(c, None, DateSource.NONE)
            return
        # 2. a timeline item: "1995: X paid an official visit to C.", "October 2013: ..." (the
        # date that heads the line dates its events, however long ago)
        item = _TIMELINE_ITEM.match(t)
        if item is not None:
            d = sent.dates[int(item.group(1))]
            if d.kind == "year" and d.value is not None:
                # ("2022 | X toured L, 14-17 November 2022": the row's own finer date of that
                # year, after the year that heads it)
                finer = [sent.dates[k] for pos, k in ds if pos > item.end()
                         and (f := sent.dates[k].value) is not None and f.year == d.value.year
                         and f.month is not None]
                if finer:
                    d = finer[0]
            if d.value is not None and d.kind in ("day", "month", "year", "range"):
                item_date = d.value
                if d.kind == "range" and c.pred != "VISITED":
                    item_date = dt.coarsen(item_date, "year" if d.unit == "months" else "month")
                self._set(c, item_date, d.source)
                return
        # 2. "In September 2002 C's Vice President, X, became ...": a date that opens the
        # sentence without a comma dates its first clause, however long ago
        lead = _LEAD_DATE.match(t)
        if lead is not None and not any(lead.end() <= pos < c.trigger for pos, _ in ds) and (
                not _BOUNDARY.search(t, lead.end(), c.trigger) or (
                    # ("In T X travelled to L, ..., and was granted an audience by Y": the same
                    # subject's second verb, no clause of its own)
                    _SAME_SUBJECT_AND.search(t, lead.end(), c.trigger + 20) is not None
                    and len(_BOUNDARY.findall(t, lead.end(), c.trigger)) == 1)):
            d = sent.dates[int(lead.group(1))]
            if d.value is not None and d.kind in ("day", "month", "year"):
                self._set(c, self._finer_visit_day(sent, c, ds, d.value), d.source)
                return
        # 2. a sentence-initial adverbial: "On Sunday, ...", "Later on Tuesday, ..."
        first_comma = t.find(",")
        if 0 < first_comma < 60:
            head = [(pos, k) for pos, k in ds if pos < first_comma]
            if head and not re.search(r"«[PCG]\d+»", t[:first_comma]):
                d = sent.dates[head[-1][1]]
                value, source = self._value(d)
                if d.kind == "range" and c.pred != "VISITED" and value is not None:
                    # "From 14 to 17 October 2025, X led a delegation to L, where he was
                    # received by Y": an event inside the range, with no day of its own
                    value = dt.coarsen(value, "year" if d.unit == "months" else "month")
                self._set(c, value, source)
                return
            # "Seven years later, on 19 March 2009, A and B signed J": a date that a second
            # segment holds alone dates the clause after it, however long ago
            sec = None if head else _SECOND_DATE.match(t, first_comma)
            if sec is not None and sec.end() <= c.trigger and not re.search(
                    r"«[PCG]\d+»", t[:first_comma]):
                d = sent.dates[int(sec.group(1))]
                if d.value is not None and d.kind in ("day", "month", "year"):
                    self._set(c, d.value, d.source)
                    return
        # "In L, X met Y": the day the city was visited, told before
        if not ds and ctx.place_day and (front := _IN_PLACE_FRONT.match(t)) is not None:
            if front["l"] is not None:
                day = ctx.place_day.get(self.doc.mentions[int(front["l"])].ents[0])
            else:
                day = next((d for eid, d in ctx.place_day.items()
                            if self.doc.ents[eid].name == front["name"]), None)
            if day is not None:
                self._set(c, day, DateSource.SENTENCE)
                return
        # 3. an agreement already dated in this article
        if c.pred == "SIGNED_AGREEMENT":
            for j in c.obj:
                eid = self.doc.mentions[j].ents[0]
                if eid in ctx.signed:
                    self._set(c, ctx.signed[eid], DateSource.SENTENCE)
                    return
        # 4. sequence words
        # ("At the end of the consultations, ...": the round co-chaired, when no meeting was told)
        if ctx.session is not None and (_AT_SESSION.search(t) or ctx.last_meet is None and (
                "consultations" in t and _AFTER_TALKS.search(t))):
            self._set(c, ctx.session, DateSource.SENTENCE)
            return
        if ctx.last_signed and ("signing" in t or "ceremony" in t) and _AROUND_SIGNING.search(t):
            # "Before (After) the signing, X held talks with Y": the day of the signing just
            # told, not the month of a visit named since
            signed = ctx.signed.get(self.doc.mentions[ctx.last_signed[0]].ents[0])
            if signed is not None and signed.day is not None:
                self._set(c, signed, DateSource.SENTENCE)
                return
        if ctx.last_meet and (after_t := _AFTER_TALKS.search(t)):
            # "A and B held talks on Monday. On Tuesday, A was received by C. Following the
            # talks, the two ministers signed J": the talks' day, not the audience's
            talks = (ctx.last_talks if ctx.last_talks and _TALKS_WORD.search(after_t.group())
                     else None)
            self._set(c, talks or ctx.last_meet, DateSource.SENTENCE)
            return
        if ctx.last_lecture and ctx.last_lecture.day and _AFTER_LECTURE.search(t):
            # "After the lecture, X and Y signed J": the day of the lecture just told
            self._set(c, ctx.last_lecture, DateSource.SENTENCE)
            return
        if ctx.last_signing and "signing" in t and _AROUND_SIGNING.match(t):
            # (the same phrase when the agreement just told has no day: the last dated signing)
            self._set(c, ctx.last_signing, DateSource.SENTENCE)
            return
        if ctx.last_meet and _AFTERWARDS.match(t):
            # "Afterwards, J was signed by the two ministers": right after the last meeting
            self._set(c, ctx.last_meet, DateSource.SENTENCE)
            return
        # ("«Q0» afterwards sealed J": a group of signers leaves no "the" in the text)
        # ("Later Y had a one-on-one with Z", "Later, X met Y": the sentence's opening "Later"
        # with no time of its own, as "then" before the verb)
        if ctx.last_meet and ("the" in t or "afterwards" in t or "subsequently" in t
                              or "later" in t or "went on to" in t or "emerged to" in t) and (
                _THEN_VERB.search(t, max(0, c.trigger - 14), c.trigger)) and not any(
                pos < c.trigger for pos, _k in ds) or (
                ctx.last_meet and not ds and _LATER_OPEN.match(t)):
            # "The two officials then signed J": right after the meeting just told
            # (not "On Wednesday A and B went on to sign J": the sentence's own day first)
            self._set(c, ctx.last_meet, DateSource.SENTENCE)
            return
        if ctx.last_meet_noyear and _AFTER_TALKS.search(t):
            return  # "On 16 April they held talks. Following the talks, ...": no year given
        if not ds and "arrival" in t and ctx.visit is not None and ctx.visit.day is not None and (
                _AFTER_ARRIVAL.search(t)):
            # "He held talks with his host shortly after his arrival": the day the visit began
            self._set(c, ctx.visit, DateSource.SENTENCE)
            return
        if not ds and ctx.arrived == sent.index - 1 and ctx.visit is not None and (
                ctx.visit.day is not None) and _LATER_VERB.search(t, max(0, c.trigger - 14),
                                                                 c.trigger):
            # "X arrived in L yesterday for a five-day visit. X later held talks with Y": the
            # sentence right after the arrival goes on with its day
            self._set(c, ctx.visit, DateSource.SENTENCE)
            return
        if not ds and ctx.visit is not None and ctx.visit.day is not None and (
                t.startswith(("On the ", "On his ", "On her ", "On their "))) and (
                nth := _FIRST_DAY.match(t)) is not None:
            # "On the first day he was received by X": the day the visit just told began
            # ("On the second day ...": the day after it)
            n = ("first", "second", "third").index(nth["nth"])
            day = ctx.visit if n == 0 else _days_after(ctx.visit, n)
            self._set(c, day, DateSource.SENTENCE)
            return
        # ("In the course of the visit, J was signed by A and B": the same; "During that trip he
        # and Y signed J": the trip just told)
        if re.search(r"\b(?:[Dd]uring|[Ii]n\s+the\s+course\s+of)\s+(?:the|his|her|that|this)\s+"
                     r"(?:visit|trip)\b", t) and ctx.visit:
            v = dt.coarsen(ctx.visit, "month") if ctx.visit_multi else ctx.visit
            self._set(c, v, DateSource.SENTENCE)
            return
        # "..., a day earlier": the day before the one the narrative is at
        shifted = [k for _, k in ds if sent.dates[k].shift]
        if shifted:
            self._set(c, *self._value(sent.dates[shifted[0]]))
            return
        # "X met Y the same afternoon": the day told before, wherever the phrase stands
        same = [k for _, k in ds if sent.dates[k].kind == "same" and sent.dates[k].value is None
                and sent.dates[k].unit == "day"]
        if same and ctx.same_noyear and sent.dates[same[0]].same_word:
            return  # "On 4 December he met Y. The same day he addressed ...": no year told
        if same and (resolved := self._value(sent.dates[same[0]]))[0] is not None:
            self._set(c, *resolved)
            return
        # 5. another recent date in the same sentence
        # (not one inside a relative clause after the event: "held talks, reviewing trade,
        # which crossed $300 million last year")
        recent = [
            (abs(pos - c.trigger), k) for pos, k in ds if self._is_recent(sent.dates[k].value)
            and not (pos > c.trigger and _IN_RELATIVE.search(t, c.trigger, pos))
        ]
        if recent and _DURING_WHICH.match(t, seg_s) and "-day" in t:
            # "concluded a three-day visit on Thursday, during which they signed J": not Thursday
            recent = [(d_, k) for d_, k in recent if getattr(sent.dates[k].value, "day", 1) is None]
        if recent:
            d = sent.dates[min(recent)[1]]
            value = d.value
            if d.kind == "range" and value is not None and c.pred != "VISITED":
                # talks during a visit of 6-9 March: March (of 30 March-2 April: the year)
                value = dt.coarsen(value, "year" if d.unit == "months" else "month")
            self._set(c, value, d.source)
            return
        if any(sent.dates[k].kind == "noyear" for _, k in ds):
            # "She held talks with X, Y's Minister, on 14 May.": the sentence's own day has no
            # year, so the event has no date (not the month of the narrative around it)
            return
        # 6. the dateline dates the lead
        if sent.lead and ctx.dateline is not None:
            self._set(c, ctx.dateline, DateSource.SENTENCE)
            return
        # 7. the narrative so far
        if ctx.recent is not None:
            v = dt.coarsen(ctx.recent, "month") if ctx.recent_multi else ctx.recent
            if c.pred == "MET_WITH" and ctx.visit_span and "also" in t and _ALSO_MET.search(t):
                # "X was also received by the Prime Minister" with no day of its own, in a
                # visit of several days: some day of the visit, so its month
                v = dt.coarsen(ctx.recent, "month")
            self._set(c, v, DateSource.SENTENCE)

    def _value(self, d: dt.DateExpr) -> tuple[PartialDate | None, DateSource]:
        """A date expression's value; "the same day" of an earlier sentence resolves here."""
        if d.kind == "same" and d.value is None and d.unit == "part" and (
                self.ctx.last_event is not None):
            # "Later in the evening, ...": the date of the last event told, at its precision
            # (a signing inside a visit with no day of its own gives its month)
            return self.ctx.last_event, DateSource.SENTENCE
        # ("On 12 March X held talks with Y. In the afternoon, ...": the same, a part of it)
        if d.kind == "same" and d.value is None and (
                d.unit == "day" and d.same_word or d.unit == "part") and self.ctx.same_noyear:
            return None, DateSource.SENTENCE  # the day told before had no year
        if d.kind == "same" and d.value is None and d.unit in ("day", "part") and not d.shift and (
                self.ctx.recent is None and self.ctx.last_event is None) and (
                self.ctx.dateline is not None and self.ctx.dateline.day is not None):
            # ("Later that day, X met Y" with no event told before: the dateline's day)
            return self.ctx.dateline, DateSource.SENTENCE
        if d.kind == "same" and d.value is None and self.ctx.recent is not None:
            v = dt.coarsen(self.ctx.same or self.ctx.recent, d.unit)
            if d.shift:
                if v.day is None:
                    return None, DateSource.SENTENCE
                v = PartialDate.of_day(v.start + datetime.timedelta(days=d.shift))
            return v, DateSource.SENTENCE
        return d.value, d.source

    def _is_recent(self, value: PartialDate | None) -> bool:
        pub = self.ctx.pub
        if pub is None or value is None:
            return False
        return abs(value.year - pub.year) <= 1

    def _update_context(self, sent: Sent, cands: list[Cand]) -> None:
        ctx = self.ctx
        t = sent.text
        past = [d.value for d in sent.dates if d.value is not None and d.value.day is not None
                and not self._is_recent(d.value)]
        ctx.past_day = past[-1] if past and len(past) == len(sent.dates) else None
        multi = ("-day" in t and bool(_MULTI_DAY.search(t))) or any(
            d.kind == "range" for d in sent.dates)
        if ("ession" in t or "eeting" in t or "round of" in t) and _SESSION_HELD.search(t):
            day = next((d.value for d in sent.dates if d.value and d.value.day), None)
            ctx.session = day if day is not None or not sent.lead else ctx.dateline
            if day is None and ctx.last_meet is not None and ctx.last_meet.day and (
                    _LATER_HELD.search(t)):
                # "The two ministers later co-chaired the second session of J": the day of the
                # meeting just told
                ctx.session = ctx.last_meet
        for c in cands:
            if c.pred == "LECTURED_AT" and c.date is not None:
                ctx.last_lecture = c.date
            if c.pred == "MET_WITH" and c.date is not None:
                ctx.last_meet, ctx.last_meet_noyear = c.date, False
                # (talks held, not an audience or a call: "Following the talks" is theirs)
                ctx.last_talks = c.date if _TALKS_HELD.search(t) else ctx.last_talks
            elif c.pred == "MET_WITH" and any(d.kind == "noyear" for d in sent.dates):
                ctx.last_meet, ctx.last_meet_noyear = None, True
            if c.pred == "SIGNED_AGREEMENT" and c.dated:
                for j in c.obj:
                    ctx.signed.setdefault(self.doc.mentions[j].ents[0], c.date)
                if c.date is not None:
                    ctx.last_signing = c.date
            if c.pred == "VISITED" and c.date is not None:
                ctx.visit, ctx.visit_multi = c.date, multi
                # a visit of several days, or one that "began on Monday" (its end untold)
                ctx.visit_span = multi or _VISIT_OPEN.search(t) is not None
                if c.date.day is not None and "arrived" in t:
                    ctx.arrived = sent.index
                if c.date.day is not None and self.doc.mentions[c.obj[0]].kind == "L":
                    # (a stay told by its range: later events there take its month, having no
                    # day of their own)
                    ctx.place_day[self.doc.mentions[c.obj[0]].ents[0]] = dt.coarsen(
                        c.date, "month") if any(d.kind == "range" for d in sent.dates) else c.date
        day_dates = [
            d.value for d in sent.dates
            if d.value is not None and d.value.day is not None and self._is_recent(d.value)
        ]
        if sent.lead and ctx.dateline is not None and not day_dates:
            day_dates = [ctx.dateline]
        # "X received Y on Friday 4 December. Y, who toured C from 2 to 6 December 2026, ...
        # On the same day ...": a stay's range told after a day names no day of its own, so
        # "the same day" is still the day told before it
        told_days = [d.kind for d in sent.dates if d.value is not None and d.value.day is not None]
        keep_same = ctx.same is not None and ctx.same.day is not None and bool(told_days) and all(
            k == "range" for k in told_days)
        if day_dates:
            ctx.recent, ctx.recent_multi = day_dates[0], multi
            if not keep_same:
                ctx.same = day_dates[0]
            if re.search(r"\bvisit\b", t) and ctx.visit is None:
                ctx.visit, ctx.visit_multi = day_dates[0], multi
        told_c = [c for c in cands if c.date is not None and c.pred in _EVENT_PREDS
                  and self._is_recent(c.date)]
        if len({c.date for c in told_c}) > 1 and any(c.pred != "VISITED" for c in told_c):
            # "X received on Monday Y, who came to L on Sunday for a visit": the day the sentence
            # tells of is the meeting's ("In the afternoon, ..." goes on with it)
            told_c = [c for c in told_c if c.pred != "VISITED"]
        if told_c:
            ctx.last_event = told_c[-1].date
        events = [c for c in cands if c.date is not None and c.date.month is not None
                  and c.pred in _EVENT_PREDS and self._is_recent(c.date)]
        if len(events) > 1 and any(c.pred != "VISITED" for c in events):
            # "X, who arrived yesterday, was received today by Y": the day of the meeting told,
            # not of the arrival that began the stay
            events = [c for c in events if c.pred != "VISITED"]
        if events and not keep_same:
            ctx.same = events[-1].date
        if day_dates or events:
            ctx.same_noyear = False
        elif any(d.kind == "noyear" for d in sent.dates) and any(
                c.pred in _EVENT_PREDS and c.date is None and c.mode == "event" for c in cands):
            # (its events left undated by that day: "On 4 December he met Y")
            ctx.same_noyear = True

    def _expand(self, ids: list[int]) -> list[str]:
        out: list[str] = []
        for i in ids:
            out.extend(self.doc.mentions[i].ents)
        return list(dict.fromkeys(out))


_EVENT_PREDS = frozenset({"MET_WITH", "VISITED", "LECTURED_AT", "SIGNED_AGREEMENT"})
# the accreditations a head of mission's post states ("Ambassador of C to D", "in L")
_POST_ACCREDITED = frozenset({"post.accredited", "post.seat"})
_FORMER_STATES = frozenset({"country:CSK", "country:SUN", "country:YUG"})
_DATE_REF = re.compile(r"«T(\d+)»")
# a relative clause that runs on to the end of the searched span
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s[^,;]*\Z")
_DURING_WHICH = re.compile(r"\s*(?:during|in|on)\s+which\b")
# "the Bangladeshi side was led by its Foreign Secretary": a body or a country
_BODY_OR_COUNTRY_REF = re.compile(r"«[IOC](\d+)»")
_CLAUSE_WORD = re.compile(r"\b(?:who|which|whom|whose|and|met|received|with)\b")
# the subject's apposition, then its verb of hosting (active): "A, the Speaker, received B"
_HOST_VERB = re.compile(r"(?:\s*,[^,;«]{0,80}?,)?\s*,?\s+"
                        r"(?:(?:also|today|then|on\s+«T\d+»|«T\d+»)\s+)*"
                        r"(?:received|hosted|welcomed|greeted)\s")
_SINGULAR_BE = re.compile(r"\s+(?:is|was|has\s+been)\b")
# ", A as an observer and B as a member": the standing of each party after a shared membership
_PARTY_AS_OBSERVER = re.compile(r"«[CG]\d+»\s+as\s+(?:an?\s+)?(?:observer|associate)\b")
_AS_MEMBER = re.compile(r"«[CG](\d+)»\s+as\s+(?:an?\s+)?(?:full\s+|founding\s+)?member\b")
_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?\Z")
_LAST_ORG = re.compile(r"«O\d+»(?:\s*\([^)]*\))?\s*\Z")
_WHO_END = re.compile(r",?\s+who\s+\Z")
# a visit named by a noun that has not happened yet
_PLANNED_VISIT = re.compile(rf"\b{_PLANNED_ADJ}\s+(?:[\w-]+\s+){{0,2}}\Z", re.I)
_NEXT_PERSON = re.compile(r"\s*,?\s*«P\d+»")
_VISIT_OPEN = re.compile(r"\b(?:that|which)\s+(?:began|started)\b")
_ALSO_MET = re.compile(
    r"\b(?:was|were)\s+also\s+received\b|\balso\s+(?:met|called\s+on|held\s+talks)\b")
# the bit of the visit family in entities.SENTENCE_CUES (the order of Extractor._rules)
_VISIT_FAMILY = 1 << 6
_VISIT_NAMED = re.compile(r"\b(?:visit|trip|tour)s?\b")
_WITH_EFFECT_FROM = re.compile(r"\bwith\s+effect\s+from\s+\Z")
_MULTI_DAY = re.compile(r"\b(?:two|three|four|five|six|seven|\d+)-day\b")
_PREDS = {"RECOGNIZED", "ESTABLISHED_TIES", "SEVERED_TIES", "LECTURED_AT", "COOPERATES_VIA",
          "COOPERATES_WITH", "VISITED", "MET_WITH", "SIGNED_AGREEMENT", "AMBASSADOR_OF",
          "ACCREDITED_TO", "OFFICIAL_OF", "MEMBER_OF", "LOCATED_IN"}


def _affil_ref(doc: Doc, mention: Mention) -> int:
    """A pseudo mention index for a description's affiliation (added on demand)."""
    doc.mentions.append(Mention(mention.start, mention.start, "C", (mention.affil,), "coref"))
    return len(doc.mentions) - 1


def _country_in_name(doc: Doc, mention: Mention) -> int | None:
    """"Embassy of Portugal" -> a mention index for Portugal."""
    info = doc.ents[mention.ents[0]]
    for m in gz.scan_name(info.name):
        if m.entry.kind in (gz.COUNTRY, gz.DEMONYM):
            eid = f"country:{m.entry.key}"
            if eid not in doc.ents:
                doc.add_entity(eid, EntityType.COUNTRY, gz.countries()[m.entry.key].name,
                               mention.start)
            doc.mentions.append(Mention(mention.start, mention.start, "C", (eid,), "coref"))
            return len(doc.mentions) - 1
    return None
