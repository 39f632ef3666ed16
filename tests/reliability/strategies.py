"""Hypothesis strategies for the model: dates, entities, claims, whole article records."""

from __future__ import annotations

import calendar
import string

from hypothesis import strategies as st

from graph.dates import PartialDate
from graph.model import Article, ArticleRecord, Claim, DateSource, Entity, article_id, entity_id
from graph.vocabulary import PREDICATES, EntityType


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


# Any text but lone surrogates (not valid Unicode, cannot be encoded by any store).
texts = st.text(st.characters(exclude_categories=["Cs"]))
names = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40)
opt_texts = st.none() | st.text(st.characters(exclude_categories=["Cs"]), max_size=60)


@st.composite
def entity_lists(draw: st.DrawFn, min_size: int = 2, max_size: int = 6) -> list[Entity]:
    """Entities with distinct, valid ids (entity_id of a type and key) and arbitrary names."""
    count = draw(st.integers(min_size, max_size))
    codes = draw(st.lists(st.text(string.ascii_uppercase, min_size=3, max_size=3),
                          min_size=count, max_size=count, unique=True))
    out = []
    for index in range(count):
        kind = draw(st.sampled_from(list(EntityType)))
        name = draw(names)
        # Countries are keyed by code; the rest by their name, made unique by the index (the
        # index is always the last component of the slug, so two keys never share an id).
        key = codes[index] if kind is EntityType.COUNTRY else f"{name} {index}"
        aliases = tuple(draw(st.lists(names, max_size=3)))
        out.append(Entity(entity_id(kind, key), kind, name, aliases))
    return out


def _fitting(entities: list[Entity]) -> list[tuple[str, list[Entity], list[Entity]]]:
    out = []
    for p in PREDICATES.values():
        subjects = [e for e in entities if e.type in p.subjects]
        objects = [e for e in entities if e.type in p.objects]
        if subjects and objects and any(s.id != o.id for s in subjects for o in objects):
            out.append((p.name, subjects, objects))
    return out


@st.composite
def claim_specs(draw: st.DrawFn, entities: list[Entity], max_size: int = 6) -> list[
        tuple[str, str, str, PartialDate | None]]:
    fitting = _fitting(entities)
    if not fitting:
        return []
    specs = []
    for _ in range(draw(st.integers(0, max_size))):
        name, subjects, objects = draw(st.sampled_from(fitting))
        subject = draw(st.sampled_from(subjects))
        others = [o for o in objects if o.id != subject.id]
        if not others:
            continue
        obj = draw(st.sampled_from(others))
        date = draw(st.none() | partial_dates())
        specs.append((name, subject.id, obj.id, date))
    return specs


@st.composite
def records(draw: st.DrawFn, entities: list[Entity] | None = None, tag: str = "",
            max_claims: int = 6) -> ArticleRecord:
    """One valid ArticleRecord. With `entities`, its claims use only those (so several records
    overlap); each record mentions only the entities its claims name, plus maybe one more."""
    pool = entities if entities is not None else draw(entity_lists())
    body = draw(texts)
    text = f"{tag}{body}" if tag else body
    if not text.strip():
        text = f"{tag}article{body}"
    aid = article_id(text)
    specs = draw(claim_specs(pool, max_claims))
    claims = []
    for index, (name, subject, obj, date) in enumerate(specs):
        start = draw(st.integers(0, 10_000))
        claims.append(Claim(
            article_id=aid, predicate=name, subject=subject, object=obj,
            sentence=draw(texts), sentence_index=index, char_start=start,
            char_end=start + draw(st.integers(0, 1_000)), rule=draw(names),
            date=date,
            date_source=draw(st.sampled_from(list(DateSource))) if date else DateSource.NONE,
            confidence=draw(st.floats(0.0, 1.0)),
        ))
    used = {c.subject for c in claims} | {c.object for c in claims}
    by_id = {e.id: e for e in pool}
    mentioned = [by_id[i] for i in sorted(used)]
    if entities is not None:
        # Articles name entities with their own spellings: entity folding must pick a winner.
        mentioned = [Entity(e.id, e.type, draw(st.sampled_from([e.name, *e.aliases, "Alt"])),
                            e.aliases) for e in mentioned]
    elif not mentioned or draw(st.booleans()):
        extra = draw(st.sampled_from(pool))
        if extra.id not in used:
            mentioned.append(extra)
    article = Article(
        id=aid, text=text, title=draw(opt_texts), url=draw(opt_texts),
        source=draw(opt_texts), published=draw(st.none() | partial_dates()),
        place=draw(opt_texts),
    )
    return ArticleRecord(article, tuple(mentioned), tuple(claims))


@st.composite
def overlapping_records(draw: st.DrawFn, min_size: int = 2, max_size: int = 5) -> list[
        ArticleRecord]:
    """A few records over one small shared entity pool, distinct texts and URLs."""
    pool = draw(entity_lists(min_size=3, max_size=5))
    count = draw(st.integers(min_size, max_size))
    out = []
    for index in range(count):
        rec = draw(records(entities=pool, tag=f"[{index}] ", max_claims=4))
        url = f"https://example.test/prop/{index}" if draw(st.booleans()) else None
        article = Article(rec.article.id, rec.article.text, rec.article.title, url,
                          rec.article.source, rec.article.published, rec.article.place)
        out.append(ArticleRecord(article, rec.entities, rec.claims))
    return out
