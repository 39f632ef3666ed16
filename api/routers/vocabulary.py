"""/vocabulary: entity and relation types, as the visualizer legend shows them."""

from __future__ import annotations

from fastapi import APIRouter

from api import schemas
from graph.vocabulary import ENTITY_DESCRIPTIONS, ID_PREFIX, PREDICATES, EntityType

router = APIRouter(prefix="/vocabulary", tags=["vocabulary"])

_ORDER = list(EntityType)


@router.get("", operation_id="get_vocabulary", response_model=schemas.VocabularyOut)
def get_vocabulary() -> schemas.VocabularyOut:
    return schemas.VocabularyOut(
        entity_types=[
            schemas.EntityTypeOut(
                name=t, id_prefix=ID_PREFIX[t], description=ENTITY_DESCRIPTIONS[t])
            for t in EntityType
        ],
        relation_types=[
            schemas.RelationTypeOut(
                name=p.name, kind=p.kind, symmetric=p.symmetric,
                subjects=sorted(p.subjects, key=_ORDER.index),
                objects=sorted(p.objects, key=_ORDER.index), description=p.description)
            for p in PREDICATES.values()
        ],
    )
