"""The invented world behind the benchmark corpus: countries, people, bodies, projects.

Every fact is a pure function of (seed, key) through a stable hash, never of RNG state, so any
article (and any shard, in any process) can be written independently and still agree with every
other article about who held which post in which year and when two countries established ties.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

# Short names where pycountry's are inverted or carry parentheses (text would read badly).
NAME_OVERRIDES: dict[str, str] = {
    "BES": "Bonaire",
    "BRN": "Brunei",
    "CCK": "Cocos Islands",
    "COD": "Democratic Republic of the Congo",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "MAF": "Saint Martin",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SXM": "Sint Maarten",
    "TWN": "Taiwan",
    "VAT": "Holy See",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
}
OFFICIAL_OVERRIDES: dict[str, str] = {"RUS": "Russian Federation", "BRN": "Brunei Darussalam"}

# Our own small capital table: capitals give datelines, embassy seats and capital-for-government
# metonymy. Countries left out simply get none of those.
CAPITALS: dict[str, str] = {
    "AFG": "Kabul", "ALB": "Tirana", "DZA": "Algiers", "AGO": "Luanda", "ARG": "Buenos Aires",
    "ARM": "Yerevan", "AUS": "Canberra", "AUT": "Vienna", "AZE": "Baku", "BGD": "Dhaka",
    "BLR": "Minsk", "BEL": "Brussels", "BTN": "Thimphu", "BOL": "La Paz", "BRA": "Brasilia",
    "BRN": "Bandar Seri Begawan", "BGR": "Sofia", "KHM": "Phnom Penh", "CMR": "Yaounde",
    "CAN": "Ottawa", "CHL": "Santiago", "CHN": "Beijing", "COL": "Bogota", "HRV": "Zagreb",
    "CUB": "Havana", "CYP": "Nicosia", "CZE": "Prague", "DNK": "Copenhagen", "EGY": "Cairo",
    "EST": "Tallinn", "ETH": "Addis Ababa", "FJI": "Suva", "FIN": "Helsinki", "FRA": "Paris",
    "GEO": "Tbilisi", "DEU": "Berlin", "GHA": "Accra", "GRC": "Athens", "GTM": "Guatemala City",
    "HUN": "Budapest", "ISL": "Reykjavik", "IND": "New Delhi", "IDN": "Jakarta", "IRN": "Tehran",
    "IRQ": "Baghdad", "IRL": "Dublin", "ISR": "Jerusalem", "ITA": "Rome", "JAM": "Kingston",
    "JPN": "Tokyo", "JOR": "Amman", "KAZ": "Astana", "KEN": "Nairobi", "KWT": "Kuwait City",
    "KGZ": "Bishkek", "LAO": "Vientiane", "LVA": "Riga", "LBN": "Beirut", "LTU": "Vilnius",
    "LUX": "Luxembourg", "MYS": "Kuala Lumpur", "MDV": "Male", "MLT": "Valletta",
    "MEX": "Mexico City", "MNG": "Ulaanbaatar", "MAR": "Rabat", "MOZ": "Maputo",
    "MMR": "Naypyidaw", "NPL": "Kathmandu", "NLD": "Amsterdam", "NZL": "Wellington",
    "NGA": "Abuja", "NOR": "Oslo", "OMN": "Muscat", "PAK": "Islamabad", "PAN": "Panama City",
    "PNG": "Port Moresby", "PRY": "Asuncion", "PER": "Lima", "PHL": "Manila", "POL": "Warsaw",
    "PRT": "Lisbon", "QAT": "Doha", "ROU": "Bucharest", "RUS": "Moscow", "RWA": "Kigali",
    "SAU": "Riyadh", "SEN": "Dakar", "SRB": "Belgrade", "SGP": "Singapore", "SVK": "Bratislava",
    "SVN": "Ljubljana", "ZAF": "Pretoria", "KOR": "Seoul", "ESP": "Madrid", "LKA": "Colombo",
    "SWE": "Stockholm", "CHE": "Bern", "TJK": "Dushanbe", "TZA": "Dodoma", "THA": "Bangkok",
    "TON": "Nuku'alofa", "TUN": "Tunis", "TUR": "Ankara", "TKM": "Ashgabat", "UGA": "Kampala",
    "UKR": "Kyiv", "ARE": "Abu Dhabi", "GBR": "London", "USA": "Washington",
    "URY": "Montevideo", "UZB": "Tashkent", "VEN": "Caracas", "VNM": "Hanoi", "ZMB": "Lusaka",
    "ZWE": "Harare", "WSM": "Apia", "SUR": "Paramaribo", "GUY": "Georgetown", "CPV": "Praia",
    "TLS": "Dili", "CIV": "Yamoussoukro", "ECU": "Quito", "BHR": "Manama", "NAM": "Windhoek",
    "BWA": "Gaborone", "MLI": "Bamako", "NER": "Niamey", "TCD": "N'Djamena", "SDN": "Khartoum",
}

SYLLABLES = (
    "ka", "ren", "dal", "mir", "to", "va", "sen", "lo", "ri", "an", "el", "os", "ba", "zu", "nik",
    "tra", "mel", "dor", "fa", "gi", "hal", "is", "jo", "ku", "lem", "na", "or", "pe", "sa", "tu",
    "ve", "wen", "ya", "bro", "cal", "dev", "fin", "gar", "hen", "ilo", "jak", "kes", "lun",
    "mar", "nor", "ost", "pal", "rad", "sol", "tam", "ul", "var", "yel", "zor", "ama", "bel",
    "cor", "dan", "esk", "fer", "gol", "hur",
)
SURNAME_ENDS = ("", "", "", "ov", "sen", "ani", "ez", "ura", "berg", "ito", "oglu", "ski", "ada")
TITLES_BY_GENDER = {"m": ("Mr.", "He", "his"), "f": ("Ms.", "She", "her")}

INSTITUTE_PATTERNS = (
    ("{c} Institute of International Affairs", True),
    ("Institute of Strategic Studies {cap}", True),
    ("{c} Council on Foreign Relations", True),
    ("National University of {c}", False),
    ("{c} Academy of Diplomacy", False),
    ("{s} Institute for Peace and Development", True),
    ("{c} Centre for {w} Studies", True),
    ("{c} Institute of Economic Research", True),
    ("{s} School of Public Policy", False),
)
REGION_WORDS = (
    "Meridian", "Northern Rim", "Equatorial", "Highland", "Coastal", "Monsoon", "Steppe",
    "Archipelagic", "Riverine", "Southern Ocean", "Caravan", "Littoral", "Savannah", "Boreal",
    "Mid-Ocean", "Delta", "Plateau", "Isthmus", "Lagoon", "Cordillera",
)
ORG_PATTERNS = (
    "{w} Cooperation Council", "Organisation of {w} States", "{w} Economic Community",
    "{w} Development Forum", "Association of {w} Nations", "{w} Security Dialogue",
    "{w} Trade Alliance", "Conference of {w} Partners",
)
INITIATIVE_PATTERNS = (
    "{w} Connectivity Initiative", "{w} Green Corridor Programme", "{w} Digital Partnership",
    "{w} Maritime Security Program", "{w} Food Security Framework", "{w} Clean Energy Initiative",
)
CORRIDOR_KINDS = (
    "Economic Corridor", "Trade Corridor", "Energy Partnership", "Railway Link",
    "Gas Pipeline", "Digital Bridge", "Joint Commission", "Development Fund",
)
AGREEMENT_TOPICS = (
    "Air Services", "Visa Exemption", "Avoidance of Double Taxation", "Cultural Exchange",
    "Investment Protection", "Maritime Cooperation", "Customs Cooperation", "Health Cooperation",
    "Higher Education", "Agricultural Research", "Renewable Energy", "Tourism",
    "Youth and Sports", "Science and Technology", "Disaster Management", "Judicial Assistance",
    "Fisheries", "Digital Economy", "Mining and Geology", "Water Resources",
)
STOP_INITIALS = {"of", "for", "on", "and", "the", "in"}


def stable_hash(*parts: object) -> int:
    """64 bits from the parts' text: stable across runs and processes (unlike hash())."""
    joined = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(joined, digest_size=8).digest(), "big")


def acronym(name: str) -> str:
    words = name.replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in STOP_INITIALS and w[0].isalpha())


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    official: str | None
    capital: str | None


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    surname: str
    gender: str

    @property
    def honorific(self) -> str:
        return TITLES_BY_GENDER[self.gender][0]

    @property
    def pronoun(self) -> str:
        return TITLES_BY_GENDER[self.gender][1]

    @property
    def possessive(self) -> str:
        return TITLES_BY_GENDER[self.gender][2]


@dataclass(frozen=True)
class Body:
    """An institution, organization or project: a name, a type and maybe an acronym."""

    name: str
    type: str  # Institution | Organization | Project
    acronym: str | None = None
    country: str | None = None


@dataclass
class World:
    seed: int
    countries: list[Country] = field(default_factory=list)
    by_code: dict[str, Country] = field(default_factory=dict)
    cum_weights: list[float] = field(default_factory=list)
    orgs: list[Body] = field(default_factory=list)
    initiatives: list[Body] = field(default_factory=list)
    _cache: dict[tuple[str, str], list[Body]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, seed: int) -> World:
        w = cls(seed)
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            code = c.alpha_3
            name = NAME_OVERRIDES.get(code) or getattr(c, "common_name", None) or c.name
            official = OFFICIAL_OVERRIDES.get(code) or getattr(c, "official_name", None)
            if official and ("," in official or "(" in official or official == name):
                official = None
            if official and official.startswith("the "):
                official = official[4:]
            capital = CAPITALS.get(code)
            # A capital spelt like its country (Singapore) would give two entities one name.
            w.countries.append(Country(code, name, official, None if capital == name else capital))
        w.by_code = {c.code: c for c in w.countries}
        # Zipf-like popularity over a seed-shuffled order: a few countries appear in many
        # articles (repeated facts, dense neighbourhoods), most in a few.
        order = sorted(w.countries, key=lambda c: stable_hash(seed, "pop", c.code))
        # Countries in our capital table (sovereign states) weigh 4x: territories stay rare.
        weight = {c.code: (4.0 if c.capital else 1.0) / (rank + 8) ** 0.9
                  for rank, c in enumerate(order)}
        w.cum_weights = list(itertools.accumulate(weight[c.code] for c in w.countries))
        for i in range(40):
            word = REGION_WORDS[i % len(REGION_WORDS)]
            pattern = ORG_PATTERNS[stable_hash(seed, "org", i) % len(ORG_PATTERNS)]
            name = pattern.format(w=word)
            if any(o.name == name for o in w.orgs):
                continue
            w.orgs.append(Body(name, "Organization", acronym(name)))
        w.orgs.insert(0, Body("United Nations", "Organization", "UN"))
        for i, word in enumerate(REGION_WORDS):
            pattern = INITIATIVE_PATTERNS[stable_hash(seed, "ini", i) % len(INITIATIVE_PATTERNS)]
            name = pattern.format(w=word)
            w.initiatives.append(Body(name, "Project", acronym(name)))
        return w

    # --- people -----------------------------------------------------------------------------

    def person(self, key: str) -> Person:
        return _person(self.seed, key)

    def ambassador(self, sending: str, receiving: str, year: int) -> Person:
        """Head of mission of `sending` in `receiving`: a new one every 4 years (offset per
        pair)."""
        offset = stable_hash(self.seed, "ambo", sending, receiving) % 4
        term = (year + offset) // 4
        return self.person(f"amb/{sending}/{receiving}/{term}")

    def foreign_minister(self, code: str, year: int) -> Person:
        """A 5-year term; the minister was, just before, the country's ambassador somewhere, so
        the same person shows up under two posts in articles of different years."""
        offset = stable_hash(self.seed, "fmo", code) % 5
        term = (year + offset) // 5
        start = term * 5 - offset
        partner = self.countries[stable_hash(self.seed, "fmp", code, term) % len(self.countries)]
        if partner.code == code:
            return self.person(f"fm/{code}/{term}")
        return self.ambassador(code, partner.code, start - 1)

    def minister(self, code: str, portfolio: str, year: int) -> Person:
        term = (year + stable_hash(self.seed, "mo", code, portfolio) % 4) // 4
        return self.person(f"min/{code}/{portfolio}/{term}")

    def director(self, body: Body, year: int) -> Person:
        term = (year + stable_hash(self.seed, "do", body.name) % 6) // 6
        return self.person(f"dir/{body.name}/{term}")

    def head_title(self, body: Body) -> str:
        """'Director' or 'President': fixed per body, so every article agrees."""
        return "Director" if stable_hash(self.seed, "head", body.name) % 2 else "President"

    # --- bodies -----------------------------------------------------------------------------

    def institutes(self, code: str) -> list[Body]:
        key = ("inst", code)
        if key not in self._cache:
            self._cache[key] = _institutes(self, code)
        return self._cache[key]

    def ministry(self, code: str) -> Body:
        return Body(f"Ministry of Foreign Affairs of {self.by_code[code].name}", "Institution",
                    None, code)

    def embassy(self, code: str) -> Body:
        return Body(f"Embassy of {self.by_code[code].name}", "Institution", None, code)

    def memberships(self, code: str) -> list[Body]:
        """The UN for everyone, then each invented organization for ~12% of countries."""
        key = ("mem", code)
        if key not in self._cache:
            self._cache[key] = [self.orgs[0]] + [
                o for o in self.orgs[1:] if stable_hash(self.seed, "mem", o.name, code) % 100 < 12
            ]
        return self._cache[key]

    def joined(self, org: Body, code: str) -> int:
        return 1950 + stable_hash(self.seed, "joined", org.name, code) % 70

    def initiatives_of(self, code: str) -> list[Body]:
        key = ("ini", code)
        if key not in self._cache:
            self._cache[key] = [
                i for i in self.initiatives if stable_hash(self.seed, "ini", i.name, code) % 6 == 0
            ]
        return self._cache[key]

    def corridor(self, a: str, b: str) -> Body:
        """The pair's flagship project; named in the order the pair first sorted."""
        x, y = sorted((a, b))
        kind = CORRIDOR_KINDS[stable_hash(self.seed, "cor", x, y) % len(CORRIDOR_KINDS)]
        name = f"{self.by_code[x].name}-{self.by_code[y].name} {kind}"
        short = None if stable_hash(self.seed, "cora", x, y) % 2 else acronym(name)
        return Body(name, "Project", short)

    def established(self, a: str, b: str) -> dt.date:
        x, y = sorted((a, b))
        h = stable_hash(self.seed, "est", x, y)
        return dt.date(1950 + h % 70, 1 + (h >> 8) % 12, 1 + (h >> 16) % 28)

    def recognized(self, a: str, b: str) -> tuple[str, str, dt.date]:
        """(recogniser, recognised, date): a few weeks before ties were established."""
        x, y = sorted((a, b))
        first, second = (x, y) if stable_hash(self.seed, "recdir", x, y) % 2 else (y, x)
        return first, second, self.established(a, b) - dt.timedelta(
            days=20 + stable_hash(self.seed, "recd", x, y) % 300)

    def ties_cooperation_since(self, a: str, b: str) -> int:
        est = self.established(a, b).year
        return est + 1 + stable_hash(self.seed, "coop", *sorted((a, b))) % 25


@lru_cache(maxsize=200_000)
def _person(seed: int, key: str) -> Person:
    h = stable_hash(seed, "person", key)
    parts = []
    n_given = 2 + (h % 5 == 0)
    for i in range(n_given):
        parts.append(SYLLABLES[(h >> (6 * i + 3)) % len(SYLLABLES)])
    given = "".join(parts).capitalize()
    h2 = stable_hash(seed, "surname", key)
    n_sur = 2 + (h2 % 3 == 0)
    sur = "".join(SYLLABLES[(h2 >> (6 * i + 2)) % len(SYLLABLES)] for i in range(n_sur))
    sur = (sur + SURNAME_ENDS[(h2 >> 40) % len(SURNAME_ENDS)]).capitalize()
    gender = "f" if (h >> 50) % 2 else "m"
    return Person(key, f"{given} {sur}", sur, gender)


def _institutes(world: World, code: str) -> list[Body]:
    country = world.by_code[code]
    out: list[Body] = []
    for slot in range(2):
        h = stable_hash(world.seed, "inst", code, slot)
        pattern, with_acronym = INSTITUTE_PATTERNS[h % len(INSTITUTE_PATTERNS)]
        if "{cap}" in pattern and not country.capital:
            pattern, with_acronym = INSTITUTE_PATTERNS[0]
        founder = world.person(f"founder/{code}/{slot}").surname
        word = REGION_WORDS[(h >> 12) % len(REGION_WORDS)]
        name = pattern.format(c=country.name, cap=country.capital or "", s=founder, w=word)
        if any(b.name == name for b in out):
            name = f"{country.name} Institute of Regional Studies"
        out.append(Body(name, "Institution", acronym(name) if with_acronym else None, code))
    return out
