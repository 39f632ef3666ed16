"""/entities: search, detail (posts, degree, first/last reported), relations, neighborhood."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api import schemas
from api.convert import Names, brief, date_text, entity_out
from api.deps import AsOfDep, DateRangeDep, PageDep, StoreDep, TypesQuery
from api.refs import resolve
from api.schemas import problem_responses
from graph.model import Relation
from graph.store import RelationQuery
from graph.vocabulary import EntityType

router = APIRouter(prefix="/entities", tags=["entities"])

RefPath = Annotated[str, Path(
    min_length=1, max_length=200, examples=["KAZ"],
    description="An id (country:KAZ), ISO alpha-3 or alpha-2 code, name or alias.")]
SEARCH_MAX = 1000  # search ranks in memory: deep pages are not worth it
POST_TITLES = {
    "AMBASSADOR_OF": "Ambassador of {}",
    "ACCREDITED_TO": "Accredited to {}",
    "OFFICIAL_OF": "Official of {}",
    "MEMBER_OF": "Member of {}",
}
READS = problem_responses(404, 409, 422, 503, 504)


@router.get("", operation_id="search_entities", response_model=schemas.EntityPage,
            responses=problem_responses(422, 503, 504))
def search_entities(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["Kazakh"],
                            description="Name or alias: exact, prefix, then fuzzy.")],
    type: Annotated[EntityType | None, Query(description="Only this entity type.")] = None,
) -> schemas.EntityPage:
    wanted = min(page.offset + page.limit, SEARCH_MAX)  # deeper pages are empty
    found = store.search_entities(q, type=type, limit=wanted + 1)
    total = len(found) if len(found) <= wanted else None
    items = found[page.offset:wanted]
    return schemas.EntityPage(
        items=[entity_out(e) for e in items], total=total, limit=page.limit,
        next_cursor=page.next_cursor(len(items), total, SEARCH_MAX))


@router.get("/{ref}", operation_id="get_entity", response_model=schemas.EntityDetail,
            responses=READS)
def get_entity(store: StoreDep, ref: RefPath) -> schemas.EntityDetail:
    entity = resolve(store, ref)
    names = Names(store, [entity])
    summary = store.entity_summary(entity.id)  # exact for hubs too, no relation read
    posts = store.relations(RelationQuery(
        entity=entity.id, types=tuple(POST_TITLES), direction="out", limit=500))
    names.prefetch(r.target for r in posts)
    return schemas.EntityDetail(
        **entity_out(entity).model_dump(),
        posts=[_post(r, names) for r in posts],
        degree={t: n for t, n in summary.degree.items() if n},
        degree_total=sum(summary.degree.values()),
        first_reported=date_text(summary.first_reported),
        last_reported=date_text(summary.last_reported),
    )


def _post(r: Relation, names: Names) -> schemas.PostOut:
    other = names.brief(r.target)
    return schemas.PostOut(
        relation_id=r.id, type=r.type, title=POST_TITLES[r.type].format(other.name),
        entity=other, date=date_text(r.date), date_end=date_text(r.date_end),
        first_reported=date_text(r.first_reported), last_reported=date_text(r.last_reported))


@router.get("/{ref}/relations", operation_id="list_entity_relations",
            response_model=schemas.RelationPage, responses=READS)
def list_entity_relations(
    store: StoreDep,
    ref: RefPath,
    page: PageDep,
    dates: DateRangeDep,
    as_of: AsOfDep,
    type: TypesQuery = None,
    direction: Annotated[Literal["out", "in", "both"], Query(
        description="out: ref is the subject; in: the object.")] = "both",
    other: Annotated[str | None, Query(
        min_length=1, max_length=200, description="Only relations with this entity.")] = None,
) -> schemas.RelationPage:
    entity = resolve(store, ref)
    other_id = None if other is None else resolve(store, other).id
    query = RelationQuery(
        entity=entity.id, types=tuple(type or ()), direction=direction, other=other_id,
        date_from=dates.date_from, date_to=dates.date_to, as_of=as_of,
        limit=page.limit, offset=page.offset)
    found = store.relations(query)
    total = store.count_relations(query)
    names = Names(store, [entity])
    return schemas.RelationPage(
        items=names.relations(found), total=total, limit=page.limit,
        next_cursor=page.next_cursor(len(found), total))


@router.get("/{ref}/neighborhood", operation_id="get_entity_neighborhood",
            response_model=schemas.SubgraphOut, responses=READS)
def get_entity_neighborhood(
    store: StoreDep,
    ref: RefPath,
    dates: DateRangeDep,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the entity.")] = 1,
    types: TypesQuery = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Most nodes returned.")] = 200,
) -> schemas.SubgraphOut:
    entity = resolve(store, ref)
    sub = store.neighbourhood(
        entity.id, depth=depth, types=tuple(types or ()), date_from=dates.date_from,
        date_to=dates.date_to, limit=limit)
    names = Names(store, [entity, *sub.entities.values()])
    return schemas.SubgraphOut(
        center=brief(entity),
        nodes=[entity_out(e) for e in sorted(sub.entities.values(), key=lambda e: e.id)],
        edges=names.relations(sub.relations.values()),
        truncated=sub.truncated)
