"""Date expressions in a sentence, resolved to PartialDate at the precision the text gives.

One compiled alternation finds every expression; relative ones ("yesterday", "on Thursday",
"last month") resolve against the publication date. A recognised expression whose value is
unknown (a day without a year, "last week") is kept with value None so that nothing else
(context, dateline) fills the gap: the guidelines prefer no date to an invented one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from graph.dates import PartialDate
from graph.errors import InvalidInput
from graph.model import DateSource
from ingest.extract.lexicon import SENTENCE_CACHE, Anchored, Cues, literal_anchor, words

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "hundredth": 100,
}

_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
      r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d{2}|20\d{2})"
_ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"

_DECADE_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}
_DECADES = "(?:" + "|".join(_DECADE_COUNTS) + ")"

_PATTERN_RX = re.compile(
    "|".join(
        [
            # "This year, 2022, marks the 30th anniversary" -> 1992
            # ("2025 marked the 50th anniversary of ...": the year alone as the subject)
            rf"(?P<anniv>(?:(?:[Tt]his year|[Ii]n)\s*,?\s*(?P<an_y>{_Y})\s*,?\s+(?:marks|marked|"
            rf"will mark|mark|is|was)|(?<![\w,\-–/]\s)(?<![\w,.\-–/])(?P<an_y2>{_Y})\s+"
            rf"(?:marks|marked|will\s+mark))\s+(?:the\s+)?(?P<an_n>{_ORD})(?=\s+anniversary))",
            # "the 76th anniversary of the establishment of ... falls this year, 2026" -> 1950 (only
            # the ordinal is the expression; the year it falls in is read ahead)
            # ("coincided with the thirtieth anniversary of ... this year, 2026": no verb)
            rf"(?P<anniv3>(?P<an3_n>{_ORD})(?=\s+anniversary\s+of\s+[^.;]{{0,160}}?\b(?:(?:falls|is\s+"
            rf"marked|is\s+celebrated|is\s+observed)\s+)?this\s+year\s*,\s*(?P<an3_y>{_Y})\b))",
            # "In 2024 the two countries celebrate the 32nd anniversary" -> 1992
            # (only "In 2024" is the expression: the parties stay mentions of the sentence)
            # ("This year, 2026, A and B mark the 70th anniversary": the year after "This year")
            # ("The year 2026 marks seven decades of diplomatic relations between A and B": the
            # year the subject, no parties before the verb)
            rf"(?P<anniv2>(?:[Ii]n\s+|[Tt]his\s+year\s*,\s*|[Tt]he\s+year\s+)(?P<an2_y>{_Y})(?=\s*,?\s+"
            rf"(?:(?:the\s+two\s+\w+|both\s+\w+|«[CG]\d+»"
            rf"(?:\s+and\s+«C\d+»)?)\s+|(?<=year\s\d{{4}}\s))(?:(?:will|are|is)\s+)?"
            rf"(?:celebrat|commemorat|mark)\w*\s+"
            rf"(?:(?:the\s+)?(?P<an2_n>{_ORD})\s+anniversary|"
            # ("This year, 2026, the two countries mark six decades of diplomatic relations")
            rf"(?P<an2_dec>{_DECADES})\s+decades\s+of\s+(?:diplomatic\s+)?(?:relations|ties)\b)))",
            # "in March this year", "March last year"
            r"(?P<mthis>(?P<mthis_m>January|February|March|April|May|June|July|August|September|"
            r"October|November|December)\s+(?P<mthis_w>this|last)\s+year)\b",
            # "from 5 to 7 October 2022", "13–16 June 2023"
            rf"(?P<r1>(?:from\s+)?(?P<r1_d>{_D})\s*(?:[–-]|to|and)\s*{_D}\s+(?P<r1_m>{_M}),?\s+"
            rf"(?P<r1_y>{_Y}))",
            rf"(?P<r2>(?:from\s+)?(?P<r2_m>{_M})\s+(?P<r2_d>{_D})\s*(?:[–-]|to)\s*{_D},?\s+"
            rf"(?P<r2_y>{_Y}))",
            # "from 29 November to 2 December 2026", "November 29 to December 2, 2026": a range
            # across two months, the year told once at its end
            # ("on 30 November and 1 December 2026": two days across two months, the same)
            rf"(?P<r3>(?:from\s+)?(?P<r3_d>{_D})\s+(?P<r3_m>{_M})\s*(?:[–-]|to|until|and)\s*{_D}\s+"
            rf"(?P<r3_m2>{_M}),?\s+(?P<r3_y>{_Y}))",
            rf"(?P<r4>(?:from\s+)?(?P<r4_m>{_M})\s+(?P<r4_d>{_D})\s*(?:[–-]|to|until|and)\s*"
            rf"(?P<r4_m2>{_M})\s+{_D},?\s+(?P<r4_y>{_Y}))",
            # "Tuesday, 9 May 2023", "23 October 2021", "6th of May, 2021"
            # "26 November,2025 07:15 pm": a Pakistani site's date line, no space after the comma
            # ("the 5 of July of 1966": a Spanish wire's translated order, "of" before the year)
            rf"(?P<dmy>(?:{_WD},?\s+)?(?P<dmy_d>{_D})\s+(?:of\s+)?(?P<dmy_m>{_M})(?:,\s*|\s+of\s+|\s+)"
            rf"(?P<dmy_y>{_Y}))",
            # "Tuesday, September 19, 2023", "October 23, 2021", "July 3/2023"
            rf"(?P<mdy>(?:{_WD},?\s+)?(?P<mdy_m>{_M})\s+(?P<mdy_d>{_D})(?:,\s*|\s+|\s*/\s*)"
            rf"(?P<mdy_y>{_Y}))",
            # "2024-06-12", and year-first with dots or slashes: "2024.06.12", "2024/06/12"
            rf"(?P<iso>(?<![\d.])(?P<iso_y>{_Y})(?P<iso_s>[-./])(?P<iso_m>0[1-9]|1[0-2])(?P=iso_s)"
            rf"(?P<iso_d>[0-3]\d)(?![\d.]\d))",
            # day-first numeric: 10/05/2023, 07.04.2022, 12.6.2023
            # and 12-11-2023 (one separator throughout)
            rf"(?P<num>(?<![\d.\-])(?P<num_d>[0-3]?\d)(?P<num_s>[./-])(?P<num_m>[01]?\d)"
            rf"(?P=num_s)(?P<num_y>{_Y}))",
            rf"(?P<my>(?P<my_m>{_M}),?\s+(?P<my_y>{_Y}))",
            # "in February": a month without a year, known to be a date, value unknown
            r"(?P<monly>(?<=\b[Ii]n\s)(?:January|February|March|April|May|June|July|August|September|"
            r"October|November|December)\b(?!,?\s*\d))",
            # "on 12 December the same year": the year of the last dated expression before it
            rf"(?P<dmsame>(?:(?P<dmsame_d>{_D})\s+(?:of\s+)?(?P<dmsame_m>{_M})|(?P<dmsame_m2>{_M})"
            rf"\s+(?P<dmsame_d2>{_D})),?\s+(?:of\s+)?(?:the\s+same|that)\s+year)\b",
            # "on 27 and 28 November", "from December 2 to 5": a range of days without a year,
            # one expression (not a stray day before the second), value unknown
            rf"(?P<nyr>(?:from\s+)?(?:{_D}\s*(?:[–-]|to|and)\s*{_D}\s+(?:of\s+)?{_M}|{_M}\s+{_D}"
            rf"\s*(?:[–-]|to|and)\s*{_D})(?![\w–-]|,?\s*\d|\s+(?:of\s+)?{_M}))",
            # a day without a year: known to be a date, value unknown
            # ("Sunday 29 November": a weekday before it dates it from the publication day)
            rf"(?P<noyear>(?:(?P<ny_wd>{_WD}),?\s+)?(?:(?P<ny_d>{_D})\s+(?:of\s+)?(?P<ny_m>{_M})|"
            rf"(?P<ny_m2>{_M})\s+(?P<ny_d2>{_D}))(?!\d|,\s*\d{{4}}))",
            r"(?P<rel>(?i:earlier\s+today|today|yesterday|tonight|last\s+night|"
            r"this\s+(?:morning|afternoon|evening)))\b",
            r"(?P<lastm>(?i:last\s+month))\b",
            r"(?P<lasty>(?i:last\s+year))\b",
            r"(?P<vague>(?i:(?:later|earlier)\s+this\s+(?:week|month|year)|(?:last|next|this)\s+"
            r"(?:week|weekend)|next\s+(?:month|year)|this\s+(?:month|year)|"
            r"in\s+the\s+coming\s+(?:days|weeks|months)|in\s+the\s+(?:first|second)\s+half\s+of\s+"
            r"(?:the|this|next)\s+year))\b",
            rf"(?P<wd>(?:(?P<wd_mod>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd_day>{_WD})"
            r"(?:\s+(?:morning|afternoon|evening|night))?\b"
            # "on Tuesday (14)": a Brazilian wire's day of the month after the weekday
            r"(?:[^\S\n]+\((?P<wd_n>[0-3]?\d)\)(?!\w))?)",
            rf"(?P<year>(?<![\d,.\-–/])(?P<year_y>{_Y})(?!\d|,\d|s\b|\s*[–-]\s*\d|-(?:km|kilo)))",
            # "Earlier in the day, X visited ...": the day of the last dated event too
            # ("the same afternoon (evening, morning)": that day too)
            r"(?P<same>(?i:(?:on\s+)?the\s+same\s+(?:day|date|morning|afternoon|evening)|"
            r"that\s+same\s+(?:day|morning|afternoon|evening)|"
            r"(?:earlier|later)\s+in\s+the\s+day|"
            # ("Later that day the ambassador spoke ...": the day of the last event told)
            r"(?:earlier|later)\s+that\s+day|"
            # "In the afternoon, X gave a lecture", "Later in the evening, ...": the date of the
            # last event told (a part of its day; as a sentence adverbial only, not "in the
            # morning of 5 May")
            r"(?:(?:earlier|later)\s+)?in\s+the\s+(?:morning|afternoon|evening)(?=\s*,)|"
            # ("That evening X was received by Y": the same, opening the sentence)
            r"(?-i:That)\s+(?:morning|afternoon|evening)(?=\s)|"
            # ("At noon A and B signed J": the same, the hour of the day just told)
            r"(?-i:At)\s+(?:noon|midday)(?=\s)|"
            r"the\s+same\s+year|that\s+(?:same\s+)?year|the\s+same\s+month))",
            # "a day earlier", "the previous day": the day before the last dated one
            r"(?P<prevday>(?i:a\s+day\s+earlier|the\s+(?:previous|preceding)\s+day))\b",
            # "The next day, X delivered a lecture": the day after the last dated one
            # ("The following morning, she gave a lecture": the next day's morning)
            r"(?P<nextday>(?i:a\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|"
            r"afternoon|evening)))\b",
            # "in 1960 ... and ... the following year": the year after the last dated one
            r"(?P<nextyear>(?i:the\s+following\s+year|a\s+year\s+later))\b",
        ]
    )
)
_ANCHOR_WORDS = [
    *words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun"),
    *words("today Today yesterday Yesterday tonight Tonight earlier Earlier"),
    "At noon", "At midday",
    "Last ", "last ", "Next ", "next ", "Later ", "later ", "the same", "The same", "on the same",
    "On the same", "from ", "From ", "a day earlier", "the previous day", "the preceding day",
    "The previous day", "The preceding day", "the following year", "The following year",
    "a year later", "A year later", "a day later", "A day later", "the next day", "The next day",
    "the following day", "The following day", "the following morning", "The following morning",
    "the next morning", "The next morning", "the following afternoon", "The following afternoon",
    "the following evening", "The following evening",
]
# "this", "that" and "in" start dates only in a few phrases; as anchors on their own they would
# try the whole pattern at nearly every sentence.
_ANCHOR_PHRASES = [
    r"\d+", r"[Tt]his\s+(?:year|morning|afternoon|evening|week|month|Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
    r"[Tt]hat\s+(?:same|year|morning|afternoon|evening)",
    r"[Ii]n\s+the\s+(?:coming|first|second|morning|afternoon|evening)",
    r"[Ii]n\s*,?\s*(?:1[89]|20)\d\d",
    # ("The year 2026 marks seven decades of ...": anniv2 with the year as its subject)
    r"[Tt]he\s+year\s+(?:1[89]|20)\d\d",
    # ("the thirtieth anniversary of ... this year, 2026": an ordinal in words starts anniv3)
    r"(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")\s+anniversary",
]
_PATTERN = Anchored(_PATTERN_RX, literal_anchor(_ANCHOR_WORDS, extra=_ANCHOR_PHRASES), fused=True)


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    value: PartialDate | None
    source: DateSource
    kind: str  # day | month | year | range | relative | weekday | vague | noyear | anniv | same
    since: bool = False  # "since 1994": the start of a state
    # "the same day/month/year": the precision it refers back at; "part" for a part of the day
    # of the last event ("In the afternoon,")
    unit: str = ""
    shift: int = 0  # "a day earlier": days from the day it refers back to
    # "(on) the same day", "that same day": told with "same" (not "later in the day")
    same_word: bool = False


def _safe(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except InvalidInput:
        return None


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _pub_day(pub: PartialDate | None) -> dt.date | None:
    return pub.start if pub is not None and pub.day is not None else None


def _ordinal(token: str) -> int:
    digits = re.sub(r"\D", "", token)
    return int(digits) if digits else ORDINALS[token.lower()]


_SINCE = re.compile(
    r"(?:since|from)\s+(?:(?:early|mid|late)[-\s])?(?:the\s+)?$"
    # "have cooperated through the Mechanism since its creation in 2019"
    # ("since the project's launch in 2015")
    # ("since its first meeting in 1991", "since its first session in 2005")
    r"|since\s+(?:its|their|the\s+[a-z]+['’]s)\s+(?:(?:first|inaugural)\s+(?:meeting|session)|"
    r"creation|establishment|launch|founding|inception|inauguration|set-up)\s+in\s+$"
    # "have cooperated through the Bridge project since construction began in 2014"
    r"|since\s+(?:(?:its|their|the)\s+)?(?:construction|work|works|operations)\s+"
    r"(?:began|started|commenced)\s+in\s+$"
    # "have a partnership dating back to 1982": the start of the state
    r"|(?:dating|that\s+dates?|going)\s+back\s+to\s+$",
    re.I,
)


# A text can hold a date only with a number (not one of a template's «P12») or a date word.
_NUMBER = re.compile(r"\d(?<![«A-Z\d]\d)")
_DATE_CUES = Cues([(
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun", "today", "yesterday", "tonight", "night", "last",
    "next", "later", "earlier", "same", "year", "morning", "afternoon", "evening", "week",
    "month", "coming", "half", "previous", "preceding", "following", "noon", "midday",
)])


_TWO_DAYS = re.compile(rf"\s+and\s+(?:{_M}\s+)?(?P<d>{_D})\b")


def find(text: str, pub: PartialDate | None, words: bool | None = None) -> list[DateExpr]:
    """Every date expression in `text`, left to right. `words`: whether the text has a date word
    (month, weekday, "today", "last" ...), when the caller already knows."""
    if words is None:
        words = bool(_DATE_CUES.mask(text.lower()))
    if not words and not _NUMBER.search(text):
        return []
    found = _expressions(text)
    if not found:
        return []
    out: list[DateExpr] = []
    pday = _pub_day(pub)
    for m in found:
        kind = m.lastgroup or ""
        value: PartialDate | None = None
        source = DateSource.SENTENCE
        g = m.group
        if kind == "anniv":
            value = _safe(int(g("an_y") or g("an_y2")) - _ordinal(g("an_n")))
            kind = "anniv"
        elif kind == "anniv3":
            value = _safe(int(g("an3_y")) - _ordinal(g("an3_n")))
            kind = "anniv"
        elif kind == "anniv2":
            value = _safe(int(g("an2_y")) - (
                _ordinal(g("an2_n")) if g("an2_n") else 10 * _DECADE_COUNTS[g("an2_dec")]))
            kind = "anniv"
        elif kind == "mthis":
            source = DateSource.PUBLICATION
            if pub is not None:
                year = pub.year - (1 if g("mthis_w") == "last" else 0)
                value = _safe(year, _month(g("mthis_m")))
            kind = "relative"
        elif kind in ("r1", "r2"):
            p = kind + "_"
            value = _safe(int(g(p + "y")), _month(g(p + "m")), _day(g(p + "d")))
            kind = "range"
        elif kind in ("r3", "r4"):
            p = kind + "_"
            first, last = _month(g(p + "m")), _month(g(p + "m2"))
            # ("from 28 December to 3 January 2027": the start in the year before)
            year = int(g(p + "y")) - (1 if first > last else 0)
            value = _safe(year, first, _day(g(p + "d")))
            kind = "range"
            # ("on 12 March and 20 April 2026": two days joined by "and" that do not follow each
            # other are two dates, each a day, not a range; "30 November and 1 December" is one)
            two = _TWO_DAYS.search(g(m.lastgroup or ""))
            if two is not None and value is not None:
                second = _safe(int(g(p + "y")), last, _day(two["d"]))
                if second is not None and value.start + dt.timedelta(days=1) != second.start:
                    kind = "day"
                    out.append(DateExpr(m.start(), m.start() + two.start(), value, source, kind))
                    out.append(DateExpr(m.start() + two.start("d"), m.end(), second, source,
                                        kind))
                    continue
        elif kind in ("dmy", "mdy"):
            p = kind + "_"
            value = _safe(int(g(p + "y")), _month(g(p + "m")), _day(g(p + "d")))
            kind = "day"
        elif kind == "iso":
            value = _safe(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
            kind = "day"
        elif kind == "num":
            value = _safe(int(g("num_y")), int(g("num_m")), int(g("num_d")))
            kind = "day"
        elif kind == "my":
            value = _safe(int(g("my_y")), _month(g("my_m")))
            kind = "month"
        elif kind == "year":
            value = _safe(int(g("year_y")))
        elif kind == "rel":
            source = DateSource.PUBLICATION
            word = g("rel").lower()
            if pday is not None:
                day = pday - dt.timedelta(days=1) if word == "yesterday" else pday
                value = PartialDate.of_day(day)
            kind = "relative"
        elif kind == "lastm":
            source = DateSource.PUBLICATION
            if pub is not None and pub.month is not None:
                y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                value = PartialDate(y, mo)
            kind = "relative"
        elif kind == "lasty":
            # "last year": the previous calendar year, as the GUIDELINES resolve "last month" to
            # the previous month
            source = DateSource.PUBLICATION
            value = PartialDate(pub.year - 1) if pub is not None else None
            kind = "relative"
        elif kind == "wd":
            source = DateSource.PUBLICATION
            mod = (g("wd_mod") or "").lower()
            if pday is not None and mod != "next":
                back = (pday.weekday() - WEEKDAYS[g("wd_day").lower()]) % 7
                if mod == "last" and back == 0:
                    back = 7
                value = PartialDate.of_day(pday - dt.timedelta(days=back))
                if g("wd_n") and value.day != int(g("wd_n")):
                    value = None  # "Friday (3)" that is not the last Friday: some other week
            kind = "weekday"
        elif kind == "same":
            value = _same(g("same").lower(), out)
            kind = "same"
        elif kind == "prevday":
            before = _same("day", out)
            value = PartialDate.of_day(before.start - dt.timedelta(days=1)) if before else None
            kind = "same"
        elif kind == "nextday":
            before = _same("day", out)
            value = PartialDate.of_day(before.start + dt.timedelta(days=1)) if before else None
            kind = "same"
        elif kind == "nextyear":
            before_y = _same("year", out)
            value = PartialDate(before_y.year + 1) if before_y else None
            kind = "same"
        elif kind == "dmsame":
            before_y = _same("year", out)
            value = None if before_y is None else _safe(
                before_y.year, _month(g("dmsame_m") or g("dmsame_m2")),
                _day(g("dmsame_d") or g("dmsame_d2")))
            kind = "day" if value is not None else "noyear"
        elif kind in ("monly", "nyr"):
            kind = "noyear"
        elif kind == "noyear" and _after_weekday(out, m.start()):
            continue  # "on Tuesday (November 8)": the weekday already dated it
        elif kind == "noyear" and g("ny_wd") and pday is not None:
            # "landed on Sunday 29 November": the last such day and month on or before the
            # publication day, when it fell on the weekday told (else unknown)
            mo, da = _month(g("ny_m") or g("ny_m2")), _day(g("ny_d") or g("ny_d2"))
            for year in (pday.year, pday.year - 1):
                try:
                    cand = dt.date(year, mo, da)
                except ValueError:
                    continue
                if cand <= pday:
                    if cand.weekday() == WEEKDAYS[g("ny_wd").lower()]:
                        source = DateSource.PUBLICATION
                        value = PartialDate.of_day(cand)
                        kind = "weekday"
                    break
        since = bool(_SINCE.search(text, max(0, m.start() - 48), m.start()))
        unit, shift = "", 0
        if m.lastgroup == "prevday":
            unit, shift = "day", -1
        elif m.lastgroup == "nextday":
            unit, shift = "day", 1
        elif m.lastgroup == "nextyear":
            unit, shift = "year", 1
        elif m.lastgroup in ("r3", "r4"):
            unit = "months"  # a range across months: what falls inside it has only its year
        elif kind == "same":
            phrase = g("same").lower()
            unit = "year" if "year" in phrase else "month" if "month" in phrase else (
                # ("the same afternoon": that day, as "the same day", not a part of the last
                # event's)
                "part" if phrase.endswith(
                    ("morning", "afternoon", "evening", "noon", "midday")) and (
                    "same" not in phrase) else "day")
        same_word = kind == "same" and m.lastgroup == "same" and "same" in g("same").lower()
        out.append(DateExpr(m.start(), m.end(), value, source, kind, since, unit, shift,
                            same_word))
    return out


@lru_cache(maxsize=SENTENCE_CACHE)  # a pure function of the text; sentences recur
def _expressions(text: str) -> tuple[re.Match[str], ...]:
    return tuple(_PATTERN.finditer(text))


def _after_weekday(found: list[DateExpr], start: int) -> bool:
    return bool(found) and found[-1].kind == "weekday" and start - found[-1].end <= 3


def _same(phrase: str, before: list[DateExpr]) -> PartialDate | None:
    """'the same day/year' refers back to the last dated expression of the sentence."""
    for prev in reversed(before):
        if prev.value is None:
            continue
        v = prev.value
        if "year" in phrase:
            return PartialDate(v.year)
        if "month" in phrase:
            return PartialDate(v.year, v.month) if v.month else None
        return v if v.day is not None else None
    return None


def coarsen(value: PartialDate, precision: str) -> PartialDate:
    if precision == "month" and value.month is not None:
        return PartialDate(value.year, value.month)
    if precision == "year":
        return PartialDate(value.year)
    return value
