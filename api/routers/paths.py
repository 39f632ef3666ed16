"""/paths: shortest connecting paths between two entities, with the relations along them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import schemas
from api.convert import Names, brief
from api.deps import StoreDep, TypesQuery
from api.refs import resolve
from api.schemas import problem_responses

router = APIRouter(prefix="/paths", tags=["paths"])

Ref = Annotated[str, Query(min_length=1, max_length=200,
                           description="An id, ISO code, name or alias.")]


@router.get("", operation_id="find_paths", response_model=schemas.PathsOut,
            responses=problem_responses(404, 409, 422, 503, 504))
def find_paths(
    store: StoreDep,
    source: Annotated[Ref, Query(alias="from", examples=["KAZ"])],
    target: Annotated[Ref, Query(alias="to", examples=["CHN"])],
    max_hops: Annotated[int, Query(ge=1, le=4, description="Longest path considered.")] = 3,
    types: TypesQuery = None,
    limit: Annotated[int, Query(ge=1, le=50, description="Most paths returned.")] = 10,
) -> schemas.PathsOut:
    """All shortest paths (up to `limit`); parallel relations on a hop show the best
    supported one. An empty list when none is within max_hops."""
    start, end = resolve(store, source), resolve(store, target)
    found = store.shortest_paths(
        start.id, end.id, max_hops=max_hops, types=tuple(types or ()), limit=limit)
    names = Names(store, [start, end])
    names.prefetch(e for p in found for e in p.entities)
    return schemas.PathsOut(
        source=brief(start), target=brief(end),
        paths=[schemas.PathOut(
            hops=len(p.relations), entities=[names.brief(e) for e in p.entities],
            relations=[names.relation(r) for r in p.relations]) for p in found])
