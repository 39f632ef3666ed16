"""Hostile input: injection, markup, traversal, huge and odd values, everywhere the API reads.

Every payload goes
- through every parameter (query and path) of every GET route the app serves (taken from its
  OpenAPI schema, plus the visualizer's pages), one parameter at a time with the others valid:
  never a 5xx, errors are JSON problems (HTML pages for the visualizer), never a traceback, no
  file outside the assets, no payload reflected unescaped into HTML, and the graph is exactly
  the same afterwards (reads never write);
- into the graph as data: entity names and evidence sentences written through the store, read
  back through the API verbatim;
- through POST /articles (JSON and text/plain): accepted or refused with a 4xx problem, stored
  and returned verbatim, adding exactly one article, and DELETE brings the graph back to what
  it was.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlencode

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.model import Article, ArticleRecord, Claim, Entity, article_id
from graph.store import GraphStore, open_store
from graph.vocabulary import EntityType
from tests.reliability import gen
from tests.reliability.support import dump, first_difference, is_neo4j

KEY = "reliability-test-key"

PAYLOADS: list[str] = [
    # Cypher / SQL injection
    "' OR 1=1 --",
    '" OR ""="',
    "x'}) DETACH DELETE n //",
    "}) DETACH DELETE n //",
    "MATCH (n) DETACH DELETE n",
    "`Backtick` Ministry",
    "a`) RETURN 1 //",
    "$param {braces} $0",
    "// line comment",
    "/* block */ comment */",
    "\\u0027 escaped quote \\u0022",
    "\u0027; MATCH (n) SET n.name = 'pwned' //",
    "'; DROP TABLE articles; --",
    # search syntax: FTS5, Lucene, LIKE
    '"unterminated AND NEAR(a b) OR -x *',
    "name:x~ AND title:[a TO z]^2 \\",
    "%_%",
    # markup and script
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</script><script>alert(document.domain)</script>",
    "javascript:alert(1)",
    "{{7*7}} ${7*7} #{7*7}",
    # path traversal
    "../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "....//....//etc/passwd",
    # numbers
    "99999999999999999999",
    "-99999999999999999999",
    "1e308",
    "NaN",
    # control and odd characters
    "nul\x00byte",
    "\x00",
    "line\r\nX-Injected: 1",
    "\u202eRTL override\u200b zero width \ufeff",
    "\U0001f1f0\U0001f1ff emoji \U0001f600",
    # size
    "A" * 100_000,
]
assert len(PAYLOADS) >= 25


def _ids(payloads: list[str]) -> list[str]:
    return [f"{i}:{json.dumps(p[:24])}" for i, p in enumerate(payloads)]


@dataclass
class Seeded:
    client: TestClient
    store: GraphStore
    hostile: dict[str, str]  # payload -> the entity id that carries it as its name
    relation: str  # a relation id, for required path parameters
    article: str  # an article id


def _hostile_records(seed_text: str) -> tuple[list[ArticleRecord], dict[str, str]]:
    """One article per payload: a person named by the payload is ambassador of Kazakhstan,
    and the evidence sentence starts with the payload."""
    kaz = Entity("country:KAZ", EntityType.COUNTRY, "Kazakhstan", ("Astana",))
    out, ids = [], {}
    for i, payload in enumerate(PAYLOADS):
        text = f"{seed_text} #{i}: {payload}"
        aid = article_id(text)
        person = Entity(f"person:hostile-{i}", EntityType.PERSON, payload, (f"alias {payload}",))
        sentence = f"{payload} is ambassador of Kazakhstan."
        claim = Claim(aid, "AMBASSADOR_OF", person.id, kaz.id, sentence, 0, 0, len(sentence),
                      "test.hostile")
        out.append(ArticleRecord(Article(aid, text, title=payload, url=None, source=payload),
                                 (kaz, person), (claim,)))
        ids[payload] = person.id
    return out, ids


@pytest.fixture(scope="module", params=["sqlite", pytest.param("neo4j", marks=pytest.mark.slow)])
def seeded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    """One seeded store and app per backend for the module: the GET sweep never writes and
    every POST test deletes what it added (and checks the graph is back as it was)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'graph.db'}"
    else:
        url = request.getfixturevalue("neo4j_uri")
    store = open_store(url)
    try:
        if is_neo4j(url):
            store.wipe()  # type: ignore[attr-defined]
        store.write_articles(gen.records(31, 15))
        records, hostile = _hostile_records("Hostile payload article")
        store.write_articles(records)
        relation = next(line["id"] for line in store.dump() if line["kind"] == "relation")
        app = create_app(store=store, settings=Settings(store=url, api_key=KEY))
        with TestClient(app, raise_server_exceptions=False) as client:
            yield Seeded(client, store, hostile, relation, records[0].article.id)
    finally:
        if is_neo4j(url):
            store.wipe()  # type: ignore[attr-defined]
        store.close()


# ------------------------------------------------------------------ checks


def _check_response(r: Any, payload: str, where: str) -> None:
    assert r.status_code < 500, f"{where}: {r.status_code} {r.text[:300]}"
    body = r.text
    assert "Traceback" not in body, where
    assert "root:x:0:0" not in body, f"{where}: served /etc/passwd"
    ctype = r.headers.get("content-type", "")
    if ctype.startswith("text/html"):
        if "<" in payload:
            assert payload not in body, f"{where}: the payload is in the HTML unescaped"
        return
    if r.status_code >= 400 and where.split()[1].startswith("/api/"):
        assert ctype.startswith("application/problem+json"), f"{where}: {ctype}"
        problem = r.json()
        assert problem["status"] == r.status_code and problem["detail"], where
    elif ctype.startswith("application/json") or ctype.startswith("application/problem+json"):
        json.loads(body)


VALID = {"ref": "country:KAZ", "a": "country:KAZ", "b": "country:PAK", "q": "Kazakhstan",
         "entity": "country:KAZ"}


def _get_routes(client: TestClient) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """(path template, [(name, 'path'|'query', required)]) of every GET route."""
    schema = client.app.openapi()  # type: ignore[attr-defined]
    routes = []
    for path, ops in schema["paths"].items():
        op = ops.get("get")
        if op is None:
            continue
        params = [(p["name"], p["in"], bool(p.get("required"))) for p in op.get("parameters", [])
                  if p["in"] in ("path", "query")]
        routes.append((path, params))
    # The visualizer's pages are not in the API schema.
    routes += [
        ("/", []),
        ("/viz/entity/{ref}", [("ref", "path", True), ("depth", "query", False)]),
        ("/viz/pair/{a}/{b}", [("a", "path", True), ("b", "path", True)]),
        ("/viz/graph", [("limit", "query", False)]),
        ("/viz/static/{name}", [("name", "path", True)]),
    ]
    return routes


def _valid(route: str, name: str, seeded: Seeded) -> str:
    if name == "relation_id":
        return seeded.relation
    if name == "article_id":
        return seeded.article
    if name == "name":
        return "style.css"
    if route.endswith("/paths"):
        return {"from": "country:KAZ", "to": "country:PAK"}[name]
    return VALID[name]


def _requests(seeded: Seeded, payload: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(url, query) pairs: each parameter of each GET route set to the payload in turn."""
    for route, params in _get_routes(seeded.client):
        required = {n: _valid(route, n, seeded) for n, where, req in params
                    if req and where == "path"}
        required_q = {n: _valid(route, n, seeded) for n, where, req in params
                      if req and where == "query"}
        for name, where, _ in params:
            path_values = dict(required)
            query = dict(required_q)
            if where == "path":
                path_values[name] = payload
            else:
                query[name] = payload
            url = route
            for n, v in path_values.items():
                url = url.replace("{" + n + "}", quote(v, safe=""))
            yield url, query
        if not params:
            yield route, {}


@dataclass
class RawResponse:
    """What _check_response reads of an httpx response, from a raw ASGI call."""

    status_code: int
    headers: dict[str, str]
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)


def asgi_get(app: Any, url: str, query: dict[str, str]) -> RawResponse:
    """GET straight through the ASGI app: no client-side URL length cap (httpx refuses
    components over 64 KiB), so a 100 KB parameter reaches the app as a server would pass it."""
    raw_path = url.encode("ascii")
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": unquote(url), "raw_path": raw_path,
        "query_string": urlencode(query).encode("ascii"), "root_path": "",
        "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    status = 0
    headers: dict[str, str] = {}
    body = bytearray()
    requested = False

    async def main() -> None:
        done = asyncio.Event()

        async def receive() -> dict[str, Any]:
            nonlocal requested
            if not requested:
                requested = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await done.wait()  # the client stays until the response is complete
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers.update({k.decode().lower(): v.decode("latin-1")
                                for k, v in message["headers"]})
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if not message.get("more_body"):
                    done.set()

        await app(scope, receive, send)

    # In a thread of its own: other tests of the session (Playwright's sync API) may leave an
    # event loop running in this one, where asyncio.run() refuses to start.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, main()).result()
    return RawResponse(status, headers, bytes(body))


def _sweep(seeded: Seeded, payloads: list[str]) -> int:
    before = dump(seeded.store)
    sent = 0
    app = seeded.client.app
    for payload in payloads:
        for url, query in _requests(seeded, payload):
            r = asgi_get(app, url, query)
            _check_response(r, payload, f"GET {url} {list(query)}")
            sent += 1
    # Unencoded traversal straight in the path too (what a browser or curl would send).
    for raw in ["/viz/static/../../../etc/passwd", "/viz/static/..%2f..%2f..%2fetc%2fpasswd",
                "/viz/static/%2e%2e/%2e%2e/etc/passwd", "/api/v1/entities/..%2f..%2fetc%2fpasswd",
                "/api/v1/articles/..%2F..%2Fetc%2Fpasswd"]:
        r = seeded.client.get(raw)
        _check_response(r, raw, f"GET {raw}")
        assert r.status_code in (404, 422), (raw, r.status_code)
        sent += 1
    after = dump(seeded.store)
    assert after == before, "reads changed the graph: " + first_difference(after, before)
    return sent


def test_every_get_parameter_withstands_every_payload(seeded: Seeded) -> None:
    payloads = PAYLOADS
    sent = _sweep(seeded, payloads)
    routes = _get_routes(seeded.client)
    params = sum(max(len(p), 1) for _, p in routes)
    print(f"\n[hostile GET] {len(payloads)} payloads x {params} parameters of {len(routes)} "
          f"routes = {sent} requests: 0 server errors, graph unchanged")
    assert sent >= len(payloads) * params


# ------------------------------------------------------------------ stored as data


@pytest.mark.parametrize("index", range(len(PAYLOADS)), ids=_ids(PAYLOADS))
def test_payloads_are_stored_and_returned_verbatim(seeded: Seeded, index: int) -> None:
    payload = PAYLOADS[index]
    eid = seeded.hostile[payload]
    c = seeded.client
    r = c.get(f"/api/v1/entities/{quote(eid, safe='')}")
    assert r.status_code == 200, r.text[:300]
    assert r.json()["name"] == payload
    assert r.json()["aliases"] == [f"alias {payload}"]
    rels = c.get(f"/api/v1/entities/{quote(eid, safe='')}/relations")
    assert rels.status_code == 200, rels.text[:300]
    (rel,) = rels.json()["items"]
    assert rel["source"]["name"] == payload
    ev = c.get(f"/api/v1/relations/{rel['id']}/evidence")
    assert ev.status_code == 200, ev.text[:300]
    (item,) = ev.json()["items"]
    assert item["sentence"] == f"{payload} is ambassador of Kazakhstan."
    assert item["article"]["title"] == payload and item["article"]["source"] == payload
    # Searching for the payload finds it (or refuses the query as too long, as a problem).
    found = asgi_get(c.app, "/api/v1/entities", {"q": payload})
    _check_response(found, payload, "GET /api/v1/entities q")
    if found.status_code == 200 and payload.strip("\x00 "):
        assert eid in [e["id"] for e in found.json()["items"]], (
            f"searching for the exact name {payload[:40]!r} does not find it")
    page = c.get(f"/viz/entity/{quote(eid, safe='')}")
    _check_response(page, payload, "GET /viz/entity")
    assert page.status_code == 200


# ------------------------------------------------------------------ POST /articles


def _article_text(payload: str) -> str:
    return (f"Islamabad, 3 May 2021: Pakistan and Kazakhstan signed a trade agreement. The "
            f"note said: {payload} Officials of both countries welcomed it.")


@pytest.mark.parametrize("index", range(len(PAYLOADS)), ids=_ids(PAYLOADS))
@pytest.mark.parametrize("media", ["application/json", "text/plain"])
def test_post_articles_stores_payloads_verbatim_and_changes_only_its_article(
        seeded: Seeded, index: int, media: str) -> None:
    payload = PAYLOADS[index]
    c = seeded.client
    before = dump(seeded.store)
    articles = c.get("/api/v1/stats").json()
    text = _article_text(payload)
    headers = {"X-API-Key": KEY, "Content-Type": media}
    meta: dict[str, str] = {}
    if media == "application/json":
        meta = {"title": payload[:500], "source": payload[:200], "url": payload[:2000]}
        body = json.dumps({"text": text, **meta}).encode()
    else:
        body = text.encode("utf-8")
    r = c.post("/api/v1/articles", content=body, headers=headers)
    _check_response(r, payload, f"POST /api/v1/articles {media}")
    assert r.status_code in (201, 413, 422), (r.status_code, r.text[:300])
    if r.status_code != 201:
        assert dump(seeded.store) == before
        return
    aid = r.json()["article_id"]
    assert aid == article_id(text)
    got = c.get(f"/api/v1/articles/{aid}")
    assert got.status_code == 200, got.text[:300]
    stored = got.json()
    assert payload in stored["text"], "the payload is not in the stored text verbatim"
    for field, value in meta.items():
        assert stored[field] == value, field
    stats = c.get("/api/v1/stats").json()
    assert _article_count(stats) == _article_count(articles) + 1
    gone = c.delete(f"/api/v1/articles/{aid}", headers={"X-API-Key": KEY})
    assert gone.status_code == 204, gone.text[:300]
    after = dump(seeded.store)
    assert after == before, first_difference(after, before)


def _article_count(stats: dict[str, Any]) -> int:
    for key in ("articles", "article_count"):
        if key in stats:
            return int(stats[key])
    return int(stats["counts"]["articles"])


def test_writes_need_the_key_whatever_the_payload(seeded: Seeded) -> None:
    before = dump(seeded.store)
    for payload in PAYLOADS[:12]:
        printable = "".join(ch for ch in payload if " " <= ch <= "~")[:200]
        for headers in ({}, {"X-API-Key": printable}):
            r = seeded.client.post("/api/v1/articles", json={"text": _article_text(payload)},
                                   headers=headers)
            assert r.status_code in (401, 403), r.status_code
            r = seeded.client.delete(f"/api/v1/articles/{seeded.article}", headers=headers)
            assert r.status_code in (401, 403), r.status_code
    assert dump(seeded.store) == before

