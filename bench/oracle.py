"""The 'oracle extractor': an ArticleRecord made from the corpus's own gold facts.

It lets the ingest and query benchmarks measure the pipeline and the stores on their own (no
extraction cost, the exact intended graph), and it runs before the real extractor exists.
`oracle_extract` has the extractor's signature, so `ingest.pipeline.ingest(extractor=...)` can
use it in worker processes: the worker regenerates article i from (seed, i), which is cheaper
than shipping or loading the gold.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from bench.corpus import build_article
from bench.world import World
from graph.dates import PartialDate
from graph.model import Article, ArticleRecord, Claim, DateSource, Entity, article_id, entity_id
from graph.vocabulary import PREDICATES, EntityType

SEED_ENV = "DIPLOGRAPH_BENCH_SEED"
_INDEX = re.compile(r"/(\d{8})$")


@lru_cache(maxsize=4)
def _world(seed: int) -> World:
    return World.build(seed)


@lru_cache(maxsize=4)
def _country_codes(seed: int) -> dict[str, str]:
    return {c.name: c.code for c in _world(seed).countries}


def record_from_gold(article: dict[str, Any], gold: dict[str, Any], seed: int) -> ArticleRecord:
    """The record a perfect extractor would return for this article (City entities and OTHER:*
    relations left out: they are outside the graph's vocabulary)."""
    text: str = article["text"]
    aid = article_id(text)
    codes = _country_codes(seed)
    ids: dict[str, str] = {}
    entities: list[Entity] = []
    for e in gold["entities"]:
        if e["type"] == "City":
            continue
        kind = EntityType(e["type"])
        eid = entity_id(kind, codes[e["name"]] if kind is EntityType.COUNTRY else e["name"])
        ids[e["name"]] = eid
        entities.append(Entity(eid, kind, e["name"], tuple(e["aliases"])))
    published = PartialDate.parse(gold["published"]) if gold["published"] else None
    sentence_index: dict[str, int] = {}
    claims: list[Claim] = []
    for r in gold["relations"]:
        if r["type"] not in PREDICATES or r["source"] not in ids or r["target"] not in ids:
            continue
        ev: str = r["evidence"]
        start = text.find(ev)
        index = sentence_index.setdefault(ev, len(sentence_index))
        date = PartialDate.parse(r["date"]) if r["date"] else None
        claims.append(Claim(
            article_id=aid, predicate=r["type"], subject=ids[r["source"]],
            object=ids[r["target"]], sentence=ev, sentence_index=index, char_start=start,
            char_end=start + len(ev), rule="bench.oracle", date=date,
            date_source=DateSource.SENTENCE if date else DateSource.NONE,
        ))
    return ArticleRecord(
        Article(aid, text, article.get("title"), article.get("url"), article.get("source"),
                published),
        tuple(entities), tuple(claims))


def oracle_extract(
    text: str, *, title: str | None = None, url: str | None = None,
    published: object = None, source: str | None = None,
) -> ArticleRecord:
    """Extractor signature; finds article i from its URL and rebuilds its gold from the seed
    in DIPLOGRAPH_BENCH_SEED (set by the benchmark before the workers start)."""
    seed = int(os.environ.get(SEED_ENV, "1"))
    match = _INDEX.search(url or "")
    if match is None:
        raise ValueError(f"not a benchmark corpus article: {url!r}")
    article, gold = build_article(_world(seed), seed, int(match.group(1)))
    if article["text"] != text:
        raise ValueError(f"article {match.group(1)} is not from seed {seed}")
    return record_from_gold(article, gold, seed)
