"""Operations: /healthz (process up), /readyz (store reachable), /metrics (Prometheus)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse

from api import schemas
from api.cache import ResponseCache
from api.deps import StoreHolder
from api.errors import ApiProblem
from api.metrics import Metrics
from api.schemas import problem_responses
from graph.errors import DiplographError

router = APIRouter(tags=["operations"])
log = logging.getLogger("diplograph.api")


@router.get("/healthz", operation_id="healthz", response_model=schemas.HealthOut)
def healthz() -> schemas.HealthOut:
    """The process is up (the store is not consulted)."""
    return schemas.HealthOut(status="ok")


@router.get("/readyz", operation_id="readyz", response_model=schemas.ReadyOut,
            responses=problem_responses(503))
async def readyz(request: Request) -> schemas.ReadyOut:
    """The store answers; 503 with the reason when it does not."""
    holder: StoreHolder = request.app.state.stores

    def ping() -> None:
        holder.get().ping()

    try:
        await run_in_threadpool(ping)
    except DiplographError as exc:
        log.warning("not ready: %s", exc)
        raise ApiProblem(503, f"the {holder.backend} store is not reachable",
                         headers={"Retry-After": "5"}) from exc
    return schemas.ReadyOut(status="ready", store=holder.backend)


@router.get("/metrics", operation_id="metrics", response_class=PlainTextResponse,
            responses={200: {"description": "Prometheus text format 0.0.4.",
                             "content": {"text/plain": {"schema": {"type": "string"}}}}})
def metrics(request: Request) -> PlainTextResponse:
    registry: Metrics = request.app.state.metrics
    text = registry.render()
    cache: ResponseCache | None = request.app.state.cache
    if cache is not None:
        text += (
            "# HELP diplograph_cache_requests_total GET /api/v1 answers from the cache (hit) "
            "or computed (miss).\n# TYPE diplograph_cache_requests_total counter\n"
            f'diplograph_cache_requests_total{{result="hit"}} {cache.hits}\n'
            f'diplograph_cache_requests_total{{result="miss"}} {cache.misses}\n'
            "# HELP diplograph_cache_answers Answers kept now.\n"
            f"# TYPE diplograph_cache_answers gauge\ndiplograph_cache_answers {len(cache)}\n")
    return PlainTextResponse(text,
                             media_type="text/plain; version=0.0.4; charset=utf-8")
