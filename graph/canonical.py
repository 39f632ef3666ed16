"""Canonical dict forms of the model: the dump, exports and store comparisons use these."""

from __future__ import annotations

from typing import Any

from graph.dates import PartialDate
from graph.model import Article, Claim, Entity, Relation


def _d(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


def entity_dict(e: Entity) -> dict[str, Any]:
    return {"kind": "entity", "id": e.id, "type": e.type.value, "name": e.name,
            "aliases": sorted(e.aliases)}


def article_dict(a: Article) -> dict[str, Any]:
    return {"kind": "article", "id": a.id, "title": a.title, "url": a.url, "source": a.source,
            "published": _d(a.published), "place": a.place, "text": a.text}


def claim_dict(c: Claim) -> dict[str, Any]:
    return {"kind": "claim", "id": c.id, "article_id": c.article_id, "predicate": c.predicate,
            "subject": c.subject, "object": c.object, "date": _d(c.date),
            "date_source": c.date_source.value, "sentence": c.sentence,
            "sentence_index": c.sentence_index, "char_start": c.char_start,
            "char_end": c.char_end, "rule": c.rule, "confidence": c.confidence,
            "extractor_version": c.extractor_version}


def relation_dict(r: Relation) -> dict[str, Any]:
    return {"kind": "relation", "id": r.id, "type": r.type, "source": r.source,
            "target": r.target, "date": _d(r.date), "date_end": _d(r.date_end),
            "first_reported": _d(r.first_reported), "last_reported": _d(r.last_reported),
            "claim_count": r.claim_count, "article_count": r.article_count,
            "confidence": r.confidence, "conflict": r.conflict}
