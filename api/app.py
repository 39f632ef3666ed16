"""The app factory: `create_app(store=None, settings=None)`.

The lifespan opens one store (one Neo4j driver) and closes it; a store passed in is the
caller's and stays open. Middleware, outermost first: metrics, catch-all 500, body limit,
CORS (only with origins configured), response cache (api/cache.py; DIPLOGRAPH_CACHE_MB=0 turns
it off). JSON routes live under /api/v1, operations at the root.
"""

from __future__ import annotations

import gc
import importlib
import importlib.metadata
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi

from api.cache import CacheMiddleware, ResponseCache
from api.deps import StoreHolder
from api.docs import install_docs
from api.errors import PROBLEM_MEDIA_TYPE, CatchAllMiddleware, install_handlers
from api.metrics import Metrics, MetricsMiddleware
from api.routers import (
    articles,
    entities,
    export,
    health,
    pairs,
    paths,
    relations,
    stats,
    timeline,
    vocabulary,
)
from api.schemas import problem_responses
from api.security import API_KEY_HEADER, BodyLimitMiddleware, require_read_key
from api.settings import MIB, Settings
from graph.errors import StoreError
from graph.store import GraphStore

log = logging.getLogger("diplograph.api")

API_PREFIX = "/api/v1"
OPENAPI_URL = "/openapi.json"
RESOURCES = (entities, pairs, paths, relations, articles, timeline, vocabulary, stats, export)
DESCRIPTION = """Relationship queries over a knowledge graph of bilateral relations between
countries, built from news articles: entities, relations with dates and evidence, bilateral
dossiers, paths, timelines and exports.

Entity references accept ids (`country:KAZ`), ISO 3166 alpha-3 and alpha-2 codes (`KAZ`, `KZ`),
names and aliases (`Kazakhstan`, `Nur-Sultan`); a name that matches several entities answers 409
with the candidates. Lists are paginated: `limit` (at most 500) and the opaque `next_cursor`.
Errors are JSON problems (`type`, `title`, `status`, `detail`). Write routes need `X-API-Key`.
"""


def _version() -> str:
    try:
        return importlib.metadata.version("diplograph")
    except importlib.metadata.PackageNotFoundError:
        return "0.0.0"


def create_app(store: GraphStore | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if store is None:
            try:
                await run_in_threadpool(holder.get)
            except StoreError as exc:
                # Serve anyway: /readyz says 503 and each request retries opening it.
                log.warning("the store could not be opened at start-up: %s", exc)
        # What start-up made (routes, schemas, the store's tables) lives as long as the app:
        # frozen, it is not walked by each full collection of the cyclic GC, which otherwise
        # paused a request for 50-90 ms every ~40 requests at 100k (gc.callbacks timings).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()  # collectable again once the app is gone (tests start many apps)
            await run_in_threadpool(holder.close)

    app = FastAPI(
        title="diplograph", version=_version(), description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url=OPENAPI_URL,
    )
    app.state.settings = settings
    app.state.store = None  # the visualizer's pages read the open store from here

    def publish(opened: GraphStore | None) -> None:
        app.state.store = opened

    holder = StoreHolder(
        settings.store if store is None else store.url, store, owned=store is None,
        query_timeout=settings.query_timeout, on_open=publish)
    app.state.stores = holder
    app.state.metrics = Metrics()
    install_handlers(app)

    read_deps = [Depends(require_read_key)] if settings.require_key_for_reads else []
    read_responses = problem_responses(401, 403) if settings.require_key_for_reads else {}
    for module in RESOURCES:
        app.include_router(module.router, prefix=API_PREFIX, dependencies=read_deps,
                           responses=read_responses)
        app.state.metrics.add_routes(API_PREFIX, module.router.routes)
    app.include_router(health.router)
    app.state.metrics.add_routes("", health.router.routes)
    _include_viz(app, read_deps)
    if settings.docs:
        install_docs(app, OPENAPI_URL)

    # The cache sits inside CORS, so each answer gets the headers of its own request's Origin.
    app.state.cache = None
    if settings.cache_mb:
        app.state.cache = ResponseCache(settings.cache_mb * MIB)
        app.add_middleware(CacheMiddleware, cache=app.state.cache, stores=holder,
                           prefix=API_PREFIX, keyed_reads=settings.require_key_for_reads)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=[API_KEY_HEADER, "Content-Type", "If-None-Match"],
            expose_headers=["ETag", "X-Cache"])
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.openapi = _openapi_builder(app)  # type: ignore[method-assign]
    return app


def _include_viz(app: FastAPI, read_deps: list[Any]) -> None:
    """The visualizer's HTML pages (`viz.routes.router`), when viz is there. Its routes read
    the store from app.state.store."""
    try:
        routes = importlib.import_module("viz.routes")
    except ModuleNotFoundError as exc:
        if exc.name in ("viz", "viz.routes"):
            return
        raise
    viz_router: APIRouter = routes.router
    app.include_router(viz_router, dependencies=read_deps)
    app.state.metrics.add_routes("", viz_router.routes)


def _openapi_builder(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI's schema, with every 4xx/5xx answer as application/problem+json of Problem
    (FastAPI's own 422 shape is replaced: our handler answers problems)."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description,
            routes=app.routes, tags=app.openapi_tags)
        problem_ref = {"$ref": "#/components/schemas/Problem"}
        for methods in schema.get("paths", {}).values():
            for op in methods.values():
                for status, response in op.get("responses", {}).items():
                    if not status.isdigit() or int(status) < 400:
                        continue
                    if status == "422":
                        response["description"] = "Invalid parameters or body."
                    response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": problem_ref}}
        components = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
        return schema

    return build
