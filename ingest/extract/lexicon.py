"""Word lists and regex fragments shared by entity and relation rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Entries kept by the caches keyed by a sentence or text segment. Recurring sentences (agency
# boilerplate, stock phrases) are few and frequent, so a small LRU keeps nearly all the gain;
# a large one only holds one-off sentences and grows the RSS of a long ingest by tens of MiB.
SENTENCE_CACHE = 4096


def words(text: str) -> list[str]:
    """A word list written as one string."""
    return text.split()


# Every byte that is not an ASCII letter, as a space (for letter_words).
_NOT_LETTER = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def letter_words(text: str) -> list[str]:
    """re.findall(r"[A-Za-z]+", text), about twice as fast: every other character becomes a
    space (a non-ASCII one through encode's "?") and the rest is split, all in C."""
    return text.encode("ascii", "replace").translate(_NOT_LETTER).decode("ascii").split()

# Upper- and lower-case letters, Latin-1 and Latin Extended-A included ("Ünal", "Évora").
# Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese: "Trần Văn Tiến")
_LATIN = (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
UP = "A-Z" + "".join(chr(c) for c in _LATIN if chr(c).isupper())
LOW = "a-z" + "".join(chr(c) for c in _LATIN if chr(c).islower() and c != 0xD7)
APOS = "’'"

# Honorifics: stripped from names, carry no office.
HONORIFICS = [
    r"H\.\s?E\.", r"HE", r"H E", r"His Excellency", r"Her Excellency", r"Excellency",
    # ("His Majesty Sultan X": "Sultan" is also a given name, "Sultan bin Hamad Al Marri", so
    # a monarch's title only after "His Majesty")
    r"(?:His|Her)\s+Majesty(?:\s+(?:the\s+)?(?:Sultan|Emperor|Empress))?",
    r"His Royal Highness", r"Her Royal Highness", r"HRH", r"Mr\.?",
    r"Mrs\.?", r"Ms\.?", r"Mx\.?", r"Miss", r"Dr\.?", r"Prof\.?", r"Professor", r"Hon\.?",
    # ("the Prime Minister of C, the Honourable X": a court circular's style, "the Right
    # Honourable" too)
    r"(?:the\s+)?Right\s+Honou?rable", r"the\s+Honou?rable",
    r"Honourable", r"Honorable", r"Rt\.?\s+Hon\.?", r"Senator\s+the\s+Hon\.?", r"the\s+Hon\.?",
    r"Sir", r"Dame",
    r"Lyonpo", r"Lyonchhen", r"Dasho", r"Datuk\s+Seri", r"Datuk", r"Dato[’']?\s+Seri\s+Setia",
    r"Dato[’']?\s+Sri", r"Dato[’']?\s+Seri", r"Dato[’']?", r"Datin", r"Tan\s+Sri", r"Tun",
    # ("Yang Berhormat X": Malay "the Honourable", before a minister's name in Brunei, Malaysia)
    r"Yang\s+Berhormat",
    # ("MK X": a Member of the Knesset, before the name in Israeli parliamentary news)
    # ("MP X": a Member of Parliament, the same)
    r"MK", r"MP",
    r"Awang", r"Dayang", r"Pehin", r"Sheikh", r"Shaikh", r"Sheikha", r"Engr\.?", r"Madam",
    r"Mme\.?", r"Monsieur", r"Madame", r"Señor", r"Señora", r"Rev\.?", r"Reverend",
    r"Sayyid", r"Sayyida", r"Sayyidah", r"Shri", r"Smt\.?", r"Hajj?i", r"Hajj",
    # Afghan clerical honorifics ("Mawlawi X"); Burmese "U" (men) and "Daw" (women)
    r"Mawlawi", r"Mawlavi", r"Maulvi", r"Maulana", r"Daw", r"U",
    # "the Commissioner for Political Affairs, Peace and Security, Amb. X": a rank, abbreviated
    r"Amb\.",
    # clerical ranks before a name ("Archbishop Tomasz Nowak"); not "Bishop", also a surname
    r"Archbishop", r"Cardinal", r"Monsignor", r"Msgr\.?",
    # Khmer honorifics: "Samdech Moha Bovor Thipadei Hun Manet", "Lok Chumteav", "Oknha"
    r"Samdech(?:\s+(?:Akka|Moha|Bovor|Thipadei|Sena|Padei|Techo|Krala|Hom|Vibol|Panha))*",
    r"Lok\s+Chumteav", r"Oknha",
    # military and police ranks are titles, not names ("Admiral Karim Fathy")
    r"(?:Rear|Vice|Fleet)\s+Admiral", r"Admiral", r"Commodore", r"Air\s+(?:Chief\s+)?Marshal",
    r"Field\s+Marshal", r"(?:Major|Lieutenant|Brigadier)\s+General", r"Brigadier", r"Colonel",
    r"Lieutenant\s+Colonel", r"(?:Lt|Maj|Brig)\.?\s*Gen\.?", r"Col\.", r"Gen\.",
    # a bare "General" before a name ("General Somchai Wongsakul"), not a body's word
    # ("General Assembly", "General Staff", "General Directorate")
    # (not the head of a title: "Governor-General Sir X", "Secretary General X")
    r"(?<![-‐])(?<!Secretary\s)(?<!Governor\s)(?<!Attorney\s)(?<!Director\s)(?<!Consul\s)"
    r"(?<!Inspector\s)(?<!Solicitor\s)(?<!Surgeon\s)(?<!Auditor\s)(?<!Accountant\s)"
    r"General(?!\s+(?:Assembly|Staff|Secretariat|Directorate|Department|Council|Conference|"
    r"Headquarters|Command|Court|Agreement|Administration|Authority|Manager|Services|"
    r"Hospital|Prosecutor|Consul|Debate|Election|Affairs|Secretary|Counsel|Office|Inspector))",
]
HON = r"(?:" + "|".join(HONORIFICS) + r")"

# Titles: offices. Modifiers may precede the head ("Deputy Prime Minister").
_TITLE_MODS = (
    r"Deputy|Vice|Acting|Senior|Second|First|Third|Assistant|Associate|Principal|Chief|Executive|"
    r"Former|New|Foreign|Prime|Defence|Defense|Finance|Trade|Interior|Home|Cabinet|State|"
    r"Permanent|Plenipotentiary|Special|Parliamentary|Federal|National|Resident|Non-Resident|Honorary|General|"
    r"Managing|Regional|Global|Political|Economic|Military|Press|Country|Research|Junior|Under|Lord|"
    r"Foreign Affairs|Education|Health|Energy|Transport|Agriculture|Justice|Economy|Industry|"
    r"Tourism|Labour|Environment|Interim|Designate|Ambassador-at-Large|Roving|Programme|"
    # "Bangladesh's Commerce Minister, X": the portfolio before the head
    r"Commerce|"
    r"Program|Project|Communications|Media|Public|International|Premier|"
    # "French Armed Forces Minister X", "Indian External Affairs Minister Y"
    r"Armed Forces|External Affairs|Home Affairs|Foreign Trade|"
    # "the Philippines' Migrant Workers Secretary, X", "US Labor Secretary Y"
    r"Migrant Workers|Labor|Migration|"
    # "Slovak Foreign and European Affairs Minister X": two portfolios joined in one post
    r"Foreign and European Affairs"
)
_TITLE_HEADS = (
    # "Minister Delegate for Foreign Trade" (French usage): one post, not "Minister" + a name
    # "the Minister of State, Minister of Foreign Affairs, ..., X": a rank and a portfolio, one
    # post (French usage)
    r"Minister\s+of\s+State,\s+Minister(?=\s+(?:of|for)\s)|Minister[\s-]Delegate|Minister|Ambassador(?:-designate)?(?:\s+Extraordinary\s+and\s+Plenipotentiary)?|"
    r"Envoy\s+Extraordinary\s+and\s+Minister\s+Plenipotentiary|"
    r"High\s+Commissioner|Permanent\s+Representative|"
    r"Representative|Charg[ée]\s+d[’']\s?Affaires(?:\s+a\.\s?i\.|\s+ad\s+interim)?|"
    r"Consul(?:[\s-]General)?|Envoy|President|Vice[\s-]President|Premier|Pro-Vice-Chancellor|"
    r"Vice[\s-]Chancellor|Chancellor|Secretary[\s-]General|Under-Secretary|Undersecretary|Secretary|"
    # ("the Center's Chairman of the Board, X": one post, a board's chair, when no body follows)
    r"Director[\s-]General|Director|"
    # ("The Supervisor General of the I, Dr. X": a Gulf body's head)
    r"Supervisor[\s-]General|"
    r"Chair(?:man|woman|person)?\s+of\s+the\s+(?:Management\s+|Supervisory\s+|"
    r"Executive\s+)?Board(?!\s+of\b)|Chairman|Chairwoman|Chairperson|Chair|"
    r"Chief\s+Executive(?:\s+Officer)?|CEO|"
    # "Uruguay's Head of Mission to the European Union, X": a head of mission's post
    # ("The Marshal of the Sejm, X", "the Clerk of the Dáil, Y": a chamber's posts)
    # ("The Ceann Comhairle, X TD, hosted ...": the Speaker of the Dáil, in Irish)
    r"Head\s+of\s+Mission(?=\s+(?:to|of|in)\s)|Head|Speaker|Marshal|Clerk|Ceann\s+Comhairle|"
    # ("the Universidad Mayor de San Andrés": a Spanish adjective, "major", in a body's name)
    r"Governor|Mayor(?<!Universidad\sMayor)|King|"
    r"Queen|Emir|"
    r"Emperor|Empress|Crown\s+Prince|Commissioner|Counsellor|Counselor|Attach[ée]|Adviser|Advisor|"
    r"Spokesperson|Spokesman|Spokeswoman|Councillor|Councilor|Fellow|Professor|Rector|Dean|Officer|Coordinator|"
    r"Commander|Chief\s+of\s+Staff|Chief|Leader|Founder|Justice|Judge|Senator|Lawmaker|"
    r"Member\s+of\s+Parliament|"
    # "Minister of State for Foreign Affairs and Member of the Council of Ministers X": a seat on a
    # collegial body is a post of its own (in a sentence template the body is a placeholder)
    r"Member(?=\s+of\s+the\s+(?:«I\d+»|(?:Council|Cabinet|Board|Presidium|Politburo|"
    r"Political\s+Bureau|Central\s+Committee|Standing\s+Committee|Executive\s+Committee|"
    r"State\s+Council|Supreme\s+Council|Federal\s+Council)\b))|"
    r"MP|PM|Deputy|Sultan|Prince|Princess|Ombudsman|Auditor[\s-]General|"
    r"Attorney[\s-]General|Solicitor[\s-]General|Registrar|Manager|Partner|Analyst|Researcher|"
    r"Lecturer|Editor|Correspondent|Delegate|Negotiator|Emissary|Administrator|Commandant|"
    r"Superintendent|Provost|Treasurer|Comptroller|Inspector[\s-]General|"
    # lower-case heads in apposition: "Naveen Srivastava, India's envoy to Nepal"
    # "Ireland's head of mission in Lusaka, Ambassador X": the post in lower case
    r"head\s+of\s+mission(?=\s+(?:to|of|in)\s)|"
    # ("Portugal's chargé d'affaires in Tripoli, X": the post in lower case too)
    r"envoy|ambassador|high\s+commissioner|charg[ée]\s+d[’']\s?affaires|foreign\s+minister|"
    r"prime\s+minister|minister|"
    # "Foreign secretary X", "the foreign secretary": a post written in lower case after its
    # portfolio word (South Asian usage)
    r"foreign\s+secretary|secretary(?<=Foreign\ssecretary)|"
    # "its director general, X", "the university's vice-rector, X": two-word lower-case heads
    # ("the Foundation's executive director, X", "the centre's senior (distinguished) fellow, Y")
    r"director[\s-]general|deputy\s+director|executive\s+director|vice[\s-]rector|"
    r"senior\s+fellow|distinguished\s+fellow|"
    # ("the agency's resident representative in C, X": a field office's head in lower case)
    r"resident\s+representative|country\s+representative|"
    r"president|secretary-general|head|director|chairman|chairwoman|chairperson|chair|spokesperson|"
    r"spokesman|spokeswoman|adviser|advisor|professor|lecturer|researcher|fellow|dean|rector|"
    # "EU foreign affairs chief X", "the EU's energy commissioner, Y": a portfolio in lower case
    # before "commissioner" or "chief" (a bare "chief" may be an army's, so not alone)
    r"commissioner|foreign\s+(?:affairs|policy)\s+(?:chief|commissioner)|"
    + "|".join(rf"{w}\s+commissioner" for w in (
        "energy", "trade", "health", "justice", "economy", "economic", "climate", "agriculture",
        "enlargement", "budget", "competition", "migration", "transport", "digital",
        r"defen[cs]e", "finance", r"home\s+affairs", "environment"))
)


def branches(alternation: str) -> list[str]:
    """The top-level branches of a regex alternation (the | outside groups and classes)."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


def by_first_letter(alternation: str) -> str:
    """The same alternation with its branches grouped under their first letter, in their
    order: re tries one literal per group instead of every branch (same matches, since two
    branches that start with different letters never both match at one position)."""
    groups: dict[str, list[str]] = {}
    for b in branches(alternation):
        assert b[:1].isalpha(), b
        groups.setdefault(b[0], []).append(b[1:])
    return "|".join(k + (f"(?:{'|'.join(v)})" if len(v) > 1 else v[0]) for k, v in groups.items())


def lead_words(alternation: str) -> frozenset[str]:
    """The [A-Za-z]+ word each branch starts with ("Charg" and "Charge" for Charg[ée]): a
    text in which the alternation matches has one of them as a whole [A-Za-z]+ word."""
    out: set[str] = set()
    for b in branches(alternation):
        m = re.match(r"[A-Za-z]+", b)
        assert m is not None, b
        out.add(m.group())
        if b[m.end() :].startswith("[ée]"):
            out.add(m.group() + "e")
    return frozenset(out)


TITLE = (
    rf"(?:(?:{by_first_letter(_TITLE_MODS)})[\s-]+)*(?:{by_first_letter(_TITLE_HEADS)})(?!\w)"
)
TITLE_RE = re.compile(TITLE)
# (not the inner words of "Foreign and European Affairs": its "Foreign" is the title's word)
TITLE_WORDS = frozenset(re.findall(r"[A-Za-z][A-Za-z\-]+", _TITLE_MODS + "|" + _TITLE_HEADS)) - {
    "and", "European"}
# Every TITLE match holds one of these as a whole [A-Za-z]+ word (its head's first word):
# patterns that need a post are skipped on sentences without any.
TITLE_HEAD_WORDS = lead_words(_TITLE_HEADS)
# Heads of mission: AMBASSADOR_OF the sending side, ACCREDITED_TO the receiving side.
HEAD_OF_MISSION = re.compile(
    # (a "Special Envoy on Myanmar" is sent on a question, to no state: no head of mission)
    r"\b(?:Ambassador|High\s+Commissioner|(?:Permanent|Plenipotentiary)\s+Representative|"
    r"(?<![Ss]pecial\s)Envoy|(?<![Dd]eputy\s)(?<![Dd]eputy-)Head\s+of\s+Mission|"
    r"(?<![Ss]pecial\s)envoy|ambassador|high\s+commissioner|"
    r"(?<![Dd]eputy\s)(?<![Dd]eputy-)head\s+of\s+mission)\b"
)
CHARGE = re.compile(r"\bCharg[ée]\s+d[’']\s?Affaires\b", re.I)

# Capitalised words that belong to a portfolio ("Minister of Foreign Affairs and Cooperation"),
# never to a person's name.
PORTFOLIO_WORDS = frozenset(
    words(
        """Foreign Affairs Trade Development Cooperation Co-operation Integration Industry
        Industries Energy Mining Mines Transport Transportation Logistics Labour Labor
        Employment Productivity Industrial Relations Defence Defense Finance Economy
        Economic Planning Interior Home Justice Health Education Culture Cultural Tourism
        Agriculture Environment Climate Change Commerce Investment Investments
        Communications Communication Information Technology Technologies Science Innovation
        Youth Sports Sport Women Gender Works Infrastructure Housing Water Fisheries
        Transition Sustainable Public Service Services Diaspora Immigration Security
        National Research Higher Digital Social Welfare Family Children Rural Urban Local
        Government Legal Parliamentary Constitutional Land Lands Resources Natural Petroleum
        Oil Gas Power Electricity Maritime Ocean Oceans Marine Blue Aviation Civil Veterans
        Heritage Arts Media Broadcasting Telecommunications Post Posts Budget Treasury
        Revenue Customs Monetary Fiscal Statistics Cooperatives Small Medium Enterprises Business
        Consumer Production Ecological
        Protection Disaster Management Emergency Relief Humanitarian Human Rights Peace
        Reconciliation Unity Religious Minority Minorities Indigenous Multilateral Bilateral
        Political Strategic Policy Administration Reform Modernisation Modernization Metals
        Export Exports External International Overseas Worship Coordination Monitoring
        Evaluation Training
        Vocational Skills Manpower Population Food Crops Livestock Forestry Forests Wildlife
        Parks Antiquities Construction Roads Highways Railways Ports Shipping ICT IT Promotion
        Artisanal Handicrafts Crafts
        International Regional Aid Affairs State Cabinet Office Presidency Prime Americas
        Europe European Asia Asian Africa African Pacific Caribbean Commonwealth Middle East
        Gulf Arab Latin Consular Protocol Studies Strategy Operations Finance Trade
        Portfolio Competitiveness Entrepreneurship Islamic Endowments Awqaf Hajj Haj Umrah
        Solidarity Solidarities Communities Community Equality Sustainability Defence
        Diplomacy Partnerships Migrant Migrants Workers Refugees
        Intelligence Police Internal Home Border Borders Migration Citizenship
        Digitalisation Digitalization Transformation Economy Affairs Biosecurity Worship
        External Internal Religion Irrigation Sanitation Hygiene Urbanisation Urbanization
        Minerals Mineral Hydrocarbons Renewable Nuclear Space Aerospace Cyber Cybersecurity
        Veterinary Animal Plantation Plantations Aquaculture Agribusiness Disabilities Elderly
        Textiles Handicrafts Recreation Leisure Physical Survey Marine Resources Livestock
        Expatriates Emigrants Emigration Law Laws Supply Supplies Corporate
        Scientific Technical Technological Humanities States Diplomatic Mobility
        Sciences Cultures Decolonization Decolonisation Depatriarchalization
        South West North Southern Western Northern Eastern Central America Country Programs
        Programmes Knowledge Wellness Wellbeing Adaptation Mitigation Resilience Preparedness
        Insular Taxation Production Basic Primary Secondary Tertiary Geology Quarries Habitat
        Hydraulics Recovery Ecological Correctional Corrections"""
    )
)

# Lower-case connectors that may sit inside a multi-word proper name.
CONNECTORS = frozenset(
    words(
        """of for and on the de du des la le da do dos das del della di van von der den naar &
        e y al el bin binti bint ibn ter ten zu"""
    )
)
NAME_PARTICLES = r"(?:bin|binti|bint|ibn|van|von|der|den|de|da|do|dos|das|del|della|di|du|la|le|"
NAME_PARTICLES += r"al|el|Al|El|ter|ten|zu|y|e|Ó)"

MONTH_WORDS = frozenset(
    words(
        """January February March April May June July August September October November
        December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday
        Thursday Friday Saturday Sunday"""
    )
)
# Capitalised words that never start or make up a person's name.
NOT_NAME = frozenset(
    words(
        """The This That These Those In On At During After Before Following Both Two His Her
        Their Its He She They It We I You Our Your My Mr Mrs Ms Dr Prof Minister Ministers
        Ambassador President Secretary Director General Speaker Government Republic Kingdom
        State States Embassy Ministry Parliament Institute University Council Commission
        Committee Centre Center Agency Office Department Union Organization Organisation
        Community Forum Alliance Group Bank According Speaking Referring Delivering Looking
        Later Earlier Today Yesterday Also However Meanwhile Moreover Furthermore And But Or
        If When While As For With From To By Of Senior Junior Deputy Vice Prime Foreign
        Chief Head Executive High Commissioner Envoy Chair Chairman Premier King Queen
        Prince Princess Emir Crown Mission Permanent Representative Consul Chargé Charge
        Lecture Lectures Talk Talks Meeting Summit Conference Session Seminar Dialogue Press
        Release News Report Photo Share Related Read More Tags Contact Post Media Business
        Politics Opinion Sports National International Regional Global World Home Events
        Event New Old Many Some Several Each Every All No Not Yes Please Thank Thanks Dear
        Welcome Under Over Into Through Across Along Among Between Within Without Against
        Since Until Upon Via Federal Democratic People Peoples Islamic Socialist Independent
        Co-operative Cooperative Plurinational Bolivarian Oriental Federative United
        Hashemite Sultanate Principality Grand Duchy Union Federation Commonwealth
        Excellency Majesty Highness Hon Honourable Senator Fellow Research Professor Rector
        Dean Programme Program Project Agreement Treaty Memorandum Highway Railway Road
        Corridor Initiative Partnership Framework Strategy Plan Area Zone"""
    )
) | MONTH_WORDS | PORTFOLIO_WORDS


def literal_anchor(words: Iterable[str], extra: Iterable[str] = ()) -> str:
    """An alternation of literal words grouped by first letter, which Python's re scans fast
    (it skips every position whose character starts no word)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    parts = [
        re.escape(k) + "(?:" + "|".join(sorted(v, key=lambda w: (-len(w), w))) + ")"
        for k, v in sorted(groups.items())
    ]
    return "|".join([*extra, *parts])


class Anchored:
    """A regex tried only where a cheap anchor regex matches, at word starts.

    Python's re scans a pattern that opens with an optional group or a long alternation by
    trying every branch at every character; these patterns are instead tried at a handful of
    candidate positions found by an anchor with a literal or character-class prefix. When the
    anchor has a group named "at", the pattern is tried where that group starts.
    """

    def __init__(self, rx: re.Pattern[str], anchor: str, word_start: bool = True,
                 fused: bool = False) -> None:
        self.rx = rx
        self.anchor = re.compile(anchor)
        self.word_start = word_start
        self.at = "at" in self.anchor.groupindex
        # Fused: one regex that checks the anchor as a lookahead at each position, all in C.
        # Faster than the Python loop below when the anchor matches often (every "the").
        self.fused: re.Pattern[str] | None = None
        if fused and not self.at:
            start = r"(?<!\w)" if word_start else ""
            self.fused = re.compile(f"{start}(?={anchor})(?:{rx.pattern})", rx.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[
        re.Match[str]
    ]:
        end = len(text) if endpos is None else endpos
        if self.fused is not None:
            return self.fused.finditer(text, pos, end)
        return self._finditer(text, pos, end)

    def _finditer(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        last = pos
        for a in self.anchor.finditer(text, pos, end):
            p = a.start("at") if self.at else a.start()
            if p < last:
                continue
            if self.word_start and p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):
                continue
            m = self.rx.match(text, p, end)
            if m:
                yield m
                last = m.end() if m.end() > p else p + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.rx.groupindex)


class Cues:
    """Families of cue strings, checked all at once: which families a lower-cased text triggers.

    A cue is a substring of one word ("operat" in "cooperation") or a phrase with a space
    ("brings together"). Each distinct word is looked at once and remembered as a bit mask, so
    checking a sentence is a split and a few dictionary look-ups instead of one regex pass per
    family.
    """

    def __init__(self, families: Iterable[tuple[str, ...]]) -> None:
        fams = list(families)
        self.words = [(1 << i, tuple(c for c in f if " " not in c)) for i, f in enumerate(fams)]
        self.phrases = [(1 << i, tuple(c for c in f if " " in c)) for i, f in enumerate(fams)]
        self.phrases = [(bit, p) for bit, p in self.phrases if p]
        self._seen: dict[str, int] = {}
        # most new words (names, numbers) hold no cue: one regex pass rules them out (the cues
        # grouped by first letter: ~4x faster than one branch per cue)
        self._any = re.compile(literal_anchor({c for _, cs in self.words for c in cs}))
        # and most sentences hold no phrase: one look for any instead of one per family (one
        # regex grouped by first letter: half the time of a substring test per phrase)
        phrases = {p for _, ps in self.phrases for p in ps}
        self._any_phrase = re.compile(literal_anchor(phrases)) if phrases else None

    def _word(self, w: str) -> int:
        mask = 0
        if self._any.search(w) is None:
            if len(self._seen) < 100_000:
                self._seen[w] = 0
            return 0
        for bit, cues in self.words:
            for c in cues:
                if c in w:
                    mask |= bit
                    break
        if len(self._seen) < 100_000:
            self._seen[w] = mask
        return mask

    def mask(self, low: str) -> int:
        seen = self._seen
        mask = 0
        ws = low.split()
        masks: set[int | None] = set(map(seen.get, ws))  # a handful of distinct masks
        if None in masks:  # some word not seen yet
            masks = {seen[w] if w in seen else self._word(w) for w in set(ws)}
        for m in masks:
            mask |= m or 0
        if self._any_phrase is None or self._any_phrase.search(low) is None:
            return mask
        for bit, phrases in self.phrases:
            if not mask & bit and any(p in low for p in phrases):
                mask |= bit
        return mask
