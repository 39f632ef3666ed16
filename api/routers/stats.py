"""/stats: counts by type, the date range, articles and claims."""

from __future__ import annotations

from fastapi import APIRouter

from api import schemas
from api.deps import StoreDep
from api.schemas import problem_responses

router = APIRouter(prefix="/stats", tags=["stats"])


@router.get("", operation_id="get_stats", response_model=schemas.StatsOut,
            responses=problem_responses(503, 504))
def get_stats(store: StoreDep) -> schemas.StatsOut:
    s = store.stats()
    return schemas.StatsOut(
        entities=sum(s.entities_by_type.values()), relations=sum(s.relations_by_type.values()),
        articles=s.articles, claims=s.claims,
        entities_by_type=dict(sorted(s.entities_by_type.items())),
        relations_by_type=dict(sorted(s.relations_by_type.items())),
        date_min=s.date_min, date_max=s.date_max)
