"""Shared fixtures: one real local Neo4j per test session, and a fresh store per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import GraphStore, open_store

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO.parent / "shared" / "eval" / "dev"


def _require_neo4j() -> bool:
    return os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1"


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """NEO4J_URI when set; otherwise a local Neo4j started for this session (tools/neo4j-local).

    With DIPLOGRAPH_REQUIRE_NEO4J=1 a server that cannot start fails the run instead of skipping.
    """
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    from diplograph import neo4j_local

    data = tmp_path_factory.mktemp("neo4j")
    try:
        server = neo4j_local.start(data)
    except Exception as exc:  # noqa: BLE001 - any failure to start means "no Neo4j here"
        if _require_neo4j():
            pytest.fail(f"DIPLOGRAPH_REQUIRE_NEO4J=1 but the local Neo4j did not start: {exc}")
        pytest.skip(f"no Neo4j: {exc} (run `make neo4j` or set NEO4J_URI)")
    try:
        yield server.uri
    finally:
        server.stop()


def _fresh_neo4j(uri: str) -> GraphStore:
    store = open_store(uri)
    store.wipe()  # type: ignore[attr-defined]  # Neo4jStore only: tests share one server
    return store


@pytest.fixture(params=["sqlite", "neo4j"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for an empty store of each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'graph.db'}"
    uri: str = request.getfixturevalue("neo4j_uri")
    _fresh_neo4j(uri).close()
    return uri


@pytest.fixture
def store(store_url: str) -> Iterator[GraphStore]:
    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()
