"""Operations: /healthz (process up), /readyz (store reachable), /metrics (Prometheus)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse

from api import schemas
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
    return PlainTextResponse(registry.render(),
                             media_type="text/plain; version=0.0.4; charset=utf-8")
