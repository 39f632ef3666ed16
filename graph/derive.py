"""Entities and relations are derived: entities from mentions, relations from claims.

Both stores call these pure functions, so they fold the same input into the same graph.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from graph.dates import PartialDate
from graph.model import Claim, Entity, Relation, short_hash
from graph.vocabulary import EntityType, Kind, predicate


@dataclass(frozen=True)
class Mention:
    """How one article names one entity."""

    article_id: str
    entity_id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...]


def fold_entity(mentions: Sequence[Mention]) -> Entity:
    """The name most articles use (ties: alphabetical); every other form becomes an alias."""
    names = Counter(m.name for m in mentions)
    name = min(names, key=lambda n: (-names[n], n))
    forms = {m.name for m in mentions} | {a for m in mentions for a in m.aliases}
    forms.discard(name)
    first = mentions[0]
    return Entity(first.entity_id, first.type, name, tuple(sorted(forms)))


def canonical(claim: Claim) -> Claim:
    """Symmetric claims are stored once, with the smaller id as subject."""
    if predicate(claim.predicate).symmetric and claim.object < claim.subject:
        return replace(claim, subject=claim.object, object=claim.subject)
    return claim


RelationKey = tuple[str, str, str, str]  # predicate, subject, object, date key ("" unless event)


def relation_key(claim: Claim) -> RelationKey:
    """Events keep one relation per date; milestones and states one per pair."""
    kind = predicate(claim.predicate).kind
    date_key = str(claim.date) if kind is Kind.EVENT and claim.date is not None else ""
    return (claim.predicate, claim.subject, claim.object, date_key)


@lru_cache(maxsize=65536)
def relation_id(key: RelationKey) -> str:
    # A pure function of the key, asked again for each claim and fold of the same relation.
    return short_hash(*key)


@dataclass(frozen=True)
class ClaimWithArticle:
    claim: Claim
    published: PartialDate | None


def _by_start(d: PartialDate) -> tuple[object, ...]:
    return (d.start, d.end)


@lru_cache(maxsize=65536)
def span(d: PartialDate) -> tuple[dt.date, dt.date]:
    # PartialDate is frozen, and start/end build new date objects on every call.
    return (d.start, d.end)


def nested(dates: Iterable[PartialDate]) -> bool:
    """True when every two of the dates nest (one contains the other). Ordered by first day,
    the wider first, such dates are a chain in which each contains the next: O(d log d),
    where checking every pair was O(d²) over up to 64 claims' dates."""
    spans = sorted({span(d) for d in dates}, key=lambda s: (s[0], -s[1].toordinal()))
    return all(outer[1] >= inner[1] for outer, inner in pairwise(spans))


def _milestone_date(dates: list[PartialDate]) -> tuple[PartialDate | None, bool]:
    """The most precise date all claims agree with; on disagreement the most reported one."""
    if not dates:
        return None, False
    if nested(dates):
        return min(dates, key=lambda d: (d.end - d.start, d.start)), False
    counts = Counter(dates)
    best = min(counts, key=lambda d: (-counts[d], d.start, d.end - d.start))
    return best, True


def fold_relation(key: RelationKey, rows: Sequence[ClaimWithArticle]) -> Relation:
    name, subject, obj, _ = key
    kind = predicate(name).kind
    dates = [r.claim.date for r in rows if r.claim.date is not None]
    conflict = False
    date_end: PartialDate | None = None
    if kind is Kind.MILESTONE:
        date, conflict = _milestone_date(dates)
    elif kind is Kind.EVENT:
        date = dates[0] if dates else None
    else:  # state: from the earliest to the latest stated date
        date = min(dates, key=_by_start) if dates else None
        last = max(dates, key=lambda d: (d.end, d.start)) if dates else None
        date_end = last if last is not None and last != date else None
    reported = [r.published or r.claim.date for r in rows]
    known = [d for d in reported if d is not None]
    miss = 1.0
    for r in rows:
        miss *= 1.0 - r.claim.confidence
    return Relation(
        id=relation_id(key),
        type=name,
        source=subject,
        target=obj,
        date=date,
        date_end=date_end,
        first_reported=min(known, key=_by_start) if known else None,
        last_reported=max(known, key=_by_start) if known else None,
        claim_count=len(rows),
        article_count=len({r.claim.article_id for r in rows}),
        confidence=round(1.0 - miss, 4),
        conflict=conflict,
    )
