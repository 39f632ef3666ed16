"""Disabled writes, keys for reads, body limits, CORS, and errors as problems (never
tracebacks). Nothing here writes: one store per module and backend (`shared`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.errors import QueryTimeout, StoreUnavailable
from graph.store import GraphStore
from tests.api.conftest import API_KEY, client_for, make_settings
from tests.api.test_writes import ARTICLE_FOUR, KEYS, WRITES

MIB = 1024 * 1024


@pytest.mark.parametrize("route", list(WRITES))
@pytest.mark.parametrize("key", list(KEYS))
def test_with_no_key_configured_writes_are_disabled(
    shared: GraphStore, route: str, key: str
) -> None:
    call, _ = WRITES[route]
    for unset in (None, ""):
        with client_for(shared, api_key=unset) as c:
            r = call(c, KEYS[key])
        assert r.status_code == 403
        assert "no API key is configured" in r.json()["detail"]
    assert shared.get_article(ARTICLE_FOUR) is not None


def test_a_setting_makes_reads_need_the_key_too(shared: GraphStore) -> None:
    with client_for(shared, require_key_for_reads=True) as c:
        assert c.get("/api/v1/stats").status_code == 401
        assert c.get("/api/v1/stats", headers={"X-API-Key": "nope"}).status_code == 401
        assert c.get("/api/v1/stats", headers={"X-API-Key": API_KEY}).json()["articles"] == 4
        assert c.get("/healthz").status_code == 200  # probes stay open
        assert c.get("/readyz").status_code == 200
    with client_for(shared, require_key_for_reads=True, api_key=None) as c:
        r = c.get("/api/v1/stats")
        assert r.status_code == 403 and "no API key is configured" in r.json()["detail"]


def test_bodies_over_one_mib_are_413_with_and_without_content_length(
    shared: GraphStore,
) -> None:
    key = {"X-API-Key": API_KEY, "Content-Type": "text/plain"}
    big = b"x" * (MIB + 1)

    def chunked() -> Iterator[bytes]:  # no Content-Length: the bytes are counted
        for i in range(0, len(big), 64 * 1024):
            yield big[i:i + 64 * 1024]

    with client_for(shared) as c:
        declared = c.post("/api/v1/articles", content=big, headers=key)
        streamed = c.post("/api/v1/articles", content=chunked(), headers=key)
        unauthenticated = c.post("/api/v1/articles", content=chunked())
    for r in (declared, streamed, unauthenticated):
        assert r.status_code == 413
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["detail"] == f"the request body is larger than {MIB} bytes"
    assert shared.stats().articles == 4


def test_a_body_at_the_limit_gets_through_to_validation(shared: GraphStore) -> None:
    body = b'{"text": "' + b"x" * (MIB - 30) + b'", "bogus": 1}'
    assert len(body) <= MIB
    with client_for(shared) as c:
        r = c.post("/api/v1/articles", content=body,
                   headers={"X-API-Key": API_KEY, "Content-Type": "application/json"})
    assert r.status_code == 422  # the unknown field, not the size
    assert "bogus" in r.json()["detail"]


@pytest.mark.parametrize(("content_type", "body", "status"), [
    ("application/xml", b"<a/>", 415),
    ("application/json", b"{not json", 422),
    ("application/json", b'{"title": "no text"}', 422),
    ("application/json", b'{"text": ""}', 422),
    ("application/json", b'{"text": "x", "published": "May 2022"}', 422),
    ("text/plain", b"", 422),
    ("text/plain", b"\xff\xfe not utf-8", 422),
])
def test_bad_article_bodies_are_problems(
    shared: GraphStore, content_type: str, body: bytes, status: int
) -> None:
    with client_for(shared) as c:
        r = c.post("/api/v1/articles", content=body,
                   headers={"X-API-Key": API_KEY, "Content-Type": content_type})
    assert r.status_code == status, r.text
    assert r.json()["status"] == status
    assert shared.stats().articles == 4


def test_cors_is_off_unless_origins_are_configured(shared: GraphStore) -> None:
    origin = {"Origin": "https://app.example"}
    preflight = {**origin, "Access-Control-Request-Method": "GET"}
    with client_for(shared) as c:
        assert "access-control-allow-origin" not in c.get("/api/v1/stats", headers=origin).headers
        assert "access-control-allow-origin" not in c.options(
            "/api/v1/stats", headers=preflight).headers
    with client_for(shared, cors_origins=["https://app.example"]) as c:
        r = c.get("/api/v1/stats", headers=origin)
        assert r.headers["access-control-allow-origin"] == "https://app.example"
        other = c.get("/api/v1/stats", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_cors_origins_read_comma_separated_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from api.settings import Settings

    monkeypatch.setenv("DIPLOGRAPH_CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("DIPLOGRAPH_API_KEY", "from-env")
    settings = Settings()
    assert settings.cors_origins == ["https://a.example", "https://b.example"]
    assert settings.configured_key() == b"from-env"
    assert "from-env" not in repr(settings)


class Failing:
    """A store whose `method` raises `error`; everything else is the real store."""

    def __init__(self, store: GraphStore, method: str, error: Exception) -> None:
        self._store, self._method, self._error = store, method, error
        self.url = store.url

    def __getattr__(self, name: str) -> Any:
        if name == self._method:
            def fail(*args: Any, **kwargs: Any) -> Any:
                raise self._error
            return fail
        return getattr(self._store, name)


@pytest.mark.parametrize(("error", "status"), [
    (RuntimeError("boom in MATCH (n) RETURN n /home/secret"), 500),
    (QueryTimeout("MATCH (n) ran out of time"), 504),
    (StoreUnavailable("bolt://user:pw@db:7687 refused"), 503),
])
def test_store_failures_are_problems_without_internals(
    shared: GraphStore, error: Exception, status: int
) -> None:
    app = create_app(Failing(shared, "relations", error), make_settings())
    with TestClient(app) as c:
        r = c.get("/api/v1/entities/KAZ/relations")
        assert c.get("/api/v1/stats").status_code == 200  # the app carries on
    assert r.status_code == status
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert set(body) == {"type", "title", "status", "detail"}
    for secret in ("MATCH", "boom", "Traceback", "pw@", "secret", "bolt://"):
        assert secret not in r.text


def test_readyz_is_503_when_the_store_does_not_answer(shared: GraphStore) -> None:
    failing = Failing(shared, "ping", StoreUnavailable("connection refused at 10.0.0.1"))
    with TestClient(create_app(failing, make_settings())) as c:
        r = c.get("/readyz")
        assert c.get("/healthz").status_code == 200
    assert r.status_code == 503
    assert r.json()["detail"].endswith("store is not reachable")
    assert "10.0.0.1" not in r.text and r.headers["retry-after"] == "5"


def test_the_api_recovers_when_the_store_appears_later(tmp_path: Path) -> None:
    folder = tmp_path / "not-yet"
    app = create_app(settings=make_settings(store=f"sqlite:///{folder / 'graph.db'}"))
    with TestClient(app) as c:
        assert c.get("/readyz").status_code == 503
        down = c.get("/api/v1/stats")
        assert down.status_code == 503 and str(folder) not in down.text
        folder.mkdir()
        assert c.get("/readyz").json() == {"status": "ready", "store": "sqlite"}
        assert c.get("/api/v1/stats").json()["articles"] == 0
    assert app.state.store is None  # the lifespan closed the store it opened


def test_the_query_timeout_setting_reaches_the_store(tmp_path: Path) -> None:
    from graph.store import open_store
    from tests.api.corpus import corpus

    url = f"sqlite:///{tmp_path / 'graph.db'}"
    seed = open_store(url)
    seed.write_articles(corpus())
    seed.close()
    app = create_app(settings=make_settings(store=url, query_timeout=1e-9))
    with TestClient(app) as c:
        r = c.get("/api/v1/entities", params={"q": "Kazakh"})
        assert c.get("/healthz").status_code == 200
    assert r.status_code == 504
    assert r.json()["title"] == "Query timeout"


def test_routing_errors_are_problems(client: TestClient) -> None:
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["title"] == "Not found"
    wrong_method = client.put("/api/v1/stats")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["content-type"] == "application/problem+json"

