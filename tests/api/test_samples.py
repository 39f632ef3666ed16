"""The bundled sample articles, ingested through POST /articles, answer the Kazakhstan-Pakistan
dossier: recognition 1991-12, ties 1992, Kistafin's lecture at ISSI on 2021-10-23 with its
sentence, and CPEC."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.store import GraphStore
from tests.api.conftest import API_KEY, client_for

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "ingest" / "samples").glob("*.txt"))
ISSI = "institution:institute-of-strategic-studies-islamabad"
CPEC = "project:china-pakistan-economic-corridor"


@pytest.fixture(scope="module")
def sampled(empty: GraphStore) -> Any:
    pytest.importorskip("ingest.extract", reason="needs the extractor")
    assert len(SAMPLES) >= 5
    with client_for(empty) as c:
        for path in SAMPLES:
            r = c.post("/api/v1/articles", content=path.read_bytes(),
                       headers={"X-API-Key": API_KEY, "Content-Type": "text/plain"})
            assert r.status_code == 201, (path.name, r.text)
            assert r.json()["outcome"] == "added"
        yield c


def test_posting_a_sample_again_adds_nothing(sampled: TestClient) -> None:
    r = sampled.post("/api/v1/articles", content=SAMPLES[0].read_bytes(),
                     headers={"X-API-Key": API_KEY, "Content-Type": "text/plain"})
    assert r.status_code == 200
    assert (r.json()["outcome"], r.json()["claims"], r.json()["entities"]) == ("unchanged", 0, [])
    assert sampled.get("/api/v1/stats").json()["articles"] == len(SAMPLES)


def test_the_kazakhstan_pakistan_dossier_from_the_samples(sampled: TestClient) -> None:
    body = sampled.get("/api/v1/pairs/Kazakhstan/Pakistan", params={"as_of": "2022-01-01"})
    assert body.status_code == 200, body.text
    dossier = body.json()
    items: list[dict[str, Any]] = dossier["items"]

    def find(type_: str, **ends: str) -> dict[str, Any]:
        hits = [i for i in items if i["type"] == type_
                and all(i[end]["id"] == eid for end, eid in ends.items())]
        assert len(hits) == 1, (type_, ends, [(i["type"], i["date"]) for i in items])
        return hits[0]

    recognition = find("RECOGNIZED", source="country:PAK", target="country:KAZ")
    assert recognition["date"] == "1991-12" and recognition["via"] == "direct"
    ties = find("ESTABLISHED_TIES")
    assert ties["date"].startswith("1992")
    lecture = find("LECTURED_AT", target=ISSI)
    assert (lecture["source"]["name"], lecture["date"], lecture["via"]) == (
        "Yerzhan Kistafin", "2021-10-23", "lecture")
    assert any(CPEC in (i["source"]["id"], i["target"]["id"]) for i in items)
    dated = [i["date"] for i in items if i["date"] is not None]
    assert dated == sorted(dated, key=lambda d: d[:10])  # one timeline, by date
    assert items.index(recognition) < items.index(ties) < items.index(lecture)

    evidence = sampled.get(f"/api/v1/relations/{lecture['id']}/evidence").json()
    sentences = [e["sentence"] for e in evidence["items"]]
    assert any("delivered a lecture at the Institute of Strategic Studies Islamabad" in s
               for s in sentences), sentences
    assert evidence["items"][0]["article"]["published"] == "2021-10-23"

    state = dossier["state"]
    assert [(r["by"]["id"], r["since"]) for r in state["recognized"]] == [
        ("country:PAK", "1991-12")]
    assert state["ties"] == "established" and state["ties_since"].startswith("1992")
    assert "Yerzhan Kistafin" in [a["person"]["name"] for a in state["ambassadors"]]
