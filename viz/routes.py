"""HTML pages and their static assets. The API's app includes `router`; the store comes from
`request.app.state.store` (set by the API's lifespan), so this module knows nothing of the API."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from graph.errors import Ambiguous, DiplographError, InvalidInput, NotFound, StoreUnavailable
from graph.store import GraphStore
from viz import render, views

router = APIRouter(include_in_schema=False)


def _store(request: Request) -> GraphStore:
    state = request.app.state
    store: GraphStore | None = getattr(state, "store", None)
    if store is None and callable(getattr(getattr(state, "stores", None), "get", None)):
        # Not opened yet (Neo4j still booting at start-up): the app's holder retries opening.
        store = state.stores.get()
    if store is None:
        raise StoreUnavailable("the app has no store")
    return store


Store = Annotated[GraphStore, Depends(_store)]


def _html(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status, headers={
        "Content-Security-Policy": render.SERVED_CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    })


def _error_page(exc: DiplographError) -> HTMLResponse:
    """Our errors as a small page with the right status, never a traceback."""
    if isinstance(exc, Ambiguous):
        links = [(f"/viz/entity/{quote(c, safe='')}", c) for c in exc.candidates]
        return _html(render.render_message("Which one?", str(exc), links), 409)
    if isinstance(exc, NotFound):
        return _html(render.render_message("Not found", str(exc)), 404)
    if isinstance(exc, InvalidInput):
        return _html(render.render_message("Cannot show that", str(exc)), 422)
    if isinstance(exc, StoreUnavailable):
        return _html(render.render_message("Store unavailable", str(exc)), 503)
    return _html(render.render_message("Error", exc.__class__.__name__), 500)


@router.get("/", response_class=HTMLResponse)
def home(store: Store) -> HTMLResponse:
    try:
        summary = views.summary(store)
        ends = store.get_entities({e for r in summary.latest for e in (r.source, r.target)})
        names = {eid: e.name for eid, e in ends.items()}
        return _html(render.render_home(summary, names))
    except DiplographError as exc:
        return _error_page(exc)


@router.get("/viz/entity/{ref}", response_class=HTMLResponse)
def entity_page(
    store: Store, ref: str, depth: Annotated[int, Query(ge=1, le=2)] = 1
) -> HTMLResponse:
    try:
        return _html(render.render_view(views.entity_view(store, ref, depth)))
    except DiplographError as exc:
        return _error_page(exc)


@router.get("/viz/pair/{a}/{b}", response_class=HTMLResponse)
def pair_page(store: Store, a: str, b: str) -> HTMLResponse:
    try:
        return _html(render.render_view(views.pair_view(store, a, b)))
    except DiplographError as exc:
        return _error_page(exc)


@router.get("/viz/graph", response_class=HTMLResponse)
def graph_page(
    store: Store, limit: Annotated[int, Query(ge=1, le=views.GRAPH_CAP)] = views.GRAPH_CAP
) -> HTMLResponse:
    try:
        return _html(render.render_view(views.graph_view(store, limit)))
    except DiplographError as exc:
        return _error_page(exc)


@router.get("/viz/static/{name}")
def static_asset(name: str) -> Response:
    """Our JS/CSS and the vis-network files bundled with pyvis; nothing else is reachable."""
    path = render.asset_path(name)
    if path is None or not path.is_file():
        return Response("not found", status_code=404, media_type="text/plain")
    media = "text/javascript" if name.endswith(".js") else "text/css"
    return FileResponse(path, media_type=media, headers={
        "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})
