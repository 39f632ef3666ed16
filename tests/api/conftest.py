"""API fixtures: the hand-made corpus in a store of each backend, and a client on the app."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.store import GraphStore, open_store
from tests.api.corpus import corpus

API_KEY = "s3cret-test-key"


def make_settings(**overrides: Any) -> Settings:
    """Settings that ignore the environment's DIPLOGRAPH_* (a developer's key, say)."""
    values: dict[str, Any] = {
        "store": "sqlite:///unused.db", "api_key": API_KEY, "require_key_for_reads": False,
        "cors_origins": [], "max_body_bytes": 1024 * 1024, "query_timeout": 10.0, "docs": True,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    """A fresh store with the corpus, for tests that write."""
    store.write_articles(corpus())
    return store


@pytest.fixture(scope="module", params=["sqlite", "neo4j"])
def empty(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """One empty store per test module and backend (a module must not mix it with the
    function-scoped `store`: on Neo4j both use the one server)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'graph.db'}"
    else:
        url = request.getfixturevalue("neo4j_uri")
    s = open_store(url)
    try:
        if request.param == "neo4j":
            s.wipe()  # type: ignore[attr-defined]  # Neo4jStore only: tests share one server
        yield s
    finally:
        s.close()


@pytest.fixture(scope="module")
def shared(empty: GraphStore) -> GraphStore:
    """The corpus, once per module and backend, for tests that only read."""
    empty.write_articles(corpus())
    return empty


@pytest.fixture(scope="module")
def client(shared: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(shared, make_settings())) as c:
        yield c


def client_for(store: GraphStore, **overrides: Any) -> TestClient:
    return TestClient(create_app(store, make_settings(**overrides)))


Row = tuple[str, str, str, str | None]


def rows(items: list[dict[str, Any]]) -> list[Row]:
    """Relations as (type, source id, target id, date), in the order given."""
    return [(r["type"], r["source"]["id"], r["target"]["id"], r["date"]) for r in items]
