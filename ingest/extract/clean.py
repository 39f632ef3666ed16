"""Site boilerplate is blanked, not removed: every dropped character becomes a space (newlines
stay), so offsets into the cleaned text are offsets into the original and evidence stays verbatim.

Mojibake ("â€™", "Ã­") is repaired in a separate working copy whose positions map back to the
original through `Working.orig`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract import dates, header
from ingest.extract import gazetteer as gz
from ingest.extract.lexicon import TITLE_WORDS
from ingest.extract.sentences import split

# --- line classes --------------------------------------------------------------------------

_SOCIAL = re.compile(
    r"^(?:facebook|twitter|whatsapp|linkedin|email|e-mail|print|share|tweet|pinterest|telegram|"
    r"reddit|x|instagram|youtube|follow|follow us|like|share this|comments?|reacties.*|"
    r"\d+\s*min(?:ute)?s? read|advertisement|skip to (?:main )?content.*|menu|search|"
    r"subscribe|sign in|log in|login|register|home|top stories|back to top)\W*$",
    re.I,
)
_LEADER = re.compile(
    r"^(?:share|tags?|topics?|categor(?:y|ies)|filed under|follow us|related( \w+)?|by|posted|"
    r"written by|reporting by|reported by|edited by|editing by|editor|author|story by|"
    r"contact|contacts|inquiries|enquiries|media contact|for more information|tel|phone|fax|"
    r"e-?mail|published|updated|last updated|date|dated|release date|source|photo|"
    r"photo credit|image|credit|caption|deel dit artikel|copyright|venue|location|"
    # "Read also: Costa Rica and Panama sign border health pact": a link to another story
    r"read also(?=\s*:)|also read(?=\s*:)|see also(?=\s*:)|"
    # ("Lea también: ...", "Lire aussi : ...", "Temas relacionados: ...", "Etiquetas: ...": the
    # same in Spanish, Portuguese and French)
    r"lea tambi[ée]n(?=\s*:)|leia tamb[ée]m(?=\s*:)|(?:lire|voir) aussi(?=\s*:)|"
    r"temas relacionados(?=\s*:)|"
    r"etiquetas(?=\s*:)|mots-cl[ée]s(?=\s*:))\b.{0,200}$",
    re.I,
)
# After one of these lines the rest of the page is lists of other headlines or footers.
_TAIL = re.compile(
    # "Read more with EURACTIV", "Read more from Kyodo": a list of the site's other stories
    # ("Related Story", "Related Post": one item, a list all the same)
    r"^(?:related(?: press| media| news)?(?: stories| story| posts| post| articles| article|"
    r" news| items| content| releases| links| videos| coverage| documents)?|read also|"
    # ("Issued by:" over a press officer's name, post and office: the release's footer)
    r"issued by|"
    r"read more(?: (?:with|from|on|at) .{1,40})?|"
    r"also read|most popular|most read|latest posts|latest news|latest|more news|more stories|"
    # "Latest in: News" (Yle): the section's other headlines
    r"latest in\W+\w+(?: \w+)?|"
    # "More in Politics" (Iceland Review): the section's other headlines
    r"more in\W+\w+(?: \w+)?|"
    r"more from .{1,40}|you may also like|recommended|trending|popular posts|see also|"
    # "ENDS" (a press office's end mark) and what follows: an "About X:" note, contacts
    r"\W*ends?\W*|\(end\)|\*{3,}|-{2,}\s*[A-Z]+|"
    # "Related press releases", "Other media releases", "More on this": the site's other items
    r"related (?:press|media|news) releases|other (?:\w+ )?(?:releases|stories|news|articles)|"
    r"more on this(?: story| topic)?|"
    # Portuguese and Spanish sites: "Notas relacionadas", "Noticias relacionadas", "Leia também"
    r"(?:notas|not[íi]cias|artigos|art[íi]culos|conte[úu]dos?) relacionad[oa]s|"
    r"leia tamb[ée]m|lea tambi[ée]n|"
    # French sites: "Lire aussi", "Voir aussi", "Dans la même rubrique", "Sur le même sujet"
    r"(?:[àa] )?lire aussi|voir aussi|dans la m[êe]me rubrique|sur le m[êe]me sujet|"
    # ("Te puede interesar", "Le puede interesar", "Más noticias": the same)
    r"(?:te|le) puede interesar|m[áa]s noticias|"
    # Bosnian, Croatian and Serbian sites: "Vezane vijesti", "Povezane vesti", "Slične vijesti"
    r"(?:vezane|povezane|srodne|sli[čc]ne) vi?jesti)\W*$",
    re.I,
)
# "4,846 Fans", "12K followers"; not a numbered paragraph "6. Following the talks, ..."
_COUNTS = re.compile(r"^\d[\d,.]*\s*[KkMm]?\s*(?:fans|followers|subscribers|likes?|follow)\b", re.I)
# "Associated Press writer X in Mexico City contributed to this report.": a sign-off line
_CONTRIBUTED = re.compile(
    r"^[^.!?]{0,160}\bcontributed"
    r"(?: reporting)?(?: to (?:this|the) (?:report|story|article)| reporting)"
    r"(?: from [^.!?]{1,60})?\.?$"
)
_MENU_SEP = re.compile(r"\s[|»›>/]\s|\s\|$|^\|")
_JAMMED = re.compile(r"[a-z][A-Z]")
_EMAIL = re.compile(
    r"(?:\b(?:Contact|Contacts|E-?mail|Tel|Phone|Inquiries|Enquiries)\s*:\s*)?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_PHOTO_TAIL = re.compile(r"(?:\s|^)(?:Photo|Photograph|Image|Picture)s?\s*(?:credit)?\s*:.*$|"
                         r"\s(?:Post|File|AFP|Reuters|AP|Supplied|Handout) Photo\.?\s*$")
_SUFFIX = re.compile(r"(?<=[a-z]),\s(?:Sr|Jr)\.(?=\s*(?:[,;:]|[a-z]))")
_PHOTO_PAREN = re.compile(r"\((?:photo|image|picture|credit)s?\s*:[^)]*\)", re.I)
_AGENCY_SIGNOFF = re.compile(r"^[A-Z]{2,}(?:/[A-Z0-9]+)+\b")
_LEAD_TAG = re.compile(r"^\s*\((?:LEAD|URGENT|UPDATE|\d*(?:ST|ND|RD|TH) LD|ATTN:?[^)]*)\)\s*")
_CRAWL = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")
_HEADER_MARK = re.compile(r"^(?:press releases?|media releases?|news releases?|statement|news)\W*$",
                          re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|hrs|h)?\b|\b\d{1,2}\s*(?:am|pm)\b", re.I)
_DATEWORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|on|at|pm|am|gmt|utc|bdst|ist|updated|published|posted|"
    r"all|news)\b|\d+",
    re.I,
)


_PARAGRAPH_WORDS = 25
# A line that is nothing but the name of a body (a site's masthead), in title case.
_SITE_WORD = re.compile(
    r"\b(?:Ministry|Embassy|Commission|Consulate|Mission|Office|Department|Government|Presidency|"
    r"Secretariat|Agency|Agence|Institute|Council|News|Press)\b"
)
_SITE_TOKEN = re.compile(r"[A-Z][\w’'.&-]*|of|for|and|the|in|to|&|[-–—|:,]")


def _is_site_name(line: str) -> bool:
    """"Ministry of Foreign Affairs", "ENA - Ethiopian News Agency": a body's name alone."""
    toks = line.split()
    return 0 < len(toks) <= 10 and bool(_SITE_WORD.search(line)) and all(
        _SITE_TOKEN.fullmatch(t) for t in toks
    )
_DIGIT = re.compile(r"\d")  # _CONTACT needs one: a quick test before its slow scan
_CONTACT = re.compile(r"\b(?:Tel|Phone|Telephone|Fax|Mob|Mobile)\s*[.:]?\s*\+?\(?\d", re.I)


# a verb of an event told in a table row (past tense, "paid", "toured", "signed" ...)
_ROW_CLAUSE = re.compile(r"\b[a-z]{3,}ed\b|\b(?:paid|met|held|made|led|toured|signed|gave|"
                         r"took|went|came|spoke|began)\b")


def _is_event_row(line: str) -> bool:
    """"2019 | Deputy Minister X visited Kigali (4-6 March 2019)": a row of a table of events,
    a year and a clause with its verb, neither a date stamp with a site's name after the bar
    nor a menu."""
    head, bar, tail = line.partition("|")
    return bool(bar) and _ROW_YEAR.fullmatch(head.strip()) is not None and "|" not in tail and (
        _words(tail) >= 6) and _ROW_CLAUSE.search(tail) is not None


_ROW_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def _is_date_line(line: str) -> bool:
    """A line that is only a date/time stamp, possibly with a site name after a bar."""
    head = line.split("|")[0]
    if len(head) > 80 or not re.search(r"\d", head) or _is_event_row(line):
        return False
    rest = _DATEWORDS.sub(" ", _TIME.sub(" ", head))
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1


def _words(line: str) -> int:
    return len(line.split())


def _is_menu(line: str, n_words: int = -1) -> bool:
    if line.startswith("Home") and _JAMMED.search(line):
        return True
    if n_words < 0:
        n_words = _words(line)
    if n_words <= 12 and not line.endswith(".") and _MENU_SEP.search(line) and not (
            _is_event_row(line)):
        return True
    # "Home | Ministry | Foreign Policy | Missions | Media Center | Consular | Contact": a long
    # navigation bar, four or more short labels between bars and no sentence in any of them
    items = _BAR.split(line)
    if len(items) >= 4 and all(0 < _words(i) <= 4 and not i.rstrip().endswith(".") for i in items):
        return True
    # "Home  News  Business  Sport": several runs of two or more spaces
    return "  " in line and "." not in line and len(_SPACE_RUNS.findall(line)) >= 2


_SPACE_RUNS = re.compile(r"\S {2,}(?=\S)")
_BAR = re.compile(r"\s+[|»›>]\s+")


# "By a separate decree, the President recalled X, who ...": a long line opening with "By" and an
# article, a possessive or a number is running text, not a byline
_BY_RUNNING = re.compile(
    r"[Bb]y\s+(?:a|an|another|the|this|that|these|those|its|his|her|their|\d)\s")


@lru_cache(maxsize=8192)  # a pure test of one line; share widgets and menus recur
def _is_boilerplate(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _SOCIAL.match(s) or _COUNTS.match(s) or _AGENCY_SIGNOFF.match(s):
        return True
    if "contributed" in s and _CONTRIBUTED.match(s):
        return True
    if "©" in s or ("ights" in s or "IGHTS" in s) and "all rights reserved" in s.lower():
        return True
    n = _words(s)
    if (n <= 20 or "|" in s) and _DIGIT.search(s) and _CONTACT.search(s):
        return True  # an address and telephone footer
    if _LEADER.match(s) and (n <= 14 or ":" in s[:25] or s[:3].lower() == "by ") and not (
            n > 14 and _BY_RUNNING.match(s)):
        return True
    if _is_menu(s, n) or _is_date_line(s):
        return True
    if n > 12:
        return False  # running text: the checks below are for short labels
    if s == s.upper() and s != s.lower():
        return True  # mastheads, "PRESS RELEASE", agency names on their own
    if n <= 6 and not s.endswith(".") and len(_JAMMED.findall(s)) >= 2:
        return True  # "Diplomatic NewsAmbassadors"
    if n <= 3 and s[-1] not in ".!?\"”’":
        return True  # section labels, places on their own line, "Post Report"
    return bool(s.endswith(":") and n <= 5)


@dataclass(frozen=True)
class Cleaned:
    text: str  # same length as the original; boilerplate blanked
    crawl_date: str | None  # the " date 2022-01-27 " prefix, if any
    title_line: int | None  # index of the headline line


def _blank(s: str) -> str:
    if "\n" not in s:
        return " " * len(s)  # a line or part of one (the usual case)
    return "".join(c if c == "\n" else " " for c in s)


# A line or sentence that opens an item of a list ("- ", "• ", "3. ", "b) ", "(iii) "): its own
# line, even in wrapped text (and in relations, a line of a list: "• J, signed by A and B;")
LIST_ITEM = re.compile(
    r"\s*(?:[-•–*▪·]|\d{1,2}[.)]|\(?[a-h]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s")

# a full date written as a page's date stamp ("October 23, 2021", "Thursday, 23 Oct 2021",
# "10. Nov 2021", "11 March ,2021", "Oct - 23 - 2021", "23.10.2021", "2021.10.23.", "23-10-2021")
# with a weekday after it ("October 23, 2021, Saturday") and the time of day (", 17:48",
# " at 13:12", " // 09:14 PM GMT+2")
_DATE_STAMP = re.compile(
    rf"\b(?:(?:{dates._WD}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
    rf"(?:{dates._M}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{dates._M}\s*,?\s*\d{{4}}|"
    rf"{dates._M}\s*-\s*\d{{1,2}}\s*-\s*\d{{4}}|"
    r"\d{4}[.-]\d{2}[.-]\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\b(?:\.(?=\s))?"
    rf"(?:,?\s+{dates._WD}\b)?"
    r"(?P<time>\s*(?:[,:|@–—-]|//)?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:\s*[AaPp]\.?[Mm]\b\.?)?"
    r"(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|IST|GST|WAT|CAT|EAT|MSK|JST|KST|HKT|SGT|AEST|AEDT)\b"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?)?"
)
# what follows a stamp: the next line's first word, capitalised, a bar, or the page's byline
# ("Posted on April 23, 2026 by Amandala Press"); not running text ("signed on 3 May 2024 in
# Nairobi", "on 3 May 2024, the two ...", "... on 3 May 2024.")
_AFTER_STAMP = re.compile(r"\s*\Z|\s*\||\s+(?:by\s+)?[^\sa-z,.;:]")
# a byline or source label after the stamp, which the cleaner drops with its line: the time
# then stays on that line, so the lead after the label keeps a line that is not dropped
_LABEL_AFTER_STAMP = re.compile(r"\s+(?:By|BY|Source|SOURCE|Author|Written|Compiled|Photo)\b")
# a byline run into the lead: the cleaner would drop the lead with the byline's line
_BYLINE = re.compile(r"\s*\|?\s*(?:[Bb]y|BY|Author:|Source:|SOURCE:|Written\s+by|Compiled\s+by)\s")
_CAPITAL_AFTER_SPACE = re.compile(r"(?<=\s)[A-Z]")
# words that open a lead rather than continue a byline's name
_LEAD_OPENERS = frozenset({"The", "A", "An", "On", "In", "At", "This", "Last", "Today"})


def _lead_after_byline(text: str, start: int, end: int) -> int | None:
    """Where the lead starts after a byline at start ("By Mari Tamm TALLINN, 11 December -
    Rwanda's minister ...", "by Ana Kamau Foreign Affairs Principal Secretary X held ..."): a
    dateline, or else the first capitalised word after the name that is a title's word, a
    country's or its people's name, or a lead's opening word."""
    label = _BYLINE.match(text, start)
    if label is None:
        return None
    window = min(end, label.end() + 90)
    words = [m.start() for m in _CAPITAL_AFTER_SPACE.finditer(text, label.end(), window)]
    # (the last of them: "Tamm TALLINN, 11 December -" reads as a dateline from "Tamm" too)
    datelines = [at for at in words if (found := header.find_dateline(text, at, end)) is not None
                 and (found.date or found.month_day)]
    if datelines:
        return datelines[-1]
    # (a country's name of several words: "Sierra Leone's minister")
    countries = {start + m.start for m in gz.scan(text[start:window])
                 if m.entry.kind in (gz.COUNTRY, gz.DEMONYM)}
    for at in words[1:]:  # (the name has one word at least)
        word = re.match(r"[\w-]+", text[at:window])
        if word is not None and (at in countries or word.group() in TITLE_WORDS
                                 or word.group() in _LEAD_OPENERS):
            return at
    return None


def relined(text: str) -> str:
    """A text with no line breaks at all (a JSON field or a feed that joined its page into one
    line) with its lines guessed back, one space for one line break: a break at each sentence
    end, one before a dated dateline inside the first sentence ("... Facebook Twitter
    Islamabad, 23 October 2021 (TDI): ...") and two around a date stamp before it, so the
    headline, the date line, the dateline and the lead stand apart as on the page."""
    if "\n" in text or len(text) < 400:
        return text
    chars = list(text)
    spans = split(text)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        if start > end and text[end] == " ":
            chars[end] = "\n"
    # a bulleted list run into one line ("The MoUs signed were: • MoU on ...; • MoU on ..."):
    # each item on a line of its own again
    for bullet in re.finditer(r" (?=[•▪◦] )", text):
        chars[bullet.start()] = "\n"
    if spans:
        s, e = spans[0]
        for m in re.finditer(r" (?=[A-Z])", text[s:e]):
            at = s + m.end()
            found = header.find_dateline(text, at, e)
            if found is not None and found.date is not None:
                chars[at - 1] = "\n"
                e = at - 1
                break
        # a date stamp among the page's header words ("By TDI October 23, 2021 Facebook"): a
        # line of its own, as a date line under a headline (its time too, and a dotted day
        # the sentence splitter took for a sentence end, "10. Nov 2021")
        stamp = _DATE_STAMP.search(text, s, min(len(text), e + 40))
        if stamp is not None and stamp.start() < e:
            # the stamp's line ends after its time, or after its date when a byline label or
            # running text follows the time ("Updated December 4 2026 - 6:15pm, first ...")
            ends = [stamp.end()]
            if stamp["time"]:
                with_time, date_only = stamp.end(), stamp.start("time")
                ends = [date_only, with_time] if _LABEL_AFTER_STAMP.match(text, with_time) else [
                    with_time, date_only]
            cut = next((end for end in ends if _AFTER_STAMP.match(text, end)), None)
            if cut is not None:
                for at in range(stamp.start(), cut):
                    chars[at] = text[at]
                for at in (stamp.start() - 1, cut):
                    # (a bar after the stamp's time is the page's separator: the line ends there)
                    if s < at < len(text) and (text[at] == " " or at == cut and text[at] == "|"):
                        chars[at] = "\n"
                sentence_end = next((e for _, e in spans if e > stamp.end()), len(text))
                lead = _lead_after_byline(text, stamp.end(), sentence_end)
                if lead is not None and text[lead - 1] == " ":
                    chars[lead - 1] = "\n"
    return "".join(chars)


def unwrap(text: str) -> str:
    """Hard-wrapped text (a plain-text export or an e-mail, cut at 40-100 columns): the line
    breaks inside its paragraphs become spaces, one character for one, so offsets still hold.

    A text counts as wrapped when no line is longer than 100 columns and most lines that run
    on into another line (five at least) are filled to near the longest. A break is joined
    after such a filled line only: a short line (a headline, a paragraph's last line, a menu
    item) keeps its break. A web page's paragraph is one long line, so a page is left alone."""
    if text.count("\n") < 6:
        return text
    lines = text.split("\n")
    lens = [len(line.rstrip()) for line in lines]
    width = max(lens)
    if not 40 <= width <= 100:
        return text
    filled = int(width * 0.75)
    runs = [n >= filled for n, after in zip(lens, lens[1:], strict=False) if n and after]
    if sum(runs) < max(5, 0.6 * len(runs)):
        return text
    texted = [k for k, n in enumerate(lens) if n]
    headline, top = texted[0], texted[min(6, len(texted) - 1)]
    out = []
    for k, line in enumerate(lines[:-1]):
        nxt = lines[k + 1].strip()
        if lens[k] >= filled and nxt and k != headline and not LIST_ITEM.match(nxt) and (
                k >= top or nxt[0].islower() or not (_is_date_line(nxt) or _LEADER.match(nxt))):
            out.append(line + " ")  # the break becomes a space
        else:
            # (the headline, and a date or "Published:" line near the top, stand alone)
            out.append(line + "\n")
    out.append(lines[-1])
    return "".join(out).replace("\r ", "  ")


def clean(original: str) -> Cleaned:
    lines = original.split("\n")
    out: list[str] = []
    crawl: str | None = None
    crawl_line = -1
    m = _CRAWL.match(lines[0]) if lines else None
    if m:
        crawl = m.group(1)
        crawl_line = 0
    tail = False
    for i, line in enumerate(lines):
        if tail:
            out.append(_blank(line))
            continue
        body = line
        if i == crawl_line and m:
            body = _blank(line[: m.end()]) + line[m.end() :]
        lead = _LEAD_TAG.match(body)
        if lead:
            body = _blank(body[: lead.end()]) + body[lead.end() :]
        stripped = body.strip()
        if _TAIL.match(stripped):
            tail = True
            out.append(_blank(line))
            continue
        if _is_boilerplate(stripped) and not (i == crawl_line and _words(stripped) >= 4):
            out.append(_blank(line))
            continue
        if "@" in body:
            body = _EMAIL.sub(lambda x: _blank(x.group()), body)
        if "r." in body:
            # "President Joseph Boakai, Sr. on Tuesday received ...": a generational suffix after
            # a comma is no part of the sentence (the name ends before it)
            body = _SUFFIX.sub(lambda x: _blank(x.group()), body)
        if "hoto" in body or "mage" in body or "icture" in body:
            body = _PHOTO_PAREN.sub(lambda x: _blank(x.group()), body)
            body = _PHOTO_TAIL.sub(lambda x: _blank(x.group()), body)
        out.append(body)
    _blank_masthead(out, lines, crawl_line)
    text = "\n".join(out)
    title = next((i for i, ln in enumerate(out) if ln.strip()), None)
    return Cleaned(text, crawl, title)


def _blank_masthead(out: list[str], lines: list[str], crawl_line: int) -> None:
    """Lines above the first menu/breadcrumb line near the top are the site's masthead.

    Only the top of the page counts: the search stops at the first line of running text (a
    paragraph), so a share bar under the story never blanks the story above it.
    """
    seen = 0
    kept: list[int] = []  # non-blank lines above, still in the text
    # (the first lines that hold text count, however many blank lines are between)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > 6 or (_words(s) >= _PARAGRAPH_WORDS and i != crawl_line):
            break
        if (_is_menu(s) and not _is_date_line(s)) or _HEADER_MARK.match(s):
            for j in range(i):
                if j != crawl_line or _words(out[j]) < 4:
                    out[j] = _blank(out[j])
            return
        if out[i].strip():
            kept.append(i)
    # "Ministry of Foreign Affairs" above the headline: a line that only names a body, followed
    # by another short line, is the site's name.
    if len(kept) >= 2 and _is_site_name(out[kept[0]].strip()) and (
        _words(out[kept[1]]) < _PARAGRAPH_WORDS
    ):
        out[kept[0]] = _blank(out[kept[0]])


# --- mojibake ------------------------------------------------------------------------------

_CP1252_HIGH = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
)
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + re.escape(_CP1252_HIGH) + "]{1,3}")


def _as_bytes(s: str) -> bytes | None:
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) > 0xFF:
                return None
            out.append(ord(c))
    return bytes(out)


@dataclass(frozen=True)
class Working:
    """Text to match on, with a map from its offsets to the original's."""

    text: str
    orig: list[int] | None  # orig[i] = original offset of working char i; None = identity

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.orig is None:
            return start, end
        return self.orig[start], self.orig[end]


def repair(text: str) -> Working:
    if not _MOJIBAKE.search(text):
        return Working(text, None)
    fixes = []
    for m in _MOJIBAKE.finditer(text):
        raw = _as_bytes(m.group())
        try:
            fixed = raw.decode("utf-8") if raw else None
        except UnicodeDecodeError:
            fixed = None
        if fixed:
            fixes.append((m.start(), m.end(), fixed))
    return _replaced(text, fixes)


def _replaced(text: str, fixes: list[tuple[int, int, str]]) -> Working:
    """text with each (start, end, new) span replaced, in order; each new character maps to
    its span's start in text."""
    pieces: list[str] = []
    orig: list[int] = []
    last = 0
    for start, end, new in fixes:
        pieces.append(text[last:start])
        orig.extend(range(last, start))
        pieces.append(new)
        orig.extend([start] * len(new))
        last = end
    pieces.append(text[last:])
    orig.extend(range(last, len(text) + 1))
    return Working("".join(pieces), orig)


# --- accents written as combining marks, invisible characters -------------------------------

# zero-width spaces and joiners, the word joiner, a byte-order mark, soft hyphens
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD = re.compile(f"[\u0300-\u036f{_INVISIBLE}]")
_ODD_RUN = re.compile(f"[{_INVISIBLE}]+|[^\u0300-\u036f{_INVISIBLE}][\u0300-\u036f]+")
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)


def plain_text(text: str) -> str:
    """A name or a header line as read from the original: accents composed, invisible
    characters dropped."""
    if text.isascii() or not _ODD.search(text):
        return text
    return unicodedata.normalize("NFC", text).translate(_DROP_INVISIBLE)


# One for one: no-break and other fixed-width spaces of web pages ("23\u00a0October") become
# plain ones, which the rules' literal spaces match; «» delimit placeholders in the relation
# rules' sentence templates, so the text's own guillemets become quotes.
_SAME_WIDTH = str.maketrans({"«": '"', "»": '"', "\u00a0": " ", "\u2002": " ", "\u2003": " ",
                             "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
                             "\u202f": " ", "\u205f": " ", "\u3000": " "})
_SAME_WIDTH_CHARS = re.compile("[" + "".join(chr(c) for c in _SAME_WIDTH) + "]")


# "The Prime Minister of Tuvalu (the Honourable X) arrived", "conferred with the Foreign
# Secretary (Mrs Y) at ...": a court circular's holder of a post, in brackets after the post
# with an honorific, is read as an apposition between commas (one character for one: " (" as
# ", ", the closing bracket as a comma, or a space before punctuation)
_BRACKETED_HOLDER = re.compile(
    r"(?<=[A-Za-z])(?P<o> \()(?:the\s+(?:Right\s+)?Hon(?:ourable|\.)|Mrs|Mr|Ms|Miss|Dr|Sir|Dame|"
    r"Lord|Lady|(?:His|Her)\s+Excellency)\.?\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]+"
    r"(?P<c>\))(?P<n>.?)"
)


def _bracketed_holders(text: str) -> str:
    if " (" not in text:
        return text
    chars = list(text)
    for m in _BRACKETED_HOLDER.finditer(text):
        chars[m.start("o")], chars[m.start("o") + 1] = ",", " "
        chars[m.start("c")] = "," if m["n"] in (" ", "\n", "") else " "
    return "".join(chars)


def plain_characters(work: Working) -> Working:
    """The working copy with odd spaces and guillemets made plain (one for one), accents
    written as a letter and a combining mark ("C" and U+0302 for "Ĉ", as some exports and Mac
    files write them) composed into one character (NFC), so that names match the gazetteers'
    spelling, and invisible characters (a zero-width space inside "Ministry of\u200b Foreign
    Affairs", a soft hyphen) dropped; positions map back to the original's."""
    if _SAME_WIDTH_CHARS.search(work.text):
        work = Working(work.text.translate(_SAME_WIDTH), work.orig)
    if " (" in work.text and _BRACKETED_HOLDER.search(work.text):
        work = Working(_bracketed_holders(work.text), work.orig)
    text = work.text
    if not _ODD.search(text):
        return work
    fixes = []
    for m in _ODD_RUN.finditer(text):
        run = m.group()
        if run[0] in _INVISIBLE:
            fixes.append((m.start(), m.end(), ""))
            continue
        composed = unicodedata.normalize("NFC", run)
        if len(composed) < len(run):  # (else no composed form: left as written)
            fixes.append((m.start(), m.end(), composed))
    out = _replaced(text, fixes)
    if work.orig is None or out.orig is None:
        return out
    return Working(out.text, [work.orig[k] for k in out.orig])
