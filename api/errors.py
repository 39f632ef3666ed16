"""Every error leaves as a JSON problem {type, title, status, detail}: never a traceback,
never query text. Our own exceptions map to statuses here; the rest is a logged 500."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import (
    Ambiguous,
    DiplographError,
    InvalidInput,
    NotFound,
    QueryTimeout,
    StoreError,
    StoreUnavailable,
)

log = logging.getLogger("diplograph.api")

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://diplograph.dev/problems/"

TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Ambiguous reference",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Invalid input",
    500: "Internal server error",
    503: "Service unavailable",
    504: "Query timeout",
}
SLUGS = {
    400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found",
    405: "method-not-allowed", 409: "ambiguous", 413: "too-large", 415: "unsupported-media-type",
    422: "invalid-input", 500: "internal", 503: "unavailable", 504: "timeout",
}


class ApiProblem(Exception):
    """Raised by routes and dependencies for an HTTP error with a readable detail."""

    def __init__(
        self, status: int, detail: str, headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers
        self.extra = extra


def problem_body(status: int, detail: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_BASE + SLUGS.get(status, "error"),
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    return body


def problem(
    status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    return JSONResponse(
        problem_body(status, detail, **extra), status_code=status, headers=headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )


async def send_problem(send: Send, status: int, detail: str) -> None:
    """The same problem, from pure ASGI middleware (no Request/Response objects there)."""
    body = json.dumps(problem_body(status, detail)).encode("utf-8")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
        ],
    })
    await send({"type": "http.response.body", "body": body})


def _validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    # loc and message only: echoing the input back could return megabytes or secrets.
    out = []
    for err in exc.errors()[:20]:
        loc = ".".join(str(p) for p in err.get("loc", ()))
        out.append({"loc": loc[:200], "msg": str(err.get("msg", ""))[:300]})
    return out


async def _on_validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc)
    detail = "; ".join(f"{e['loc']}: {e['msg']}" for e in errors[:3]) or "invalid request"
    return problem(422, detail, errors=errors)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        # Starlette names only the first matching route's methods; list every route's.
        metrics = getattr(request.app.state, "metrics", None)
        allowed = metrics.allowed(request.url.path) if metrics is not None else []
        if allowed:
            headers["Allow"] = ", ".join(allowed)
    return problem(exc.status_code, detail, headers=headers)


async def _on_api_problem(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return problem(exc.status, exc.detail, headers=exc.headers, **exc.extra)


async def _on_domain(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, NotFound):
        suggestions = getattr(exc, "entities", None)
        if suggestions:
            return problem(404, str(exc), candidates=suggestions)
        return problem(404, str(exc))
    if isinstance(exc, Ambiguous):
        return problem(409, str(exc), candidates=_candidates(exc))
    if isinstance(exc, InvalidInput):
        return problem(422, str(exc))
    if isinstance(exc, QueryTimeout):
        return problem(504, "the query ran out of time; narrow it (depth, hops, dates, limit)")
    if isinstance(exc, StoreUnavailable):
        log.warning("store unavailable on %s: %s", request.url.path, exc)
        return problem(503, "the graph store is unreachable; retry later",
                       headers={"Retry-After": "5"})
    if isinstance(exc, StoreError):
        # Its message may name the store URL (credentials): log it, answer generically.
        log.error("store error on %s: %s", request.url.path, exc)
        return problem(503, "the graph store cannot be used right now")
    return problem(400, str(exc))


def _candidates(exc: Ambiguous) -> list[dict[str, Any]]:
    described = getattr(exc, "entities", None)  # AmbiguousReference describes each one
    if described is not None:
        return list(described)
    return [{"id": c} for c in exc.candidates]


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(DiplographError, _on_domain)


class CatchAllMiddleware:
    """The last line: anything unhandled is logged with its traceback and answered with a bare
    500 problem. Installed inside Starlette's own error middleware so that never sees it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # mid-stream: let the server abort the connection, not fake an ending
            await send_problem(send, 500, "internal error; it has been logged")
