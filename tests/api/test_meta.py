"""/vocabulary, /stats, /healthz, /readyz, /metrics, /docs and the OpenAPI document."""

from __future__ import annotations

import gc
import re

import pytest
from fastapi.testclient import TestClient

import api.docs
from graph.store import GraphStore
from graph.vocabulary import PREDICATES, EntityType
from tests.api.conftest import client_for

OPERATION_IDS = {
    ("get", "/api/v1/entities"): "search_entities",
    ("get", "/api/v1/entities/{ref}"): "get_entity",
    ("get", "/api/v1/entities/{ref}/relations"): "list_entity_relations",
    ("get", "/api/v1/entities/{ref}/neighborhood"): "get_entity_neighborhood",
    ("get", "/api/v1/pairs/{a}/{b}"): "get_pair_dossier",
    ("get", "/api/v1/paths"): "find_paths",
    ("get", "/api/v1/relations"): "list_relations",
    ("get", "/api/v1/relations/{relation_id}"): "get_relation",
    ("get", "/api/v1/relations/{relation_id}/evidence"): "list_relation_evidence",
    ("get", "/api/v1/articles/{article_id}"): "get_article",
    ("post", "/api/v1/articles"): "create_article",
    ("delete", "/api/v1/articles/{article_id}"): "delete_article",
    ("get", "/api/v1/timeline"): "get_timeline",
    ("get", "/api/v1/vocabulary"): "get_vocabulary",
    ("get", "/api/v1/stats"): "get_stats",
    ("get", "/api/v1/export"): "export_graph",
    ("get", "/healthz"): "healthz",
    ("get", "/readyz"): "readyz",
    ("get", "/metrics"): "metrics",
}


def test_vocabulary_lists_every_type_with_kind_and_symmetry(client: TestClient) -> None:
    body = client.get("/api/v1/vocabulary").json()
    assert [t["name"] for t in body["entity_types"]] == [t.value for t in EntityType]
    assert body["entity_types"][0]["id_prefix"] == "country"
    by_name = {t["name"]: t for t in body["relation_types"]}
    assert list(by_name) == list(PREDICATES)
    assert by_name["MET_WITH"]["symmetric"] is True and by_name["MET_WITH"]["kind"] == "event"
    assert by_name["LECTURED_AT"]["subjects"] == ["Person"]
    assert by_name["LECTURED_AT"]["objects"] == ["Institution", "Organization"]


def test_stats_counts_by_type_and_date_range(client: TestClient) -> None:
    body = client.get("/api/v1/stats").json()
    assert body == {
        "entities": 16, "relations": 23, "articles": 4, "claims": 24,
        "entities_by_type": {"Country": 6, "Institution": 2, "Organization": 1, "Person": 4,
                             "Project": 3},
        "relations_by_type": {"ACCREDITED_TO": 2, "AMBASSADOR_OF": 2, "COOPERATES_VIA": 5,
                              "ESTABLISHED_TIES": 2, "LECTURED_AT": 2, "LOCATED_IN": 2,
                              "MEMBER_OF": 2, "MET_WITH": 2, "OFFICIAL_OF": 1,
                              "RECOGNIZED": 1, "SEVERED_TIES": 1, "VISITED": 1},
        "date_min": "1970", "date_max": "2022-05-02",
    }


def test_health_and_readiness(client: TestClient, shared: GraphStore) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready"
    assert ready["store"] == ("sqlite" if shared.url.startswith("sqlite") else "neo4j")
    assert "://" not in ready["store"]


def test_metrics_count_requests_by_route_template(shared: GraphStore) -> None:
    with client_for(shared) as client:  # its own app: counts start at zero
        client.get("/api/v1/entities/KAZ")
        client.get("/api/v1/entities/PAK")
        client.get("/api/v1/entities/Atlantis")
        client.get("/no/such/page")
        r = client.get("/metrics")
    assert r.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = r.text
    assert ('diplograph_http_requests_total{method="GET",route="/api/v1/entities/{ref}",'
            'status="200"} 2') in text
    assert ('diplograph_http_requests_total{method="GET",route="/api/v1/entities/{ref}",'
            'status="404"} 1') in text
    assert 'route="unmatched",status="404"} 1' in text
    assert re.search(r'duration_seconds_count\{route="/api/v1/entities/\{ref\}"\} 3\n', text)
    assert "# TYPE diplograph_http_request_duration_seconds histogram" in text
    assert "diplograph_http_requests_in_flight 1" in text  # the /metrics request itself


def test_openapi_has_stable_operation_ids_and_problem_responses(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    found = {(method, path): op["operationId"]
             for path, methods in spec["paths"].items() for method, op in methods.items()}
    assert found == OPERATION_IDS
    entity = spec["paths"]["/api/v1/entities/{ref}"]["get"]
    assert entity["responses"]["409"]["content"] == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    post = spec["paths"]["/api/v1/articles"]["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "text/plain"}
    assert post["security"] == [{"ApiKey": []}]
    assert spec["components"]["schemas"]["RelationOut"]["examples"]


def test_docs_work_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/openapi.json" in page.text
    assert not re.search(r"(src|href)=\"(https?:)?//", page.text)  # nothing from a CDN
    for asset in re.findall(r'(?:src|href)="(/docs/assets/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/redoc").status_code == 404


def test_docs_without_the_swagger_package_are_a_plain_offline_page(
    shared: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api.docs, "_swagger_dir", lambda: None)
    with client_for(shared) as c:
        page = c.get("/docs").text
        assert c.get("/docs/assets/swagger-ui.css").status_code == 404
    assert 'fetch("/openapi.json")' in page
    assert "http://" not in page and "https://" not in page


def test_docs_can_be_turned_off(shared: GraphStore) -> None:
    with client_for(shared, docs=False) as c:
        assert c.get("/docs").status_code == 404
        assert c.get("/openapi.json").status_code == 200


def test_the_visualizer_pages_are_mounted_beside_the_api(client: TestClient) -> None:
    pytest.importorskip("viz.routes", reason="the visualizer is not there yet")
    page = client.get("/")
    assert page.status_code == 200, page.text[:300]
    assert page.headers["content-type"].startswith("text/html")
    assert "/" not in {k for k in client.get("/openapi.json").json()["paths"]}


def test_start_up_objects_are_frozen_while_the_app_runs(shared: GraphStore) -> None:
    """Full GC collections skip what start-up made (a 50-90 ms pause each at 100k), and the
    app's objects are collectable again once it stops."""
    with client_for(shared) as c:
        assert c.get("/healthz").status_code == 200
        assert gc.get_freeze_count() > 1000
    assert gc.get_freeze_count() == 0
