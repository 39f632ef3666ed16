"""/relations: relations across the graph, one relation, and the evidence behind it."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api import schemas
from api.convert import Names, evidence_out
from api.deps import AsOfDep, DateRangeDep, PageDep, StoreDep, TypesQuery
from api.refs import resolve
from api.schemas import problem_responses
from graph.errors import NotFound
from graph.store import RelationQuery

router = APIRouter(prefix="/relations", tags=["relations"])

RelationId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", examples=["3f2a9c1d0b7e4a65"],
                                 description="A relation id (16 hex digits).")]


@router.get("", operation_id="list_relations", response_model=schemas.RelationPage,
            responses=problem_responses(404, 409, 422, 503, 504))
def list_relations(
    store: StoreDep,
    page: PageDep,
    dates: DateRangeDep,
    as_of: AsOfDep,
    type: TypesQuery = None,
    entity: Annotated[str | None, Query(
        min_length=1, max_length=200, description="Only relations of this entity.")] = None,
    direction: Annotated[Literal["out", "in", "both"], Query(
        description="With entity: out (subject), in (object) or both.")] = "both",
) -> schemas.RelationPage:
    """Ordered by date (undated last), then type and id."""
    entity_id = None if entity is None else resolve(store, entity).id
    query = RelationQuery(
        entity=entity_id, types=tuple(type or ()), direction=direction,
        date_from=dates.date_from, date_to=dates.date_to, as_of=as_of,
        limit=page.limit, offset=page.offset)
    found = store.relations(query)
    total = store.count_relations(query)
    names = Names(store)
    return schemas.RelationPage(
        items=names.relations(found), total=total, limit=page.limit,
        next_cursor=page.next_cursor(len(found), total))


@router.get("/{relation_id}", operation_id="get_relation", response_model=schemas.RelationOut,
            responses=problem_responses(404, 422, 503, 504))
def get_relation(store: StoreDep, relation_id: RelationId) -> schemas.RelationOut:
    found = store.get_relation(relation_id)
    if found is None:
        raise NotFound(f"no relation {relation_id}")
    return Names(store).relation(found)


@router.get("/{relation_id}/evidence", operation_id="list_relation_evidence",
            response_model=schemas.EvidencePage,
            responses=problem_responses(404, 422, 503, 504))
def list_relation_evidence(
    store: StoreDep, relation_id: RelationId, page: PageDep
) -> schemas.EvidencePage:
    """The claims behind a relation: sentence, character span in the article's text, the
    article (title, url, source, published), the extraction rule and its confidence."""
    found = store.get_relation(relation_id)
    if found is None:
        raise NotFound(f"no relation {relation_id}")
    claims = store.evidence(relation_id)
    items = claims[page.offset:page.offset + page.limit]
    return schemas.EvidencePage(
        relation=Names(store).relation(found), items=[evidence_out(e) for e in items],
        total=len(claims), limit=page.limit,
        next_cursor=page.next_cursor(len(items), len(claims)))
