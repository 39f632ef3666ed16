"""/pairs/{a}/{b}: the bilateral dossier, as one timeline, and the state on a day."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api import dossier, schemas
from api.convert import Names
from api.deps import AsOfDep, PageDep, StoreDep
from api.refs import resolve
from api.schemas import problem_responses
from graph.errors import InvalidInput

router = APIRouter(prefix="/pairs", tags=["pairs"])

SideRef = Annotated[str, Path(min_length=1, max_length=200, examples=["KAZ"],
                              description="An id, ISO code, name or alias.")]


@router.get("/{a}/{b}", operation_id="get_pair_dossier", response_model=schemas.Dossier,
            responses=problem_responses(404, 409, 422, 503, 504))
def get_pair_dossier(
    store: StoreDep, a: SideRef, b: SideRef, page: PageDep, as_of: AsOfDep
) -> schemas.Dossier:
    """Every relation between a and b, direct and through their people, institutions,
    projects and organizations, by date (undated last); with ?as_of= the state on that day:
    recognized (which way, since), ties established or severed, ambassadors in post."""
    left, right = resolve(store, a), resolve(store, b)
    if left.id == right.id:
        raise InvalidInput(f"a and b are the same entity ({left.id})")
    result = dossier.build(store, left, right)
    names = Names(store, [left, right])
    items = result.timeline[page.offset:page.offset + page.limit]
    total = len(result.timeline)
    return dossier.to_schema(
        result, names, items, total, page.limit, page.next_cursor(len(items), total), as_of)
