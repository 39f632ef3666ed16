"""docker-compose.yml is validated by parsing it (no Docker engine here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    return data


def test_services_and_health_checks() -> None:
    services = _compose()["services"]
    assert set(services) == {"neo4j", "api", "ingest"}
    assert services["neo4j"]["image"].startswith("neo4j:5.26")
    assert "cypher-shell" in " ".join(services["neo4j"]["healthcheck"]["test"])
    assert "readyz" in " ".join(services["api"]["healthcheck"]["test"])


def test_api_waits_for_a_healthy_neo4j_and_points_at_it() -> None:
    api = _compose()["services"]["api"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["environment"]["DIPLOGRAPH_STORE"] == "neo4j://neo4j:7687"
    assert (REPO / api["build"] / "Dockerfile").is_file()


def test_secrets_come_from_the_environment() -> None:
    services = _compose()["services"]
    assert "${NEO4J_PASSWORD" in services["neo4j"]["environment"]["NEO4J_AUTH"]
    assert "${NEO4J_PASSWORD" in services["api"]["environment"]["NEO4J_PASSWORD"]


def test_ingest_is_an_on_demand_profile_over_a_mounted_folder() -> None:
    ingest = _compose()["services"]["ingest"]
    assert ingest["profiles"] == ["ingest"]
    assert ingest["command"][:2] == ["diplograph", "ingest"]
    assert any(v.endswith(":ro") for v in ingest["volumes"])
