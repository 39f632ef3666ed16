"""/timeline: dated relations in date order, for the whole graph or one entity."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from api import schemas
from api.convert import Names
from api.deps import DateRangeDep, PageDep, StoreDep, TypesQuery
from api.refs import resolve
from api.schemas import problem_responses
from graph.store import RelationQuery

router = APIRouter(prefix="/timeline", tags=["timeline"])


@router.get("", operation_id="get_timeline", response_model=schemas.RelationPage,
            responses=problem_responses(404, 409, 422, 503, 504))
def get_timeline(
    store: StoreDep,
    page: PageDep,
    dates: DateRangeDep,
    entity: Annotated[str | None, Query(
        min_length=1, max_length=200, examples=["KAZ"],
        description="Only relations of this entity (id, ISO code, name or alias).")] = None,
    type: TypesQuery = None,
) -> schemas.RelationPage:
    """Undated relations are left out: any date filter drops them, so the lower bound is
    always set (to the first day there is when `from` is not given)."""
    entity_id = None if entity is None else resolve(store, entity).id
    query = RelationQuery(
        entity=entity_id, types=tuple(type or ()),
        date_from=dates.date_from or dt.date(1, 1, 1), date_to=dates.date_to,
        limit=page.limit, offset=page.offset)
    found = store.relations(query)
    total = store.count_relations(query)
    names = Names(store)
    return schemas.RelationPage(
        items=names.relations(found), total=total, limit=page.limit,
        next_cursor=page.next_cursor(len(found), total))
