"""Whole answers of GET /api/v1, reused while the stored graph is unchanged.

The graph changes only when articles are written or deleted, and every such write moves the
store's generation on (GraphStore.generation), whichever process made it. An answer is kept
with the generation read before it was computed and served again only while that generation
is still current: one cheap store read replaces the query, and no answer outlives a write.
Answers carry an ETag; a client that sends it back in If-None-Match gets 304 Not Modified.

Only 200 answers of GET requests are kept, up to a byte budget (least recently used go
first); errors, other methods and answers larger than an eighth of the budget pass through.
With reads behind a key, the key is part of what an answer is kept under.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import StoreHolder
from api.security import API_KEY_HEADER
from graph.errors import DiplographError

Key = tuple[str, bytes, bytes]  # path, query string, read key (empty when reads are open)
CACHE_HEADER = b"x-cache"


@dataclass(frozen=True)
class Answer:
    generation: str
    status: int
    headers: list[tuple[bytes, bytes]]  # as the app sent them, with the ETag
    body: bytes
    etag: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 200


class ResponseCache:
    """Answers by key, least recently used first out, within `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_answer = max_bytes // 8
        self.hits = 0
        self.misses = 0
        self._answers: OrderedDict[Key, Answer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Key, generation: str) -> Answer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is None or answer.generation != generation:
                self.misses += 1
                return None
            self._answers.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, key: Key, answer: Answer) -> None:
        if answer.size > self.max_answer:
            return
        with self._lock:
            old = self._answers.pop(key, None)
            if old is not None:
                self._bytes -= old.size
            self._answers[key] = answer
            self._bytes += answer.size
            while self._bytes > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._bytes -= dropped.size

    def __len__(self) -> int:
        return len(self._answers)


class CacheMiddleware:
    """Serves GET requests under `prefix` from the cache when their answer is current."""

    def __init__(self, app: ASGIApp, cache: ResponseCache, stores: StoreHolder, prefix: str,
                 keyed_reads: bool) -> None:
        self.app = app
        self.cache = cache
        self.stores = stores
        self.prefix = prefix
        self.keyed_reads = keyed_reads

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET"
                or not scope["path"].startswith(self.prefix)):
            await self.app(scope, receive, send)
            return
        try:
            generation = await run_in_threadpool(self._generation)
        except DiplographError:  # the store is down: the route answers with the problem
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        read_key = headers.get(API_KEY_HEADER.lower().encode(), b"") if self.keyed_reads else b""
        key: Key = (scope["path"], scope["query_string"], read_key)
        answer = self.cache.get(key, generation)
        if answer is None:
            answer = await self._compute(scope, receive, send, generation)
            if answer is None:  # not kept: already sent as it came
                return
            self.cache.put(key, answer)
            await self._send(send, answer, b"miss", headers)
            return
        await self._send(send, answer, b"hit", headers)

    def _generation(self) -> str:
        return self.stores.get().generation()

    async def _compute(self, scope: Scope, receive: Receive, send: Send,
                       generation: str) -> Answer | None:
        """Runs the app, holding back a 200 answer to keep it; anything else, or an answer
        that grows past what may be kept, goes out as it comes."""
        start: Message | None = None
        chunks: list[bytes] = []
        held = 0
        passing = False

        async def holding_send(message: Message) -> None:
            nonlocal start, held, passing
            if passing:
                await send(message)
            elif message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    passing = True
                    await send(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                held += len(chunks[-1])
                if held > self.cache.max_answer:
                    passing = True
                    assert start is not None
                    await send(start)
                    more = message.get("more_body", False)
                    await send({"type": "http.response.body", "body": b"".join(chunks),
                                "more_body": more})
                    chunks.clear()
            else:
                await send(message)

        await self.app(scope, receive, holding_send)
        if passing or start is None:
            return None
        body = b"".join(chunks)
        etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"etag"]
        headers.append((b"etag", etag))
        return Answer(generation, start["status"], headers, body, etag)

    async def _send(self, send: Send, answer: Answer, state: bytes,
                    request_headers: dict[bytes, bytes]) -> None:
        tags = _etags(request_headers.get(b"if-none-match", b""))
        if answer.etag in tags or b"*" in tags:
            kept = [(k, v) for k, v in answer.headers
                    if k.lower() not in (b"content-length", b"content-type")]
            await send({"type": "http.response.start", "status": 304,
                        "headers": [*kept, (CACHE_HEADER, state)]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": answer.status,
                    "headers": [*answer.headers, (CACHE_HEADER, state)]})
        await send({"type": "http.response.body", "body": answer.body})


def _etags(header: bytes) -> set[bytes]:
    """The entity tags of an If-None-Match header (weak ones compare as strong for GET)."""
    return {t.strip().removeprefix(b"W/") for t in header.split(b",") if t.strip()}
