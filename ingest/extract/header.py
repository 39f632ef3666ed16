"""Article metadata from the text: publication date, dateline (place, date, agency), title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.dates import PartialDate
from graph.errors import InvalidInput
from ingest.extract import dates

# "Islamabad, 23 October 2021 (TDI):", "SUVA, June 14 (PACNEWS) ---", "Jeddah –",
# "Maputo (VNA) –", "KINGSTON, Jamaica (JIS) —", "Georgetown, September 21, 2023 —"
_DATELINE = re.compile(
    # ("Asunción, December 1, 2026 (IP).-": letters with accents in the place)
    r"(?P<place>[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'\-.]+(?:\s[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'\-.]+){0,2})"
    # "Skopje/Bratislava, 9 October 2024 (MIA) -": a second place after a slash
    r"(?:/[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'\-.]+(?:\s[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'\-.]+)?)?"
    # "New Delhi [India], March 5 (ANI):"
    r"(?:\s*\[[A-Z][^\]\n]{1,30}\])?"
    r"(?:,\s*(?P<mid>[A-Z0-9][^():–—\n]{0,40}?))?"
    # "Riyadh, Ramadan 3, 1445, March 13, 2024, SPA --": the agency after the date
    r"(?:,\s*(?P<trail>[A-Z]{2,8})(?=\s*(?:--|–|—)))?"
    # "Tashkent, June 17 (UzA). Minister ...": a full stop after the agency's bracket
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{1,24})\)\.?"
    # "HONOLULU (Dec. 1, 2026) —": the date in brackets after the place
    rf"|\s*\((?P<pdate>(?:{dates._M})\.?\s+\d{{1,2}},\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{dates._M})\.?,?\s+\d{{4}})\)"
    # "MOSCOW, April 2. /TASS/."
    r"|\.?\s*/(?P<slash>[A-Z][A-Za-z-]{1,12})/\.?)?"
    # "Havana, Jan 28 (Prensa Latina) Cuban ...": the agency alone ends the dateline
    # "Santo Domingo, 11 April 2024. The Minister ...": a full stop after the year
    # "Abuja, 5th June 2024.": a dateline sentence of its own, ended by the full stop
    r"(?:\s*(?P<sep>:|–|—|-{1,3}|(?<=\d{4})\.)(?:\s+(?=\S)|(?<=\.)\s*\Z)|(?<=[A-Za-z][)/]|/\.|\)\.)(?:\s+(?=[A-Z])|\s*\Z))"
)
_PUBLISHED = re.compile(
    # "Publicado el 08 de agosto de 2024": a Spanish site's date line
    # "Publish : 20 Feb 2024, 09:15 PM | Update : ...": a Bangladeshi site's date line
    # "(Published 18 February 2026, 21:14 IST)": a closing line in brackets under the text
    # ("Publication date: 02.12.2026 – 14:20": a broadcaster's date line)
    # ("Released: 2026/12/04": a prefectural government's date line)
    r"^\s*(?:\(?Published|Publish|Posted|Date|Dated|Release date|Released|Publication\s+date|"
    r"Published at|"
    r"Posted on|"
    # "Publisert 03.12.2026, kl. 14:02": a Norwegian (Danish, Swedish, German, Dutch) site's
    r"Publicad[oa]|Publisert|Publiceret|Publicerad|Veröffentlicht|Gepubliceerd|"
    # ("Dagfest: 09.12.2026 14:05": a Faroese site's)
    r"Dagfest|"
    # "Write: 2026-12-04 15:32:10 / Update: ...": a Korean site's "written" line
    # ("Registered : 2026-12-03 17:22 | Modified : ...": another Korean site's)
    r"(?:Write|Registered)(?=\s*:)|"
    # "Article Date: 02nd Dec 2026 | 11:40 am": a Pacific broadcaster's date line
    r"Article\s+Date|"
    # ("Written by: D&C Staff · December 2, 2026": a byline with the date at its end, as
    # "Posted by" below)
    r"Written(?=\s+by\b))"
    r"\s*(?:at|on|el)?\s*:?\s*"
    # "Published: Thursday | April 16, 2026 | 12:10 AM": a weekday alone in the first field
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\|\s*)?"
    # "Posted by: Chief Editor in Headlines, Latest, Politics November 26, 2026": a blog line's
    # author and categories before the date at its end
    r"(?:(?:(?<=Posted)|(?<=Written))\s*by\s*:?\s+[A-Z][^|\n]{0,100}?\s+"
    r"(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*$))?"
    # "Published: 12 Feb 2024 - 10:03 pm | Last Updated: ...": fields after a bar are others
    r"(?P<rest>[^|\n]{4,60}?)(?:\s*\|[^\n]*)?"
    # "Published on 14/05/2024 - 19:32 By X - Reporter at Y - Brasília": a byline after the date
    r"(?:\s+By\s+[A-Z][^|\n]*)?$",
    re.I | re.M,
)
# ("Tuesday, March 10, 2026 - 16:05. Updated on Tuesday, March 10, 2026 - 17:20.": an
# "Updated on" sentence after the line's own date)
_UPDATE_TAIL = re.compile(r"(?:\s+(?:\|\s*)?Last\s+updated?\b|\.\s+Updated\s+on\b).*\Z", re.I)
# "Updated December 4 2026 - 6:15pm, first published 5:40pm": the first publication's time
# alone, so the same day as the update's
_UPDATED_FIRST_PUB = re.compile(
    r"^\s*Updated\s+(?P<d>[^,\n]{6,30}?)\s*[-–—,]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*,\s*"
    r"first\s+published\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$",
    re.I,
)
_UPDATED_ONLY = re.compile(
    # (not a news story's bare "Updated:" stamp, nor an event page's, whose "Date:" is the
    # event's)
    r"\s*(?:(?:Last|Page)\s+(?:[Uu]pdated|[Uu]pdate)|LAST\s+UPDATED|Actualizado|Actualizada)"
    r"(?:\s+on)?\s*:\s*"
    r"(?P<d>[^|\n]{6,40}?)\s*$")
_EVENT_DATE_LINE = re.compile(r"^\s*Date\s*:", re.M)
_NOT_PUB = re.compile(r"^\s*(?:Last\s+)?Updated|^\s*Venue\s*:", re.I | re.M)


@dataclass(frozen=True)
class Dateline:
    start: int  # span of the dateline prefix in the text
    end: int
    place: str
    date: PartialDate | None  # None when the dateline has no date or no year
    agency: str | None
    month_day: tuple[int, int] | None  # "Dec 7" without a year


# "MANILA 16 April 2024 — ...": an upper-case place and a full date with no comma between
_BARE_DATELINE = re.compile(
    r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})\s+(?P<mid>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|"
    r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*(?:–|—|-{1,3}|:)\s+(?=\S)"
)


# "November 11, 2026 (PORT SUDAN) – ...": the date first, the upper-case place in brackets
_DATE_FIRST_DATELINE = re.compile(
    rf"(?P<mid>(?:{dates._M})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{dates._M})\.?,?\s+\d{{4}})"
    r"\s+\((?P<place>[A-Z][A-Z’'\-. ]{2,30})\)\s*(?:–|—|-{1,3})\s+(?=\S)"
)

# (the first word's first three characters: a month's or a day's number)
_MONTH_HEADS = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    + [str(d) for d in range(1, 32)])
# "May 2, 2024 - Ottawa, Ontario - Global Affairs Canada": a news release's line of date, place
# (and province) and the issuing department, the whole line (the issuer is no party to the story)
_DATE_PLACE_ISSUER = re.compile(
    rf"(?P<mid>(?:{dates._M})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{dates._M})\.?,?\s+\d{{4}})"
    r"\s+(?:–|—|-{1,3})\s+(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})"
    r"(?:,\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})?\s+(?:–|—|-{1,3})\s+"
    r"(?P<issuer>[A-Z][^\n–—]{2,60}?)\s*$",
    re.M,
)


def find_issuer_dateline(text: str, line_start: int, line_end: int) -> Dateline | None:
    """ "May 2, 2024 - Ottawa, Ontario - Global Affairs Canada": the whole line a dateline."""
    if text[line_start : line_start + 12].split(" ", 1)[0][:3] not in _MONTH_HEADS:
        return None
    i = _DATE_PLACE_ISSUER.match(text, line_start, line_end)
    day = _first_day(i.group("mid")) if i else None
    if i is None or day is None:
        return None
    return Dateline(i.start(), i.end(), i.group("place"), day, None, None)


def find_dateline(text: str, line_start: int, line_end: int) -> Dateline | None:
    m = _DATELINE.match(text, line_start, line_end)
    if not m and (issued := find_issuer_dateline(text, line_start, line_end)) is not None:
        return issued
    if not m and "(" in text[line_start : line_start + 20]:
        f = _DATE_FIRST_DATELINE.match(text, line_start, line_end)
        first = _first_day(f.group("mid")) if f else None
        if f and first is not None:
            return Dateline(f.start(), f.end(), f.group("place").title(), first, None, None)
    if not m:
        if not text[line_start : line_start + 3].isupper():
            return None
        b = _BARE_DATELINE.match(text, line_start, line_end)
        bare_day = _first_day(b.group("mid")) if b else None
        if b is None or bare_day is None:
            return None
        return Dateline(b.start(), b.end(), b.group("place").title(), bare_day, None, None)
    mid = m.group("mid") or m.group("pdate")
    if mid:
        # "La Paz, 03 de diciembre de 2026 (ABI).-", "Kinshasa, 27 novembre 2026 (ACP).-": a
        # Spanish (French, Dutch) month in the dateline, as on a date line
        mid = _SPANISH_DATE.sub(lambda d: f"{d[1]} {_MESES[d[2].lower()]} {d[3]}", mid)
    agency = m.group("agency") or m.group("slash") or m.group("trail")
    found = dates.find(mid, None) if mid else []
    date = next((d.value for d in found if d.value is not None and d.value.day), None)
    month_day = None
    if mid and date is None:
        md = re.match(rf"({dates._M})\s+(\d{{1,2}})\b|(\d{{1,2}})\s+({dates._M})", mid)
        if md:
            mon = md.group(1) or md.group(4)
            day = md.group(2) or md.group(3)
            month_day = (dates.MONTHS[mon.rstrip(".").lower()], int(day))
    if not (agency or found or month_day or m.group("sep") in ("–", "—", "--", "---")):
        return None  # "Historic Perspective:" is not a dateline
    if not (found or month_day) and line_start > 0 and text[line_start - 1] != "\n":
        # "... the same day. Panama Maritime Authority (AMP) Administrator X signed": a body
        # and its acronym inside a paragraph; an undated dateline opens its line
        return None
    end = m.end()
    if date is None and not found and m.group("sep") in ("–", "—", "--", "---"):
        # "Monrovia, Liberia – September 17, 2024: President ...": the date after the dash,
        # ended by a colon, is the dateline's
        after = _DASH_DATE_COLON.match(text, m.end(), line_end)
        day = _first_day(after.group(1)) if after else None
        if after and day is not None:
            date, found, end = day, dates.find(after.group(1), None), after.end()
    if mid and not (found or month_day) and len(mid.split()) > 3:
        # "KINGSTON, Jamaica (JIS) —": the middle part must be a date or a short place name
        return None
    if m.group("sep") == "." and date is None:
        return None  # a full stop ends a dateline only after a full date
    place = m.group("place")
    if place.isupper():
        place = place.title()
    return Dateline(m.start(), end, place, date, agency, month_day)


def event_page_date(original: str) -> PartialDate | None:
    """An event page's "Date: 16 January 2024" line, followed by its "Venue:": the day of the
    event it announces (and not the publication's)."""
    for m in _PUBLISHED.finditer(original):
        if not m.group().lstrip().lower().startswith("date"):
            continue
        if not re.match(r"\s*\n\s*Venue\s*:", original[m.end() : m.end() + 40]):
            continue
        day = _first_day(m.group("rest"))
        if day is not None:
            return day
    return None


_DIGIT = re.compile(r"\d")
_LOWER_MONTH = re.compile(rf"^(?:{dates._M.lower()})\b")
_UPPER_MONTH = re.compile(rf"^(?:{dates._M.upper()})\b")
_DOTTED_DAY = re.compile(rf"\b(\d{{1,2}})\.\s+(?=(?:{dates._M})\b)")
_SPACED_DOTTED = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b")
# ("December, 09/2026 - 08:12": the day and the year set apart by a slash)
_MONTH_COMMA_DAY = re.compile(rf"\b((?:{dates._M})\.?),\s+(?=\d{{1,2}}(?:,?\s+|/)\d{{4}}\b)")
_DAY_SLASH_YEAR = re.compile(rf"\b((?:{dates._M})\.?) (\d{{1,2}})/(\d{{4}})\b")
# "Dec - 04 - 2026 , 16:35": a month, the day and the year set apart by dashes
_MONTH_DASH_DAY = re.compile(rf"\b((?:{dates._M}))\s*-\s*(\d{{1,2}})\s*-\s*(\d{{4}})\b")
# "22.IV.2027", "3 XI 2026": a day, a month in Roman numerals and the year (a Latin and Central
# European usage on date lines)
_ROMAN_MONTH_DATE = re.compile(
    r"\b(\d{1,2})([.\s])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4})\b"
)
_ROMAN_MONTHS = {r: i for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
# "2026 Aug 5, 18:40": the year first, then the month's name and the day
_YEAR_MONTH_DAY = re.compile(
    rf"\b(\d{{4}})\s+((?:{dates._M})\.?)\s+(\d{{1,2}})\b(?!\s*,?\s*\d{{4}})"
)


# "3 Jumada II 1448 AH corresponding to ": a Hijri date that a Gregorian date follows
_HIJRI_FIRST = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]+(?:[\s-](?:[IV]{1,2}|al-[A-Za-z]+|[A-Z][a-z]+))?\s+\d{4}\s+AH\s*,?\s*"
    r"(?:corresponding\s+to|coinciding\s+with)\s+"
)


def _first_day(text: str) -> PartialDate | None:
    """The first date of `text` that names a day ("11 March ,2024": a space slipped before the
    comma of a date line)."""
    if _DIGIT.search(text) is None:
        return None  # with no publication date to count from, only a number names a day
    text = re.sub(r"(?<=[A-Za-z])\s+,\s*(?=\d{4}\b)", ", ", text)
    if "," in text:
        # "December, 01, 2026 - 14:30": a comma after the month of a date line
        text = _DAY_SLASH_YEAR.sub(r"\1 \2, \3", _MONTH_COMMA_DAY.sub(r"\1 ", text))
    if " - " in text:
        text = _MONTH_DASH_DAY.sub(r"\2 \1 \3", text)
    text = _YEAR_MONTH_DAY.sub(r"\3 \2 \1", text)
    if "I" in text or "V" in text or "X" in text:
        text = _ROMAN_MONTH_DATE.sub(
            lambda m: f"{m[1]}.{_ROMAN_MONTHS[m[3]]}.{m[4]}", text)
    if ". " in text:
        # "11. March 2026.": a day number with a full stop (Central European usage)
        text = _DOTTED_DAY.sub(r"\1 ", text)
        # "4. 12. 2026. 18:20": day, month and year each with a full stop and a space
        text = _SPACED_DOTTED.sub(r"\1.\2.\3", text)
    # "08 de agosto de 2024": a Spanish date on a date line
    text = _SPANISH_DATE.sub(lambda m: f"{m[1]} {_MESES[m[2].lower()]} {m[3]}", text)
    return next((d.value for d in dates.find(text, None) if d.value and d.value.day), None)


def published_from_text(original: str, crawl: str | None, dateline: Dateline | None) -> (
    PartialDate | None
):
    """The crawl prefix, a "Published:" line, the dateline, or a date line near the top."""
    if crawl:
        try:
            return PartialDate.parse(crawl)
        except InvalidInput:
            pass  # a broken crawl stamp: look for another date
    for m in _PUBLISHED.finditer(original):
        if _NOT_PUB.match(m.group()):
            continue
        if re.match(r"\s*\n\s*Venue\s*:", original[m.end() : m.end() + 40]):
            continue  # an event page's "Date:" is the event's, not the publication's
        day = _first_day(m.group("rest"))
        if day is not None:
            return day
    if dateline and dateline.date:
        return dateline.date
    top = _top_lines(original, 14)
    # "GIS – 22 February, 2024: Mauritius and ...": a source, a dash and the date open the lead
    for line in top:
        lead = _SOURCE_DASH_DATE.match(line)
        if lead:
            day = _first_day(lead.group(1))
            if day is not None:
                return day
    # A stand-alone date line in the first lines ("October 23, 2021", "12.10.2022.")
    year_hint: PartialDate | None = None
    for line in top:
        # "Wed Jun 12, 2024 09:35 PM  Last update on: Wed Jun 12, 2024 10:02 PM": the line's
        # own date is the first; the update's is another field
        s = _UPDATE_TAIL.sub("", line.strip())
        if "AH" in s:
            # "Riyadh, 3 Jumada II 1448 AH corresponding to 24 November 2026": the Hijri date
            # first, then the Gregorian one it matches
            s = _HIJRI_FIRST.sub("", s)
        ref = _REF_DATE_LINE.match(s)
        if ref:
            # "Briefing: 41/2026, 03/12/2026": a release's number, then its date
            s = ref.group("d")
        if len(s) > 60 and s.count("|") == 2:
            # "Victoria, Seychelles | December 3, 2026, Thursday @ 11:48| By X": a place, the
            # date and a byline set apart by bars; the middle field is the date line
            s = s.split("|")[1].strip()
        first_pub = _UPDATED_FIRST_PUB.match(s) if s.startswith(("U", "u")) else None
        if first_pub:
            day = _first_day(first_pub.group("d"))
            if day is not None:
                return day
        if not s or _NOT_PUB.match(s) or len(s) > 60 or re.match(r"[A-Za-z ]+:", s):
            continue
        if s[0].islower():
            # "november 26, 2026 21:04:17": a date line that writes its month in lower case
            s = _LOWER_MONTH.sub(lambda m: m[0].capitalize(), s)
        elif s[:2].isupper() and s[:3].isalpha():
            # "NOVEMBER 17, 2026 14:22": a date line that writes its month in capitals
            s = _UPPER_MONTH.sub(lambda m: m[0].capitalize(), s)
        day = _first_day(s)
        if day is not None and len(re.sub(r"[\d\W]", "", s)) <= 40:
            year_hint = day
            break
    if year_hint is not None:
        return year_hint
    # "Press Briefing by the Spokesperson on Thursday, 18 April 2024": a headline that ends in
    # a weekday and a full date, the weekday true of the date (so a date of the day it was
    # written, not a historical one)
    for line in top:
        wd = _WEEKDAY_DATE_END.search(line)
        if wd:
            day = _first_day(wd.group(2))
            if (day is not None and day.month and day.day
                    and day.start.weekday() == dates.WEEKDAYS[wd.group(1).lower()]):
                return day
    # "... meets Armenian Deputy Foreign Minister in Athens (05.10.2023)": a headline's date
    for line in top:
        paren = _DATE_IN_PARENS.search(line)
        if paren:
            day = _first_day(paren.group(1))
            if day is not None:
                return day
    # "(BELGA) KLE/ER" then "2025-05-28 17:04": a wire's filing stamp, an ISO day and a time
    # alone on one of the last lines
    if ":" in original:
        for line in _bottom_lines(original, 8):
            stamp = _FILING_STAMP.match(line)
            if stamp:
                return _first_day(stamp.group(1))
    # "Last updated: 04 December 2026", "Actualizado: 30 de noviembre de 2026": a page's only
    # date line, the day of its last update (a country page or fact sheet), when no other
    # date line is found
    for line in top if not _EVENT_DATE_LINE.search(original) else ():
        upd = _UPDATED_ONLY.match(line)
        if upd:
            day = _first_day(upd.group("d"))
            if day is not None and day.day is not None:
                return day
    # "♥ 1,204 likes" then "December 6, 2026": a social post's date under its like count
    if "like" in original and _LIKE_WORD.search(original):
        lines = _bottom_lines(original, 8)
        for k in range(len(lines) - 1):
            if _LIKES_LINE.match(lines[k]) and _FULL_DATE_LINE.match(lines[k + 1]):
                day = _first_day(lines[k + 1].strip())
                if day is not None and day.day is not None:
                    return day
    return None



def _top_lines(text: str, n: int) -> list[str]:
    """The first n lines that hold text: blank lines between (a page's spacing, however much)
    do not count."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            out.append(line)
            if len(out) == n:
                break
    return out


def _bottom_lines(text: str, n: int) -> list[str]:
    """The last n lines that hold text."""
    return [line for line in text.rstrip().split("\n")[-4 * n :] if line.strip()][-n:]

_MESES = {
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
    "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September",
    "setiembre": "September", "octubre": "October", "noviembre": "November",
    "diciembre": "December",
    # "5 DIC 2026", "03 dic 2026": the abbreviations that are no English month's
    "ene": "January", "abr": "April", "ago": "August", "dic": "December",
    # "Zaterdag 5 december 2026 14:22": a Dutch date line (Suriname, the Netherlands, Flanders),
    # its month in lower case, English or not
    "januari": "January", "februari": "February", "maart": "March", "april": "April",
    "mei": "May", "juni": "June", "juli": "July", "augustus": "August",
    "september": "September", "oktober": "October", "november": "November",
    "december": "December",
    # "27 novembre 2026 (ACP).-": a Francophone wire's dateline, its month in French
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
    "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December",
    # "Birt 10. desember 2026 08:31": a Nordic date line (Icelandic, Norwegian, Danish, Swedish;
    # their "mars" and "mai" are the French words above), its month in lower case
    "januar": "January", "janúar": "January", "februar": "February", "febrúar": "February",
    "apríl": "April", "maí": "May", "maj": "May",
    "júní": "June", "júlí": "July", "august": "August", "ágúst": "August", "augusti": "August",
    "október": "October", "nóvember": "November", "desember": "December",
}
# "jueves, 3 diciembre 2026": the same without "de" (a Spanish wire's "Publicado:" line)
_SPANISH_DATE = re.compile(
    # ("10. desember 2026": a day number with a full stop, Nordic and Central European usage)
    r"\b(\d{1,2})\.?\s+(?:de\s+)?(" + "|".join(_MESES) + r")\.?\s+(?:de\s+|del\s+)?(\d{4})\b", re.I
)
_DASH_DATE_COLON = re.compile(r"([A-Z0-9][^:\n]{5,28}\d{4}):\s+(?=\S)")
_SOURCE_DASH_DATE = re.compile(r"\s*[A-Z][A-Za-z.&]{1,15}\s+(?:–|—|-{1,3})\s+([^:\n]{6,30}):\s")
_WEEKDAY_DATE_END = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"\s*$"
)


_DATE_IN_PARENS = re.compile(r"\(([^()]{6,30})\)\s*$")
# "Briefing: 41/2026, 03/12/2026", "Press Release No: E-118/26, 2 December 2026": a label, a
# reference number (digits, maybe letters, slashes or dashes) and, after a comma, the date
_REF_DATE_LINE = re.compile(
    # (a reference of two parts, "41/2026", or one after "No.": not "Page: 3, 15 December")
    r"^[A-Z][A-Za-z ]{2,30}(?:(?<=No)\.?\s*:\s*[A-Z]{0,4}[-/.]?\d+|\s*:\s*[A-Z]{0,4}[-/.]?\d+"
    r"(?:[-/.]\d+)+)\s*,\s*"
    r"(?P<d>[^,\n]{6,30})$"
)
_FILING_STAMP = re.compile(r"\s*(\d{4}-\d{2}-\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
# the word "like(s)" (not "likely", "likewise", "alike"): the gate of the like-count search
_LIKE_WORD = re.compile(r"\blikes?\b")
_LIKES_LINE = re.compile(r"\s*(?:[♥❤👍]\ufe0f?\s*)?\d[\d,.]*\s*[KkMm]?\s+likes?\s*$")
_FULL_DATE_LINE = re.compile(
    r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*$"
)


def complete_dateline(dateline: Dateline | None, published: PartialDate | None) -> (
    PartialDate | None
):
    """"DHAKA, Dec 7" takes its year from the publication date."""
    if dateline is None:
        return None
    if dateline.date is not None:
        return dateline.date
    if dateline.month_day and published is not None:
        month, day = dateline.month_day
        year = published.year
        if published.month is not None and month > published.month:
            year -= 1  # a December dateline in a January paper
        try:
            return PartialDate(year, month, day)
        except InvalidInput:
            return None  # an impossible day in a dateline is just no date
    return None
