"""A real Neo4j stopped under a running API: /readyz and reads answer 503 problems; once it is
back on the same port, the same app answers again without a restart."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.api.conftest import make_settings
from tests.api.corpus import corpus

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_api_survives_a_neo4j_restart(tmp_path: Path) -> None:
    from diplograph import neo4j_local
    from graph.store import open_store

    port = _free_port()
    server = neo4j_local.start(tmp_path / "neo4j", port=port)
    try:
        seed = open_store(server.uri)
        seed.write_articles(corpus())
        seed.close()
        app = create_app(settings=make_settings(store=server.uri, query_timeout=5.0))
        with TestClient(app) as c:
            assert c.get("/readyz").json() == {"status": "ready", "store": "neo4j"}
            assert c.get("/api/v1/stats").json()["articles"] == 4

            server.stop()
            for url in ("/readyz", "/api/v1/stats", "/api/v1/entities/KAZ"):
                down = c.get(url)
                assert down.status_code == 503, (url, down.text)
                assert down.headers["content-type"] == "application/problem+json"
                assert "127.0.0.1" not in down.text and "bolt" not in down.text
            assert c.get("/healthz").status_code == 200

            server = neo4j_local.start(tmp_path / "neo4j", port=port)
            assert c.get("/readyz").status_code == 200
            assert c.get("/api/v1/entities/KZ").json()["name"] == "Kazakhstan"
    finally:
        server.stop()
