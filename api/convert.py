"""Domain objects -> response models. Entity names come from one cache per request, so a page of
relations looks each endpoint up once."""

from __future__ import annotations

from collections.abc import Iterable

from api import schemas
from graph.dates import PartialDate
from graph.model import Entity, Evidence, Relation
from graph.store import GraphStore
from graph.vocabulary import ID_PREFIX, EntityType, predicate

_TYPE_OF_PREFIX = {prefix: kind for kind, prefix in ID_PREFIX.items()}


def date_text(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


def brief(e: Entity) -> schemas.EntityBrief:
    return schemas.EntityBrief(id=e.id, type=e.type, name=e.name)


def entity_out(e: Entity) -> schemas.EntityOut:
    return schemas.EntityOut(id=e.id, type=e.type, name=e.name, aliases=sorted(e.aliases))


class Names:
    """Entities by id for one request, fetched from the store on first use."""

    def __init__(self, store: GraphStore, known: Iterable[Entity] = ()) -> None:
        self.store = store
        self.cache: dict[str, Entity | None] = {e.id: e for e in known}

    def add(self, *entities: Entity) -> None:
        for e in entities:
            self.cache[e.id] = e

    def prefetch(self, entity_ids: Iterable[str]) -> None:
        """Look up the ones not cached yet in one store call (not one per name)."""
        missing = {i for i in entity_ids if i not in self.cache}
        if missing:
            found = self.store.get_entities(missing)
            for i in missing:
                self.cache[i] = found.get(i)

    def relations(self, relations: Iterable[Relation]) -> list[schemas.RelationOut]:
        listed = list(relations)
        self.prefetch(e for r in listed for e in (r.source, r.target))
        return [self.relation(r) for r in listed]

    def get(self, entity_id: str) -> Entity | None:
        if entity_id not in self.cache:
            self.cache[entity_id] = self.store.get_entity(entity_id)
        return self.cache[entity_id]

    def brief(self, entity_id: str) -> schemas.EntityBrief:
        e = self.get(entity_id)
        if e is not None:
            return brief(e)
        # A dangling end should not happen; show the id rather than fail the whole answer.
        kind = _TYPE_OF_PREFIX.get(entity_id.split(":", 1)[0], EntityType.ORGANIZATION)
        return schemas.EntityBrief(id=entity_id, type=kind, name=entity_id)

    def relation(self, r: Relation) -> schemas.RelationOut:
        p = predicate(r.type)
        return schemas.RelationOut(
            id=r.id, type=r.type, kind=p.kind, symmetric=p.symmetric,
            source=self.brief(r.source), target=self.brief(r.target),
            date=date_text(r.date),
            date_precision=None if r.date is None else r.date.precision.value,
            date_end=date_text(r.date_end),
            first_reported=date_text(r.first_reported),
            last_reported=date_text(r.last_reported),
            evidence_count=r.claim_count, article_count=r.article_count,
            confidence=min(max(r.confidence, 0.0), 1.0), conflict=r.conflict,
        )


def evidence_out(ev: Evidence) -> schemas.EvidenceOut:
    return schemas.EvidenceOut(
        claim_id=ev.claim_id, relation_id=ev.relation_id, sentence=ev.sentence,
        char_start=ev.char_start, char_end=ev.char_end, rule=ev.rule,
        confidence=min(max(ev.confidence, 0.0), 1.0), date=date_text(ev.date),
        date_source=ev.date_source.value,
        article=schemas.ArticleBrief(
            id=ev.article_id, title=ev.article_title, url=ev.article_url,
            source=ev.article_source, published=date_text(ev.article_published)),
    )
