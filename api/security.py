"""API keys for writes (and optionally reads), and the request body limit."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Security
from fastapi.security import APIKeyHeader
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import SettingsDep
from api.errors import ApiProblem, send_problem
from api.settings import Settings

API_KEY_HEADER = "X-API-Key"
# auto_error=False: we answer missing keys ourselves, as problems, with the reason.
api_key_header = APIKeyHeader(
    name=API_KEY_HEADER, auto_error=False, scheme_name="ApiKey",
    description="Equal to DIPLOGRAPH_API_KEY on the server.",
)


def check_key(settings: Settings, given: str | None, what: str) -> None:
    expected = settings.configured_key()
    if expected is None:
        raise ApiProblem(
            403, f"{what} are disabled: no API key is configured on the server "
            "(set DIPLOGRAPH_API_KEY)")
    if given is None:
        raise ApiProblem(401, f"{what} need the {API_KEY_HEADER} header",
                         headers={"WWW-Authenticate": API_KEY_HEADER})
    # Constant time, on bytes: a str compare_digest rejects non-ASCII instead of comparing.
    if not hmac.compare_digest(given.encode("utf-8"), expected):
        raise ApiProblem(401, f"wrong {API_KEY_HEADER}",
                         headers={"WWW-Authenticate": API_KEY_HEADER})


def require_write_key(
    settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]
) -> None:
    check_key(settings, key, "write routes")


def require_read_key(
    settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]
) -> None:
    """Only installed when DIPLOGRAPH_REQUIRE_KEY_FOR_READS is on."""
    check_key(settings, key, "reads")


class BodyLimitMiddleware:
    """Refuses bodies over `max_bytes` with 413: by Content-Length before reading, and by
    counting the bytes actually received (chunked uploads have no Content-Length).

    The body is read here, up to the limit, and replayed to the app, so no handler ever sees
    more than `max_bytes`."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await send_problem(send, 413, self._detail())
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away before sending its body
            body: bytes = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await send_problem(send, 413, self._detail())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()  # later calls wait for the disconnect, as usual

        await self.app(scope, replay, send)

    def _detail(self) -> str:
        return f"the request body is larger than {self.max_bytes} bytes"


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server rejects malformed lengths; counting still applies
    return None
