"""Name tables (countries, capitals, demonyms, multilateral bodies) and a token trie over them.

The tables live in ingest/data/*.tsv. Matching is token based (one dict look-up per token) rather
than one huge regex alternation, which keeps it fast on long articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.vocabulary import EntityType

DATA = Path(__file__).resolve().parent.parent / "data"

# Words, or single punctuation marks; hyphens and apostrophes are tokens of their own so that
# "Kazakhstan-Pakistan" yields two country tokens and "Côte d’Ivoire" matches "Cote d'Ivoire".
TOKEN = re.compile(r"\w+|[^\w\s]")

# Entry kinds.
COUNTRY = "country"  # a country's own name or official form -> alias
CAPITAL = "capital"  # stands for the government or is a place, decided per mention
DEMONYM = "demonym"  # affiliation only, never an alias
BODY = "body"  # organization / institution / project from the table
REGION = "region"  # blocks shorter matches inside ("Latin America", "West Africa")

REGIONS = (
    "Latin America", "Latin American", "South America", "South American", "North America",
    "North American", "Central America", "Central American", "Central Asia", "Central Asian",
    "South Asia", "South Asian", "Southeast Asia", "Southeast Asian", "South East Asia",
    "East Asia", "East Asian", "West Asia", "West Africa", "West African", "East Africa",
    "East African", "North Africa", "North African", "Southern Africa", "Southern African",
    "Central Africa", "Middle East", "Asia-Pacific", "Indo-Pacific", "Euro-Atlantic",
    "Horn of Africa", "Korean Peninsula", "Arabian Sea", "Persian Gulf", "South China Sea",
    "Western Balkans", "Eastern Europe", "Western Europe", "Northern Ireland", "New Guinea",
    "Sub-Saharan Africa", "Great Lakes", "Blue Pacific", "Pacific Islands", "Caribbean Sea",
    "African Continental", "Indian Ocean", "Black Sea", "Caspian Sea", "Red Sea",
)


@dataclass(frozen=True)
class Entry:
    kind: str
    key: str  # alpha-3 for country/capital/demonym, canonical name for bodies
    form: str  # the table form that matched
    body_type: EntityType | None = None


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Body:
    name: str
    acronyms: tuple[str, ...]
    variants: tuple[str, ...]
    type: EntityType


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def norm_token(tok: str, acronyms: frozenset[str] = frozenset()) -> str:
    """Look-up form of a token: accents off, curly apostrophes straight, ALL-CAPS words titled."""
    if tok in ("’", "‘", "`"):
        return "'"
    if tok in ("–", "—"):
        return "-"
    t = strip_accents(tok) if not tok.isascii() else tok
    if len(t) > 1 and t.isupper() and t.isalpha() and t not in acronyms:
        return t.capitalize()
    return t


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(";") if x.strip())


def _rows(name: str) -> Iterator[list[str]]:
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield (line.split("\t") + ["", "", "", ""])[:5]


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for iso, name, aliases, demonyms, capitals in _rows("countries.tsv"):
        out[iso] = Country(iso, name, _split(aliases), _split(demonyms), _split(capitals))
    return out


@lru_cache(maxsize=1)
def bodies() -> dict[str, Body]:
    out: dict[str, Body] = {}
    for name, acronyms, variants, kind, _ in _rows("organizations.tsv"):
        out[name] = Body(name, _split(acronyms), _split(variants), EntityType(kind.strip()))
    return out


@dataclass
class Trie:
    """First token -> candidate token sequences, longest first."""

    index: dict[str, list[tuple[tuple[str, ...], Entry]]]
    acronyms: frozenset[str]

    def add(self, form: str, entry: Entry) -> None:
        toks = tuple(norm_token(t, self.acronyms) for t in TOKEN.findall(form))
        if not toks:
            return
        bucket = self.index.setdefault(toks[0], [])
        if any(seq == toks for seq, _ in bucket):
            return  # first writer wins: explicit table rows come before generated forms
        bucket.append((toks, entry))
        bucket.sort(key=lambda item: -len(item[0]))


@lru_cache(maxsize=1)
def trie() -> Trie:
    acronyms = {a for b in bodies().values() for a in b.acronyms if a.isupper()}
    for c in countries().values():
        acronyms.update(a for a in c.aliases if a.replace(".", "").isupper() and len(a) <= 5)
    t = Trie({}, frozenset(acronyms))
    for region in REGIONS:
        t.add(region, Entry(REGION, region, region))
    for c in countries().values():
        t.add(c.name, Entry(COUNTRY, c.iso3, c.name))
        for alias in c.aliases:
            t.add(alias, Entry(COUNTRY, c.iso3, alias))
    for c in countries().values():
        # Generic official forms the table does not spell out ("Kingdom of Norway").
        for prefix in ("Republic of ", "Kingdom of ", "State of "):
            t.add(prefix + c.name, Entry(COUNTRY, c.iso3, prefix + c.name))
    for b in bodies().values():
        for form in (b.name, *b.variants):
            t.add(form, Entry(BODY, b.name, form, b.type))
            if form.startswith("UN "):  # "U.N. General Assembly": a house style's dotted UN
                t.add("U.N." + form[2:], Entry(BODY, b.name, "U.N." + form[2:], b.type))
        for acr in b.acronyms:
            t.add(acr, Entry(BODY, b.name, acr, b.type))
            # "Nato", "Asean", "Unesco": house styles that write a spoken acronym as a word
            if len(acr) >= 4 and acr.isalpha() and acr.isupper():
                t.add(acr.capitalize(), Entry(BODY, b.name, acr.capitalize(), b.type))
    for c in countries().values():
        for cap in c.capitals:
            t.add(cap, Entry(CAPITAL, c.iso3, cap))
    for c in countries().values():
        for dem in c.demonyms:
            t.add(dem, Entry(DEMONYM, c.iso3, dem))
    return t


_NORM_CACHE: dict[str, str] = {}
_FIRST: dict[str, Any] = {}  # raw word -> its tree node (None: no table form starts with it)
_UNSEEN: Any = object()


@dataclass(frozen=True)
class Match:
    start: int  # char offsets in the scanned text
    end: int
    entry: Entry


def scan(text: str) -> list[Match]:
    """All longest, non-overlapping table matches in `text`, left to right.

    Every table form starts with a capitalised word, so only those are looked up; the tokens
    after one are read only when its bucket needs them.
    """
    root, acronyms = _tree()
    out: list[Match] = []
    last = 0
    next_token = _NEXT_TOKEN.match
    for m in _CAPWORD.finditer(text):
        word = m.group()
        node = _FIRST.get(word, _UNSEEN)
        if node is _UNSEEN:
            node = root.get(_norm(word, acronyms))
            if len(_FIRST) < 200_000:
                _FIRST[word] = node
        if node is None:
            continue
        p = m.start()
        if p < last or (p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_")):
            continue
        # walk the tree as far as the text follows it; the last complete name wins (longest).
        # Tokens never cross a line break, so neither does a name.
        children, entry = node
        best, best_end = entry, m.end()
        pos = m.end()
        while children:
            tm = next_token(text, pos)
            if tm is None:
                break
            nxt = children.get(_norm(tm.group(1), acronyms))
            if nxt is None:
                break
            children, entry = nxt
            pos = tm.end()
            if entry is not None:
                best, best_end = entry, pos
        if best is not None:
            out.append(Match(p, best_end, best))
            last = best_end
    return out


_Node = tuple[dict[str, "_Node"], "Entry | None"]


@lru_cache(maxsize=1)
def _tree() -> tuple[dict[str, _Node], frozenset[str]]:
    """The table forms as a token tree: token -> (children, entry ending here)."""
    t = trie()
    root: dict[str, list[object]] = {}
    for bucket in t.index.values():
        for seq, entry in bucket:
            level = root
            node: list[object] = []
            for tok in seq:
                node = level.setdefault(tok, [{}, None])
                level = node[0]  # type: ignore[assignment]
            if node[1] is None:
                node[1] = entry

    def freeze(level: dict[str, list[object]]) -> dict[str, _Node]:
        return {k: (freeze(v[0]), v[1]) for k, v in level.items()}  # type: ignore[arg-type,misc]

    return freeze(root), t.acronyms


@lru_cache(maxsize=20_000)
def scan_name(name: str) -> tuple[Match, ...]:
    """scan() of a short string (a name), cached: the same names recur across articles."""
    return tuple(scan(name))


def _norm(tok: str, acronyms: frozenset[str]) -> str:
    n = _NORM_CACHE.get(tok)
    if n is None:
        n = norm_token(tok, acronyms)
        if len(_NORM_CACHE) < 200_000:
            _NORM_CACHE[tok] = n
    return n


_CAPWORD = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f]\w*")
_NEXT_TOKEN = re.compile(r"[^\S\n]*(\w+|[^\w\s])")


@lru_cache(maxsize=1)
def _demonym_map() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in countries().values():
        for d in c.demonyms:
            out.setdefault(strip_accents(d), []).append(c.iso3)
    return out


def demonym_countries(form: str) -> list[str]:
    """All countries a demonym may stand for ("Congolese" -> COG, COD), table order."""
    return _demonym_map().get(strip_accents(form), [])
