"""A small deterministic article generator for the reliability tests.

Two kinds of output, both a pure function of (seed, index) so that any process (a resumed run, one
shard of many) regenerates exactly the same articles without sharing state:

- `record(seed, i)`: a ready `ArticleRecord` (entities + claims, no extractor involved) for tests
  that drive `store.write_articles` directly;
- `text_article(seed, i)`: a JSON-able news article in plain English for tests that go through
  the readers, the extractor and the `diplograph ingest` CLI.

Entities are drawn from small shared pools so that articles overlap (relations fold claims from
several articles, entities get names from several mentions), which is what makes delete/re-add and
concurrent writes interesting.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graph.dates import PartialDate
from graph.model import Article, ArticleRecord, Claim, DateSource, Entity, article_id, entity_id
from graph.vocabulary import PREDICATES, EntityType

# alpha-3, name, demonym, capital
COUNTRIES: list[tuple[str, str, str, str]] = [
    ("KAZ", "Kazakhstan", "Kazakh", "Astana"),
    ("PAK", "Pakistan", "Pakistani", "Islamabad"),
    ("CHN", "China", "Chinese", "Beijing"),
    ("UZB", "Uzbekistan", "Uzbek", "Tashkent"),
    ("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("TJK", "Tajikistan", "Tajik", "Dushanbe"),
    ("TKM", "Turkmenistan", "Turkmen", "Ashgabat"),
    ("AFG", "Afghanistan", "Afghan", "Kabul"),
    ("IND", "India", "Indian", "New Delhi"),
    ("IRN", "Iran", "Iranian", "Tehran"),
    ("TUR", "Turkey", "Turkish", "Ankara"),
    ("RUS", "Russia", "Russian", "Moscow"),
    ("DEU", "Germany", "German", "Berlin"),
    ("FRA", "France", "French", "Paris"),
    ("JPN", "Japan", "Japanese", "Tokyo"),
    ("KOR", "South Korea", "Korean", "Seoul"),
    ("SAU", "Saudi Arabia", "Saudi", "Riyadh"),
    ("EGY", "Egypt", "Egyptian", "Cairo"),
    ("BRA", "Brazil", "Brazilian", "Brasilia"),
    ("IDN", "Indonesia", "Indonesian", "Jakarta"),
]
FIRST = ["Yerzhan", "Aidos", "Tariq", "Ali", "Nadia", "Saule", "Bilal", "Dana", "Omar", "Asel",
         "Kamran", "Madina", "Farid", "Zarina", "Imran", "Gulnara"]
LAST = ["Kistafin", "Serikbayev", "Mehmood", "Khan", "Abenova", "Qureshi", "Nurlanova", "Malik",
        "Tokayev", "Baig", "Ospanov", "Hashmi"]
INSTITUTIONS = ["Institute of Strategic Studies", "Ministry of Foreign Affairs",
                "National University of Sciences", "Chamber of Commerce and Industry",
                "Centre for Regional Studies", "Academy of Diplomacy"]
PROJECTS = ["Economic Corridor", "Transit Trade Agreement", "Energy Programme",
            "Railway Initiative", "Memorandum on Culture", "Digital Silk Road"]
CITIES = ["Almaty", "Lahore", "Karachi", "Mombasa", "Nadi"]
ORGS = [("Shanghai Cooperation Organisation", "SCO"), ("United Nations", "UN"),
        ("Economic Cooperation Organization", "ECO"),
        ("Organisation of Islamic Cooperation", "OIC"),
        ("Conference on Interaction and Confidence Building Measures in Asia", "CICA")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _countries() -> list[Entity]:
    return [Entity(entity_id(EntityType.COUNTRY, code), EntityType.COUNTRY, name, (capital,))
            for code, name, _, capital in COUNTRIES]


def _people() -> list[Entity]:
    out = []
    for i, first in enumerate(FIRST):
        last = LAST[i % len(LAST)]
        full = f"{first} {last}"
        out.append(Entity(entity_id(EntityType.PERSON, full), EntityType.PERSON, full, (last,)))
    return out


def _named(kind: EntityType, names: Iterable[tuple[str, str | None]]) -> list[Entity]:
    return [Entity(entity_id(kind, name), kind, name, (alias,) if alias else ())
            for name, alias in names]


POOL: dict[EntityType, list[Entity]] = {
    EntityType.COUNTRY: _countries(),
    EntityType.PERSON: _people(),
    EntityType.INSTITUTION: _named(EntityType.INSTITUTION, [(n, None) for n in INSTITUTIONS]),
    EntityType.PROJECT: _named(EntityType.PROJECT, [(n, None) for n in PROJECTS]),
    EntityType.ORGANIZATION: _named(EntityType.ORGANIZATION, ORGS),
    EntityType.CITY: _named(EntityType.CITY, [(n, None) for n in CITIES]),
}


def _date(rng: random.Random, low: int = 1991, high: int = 2024) -> PartialDate:
    year = rng.randint(low, high)
    roll = rng.random()
    if roll < 0.3:
        return PartialDate(year)
    month = rng.randint(1, 12)
    if roll < 0.6:
        return PartialDate(year, month)
    return PartialDate(year, month, rng.randint(1, 28))


def _pick(rng: random.Random, kinds: frozenset[EntityType], avoid: str | None = None) -> Entity:
    kind = rng.choice(sorted(kinds, key=lambda k: k.value))
    choices = [e for e in POOL[kind] if e.id != avoid]
    return rng.choice(choices)


def _rng(seed: int, i: int, salt: str = "") -> random.Random:
    return random.Random(f"{seed}:{i}:{salt}")


def record(seed: int, i: int, max_claims: int = 6) -> ArticleRecord:
    """Article number i of corpus `seed`: 1..max_claims claims, each stated by its own sentence."""
    rng = _rng(seed, i, "record")
    names = sorted(PREDICATES)
    facts = []
    for _ in range(rng.randint(1, max_claims)):
        pred = PREDICATES[rng.choice(names)]
        subject = _pick(rng, pred.subjects)
        obj = _pick(rng, pred.objects, avoid=subject.id)
        date = _date(rng) if rng.random() < 0.75 else None
        facts.append((pred.name, subject, obj, date))
    header = f"Generated report {seed}-{i}."
    sentences = [f"{s.name} {p.lower().replace('_', ' ')} {o.name}"
                 + (f" in {d}." if d else ".") for p, s, o, d in facts]
    text = " ".join([header, *sentences])
    aid = article_id(text)
    claims = []
    offset = len(header) + 1
    entities: dict[str, Entity] = {}
    for index, ((pred_name, subject, obj, date), sentence) in enumerate(
            zip(facts, sentences, strict=True)):
        # Some articles call an entity by its alias: folding then has to pick the majority name.
        for e in (subject, obj):
            if e.aliases and rng.random() < 0.15:
                entities[e.id] = Entity(e.id, e.type, e.aliases[0], (e.name,))
            else:
                entities.setdefault(e.id, e)
        claims.append(Claim(
            article_id=aid, predicate=pred_name, subject=subject.id, object=obj.id,
            sentence=sentence, sentence_index=index + 1, char_start=offset,
            char_end=offset + len(sentence), rule=f"gen.{pred_name.lower()}", date=date,
            date_source=DateSource.SENTENCE if date else DateSource.NONE,
            confidence=round(0.5 + rng.random() / 2, 3),
        ))
        offset += len(sentence) + 1
    published = _date(rng, 2015, 2024)
    article = Article(id=aid, text=text, title=f"Report {seed}-{i}",
                      url=f"https://example.test/{seed}/{i}", source="GEN",
                      published=PartialDate(published.year, published.month or 1,
                                            published.day or 1))
    return ArticleRecord(article, tuple(sorted(entities.values(), key=lambda e: e.id)),
                         tuple(claims))


def records(seed: int, n: int, start: int = 0) -> list[ArticleRecord]:
    return [record(seed, i) for i in range(start, start + n)]


# ------------------------------------------------------------------ plain-text articles


def _date_text(d: PartialDate) -> str:
    if d.month is None:
        return str(d.year)
    if d.day is None:
        return f"{MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _when(d: PartialDate) -> str:
    return ("on " if d.day is not None else "in ") + _date_text(d)


def text_article(seed: int, i: int) -> dict[str, Any]:
    """Article number i of text corpus `seed`, as one JSONL object (text, title, url, ...)."""
    rng = _rng(seed, i, "text")
    (_, a, a_dem, a_cap), (_, b, _, b_cap) = rng.sample(COUNTRIES, 2)
    person = rng.choice(POOL[EntityType.PERSON]).name
    other = rng.choice(POOL[EntityType.PERSON]).name
    inst = rng.choice(INSTITUTIONS)
    project = f"{a}-{b} {rng.choice(PROJECTS)}"
    org, acronym = rng.choice(ORGS)
    published = _date(rng, 2018, 2024)
    published = PartialDate(published.year, published.month or 1, published.day or 1)
    pool = [
        f"{b} recognized the independence of {a} {_when(_date(rng, 1991, 1992))}.",
        f"{a} and {b} established diplomatic relations {_when(_date(rng, 1992, 1995))}.",
        f"Ambassador of {a} to {b} {person} delivered a lecture at the {inst} in {b_cap} "
        f"{_when(_date(rng))}.",
        f"{person} met with {other} in {a_cap} {_when(_date(rng))} to discuss trade.",
        f"The two countries signed the {project} {_when(_date(rng))}.",
        f"Both {a} and {b} are members of the {org} ({acronym}) and cooperate within it.",
        f"A {a_dem} delegation visited {b} {_when(_date(rng))} and held talks with "
        f"officials of the {inst}.",
        f"{a} cooperates with {b} through the {project}, which was launched "
        f"{_when(_date(rng))}.",
        f"{person}, the Foreign Minister of {a}, visited {b_cap} {_when(_date(rng))}.",
    ]
    body = rng.sample(pool, rng.randint(3, 6))
    dateline = f"{b_cap}, {_date_text(published)} (GEN):"
    text = f"{dateline} " + " ".join(body) + f" This is report number {seed}-{i} of the series."
    return {
        "text": text,
        "title": f"{a} and {b}: report {seed}-{i}",
        "url": f"https://example.test/text/{seed}/{i}",
        "published": str(published),
        "source": "GEN",
    }


def text_articles(seed: int, n: int, start: int = 0) -> Iterator[dict[str, Any]]:
    for i in range(start, start + n):
        yield text_article(seed, i)


def write_jsonl(path: Path, seed: int, n: int, start: int = 0) -> Path:
    """Articles start..start+n-1 of text corpus `seed`, one JSON object per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for obj in text_articles(seed, n, start):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path
